// Parses one CSV file into records that know their first line, turning malformed CSV into one problem at its cause.

import { CsvError, parse } from 'csv-parse/sync';
import { excerpt } from './table-file.js';

/** A record as cells in file order, with the 1-based line it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface ParsedCsv {
  readonly rows: readonly CsvRow[];
  /** Where the CSV stopped being readable, if it did: the line its record starts on. */
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

/** The quote that broke a record, found by reading the record again cell by cell. */
interface QuoteAt {
  /** 0-based cell index in the record. */
  readonly cell: number;
  /** Line (relative to the record's first, 0-based) and 1-based character column of the quote. */
  readonly lineOffset: number;
  readonly column: number;
  /** What follows the quote on its line, for the message. */
  readonly after: string;
  readonly kind: 'never-closed' | 'runs-on' | 'text-after-close' | 'inside-unquoted';
  /** For `runs-on`: how many lines below the quote the cell, read as quoted, would end. */
  readonly runsTo?: number;
}

/** Reads `record` (the text from a record's start) as RFC 4180 cells until the quote that breaks it. */
function findBrokenQuote(record: string): QuoteAt | undefined {
  let position = 0;
  let cell = 0;
  const where = (index: number): { lineOffset: number; column: number; after: string } => {
    const before = record.slice(0, index);
    const lineStart = before.lastIndexOf('\n') + 1;
    const lineEnd = record.indexOf('\n', index);
    return {
      lineOffset: before.split('\n').length - 1,
      column: index - lineStart + 1,
      after: record.slice(index, lineEnd === -1 ? undefined : lineEnd),
    };
  };
  while (position <= record.length) {
    if (record[position] === '"') {
      const open = position;
      let index = open + 1;
      for (;;) {
        const quote = record.indexOf('"', index);
        if (quote === -1) return { cell, ...where(open), kind: 'never-closed' };
        if (record[quote + 1] === '"') {
          index = quote + 2;
          continue;
        }
        index = quote;
        break;
      }
      const next = record[index + 1];
      if (next === undefined || next === '\n' || next === '\r') return undefined;
      if (next === ',') {
        cell += 1;
        position = index + 2;
        continue;
      }
      const opened = where(open);
      const closed = where(index);
      return closed.lineOffset > opened.lineOffset
        ? { cell, ...opened, kind: 'runs-on', runsTo: closed.lineOffset - opened.lineOffset }
        : { cell, ...opened, kind: 'text-after-close' };
    }
    const end = record.slice(position).search(/[,\n"]/);
    if (end === -1) return undefined;
    const stop = position + end;
    if (record[stop] === '"') return { cell, ...where(stop), kind: 'inside-unquoted' };
    if (record[stop] === '\n') return undefined;
    cell += 1;
    position = stop + 1;
  }
  return undefined;
}

/** The reader's words for a broken quote: which cell, where, and what to do about it. */
function describeQuote(quote: QuoteAt, startLine: number, header: readonly string[]): string {
  const line = startLine + quote.lineOffset;
  const column = header[quote.cell];
  const cellName = column === undefined ? `cell ${quote.cell + 1}` : `the ${column} cell`;
  const at = `line ${line} column ${quote.column}, before ${excerpt(quote.after.slice(1), 40)}`;
  switch (quote.kind) {
    case 'never-closed':
      return `the quote that opens ${cellName} (${at}) is never closed; nothing after it could be read`;
    case 'runs-on':
      return `the quote that opens ${cellName} (${at}) is not closed on its line: read as one cell it runs ${quote.runsTo} line(s) on, to text after a quote; close the quote, or double a quote inside the cell ("")`;
    case 'text-after-close':
      return `text follows the closing quote of ${cellName} (${at}); double a quote inside a quoted cell ("")`;
    case 'inside-unquoted':
      return `a quote inside the unquoted ${cellName.replace(/^the /, '')} (${at}); quote the whole cell and double the quote ("")`;
  }
}

/**
 * Parses without `columns`, so the header is an ordinary record the reader can compare, and
 * with `relax_column_count`, so a short or long row is reported by the caller instead of ending
 * the parse. csv-parse reports the line where a record ENDS; a record's first line comes from the
 * byte offset where the previous record ended.
 */
export function parseCsv(bytes: Uint8Array): ParsedCsv {
  const lineOf = lineOfOffset(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rows: CsvRow[] = [];
  let previousEnd = 0;
  try {
    parse(buffer, {
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
    const record = buffer
      .subarray(previousEnd)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const quote = findBrokenQuote(record);
    const message =
      quote === undefined
        ? `unreadable CSV (${error.code}): ${error.message}`
        : describeQuote(quote, line, rows[0]?.cells ?? []);
    return { rows, error: { line, message } };
  }
  return { rows };
}
