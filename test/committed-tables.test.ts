// Tests about the committed data itself: tables/ validates, every page reads back as its tables, import of
// each committed page reproduces the tables byte for byte, and a page that drops a code its SDK list keeps is
// reported. Everything is derived from the tables: a vendor's update changes what these tests read, never what
// they expect. The other tests run on fixtures they own.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CommandIo } from '../generator/cli.js';
import type { TableDiffReport } from '../generator/diff/diff-tables.js';
import { isCodeList, readDocumentTable } from '../generator/documents/source-kinds.js';
import { runImportCommand } from '../generator/import/import-command.js';
import { loadModel } from '../generator/load-model.js';
import { knownVariants } from '../generator/pairing/table-and-document.js';
import { formatProblem } from '../generator/read-tables/table-file.js';
import { descriptionColumn } from '../generator/schema/schema.js';
import { copyTree, readTree, ROOT, useTemporaryDirs } from './helpers/temporary.js';

const TABLES = path.join(ROOT, 'tables');
const temporaryDir = useTemporaryDirs();

describe('the committed tables', async () => {
  const loaded = await loadModel(TABLES);

  it('validate with no problem', () => {
    expect(loaded.problems.map(formatProblem)).toEqual([]);
  });

  // Pages; the code lists have their own reader and test (test/code-lists.test.ts).
  const pages = loaded.manifest.filter((entry) => !isCodeList(entry.sourceFile));
  const entries = pages.map((entry) => ({
    label: `${entry.sourceFile} "${entry.section}" gives the transcribed cells of ${entry.table}`,
    entry,
  }));
  it.each(entries)('$label, every line of its table a row', ({ entry }) => {
    const table = loaded.raw.errorTables.find((candidate) => candidate.name === entry.table)!;
    const text = loaded.raw.documents.get(entry.sourceFile)!;
    const read = readDocumentTable(
      entry.sourceFile,
      text,
      entry.section,
      knownVariants(table.records, entry.language),
    );
    expect(read.problems).toEqual([]);
    const column = descriptionColumn(entry.language);
    const given = (value: string): string | undefined => (value === '' ? undefined : value);
    expect(
      read.rows.map((row) => [row.code, row.httpStatus?.toString(), row.message, row.description]),
    ).toEqual(
      table.records.map(({ cells }) => [
        cells.code,
        given(cells.http_status),
        given(cells.message),
        given(cells[column]),
      ]),
    );
    // Lines point at the rows themselves: each row's line holds its code.
    const lines = text.split('\n');
    for (const row of read.rows) expect(lines[row.line - 1]).toContain(row.code);
  });

  it('are what import makes of every committed page, byte for byte', async () => {
    const root = await temporaryDir('committed-import-');
    await copyTree(TABLES, path.join(root, 'tables'));
    const before = await readTree(path.join(root, 'tables'));
    const vendors = [...new Map(pages.map((entry) => [entry.vendor, entry.sourceFile]))];
    for (const [vendor, sourceFile] of vendors) {
      const out: string[] = [];
      const err: string[] = [];
      const io = {
        rootDir: root,
        out: (line: string) => out.push(line),
        err: (line: string) => err.push(line),
      };
      expect(await runImportCommand([vendor, `tables/${sourceFile}`], io)).toBe(0);
      expect(err).toEqual([]);
      expect(out.join('\n')).toContain(
        'The tables already transcribe this document: nothing to do.',
      );
    }
    expect(await readTree(path.join(root, 'tables'))).toEqual(before);
    expect((await readFile(path.join(root, 'tables', 'sources.csv'))).length).toBeGreaterThan(0);
  });
});

describe('the diff of a page that drops a code its SDK list still declares', () => {
  it('reports InternalError.WatermarkEditError as no longer listed by the page, and what its entry now cites', async () => {
    const root = await temporaryDir('diff-watermark-');
    const tablesDir = path.join(root, 'tables');
    await copyTree(path.join(ROOT, 'tables'), tablesDir);
    const pageFile = path.join(tablesDir, 'sources', 'tencent-live.txt');
    const page = await readFile(pageFile, 'utf8');
    const dropped = page
      .split('\n')
      .filter((line) => !line.startsWith('| InternalError.WatermarkEditError |'));
    expect(dropped.length).toBe(page.split('\n').length - 1);
    const newPage = path.join(root, 'tencent-live.txt');
    await writeFile(newPage, dropped.join('\n'));
    const io = (out: string[]): CommandIo => ({
      rootDir: root,
      out: (line) => out.push(line),
      err: (line) => out.push(line),
    });
    const imported: string[] = [];
    expect(await main(['import', 'tencent-live', newPage], io(imported))).toBe(0);
    expect(imported.join('\n')).toContain(
      'InternalError.WatermarkEditError: no longer in the document',
    );

    const markdown: string[] = [];
    expect(await main(['diff', '--base-tables', path.join(ROOT, 'tables')], io(markdown))).toBe(0);
    const text = markdown.join('\n');
    expect(text.split('\n')[0]).toMatch(/^## Semver impact: patch: /);
    expect(text).toContain('- patch: documents changed × 1');
    expect(text).toMatch(
      /- `InternalError\.WatermarkEditError` \(variant 1\): no longer listed by 错误码 › 业务错误码 \(`tencent-live\.csv`\); .* still list it, and its entry now cites tencentcloud-sdk-go live\/v20180801\/errors\.go › 此产品的特有错误码\./,
    );

    const json: string[] = [];
    expect(
      await main(['diff', '--base-tables', path.join(ROOT, 'tables'), '--json'], io(json)),
    ).toBe(0);
    const report = JSON.parse(json.join('\n')) as TableDiffReport;
    const [change] = report.vendors.flatMap((vendor) =>
      vendor.codeSets.flatMap((set) => set.codesChanged),
    );
    expect(change!.code).toBe('InternalError.WatermarkEditError');
    const { documents } = change!.variantsChanged[0]!;
    expect(documents!.dropped.map((document) => document.table)).toEqual(['tencent-live.csv']);
    expect(documents!.after[0]!.table).toBe('tencent-live-list.csv');
  });
});
