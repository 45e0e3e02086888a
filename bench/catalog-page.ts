// The catalog page section: its size gzipped, and the time a keystroke takes to filter and render, in Debian's Chromium.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { catalogPageHtml } from '../generator/emit/emit-catalog-page.js';
import { requireModel } from '../generator/load-model.js';
import type { PackageModel } from '../generator/model/model.js';
import { launchChromium } from '../test/page/chromium.js';
import { count, median, ms } from './median.js';
import { markdownTable, type SectionReport, type TargetCheck } from './report.js';
import { writeSyntheticTables } from './synthetic-tables.js';

/** The slowest keystroke on the committed tables fits one frame at 60 Hz; on the catalog, two. */
const COMMITTED_FRAME_MS = 16;
const CATALOG_FRAME_MS = 33;
const COMMITTED_GZIP_LIMIT = 150 * 1024;

/**
 * What an on-call engineer types, one keystroke at a time: codes, a filled message, zh and en
 * words, and single characters (the most matches to rank). Each prefix is one keystroke.
 */
const TYPED = [
  'AuthFailure.SignatureFailure',
  'InvalidParameterValue',
  '40400001',
  'Media not found with mda-jdekywp8pek91e0n',
  '签名过期',
  '参数错误',
  'signature expired',
  'limit exceeded',
  'streamlive InvalidParameter',
  'e',
  '1',
] as const;

export interface PageUnderTest {
  /** `committed tables`, `full Tencent catalog`. */
  readonly label: string;
  /** The page as npm run generate writes it. */
  readonly html: string;
  /** The keystroke target of this page, in ms; none for a page measured for comparison. */
  readonly targetMs?: number;
}

/** The page of a model, as the emitter writes it. */
export const pageOf = (label: string, model: PackageModel, targetMs?: number): PageUnderTest => ({
  label,
  html: catalogPageHtml(model),
  ...(targetMs !== undefined && { targetMs }),
});

/** The rows of a page's inline data: what the search goes through. */
function rowsOfPage(html: string): number {
  const start = html.indexOf('<script id="catalog-data" type="application/json">');
  const end = html.indexOf('</script>', start);
  if (start < 0 || end < 0) throw new Error('the page has no catalog-data script');
  const json = html.slice(html.indexOf('>', start) + 1, end);
  return (JSON.parse(json) as { rows: readonly unknown[] }).rows.length;
}

interface PageFigures {
  readonly label: string;
  readonly targetMs: number | undefined;
  readonly rows: number;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** From navigation start to DOMContentLoaded: the data parsed, the entries built, the first render. */
  readonly loadMs: number;
  /** Distinct keystrokes (query prefixes and the clearing of each query), each timed once per round. */
  readonly keystrokes: number;
  readonly rounds: number;
  /** The median over keystrokes of each keystroke's median over the rounds. */
  readonly medianMs: number;
  /** The worst keystroke: the slowest by its median over the rounds, and its query. */
  readonly worstMs: number;
  readonly worst: string;
  /** The five slowest keystrokes by their medians: where to look. */
  readonly slowest: readonly { readonly query: string; readonly ms: number }[];
  /** The slowest single sample, preempted ones included, and the 95th percentile of all. */
  readonly maxSampleMs: number;
  readonly p95SampleMs: number;
  /** The same keystrokes from the key press to the frame after (waiting for the frame included). */
  readonly frameMedianMs: number;
  readonly frameWorstMs: number;
}

const rowsOf = (model: PackageModel): number =>
  model.vendors.reduce(
    (sum, vendor) =>
      sum +
      vendor.codeSets.reduce(
        (setSum, codeSet) =>
          setSum + codeSet.codes.reduce((codeSum, code) => codeSum + code.variants.length, 0),
        0,
      ),
    0,
  );

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

/** One timed keystroke: what the search box held after it, and its two times. */
interface Sample {
  readonly query: string;
  /** Key press (the event's timestamp, when the browser took the key) to the layout of its results. */
  readonly ms: number;
  /** Key press to the first frame after it. */
  readonly frameMs: number;
}

/**
 * Times every keystroke in the page: from the keydown event's timestamp (when the browser took
 * the key, so a busy main thread counts) to after a forced layout in a document-level input
 * listener, which runs after the page's own: search, DOM update, style and layout. Then to the
 * next frame (requestAnimationFrame, then a task), which adds the wait for the frame and paint.
 */
