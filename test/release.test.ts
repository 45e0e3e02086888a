// Tests `npm run release` on a temporary git repository: the last release is found from the history alone, a patch,
// a minor and a major change bump the version and prepend a changelog section, and `npm run check` passes after each.

import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bumpVersion } from '../generator/release/release-command.js';
import { fixtureProject } from './helpers/tables.js';
import { readTree, useTemporaryDirs } from './helpers/temporary.js';
import { git, npmRun } from './helpers/commands.js';

const temporaryDir = useTemporaryDirs();
const _run = promisify(execFile);

/** Replaces text in a file of the project, which must hold it. */
async function edit(root: string, file: string, from: string, to: string): Promise<void> {
  const target = path.join(root, file);
  const text = await readFile(target, 'utf8');
  expect(text).toContain(from);
  await writeFile(target, text.replace(from, to));
}

const PAGE = 'tables/sources/kingsoft-live.txt';
const TABLE = 'tables/kingsoft-live.csv';

/** Kingsoft's page and table edited together, as an import leaves them. */
const CHANGES = [
  {
    impact: 'patch',
    version: '1.0.1',
    apply: async (root: string) => {
      await edit(
        root,
        PAGE,
        'The Live stream does not exist. 404',
        'The live stream does not exist. 404',
      );
      await edit(
        root,
        TABLE,
        ',The Live stream does not exist.,',
        ',The live stream does not exist.,',
      );
    },
    section: ['- Changed `StreamNotExist`: message changed (patch)'],
  },
  {
    impact: 'minor',
    version: '1.1.0',
    apply: async (root: string) => {
      await edit(
        root,
        PAGE,
        'UnknownError The request',
        'StreamBanned The Live stream is *banned*. 403 直播流已被封禁\nUnknownError The request',
      );
      await edit(
        root,
        TABLE,
        '\nUnknownError,',
        '\nStreamBanned,403,The Live stream is *banned*.,直播流已被封禁,,StreamBanned,permission,false\nUnknownError,',
      );
    },
    // Table cells are Markdown text: the emphasis characters are escaped.
    section: [
      '- Added `StreamBanned` (`StreamBanned`): The Live stream is \\*banned\\*. / 直播流已被封禁 (HTTP 403, permission, not retryable)',
    ],
  },
  {
    impact: 'major',
    version: '2.0.0',
    apply: async (root: string) => {
      const page = path.join(root, PAGE);
      const lines = (await readFile(page, 'utf8')).split('\n');
      await writeFile(page, lines.filter((line) => !line.startsWith('StreamNotExist ')).join('\n'));
      const table = path.join(root, TABLE);
      const rows = (await readFile(table, 'utf8')).split('\n');
      await writeFile(table, rows.filter((row) => !row.startsWith('StreamNotExist,')).join('\n'));
      // A curated decision changed: the changelog says from what to what.
      await edit(root, TABLE, ',UnknownError,unknown,true', ',UnknownError,internal,true');
    },
    section: [
      '- Changed `UnknownError`: category `unknown` → `internal` (major)',
      '- Removed `StreamNotExist` (`StreamNotExist`): The live stream does not exist. / 目标直播流不存在,请确认主播是否已经开播,再重新发起请求 (HTTP 404, not-found, not retryable)',
    ],
  },
] as const;

