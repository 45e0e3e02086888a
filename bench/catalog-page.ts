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
import { ROW, type CatalogData } from '../generator/shipped/page/catalog-data.js';
import { bodyWith } from '../generator/shipped/runtime/envelope-fields.js';
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
  'a',
  '4',
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

/** A page's inline data: what the search goes through. */
function dataOfPage(html: string): CatalogData {
  const start = html.indexOf('<script id="catalog-data" type="application/json">');
  const end = html.indexOf('</script>', start);
  if (start < 0 || end < 0) throw new Error('the page has no catalog-data script');
  return JSON.parse(html.slice(html.indexOf('>', start) + 1, end)) as CatalogData;
}

/**
 * What an on-call engineer pastes, for the first code of each of the page's code sets: its
 * error body (as its envelope writes it, on one line), a Go SDK error's text and a logfmt line.
 */
function pastesOf(data: CatalogData): string[] {
  const pastes = new Set<string>();
  data.codeSets.forEach((codeSet, index) => {
    const row = data.rows.find((candidate) => candidate[ROW.codeSet] === index);
    if (row === undefined) return;
    const code = row[ROW.code];
    const message = row[ROW.message] ?? row[ROW.en] ?? row[ROW.zh] ?? row[ROW.name];
    const requestId = 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6';
    pastes.add(
      JSON.stringify(
        bodyWith(codeSet.envelope, { code, message, 'request-id': requestId, fault: 'Sender' }),
      ),
    );
    pastes.add(`[SDKError] Code=${code}, Message=${message}, RequestId=${requestId}`);
    pastes.add(`2026-12-05T08:00:00Z level=error code=${code} msg="call failed"`);
  });
  return [...pastes];
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
  /** The slowest keystroke of each kind, and how many distinct keystrokes of that kind. */
  readonly worstByKind: readonly {
    readonly kind: KeystrokeKind;
    readonly count: number;
    readonly ms: number;
  }[];
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

const KINDS = ['typed', 'deleted', 'pasted', 'cleared'] as const;
/** What a keystroke did to the query. */
type KeystrokeKind = (typeof KINDS)[number];

/** A keystroke as the report names it: the query it left, shortened; a paste by what it pasted. */
function keystrokeLabel(sample: Sample): string {
  const text = sample.query.length > 40 ? `${sample.query.slice(0, 39)}…` : sample.query;
  return sample.kind === 'cleared'
    ? '(cleared)'
    : sample.kind === 'typed'
      ? JSON.stringify(text)
      : `${sample.kind} ${JSON.stringify(text)}`;
}

/** One timed keystroke: what it did, what the search box held after it, and its two times. */
interface Sample {
  readonly kind: KeystrokeKind;
  readonly query: string;
  /**
   * The keystroke's time: from the key press (the event's timestamp, when the browser took the
   * key) to its results laid out, plus the frame that paints them; the wait between, for the
   * display's next frame, left out.
   */
  readonly ms: number;
  /** Key press to the frame painted, the wait for it included. */
  readonly frameMs: number;
}

/** The page's side of the timer, as installTimer leaves it on `window.keystrokeTimer`. */
interface PageTimer {
  readonly samples: {
    kind: KeystrokeKind;
    query: string;
    start: number;
    laidOut: number;
    ms: number;
    frameMs: number;
  }[];
  /** What the next keystroke does, set before it is pressed. */
  kind: KeystrokeKind;
  /** The timestamp of the key press whose input event comes next, or NaN. */
  pressed: number;
  /** Resolves when the last keystroke's frame is painted. */
  painted: Promise<void>;
}

/**
 * Times every keystroke in the page. It starts at the keydown event's timestamp (when the
 * browser took the key, so a busy main thread counts), or the beforeinput's for text that comes
 * without a key (a paste, an input method's 签名). A window-level capturing input listener, which
 * runs before the page's own, asks for the next animation frame: its callback runs first in that
 * frame, and a message posted from it runs once the frame's rendering task (the page's own frame
 * callbacks, style, layout, paint and commit) is done. A document-level input listener, which
 * runs after the page's, forces style and layout. The keystroke's time is the key press to that
 * layout (the search, the DOM update, style and layout: what a slow page makes the next key wait
 * for) plus the frame's start to its end (what the frame still lays out, and its paint: the
 * search's marks are highlight ranges, painted there); the idle wait for the frame between is the
 * display's, not the page's.
 */
async function installTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const timer: PageTimer = {
      samples: [],
      kind: 'typed',
      pressed: Number.NaN,
      painted: Promise.resolve(),
    };
    (window as unknown as { keystrokeTimer: PageTimer }).keystrokeTimer = timer;
    window.addEventListener('keydown', (event) => (timer.pressed = event.timeStamp), {
      capture: true,
    });
    window.addEventListener(
      'beforeinput',
      (event) => {
        if (Number.isNaN(timer.pressed)) timer.pressed = event.timeStamp;
      },
      { capture: true },
    );
    window.addEventListener(
      'input',
      () => {
        const sample = {
          kind: timer.kind,
          query: '',
          start: timer.pressed,
          laidOut: Number.NaN,
          ms: Number.NaN,
          frameMs: Number.NaN,
        };
        timer.pressed = Number.NaN;
        timer.samples.push(sample);
        timer.painted = new Promise((resolve) =>
          requestAnimationFrame(() => {
            const frameStart = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const painted = performance.now();
              sample.ms = sample.laidOut - sample.start + (painted - frameStart);
              sample.frameMs = painted - sample.start;
              resolve();
            };
            channel.port2.postMessage(null);
          }),
        );
      },
      { capture: true },
    );
    document.addEventListener('input', (event) => {
      void document.body.offsetHeight;
      const sample = timer.samples[timer.samples.length - 1]!;
      sample.laidOut = performance.now();
      sample.query = (event.target as HTMLInputElement).value;
    });
  });
}

