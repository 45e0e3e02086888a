// Section 1: wall time of a full in-process generate of the committed tables, split by stage.

import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generate, type GenerateResult, type StageTimings } from '../generator/generate.js';
import { formatProblem } from '../generator/read-tables/table-file.js';
import { median, medianOfFields, ms, timeRuns } from './median.js';
import { markdownTable, type SectionReport, type TargetCheck } from './report.js';

export const STAGES = [
  'read',
  'validate',
  'model',
  'emit',
  'format',
  'write',
] as const satisfies readonly (keyof StageTimings)[];

const TARGET_MS = 1500;

/** Throws with the pipeline's own problem lines when a generate did not succeed. */
export function assertGenerated(result: GenerateResult, what: string): void {
  if (!result.ok) {
    const lines = result.problems.slice(0, 10).map(formatProblem);
    throw new Error(
      `generate of ${what} failed with ${result.problems.length} problems:\n${lines.join('\n')}`,
    );
  }
}

export interface GenerateTimeResult {
  readonly report: SectionReport;
  readonly targets: readonly TargetCheck[];
  /** The outDir of the last run: a fresh generated/ of the committed tables. */
  readonly outDir: string;
  /** Error-table rows of the committed tables, for per-row figures elsewhere. */
  readonly rows: number;
}

export async function benchGenerateTime(
  rootDir: string,
  workDir: string,
  runs: number,
): Promise<GenerateTimeResult> {
  const outDir = await mkdtemp(path.join(workDir, 'generated-'));
  // The first call also loads prettier's parsers and warms the JIT: shown apart, not in the median.
  const coldStart = performance.now();
  const cold = await generate({ rootDir, outDir });
  const coldMs = performance.now() - coldStart;
  assertGenerated(cold, 'the committed tables');

  const { samples, results } = await timeRuns(runs, () => generate({ rootDir, outDir }));
  for (const result of results) assertGenerated(result, 'the committed tables');
  const stages = medianOfFields(
    results.map((result) => result.timings),
    STAGES,
  );
  const total = median(results.map((result) => result.totalMs));
  const wall = median(samples);
  const rows = cold.tables
    .filter((table) => !/\/(sources|aliases)\.csv$/.test(table.file))
    .reduce((sum, table) => sum + table.rows, 0);

  const table = markdownTable(
    ['stage', `median of ${runs}`, 'share'],
    [
      ...STAGES.map((stage) => [
        stage,
        ms(stages[stage]),
        `${Math.round((100 * stages[stage]) / total)}%`,
      ]),
      ['**total** (generate().totalMs)', `**${ms(total)}**`, '100%'],
      ['wall time around the call', ms(wall), ''],
      ['first (cold) call, not in the median', ms(coldMs), ''],
    ],
  );
  const slowest = STAGES.reduce((a, b) => (stages[a] >= stages[b] ? a : b));
  return {
    report: {
      title: '1. Generate (committed tables)',
      tables: [table],
      notes: [
        `${rows} error-table rows, ${cold.files.length} files written to a temp outDir; slowest stage: ${slowest} (${Math.round((100 * stages[slowest]) / total)}%).`,
      ],
    },
    targets: [
      {
        target: 'generate of the committed tables < 1.5 s',
        measured: ms(total),
        met: total < TARGET_MS,
      },
    ],
    outDir,
    rows,
  };
}
