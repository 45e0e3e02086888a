// Tests the back of the pipeline: formatting, the atomic swap of generated/, --check diffs, and generate() itself.

import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { format, util } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticTables } from '../bench/synthetic-tables.js';
import { emitPackage } from '../generator/emit/registry.js';
import {
  formatFile,
  formatFiles,
  PRETTIER_OPTIONS,
  prettierOptionsFor,
} from '../generator/format/format.js';
import { splitMarkdownTables } from '../generator/format/markdown-table-pieces.js';
import type { PiecePlan } from '../generator/format/piece-plan.js';
import { splitStatements, statementCuts } from '../generator/format/statement-pieces.js';
import { generate } from '../generator/generate.js';
import type { PackageModel } from '../generator/model/model.js';
import { requireModel } from '../generator/load-model.js';
import { diffAgainst } from '../generator/write/diff-output.js';
import type { OutputFile } from '../generator/write/output-files.js';
import { writeAtomic } from '../generator/write/write-atomic.js';

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
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
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
      given: { path: 'package.json', contents: '{"name":"x","files":["dist"]}' },
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

/** The package emitted (unformatted) from synthetic tables `scale` times the committed rows. */
async function syntheticPackage(scale: number): Promise<OutputFile[]> {
  const root = await temporaryDir('synthetic-');
  const { files } = await syntheticTables({ rootDir: ROOT, scale, seed: 20_240_601 });
  for (const [file, contents] of files) {
    await mkdir(path.dirname(path.join(root, 'tables', file)), { recursive: true });
    await writeFile(path.join(root, 'tables', file), contents);
  }
  return emitPackage(await requireModel(path.join(root, 'tables')));
}

const parserOf = (filePath: string): string => (filePath.endsWith('.md') ? 'markdown' : 'babel-ts');

/** A file's piece plan as formatFiles makes it; undefined when the file is formatted whole. */
const planOf = (file: OutputFile, pieceChars: number): PiecePlan | undefined =>
  file.path.endsWith('.md')
    ? splitMarkdownTables(file.contents, pieceChars, util.getStringWidth)
    : file.path.endsWith('.ts')
      ? splitStatements(file.contents, pieceChars)
      : undefined;

/** The plan's pieces formatted one by one on this thread, then joined. */
async function joined(plan: PiecePlan, filePath: string): Promise<string | undefined> {
  const options = prettierOptionsFor(filePath, parserOf(filePath));
  const formatted: string[] = [];
  for (const piece of plan.pieces) formatted.push(await format(piece, options));
  return plan.join(formatted);
}

/**
 * For every file of the package that cuts into pieces: the pieces' join against the whole file
 * formatted. Returns the paths whose join was proven, so a test can say which files must be.
 */
async function expectPiecesJoinToWhole(
  files: readonly OutputFile[],
  pieceChars: number,
): Promise<string[]> {
  const proven: string[] = [];
  for (const file of files) {
    const plan = planOf(file, pieceChars);
    if (plan === undefined) continue;
    const result = await joined(plan, file.path);
    if (result === undefined) continue;
    expect({ path: file.path, contents: result }).toEqual(await formatFile(file));
    proven.push(file.path);
  }
  return proven;
}