async function installTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const samples: Sample[] = [];
    let pressed = Number.NaN;
    (window as unknown as { keystrokeSamples: Sample[] }).keystrokeSamples = samples;
    window.addEventListener('keydown', (event) => (pressed = event.timeStamp), { capture: true });
    // Text typed through an input method (签名) comes without a keydown: its beforeinput starts it.
    window.addEventListener(
      'beforeinput',
      (event) => {
        if (Number.isNaN(pressed)) pressed = event.timeStamp;
      },
      { capture: true },
    );
    document.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      void document.body.offsetHeight;
      const laidOut = performance.now();
      const start = pressed;
      pressed = Number.NaN;
      const sample = { query: input.value, ms: laidOut - start, frameMs: Number.NaN };
      samples.push(sample);
      requestAnimationFrame(() =>
        setTimeout(() => {
          sample.frameMs = performance.now() - start;
        }),
      );
    });
  });
}

/** Types every query with real key presses (Chromium's input pipeline), then clears it. */
async function typeQueries(page: Page): Promise<Sample[]> {
  await page.evaluate(() => {
    (window as unknown as { keystrokeSamples: Sample[] }).keystrokeSamples.length = 0;
  });
  await page.focus('#search');
  for (const query of TYPED) {
    for (const char of query) await page.keyboard.type(char);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  // The last frame lands.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20))),
  );
  return page.evaluate(() =>
    (window as unknown as { keystrokeSamples: Sample[] }).keystrokeSamples.map((sample) => ({
      query: sample.query === '' ? '(cleared)' : sample.query,
      ms: sample.ms,
      frameMs: sample.frameMs,
    })),
  );
}

const ROUNDS = 5;

