// Checks every tables/ CSV file for what the schema rules out in any file: BOM, CR, stray whitespace, wrong header.

import type { Problem, TableFile } from '../read-tables/table-file.js';

const quote = (value: string): string => JSON.stringify(value);

/** A cell's value for a message: quoted, cut to a readable length. */
export const excerpt = (value: string, limit = 40): string =>
  quote(value.length > limit ? `${value.slice(0, limit)}…` : value);

/** The 1-based line holding the character at `index` of `text`. */
const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** Encoding and line endings: UTF-8 without BOM, LF only (a CR would end up inside generated strings). */
export function checkEncoding(table: TableFile): Problem[] {
  const problems: Problem[] = [];
  if (table.text.startsWith('\uFEFF')) {
    problems.push({
      file: table.file,
      line: 1,
      message: 'starts with a byte order mark (BOM); save as UTF-8 without BOM',
    });
  }
  const carriageReturn = table.text.indexOf('\r');
  if (carriageReturn !== -1) {
    problems.push({
      file: table.file,
      line: lineAt(table.text, carriageReturn),
      message: 'has a carriage return (CRLF line endings); the tables use LF only',
    });
  }
  return problems;
}

/** The header, exactly and in order; says which names are missing or unexpected. */
export function checkHeader(table: TableFile, expected: readonly string[]): Problem[] {
  if (table.header.length === 0) return [];
  const got = table.header.join(',');
  const want = expected.join(',');
  if (got === want) return [];
  const missing = expected.filter((name) => !table.header.includes(name));
  const unexpected = table.header.filter((name) => !expected.includes(name));
  const details = [
    missing.length > 0 ? `missing ${missing.map(quote).join(', ')}` : '',
    unexpected.length > 0 ? `unexpected ${unexpected.map(quote).join(', ')}` : '',
    missing.length === 0 && unexpected.length === 0 ? 'columns out of order' : '',
  ].filter((detail) => detail !== '');
  return [
    {
      file: table.file,
      line: 1,
      message: `header is ${quote(got)}; want ${quote(want)} (${details.join('; ')})`,
    },
  ];
}

/** Leading or trailing whitespace in any cell; runs of spaces inside a cell are the vendor's text and stay. */
export function checkCellWhitespace(table: TableFile): Problem[] {
  const problems: Problem[] = [];
  for (const record of table.records) {
    for (const column of table.header) {
      const value = record.cells[column] ?? '';
      const leading = /^\s/u.test(value);
      const trailing = /\s$/u.test(value);
      if (leading || trailing) {
        const where =
          leading && trailing ? 'leading and trailing' : leading ? 'leading' : 'trailing';
        problems.push({
          file: table.file,
          line: record.line,
          message: `${column} ${excerpt(value)} has ${where} whitespace`,
        });
      }
    }
  }
  return problems;
}

/** Cells that the schema requires, reported one problem per empty cell. */
export function checkRequiredCells(table: TableFile, required: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const record of table.records) {
    for (const column of required) {
      if ((record.cells[column] ?? '') === '') {
        problems.push({
          file: table.file,
          line: record.line,
          message: `${column} is empty; it is required`,
        });
      }
    }
  }
  return problems;
}

/** Does the header match exactly? Row checks of a file with a wrong header would only echo it. */
export const headerMatches = (table: TableFile, expected: readonly string[]): boolean =>
  table.header.length === expected.length &&
  table.header.every((name, index) => name === expected[index]);
