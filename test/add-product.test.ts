// The README's "Adding a product", run as written in a copy of the project: the product's package appears, and the type-check and the vendor-generic tests stay green with no change to generator/, test/ or bench/.

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCodeList } from '../generator/documents/parse-code-list.js';
import { ROOT, useTemporaryDirs } from './helpers/temporary.js';

/** Tencent's SDK code lists and product index, beside the repository, as the README's commands find them. */
const SHARED = path.resolve(ROOT, '..', 'shared');

/**
 * The tests that follow the vendor set rather than a fixture: they read the committed tables and
 * generated/, derive what they expect from them, and so must pass for any product added as data.
 */
const VENDOR_GENERIC_TESTS = [
  'test/committed-tables.test.ts',
  'test/fidelity.test.ts',
  'test/generate.test.ts',
  'test/runtime/round-trip.test.ts',
  'test/page/catalog-data.test.ts',
];

/** The test of generate.test.ts that regenerates the package to compare it with generated/. */
const GENERATED_COMPARISON = 'leaves every committed generated file as it is';

/** What the copy holds: the project as a maintainer's checkout has it, without installs and builds. */
const PROJECT_FILES = [
  'generator',
  'tables',
  'generated',
  'test',
  'bench',
  'scripts',
  '.github',
  'README.md',
];
const PROJECT_CONFIG = ['package.json', 'tsconfig.json', 'vitest.config.ts'];
const NOT_COPIED = new Set(['node_modules', 'dist']);

const run = (command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const output = (result: SpawnSyncReturns<string>): string =>
  `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;

/** A section of a Markdown document: from its `## ` heading to the next. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`README.md has no section "## ${heading}"`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

/** The lines of a section's fenced blocks of one language, indented or not. */
const fencedLines = (text: string, language: string): string[] =>
  [...text.matchAll(new RegExp(`^( *)\`\`\`${language}\\n([\\s\\S]*?)^\\1\`\`\`$`, 'gm'))].flatMap(
    ([, indent = '', body = '']) =>
      body
        .split('\n')
        .map((line) => line.slice(indent.length))
        .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#')),
  );

const temporary = useTemporaryDirs();

describe.skipIf(!existsSync(path.join(SHARED, 'vendor-lists')))(
  "README's Adding a product, in a copy of the project",
  () => {
    const readme = section(readFileSync(path.join(ROOT, 'README.md'), 'utf8'), 'Adding a product');
    const commands = fencedLines(readme, 'sh');
    const product = /--add-product ([a-z0-9]+)/.exec(commands.join('\n'))?.[1] ?? '';
    const vendor = `tencent-${product}`;
    let project = '';
    let manifestBefore = '';
    const ran: { command: string; result: SpawnSyncReturns<string> }[] = [];

    beforeAll(async () => {
      // The project and its neighbour ../shared, as the README's commands expect them.
      const work = await temporary('cloud-error-codes-add-product-');
      project = path.join(work, 'project');
      for (const name of [...PROJECT_FILES, ...PROJECT_CONFIG])
        await cp(path.join(ROOT, name), path.join(project, name), {
          recursive: true,
          filter: (source) => !NOT_COPIED.has(path.basename(source)),
        });
      await symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
      await mkdir(path.join(work, 'shared'));
      await symlink(
        path.join(SHARED, 'vendor-lists'),
        path.join(work, 'shared', 'vendor-lists'),
        'dir',
      );
      manifestBefore = await readFile(path.join(project, 'tables', 'sources.csv'), 'utf8');
      for (const command of commands) {
        const result = run('sh', ['-c', command], project);
        ran.push({ command, result });
        if (result.status !== 0) break;
      }
    }, 300_000);

    it('names a product to add, and runs each of its commands with exit 0', () => {
      expect(product).not.toBe('');
      expect(commands.length).toBeGreaterThan(1);
      expect(ran.map(({ command }) => command)).toEqual(commands);
      for (const { command, result } of ran) expect(result.status, `${command}\n${output(result)}`).toBe(0);
    });

    it('appends to sources.csv exactly the rows the README shows', async () => {
      const manifest = await readFile(path.join(project, 'tables', 'sources.csv'), 'utf8');
      expect(manifest.startsWith(manifestBefore)).toBe(true);
      expect(manifest.slice(manifestBefore.length).trimEnd().split('\n')).toEqual(
        fencedLines(readme, 'csv'),
      );
    });

    it("has one row per constant of the product's lists, each with its curated cells", async () => {
      const manifest = parse(await readFile(path.join(project, 'tables', 'sources.csv'), 'utf8'), {
        columns: true,
      }) as Record<string, string>[];
      const lists = manifest.filter((row) => row['vendor'] === vendor && row['repository'] !== '');
      expect(lists.length).toBeGreaterThan(0);
      const constants = new Set<string>();
      for (const list of lists) {
        const text = await readFile(path.join(project, 'tables', list['source_file']!), 'utf8');
        for (const entry of parseCodeList(text).entries) constants.add(entry.code);
      }
      const rows = parse(await readFile(path.join(project, 'tables', lists[0]!['table']!), 'utf8'), {
        columns: true,
      }) as Record<string, string>[];
      expect(rows.map((row) => row['code']).sort()).toEqual([...constants].sort());
      for (const row of rows) {
        expect(row['name'], row['code']).toMatch(/^[A-Z][A-Za-z0-9]*$/);
        expect(row['category'], row['code']).not.toBe('');
        expect(row['retryable'], row['code']).toMatch(/^(true|false)$/);
      }
    });

    it("generates the product's subpath, citing no other product's page for its codes", async () => {
      const packageJson = JSON.parse(
        await readFile(path.join(project, 'generated', 'package.json'), 'utf8'),
      ) as { exports: Record<string, unknown> };
      expect(Object.keys(packageJson.exports)).toContain(`./${vendor}`);
      const { DOCUMENTS } = (await import(
        pathToFileURL(path.join(project, 'generated', 'src', 'documents.ts')).href
      )) as { DOCUMENTS: readonly { vendor: string; url?: string }[] };
      const othersPages = new Set(
        DOCUMENTS.filter((document) => document.vendor !== vendor).map((document) => document.url),
      );
      const own = DOCUMENTS.filter((document) => document.vendor === vendor);
      expect(own.length).toBeGreaterThan(0);
      for (const document of own) expect(othersPages.has(document.url), document.url).toBe(false);
    });

    it('type-checks the project, tests and bench included', () => {
      const checked = run(
        process.execPath,
        [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit'],
        project,
      );
      expect(checked.status, output(checked)).toBe(0);
    }, 300_000);

    it('passes the vendor-generic tests', () => {
      const tested = run(
        process.execPath,
        [
          path.join(ROOT, 'node_modules/vitest/vitest.mjs'),
          'run',
          // The README's npm run generate just wrote generated/: regenerating to compare is its double.
          `--testNamePattern=^(?!.*${GENERATED_COMPARISON})`,
          ...VENDOR_GENERIC_TESTS,
        ],
        project,
      );
      expect(tested.status, output(tested)).toBe(0);
    }, 300_000);

    it('needed no change under generator/, test/ or bench/', () => {
      for (const folder of ['generator', 'test', 'bench']) {
        const compared = run(
          'diff',
          ['-r', '-q', ...[...NOT_COPIED].map((name) => `--exclude=${name}`), path.join(ROOT, folder), folder],
          project,
        );
        expect(compared.status, `${folder}/\n${output(compared)}`).toBe(0);
      }
    });
  },
);
