// `diff [BASE]`: compares the tables at a git revision (default: where the branch left main) with tables/ now and prints the change report.

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { commandHelp, type Command, type CommandIo } from '../command.js';
import { displayPath, loadModel } from '../load-model.js';
import type { PackageModel } from '../model/model.js';
import { formatProblem, type Problem } from '../read-tables/table-file.js';
import { SOURCES_FILE } from '../schema/schema.js';
import { diffTables } from './diff-tables.js';
import { formatDiffReport } from './format-diff-report.js';

const run = promisify(execFile);

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
class SideError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`${problems.length} problem(s)`);
  }
}

/** A base that cannot be read: an unknown revision, or tables/ outside the repository. */
class RevisionError extends Error {}

const EMPTY_MODEL: PackageModel = { type: 'package', vendors: [] };

/** One side's model, through the front end every command uses; its problems when it is not valid. */
async function modelOf(tablesDir: string, displayDir: string): Promise<PackageModel> {
  const loaded = await loadModel(tablesDir, { displayDir });
  if (!loaded.ok) throw new SideError(loaded.problems);
  return loaded.model;
}

const git = async (cwd: string, args: readonly string[]): Promise<Buffer> =>
  (await run('git', [...args], { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 })).stdout;

const gitText = async (cwd: string, args: readonly string[]): Promise<string | undefined> =>
  (await git(cwd, args).catch(() => undefined))?.toString('utf8').trim() || undefined;

/** The branch the project merges into: `origin/main` where the clone has it, else `main`. */
async function mainBranch(rootDir: string): Promise<string | undefined> {
  for (const [ref, name] of [
    ['refs/remotes/origin/main', 'origin/main'],
    ['refs/heads/main', 'main'],
  ] as const) {
    if ((await gitText(rootDir, ['rev-parse', '--verify', '--quiet', ref])) !== undefined)
      return name;
  }
  return undefined;
}

/** The revision a diff without one compares with, and how the report names it. */
export interface DefaultBase {
  readonly revision: string;
  readonly label: string;
}

/**
 * Where the branch left main: the merge base of HEAD and main, so that a pull request's report
 * holds its own commits and nothing main gained since. On main itself (or a branch that has not
 * left it), HEAD: the report is then what is not committed yet.
 */
export async function defaultBase(rootDir: string): Promise<DefaultBase> {
  const head: DefaultBase = { revision: 'HEAD', label: 'HEAD' };
  const main = await mainBranch(rootDir);
  if (main === undefined) return head;
  const branch = await gitText(rootDir, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  if (branch === 'main') return head;
  const mergeBase = await gitText(rootDir, ['merge-base', 'HEAD', main]);
  const headCommit = await gitText(rootDir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (mergeBase === undefined || mergeBase === headCommit) return head;
  return {
    revision: mergeBase,
    label: `${mergeBase.slice(0, 12)} (where this branch left ${main})`,
  };
}

/**
 * Writes the tables/ tree of a revision into `into`: what `git show BASE:tables/FILE` gives for
 * every file, so a working tree with uncommitted edits is compared with the committed tables.
 * Resolves to false when the revision has no tables/sources.csv (a revision before the tables).
 */
async function checkOutTables(
  rootDir: string,
  revision: string,
  tablesDir: string,
  into: string,
): Promise<boolean> {
  const commit = (
    await git(rootDir, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).catch(
      () => undefined,
    )
  )
    ?.toString('utf8')
    .trim();
  if (commit === undefined || commit === '')
    throw new RevisionError(`${revision} is not a git revision of ${rootDir}`);
  const topLevel = (await git(rootDir, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
  const prefix = path.relative(topLevel, tablesDir).split(path.sep).join('/');
  if (prefix.startsWith('..') || path.isAbsolute(prefix))
    throw new RevisionError(`${tablesDir} is not inside the git repository ${topLevel}`);
  const listing = (
    await git(topLevel, [
      'ls-tree',
      '-r',
      '-z',
      '--full-name',
      '--name-only',
      commit,
      '--',
      `${prefix}/`,
    ])
  )
    .toString('utf8')
    .split('\0')
    .filter((name) => name !== '');
  if (!listing.includes(`${prefix}/${SOURCES_FILE}`)) return false;
  for (const name of listing) {
    const target = path.join(into, ...name.slice(prefix.length + 1).split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await git(topLevel, ['cat-file', 'blob', `${commit}:${name}`]));
  }
  return true;
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
    let base: PackageModel;
    let baseLabel: string;
    if (parsed.baseTablesDir !== undefined) {
      const baseDir = path.resolve(rootDir, parsed.baseTablesDir);
      baseLabel = display(baseDir);
      base = await modelOf(baseDir, baseLabel);
    } else {
      const { revision, label } =
        parsed.base !== undefined
          ? { revision: parsed.base, label: parsed.base }
          : await defaultBase(rootDir);
      baseLabel = label;
      const baseDir = path.join(temporary, 'tables');
      const found = await checkOutTables(rootDir, revision, path.join(rootDir, 'tables'), baseDir);
      // A revision from before the tables existed: everything now is new.
      base = found ? await modelOf(baseDir, `${revision}:tables`) : EMPTY_MODEL;
    }
    const head = await modelOf(tablesDir, display(tablesDir));
    const report = diffTables(base, head);
    io.out(
      parsed.json
        ? JSON.stringify({ base: baseLabel, ...report }, null, 2)
        : formatDiffReport(report, baseLabel).trimEnd(),
    );
    return 0;
  } catch (error) {
    if (error instanceof SideError) {
      for (const problem of error.problems) io.err(formatProblem(problem));
      io.err('the tables must be valid on both sides to compare them (npm run validate)');
      return 1;
    }
    if (error instanceof RevisionError) {
      io.err(error.message);
      return 1;
    }
    throw error;
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