describe('npm run release', () => {
  it('bumps by the impact since the last release, writes the changelog, and leaves npm run check passing', async () => {
    const { root } = await fixtureProject(temporaryDir);
    await git(root, 'init', '-q');
    expect(await npmRun(root, 'generate')).toMatchObject({ code: 0 });
    await git(root, 'add', '-A');
    await git(root, 'commit', '-q', '-m', 'The tables, released as 1.0.0');
    const version = async (): Promise<string> =>
      (
        JSON.parse(await readFile(path.join(root, 'generated/package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
    expect(await version()).toBe('1.0.0');

    // Nothing changed since the release: a clear message, exit 0, nothing written.
    const before = await readTree(root);
    expect(await npmRun(root, 'release')).toMatchObject({
      code: 0,
      out: expect.stringMatching(
        /^No table changes since release 1\.0\.0 \(commit [0-9a-f]{12}\): nothing to release\.$/,
      ),
    });
    expect(await readTree(root)).toEqual(before);

    let previous = '1.0.0';
    for (const change of CHANGES) {
      await change.apply(root);
      expect(await npmRun(root, 'validate')).toMatchObject({ code: 0 });
      expect(await npmRun(root, 'generate')).toMatchObject({ code: 0 });
      await git(root, 'commit', '-q', '-am', `A ${change.impact} change of Kingsoft's page`);

      const edited = await readTree(root);
      const dryRun = await npmRun(root, 'release', '--dry-run');
      expect(dryRun.code).toBe(0);
      expect(dryRun.out.split('\n')[0]).toMatch(
        new RegExp(`^Would release ${change.version.replace(/\./g, '\\.')} \\(${change.impact}, `),
      );
      expect(await readTree(root)).toEqual(edited);

      const released = await npmRun(root, 'release');
      expect(released.err).toBe('');
      expect(released.code).toBe(0);
      expect(released.out).toContain(`Released ${change.version} (${change.impact}`);
      expect(await version()).toBe(change.version);
      const changelog = await readFile(path.join(root, 'tables/CHANGELOG.md'), 'utf8');
      const section = changelog.slice(changelog.indexOf(`## ${change.version}\n`));
      expect(section.startsWith(`## ${change.version}\n`)).toBe(true);
      expect(section.indexOf(`## ${previous}\n`)).toBeGreaterThan(0);
      expect(section).toContain(
        `A ${change.impact} release: the error tables changed since ${previous}`,
      );
      for (const line of change.section) expect(section).toContain(line);
      const shipped = await readFile(path.join(root, 'generated/CHANGELOG.md'), 'utf8');
      expect(shipped).toContain(`## ${change.version}\n`);
      expect(await npmRun(root, 'generate', '--check')).toMatchObject({ code: 0, err: '' });

      // A release written and not committed yet is not released twice.
      expect(await npmRun(root, 'release')).toMatchObject({
        code: 1,
        err: expect.stringContaining('commit the release written'),
      });
      await git(root, 'commit', '-q', '-am', `Release ${change.version}`);
      expect(await npmRun(root, 'release')).toMatchObject({
        code: 0,
        out: expect.stringContaining(`since release ${change.version}`),
      });
      previous = change.version;
    }
  });

  it('reads a last release from before a column of the rule table, and releases the rules changed since', async () => {
    const { root } = await fixtureProject(temporaryDir);
    await git(root, 'init', '-q');
    expect(await npmRun(root, 'generate')).toMatchObject({ code: 0 });
    // The release's rule table has the header from before the keyword column.
    const rules = (lines: readonly string[]): string => [...lines, ''].join('\n');
    await writeFile(
      path.join(root, 'tables/category-rules.csv'),
      rules([
        'envelope,prefix,category,retryable,reason',
        'tencent-api3,InternalError,internal,true,the server failed',
        'tencent-api3,FailedOperation,unknown,false,nothing to go on',
      ]),
    );
    await git(root, 'add', '-A');
    await git(root, 'commit', '-q', '-m', 'The tables, released as 1.0.0');
    const release = (await git(root, 'rev-parse', 'HEAD')).stdout.trim();

    // The keyword column alone changes no rule: nothing to release, no change to report.
    const current = [
      'envelope,prefix,keyword,category,retryable,reason',
      'tencent-api3,InternalError,,internal,true,the server failed',
      'tencent-api3,FailedOperation,,unknown,false,nothing to go on',
    ];
    await writeFile(path.join(root, 'tables/category-rules.csv'), rules(current));
    expect(await npmRun(root, 'generate')).toMatchObject({ code: 0 });
    await git(root, 'commit', '-q', '-am', 'The rule table gains the keyword column');
    expect(await npmRun(root, 'release', '--dry-run')).toMatchObject({
      code: 0,
      err: '',
      out: expect.stringMatching(/^No table changes since release 1\.0\.0 /),
    });
    expect(await npmRun(root, 'diff', release)).toMatchObject({
      code: 0,
      err: '',
      out: `No changes to the error tables since ${release} (semver impact: none).`,
    });

    // A rule for codes the table left undecided (`unknown`) is minor.
    await writeFile(
      path.join(root, 'tables/category-rules.csv'),
      rules([
        ...current,
        'tencent-api3,FailedOperation,Network,unavailable,true,a dependency failed',
      ]),
    );
    expect(await npmRun(root, 'generate')).toMatchObject({ code: 0 });
    await git(root, 'commit', '-q', '-am', 'A family rule');
    const dryRun = await npmRun(root, 'release', '--dry-run');
    expect(dryRun).toMatchObject({ code: 0, err: '' });
    expect(dryRun.out.split('\n')[0]).toMatch(/^Would release 1\.1\.0 \(minor, /);
    expect(dryRun.out).toContain('### Family rules of tencent-api3');
    expect(dryRun.out).toContain(
      '- Added rule `FailedOperation` with `Network`: unavailable, retryable (minor)',
    );
    const diff = await npmRun(root, 'diff', release);
    expect(diff).toMatchObject({ code: 0, err: '' });
    expect(diff.out.split('\n')[0]).toBe(
      `## Semver impact: minor: error table changes since ${release}`,
    );
    expect(diff.out).toContain(
      '| `FailedOperation` with `Network` | added |  | unavailable, retryable | minor |',
    );
  });

  it('names the revision, file and line of a last release whose tables are invalid', async () => {
    const { root } = await fixtureProject(temporaryDir);
    await git(root, 'init', '-q');
    await writeFile(
      path.join(root, 'tables/category-rules.csv'),
      'envelope,prefix,class,category,retryable,reason\ntencent-api3,InternalError,,internal,true,why\n',
    );
    await git(root, 'add', '-A');
    await git(root, 'commit', '-q', '-m', 'The tables, released as 1.0.0');
    const release = (await git(root, 'rev-parse', 'HEAD')).stdout.trim();
    await writeFile(
      path.join(root, 'tables/category-rules.csv'),
      'envelope,prefix,keyword,category,retryable,reason\ntencent-api3,InternalError,,internal,true,why\n',
    );
    await git(root, 'commit', '-q', '-am', 'The rule table fixed');
    expect(await npmRun(root, 'release', '--dry-run')).toMatchObject({
      code: 1,
      out: '',
      err: `${release.slice(0, 12)}:tables/category-rules.csv:1: header is not envelope,prefix,keyword,category,retryable,reason\nthe tables must be valid now and at the last release (npm run validate)`,
    });
    expect(await npmRun(root, 'diff', release)).toMatchObject({
      code: 1,
      err: expect.stringContaining(`${release}:tables/category-rules.csv:1: header is not`),
    });
  });

  it.each([
    ['major', '2.0.0'],
    ['minor', '1.3.0'],
    ['patch', '1.2.4'],
  ] as const)('a %s change of 1.2.3 gives %s', (impact, want) => {
    const next = bumpVersion({ major: 1, minor: 2, patch: 3 }, impact);
    expect(`${next.major}.${next.minor}.${next.patch}`).toBe(want);
  });
});
