// Section 2: generate on seeded synthetic tables at 1x, 10x and 100x the committed rows, each in a child process.

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ChildEvent } from './generate-child.js';
import { STAGES } from './generate-time.js';
import { count, median, medianOfFields, ms, ratio } from './median.js';
import { markdownTable, type SectionReport, type TargetCheck } from './report.js';
import { writeSyntheticTables } from './synthetic-tables.js';

export interface ScalePlan {
  readonly scale: number;
  /** Measured runs. */
  readonly runs: number;
  /** One run more before them, not counted (loads prettier's parsers, warms the JIT). */
  readonly warmUp: boolean;
  /** The child is killed after this long (asked when it starts); its row then says how far it got. */
  readonly timeLimitMs: () => number;
  /** An earlier checkout (with its node_modules) whose generator runs instead: a "before" row. */
  readonly checkout?: string;
  /** The checkout's own synthetic tables (its schema may differ): see writeSyntheticRootsIn. */
  readonly root?: SyntheticRoot;
}

/** A synthetic project root (with tables/) and its error-table rows. */
export interface SyntheticRoot {
  readonly dir: string;
  readonly rows: number;
}

/** Writes the synthetic tables of every scale under workDir: shared by the scaling and runtime sections. */
export async function writeSyntheticRoots(
  rootDir: string,
  workDir: string,
  scales: readonly number[],
  seed: number,
): Promise<Map<number, SyntheticRoot>> {
  const roots = new Map<number, SyntheticRoot>();
  for (const scale of scales) {
    const dir = path.join(workDir, `synthetic-${scale}x`);
    await mkdir(dir, { recursive: true });
    roots.set(scale, {
      dir,
      rows: await writeSyntheticTables(path.join(dir, 'tables'), { rootDir, scale, seed }),
    });
  }
  return roots;
}

/**
 * The synthetic tables of an earlier checkout, written by its own bench code (in a child process,
 * its tsx as loader) so that they follow its table schema; same seed and scales.
 */
export function writeSyntheticRootsIn(
  checkout: string,
  workDir: string,
  scales: readonly number[],
  seed: number,
): Map<number, SyntheticRoot> {
  const script = `const { writeSyntheticRoots } = await import(${JSON.stringify(pathToFileURL(path.join(checkout, 'bench', 'scaling.ts')).href)});
const roots = await writeSyntheticRoots(${JSON.stringify(checkout)}, ${JSON.stringify(workDir)}, ${JSON.stringify(scales)}, ${seed});
process.stdout.write(JSON.stringify([...roots]));`;
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: checkout, encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`writing ${checkout}'s synthetic tables failed:\n${result.stderr}`);
  return new Map(JSON.parse(result.stdout) as [number, SyntheticRoot][]);
}

interface ChildOutcome {
  readonly runs: Extract<ChildEvent, { type: 'run' }>[];
  readonly marks: Extract<ChildEvent, { type: 'mark' }>[];
  /** From the child itself, or for a killed child its VmHWM just before the kill (Linux). */
  readonly maxRssBytes?: number;
  readonly timedOut: boolean;
  readonly wallMs: number;
}

/** A running process's peak RSS so far, from /proc (Linux); undefined elsewhere. */
function peakRssOf(pid: number | undefined): number | undefined {
  try {
    const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib === undefined ? undefined : Number(kib) * 1024;
  } catch {
    return undefined;
  }
}

const CHECKOUT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs a checkout's bench/generate-child.ts in a fresh Node process (its tsx as loader), killed at
 * the time limit.
 */
export function runChild(
  checkout: string,
  rootDir: string,
  outDir: string,
  runs: number,
  timeLimitMs: number,
): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(checkout, 'bench', 'generate-child.ts'),
        rootDir,
        outDir,
        String(runs),
      ],
      { cwd: checkout, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const outcome = {
      runs: [] as ChildOutcome['runs'],
      marks: [] as ChildOutcome['marks'],
      maxRssBytes: undefined as number | undefined,
    };
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
      outcome.maxRssBytes = peakRssOf(child.pid);
      child.kill('SIGKILL');
    }, timeLimitMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (!timedOut && code !== 0)
        reject(new Error(`generate child exited with ${code}:\n${errors}`));
      else resolve({ ...outcome, timedOut, wallMs: Date.now() - started });
    });
  });
}

export interface ScalingResult {
  readonly report: SectionReport;
  readonly targets: readonly TargetCheck[];
}

interface ScaleRow {
  readonly plan: ScalePlan;
  readonly rows: number;
  readonly stages?: Record<(typeof STAGES)[number], number>;
  readonly totalMs: number;
  readonly outcome: ChildOutcome;
}

