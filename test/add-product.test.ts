// Adding a product whose envelope exists is data only: Tencent VOD's code lists, sources.csv rows, npm run import, npm run generate.

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, readTree, useTemporaryDirs } from './helpers/temporary.js';

/** Tencent's SDK files for VOD (vod/v20180717), zh and intl-en, as the repositories have them. */
const LISTS = path.join(ROOT, 'test', 'fixtures', 'vendor-lists');
const LIST_PATH = 'tencentcloud/vod/v20180717/errors.go';
const REPOSITORIES = [
  ['tencentcloud-sdk-go', 'TencentCloud/tencentcloud-sdk-go', '144f6c8d39e4', 'zh', '此产品的特有错误码'],
  ['tencentcloud-sdk-go-intl-en', 'TencentCloud/tencentcloud-sdk-go-intl-en', 'badc16e87d32', 'en', 'error codes for specific actions'],
] as const;

/** The rows a maintainer adds to sources.csv for VOD: one per list, zh first. */
const MANIFEST_ROWS = REPOSITORIES.map(([folder, repository, commit, language, section]) =>
  [
    'tencent-vod.csv',
    'tencent-vod',
    'TencentVod',
    'string',
    'tencent-api3',
    '腾讯云 云点播 VOD',
    'vod',
    `${folder} vod/v20180717/errors.go`,
    section,
    language,
    '2026-08-21',
    `sources/${folder}/${LIST_PATH}`,
    '',
    repository,
    commit,
    LIST_PATH,
  ].join(','),
);

