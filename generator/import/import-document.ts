// Turns a vendor document's text into new contents for that vendor's tables, keeping the curated cells, and says what changed.

import {
  parseDocumentTable,
  type DocumentRow,
  type KnownVariants,
} from '../documents/parse-document.js';
import { manifestRows, type ManifestRow } from '../read-tables/manifest-rows.js';
import { SOURCES_FILE } from '../read-tables/read-tables.js';
import type { RawTables, TableFile, TableRecord } from '../read-tables/table-file.js';
import { ERROR_TABLE_HEADER, SOURCES_HEADER } from '../read-tables/table-headers.js';
import { formatCsv } from './table-csv.js';

type Language = 'zh' | 'en';
type DescriptionColumn = 'description_zh' | 'description_en';
type Cells = Record<(typeof ERROR_TABLE_HEADER)[number], string>;

/** The columns a document transcribes; everything else in a row is curated or from another document. */
const TRANSCRIBED = ['code', 'http_status', 'message'] as const;
const CURATED = ['name', 'category', 'retryable'] as const;

export interface ImportedRow {
  /** 1-based line of the row in the table as rewritten (for a removed row: as it was). */
  readonly line: number;
  /** Line of the row in the document; absent for a removed row. */
  readonly documentLine?: number;
  readonly code: string;
  readonly message: string;
}

export interface ChangedCell {
  readonly column: string;
  readonly before: string;
  readonly after: string;
}

export interface ChangedRow extends ImportedRow {
  readonly cells: readonly ChangedCell[];
}

/** A new row and the curated cells a person still has to fill in. */
export interface RowToCurate extends ImportedRow {
  readonly missing: readonly (typeof CURATED)[number][];
}

export interface TableImport {
  readonly type: 'table-import';
  /** File name inside tables/ (`kingsoft-live.csv`). */
  readonly table: string;
  readonly section: string;
  readonly language: Language;
  /** The file as it is, and as the import writes it; equal when nothing changed. */
  readonly before: string;
  readonly after: string;
  readonly rows: number;
  readonly added: readonly ImportedRow[];
  readonly removed: readonly ImportedRow[];
  readonly changed: readonly ChangedRow[];
  readonly toCurate: readonly RowToCurate[];
  /** Another manifest row fills this table's other description column from another document. */
  readonly sharedWith: readonly { readonly sourceFile: string; readonly language: string }[];
}

export interface ManifestDateChange {
  readonly before: string;
  readonly after: string;
  readonly lines: readonly number[];
}

export interface DocumentImport {
  readonly type: 'document-import';
  readonly vendor: string;
  /** The document's copy in tables/, as source_file names it (`sources/kingsoft-live.txt`). */
  readonly sourceFile: string;
  readonly tables: readonly TableImport[];
  /** sources.csv as it is and as the import writes it (the document's date may have moved). */
  readonly manifest: { readonly before: string; readonly after: string };
  readonly dateChange?: ManifestDateChange;
}

/** A mistake that stops the import before anything is written: a vendor, table or section it cannot use. */
export class ImportError extends Error {}

const cell = (record: TableRecord, column: string): string =>
  Object.prototype.hasOwnProperty.call(record.cells, column) ? (record.cells[column] ?? '') : '';

const recordCells = (record: TableRecord): Cells =>
  Object.fromEntries(ERROR_TABLE_HEADER.map((column) => [column, cell(record, column)])) as Cells;

const otherLanguage = (language: Language): Language => (language === 'zh' ? 'en' : 'zh');

/** The table's own rows by code, so the parser splits ambiguous document rows the way the table does. */
function knownVariants(table: TableFile, column: DescriptionColumn): KnownVariants {
  const known = new Map<string, { message?: string; description?: string }[]>();
  for (const record of table.records) {
    const message = cell(record, 'message');
    const description = cell(record, column);
    known.set(cell(record, 'code'), [
      ...(known.get(cell(record, 'code')) ?? []),
      { ...(message !== '' ? { message } : {}), ...(description !== '' ? { description } : {}) },
    ]);
  }
  return known;
}

/**
 * Pairs document rows with the table's rows of the same code: by message first, then the rest in
 * order. Kingsoft lists `InvalidParameterValue` three times, told apart only by the message, so a
 * row inserted among them must not shift the curated cells of the others; a variant whose message
 * the vendor reworded finds no equal and takes the next unpaired row of its code, keeping its cells.
 * Returns, for each document row, the index of its table record or undefined (a new row).
 */
