// A generate in its own process, for the scaling section: prints JSON lines (stage marks, each run, peak RSS).
// Usage: node --import tsx bench/generate-child.ts <rootDir> <outDir> <runs>

import { performance } from 'node:perf_hooks';
import { emitPackageShells } from '../generator/emit/registry.js';
import { generate } from '../generator/generate.js';
import { formatProblem } from '../generator/read-tables/table-file.js';

/** One line of the child's output. */
export type ChildEvent =
  /** Emit began (read, validate and model are done) or ended (format begins), ms after the run began. */
  | {
      readonly type: 'mark';
      readonly run: number;
      readonly mark: 'emit-start' | 'emit-end';
      readonly atMs: number;
      /** Resident set size at the mark, in bytes. */
      readonly rssBytes: number;
    }
  | {
      readonly type: 'run';
      readonly run: number;
      readonly ok: boolean;
      readonly problems: readonly string[];
      readonly timings: Readonly<Record<string, number>>;
      readonly totalMs: number;
      readonly files: number;
      /** UTF-8 bytes of the formatted files. */
      readonly outputBytes: number;
      readonly rows: number;
      /** Codes of the model, over every code set. */
      readonly codes: number;
    }
  /** Peak resident set size of this process, in bytes. */
  | { readonly type: 'rss'; readonly maxRssBytes: number };

const send = (event: ChildEvent): void => {
  process.stdout.write(`${JSON.stringify(event)}\n`);
};

const [rootDir, outDir, runsText] = process.argv.slice(2);
if (rootDir === undefined || outDir === undefined)
  throw new Error('usage: generate-child.ts <rootDir> <outDir> [runs]');
const runs = Number(runsText ?? '1');

for (let run = 0; run < runs; run += 1) {
  const start = performance.now();
  let codes = 0;
  const mark = (name: 'emit-start' | 'emit-end'): void =>
    send({
      type: 'mark',
      run,
      mark: name,
      atMs: performance.now() - start,
      rssBytes: process.memoryUsage.rss(),
    });
  // The registry's emitters, wrapped only to mark when emit starts and ends: a run cut short by the
  // time limit still says how long read + validate + model and emit took.
  const result = await generate({
    rootDir,
    outDir,
    emit: (model) => {
      codes = model.vendors.reduce(
        (sum, vendor) => sum + vendor.codeSets.reduce((setSum, set) => setSum + set.codes.length, 0),
        0,
      );
      mark('emit-start');
      const files = emitPackageShells(model);
      mark('emit-end');
      return files;
    },
  });
  send({
    type: 'run',
    run,
    ok: result.ok,
    problems: result.problems.slice(0, 10).map(formatProblem),
    timings: { ...result.timings },
    totalMs: result.totalMs,
    files: result.files.length,
    outputBytes: result.files.reduce((sum, file) => sum + Buffer.byteLength(file.contents), 0),
    rows: result.tables
      .filter((table) => !/\/(sources|aliases)\.csv$/.test(table.file))
      .reduce((sum, table) => sum + table.rows, 0),
    codes,
  });
}
// maxRSS is in kibibytes.
send({ type: 'rss', maxRssBytes: process.resourceUsage().maxRSS * 1024 });