const run = (command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const output = (result: SpawnSyncReturns<string>): string =>
  `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;

/** An exhaustive switch over every VOD code, and a code that is none of them. */
function consumerSource(codes: readonly string[]): string {
  return [
    "import { TencentVodErrorCode, isTencentVodErrorCode, parseTencentVodError } from 'cloud-error-codes/tencent-vod';",
    "import type { TencentVodErrorCodeValue } from 'cloud-error-codes/tencent-vod';",
    '',
    'export function describe(code: TencentVodErrorCodeValue): number {',
    '  switch (code) {',
    ...codes.map((code, index) => `    case ${JSON.stringify(code)}: return ${index};`),
    '    default: {',
    '      const unreachable: never = code;',
    '      return unreachable;',
    '    }',
    '  }',
    '}',
    '',
    'export function fromBody(body: unknown): string | undefined {',
    "  const error = parseTencentVodError(200, body);",
    '  if (error === null || !error.known) return undefined;',
    '  const code: TencentVodErrorCodeValue = error.code;',
    '  return isTencentVodErrorCode(code) ? error.entry.description.zh : undefined;',
    '}',
    '',
    `export const internal: TencentVodErrorCodeValue = TencentVodErrorCode.InternalError;`,
    '// @ts-expect-error not a VOD code',
    "export const bogus: TencentVodErrorCodeValue = 'FailedOperation.NotAVodCode';",
    '',
  ].join('\n');
}

const temporary = useTemporaryDirs();

describe('adding Tencent VOD by data only', () => {
  let project = '';
  let imports: SpawnSyncReturns<string>[] = [];
  let generated: SpawnSyncReturns<string>;
  let vodRows: Record<string, string>[] = [];

  beforeAll(async () => {
    // A copy of the project as a maintainer has it: tables/, generator/, the scripts; no generated/.
    project = await temporary('cloud-error-codes-add-product-');
    for (const name of ['tables', 'generator', 'package.json', 'tsconfig.json'])
      await cp(path.join(ROOT, name), path.join(project, name), { recursive: true });
    await symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');

    // 1. Copy the lists into tables/sources/, in the repositories' layout.
    for (const [folder] of REPOSITORIES) {
      const target = path.join(project, 'tables', 'sources', folder, LIST_PATH);
      await mkdir(path.dirname(target), { recursive: true });
      await cp(path.join(LISTS, folder, LIST_PATH), target);
    }
    // 2. Add their rows to sources.csv.
    await appendFile(path.join(project, 'tables', 'sources.csv'), MANIFEST_ROWS.map((row) => `${row}\n`).join(''));
    // 3. npm run import, each list. 4. npm run generate.
    imports = REPOSITORIES.map(([folder]) =>
      run('npm', ['run', '--silent', 'import', '--', 'tencent-vod', `tables/sources/${folder}/${LIST_PATH}`], project),
    );
    generated = run('npm', ['run', '--silent', 'generate'], project);
    if (existsSync(path.join(project, 'tables', 'tencent-vod.csv')))
      vodRows = parse(await readFile(path.join(project, 'tables', 'tencent-vod.csv'), 'utf8'), {
        columns: true,
      }) as Record<string, string>[];
  }, 180_000);

  it('imports both lists into one new table and generates', () => {
    for (const result of imports) expect(result.status, output(result)).toBe(0);
    expect(imports[0]!.stdout).toMatch(/tables\/tencent-vod\.csv \(created\)/);
    expect(generated.status, output(generated)).toBe(0);
  });

  it('has one row per constant of either list, each with its curated cells', async () => {
    const constants = new Set<string>();
    for (const [folder] of REPOSITORIES) {
      const text = await readFile(path.join(LISTS, folder, LIST_PATH), 'utf8');
      for (const match of text.matchAll(/^\s*[A-Z0-9_]+ = "([^"]+)"$/gm)) constants.add(match[1]!);
    }
    expect(vodRows.map((row) => row['code']).sort()).toEqual([...constants].sort());
    for (const row of vodRows) {
      expect(row['name'], row['code']).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(row['category'], row['code']).not.toBe('');
      expect(row['retryable'], row['code']).toMatch(/^(true|false)$/);
    }
  });

  it('changes no file under generator/', async () => {
    expect(await readTree(path.join(project, 'generator'))).toEqual(await readTree(path.join(ROOT, 'generator')));
  });

  it('builds a package that exports cloud-error-codes/tencent-vod, and a consumer type-checks a switch over its codes', async () => {
    const generatedDir = path.join(project, 'generated');
    const manifest = JSON.parse(await readFile(path.join(generatedDir, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    expect(Object.keys(manifest.exports)).toContain('./tencent-vod');
    // The ESM build is what the consumer's NodeNext resolution reads (types and code).
    const built = run('npm', ['run', '--silent', 'build:esm'], generatedDir);
    expect(built.status, output(built)).toBe(0);

    const consumer = path.join(project, 'consumer');
    await mkdir(path.join(consumer, 'node_modules'), { recursive: true });
    await symlink(generatedDir, path.join(consumer, 'node_modules', 'cloud-error-codes'), 'dir');
    await cp(path.join(ROOT, 'test', 'consumer', 'tsconfig.json'), path.join(consumer, 'tsconfig.json'));
    await writeFile(path.join(consumer, 'package.json'), '{ "private": true, "type": "module" }\n');
    await writeFile(path.join(consumer, 'vod.ts'), consumerSource(vodRows.map((row) => row['code']!)));
    const checked = run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', consumer], consumer);
    expect(checked.status, output(checked)).toBe(0);

    const vod = (await import(pathToFileURL(path.join(generatedDir, 'dist/esm/tencent-vod/index.js')).href)) as {
      parseTencentVodError: (status: unknown, body: unknown) => { known: boolean; entry?: { description: { zh?: string; en?: string }; sources: readonly { document: string }[] } } | null;
    };
    const error = vod.parseTencentVodError(200, {
      Response: { Error: { Code: 'InternalError', Message: 'x' }, RequestId: 'r' },
    });
    expect(error?.known).toBe(true);
    expect(error?.entry?.description.zh).toBeTruthy();
    expect(error?.entry?.description.en).toBeTruthy();
    expect(error?.entry?.sources.map((source) => source.document)).toEqual([
      'tencentcloud-sdk-go vod/v20180717/errors.go',
      'tencentcloud-sdk-go-intl-en vod/v20180717/errors.go',
    ]);
  }, 120_000);
});
