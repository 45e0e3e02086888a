// Reads the repository's history: tables/ at a revision, and the revision a branch left main at.

import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { SOURCES_FILE } from '../schema/schema.js';

const run = promisify(execFile);

/** A base that cannot be read: an unknown revision, or tables/ outside the repository. */
export class RevisionError extends Error {}

export const git = async (cwd: string, args: readonly string[]): Promise<Buffer> =>
  (await run('git', [...args], { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 })).stdout;

export const gitText = async (cwd: string, args: readonly string[]): Promise<string | undefined> =>
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
export async function checkOutTables(
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
