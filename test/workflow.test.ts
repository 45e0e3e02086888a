// The README's update workflow on a copy of the repository's tables: two vendors' pages change (rows added, a
// description reworded, a row removed); import, curate, validate, generate, check and diff all succeed, and no
// test but those about the committed data reads the committed tables, so the update leaves the suite green.

import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatCsv } from '../generator/import/table-csv.js';
import { ERROR_TABLE_COLUMNS } from '../generator/schema/schema.js';
import { copyTree, ROOT, useTemporaryDirs } from './helpers/temporary.js';
import { writeVendorUpdates } from './helpers/vendor-update.js';
import { npmRun } from './helpers/commands.js';

const temporaryDir = useTemporaryDirs();
const run = promisify(execFile);

/** What a maintainer decides for each new row: a name from the code, a category, retryable. */
async function curateNewRows(tablesDir: string, files: readonly string[]): Promise<number> {
  let filled = 0;
  for (const file of files) {
    const rows = parse(await readFile(path.join(tablesDir, file), 'utf8'), {
      columns: true,
    }) as Record<(typeof ERROR_TABLE_COLUMNS)[number], string>[];
    for (const row of rows) {
      if (row.name !== '' && row.category !== '' && row.retryable !== '') continue;
      row.name ||= row.code
        .split(/[^A-Za-z0-9]+/)
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join('');
      row.category ||= 'unknown';
      row.retryable ||= 'false';
      filled += 1;
    }
    await writeFile(
      path.join(tablesDir, file),
      formatCsv(
        ERROR_TABLE_COLUMNS,
        rows.map((row) => ERROR_TABLE_COLUMNS.map((column) => row[column])),
      ),
    );
  }
  return filled;
}

/** How many rows an import's report lists under "to curate". */
function rowsListedToCurate(report: string): number {
  const lines = report.split('\n');
  const start = lines.findIndex((line) => / to curate: /.test(line));
  if (start < 0) return 0;
  const end = lines.findIndex((line, index) => index > start && line === '');
  return (end < 0 ? lines.length : end) - start - 1;
}

describe("the README's update workflow after a vendor update", () => {
  it('imports two changed pages, validates once curated, generates, checks, and diffs what the change means', async () => {
    const root = await temporaryDir('workflow-');
    const tablesDir = path.join(root, 'tables');
    await copyTree(path.join(ROOT, 'tables'), tablesDir);
    // diff compares with the last commit: the tables as they were before the vendor's update.
    const git = (...args: string[]) =>
      run(
        'git',
        [
          '-c',
          'user.name=Maintainer',
          '-c',
          'user.email=m@example.invalid',
          '-c',
          'commit.gpgsign=false',
          ...args,
        ],
        { cwd: root },
      );
    await git('init', '-q');
    await git('add', 'tables');
    await git('commit', '-q', '-m', 'tables before the update');
    await mkdir(path.join(root, 'pages'));
    const updates = await writeVendorUpdates(root, tablesDir);

    // 1-2. import each saved page
    let listedToCurate = 0;
    for (const { update, added: addedRows, pagePath, removed } of updates) {
      const imported = await npmRun(root, 'import', update.vendor, path.relative(root, pagePath));
      listedToCurate += rowsListedToCurate(imported.out);
      expect(imported.err).toBe('');
      expect(imported.code).toBe(0);
      for (const added of addedRows)
        expect(imported.out).toMatch(
          new RegExp(`  added    tables/[a-z0-9-]+\\.csv:\\d+ ${added.code.replace(/\./g, '\\.')}`),
        );
      expect(imported.out).toContain(` ${removed.code}`);
      expect(imported.out).toContain('removed  ');
      expect(imported.out).toContain(`copied the document to tables/${update.sourceFile}`);
    }
    // 3. fill the curated cells the import left empty; 4. validate
    expect(await npmRun(root, 'validate')).toMatchObject({ code: 1 });
    const tableFiles = (await readdir(tablesDir)).filter(
      (name) =>
        name.endsWith('.csv') &&
        !['sources.csv', 'aliases.csv', 'category-rules.csv', 'curation-reasons.csv'].includes(
          name,
        ),
    );
    // Exactly the rows the imports listed are left for a person; the rest the imports proposed.
    expect(listedToCurate).toBeGreaterThan(0);
    expect(await curateNewRows(tablesDir, tableFiles)).toBe(listedToCurate);
    const validated = await npmRun(root, 'validate');
    expect(validated.err).toBe('');
    expect(validated.code).toBe(0);
    // 5. generate; CI's check then passes
    const generated = await npmRun(root, 'generate');
    expect(generated.err).toBe('');
    expect(generated.code).toBe(0);
    expect(await npmRun(root, 'generate', '--check')).toMatchObject({ code: 0, err: '' });
    // 6. diff: what the change means, with the new codes' descriptions
    const diff = await npmRun(root, 'diff');
    expect(diff.code).toBe(0);
    expect(diff.out.split('\n')[0]).toMatch(/^## Semver impact: major: /);
    for (const { update, added: addedRows, reworded, removed } of updates) {
      for (const added of addedRows) {
        expect(diff.out).toMatch(
          new RegExp(
            `\\| \`${added.code.replace(/\./g, '\\.')}\` \\|.*\\| ${added.description} \\|`,
          ),
        );
      }
      expect(diff.out).toContain(`${reworded.description}${update.rewordSuffix}`);
      expect(diff.out).toContain(`\`${removed.code}\``);
    }
  });

  it('leaves the rest of the suite alone: only the tests about the committed data read tables/', async () => {
    // A test reads the committed tables through the repository root joined with `tables`; every
    // other test runs on test/fixtures/project or tables it writes. The allowed ones are about the
    // committed data and derive what they expect from it: the tables themselves, the committed
    // package and page, the runtime checked against the committed model, and this workflow.
    const READS_COMMITTED =
      /(?:ROOT|rootDir|import\.meta\.dirname,\s*'\.\.'),\s*'tables'|\$\{ROOT\}tables/;
    const allowed = [
      'test/code-lists.test.ts',
      'test/committed-tables.test.ts',
      'test/package.test.ts',
      'test/page/catalog-page.test.ts',
      'test/page/catalog-use.test.ts',
      'test/runtime/code-sets-under-test.ts',
      'test/workflow.test.ts',
    ];
    const files = (await readdir(path.join(ROOT, 'test'), { recursive: true }))
      .map((name) => `test/${name.split(path.sep).join('/')}`)
      .filter((name) => name.endsWith('.ts') && !name.startsWith('test/fixtures/'));
    const readers: string[] = [];
    for (const file of files) {
      if (READS_COMMITTED.test(await readFile(path.join(ROOT, file), 'utf8'))) readers.push(file);
    }
    expect(readers.sort()).toEqual(allowed);
  });
});