describe('formatFiles', () => {
  it('formats on worker threads and in pieces byte for byte as formatFile formats each whole file', async () => {
    const files = await packageFiles(path.join(ROOT, 'generated'));
    const whole = await Promise.all(files.map((file) => formatFile(file)));
    const parallel = await formatFiles(files, { workers: 2, pieceChars: 2048 });
    const sequential = await formatFiles(files, { workers: 0, pieceChars: Infinity });
    expect(parallel).toEqual(whole);
    expect(sequential).toEqual(whole);
    // Run to run, whatever worker formats which piece when.
    expect(await formatFiles(files, { workers: 2, pieceChars: 2048 })).toEqual(whole);
  });

  it("cuts the committed package's docs and modules into pieces that join into the whole file formatted", async () => {
    const files = await packageFiles(path.join(ROOT, 'generated'));
    const proven = await expectPiecesJoinToWhole(files, 2048);
    // Every document long enough to cut is cut and proven; so are the larger modules.
    const longDocs = files.filter(
      (file) => file.path.startsWith('docs/') && file.contents.length > 4096,
    );
    expect(longDocs.length).toBeGreaterThan(0);
    expect(proven.filter((filePath) => filePath.startsWith('docs/'))).toEqual(
      longDocs.map((file) => file.path),
    );
    expect(proven).toContain('src/vendor-error.ts');
  });

  it('cuts synthetic output at 10 times the committed rows into pieces that join into the whole file formatted', async () => {
    const files = (await syntheticPackage(10)).filter(
      (file) => file.path.endsWith('.md') || file.contents.length > 32_768,
    );
    const proven = await expectPiecesJoinToWhole(files, 16_384);
    expect(proven.filter((filePath) => filePath.startsWith('docs/')).length).toBe(
      files.filter((file) => file.path.startsWith('docs/') && file.contents.length > 32_768).length,
    );
    expect(proven.some((filePath) => filePath.endsWith('.ts'))).toBe(true);
  });

  const row = (code: string, message: string): string => `| \`${code}\` | ${message} |`;
  const wideRows = Array.from({ length: 12 }, (_, index) =>
    row(`Code${index}`, `m ${'x'.repeat(90)}`),
  );
  const markdownCases: {
    name: string;
    given: string;
    want: 'formatted whole' | 'joined' | 'not proven';
  }[] = [
    {
      name: 'a table wider than the page',
      given: ['# T', '', '| code | message |', '| - | - |', ...wideRows, '', 'After.'].join('\n'),
      want: 'joined',
    },
    {
      name: 'text between two long tables',
      given: [
        '| code | message |',
        '|-|-|',
        ...wideRows,
        '',
        'Between.',
        '',
        '| code | message |',
        '|-|-|',
        ...wideRows,
      ].join('\n'),
      want: 'joined',
    },
    {
      name: 'a table that fits the page (aligned)',
      given: [
        '| code | message |',
        '| - | - |',
        ...Array.from({ length: 30 }, (_, i) => row(`C${i}`, 'short')),
      ].join('\n'),
      want: 'not proven',
    },
    {
      name: 'a table whose columns are all 3 wide (aligned, delimiter cells `---`)',
      given: ['| a | b |', '| - | - |', ...Array.from({ length: 80 }, () => '| 1 | 2 |')].join(
        '\n',
      ),
      want: 'not proven',
    },
    {
      name: 'a fenced code block',
      given: ['```', '| a |', '```', '', '| code | message |', '| - | - |', ...wideRows].join('\n'),
      want: 'formatted whole',
    },
    {
      name: 'a prettier-ignore comment',
      given: ['<!-- prettier-ignore -->', '| code | message |', '| - | - |', ...wideRows].join(
        '\n',
      ),
      want: 'formatted whole',
    },
    {
      name: 'a link reference definition',
      given: ['| code | message |', '| - | - |', ...wideRows, '', '[x]: https://example.com'].join(
        '\n',
      ),
      want: 'formatted whole',
    },
    {
      name: 'CRLF line endings',
      given: ['| code | message |', '| - | - |', ...wideRows].join('\r\n'),
      want: 'formatted whole',
    },
  ];
  it.each(markdownCases)('markdown with $name: $want', async ({ given, want }) => {
    const file = { path: 'docs/a.md', contents: given };
    const plan = splitMarkdownTables(given, 256, util.getStringWidth);
    const whole = await formatFile(file);
    if (want === 'formatted whole') expect(plan).toBeUndefined();
    else {
      expect(plan?.pieces.length).toBeGreaterThan(1);
      const result = await joined(plan!, file.path);
      expect(result).toEqual(want === 'joined' ? whole.contents : undefined);
    }
    // formatFiles falls back to the whole file when the pieces prove nothing.
    expect(await formatFiles([file], { workers: 0, pieceChars: 256 })).toEqual([whole]);
  });

  const statementCases: { name: string; given: string; want: string[] }[] = [
    { name: 'statements on their own lines', given: 'a;\nb;\n', want: ['a;\n', 'b;\n'] },
    {
      name: 'a `;` inside braces',
      given: 'function f() {\n  a;\n}\nb;\n',
      want: ['function f() {\n  a;\n}\nb;\n'],
    },
    {
      name: 'a `;` inside a template literal and its `${}`',
      given: 'const t = `x;\n${y(`;\n`)};\nz`;\nb;\n',
      want: ['const t = `x;\n${y(`;\n`)};\nz`;\n', 'b;\n'],
    },
    {
      name: 'a `;` inside a block comment',
      given: '/* a;\n*/ b;\nc;\n',
      want: ['/* a;\n*/ b;\n', 'c;\n'],
    },
    { name: 'a line comment after the `;`', given: 'a; // note\nb;\n', want: ['a; // note\nb;\n'] },
    {
      name: 'a `;` inside a string',
      given: "const s = 'x;';\nb;\n",
      want: ["const s = 'x;';\n", 'b;\n'],
    },
  ];
  it.each(statementCases)('cuts between top-level statements: $name', ({ given, want }) => {
    const bounds = [0, ...statementCuts(given)];
    const pieces = bounds
      .map((start, index) => given.slice(start, bounds[index + 1]))
      .filter(Boolean);
    expect(pieces).toEqual(want);
  });

  const statement = (name: string): string => `export const ${name} = { value: '${name}' };\n`;
  const moduleCases: {
    name: string;
    given: string;
    wantFailingPiece: boolean;
  }[] = [
    {
      name: 'blank lines between statements, kept as one',
      given: [statement('a'), '\n\n', statement('b'), statement('c'), '\n', statement('d')].join(
        '',
      ),
      wantFailingPiece: false,
    },
    {
      name: 'an `else` after a `;` line: that piece does not parse, the module is formatted whole',
      given: [statement('a'), 'if (a) b();\n', 'else c();\n', statement('d'), statement('e')].join(
        '',
      ),
      wantFailingPiece: true,
    },
    {
      name: 'a string at the start of a line is never cut before (it would become a directive)',
      given: [statement('a'), "'use strict';\n", statement('b'), statement('c')].join(''),
      wantFailingPiece: false,
    },
  ];
  it.each(moduleCases)('formats a module in pieces: $name', async ({ given, wantFailingPiece }) => {
    const file = { path: 'src/a.ts', contents: given };
    const plan = splitStatements(given, 8)!;
    expect(plan.pieces.length).toBeGreaterThan(1);
    expect(plan.pieces.some((piece) => piece.startsWith("'"))).toBe(false);
    const whole = await formatFile(file);
    if (wantFailingPiece) await expect(joined(plan, file.path)).rejects.toThrow();
    else expect(await joined(plan, file.path)).toBe(whole.contents);
    expect(await formatFiles([file], { workers: 1, pieceChars: 8 })).toEqual([whole]);
  });

  it('names the file prettier cannot parse', async () => {
    await expect(
      formatFiles([{ path: 'src/broken.ts', contents: 'export const = ;' }], { workers: 1 }),
    ).rejects.toThrow(/^src\/broken\.ts: /);
  });

  it('babel-ts prints the committed TypeScript byte for byte as the typescript parser does', async () => {
    const files = (await packageFiles(path.join(ROOT, 'generated'))).filter((file) =>
      file.path.endsWith('.ts'),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const options = { ...PRETTIER_OPTIONS, filepath: file.path };
      expect({
        path: file.path,
        contents: await format(file.contents, { ...options, parser: 'babel-ts' }),
      }).toEqual({
        path: file.path,
        contents: await format(file.contents, { ...options, parser: 'typescript' }),
      });
    }
  });
});

describe('writeAtomic', () => {
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
    await mkdir(path.join(outDir, 'node_modules', 'typescript'), { recursive: true });
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
    { name: 'absolute', given: [{ path: '/etc/x', contents: '' }], want: 'is absolute' },
    {
      name: 'an empty step',
      given: [{ path: 'src//x.ts', contents: '' }],
      want: 'has an empty, "." or ".." step',
    },
    { name: 'a backslash', given: [{ path: 'src\\x.ts', contents: '' }], want: 'uses a backslash' },
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
  { path: 'package.json', contents: '{"name":"cloud-error-codes","private":true}' },
  ...model.vendors.map((vendor) => ({
    path: `src/${vendor.id}.ts`,
    contents: `export const codes = [${vendor.codeSets.flatMap((set) => set.codes.map((code) => JSON.stringify(code.code))).join(',')}]`,
  })),
];

/** A project root holding a copy of the committed tables. */
async function projectCopy(): Promise<string> {
  const root = await temporaryDir('generate-');
  await cp(path.join(ROOT, 'tables'), path.join(root, 'tables'), { recursive: true });
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
    const result = await generate({ rootDir: await projectCopy(), emit: standInEmit });
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
    const result = await generate({ rootDir: root, emit: standInEmit, check: true });
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
