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

/** A keystroke's filter and render must fit one frame at 60 Hz. */
const FRAME_MS = 16;
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
  'e',
  '1',
] as const;

export interface PageUnderTest {
  /** `committed tables`, `full Tencent catalog`. */
  readonly label: string;
  /** The page as npm run generate writes it. */
  readonly html: string;
}

/** The page of a model, as the emitter writes it. */
export const pageOf = (label: string, model: PackageModel): PageUnderTest => ({
  label,
  html: catalogPageHtml(model),
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
  readonly rows: number;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** From navigation start to DOMContentLoaded: the data parsed, the entries built, the first render. */
  readonly loadMs: number;
  /** Distinct keystrokes (query prefixes), each timed once per round. */
  readonly keystrokes: number;
  readonly rounds: number;
  /** The median over keystrokes of each keystroke's median over the rounds. */
  readonly medianMs: number;
  /** The slowest keystroke by its median over the rounds, and its query. */
  readonly slowestMs: number;
  readonly slowest: string;
  /** The slowest keystroke by its best round: what it costs when nothing else runs. */
  readonly slowestBestMs: number;
  readonly slowestBest: string;
  /** The 95th percentile of every single sample, preempted ones included. */
  readonly p95SampleMs: number;
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

/**
 * Types every query into the search one character at a time, as `input` events; each keystroke is
 * timed from before the event to after a forced layout, so the time holds the search, the DOM update,
 * the address update and style and layout of the new results (painting happens off this thread).
 */
async function typeAndTime(page: Page, rounds: number): Promise<{ query: string; ms: number }[]> {
  return page.evaluate(
    ({ typed, rounds: count }) => {
      const input = document.getElementById('search') as HTMLInputElement;
      const samples: { query: string; ms: number }[] = [];
      for (let round = 0; round < count; round += 1) {
        for (const query of typed) {
          for (let length = 1; length <= query.length; length += 1) {
            const prefix = query.slice(0, length);
            const start = performance.now();
            input.value = prefix;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            void document.body.offsetHeight;
            const elapsed = performance.now() - start;
            // The first round warms the JIT and is not counted.
            if (round > 0) samples.push({ query: prefix, ms: elapsed });
          }
          input.value = '';
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }
      return samples;
    },
    { typed: [...TYPED], rounds },
  );
}

const ROUNDS = 5;

async function measure(page: Page, dir: string, under: PageUnderTest): Promise<PageFigures> {
  const { html } = under;
  const file = path.join(dir, `${under.label.replace(/\W+/g, '-')}.html`);
  await writeFile(file, html);
  const errors: string[] = [];
  const onError = (error: Error): void => {
    errors.push(error.message);
  };
  page.on('pageerror', onError);
  await page.goto(pathToFileURL(file).href);
  const loadMs = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    return navigation?.domContentLoadedEventEnd ?? Number.NaN;
  });
  const samples = await typeAndTime(page, ROUNDS + 1);
  page.off('pageerror', onError);
  if (errors.length > 0) throw new Error(`the ${under.label} page threw: ${errors.join('; ')}`);
  // A shared machine preempts some samples: each keystroke counts by its median over the rounds.
  const byQuery = new Map<string, number[]>();
  for (const sample of samples)
    byQuery.set(sample.query, [...(byQuery.get(sample.query) ?? []), sample.ms]);
  const perKeystroke = [...byQuery].map(([query, times]) => ({
    query,
    ms: median(times),
    best: Math.min(...times),
  }));
  const slowest = perKeystroke.reduce((worst, keystroke) =>
    keystroke.ms > worst.ms ? keystroke : worst,
  );
  const slowestBest = perKeystroke.reduce((worst, keystroke) =>
    keystroke.best > worst.best ? keystroke : worst,
  );
  return {
    label: under.label,
    rows: rowsOfPage(html),
    bytes: Buffer.byteLength(html),
    gzipBytes: gzipSync(html).length,
    loadMs,
    keystrokes: perKeystroke.length,
    rounds: ROUNDS,
    medianMs: median(perKeystroke.map((keystroke) => keystroke.ms)),
    slowestMs: slowest.ms,
    slowest: slowest.query,
    slowestBestMs: slowestBest.best,
    slowestBest: slowestBest.query,
    p95SampleMs: percentile(
      samples.map((sample) => sample.ms),
      0.95,
    ),
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The page of the committed tables and of a catalog-sized model, each loaded and typed into in one browser. */
export async function benchCatalogPage(
  committed: PageUnderTest,
  catalog: PageUnderTest,
): Promise<{ report: SectionReport; targets: TargetCheck[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'catalog-page-bench-'));
  const loadBefore = os.loadavg()[0] ?? Number.NaN;
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    const figures = [await measure(page, dir, committed), await measure(page, dir, catalog)];
    const [small, large] = figures as [PageFigures, PageFigures];
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
              'slowest keystroke (query)',
              'slowest best round (query)',
              'p95 of all samples',
            ],
            figures.map((figure) => [
              figure.label,
              count(figure.rows),
              kb(figure.bytes),
              kb(figure.gzipBytes),
              ms(figure.loadMs),
              `${count(figure.keystrokes)} x ${figure.rounds}`,
              ms(figure.medianMs),
              `${ms(figure.slowestMs)} (${JSON.stringify(figure.slowest)})`,
              `${ms(figure.slowestBestMs)} (${JSON.stringify(figure.slowestBest)})`,
              ms(figure.p95SampleMs),
            ]),
          ),
        ],
        notes: [
          `A keystroke: an input event on the search, timed with performance.now() in the page from before the event to after a forced layout (search, render of the first results, style and layout). ${TYPED.length} queries typed a character at a time, ${ROUNDS} rounds after a warm-up round; each keystroke counts by its median over the rounds, since a shared machine preempts some samples (their spread shows in the p95 of all samples).`,
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
        {
          target: `a keystroke on the ${large.label} page (${count(large.rows)} rows) < ${FRAME_MS} ms: the slowest of ${count(large.keystrokes)} keystrokes`,
          measured: `${ms(large.slowestMs)} (median keystroke ${ms(large.medianMs)})`,
          met: large.slowestMs < FRAME_MS,
        },
      ],
    };
  } finally {
    await chromium.close();
    await rm(dir, { recursive: true, force: true });
  }
}

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
  return pageOf(`synthetic catalog (${scale}x the committed rows)`, await requireModel(tablesDir));
}
