// Turns a vendor document's text into new contents for that vendor's tables, keeping the curated cells, and says what changed.

import { messageOf } from '../command.js';
import type { DocumentRow } from '../documents/parse-document.js';
import { isCodeList, readDocumentTable } from '../documents/source-kinds.js';
import { knownVariants, pairTableWithDocument } from '../pairing/table-and-document.js';
import {
  excerpt,
  type RawTables,
  type TableFile,
  type TableRecord,
} from '../read-tables/table-file.js';
import {
  CURATED_COLUMNS,
  descriptionColumn,
  ERROR_TABLE_COLUMNS,
  MANIFEST_COLUMNS,
  otherLanguage,
  TRANSCRIBED_COLUMNS,
  type CuratedColumn,
  type ErrorColumn,
  type Language,
  type ManifestEntry,
} from '../schema/schema.js';
import { CATEGORY_RULES_FILE, type CategoryRule } from './category-rules.js';
import { codeSetRows, curatedProposer, type Proposal } from './propose-curated.js';
import { documentTextProblems } from './check-document-text.js';
import { formatCsv, recordLines } from './table-csv.js';

type Cells = Record<ErrorColumn, string>;
type ErrorTable = TableFile<ErrorColumn>;

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

/**
 * A new row whose curated cells the import proposed, for a reviewer to read: a name made from the
 * code, and category and retryable from the code's row in another table of its code set (a code
 * list, or the other page of the same API) or else from the rule table.
 */
export interface RowFilled extends ImportedRow {
  /** The name made from the code, where no row of the code set names it yet. */
  readonly name?: string;
  readonly curated?: {
    readonly category: string;
    readonly retryable: string;
    /** `tencent-live-list.csv:209`, or `category-rules.csv:14 (LimitExceeded)`. */
    readonly from: string;
  };
}

/** A new row and the curated cells a person still has to fill in. */
export interface RowToCurate extends ImportedRow {
  readonly missing: readonly CuratedColumn[];
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
  /** Rows the table had before the import. */
  readonly rowsBefore: number;
  readonly added: readonly ImportedRow[];
  readonly removed: readonly ImportedRow[];
  readonly changed: readonly ChangedRow[];
  readonly filled: readonly RowFilled[];
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

const recordCells = (record: TableRecord<ErrorColumn>): Cells => ({ ...record.cells });

/** Where a proposal's category and retryable come from, as the report names it. */
function proposalOrigin(from: Proposal['from']): string | undefined {
  switch (from.type) {
    case 'documented':
      return `${from.row.table}:${from.row.line}`;
    case 'rule':
      return `${CATEGORY_RULES_FILE}:${from.rule.line} (${from.rule.prefix}${from.rule.keyword === '' ? '' : ` ${from.rule.keyword}`})`;
    case 'none':
      return undefined;
  }
}

interface TableContext {
  readonly table: ErrorTable;
  readonly manifest: ManifestEntry;
  readonly document: string;
  /** How messages name the document: the path the person gave. */
  readonly documentName: string;
  readonly sourceFile: string;
  /** Every table of the code sets this table belongs to, for the names of new variants. */
  readonly codeSetTables: readonly ErrorTable[];
  readonly sharedWith: TableImport['sharedWith'];
  /** The rule table, for the class of a code no other table curates. */
  readonly rules: readonly CategoryRule[];
}

function importTable(context: TableContext): TableImport {
  const { table, manifest, document } = context;
  const language = manifest.language;
  const column = descriptionColumn(language);
  const otherColumn = descriptionColumn(otherLanguage(language));
  let rows: readonly DocumentRow[];
  try {
    const read = readDocumentTable(
      context.sourceFile,
      document,
      manifest.section,
      knownVariants(table.records, language),
    );
    if (read.problems.length > 0) {
      throw new ImportError(
        read.problems
          .map((problem) => `${context.documentName}:${problem.line}: ${problem.message}`)
          .join('\n'),
      );
    }
    rows = read.rows;
    const textProblems = documentTextProblems(
      context.documentName,
      rows.flatMap((row) => [
        { column: 'code', text: row.code, line: row.line, lineBreaks: false },
        { column: 'message', text: row.message ?? '', line: row.line, lineBreaks: false },
        { column, text: row.description ?? '', line: row.line, lineBreaks: true },
      ]),
    );
    if (textProblems.length > 0) throw new ImportError(textProblems.join('\n'));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      `${context.documentName}: ${messageOf(error)} (section ${excerpt(manifest.section)} of ${table.name}, as sources.csv line ${manifest.line} names it)`,
    );
  }
  const pairing = pairTableWithDocument(table.records, rows, { byPlace: false });
  const recordOf = new Map(pairing.pairs.map(([recordIndex, rowIndex]) => [rowIndex, recordIndex]));
  // Every row of the code set, by code: what a new row of the code is proposed from.
  const documented = codeSetRows(context.codeSetTables);
  const propose = curatedProposer({
    rules: context.rules,
    envelope: manifest.envelope,
    taken: new Set(documented.names),
  });
  const proposals = new Map<number, Pick<RowFilled, 'name' | 'curated'>>();
  const newRows: Cells[] = rows.map((row, index) => {
    const recordIndex = recordOf.get(index);
    const existing = recordIndex === undefined ? undefined : table.records[recordIndex]!.cells;
    const transcribed = {
      code: row.code,
      http_status: row.httpStatus === undefined ? '' : String(row.httpStatus),
      message: row.message ?? '',
      description_zh: '',
      description_en: '',
      [column]: row.description ?? '',
      [otherColumn]: existing?.[otherColumn] ?? '',
    };
    if (existing !== undefined)
      return {
        ...transcribed,
        name: existing.name,
        category: existing.category,
        retryable: existing.retryable,
      };
    const proposal = propose(row.code, documented.byCode.get(row.code) ?? [], table.name);
    const from = proposalOrigin(proposal.from);
    if (proposal.made !== undefined || from !== undefined)
      proposals.set(index, {
        ...(proposal.made !== undefined ? { name: proposal.name } : {}),
        ...(from !== undefined
          ? { curated: { category: proposal.category, retryable: proposal.retryable, from } }
          : {}),
      });
    return {
      ...transcribed,
      name: proposal.name,
      category: proposal.category,
      retryable: proposal.retryable,
    };
  });
  const lines = recordLines(ERROR_TABLE_COLUMNS, newRows);
  const at = (index: number): ImportedRow => ({
    line: lines[index]!,
    documentLine: rows[index]!.line,
    code: newRows[index]!.code,
    message: newRows[index]!.message,
  });