/**
 * Waits for the last keystroke's frame to be painted (and, after a key that changes no text, for
 * a frame), then names what the next keystroke does. Keys land at a typist's pace, each after the
 * frame of the one before: a keystroke is timed alone, not with the rest of the one before.
 */
async function settle(page: Page, next: KeystrokeKind, changedText: boolean): Promise<void> {
  await page.evaluate(
    async ({ next, changedText }) => {
      const timer = (window as unknown as { keystrokeTimer: PageTimer }).keystrokeTimer;
      await (changedText
        ? timer.painted
        : new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
      timer.kind = next;
      timer.pressed = Number.NaN;
    },
    { next, changedText },
  );
}

/** Characters deleted one Backspace at a time from the end of each typed query, before it is cleared. */
const DELETIONS = 3;

/**
 * Types every query with real key presses (Chromium's input pipeline), deletes its last
 * characters, and clears it (Ctrl+A, Backspace); then pastes each text (one input event with the
 * whole text, as a paste) and clears it.
 */
async function typeQueries(page: Page, pastes: readonly string[]): Promise<Sample[]> {
  await page.focus('#search');
  // The tab has just come to the front: the first frame it paints after a change repaints the
  // whole page, a cost of showing the tab that no keystroke of a reader's pays. An untimed
  // character, typed and deleted, takes it.
  await page.keyboard.type('x');
  await settle(page, 'typed', true);
  await page.keyboard.press('Backspace');
  await settle(page, 'typed', true);
  await page.evaluate(() => {
    (window as unknown as { keystrokeTimer: PageTimer }).keystrokeTimer.samples.length = 0;
  });
  const clear = async (): Promise<void> => {
    await settle(page, 'cleared', true);
    await page.keyboard.press('Control+A');
    await settle(page, 'cleared', false);
    await page.keyboard.press('Backspace');
  };
  for (const query of TYPED) {
    for (const char of query) {
      await settle(page, 'typed', true);
      await page.keyboard.type(char);
    }
    for (let deleted = 0; deleted < Math.min(DELETIONS, [...query].length - 1); deleted += 1) {
      await settle(page, 'deleted', true);
      await page.keyboard.press('Backspace');
    }
    await clear();
  }
  for (const text of pastes) {
    await settle(page, 'pasted', true);
    await page.keyboard.insertText(text);
    await clear();
  }
  await settle(page, 'typed', true);
  return page.evaluate(() =>
    (window as unknown as { keystrokeTimer: PageTimer }).keystrokeTimer.samples.map((sample) => ({
      kind: sample.kind,
      query: sample.query,
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
  const byKeystroke = new Map<string, Sample[]>();
  for (const sample of samples) {
    const key = `${sample.kind}\u0000${sample.query}`;
    byKeystroke.set(key, [...(byKeystroke.get(key) ?? []), sample]);
  }
  const perKeystroke = [...byKeystroke.values()].map((times) => ({
    kind: times[0]!.kind,
    query: keystrokeLabel(times[0]!),
    ms: median(times.map((time) => time.ms)),
    frameMs: median(times.map((time) => time.frameMs)),
  }));
  const worst = perKeystroke.reduce((slowest, keystroke) =>
    keystroke.ms > slowest.ms ? keystroke : slowest,
  );
  const worstByKind = KINDS.map((kind) => {
    const ofKind = perKeystroke.filter((keystroke) => keystroke.kind === kind);
    return {
      kind,
      count: ofKind.length,
      ms: Math.max(...ofKind.map((keystroke) => keystroke.ms)),
    };
  });
  return {
    label: under.label,
    targetMs: under.targetMs,
    rows: dataOfPage(under.html).rows.length,
    bytes: Buffer.byteLength(under.html),
    gzipBytes: gzipSync(under.html).length,
    loadMs,
    keystrokes: perKeystroke.length,
    rounds: rounds.length,
    medianMs: median(perKeystroke.map((keystroke) => keystroke.ms)),
    worstMs: worst.ms,
    worst: worst.query,
    worstByKind,
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
        return { under, page, file, pastes: pastesOf(dataOfPage(under.html)) };
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
        const samples = await typeQueries(tab.page, tab.pastes);
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
              `${ms(figure.worstMs)} (${figure.worst})`,
              `${ms(figure.maxSampleMs)}, ${ms(figure.p95SampleMs)}`,
              `${ms(figure.frameMedianMs)}, ${ms(figure.frameWorstMs)}`,
            ]),
          ),
        ],
        notes: [
          `A keystroke: a real key press (Chromium's input pipeline, through the DevTools protocol), timed in the page from the keydown event's timestamp (the beforeinput's for a paste), when the browser took the key, to its results laid out, plus the frame that paints them (the search's marks are highlight ranges, painted there): waiting for a busy main thread, the search, the DOM update, style, layout and paint; the idle wait for the display's next frame between is left out. Keys land at a typist's pace, each after the frame of the one before. ${TYPED.length} queries typed a character at a time, the last ${DELETIONS} characters of each deleted one Backspace at a time, each cleared after (Ctrl+A, Backspace); then ${tabs[0]!.pastes.length} pastes (one input event each: every code set's first code as its error body, a Go SDK error's text and a logfmt line), each cleared. ${ROUNDS} rounds after a warm-up round, the pages in turns within each round so that they share the machine's load; each keystroke counts by its median over the rounds (the worst keystroke is the slowest such median), since a shared machine preempts some samples: the slowest single sample shows them.`,
          'To next frame: from the key press to the end of the frame that paints its results, the wait for that frame included (up to 16.7 ms at 60 Hz); for information.',
          ...figures.map(
            (figure) =>
              `The slowest keystrokes on the ${figure.label} page: ${figure.slowest.map((keystroke) => `${keystroke.query} ${ms(keystroke.ms)}`).join(', ')}; the slowest of each kind: ${figure.worstByKind.map((kind) => `${kind.kind} ${ms(kind.ms)} (of ${count(kind.count)})`).join(', ')}.`,
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
