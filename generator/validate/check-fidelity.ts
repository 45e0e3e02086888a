// Proves the transcription: every table row matches its source document's table, byte for byte.
import { diffArrays } from 'diff';
import { parseDocumentTable, type DocumentRow, type DocumentTable, type KnownVariants } from '../documents/parse-document.js';
import type { Problem, RawTables, TableFile, TableRecord } from '../read-tables/table-file.js';

type Language = 'zh' | 'en';

const isLanguage = (value: string): value is Language => value === 'zh' || value === 'en';

const cell = (record: TableRecord, column: string): string =>
  Object.prototype.hasOwnProperty.call(record.cells, column) ? (record.cells[column] ?? '') : '';

/** Only a cell that has something in it is a transcription; empty means "not given by the document". */
const given = (value: string): string | undefined => (value === '' ? undefined : value);

/** The table's own rows by code, so the parser splits ambiguous document rows the way the table did. */
const knownVariants = (table: TableFile, descriptionColumn: string): KnownVariants => {
  const known = new Map<string, { message?: string; description?: string }[]>();
  for (const record of table.records) {
    const code = cell(record, 'code');
    const variants = known.get(code) ?? [];
    const message = given(cell(record, 'message'));
    const description = given(cell(record, descriptionColumn));
    variants.push({ ...(message !== undefined ? { message } : {}), ...(description !== undefined ? { description } : {}) });
    known.set(code, variants);
  }
  return known;
};

const quoted = (value: string | undefined): string => (value === undefined ? 'nothing' : JSON.stringify(value));

/** One manifest row: the table's transcribed cells against the document section it names. */
function checkTranscription(
  table: TableFile,
  document: string,
  sourceFile: string,
  section: string,
  language: Language,
  manifestLine: { readonly file: string; readonly line: number },
): Problem[] {
  const problems: Problem[] = [];
  const descriptionColumn = `description_${language}`;
  /** Cells already reported, so a wrong cell is one problem, not one per way of noticing it. */
  const reported = new Set<string>();
  /** Cells equal to what the parser read from the document: already proven, no need to search for them. */
  const matched = new Set<string>();
  const at = (record: TableRecord, column: string, message: string): void => {
    reported.add(`${record.line}:${column}`);
    problems.push({ file: table.file, line: record.line, message });
  };

  let parsed: DocumentTable | undefined;
  try {
    parsed = parseDocumentTable(document, section, knownVariants(table, descriptionColumn));
  } catch (error) {
    problems.push({ ...manifestLine, message: `${sourceFile}: ${(error as Error).message}` });
  }

  if (parsed !== undefined) {
    const rows = parsed.rows;
    const where = (row: DocumentRow): string => `${sourceFile}:${row.line}`;
    const compare = (record: TableRecord, row: DocumentRow): void => {
      const pairs: readonly [string, string | undefined, string | undefined][] = [
        ['code', given(cell(record, 'code')), row.code],
        ['http_status', given(cell(record, 'http_status')), row.httpStatus?.toString()],
        ['message', given(cell(record, 'message')), row.message],
        [descriptionColumn, given(cell(record, descriptionColumn)), row.description],
      ];
      for (const [column, transcribed, documented] of pairs) {
        if (transcribed !== documented) {
          at(record, column, `${column} is ${quoted(transcribed)} but ${where(row)} gives ${quoted(documented)}`);
        } else {
          matched.add(`${record.line}:${column}`);
        }
      }
    };

    // Rows pair up in document order by code, so one dropped or added row is one problem, not a cascade.
    const changes = diffArrays<TableRecord | DocumentRow>([...table.records], [...rows], {
      comparator: (left, right) => codeOf(left) === codeOf(right),
    });
    let recordIndex = 0;
    let rowIndex = 0;
    for (let index = 0; index < changes.length; index += 1) {
      const change = changes[index]!;
      const count = change.value.length;
      const next = changes[index + 1];
      if (change.removed && next?.added && next.value.length === count) {
        // As many rows out as in at one place: the same rows with a changed code.
        for (let offset = 0; offset < count; offset += 1) {
          compare(table.records[recordIndex + offset]!, rows[rowIndex + offset]!);
        }
        recordIndex += count;
        rowIndex += count;
        index += 1;
      } else if (change.removed) {
        for (const record of table.records.slice(recordIndex, recordIndex + count)) {
          at(record, 'code', `code ${JSON.stringify(cell(record, 'code'))} is not a row of section "${section}" of ${sourceFile} here`);
        }
        recordIndex += count;
      } else if (change.added) {
        // Reported where the row belongs: at the record that should follow it, or line 1 past the end.
        const following = table.records[recordIndex];
        for (const row of rows.slice(rowIndex, rowIndex + count)) {
          problems.push({
            file: table.file,
            line: following?.line ?? 1,
            message: `lacks the row of code ${JSON.stringify(row.code)} at ${where(row)}${following === undefined ? ' (after its last row)' : ' (before this row)'}`,
          });
        }
        rowIndex += count;
      } else {
        for (let offset = 0; offset < count; offset += 1) {
          compare(table.records[recordIndex + offset]!, rows[rowIndex + offset]!);
        }
        recordIndex += count;
        rowIndex += count;
      }
    }
  }

  // Each transcribed cell occurs in the document exactly as written: the proof that holds even
  // where the parser could not read the section. Searching the whole document is costly (rows times
  // document size), so only cells that the parsed rows did not already match are searched.
  for (const record of table.records) {
    for (const column of ['code', 'message', descriptionColumn]) {
      const value = given(cell(record, column));
      const key = `${record.line}:${column}`;
      if (value !== undefined && !reported.has(key) && !matched.has(key) && !document.includes(value)) {
        at(record, column, `${column} ${JSON.stringify(value)} does not occur in ${sourceFile}`);
      }
    }
  }
  return problems;
}

function codeOf(item: TableRecord | DocumentRow): string {
  return 'cells' in item ? cell(item, 'code') : item.code;
}

/**
 * Checks every table against the document sources.csv says it transcribes, and every alias
 * against its document. Row counts need no check of their own: a count that differs shows as
 * the rows that are missing or extra, each at its place. Rows, files or columns that are missing or malformed are left to the
 * reader and the structural validator: this check only reports what it can compare.
 */
export function checkFidelity(tables: RawTables): Problem[] {
  const problems: Problem[] = [];
  const tablesByName = new Map(tables.errorTables.map((table) => [table.name, table]));

  for (const source of tables.sources.records) {
    const table = tablesByName.get(cell(source, 'table'));
    const sourceFile = cell(source, 'source_file');
    const document = tables.documents.get(sourceFile);
    const language = cell(source, 'language');
    const section = cell(source, 'section');
    if (table === undefined || document === undefined || !isLanguage(language) || section === '') continue;
    problems.push(
      ...checkTranscription(table, document, sourceFile, section, language, { file: tables.sources.file, line: source.line }),
    );
  }

  for (const alias of tables.aliases.records) {
    const sourceFile = cell(alias, 'source_file');
    const document = tables.documents.get(sourceFile);
    if (document === undefined) continue;
    for (const column of ['alias', 'code']) {
      const value = given(cell(alias, column));
      if (value !== undefined && !document.includes(value)) {
        problems.push({
          file: tables.aliases.file,
          line: alias.line,
          message: `${column} ${JSON.stringify(value)} does not occur in ${sourceFile}`,
        });
      }
    }
  }
  return problems;
}
