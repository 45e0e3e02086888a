// Finds the characters no vendor means in a cell (controls, bidi controls, zero-width characters, lone
// surrogates, U+FFFD) and cells longer than a document's text runs, for validate and import alike.

import type { Problem, TableFile } from '../read-tables/table-file.js';

/** The C0 controls by their Unicode names (aliases: the characters' names are `<control>`). */
const C0_NAMES = [
  'NULL',
  'START OF HEADING',
  'START OF TEXT',
  'END OF TEXT',
  'END OF TRANSMISSION',
  'ENQUIRY',
  'ACKNOWLEDGE',
  'BELL',
  'BACKSPACE',
  'CHARACTER TABULATION',
  'LINE FEED',
  'LINE TABULATION',
  'FORM FEED',
  'CARRIAGE RETURN',
  'SHIFT OUT',
  'SHIFT IN',
  'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE',
  'DEVICE CONTROL TWO',
  'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE',
  'END OF TRANSMISSION BLOCK',
  'CANCEL',
  'END OF MEDIUM',
  'SUBSTITUTE',
  'ESCAPE',
  'FILE SEPARATOR',
  'GROUP SEPARATOR',
  'RECORD SEPARATOR',
  'UNIT SEPARATOR',
] as const;

/** The C1 controls, U+0080 to U+009F, by their Unicode aliases. */
const C1_NAMES = [
  'PADDING CHARACTER',
  'HIGH OCTET PRESET',
  'BREAK PERMITTED HERE',
  'NO BREAK HERE',
  'INDEX',
  'NEXT LINE',
  'START OF SELECTED AREA',
  'END OF SELECTED AREA',
  'CHARACTER TABULATION SET',
  'CHARACTER TABULATION WITH JUSTIFICATION',
  'LINE TABULATION SET',
  'PARTIAL LINE FORWARD',
  'PARTIAL LINE BACKWARD',
  'REVERSE LINE FEED',
  'SINGLE SHIFT TWO',
  'SINGLE SHIFT THREE',
  'DEVICE CONTROL STRING',
  'PRIVATE USE ONE',
  'PRIVATE USE TWO',
  'SET TRANSMIT STATE',
  'CANCEL CHARACTER',
  'MESSAGE WAITING',
  'START OF GUARDED AREA',
  'END OF GUARDED AREA',
  'START OF STRING',
  'SINGLE GRAPHIC CHARACTER INTRODUCER',
  'SINGLE CHARACTER INTRODUCER',
  'CONTROL SEQUENCE INTRODUCER',
  'STRING TERMINATOR',
  'OPERATING SYSTEM COMMAND',
  'PRIVACY MESSAGE',
  'APPLICATION PROGRAM COMMAND',
] as const;

/** Invisible characters that change how the text around them reads, or break a line where LF is the schema's. */
const FORMAT_NAMES: ReadonlyMap<number, string> = new Map([
  [0x061c, 'ARABIC LETTER MARK'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x2028, 'LINE SEPARATOR'],
  [0x2029, 'PARAGRAPH SEPARATOR'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE (BOM)'],
  [0xfffd, 'REPLACEMENT CHARACTER'],
]);

/**
 * The characters of a cell that none of the vendors' documents means, and why: a bidi control makes
 * a reviewed diff read otherwise than it is (CVE-2021-42574), an ESC sequence reaches a terminal,
 * U+FFFD and a lone surrogate are text lost on the way; tag characters (U+E0000-U+E007F) are
 * invisible text riding along (and a cell of them alone renders as nothing). No-break and full-width spaces are not
 * among them: they are printed text a vendor can write.
 */
const SUSPECT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this check's job
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060\u2066-\u2069\uFEFF\uFFFD\uD800-\uDFFF\u{E0000}-\u{E007F}]/u;

const hex = (codePoint: number): string =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** The Unicode name of a character SUSPECT matches. */
function characterName(codePoint: number): string {
  if (codePoint < 0x20) return C0_NAMES[codePoint]!;
  if (codePoint === 0x7f) return 'DELETE';
  if (codePoint >= 0x80 && codePoint <= 0x9f) return C1_NAMES[codePoint - 0x80]!;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff)
    return codePoint < 0xdc00 ? 'lone HIGH SURROGATE' : 'lone LOW SURROGATE';
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) return 'TAG CHARACTER';
  return FORMAT_NAMES.get(codePoint) ?? 'format character';
}