  const added: ImportedRow[] = [];
  const changed: ChangedRow[] = [];
  const filled: RowFilled[] = [];
  const toCurate: RowToCurate[] = [];
  // The columns this document transcribes: the other language's description is another page's.
  const transcribed = TRANSCRIBED_COLUMNS.filter((name) => name !== otherColumn);
  newRows.forEach((cells, index) => {
    const recordIndex = recordOf.get(index);
    if (recordIndex === undefined) added.push(at(index));
    else {
      const before = recordCells(table.records[recordIndex]!);
      const cellChanges = transcribed.flatMap((name) =>
        before[name] === cells[name]
          ? []
          : [{ column: name, before: before[name], after: cells[name] }],
      );
      if (cellChanges.length > 0) changed.push({ ...at(index), cells: cellChanges });
    }
    const proposal = proposals.get(index);
    if (proposal !== undefined) filled.push({ ...at(index), ...proposal });
    const missing = CURATED_COLUMNS.filter((name) => cells[name] === '');
    if (missing.length > 0) toCurate.push({ ...at(index), missing });
  });
  const removed = pairing.leftOnly.map((index): ImportedRow => {
    const { line, cells } = table.records[index]!;
    return { line, code: cells.code, message: cells.message };
  });

  return {
    type: 'table-import',
    table: table.name,
    section: manifest.section,
    language,
    before: table.text,
    after: formatCsv(
      ERROR_TABLE_COLUMNS,
      newRows.map((cells) => ERROR_TABLE_COLUMNS.map((name) => cells[name])),
    ),
    rows: newRows.length,
    rowsBefore: table.records.length,
    added,
    removed,
    changed,
    filled,
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
  manifest: readonly ManifestEntry[],
  sourceFile: string,
  date: string | undefined,
): DocumentImport['manifest'] & { change?: ManifestDateChange } {
  const before = raw.sources.text;
  const moved = manifest.filter(
    (entry) => entry.sourceFile === sourceFile && date !== undefined && entry.date !== date,
  );
  if (date === undefined || moved.length === 0) return { before, after: before };
  const records = raw.sources.records.map(({ cells }) =>
    MANIFEST_COLUMNS.map((name) =>
      name === 'date' && cells.source_file === sourceFile ? date : cells[name],
    ),
  );
  return {
    before,
    after: formatCsv(MANIFEST_COLUMNS, records),
    change: { before: moved[0]!.date ?? '', after: date, lines: moved.map((entry) => entry.line) },
  };
}

export interface ImportInput {
  /** The tables as read; the vendor's tables and sources.csv must be readable. */
  readonly raw: RawTables;
  /** Every entry of sources.csv, validated. */
  readonly manifest: readonly ManifestEntry[];
  readonly vendor: string;
  /** The text of the vendor's page. */
  readonly document: string;
  /** How messages name the page: the path the person gave (`new-page.txt`). */
  readonly documentName: string;
  /** The vendor's source this page is (sourceForDocument); needed when the vendor has several. */
  readonly sourceFile?: string;
  /** The rule table (tables/category-rules.csv), for new rows of a code no other table curates. */
  readonly rules: readonly CategoryRule[];
}

/**
 * Imports the page into every table sources.csv gives the vendor. Pure: returns the files' new
 * contents and what changed; writing them is the caller's business. Throws ImportError when the
 * vendor, its tables or a section cannot be used, or a line inside a table of the page is no row.
 */
export function importDocument(input: ImportInput): DocumentImport {
  const { raw, manifest, vendor, document } = input;
  // A page is imported into the tables of the vendor's pages; its code lists have their own import.
  const vendorEntries = manifest.filter(
    (entry) =>
      entry.vendor === vendor &&
      (input.sourceFile === undefined
        ? !isCodeList(entry.sourceFile)
        : entry.sourceFile === input.sourceFile),
  );
  if (vendorEntries.length === 0) {
    const vendors = [...new Set(manifest.map((entry) => entry.vendor))].join(', ');
    throw new ImportError(
      `${raw.sources.file} gives no table to vendor ${excerpt(vendor)}; its vendors: ${vendors}`,
    );
  }
  const sourceFiles = [...new Set(vendorEntries.map((entry) => entry.sourceFile))];
  if (sourceFiles.length !== 1) {
    throw new ImportError(
      `vendor ${vendor} is transcribed from ${sourceFiles.length} documents (${sourceFiles.join(', ')}); import takes one`,
    );
  }
  const sourceFile = sourceFiles[0]!;
  const tablesByName = new Map(raw.errorTables.map((table) => [table.name, table]));
  const problems: string[] = [];
  const tables = vendorEntries.map((entry) => {
    const table = tablesByName.get(entry.table);
    if (table === undefined || !table.readable)
      throw new ImportError(
        `${raw.sources.file}:${entry.line}: table ${raw.displayDir}/${entry.table} could not be read; fix it before importing`,
      );
    const codeSets = new Set(
      manifest
        .filter((other) => other.table === entry.table)
        .map((other) => `${other.vendor}\u0000${other.codeSet}`),
    );
    const codeSetTables = [
      ...new Set(
        manifest
          .filter((other) => codeSets.has(`${other.vendor}\u0000${other.codeSet}`))
          .map((other) => other.table),
      ),
    ].flatMap((name) => tablesByName.get(name) ?? []);
    const sharedWith = manifest
      .filter((other) => other.table === entry.table && other.sourceFile !== sourceFile)
      .map((other) => ({ sourceFile: other.sourceFile, language: other.language }));
    try {
      return importTable({
        table,
        manifest: entry,
        document,
        documentName: input.documentName,
        sourceFile,
        codeSetTables,
        sharedWith,
        rules: input.rules,
      });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      problems.push(error.message);
      return undefined;
    }
  });
  // Every table's problems at once, not only the first table's.
  if (problems.length > 0) throw new ImportError(problems.join('\n'));

  const { change, ...manifestFiles } = manifestWithDate(
    raw,
    manifest,
    sourceFile,
    documentDate(document),
  );
  return {
    type: 'document-import',
    vendor,
    sourceFile,
    tables: tables.filter((table): table is TableImport => table !== undefined),
    manifest: manifestFiles,
    ...(change !== undefined ? { dateChange: change } : {}),
  };
}

/** An import removes more than this share of a table's rows only when asked to (--allow-removals). */
export const REMOVAL_LIMIT = 1 / 4;

/** The tables an import would cut by more than REMOVAL_LIMIT: a page saved half, or a table the reader lost. */
export const excessiveRemovals = (result: DocumentImport): TableImport[] =>
  result.tables.filter((table) => table.removed.length > table.rowsBefore * REMOVAL_LIMIT);
