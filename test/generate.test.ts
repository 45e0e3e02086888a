// Tests the back of the pipeline: formatting, the atomic swap of generated/, --check diffs, and generate() itself.

import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { check, format } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticTables } from '../bench/synthetic-tables.js';
import { emitPackageShells } from '../generator/emit/registry.js';
import {
  formatFile,
  formatFiles,
  PRETTIER_OPTIONS,
  PRETTIER_PARSERS,
  type FileToFormat,
} from '../generator/format/format.js';
import { generate } from '../generator/generate.js';
import type { PackageModel } from '../generator/model/model.js';
import { requireModel } from '../generator/load-model.js';
import { FIXTURE_TABLES } from './helpers/tables.js';
import { diffAgainst } from '../generator/write/diff-output.js';
import { KEPT_ENTRIES, type OutputFile } from '../generator/write/output-files.js';
import { clearLeftoverSwaps, writeAtomic } from '../generator/write/write-atomic.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const temporaryDirs: string[] = [];
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function temporaryDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temporaryDirs.push(dir);
  return dir;
}

/** Every file under `dir` with its bytes (as base64), so a comparison is byte for byte. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const entries = await readdir(dir, {
    recursive: true,
    withFileTypes: true,
  }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full).split(path.sep).join('/')] = (await readFile(full)).toString(
      'base64',
    );
  }
  return files;
}

/** What is beside `dir` in its parent: a swap must leave nothing behind. */
const siblings = async (dir: string): Promise<string[]> =>
  (await readdir(path.dirname(dir))).sort();

describe('formatFile', () => {
  const cases: { name: string; given: OutputFile; want: string }[] = [
    {
      name: 'TypeScript: single quotes; a 98-character line stays whole (width 100, not 80)',
      given: {
        path: 'src/a.ts',
        contents:
          'export const codes = {"first": "a", "second": "b", "third": "c", "fourth": "d", "fifth": "e", "sixth": "f"}',
      },
      want: "export const codes = { first: 'a', second: 'b', third: 'c', fourth: 'd', fifth: 'e', sixth: 'f' };\n",
    },
    {
      name: 'TypeScript: a longer line breaks, with trailing commas',
      given: {
        path: 'src/a.ts',
        contents:
          'export const codes = {"first": "a", "second": "b", "third": "c", "fourth": "d", "fifth": "e", "sixth": "ffff"}',
      },
      want: "export const codes = {\n  first: 'a',\n  second: 'b',\n  third: 'c',\n  fourth: 'd',\n  fifth: 'e',\n  sixth: 'ffff',\n};\n",
    },
    {
      name: 'JSON keeps double quotes',
      given: {
        path: 'package.json',
        contents: '{"name":"x","files":["dist"]}',
      },
      want: '{ "name": "x", "files": ["dist"] }\n',
    },
    {
      name: 'Markdown',
      given: { path: 'README.md', contents: '# Title\n\n* one\n* two' },
      want: '# Title\n\n- one\n- two\n',
    },
    {
      name: 'Markdown: a table wider than the page is printed unpadded, one line per row',
      given: {
        path: 'docs/a.md',
        contents: `| code | message |\n| - | - |\n| \`A\` | ${'x'.repeat(95)} |\n| \`LongerCode\` | y |`,
      },
      want: `| code | message |\n| --- | --- |\n| \`A\` | ${'x'.repeat(95)} |\n| \`LongerCode\` | y |\n`,
    },
    {
      name: 'Markdown: a table that fits the page is aligned',
      given: {
        path: 'docs/a.md',
        contents: '| code | message |\n|-|-|\n| `A` | x |\n| `LongerCode` | y |',
      },
      want: '| code         | message |\n| ------------ | ------- |\n| `A`          | x       |\n| `LongerCode` | y       |\n',
    },
    {
      name: 'an unknown extension: only LF and one final newline',
      given: { path: 'LICENSE', contents: 'a  b\r\nc\n\n\n' },
      want: 'a  b\nc\n',
    },
    {
      name: 'CRLF inside TypeScript becomes LF',
      given: { path: 'b.ts', contents: 'const a = 1;\r\nconst b = 2;\r\n' },
      want: 'const a = 1;\nconst b = 2;\n',
    },
  ];
  it.each(cases)('$name', async ({ given, want }) => {
    const formatted = await formatFile(given);
    expect(formatted).toEqual({ path: given.path, contents: want });
    // Formatting is a fixed point: formatting the output again changes nothing.
    expect((await formatFile(formatted)).contents).toBe(want);
  });

  it('keeps the order of the files it is given', async () => {
    const files = await formatFiles([
      { path: 'z.md', contents: 'z' },
      { path: 'a.md', contents: 'a' },
    ]);
    expect(files.map((file) => file.path)).toEqual(['z.md', 'a.md']);
  });
});