const mib = (bytes: number | undefined, timedOut: boolean): string =>
  bytes === undefined ? 'n/a' : `${timedOut ? '>= ' : ''}${count(bytes / 2 ** 20)} MiB`;

export async function benchScaling(
  roots: ReadonlyMap<number, SyntheticRoot>,
  plans: readonly ScalePlan[],
  seed: number,
): Promise<ScalingResult> {
  const results: ScaleRow[] = [];
  for (const plan of plans) {
    const root = plan.root ?? roots.get(plan.scale);
    if (root === undefined) throw new Error(`no synthetic tables at ${plan.scale}x`);
    const rows = root.rows;
    const warmUp = plan.warmUp ? 1 : 0;
    const outcome = await runChild(
      plan.checkout ?? CHECKOUT,
      root.dir,
      path.join(root.dir, plan.checkout === undefined ? 'generated' : 'generated-before'),
      plan.runs + warmUp,
      plan.timeLimitMs(),
    );
    const failed = outcome.runs.find((run) => !run.ok);
    if (failed !== undefined)
      throw new Error(
        `generate of the ${plan.scale}x synthetic tables failed:\n${failed.problems.join('\n')}`,
      );
    const measured = outcome.runs.slice(warmUp);
    results.push({
      plan,
      rows,
      ...(measured.length > 0
        ? {
            stages: medianOfFields(
              measured.map((run) => run.timings as Record<(typeof STAGES)[number], number>),
              STAGES,
            ),
          }
        : {}),
      totalMs: measured.length > 0 ? median(measured.map((run) => run.totalMs)) : Number.NaN,
      outcome,
    });
  }

  const base = results.find((result) => result.plan.scale === 1 && !result.plan.checkout);
  const tableRows = results.map((result) => {
    const { stages, outcome } = result;
    let stageCells: string[];
    if (stages !== undefined) stageCells = STAGES.map((stage) => ms(stages[stage]));
    else {
      // Killed: the marks say how far the one run got.
      const emitStart = outcome.marks.find((mark) => mark.mark === 'emit-start')?.atMs;
      const emitEnd = outcome.marks.find((mark) => mark.mark === 'emit-end')?.atMs;
      const limit = `> ${ms(outcome.wallMs - (emitEnd ?? emitStart ?? 0))}`;
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
      `${result.plan.scale}x${result.plan.checkout === undefined ? '' : ' (before)'}`,
      count(result.rows),
      ...stageCells,
      stages !== undefined ? ms(total) : `> ${ms(outcome.wallMs)}`,
      stages !== undefined ? `${((1000 * total) / result.rows).toFixed(0)} µs` : 'n/a',
      base !== undefined && stages !== undefined ? ratio(total / base.totalMs) : 'n/a',
      base !== undefined ? ratio(result.rows / base.rows) : 'n/a',
      mib(outcome.maxRssBytes, outcome.timedOut),
    ];
  });
  const table = markdownTable(
    ['scale', 'rows', ...STAGES, 'total', 'per row', 'time ratio', 'row ratio', 'peak RSS'],
    tableRows,
  );

  const before = results.filter((result) => result.plan.checkout !== undefined);
  const current = results.filter((result) => result.plan.checkout === undefined);
  const largest = current[current.length - 1]!;
  const notes: string[] = [
    `Synthetic tables: seed ${seed}, the committed manifest and shapes (repeated codes with other messages/statuses, Upyun-like 8-digit codes prefixed by their status, Kingsoft v1-like RetCodes, dotted Tencent codes, CJK text, %s/xxx templates), with source documents written in each vendor's layout so the fidelity check runs as on the real tables.`,
    `Medians of ${plans.map((plan) => `${plan.runs} at ${plan.scale}x${plan.warmUp ? ' (after a warm-up run)' : ''}`).join(', ')}; each scale runs in its own Node process; peak RSS is its process.resourceUsage().maxRSS (a killed child: /proc VmHWM at the kill).`,
  ];
  // Which stage grows fastest between the smallest and the largest completed scale.
  const completed = current.filter((result) => result.stages !== undefined);
  if (completed.length >= 2) {
    const small = completed[0]!;
    const large = completed[completed.length - 1]!;
    const growth = STAGES.map(
      (stage) => [stage, large.stages![stage] / Math.max(small.stages![stage], 0.1)] as const,
    );
    const dominant = STAGES.reduce((a, b) => (large.stages![a] >= large.stages![b] ? a : b));
    notes.push(
      `At ${large.plan.scale}x the dominant stage is ${dominant} (${Math.round((100 * large.stages![dominant]) / large.totalMs)}% of the total); growth ${small.plan.scale}x -> ${large.plan.scale}x by stage: ${growth.map(([stage, factor]) => `${stage} ${ratio(factor)}`).join(', ')} for ${ratio(large.rows / small.rows)} the rows.`,
    );
  }
  for (const result of results) {
    const run = result.outcome.runs[result.outcome.runs.length - 1];
    const marks = result.outcome.marks.filter((mark) => mark.run === (run?.run ?? 0));
    const rssAt = (name: 'emit-start' | 'emit-end'): string => {
      const mark = marks.find((candidate) => candidate.mark === name);
      return mark === undefined ? 'n/a' : mib(mark.rssBytes, false);
    };
    const output =
      run === undefined
        ? ''
        : `; output ${count(run.outputBytes / 1024)} KiB, formatted at ${count(run.outputBytes / 1024 / (run.timings['format']! / 1000))} KiB/s`;
    notes.push(
      `${result.plan.scale}x memory: RSS ${rssAt('emit-start')} after read+validate+model, ${rssAt('emit-end')} after emit, peak ${mib(result.outcome.maxRssBytes, result.outcome.timedOut)}${output}.`,
    );
  }
  if (largest.stages === undefined) {
    notes.push(
      `The ${largest.plan.scale}x generate was killed after ${ms(largest.outcome.wallMs)}, its time limit; its cells say how far it got.`,
    );
  }

  for (const result of before) {
    const now = current.find((candidate) => candidate.plan.scale === result.plan.scale);
    if (now?.stages !== undefined && result.stages !== undefined)
      notes.push(
        `${result.plan.scale}x before (${result.plan.checkout}): ${ms(result.totalMs)}, peak ${mib(result.outcome.maxRssBytes, false)}; now ${ms(now.totalMs)}, peak ${mib(now.outcome.maxRssBytes, false)}: ${ratio(result.totalMs / now.totalMs)} faster, run in this benchmark just before.`,
      );
  }
  const hundred = current.find((result) => result.plan.scale === 100);
  const ten = current.find((result) => result.plan.scale === 10);
  const targets: TargetCheck[] = [];
  if (hundred !== undefined) {
    targets.push({
      target: '100x generate < 8 s',
      measured:
        hundred.stages !== undefined
          ? ms(hundred.totalMs)
          : `> ${ms(hundred.outcome.wallMs)} (killed)`,
      met: hundred.stages !== undefined && hundred.totalMs < 8_000,
    });
    targets.push({
      target: '100x generate peak RSS < 1 GiB',
      measured: mib(hundred.outcome.maxRssBytes, hundred.outcome.timedOut),
      // A killed child's figure is a lower bound: it proves a miss, never a pass.
      met:
        !hundred.outcome.timedOut &&
        hundred.outcome.maxRssBytes !== undefined &&
        hundred.outcome.maxRssBytes < 2 ** 30,
    });
  }
  for (const result of [ten, hundred]) {
    if (result === undefined || base === undefined) continue;
    const rowRatio = result.rows / base.rows;
    const timeRatio = result.totalMs / base.totalMs;
    targets.push({
      target: `total time grows no faster than rows (1x -> ${result.plan.scale}x)`,
      measured:
        result.stages !== undefined
          ? `${ratio(timeRatio)} time for ${ratio(rowRatio)} rows`
          : 'killed',
      // A little slack for noise: linear growth is a time ratio within 1.3x of the row ratio.
      met: result.stages !== undefined && timeRatio <= rowRatio * 1.3,
    });
  }
  // The total hides a stage that grows faster when fixed costs dominate at 1x: check each stage
  // between the two largest completed scales, where every stage has real work.
  if (completed.length >= 2) {
    const lower = completed[completed.length - 2]!;
    const upper = completed[completed.length - 1]!;
    const rowRatio = upper.rows / lower.rows;
    const faster = STAGES.filter(
      (stage) =>
        upper.stages![stage] > 50 && upper.stages![stage] / lower.stages![stage] > rowRatio * 1.3,
    );
    targets.push({
      target: `every stage grows no faster than rows (${lower.plan.scale}x -> ${upper.plan.scale}x)`,
      measured:
        faster.length === 0
          ? `all within 1.3x of ${ratio(rowRatio)}`
          : faster
              .map((stage) => `${stage} ${ratio(upper.stages![stage] / lower.stages![stage])}`)
              .join(', ') + ` for ${ratio(rowRatio)} rows`,
      met: faster.length === 0,
    });
  }
  return { report: { title: '2. Scaling (synthetic tables)', tables: [table], notes }, targets };
}