export function pairRows(
  records: readonly TableRecord[],
  rows: readonly DocumentRow[],
): (number | undefined)[] {
  const paired: (number | undefined)[] = rows.map(() => undefined);
  const free = new Set(records.keys());
  const passes: ((record: TableRecord, row: DocumentRow) => boolean)[] = [
    (record, row) =>
      cell(record, 'code') === row.code && cell(record, 'message') === (row.message ?? ''),
    (record, row) => cell(record, 'code') === row.code,
  ];
  for (const matches of passes) {
    rows.forEach((row, rowIndex) => {
      if (paired[rowIndex] !== undefined) return;
      const recordIndex = [...free].find((index) => matches(records[index]!, row));
      if (recordIndex === undefined) return;
      paired[rowIndex] = recordIndex;
      free.delete(recordIndex);
    });
  }
  return paired;
}

/**
 * The enum member name a new variant must have: every variant of a code shares one name, so a new
 * row of a code that other rows of its code set already name is no decision for a person.
 */
function siblingName(code: string, tables: readonly TableFile[]): string {
  const names = new Set(
    tables.flatMap((table) =>
      table.records
        .filter((record) => cell(record, 'code') === code)
        .map((record) => cell(record, 'name')),
    ),
  );
  names.delete('');
  return names.size === 1 ? [...names][0]! : '';
}

/** The line each record starts on when the rows are written: a quoted line break adds a line. */
function recordLines(rows: readonly Cells[]): number[] {
  let line = 2;
  return rows.map((cells) => {
    const start = line;
    line +=
      1 +
      ERROR_TABLE_HEADER.reduce(
        (breaks, column) => breaks + (cells[column].match(/\r\n|\r|\n/g)?.length ?? 0),
        0,
      );
    return start;
  });
}

interface TableContext {
  readonly table: TableFile;
  readonly manifest: ManifestRow;
  readonly document: string;
  readonly sourceFile: string;
  /** Every table of the code sets this table belongs to, for the names of new variants. */
  readonly codeSetTables: readonly TableFile[];
  readonly sharedWith: TableImport['sharedWith'];
}

function importTable(context: TableContext): TableImport {
  const { table, manifest, document } = context;
  const language = manifest.language as Language;
  const descriptionColumn: DescriptionColumn = `description_${language}`;
  let rows: readonly DocumentRow[];
  try {
    rows = parseDocumentTable(
      document,
      manifest.section,
      knownVariants(table, descriptionColumn),
    ).rows;
  } catch (error) {
    throw new ImportError(
      `tables/${SOURCES_FILE}:${manifest.line}: ${context.sourceFile}: ${(error as Error).message}`,
    );
  }
  const pairing = pairRows(table.records, rows);
  const newRows: Cells[] = rows.map((row, index) => {
    const recordIndex = pairing[index];
    const existing =
      recordIndex === undefined ? undefined : recordCells(table.records[recordIndex]!);
    const otherColumn: DescriptionColumn = `description_${otherLanguage(language)}`;
    return {
      code: row.code,
      http_status: row.httpStatus === undefined ? '' : String(row.httpStatus),
      message: row.message ?? '',
      [descriptionColumn]: row.description ?? '',
      [otherColumn]: existing?.[otherColumn] ?? '',
      name: existing?.name ?? siblingName(row.code, context.codeSetTables),
      category: existing?.category ?? '',
      retryable: existing?.retryable ?? '',
    } as Cells;
  });
  const lines = recordLines(newRows);
  const at = (index: number): ImportedRow => ({
    line: lines[index]!,
    documentLine: rows[index]!.line,
    code: newRows[index]!.code,
    message: newRows[index]!.message,
  });

  const added: ImportedRow[] = [];
  const changed: ChangedRow[] = [];
  const toCurate: RowToCurate[] = [];
  newRows.forEach((cells, index) => {
    const recordIndex = pairing[index];
    if (recordIndex === undefined) added.push(at(index));
    else {
      const before = recordCells(table.records[recordIndex]!);
      const cellChanges = [...TRANSCRIBED, descriptionColumn].flatMap((column) =>
        before[column] === cells[column]
          ? []
          : [{ column, before: before[column], after: cells[column] }],
      );
      if (cellChanges.length > 0) changed.push({ ...at(index), cells: cellChanges });
    }
    const missing = CURATED.filter((column) => cells[column] === '');
    if (missing.length > 0) toCurate.push({ ...at(index), missing });
  });
  const kept = new Set(pairing.filter((index): index is number => index !== undefined));
  const removed = table.records.flatMap((record, index): ImportedRow[] =>
    kept.has(index)
      ? []
      : [{ line: record.line, code: cell(record, 'code'), message: cell(record, 'message') }],
  );

  return {
    type: 'table-import',
    table: table.name,
    section: manifest.section,
    language,
    before: table.text,
    after: formatCsv(
      ERROR_TABLE_HEADER,
      newRows.map((cells) => ERROR_TABLE_HEADER.map((column) => cells[column])),
    ),
    rows: newRows.length,
    added,
    removed,
    changed,
    toCurate,
    sharedWith: context.sharedWith,
  };
}