/** Every file of a generated/ directory, without its installed dependencies and its build. */
async function packageFiles(dir: string): Promise<OutputFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: OutputFile[] = [];
  for (const entry of entries) {
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (!entry.isFile() || /^(node_modules|dist)[\\/]/.test(relative)) continue;
    files.push({
      path: relative.split(path.sep).join('/'),
      contents: await readFile(path.join(dir, relative), 'utf8'),
    });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether prettier, the reference, leaves the file as it is under the project's options. */
async function prettierAccepts(file: OutputFile): Promise<boolean> {
  const parser = PRETTIER_PARSERS[path.posix.extname(file.path)];
  if (parser === undefined) return true;
  return check(file.contents, {
    ...PRETTIER_OPTIONS,
    parser,
    filepath: file.path,
  });
}

describe('prettier, the reference', () => {
  it('leaves every committed generated file as it is', async () => {
    const files = await packageFiles(path.join(ROOT, 'generated'));
    expect(files.filter((file) => /\.(ts|md|json)$/.test(file.path)).length).toBeGreaterThan(10);
    const rewritten: string[] = [];
    for (const file of files) if (!(await prettierAccepts(file))) rewritten.push(file.path);
    expect(rewritten).toEqual([]);
  });

  it('fails a file that is not in its layout', async () => {
    expect(
      await prettierAccepts({
        path: 'src/a.ts',
        contents: 'export const a = {b:1}\n',
      }),
    ).toBe(false);
    expect(
      await prettierAccepts({
        path: 'src/a.ts',
        contents: 'export const a = { b: 1 };\n',
      }),
    ).toBe(true);
  });

  // Union type aliases around the width where prettier and oxfmt lay them out differently.
  const member = (index: number, width: number): string =>
    `'${String(index).padStart(width - 2, 'm')}'`;
  const unionCases = [5, 15, 17, 18, 19, 20, 25].flatMap((width) => [
    `export type U${width} = ${[0, 1, 2, 3, 4].map((index) => member(index, width)).join(' | ')};`,
    `type G<V extends string, C extends number> = Known<V, C> | Unknown<V> | ${member(0, width)};`,
    `  type Nested = ${[0, 1, 2, 3].map((index) => member(index, width)).join(' | ')};`.trim(),
  ]);
  unionCases.push(
    `export type Mixed = { readonly a: string } | ${member(0, 60)} | Other;`,
    `export type Wide = '参数错误参数错误参数错误参数错误参数错误' | '资源不存在资源不存在资源不存在资源' | 'x';`,
    `export type Commented =\n  // why\n  | 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'\n  | 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';`,
    `export type Objects = { readonly kind: 'aaaaaaaaaaaaaaaaaaaaaaaa'; readonly x: number } | { readonly kind: 'b' };`,
  );
  it.each(unionCases)('formats a union type alias as prettier does: %s', async (given) => {
    const want = await format(given, {
      ...PRETTIER_OPTIONS,
      parser: 'typescript',
    });
    expect((await formatFile({ path: 'src/a.ts', contents: given })).contents).toBe(want);
  });
});

describe('formatFiles', () => {
  it('formats the committed package byte for byte as it is committed', async () => {
    const files = await packageFiles(path.join(ROOT, 'generated'));
    expect(await formatFiles(files)).toEqual(files);
  });

  it('formats seeded synthetic output (the committed shapes, other codes and text) as prettier does', async () => {
    const files = await syntheticPackage(1);
    expect(files.length).toBeGreaterThan(10);
    for (const file of await formatFiles(files))
      expect({
        path: file.path,
        prettier: await prettierAccepts(file),
      }).toEqual({
        path: file.path,
        prettier: true,
      });
  });

  it('names the file it cannot parse', async () => {
    await expect(
      formatFiles([{ path: 'src/broken.ts', contents: 'export const = ;' }]),
    ).rejects.toThrow(/^src\/broken\.ts: /);
  });
});

/** The package as generate emits it (shells and final-form blocks) from synthetic tables `scale` times the committed rows. */
async function syntheticPackage(scale: number): Promise<FileToFormat[]> {
  const root = await temporaryDir('synthetic-');
  const { files } = await syntheticTables({
    rootDir: ROOT,
    scale,
    seed: 20_240_601,
  });
  for (const [file, contents] of files) {
    await mkdir(path.dirname(path.join(root, 'tables', file)), {
      recursive: true,
    });
    await writeFile(path.join(root, 'tables', file), contents);
  }
  return emitPackageShells(await requireModel(path.join(root, 'tables')));
}

describe('writeAtomic', () => {
  it('clears the swap folders a killed run left, putting back an output it had moved aside', async () => {
    const parent = await temporaryDir('write-');
    const outDir = path.join(parent, 'generated');
    // Killed before its first rename: an empty swap folder beside the output.
    await writeAtomic(outDir, [{ path: 'a.ts', contents: 'old\n' }]);
    await mkdir(path.join(parent, '.generated-swap-empty'));
    await writeAtomic(outDir, [{ path: 'a.ts', contents: 'new\n' }]);
    expect(await siblings(outDir)).toEqual(['generated']);
    // Killed between its renames: no output, the old one in the swap folder, node_modules/ in the new.
    const swap = path.join(parent, '.generated-swap-killed');
    await mkdir(path.join(swap, 'new', 'node_modules'), { recursive: true });
    await writeFile(path.join(swap, 'new', 'node_modules', 'kept.js'), 'kept');
    await rename(outDir, path.join(swap, 'old'));
    await clearLeftoverSwaps(outDir, KEPT_ENTRIES);
    expect(await siblings(outDir)).toEqual(['generated']);
    expect(await snapshot(outDir)).toEqual({
      'a.ts': Buffer.from('new\n').toString('base64'),
      'node_modules/kept.js': Buffer.from('kept').toString('base64'),
    });
  });

  it('creates the directory, then replaces it: stale files go, node_modules/ and dist/ stay', async () => {
    const outDir = path.join(await temporaryDir('write-'), 'generated');
    await writeAtomic(outDir, [
      { path: 'package.json', contents: '{}\n' },
      { path: 'src/old.ts', contents: 'old\n' },
    ]);
    expect(await snapshot(outDir)).toEqual({
      'package.json': Buffer.from('{}\n').toString('base64'),
      'src/old.ts': Buffer.from('old\n').toString('base64'),
    });
    await mkdir(path.join(outDir, 'node_modules', 'typescript'), {
      recursive: true,
    });
    await writeFile(path.join(outDir, 'node_modules', 'typescript', 'index.js'), 'module');
    await mkdir(path.join(outDir, 'dist'));
    await writeFile(path.join(outDir, 'dist', 'index.js'), 'built');
    const before = await siblings(outDir);

    await writeAtomic(outDir, [
      { path: 'package.json', contents: '{"v":2}\n' },
      { path: 'src/new/deep.ts', contents: 'new\n' },
    ]);
    expect(await snapshot(outDir)).toEqual({
      'package.json': Buffer.from('{"v":2}\n').toString('base64'),
      'src/new/deep.ts': Buffer.from('new\n').toString('base64'),
      'node_modules/typescript/index.js': Buffer.from('module').toString('base64'),
      'dist/index.js': Buffer.from('built').toString('base64'),
    });
    expect(await siblings(outDir)).toEqual(before);
  });

  const badPaths: { name: string; given: OutputFile[]; want: string }[] = [
    {
      name: 'a step up',
      given: [{ path: '../escape.ts', contents: '' }],
      want: 'has an empty, "." or ".." step',
    },
    {
      name: 'absolute',
      given: [{ path: '/etc/x', contents: '' }],
      want: 'is absolute',
    },
    {
      name: 'an empty step',
      given: [{ path: 'src//x.ts', contents: '' }],
      want: 'has an empty, "." or ".." step',
    },
    {
      name: 'a backslash',
      given: [{ path: 'src\\x.ts', contents: '' }],
      want: 'uses a backslash',
    },
    {
      name: 'inside a kept entry',
      given: [{ path: 'dist/index.js', contents: '' }],
      want: 'is inside dist/',
    },
    {
      name: 'twice',
      given: [
        { path: 'a.ts', contents: '' },
        { path: 'a.ts', contents: '' },
      ],
      want: 'is emitted twice',
    },
    {
      name: 'a file that is also a directory',
      given: [
        { path: 'a', contents: '' },
        { path: 'a/b.ts', contents: '' },
      ],
      want: 'is also a directory',
    },
  ];
  it.each(badPaths)('refuses a path $name and touches nothing', async ({ given, want }) => {
    const outDir = path.join(await temporaryDir('write-'), 'generated');
    await writeAtomic(outDir, [{ path: 'keep.ts', contents: 'kept\n' }]);
    const before = await snapshot(outDir);
    const beside = await siblings(outDir);
    await expect(writeAtomic(outDir, given)).rejects.toThrow(want);
    expect(await snapshot(outDir)).toEqual(before);
    expect(await siblings(outDir)).toEqual(beside);
  });

  it('leaves the directory byte for byte as it was when writing fails', async () => {
    const outDir = path.join(await temporaryDir('write-'), 'generated');
    await writeAtomic(outDir, [{ path: 'keep.ts', contents: 'kept\n' }]);
    await mkdir(path.join(outDir, 'dist'));
    await writeFile(path.join(outDir, 'dist', 'index.js'), 'built');
    const before = await snapshot(outDir);
    const beside = await siblings(outDir);
    // A file name longer than any file system allows fails in the middle of writing.
    const failing = [
      { path: 'a.ts', contents: 'a\n' },
      { path: `${'x'.repeat(300)}.ts`, contents: '' },
    ];
    await expect(writeAtomic(outDir, failing)).rejects.toThrow(/ENAMETOOLONG/);
    expect(await snapshot(outDir)).toEqual(before);
    expect(await siblings(outDir)).toEqual(beside);
  });
});

describe('diffAgainst', () => {
  it('names changed, missing and extra files with unified diffs, ignoring node_modules/ and dist/', async () => {
    const dir = await temporaryDir('diff-');
    await writeAtomic(dir, [
      { path: 'same.ts', contents: 'same\n' },
      { path: 'src/changed.ts', contents: 'one\ntwo\n' },
      { path: 'stale.ts', contents: 'stale\n' },
    ]);
    await mkdir(path.join(dir, 'node_modules'));
    await writeFile(path.join(dir, 'node_modules', 'x.js'), 'x');
    const fresh: OutputFile[] = [
      { path: 'same.ts', contents: 'same\n' },
      { path: 'src/changed.ts', contents: 'one\n2\n' },
      { path: 'added.ts', contents: 'added\n' },
    ];
    const differences = await diffAgainst(dir, fresh);
    expect(differences.map(({ path: filePath, kind }) => [filePath, kind])).toEqual([
      ['added.ts', 'missing'],
      ['src/changed.ts', 'changed'],
      ['stale.ts', 'extra'],
    ]);
    expect(differences[1]?.patch).toContain('--- a/src/changed.ts\n+++ b/src/changed.ts\n');
    expect(differences[1]?.patch).toContain('@@ -1,2 +1,2 @@\n one\n-two\n+2\n');
    expect(differences[0]?.patch).toContain('+added');
    expect(differences[2]?.patch).toContain('-stale');
  });

  it('is empty for an up-to-date directory and lists everything for a missing one', async () => {
    const dir = await temporaryDir('diff-');
    const files = [{ path: 'a.ts', contents: 'a\n' }];
    await writeAtomic(dir, files);
    expect(await diffAgainst(dir, files)).toEqual([]);
    expect(
      (await diffAgainst(path.join(dir, 'absent'), files)).map((difference) => difference.kind),
    ).toEqual(['missing']);
  });
});

/** An emitter for testing the pipeline on its own: one file per vendor, one shared, deliberately unformatted. */
const standInEmit = (model: PackageModel): OutputFile[] => [
  {
    path: 'package.json',
    contents: '{"name":"cloud-error-codes","private":true}',
  },
  ...model.vendors.map((vendor) => ({
    path: `src/${vendor.id}.ts`,
    contents: `export const codes = [${vendor.codeSets.flatMap((set) => set.codes.map((code) => JSON.stringify(code.code))).join(',')}]`,
  })),
];

/** A project root holding a copy of the fixture project's tables. */
async function projectCopy(): Promise<string> {
  const root = await temporaryDir('generate-');
  await cp(FIXTURE_TABLES, path.join(root, 'tables'), {
    recursive: true,
  });
  return root;
}

describe('generate', () => {
  it('writes the same bytes every time', async () => {
    const root = await projectCopy();
    const first = await generate({ rootDir: root, emit: standInEmit });
    expect(first.problems).toEqual([]);
    expect(first.written).toBe(true);
    const once = await snapshot(path.join(root, 'generated'));
    expect(Object.keys(once).sort()).toEqual(first.files.map((file) => file.path));
    await generate({ rootDir: root, emit: standInEmit });
    expect(await snapshot(path.join(root, 'generated'))).toEqual(once);
  });

  it('reports per-stage timings and per-vendor counts', async () => {
    const result = await generate({
      rootDir: await projectCopy(),
      emit: standInEmit,
    });
    expect(Object.keys(result.timings)).toEqual([
      'read',
      'validate',
      'model',
      'emit',
      'format',
      'write',
    ]);
    for (const milliseconds of Object.values(result.timings))
      expect(milliseconds).toBeGreaterThanOrEqual(0);
    expect(result.vendors.map((vendor) => [vendor.vendor, vendor.files])).toEqual([
      ['tencent-live', 1],
      ['tencent-streamlive', 1],
      ['baidu-vod', 1],
      ['kingsoft-live', 1],
      ['upyun', 1],
    ]);
    const upyun = result.vendors.find((vendor) => vendor.vendor === 'upyun');
    expect(upyun?.codes).toBeGreaterThan(0);
    expect(upyun?.variants).toBeGreaterThanOrEqual(upyun?.codes ?? Infinity);
  });

  it('leaves generated/ byte for byte as it was when a table is broken', async () => {
    const root = await projectCopy();
    await generate({ rootDir: root, emit: standInEmit });
    await mkdir(path.join(root, 'generated', 'dist'));
    await writeFile(path.join(root, 'generated', 'dist', 'index.js'), 'built');
    const before = await snapshot(path.join(root, 'generated'));
    const upyun = path.join(root, 'tables', 'upyun.csv');
    await writeFile(
      upyun,
      (await readFile(upyun, 'utf8')).replace('40001000,400,', '40001000,4O0,'),
    );

    const result = await generate({ rootDir: root, emit: standInEmit });
    expect(result.ok).toBe(false);
    expect(result.written).toBe(false);
    expect(result.files).toEqual([]);
    expect(result.problems.map((problem) => `${problem.file}:${problem.line}`)).toContain(
      'tables/upyun.csv:2',
    );
    expect(await snapshot(path.join(root, 'generated'))).toEqual(before);
  });

  it('in check mode writes nothing and names each file that differs', async () => {
    const root = await projectCopy();
    await generate({ rootDir: root, emit: standInEmit });
    expect((await generate({ rootDir: root, emit: standInEmit, check: true })).ok).toBe(true);

    const upyun = path.join(root, 'generated', 'src', 'upyun.ts');
    await writeFile(upyun, `// edited by hand\n${await readFile(upyun, 'utf8')}`);
    await writeFile(path.join(root, 'generated', 'stray.ts'), 'stray\n');
    const before = await snapshot(path.join(root, 'generated'));
    const result = await generate({
      rootDir: root,
      emit: standInEmit,
      check: true,
    });
    expect(result.ok).toBe(false);
    expect(result.written).toBe(false);
    expect(result.differences.map((difference) => [difference.path, difference.kind])).toEqual([
      ['src/upyun.ts', 'changed'],
      ['stray.ts', 'extra'],
    ]);
    expect(result.differences[0]?.patch).toContain('-// edited by hand');
    expect(await snapshot(path.join(root, 'generated'))).toEqual(before);
  });
});
