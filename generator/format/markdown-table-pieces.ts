// Cuts a markdown document between the rows of its long tables, so prettier can format it in pieces that join into what the whole document formats to.

import { groupCuts, type PiecePlan } from './piece-plan.js';

/**
 * Lines that open a block which may run past a blank line and hold text that looks like a table
 * (fenced code, math, HTML blocks of kinds 1-5), that change how text elsewhere parses (link and
 * footnote definitions), or that keep prettier off the next block. A document with one of them,
 * or with front matter, is formatted whole.
 */
const UNSAFE_LINE =
  /^\s*(?:```|~~~|\$\$|\[[^\]]*\]:|<(?:\?|![A-Za-z]|!\[CDATA\[|(?:pre|script|style|textarea)(?:[\s>]|$)))|prettier-ignore/i;
/** An HTML comment that does not close on its line: a block that runs until `-->`. */
const OPEN_COMMENT = /<!--(?!.*-->)/;
const DELIMITER_ROW = /^\|(?:\s*:?-+:?\s*\|)+\s*$/;
/** The delimiter row as prettier prints a table it does not align: each cell 3 characters. */
const COMPACT_DELIMITER_ROW = /^\|(?: (?:---|:--|--:|:-:) \|)+$/;

interface Table {
  /** Line index of the header row; the delimiter row follows, then the body rows. */
  readonly header: number;
  /** Line index one past the last body row. */
  readonly end: number;
}

/** Top-level tables: a `|` header row after a blank line (or first), a delimiter row, `|` rows. */
function findTables(lines: readonly string[]): Table[] {
  const tables: Table[] = [];
  for (let line = 0; line + 1 < lines.length; line += 1) {
    if (!lines[line]!.startsWith('|') || (line > 0 && lines[line - 1] !== '')) continue;
    if (!DELIMITER_ROW.test(lines[line + 1]!)) continue;
    let end = line + 2;
    while (end < lines.length && lines[end]!.startsWith('|')) end += 1;
    tables.push({ header: line, end });
    line = end - 1;
  }
  return tables;
}

/** A table's lines in one formatted piece: its header, its delimiter row, its rows there. */
interface Segment {
  readonly piece: number;
  /** Whether the segment opens the piece's output (a repeated header) or closes it. */
  readonly at: 'start' | 'end';
  readonly rows: number;
  readonly table: number;
}

/**
 * Cuts long tables of a document into row groups of about `pieceChars`; each piece after a cut
 * starts with the table's header and delimiter row again, and the join drops those two lines.
 * Why the join equals the whole document formatted, checked on every formatted piece:
 * - With proseWrap `never`, prettier prints a table aligned (cells padded to their column's width,
 *   each delimiter cell as wide as its column, at least 3) when that fits the print width, and
 *   compact otherwise (cells unpadded, every delimiter cell 3 characters: `---`, `:-:`...).
 * - So a segment printed with 3-character delimiter cells was compact, unless all its columns are
 *   3 wide, in which case its header row is exactly 6n+1 wide for n columns. A 3-character
 *   delimiter row under a header of another width proves the segment compact.
 * - A segment compact means its aligned width exceeds the print width; the whole table's aligned
 *   width is at least as large (no column is narrower), so the whole table is compact too, and a
 *   compact row prints from its own cells only: the rows join line for line.
 * - Text outside the long tables stays in one piece with its neighbours, as in the whole document;
 *   UNSAFE_LINE keeps out what could make a row or that text parse differently.
 * The join is undefined when a segment fails these checks; undefined too when nothing is cut.
 */
export function splitMarkdownTables(
  text: string,
  pieceChars: number,
  stringWidth: (line: string) => number,
): PiecePlan | undefined {
  if (text.length < 2 * pieceChars || text.includes('\r')) return undefined;
  if (/^(?:---|\+\+\+)[ \t]*\n/.test(text)) return undefined;
  const lines = text.split('\n');
  if (lines.some((line) => UNSAFE_LINE.test(line) || OPEN_COMMENT.test(line))) return undefined;
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }

  const tables = findTables(lines);
  // Candidate cuts: the start of every body row but the first, with the table it cuts.
  const cutTable = new Map<number, number>();
  const cuts: number[] = [];
  tables.forEach((table, index) => {
    for (let row = table.header + 3; row < table.end; row += 1) {
      cuts.push(lineStarts[row]!);
      cutTable.set(lineStarts[row]!, index);
    }
  });
  const chosen = groupCuts(cuts, pieceChars, text.length);
  if (chosen.length === 0) return undefined;

  const pieces: string[] = [];
  const segments: Segment[] = [];
  const lineAt = new Map(lineStarts.map((start, line) => [start, line]));
  const bounds = [0, ...chosen, text.length];
  for (let piece = 0; piece + 1 < bounds.length; piece += 1) {
    const start = bounds[piece]!;
    const end = bounds[piece + 1]!;
    let repeated = '';
    const opening = cutTable.get(start);
    if (opening !== undefined) {
      const table = tables[opening]!;
      repeated = `${lines[table.header]}\n${lines[table.header + 1]}\n`;
      const firstRow = lineAt.get(start)!;
      const rowsEnd = Math.min(table.end, lineAt.get(end) ?? lines.length);
      segments.push({ piece, at: 'start', rows: rowsEnd - firstRow, table: opening });
    }
    const closing = cutTable.get(end);
    if (closing !== undefined) {
      const table = tables[closing]!;
      const lastRow = lineAt.get(end)!;
      const firstRow = Math.max(table.header + 2, lineAt.get(start) ?? 0);
      // A piece that both opens and closes inside one table is a single segment.
      if (opening !== closing)
        segments.push({ piece, at: 'end', rows: lastRow - firstRow, table: closing });
    }
    pieces.push(repeated + text.slice(start, end));
  }

  return {
    pieces,
    join: (formatted) => {
      const outputLines = formatted.map((piece) => piece.split('\n'));
      const headerOf = new Map<number, string>();
      for (const segment of segments) {
        const piece = outputLines[segment.piece]!;
        // The formatted piece ends with a newline: its last element is ''.
        const count = segment.rows + 2;
        const first = segment.at === 'start' ? 0 : piece.length - 1 - count;
        if (first < 0) return undefined;
        const table = piece.slice(first, first + count);
        if (table.length !== count || !COMPACT_DELIMITER_ROW.test(table[1]!)) return undefined;
        if (!table.every((line) => line.startsWith('| ') && line.endsWith(' |'))) return undefined;
        const columns = table[1]!.split('|').length - 2;
        if (stringWidth(table[0]!) === 6 * columns + 1) return undefined;
        const header = `${table[0]}\n${table[1]}`;
        if ((headerOf.get(segment.table) ?? header) !== header) return undefined;
        headerOf.set(segment.table, header);
      }
      return formatted
        .map((piece, index) =>
          cutTable.has(bounds[index]!)
            ? piece.slice(piece.indexOf('\n', piece.indexOf('\n') + 1) + 1)
            : piece,
        )
        .join('');
    },
  };
}
