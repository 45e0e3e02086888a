// Section 2: generate on seeded synthetic tables at 1x, 10x and 100x the committed rows, each in a child process.

import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildEvent } from './generate-child.js';
import { STAGES } from './generate-time.js';
import { count, median, medianOfFields, ms, ratio } from './median.js';
import { markdownTable, type SectionReport, type TargetCheck } from './report.js';
import { writeSyntheticTables } from './synthetic-tables.js';

export interface ScalePlan {
  readonly scale: number;
  /** Measured runs; 1x and 10x get one warm-up run more, not counted. */
  readonly runs: number;
  /** The child is killed after this long; its row then says how far it got. */
  readonly timeLimitMs: number;
}

interface ChildOutcome {
  readonly runs: Extract<ChildEvent, { type: 'run' }>[];
  readonly marks: Extract<ChildEvent, { type: 'mark' }>[];
  readonly maxRssBytes?: number;
  readonly timedOut: boolean;
  readonly wallMs: number;
}

const CHILD = fileURLToPath(new URL('./generate-child.ts', import.meta.url));

/** Runs generate-child.ts in a fresh Node process (tsx as loader), killed at the time limit. */
function runChild(rootDir: string, outDir: string, runs: number, timeLimitMs: number): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, rootDir, outDir, String(runs)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const outcome = { runs: [] as ChildOutcome['runs'], marks: [] as ChildOutcome['marks'], maxRssBytes: undefined as number | undefined };
    let buffered = '';
    let errors = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const event = JSON.parse(buffered.slice(0, newline)) as ChildEvent;
        buffered = buffered.slice(newline + 1);
        if (event.type === 'run') outcome.runs.push(event);
        else if (event.type === 'mark') outcome.marks.push(event);
        else outcome.maxRssBytes = event.maxRssBytes;
        newline = buffered.indexOf('\n');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      errors += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeLimitMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (!timedOut && code !== 0) reject(new Error(`generate child exited with ${code}:\n${errors}`));
      else resolve({ ...outcome, timedOut, wallMs: Date.now() - started });
    });
  });
}

export interface ScalingResult {
  readonly report: SectionReport;
  readonly targets: readonly TargetCheck[];
  /** The synthetic project roots by scale (each has tables/), for the runtime section. */
  readonly roots: ReadonlyMap<number, string>;
  readonly rowsByScale: ReadonlyMap<number, number>;
}

interface ScaleRow {
  readonly plan: ScalePlan;
  readonly rows: number;
  readonly stages?: Record<(typeof STAGES)[number], number>;
  readonly totalMs: number;
  readonly outcome: ChildOutcome;
}

const mib = (bytes: number | undefined): string => (bytes === undefined ? 'n/a (killed)' : `${count(bytes / 2 ** 20)} MiB`);

