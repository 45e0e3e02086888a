// `diff [BASE]`: compares the tables at a git revision (default: where the branch left main) with tables/ now and prints the change report.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { commandHelp, type Command, type CommandIo } from '../command.js';
import { displayPath, loadModel } from '../load-model.js';
import type { PackageModel, ReleaseNode } from '../model/model.js';
import { formatProblem, type Problem } from '../read-tables/table-file.js';
import { diffTables } from './diff-tables.js';
import { formatDiffReport } from './format-diff-report.js';
import { checkOutTables, defaultBase, RevisionError } from './git-revisions.js';

interface DiffArgs {
  /** A git revision; absent: where the branch left main. Ignored when baseTablesDir is given. */
  readonly base?: string;
  readonly json: boolean;
  readonly tablesDir: string;
  readonly baseTablesDir?: string;
}

function parseDiffArgs(args: readonly string[]): DiffArgs | string {
  const positional: string[] = [];
  const options: { json: boolean; tablesDir: string; baseTablesDir?: string } = {
    json: false,
    tablesDir: 'tables',
  };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag === '--json' && inline === undefined) options.json = true;
    else if (flag === '--tables' || flag === '--base-tables') {
      const value = inline ?? args[index + 1];
      if (value === undefined || value === '') return `${flag} needs a directory`;
      if (inline === undefined) index += 1;
      if (flag === '--tables') options.tablesDir = value;
      else options.baseTablesDir = value;
    } else if (arg.startsWith('-')) return `diff does not know ${arg}`;
    else positional.push(arg);
  }
  if (positional.length > 1) return `diff takes at most one revision, got ${positional.join(' ')}`;
  if (positional.length === 1 && options.baseTablesDir !== undefined)
    return 'give either a revision or --base-tables, not both';
  return { ...(positional[0] !== undefined ? { base: positional[0] } : {}), ...options };
}

/** A tables/ directory that could not be compared: its problems, named after the side they are on. */
export class SideError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`${problems.length} problem(s)`);
  }
}

/**
 * What diff and release print when a side cannot be read: its problems and `advice`, or the
 * revision that git could not give; exit status 1. Any other error is a bug and is thrown.
 */
export function reportSideFailure(io: CommandIo, error: unknown, advice: string): number {
  if (error instanceof SideError) {
    for (const problem of error.problems) io.err(formatProblem(problem));
    io.err(advice);
    return 1;
  }
  if (error instanceof RevisionError) {
    io.err(error.message);
    return 1;
  }
  throw error;
}

/**
 * One side's model, through the front end every command uses; its problems when it is not valid.
 * `revision`: the tables are a git revision's, which may have a header the schema had before.
 */
export async function modelOf(
  tablesDir: string,
  displayDir: string,
  options: { readonly releaseWhenMissing?: ReleaseNode; readonly revision?: boolean } = {},
): Promise<PackageModel> {
  const loaded = await loadModel(tablesDir, {
    displayDir,
    ...(options.releaseWhenMissing !== undefined
      ? { releaseWhenMissing: options.releaseWhenMissing }
      : {}),
    earlierRevision: options.revision === true,
  });
  if (!loaded.ok) throw new SideError(loaded.problems);
  return loaded.model;
}

/**
 * Runs the diff; resolves to the exit code: 0 with the report (changes or none), 1 when a side's
 * tables are invalid or the revision is unknown, 2 for a bad command line.
 */
export async function runDiffCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseDiffArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n${commandHelp(diffCommand)}`);
    return 2;
  }
  const rootDir = path.resolve(io.rootDir);
  const tablesDir = path.resolve(rootDir, parsed.tablesDir);
  const display = (dir: string): string => displayPath(rootDir, dir);
  const temporary = await mkdtemp(path.join(os.tmpdir(), 'table-diff-'));
  try {
    const head = await modelOf(tablesDir, display(tablesDir));
    // The diff compares the tables, not the changelog: a base from before it has the head's.
    const release = head.release;
    let base: PackageModel;
    let baseLabel: string;
    if (parsed.baseTablesDir !== undefined) {
      const baseDir = path.resolve(rootDir, parsed.baseTablesDir);
      baseLabel = display(baseDir);
      base = await modelOf(baseDir, baseLabel, { releaseWhenMissing: release });
    } else {
      const { revision, label } =
        parsed.base !== undefined
          ? { revision: parsed.base, label: parsed.base }
          : await defaultBase(rootDir);
      baseLabel = label;
      const baseDir = path.join(temporary, 'tables');
      const found = await checkOutTables(rootDir, revision, path.join(rootDir, 'tables'), baseDir);
      // A revision from before the tables existed: everything now is new.
      base = found
        ? await modelOf(baseDir, `${revision}:tables`, {
            releaseWhenMissing: release,
            revision: true,
          })
        : { type: 'package', vendors: [], release };
    }
    const report = diffTables(base, head);
    io.out(
      parsed.json
        ? JSON.stringify({ base: baseLabel, ...report }, null, 2)
        : formatDiffReport(report, baseLabel).trimEnd(),
    );
    return 0;
  } catch (error) {
    return reportSideFailure(
      io,
      error,
      'the tables must be valid on both sides to compare them (npm run validate)',
    );
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

export const diffCommand: Command = {
  name: 'diff',
  usage: 'diff [BASE] [--json] [--tables DIR] [--base-tables DIR]',
  summary:
    'how tables/ changed since git revision BASE, per vendor, with the semver impact, as Markdown for a pull request',
  options: [
    [
      'BASE',
      'the git revision whose committed tables/ are the base; default: where the branch left main (the merge base with origin/main, else main), or HEAD on main itself',
    ],
    ['--json', 'print the report as JSON instead of Markdown'],
    ['--tables DIR', 'the tables to compare (default tables)'],
    ['--base-tables DIR', 'compare with the tables in DIR instead of a git revision'],
  ],
  run: runDiffCommand,
};
