// `release [--dry-run]`: bumps the package version by the semver impact of the table changes since the last release, with a changelog section.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UsageError, type Command, type CommandIo } from '../command.js';
import { modelOf, reportSideFailure } from '../diff/diff-command.js';
import { diffTables } from '../diff/diff-tables.js';
import { checkOutTables, git, gitText, } from '../diff/git-revisions.js';
import type { SemverImpact } from '../diff/impact.js';
import { formatProblem } from '../read-tables/table-file.js';
import {
  CHANGELOG_FILE,
  formatVersion,
  parseChangelog,
  splitChangelog,
  type Version,
} from './changelog.js';
import { changelogSection } from './changelog-section.js';

/** The version after a change of this impact. */
export function bumpVersion(version: Version, impact: Exclude<SemverImpact, 'none'>): Version {
  if (impact === 'major') return { major: version.major + 1, minor: 0, patch: 0 };
  if (impact === 'minor') return { major: version.major, minor: version.minor + 1, patch: 0 };
  return { ...version, patch: version.patch + 1 };
}

/** The version a commit's changelog names; undefined where the commit has none (or no valid one). */
async function versionAt(
  rootDir: string,
  commit: string,
  file: string,
): Promise<string | undefined> {
  const text = (await git(rootDir, ['show', `${commit}:${file}`]).catch(() => undefined))?.toString(
    'utf8',
  );
  if (text === undefined) return undefined;
  const parsed = parseChangelog(text, file);
  return parsed.ok ? formatVersion(parsed.version) : undefined;
}

/** The last release: the newest commit whose changelog names another version than its parent's. */
export interface LastRelease {
  readonly commit: string;
  readonly version: string;
}

/**
 * Finds the last release from the repository alone (a clone without tags works): the newest commit
 * that changed the version in tables/CHANGELOG.md, found by walking the commits that touched it.
 */
export async function findLastRelease(
  rootDir: string,
  tablesDir: string,
): Promise<LastRelease | undefined> {
  const topLevel = (await gitText(rootDir, ['rev-parse', '--show-toplevel']))!;
  const file = path
    .relative(topLevel, path.join(tablesDir, CHANGELOG_FILE))
    .split(path.sep)
    .join('/');
  const commits = ((await gitText(topLevel, ['log', '--format=%H', 'HEAD', '--', file])) ?? '')
    .split('\n')
    .filter((commit) => commit !== '');
  for (const commit of commits) {
    const version = await versionAt(topLevel, commit, file);
    if (version === undefined) continue;
    const parents = ((await gitText(topLevel, ['rev-list', '--parents', '-n', '1', commit])) ?? '')
      .split(' ')
      .slice(1);
    const before = await Promise.all(parents.map((parent) => versionAt(topLevel, parent, file)));
    if (before.every((parentVersion) => parentVersion !== version)) return { commit, version };
  }
  return undefined;
}

async function runReleaseCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--dry-run');
  if (unknown.length > 0) throw new UsageError(`release does not know ${unknown.join(' ')}`);
  const dryRun = args.includes('--dry-run');
  const rootDir = path.resolve(io.rootDir);
  const tablesDir = path.join(rootDir, 'tables');
  const changelogPath = path.join(tablesDir, CHANGELOG_FILE);
  const temporary = await mkdtemp(path.join(os.tmpdir(), 'release-'));
  try {
    const head = await modelOf(tablesDir, 'tables');
    const last = await findLastRelease(rootDir, tablesDir);
    if (last === undefined) {
      io.err(`tables/${CHANGELOG_FILE} has no committed version: commit it, then release`);
      return 1;
    }
    if (head.release.version !== last.version) {
      io.err(
        `tables/${CHANGELOG_FILE} names ${head.release.version} but the last release committed is ${last.version}: commit the release written (or undo it) first`,
      );
      return 1;
    }
    const baseDir = path.join(temporary, 'tables');
    await checkOutTables(rootDir, last.commit, tablesDir, baseDir);
    const base = await modelOf(baseDir, `${last.commit.slice(0, 12)}:tables`, { revision: true });
    const report = diffTables(base, head);
    const since = `release ${last.version} (commit ${last.commit.slice(0, 12)})`;
    if (report.impact === 'none') {
      io.out(`No table changes since ${since}: nothing to release.`);
      return 0;
    }
    const parsed = parseChangelog(head.release.changelog, `tables/${CHANGELOG_FILE}`);
    if (!parsed.ok) throw new Error('the head model has a valid changelog');
    const version = formatVersion(bumpVersion(parsed.version, report.impact));
    const section = changelogSection(version, last.version, report);
    if (dryRun) {
      io.out(
        `Would release ${version} (${report.impact}, table changes since ${since}), adding to tables/${CHANGELOG_FILE}:`,
      );
      io.out('');
      io.out(section.trimEnd());
      return 0;
    }
    const { head: preamble, sections } = splitChangelog(head.release.changelog);
    await writeFile(changelogPath, `${preamble}${section}\n${sections}`);
    // generated/package.json and generated/CHANGELOG.md follow the changelog, so `npm run check` passes.
    const { generate } = await import('../generate.js');
    const generated = await generate({ rootDir });
    if (generated.problems.length > 0) {
      for (const problem of generated.problems) io.err(formatProblem(problem));
      return 1;
    }
    io.out(`Released ${version} (${report.impact}, table changes since ${since}).`);
    io.out(
      `Wrote tables/${CHANGELOG_FILE} and generated/; commit them together: the commit that sets the version is the release.`,
    );
    return 0;
  } catch (error) {
    return reportSideFailure(
      io,
      error,
      'the tables must be valid now and at the last release (npm run validate)',
    );
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

export const releaseCommand: Command = {
  name: 'release',
  usage: 'release [--dry-run]',
  summary:
    'bump the package version by the semver impact of the table changes since the last release (the commit that last changed the version in tables/CHANGELOG.md) and prepend its changelog section; then regenerate',
  options: [['--dry-run', 'print the version and the changelog section; write nothing']],
  run: runReleaseCommand,
};