export async function benchScaling(rootDir: string, workDir: string, plans: readonly ScalePlan[], seed: number): Promise<ScalingResult> {
  const roots = new Map<number, string>();
  const rowsByScale = new Map<number, number>();
  const results: ScaleRow[] = [];
  for (const plan of plans) {
    const syntheticRoot = path.join(workDir, `synthetic-${plan.scale}x`);
    await mkdir(syntheticRoot, { recursive: true });
    const rows = await writeSyntheticTables(path.join(syntheticRoot, 'tables'), { rootDir, scale: plan.scale, seed });
    roots.set(plan.scale, syntheticRoot);
    rowsByScale.set(plan.scale, rows);
    const warmUp = plan.runs > 1 ? 1 : 0;
    const outcome = await runChild(syntheticRoot, path.join(syntheticRoot, 'generated'), plan.runs + warmUp, plan.timeLimitMs);
    const failed = outcome.runs.find((run) => !run.ok);
    if (failed !== undefined) throw new Error(`generate of the ${plan.scale}x synthetic tables failed:\n${failed.problems.join('\n')}`);
    const measured = outcome.runs.slice(warmUp);
    results.push({
      plan,
      rows,
      ...(measured.length > 0
        ? { stages: medianOfFields(measured.map((run) => run.timings as Record<(typeof STAGES)[number], number>), STAGES) }
        : {}),
      totalMs: measured.length > 0 ? median(measured.map((run) => run.totalMs)) : Number.NaN,
      outcome,
    });
  }

  const base = results.find((result) => result.plan.scale === 1);
  const tableRows = results.map((result) => {
    const { stages, outcome } = result;
    let stageCells: string[];
    if (stages !== undefined) stageCells = STAGES.map((stage) => ms(stages[stage]));
    else {
      // Killed: the marks say how far the one run got.
      const emitStart = outcome.marks.find((mark) => mark.mark === 'emit-start')?.atMs;
      const emitEnd = outcome.marks.find((mark) => mark.mark === 'emit-end')?.atMs;
      const limit = `> ${ms(result.plan.timeLimitMs - (emitEnd ?? emitStart ?? 0))}`;
      stageCells = [
        emitStart === undefined ? limit : `${ms(emitStart)} (read+validate+model)`,
        '',
        '',
        emitStart === undefined ? '' : emitEnd === undefined ? limit : ms(emitEnd - emitStart),
        emitEnd === undefined ? '' : `${limit} (killed)`,
        '',
      ];
    }
    const total = stages !== undefined ? result.totalMs : Number.NaN;
    return [
      `${result.plan.scale}x`,
      count(result.rows),
      ...stageCells,
      stages !== undefined ? ms(total) : `> ${ms(result.plan.timeLimitMs)}`,
      stages !== undefined ? `${((1000 * total) / result.rows).toFixed(0)} µs` : 'n/a',
      base !== undefined && stages !== undefined ? ratio(total / base.totalMs) : 'n/a',
      base !== undefined ? ratio(result.rows / base.rows) : 'n/a',
      mib(outcome.maxRssBytes),
    ];
  });
  const table = markdownTable(
    ['scale', 'rows', ...STAGES, 'total', 'per row', 'time ratio', 'row ratio', 'peak RSS'],
    tableRows,
  );

  const largest = results[results.length - 1]!;
  const notes: string[] = [
    `Synthetic tables: seed ${seed}, the committed manifest and shapes (repeated codes with other messages/statuses, Upyun-like 8-digit codes prefixed by their status, Kingsoft v1-like RetCodes, dotted Tencent codes, CJK text, %s/xxx templates), with source documents written in each vendor's layout so the fidelity check runs as on the real tables.`,
    `Medians of ${plans.map((plan) => `${plan.runs} at ${plan.scale}x`).join(', ')}; each scale runs in its own Node process (peak RSS from process.resourceUsage().maxRSS), 1x and 10x after one unmeasured warm-up run.`,
  ];
  // Which stage grows fastest between the smallest and the largest completed scale.
  const completed = results.filter((result) => result.stages !== undefined);
  if (completed.length >= 2) {
    const small = completed[0]!;
    const large = completed[completed.length - 1]!;
    const growth = STAGES.map((stage) => [stage, large.stages![stage] / Math.max(small.stages![stage], 0.1)] as const);
    const dominant = STAGES.reduce((a, b) => (large.stages![a] >= large.stages![b] ? a : b));
    notes.push(
      `At ${large.plan.scale}x the dominant stage is ${dominant} (${Math.round((100 * large.stages![dominant]) / large.totalMs)}% of the total); growth ${small.plan.scale}x -> ${large.plan.scale}x by stage: ${growth.map(([stage, factor]) => `${stage} ${ratio(factor)}`).join(', ')} for ${ratio(large.rows / small.rows)} the rows.`,
    );
  }
  if (largest.stages === undefined) {
    notes.push(`The ${largest.plan.scale}x generate was killed at the time limit of ${ms(largest.plan.timeLimitMs)} to keep the benchmark under 5 minutes.`);
  }

  const hundred = results.find((result) => result.plan.scale === 100);
  const ten = results.find((result) => result.plan.scale === 10);
  const targets: TargetCheck[] = [];
  if (hundred !== undefined) {
    targets.push({
      target: '100x generate < 15 s',
      measured: hundred.stages !== undefined ? ms(hundred.totalMs) : `> ${ms(hundred.plan.timeLimitMs)} (killed)`,
      met: hundred.stages !== undefined && hundred.totalMs < 15_000,
    });
    targets.push({
      target: '100x generate peak RSS < 1 GiB',
      measured: mib(hundred.outcome.maxRssBytes),
      met: hundred.outcome.maxRssBytes !== undefined && hundred.outcome.maxRssBytes < 2 ** 30,
    });
  }
  for (const result of [ten, hundred]) {
    if (result === undefined || base === undefined) continue;
    const rowRatio = result.rows / base.rows;
    const timeRatio = result.totalMs / base.totalMs;
    targets.push({
      target: `time grows no faster than rows (${result.plan.scale}x)`,
      measured: result.stages !== undefined ? `${ratio(timeRatio)} time for ${ratio(rowRatio)} rows` : 'killed',
      // A little slack for noise: linear growth is a time ratio within 1.2x of the row ratio.
      met: result.stages !== undefined && timeRatio <= rowRatio * 1.2,
    });
  }
  return { report: { title: '2. Scaling (synthetic tables)', tables: [table], notes }, targets, roots, rowsByScale };
}
