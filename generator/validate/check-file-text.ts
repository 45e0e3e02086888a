// Checks every readable tables/ CSV file for what the schema rules out in any file: BOM, CR, stray whitespace.

import { excerpt, type Problem, type TableFile } from '../read-tables/table-file.js';

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

/** Leading or trailing whitespace in any cell; runs of spaces inside a cell are the vendor's text and stay. */
export function checkCellWhitespace<Column extends string>(table: TableFile<Column>): Problem[] {
  const problems: Problem[] = [];
  for (const record of table.records) {
    for (const column of Object.keys(record.cells) as Column[]) {
      const value = record.cells[column];
      const leading = /^\s/u.test(value);
      const trailing = /\s$/u.test(value);
      if (leading || trailing) {
        const where =
          leading && trailing ? 'leading and trailing' : leading ? 'leading' : 'trailing';
        problems.push({
          file: table.file,
          line: record.line,
          column,
          message: `${column} ${excerpt(value, 40)} has ${where} whitespace`,
        });
      }
    }
  }
  return problems;
}
