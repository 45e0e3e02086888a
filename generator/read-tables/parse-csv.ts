// Parses one CSV file into records that know their first line, turning malformed CSV into problems.

import { CsvError, parse } from 'csv-parse/sync';

/** A record as cells in file order, with the 1-based line it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface ParsedCsv {
  readonly rows: readonly CsvRow[];
  /** Where the CSV stopped being readable, if it did; rows before it are kept. */
  readonly error?: { readonly line: number; readonly message: string };
}

const LINE_FEED = 0x0a;

/** Counts line feeds per byte offset once, so each record's first line is a lookup, not a rescan. */
function lineOfOffset(bytes: Uint8Array): (offset: number) => number {
  const feeds: number[] = [];
  bytes.forEach((byte, index) => {
    if (byte === LINE_FEED) feeds.push(index);
  });
  return (offset) => {
    // Number of line feeds strictly before `offset`, by binary search.
    let low = 0;
    let high = feeds.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((feeds[middle] ?? Infinity) < offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}

/** The reader's words for csv-parse's errors: say what to fix, not where the parser was. */
function describeCsvError(error: CsvError, startLine: number): string {
  const endLine = typeof error['lines'] === 'number' ? error['lines'] : startLine;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell that starts in this record is never closed; nothing after it could be read';
    case 'INVALID_OPENING_QUOTE':
      return 'a quote inside an unquoted cell; quote the whole cell and double the quote ("")';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      // A record that runs on for lines often means a quote opened here was never closed.
      return endLine > startLine
        ? `text follows a closing quote on line ${endLine}, in the record that starts here; is a quote in this record left open?`
        : 'text follows the closing quote of a cell; double a quote inside a quoted cell ("")';
    default:
      return `unreadable CSV (${error.code}): ${error.message}`;
  }
}

/**
 * Parses without `columns`, so the header is an ordinary record the validator can compare, and
 * with `relax_column_count`, so a short or long row is reported by the caller instead of ending
 * the parse. csv-parse reports the line where a record ENDS; a record's first line comes from the
 * byte offset where the previous record ended.
 */
export function parseCsv(bytes: Uint8Array): ParsedCsv {
  const lineOf = lineOfOffset(bytes);
  const rows: CsvRow[] = [];
  let previousEnd = 0;
  try {
    parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      bom: true,
      relax_column_count: true,
      on_record: (record: string[], context) => {
        const start = previousEnd;
        previousEnd = context.bytes;
        rows.push({ line: lineOf(start), cells: record });
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The failing record starts right after the last record that parsed.
    const line = lineOf(previousEnd);
    return { rows, error: { line, message: describeCsvError(error, line) } };
  }
  return { rows };
}