/** One character found: what it is, where in the text (1-based, in characters), and its line there (0-based). */
export interface FoundCharacter {
  readonly description: string;
  readonly character: number;
  readonly lineOffset: number;
}

/**
 * Every character of `text` that no vendor means, with a line feed among them unless `lineBreaks`
 * allows it. Positions count characters (code points), as an editor's column does.
 */
export function suspectCharacters(text: string, lineBreaks: boolean): FoundCharacter[] {
  const found: FoundCharacter[] = [];
  if (!hasSuspectCharacter(text, lineBreaks)) return found;
  let character = 0;
  let lineOffset = 0;
  for (const char of text) {
    character += 1;
    const codePoint = char.codePointAt(0)!;
    const suspect =
      (codePoint === 0x0a && !lineBreaks) || (codePoint !== 0x0a && SUSPECT.test(char));
    if (suspect) {
      found.push({
        description: `${hex(codePoint)} ${characterName(codePoint)} at character ${character}`,
        character,
        lineOffset,
      });
    }
    if (codePoint === 0x0a) lineOffset += 1;
  }
  return found;
}

/** Whether `text` has any character suspectCharacters would report. */
export const hasSuspectCharacter = (text: string, lineBreaks: boolean): boolean =>
  (!lineBreaks && text.includes('\n')) || SUSPECT.test(text);

/**
 * The longest a cell may be, in characters. The longest cell of the committed tables is 178
 * characters (a code list's English description); a vendor's cell is a message or a sentence or
 * two, and every character of it is searched on the catalog page at each keystroke.
 */
export const CELL_LENGTH_LIMIT = 1000;

/**
 * The largest a vendor document may be, in bytes: the largest copy in tables/sources/ is 26 KB (CSS
 * Live's code list); a page forty times that is not one vendor table any more.
 */
export const DOCUMENT_SIZE_LIMIT = 1024 * 1024;

/** Why a line feed is refused, said with the problem. */
const lineFeedReason = 'a line break is allowed only in description_zh and description_en';

/** One problem of a cell's text: the line of it (0-based from the cell's first) and the message. */
export interface CellTextProblem {
  readonly lineOffset: number;
  readonly message: string;
}

/**
 * What is wrong with one cell's text, as `column: U+202E RIGHT-TO-LEFT OVERRIDE at character 5`:
 * each suspect character, and a length over CELL_LENGTH_LIMIT. `lineBreaks`: the column may run
 * over lines.
 */
export function cellTextProblems(
  column: string,
  text: string,
  lineBreaks: boolean,
): CellTextProblem[] {
  const problems: CellTextProblem[] = suspectCharacters(text, lineBreaks).map((found) => ({
    lineOffset: found.lineOffset,
    message: `${column}: ${found.description}${found.description.startsWith('U+000A ') ? `; ${lineFeedReason}` : ''}`,
  }));
  if (text.length > CELL_LENGTH_LIMIT) {
    const length = [...text].length;
    if (length > CELL_LENGTH_LIMIT) {
      problems.push({
        lineOffset: 0,
        message: `${column}: is ${length} characters long, more than the ${CELL_LENGTH_LIMIT} a cell may have; is it one cell of the vendor's table?`,
      });
    }
  }
  return problems;
}

/**
 * Each cell's suspect characters, one problem per character (at the line it is on), and each cell
 * over CELL_LENGTH_LIMIT. `lineBreakColumns` are the columns whose text may run over lines.
 */
export function checkCellCharacters<Column extends string>(
  table: TableFile<Column>,
  lineBreakColumns: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  for (const record of table.records) {
    // A quoted line break moves the cells after it down: the line a character is on counts them.
    let lineOffset = 0;
    for (const column of Object.keys(record.cells) as Column[]) {
      const value = record.cells[column];
      for (const found of cellTextProblems(column, value, lineBreakColumns.has(column))) {
        problems.push({
          file: table.file,
          line: record.line + lineOffset + found.lineOffset,
          column,
          recordLine: record.line,
          message: found.message,
        });
      }
      lineOffset += value.split('\n').length - 1;
    }
  }
  return problems;
}

/** A document over DOCUMENT_SIZE_LIMIT, in the words of its problem line. */
export const describeOversizedDocument = (bytes: number): string =>
  `is ${(bytes / 1024 / 1024).toFixed(1)} MiB, more than the ${DOCUMENT_SIZE_LIMIT / 1024 / 1024} MiB a vendor document may be; is it one vendor page or code list, saved whole and once?`;
