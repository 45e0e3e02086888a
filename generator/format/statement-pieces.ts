// Cuts a TypeScript or JavaScript module between top-level statements, so prettier can format it in pieces that join into what the whole module formats to.

import { groupCuts, type PiecePlan } from './piece-plan.js';

const enum Char {
  Tab = 9,
  Newline = 10,
  Space = 32,
  DoubleQuote = 34,
  Dollar = 36,
  SingleQuote = 39,
  OpenParen = 40,
  CloseParen = 41,
  Star = 42,
  Slash = 47,
  Semicolon = 59,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  Backtick = 96,
  OpenBrace = 123,
  CloseBrace = 125,
}

/**
 * Starts of lines that follow a line ending in `;` outside any bracket, string, template or
 * comment, as a light scan sees them. The scan does not know regular expressions, so it can be
 * wrong; that costs nothing but speed, because a cut is only trusted once prettier has parsed
 * every piece (see splitStatements).
 */
export function statementCuts(text: string): number[] {
  const cuts: number[] = [];
  // Open brackets; a template literal's `${` counts as one, and templates nest through it.
  let depth = 0;
  const templateDepths: number[] = [];
  let lastCode = 0;
  let index = 0;
  const length = text.length;
  /** Skips a template literal's text from `index` up to its end or its next `${`. */
  const skipTemplateText = (): void => {
    while (index < length) {
      const char = text.charCodeAt(index);
      if (char === Char.Backslash) index += 2;
      else if (char === Char.Backtick) {
        index += 1;
        return;
      } else if (char === Char.Dollar && text.charCodeAt(index + 1) === Char.OpenBrace) {
        index += 2;
        depth += 1;
        templateDepths.push(depth);
        return;
      } else index += 1;
    }
  };
  while (index < length) {
    const char = text.charCodeAt(index);
    if (char === Char.Newline) {
      if (depth === 0 && lastCode === Char.Semicolon) cuts.push(index + 1);
      lastCode = 0;
      index += 1;
    } else if (char === Char.Space || char === Char.Tab) {
      index += 1;
    } else if (char === Char.Slash && text.charCodeAt(index + 1) === Char.Slash) {
      // A line comment after the `;` keeps the line from being cut: prettier would attach it to
      // the statement before, but in a piece of its own to the statement after.
      lastCode = Char.Slash;
      const end = text.indexOf('\n', index);
      index = end < 0 ? length : end;
    } else if (char === Char.Slash && text.charCodeAt(index + 1) === Char.Star) {
      lastCode = Char.Star;
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? length : end + 2;
    } else if (char === Char.SingleQuote || char === Char.DoubleQuote) {
      lastCode = char;
      index += 1;
      while (index < length) {
        const inner = text.charCodeAt(index);
        if (inner === Char.Backslash) index += 2;
        else if (inner === char) {
          index += 1;
          break;
        } else if (inner === Char.Newline) break;
        else index += 1;
      }
    } else if (char === Char.Backtick) {
      lastCode = char;
      index += 1;
      skipTemplateText();
    } else {
      lastCode = char;
      index += 1;
      if (char === Char.OpenBrace || char === Char.OpenParen || char === Char.OpenBracket)
        depth += 1;
      else if (char === Char.CloseBrace && templateDepths[templateDepths.length - 1] === depth) {
        templateDepths.pop();
        depth -= 1;
        skipTemplateText();
      } else if (char === Char.CloseBrace || char === Char.CloseParen || char === Char.CloseBracket)
        depth = Math.max(0, depth - 1);
    }
  }
  return cuts;
}

/**
 * Cuts a module of at least two pieces' size into pieces of about `pieceChars` between top-level
 * statements. Why the joined pieces equal the whole module formatted, once prettier has parsed
 * every piece (the caller formats the whole module when any piece fails):
 * - A piece ends after a `;` at the end of a line. It parses only if every bracket, string,
 *   template and comment it opens is closed, so (by induction from the first piece) each cut lies
 *   between two top-level statements; a statement that goes on after `;` (`else`, `while` of a
 *   do-while) would leave the next piece unparsable.
 * - prettier prints top-level statements one per line, each formatted from its own syntax tree,
 *   with one blank line after a statement whose next source line is blank (isNextLineEmpty). The
 *   join puts exactly that line break between two pieces.
 * - No cut goes before a line that starts with a string: alone at the top of a piece it would
 *   become a directive, which prettier prints by other rules.
 * Undefined when the module is small or offers no cut.
 */
export function splitStatements(text: string, pieceChars: number): PiecePlan | undefined {
  if (text.length < 2 * pieceChars || text.includes('\r')) return undefined;
  const cuts = statementCuts(text).filter((cut) => {
    const next = /^[ \t]*(\S|\n)/.exec(text.slice(cut, cut + 200))?.[1];
    return next !== undefined && next !== "'" && next !== '"' && next !== '`';
  });
  const chosen = groupCuts(cuts, pieceChars, text.length);
  if (chosen.length === 0) return undefined;
  const bounds = [0, ...chosen, text.length];
  const pieces = chosen.map((_, i) => text.slice(bounds[i], bounds[i + 1]));
  pieces.push(text.slice(chosen[chosen.length - 1]));
  if (pieces.some((piece) => piece.trim() === '')) return undefined;
  const blankLineBefore = chosen.map((cut) => /^[ \t]*\n/.test(text.slice(cut, cut + 200)));
  return {
    pieces,
    join: (formatted) =>
      formatted
        .map((piece, i) => (i > 0 && blankLineBefore[i - 1] ? `\n${piece}` : piece))
        .join(''),
  };
}