/**
 * The date a vendor page says it was last updated: Kingsoft `最近更新时间:2022-01-17 15:41:59`,
 * StreamLive `最后更新时间: 2026-02-03 19:39:45`, Baidu `更新时间:2025-08-22`. Undefined when the page
 * gives none (Tencent CSS Live, Upyun).
 */
export function documentDate(text: string): string | undefined {
  return /(?:最近更新时间|最后更新时间|更新时间|Last updated)\s*[:：]\s*(\d{4}-\d{2}-\d{2})/i.exec(
    text,
  )?.[1];
}

/** sources.csv with the date of this document's rows moved to the date the document gives. */
function manifestWithDate(
  raw: RawTables,
  sourceFile: string,
  date: string | undefined,
): DocumentImport['manifest'] & { change?: ManifestDateChange } {
  const before = raw.sources.text;
  const rows = manifestRows(raw);
  const moved = rows.filter(
    (row) => row.sourceFile === sourceFile && date !== undefined && row.date !== date,
  );
  if (moved.length === 0) return { before, after: before };
  const records = raw.sources.records.map((record) =>
    SOURCES_HEADER.map((column) =>
      column === 'date' && cell(record, 'source_file') === sourceFile
        ? date!
        : cell(record, column),
    ),
  );
  return {
    before,
    after: formatCsv(SOURCES_HEADER, records),
    change: { before: moved[0]!.date, after: date!, lines: moved.map((row) => row.line) },
  };
}

/**
 * Imports `document` (the text of the vendor's page) into every table sources.csv gives `vendor`.
 * Pure: returns the files' new contents and what changed; writing them is the caller's business.
 * Throws ImportError when the vendor, its tables or a section cannot be used.
 */
export function importDocument(raw: RawTables, vendor: string, document: string): DocumentImport {
  const rows = manifestRows(raw);
  const vendorRows = rows.filter((row) => row.vendor === vendor);
  if (vendorRows.length === 0) {
    const vendors = [...new Set(rows.map((row) => row.vendor))].join(', ');
    throw new ImportError(
      `tables/${SOURCES_FILE} gives no table to vendor ${JSON.stringify(vendor)}; its vendors: ${vendors}`,
    );
  }
  const sourceFiles = [...new Set(vendorRows.map((row) => row.sourceFile))];
  if (sourceFiles.length !== 1) {
    throw new ImportError(
      `vendor ${vendor} is transcribed from ${sourceFiles.length} documents (${sourceFiles.join(', ')}); import takes one`,
    );
  }
  const sourceFile = sourceFiles[0]!;
  const tablesByName = new Map(raw.errorTables.map((table) => [table.name, table]));
  const readProblems = raw.problems.filter((problem) =>
    vendorRows.some(
      (row) => problem.file.endsWith(`/${row.table}`) || problem.file.endsWith(`/${SOURCES_FILE}`),
    ),
  );
  if (readProblems.length > 0) {
    throw new ImportError(
      readProblems
        .map((problem) => `${problem.file}:${problem.line}: ${problem.message}`)
        .join('\n'),
    );
  }

  const tables = vendorRows.map((manifest) => {
    const table = tablesByName.get(manifest.table);
    if (table === undefined)
      throw new ImportError(
        `tables/${SOURCES_FILE}:${manifest.line}: table ${manifest.table} could not be read`,
      );
    if (table.header.join(',') !== ERROR_TABLE_HEADER.join(',')) {
      throw new ImportError(
        `${table.file}:1: header is not ${ERROR_TABLE_HEADER.join(',')}; fix it before importing`,
      );
    }
    if (manifest.language !== 'zh' && manifest.language !== 'en') {
      throw new ImportError(
        `tables/${SOURCES_FILE}:${manifest.line}: language ${JSON.stringify(manifest.language)} is neither zh nor en`,
      );
    }
    const codeSets = new Set(
      rows
        .filter((row) => row.table === manifest.table)
        .map((row) => `${row.vendor}\u0000${row.codeSet}`),
    );
    const codeSetTables = [
      ...new Set(
        rows
          .filter((row) => codeSets.has(`${row.vendor}\u0000${row.codeSet}`))
          .map((row) => row.table),
      ),
    ].flatMap((name) => tablesByName.get(name) ?? []);
    const sharedWith = rows
      .filter((row) => row.table === manifest.table && row.sourceFile !== sourceFile)
      .map((row) => ({ sourceFile: row.sourceFile, language: row.language }));
    return importTable({ table, manifest, document, sourceFile, codeSetTables, sharedWith });
  });

  const { change, ...manifest } = manifestWithDate(raw, sourceFile, documentDate(document));
  return {
    type: 'document-import',
    vendor,
    sourceFile,
    tables,
    manifest,
    ...(change !== undefined ? { dateChange: change } : {}),
  };
}
