// Columns a line of text takes as prettier counts them, for text printed in prettier's layout without prettier.
import { eastAsianWidth } from 'get-east-asian-width';

const ASCII = /^[\x20-\x7e]*$/;
const ZERO_WIDTH = /[\p{Nonspacing_Mark}\p{Enclosing_Mark}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;

/**
 * prettier's getStringWidth: East Asian wide and fullwidth characters take two columns, combining
 * marks and control characters none, a pictographic emoji two.
 */
export function textWidth(text: string): number {
  if (ASCII.test(text)) return text.length;
  let width = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f)) continue;
    if (ZERO_WIDTH.test(character)) continue;
    width += EMOJI.test(character) ? 2 : eastAsianWidth(codePoint);
  }
  return width;
}

/** The page width of generated/ (the formatter's printWidth). */
export const PRINT_WIDTH = 100;

/** Does a line fit the page? */
export const fits = (line: string): boolean => textWidth(line) <= PRINT_WIDTH;
