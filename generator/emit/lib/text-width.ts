// Columns a line of text takes as prettier counts them, for text printed in prettier's layout without prettier.
import { eastAsianWidth } from 'get-east-asian-width';

const ASCII = /^[\x20-\x7e]*$/;
const ZERO_WIDTH = /[\p{Nonspacing_Mark}\p{Enclosing_Mark}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
/** Characters that may take fewer columns than UTF-16 units: controls, marks, astral characters. */
const NARROWER_THAN_LENGTH =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters take no column, the point of the class
  /[\x00-\x1f\x7f-\x9f\p{Nonspacing_Mark}\p{Enclosing_Mark}\u{10000}-\u{10ffff}]/u;

/**
 * prettier's getStringWidth: East Asian wide and fullwidth characters take two columns, combining
 * marks and control characters none, a pictographic emoji two.
 */
export function textWidth(text: string): number {
  if (ASCII.test(text)) return text.length;
  let width = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint < 0x300) {
      width += codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f) ? 0 : 1;
      continue;
    }
    if (ZERO_WIDTH.test(character)) continue;
    width += codePoint >= 0x2000 && EMOJI.test(character) ? 2 : eastAsianWidth(codePoint);
  }
  return width;
}

/** The page width of generated/ (the formatter's printWidth). */
export const PRINT_WIDTH = 100;

/**
 * Does a line fit the page? Most lines are decided by their length alone: no character takes more
 * than two columns, and only a few take fewer than their UTF-16 units.
 */
export function fits(line: string): boolean {
  if (line.length * 2 <= PRINT_WIDTH) return true;
  if (line.length > PRINT_WIDTH && !NARROWER_THAN_LENGTH.test(line)) return false;
  return textWidth(line) <= PRINT_WIDTH;
}
