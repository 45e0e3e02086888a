// Section: the commands users run, as whole processes, against `node -e 0` in the same rounds (and against an earlier checkout with --before).

import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median, ms, ratio } from './median.js';
import { markdownTable, type SectionReport, type TargetCheck } from './report.js';

/** A command run as a whole process in one of the project roots. */
interface Contender {
  readonly label: string;
  readonly cwd: string;
  readonly command: string;
  readonly args: readonly string[];
}

/** Target: `npm run generate` of the committed tables at most this many times `node -e 0`. */
const TARGET_RATIO = 8;

/** Milliseconds of one run of the command; throws when it fails. */
function timeProcess(contender: Contender): number {
  const start = performance.now();
  const result = spawnSync(contender.command, contender.args, {
    cwd: contender.cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const elapsed = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`${contender.label} exited with ${result.status}:\n${result.stderr}`);
  return elapsed;
}

export interface StartupResult {
  readonly report: SectionReport;
  readonly targets: readonly TargetCheck[];
}

/**
 * Rounds of every contender in turn, after one warm-up round (which builds the CLI bundle and the
 * code cache if they are missing). Each contender's figure is its median; its ratio to `node -e 0`
 * is the median of the per-round ratios, so that load which comes and goes hits both sides alike.
 */
export function benchStartup(
  rootDir: string,
  rounds: number,
  beforeDir: string | undefined,
): StartupResult {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const floor: Contender = {
    label: '`node -e 0`',
    cwd: rootDir,
    command: process.execPath,
    args: ['-e', '0'],
  };
  const contenders: Contender[] = [
    floor,
    { label: '`npm run generate`', cwd: rootDir, command: npm, args: ['run', '-s', 'generate'] },
    { label: '`npm run check`', cwd: rootDir, command: npm, args: ['run', '-s', 'check'] },
    { label: '`npm run validate`', cwd: rootDir, command: npm, args: ['run', '-s', 'validate'] },
  ];
  if (beforeDir !== undefined)
    contenders.push({
      label: '`npm run generate`, before (--before checkout)',
      cwd: beforeDir,
      command: npm,
      args: ['run', '-s', 'generate'],
    });
  for (const contender of contenders) timeProcess(contender);
  const samples = contenders.map((): number[] => []);
  for (let round = 0; round < rounds; round += 1)
    contenders.forEach((contender, index) => {
      samples[index]!.push(timeProcess(contender));
    });

  const floorSamples = samples[0]!;
  const ratioTo = (index: number): number =>
    median(samples[index]!.map((sample, round) => sample / floorSamples[round]!));
  const rows = contenders.map((contender, index) => [
    contender.label,
    ms(median(samples[index]!)),
    index === 0 ? '1x' : ratio(ratioTo(index)),
  ]);
  const generateRatio = ratioTo(1);
  const notes = [
    `${rounds} rounds after a warm-up round, each contender once per round in the order listed; medians. Ratios are medians of the per-round ratios to \`node -e 0\`.`,
    '`npm run generate` rewrites generated/ of this checkout with the bytes it already holds (the committed tables).',
  ];
  if (beforeDir !== undefined)
    notes.push(
      `Before: the same command in ${beforeDir}, an earlier checkout with its own node_modules, in the same rounds: ${ratio(ratioTo(contenders.length - 1) / generateRatio)} the time of now.`,
    );
  return {
    report: {
      title: 'Start-up: whole processes',
      tables: [markdownTable(['command', `median of ${rounds}`, 'vs `node -e 0`'], rows)],
      notes,
    },
    targets: [
      {
        target: `\`npm run generate\` (whole process) <= ${TARGET_RATIO}x \`node -e 0\``,
        measured: `${ratio(generateRatio)} (${ms(median(samples[1]!))} vs ${ms(median(floorSamples))})`,
        met: generateRatio <= TARGET_RATIO,
      },
    ],
  };
}