function figuresOf(
  under: PageUnderTest,
  loadMs: number,
  rounds: readonly (readonly Sample[])[],
): PageFigures {
  const samples = rounds.flat();
  // A shared machine preempts some samples: each keystroke counts by its median over the rounds.
  const byQuery = new Map<string, Sample[]>();
  for (const sample of samples)
    byQuery.set(sample.query, [...(byQuery.get(sample.query) ?? []), sample]);
  const perKeystroke = [...byQuery].map(([query, times]) => ({
    query,
    ms: median(times.map((time) => time.ms)),
    frameMs: median(times.map((time) => time.frameMs)),
  }));
  const worst = perKeystroke.reduce((slowest, keystroke) =>
    keystroke.ms > slowest.ms ? keystroke : slowest,
  );
  return {
    label: under.label,
    targetMs: under.targetMs,
    rows: rowsOfPage(under.html),
    bytes: Buffer.byteLength(under.html),
    gzipBytes: gzipSync(under.html).length,
    loadMs,
    keystrokes: perKeystroke.length,
    rounds: rounds.length,
    medianMs: median(perKeystroke.map((keystroke) => keystroke.ms)),
    worstMs: worst.ms,
    worst: worst.query,
    slowest: [...perKeystroke].sort((a, b) => b.ms - a.ms).slice(0, 5),
    maxSampleMs: Math.max(...samples.map((sample) => sample.ms)),
    p95SampleMs: percentile(
      samples.map((sample) => sample.ms),
      0.95,
    ),
    frameMedianMs: median(perKeystroke.map((keystroke) => keystroke.frameMs)),
    frameWorstMs: Math.max(...perKeystroke.map((keystroke) => keystroke.frameMs)),
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The pages, each loaded in its own tab of one browser and typed into in turns: round r types
 * into every page before round r + 1 starts, so the pages share the machine's load (paired).
 * The committed tables' page and a catalog-sized one; an earlier checkout's page, if given.
 */
export async function benchCatalogPage(
  ...pagesUnderTest: readonly PageUnderTest[]
): Promise<{ report: SectionReport; targets: TargetCheck[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'catalog-page-bench-'));
  const loadBefore = os.loadavg()[0] ?? Number.NaN;
  const chromium = await launchChromium();
  try {
    const errors: string[] = [];
    const tabs = await Promise.all(
      pagesUnderTest.map(async (under, index) => {
        const file = path.join(dir, `page-${index}.html`);
        await writeFile(file, under.html);
        const page = await chromium.context.newPage();
        page.on('pageerror', (error) => errors.push(`${under.label}: ${error.message}`));
        return { under, page, file };
      }),
    );
    const loads: number[] = [];
    for (const tab of tabs) {
      await tab.page.goto(pathToFileURL(tab.file).href);
      loads.push(
        await tab.page.evaluate(() => {
          const [navigation] = performance.getEntriesByType(
            'navigation',
          ) as PerformanceNavigationTiming[];
          return navigation?.domContentLoadedEventEnd ?? Number.NaN;
        }),
      );
      await installTimer(tab.page);
    }
    const rounds: Sample[][][] = tabs.map(() => []);
    // The first round warms the JIT and is not counted.
    for (let round = 0; round <= ROUNDS; round += 1)
      for (const [index, tab] of tabs.entries()) {
        await tab.page.bringToFront();
        const samples = await typeQueries(tab.page);
        if (round > 0) rounds[index]!.push(samples);
      }
    if (errors.length > 0) throw new Error(`the pages threw: ${errors.join('; ')}`);
    const figures = tabs.map((tab, index) => figuresOf(tab.under, loads[index]!, rounds[index]!));
    const [small] = figures as [PageFigures, ...PageFigures[]];
    return {
      report: {
        title: 'Catalog page (site/index.html) in Chromium',
        tables: [
          markdownTable(
            [
              'page',
              'rows',
              'size',
              'gzip',
              'load',
              'keystrokes x rounds',
              'median keystroke',
              'worst keystroke (query)',
              'slowest sample, p95',
              'to next frame: median, worst',
            ],
            figures.map((figure) => [
              figure.label,
              count(figure.rows),
              kb(figure.bytes),
              kb(figure.gzipBytes),
              ms(figure.loadMs),
              `${count(figure.keystrokes)} x ${figure.rounds}`,
              ms(figure.medianMs),
              `${ms(figure.worstMs)} (${JSON.stringify(figure.worst)})`,
              `${ms(figure.maxSampleMs)}, ${ms(figure.p95SampleMs)}`,
              `${ms(figure.frameMedianMs)}, ${ms(figure.frameWorstMs)}`,
            ]),
          ),
        ],
        notes: [
          `A keystroke: a real key press (Chromium's input pipeline, through the DevTools protocol), timed in the page from the keydown event's timestamp, when the browser took the key, to after a forced layout in an input listener that runs after the page's own: waiting for a busy main thread, the search, the render of the first results, style and layout. ${TYPED.length} queries typed a character at a time, each cleared after (Ctrl+A, Backspace: one more keystroke). ${ROUNDS} rounds after a warm-up round, the pages in turns within each round so that they share the machine's load; each keystroke counts by its median over the rounds (the worst keystroke is the slowest such median), since a shared machine preempts some samples: the slowest single sample shows them.`,
          "To next frame: from the key press to a task after the next requestAnimationFrame, which adds the wait for the display's next frame (up to 16.7 ms at 60 Hz) and painting; for information.",
          ...figures.map(
            (figure) =>
              `The slowest keystrokes on the ${figure.label} page: ${figure.slowest.map((keystroke) => `${JSON.stringify(keystroke.query)} ${ms(keystroke.ms)}`).join(', ')}.`,
          ),
          `Load average (1 min) of the machine: ${loadBefore.toFixed(1)} before this section, ${(os.loadavg()[0] ?? Number.NaN).toFixed(1)} after it, on ${os.cpus().length} cores.`,
          'Load: navigation start to DOMContentLoaded (inline data parsed, entries built, first results rendered), from file://. gzip: zlib at its default level.',
        ],
      },
      targets: [
        {
          target: `catalog page of the committed tables < ${kb(COMMITTED_GZIP_LIMIT)} gzip`,
          measured: kb(small.gzipBytes),
          met: small.gzipBytes < COMMITTED_GZIP_LIMIT,
        },
        ...figures.flatMap((figure) =>
          figure.targetMs === undefined
            ? []
            : [
                {
                  target: `the worst keystroke on the ${figure.label} page (${count(figure.rows)} rows) < ${figure.targetMs} ms`,
                  measured: `${ms(figure.worstMs)} (median keystroke ${ms(figure.medianMs)})`,
                  met: figure.worstMs < figure.targetMs,
                },
              ],
        ),
      ],
    };
  } finally {
    await chromium.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The keystroke targets: one frame for the committed tables' page, two for a catalog-sized one. */
export const KEYSTROKE_TARGET_MS = { committed: COMMITTED_FRAME_MS, catalog: CATALOG_FRAME_MS };

/** About the size of the full Tencent catalog (259 products of the Go SDK's error lists). */
export const CATALOG_ROWS = 17_000;

/**
 * A stand-in for the full Tencent catalog: the seeded synthetic tables at the scale that gives
 * about CATALOG_ROWS rows, read and modelled by the project's own front end.
 */
export async function syntheticCatalog(
  rootDir: string,
  workDir: string,
  committed: PackageModel,
  seed: number,
): Promise<PageUnderTest> {
  const scale = Math.ceil(CATALOG_ROWS / rowsOf(committed));
  const tablesDir = path.join(workDir, 'synthetic-catalog', 'tables');
  await writeSyntheticTables(tablesDir, { rootDir, scale, seed });
  return pageOf(
    `synthetic catalog (${scale}x the committed rows)`,
    await requireModel(tablesDir),
    CATALOG_FRAME_MS,
  );
}
