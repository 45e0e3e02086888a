// The hostile corpus every text output is tested on: cells validate accepts, made of what each output reads as markup.

import fc from 'fast-check';
import {
  hasSuspectCharacter,
  suspectCharacters,
} from '../../generator/validate/check-characters.js';

/** Pieces that end, open or escape something in TypeScript, Markdown, HTML or a terminal. */
export const HOSTILE_PIECES = [
  '*/',
  '/*',
  '/**',
  '</script>',
  '</SCRIPT ',
  '<!--',
  '-->',
  '<!--<script>',
  '<script>',
  '<script',
  '${',
  '`',
  '```',
  '<bucket>',
  '*x*',
  '**b**',
  '_y_',
  '|',
  '\\',
  '\\|',
  '\\`',
  "'",
  '"',
  '&amp;',
  '&lt;',
  '&#42;',
  '[link](javascript:alert(1))',
  '![img](x)',
  '<img src=x onerror=alert(1)>',
  'https://example.com/a_b',
  'www.example.com',
  'ops@example.com',
  '~~s~~',
  '# ',
  '#',
  '- ',
  '+ ',
  '1. ',
  '2)',
  '> ',
  '=',
  '---',
  '@deprecated',
  ':smile:',
  '\u00a0',
  '\u3000',
  // Line breaks to JavaScript source before ES2019, and to JSON read as script: validate refuses them in cells.
  '\u2028',
  '\u2029',
  '参数错误,请检查:',
  '签名过期',
  '😀',
  '👍🏽',
  'Key <bucket> is *required*',
  '__proto__',
] as const;

/** Any text made of hostile pieces and arbitrary characters, possibly with line feeds. */
const rawText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
      { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\n') },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

/** Removes what validate refuses: the characters it reports, and whitespace at either end. */
function asValidCell(text: string, lineBreaks: boolean): string {
  if (!hasSuspectCharacter(text, lineBreaks)) return text.trim();
  const drop = new Set(suspectCharacters(text, lineBreaks).map((found) => found.character));
  return [...text]
    .filter((_, index) => !drop.has(index + 1))
    .join('')
    .trim();
}

/** A cell validate accepts: no control, bidi or zero-width character, no outer whitespace, not empty. */
export const hostileCell = (options: { lineBreaks: boolean }): fc.Arbitrary<string> =>
  rawText
    // A description's lines are trimmed as the code lists' are: no blank around a line break.
    .map((text) => asValidCell(text, options.lineBreaks).replace(/\s*\n\s*/g, '\n'))
    .filter((text) => text !== '');

/** Any string at all, lone surrogates and controls included: for outputs that must carry everything. */
export const hostileString: fc.Arbitrary<string> = rawText;

/** At least this many generated strings per output, as the suite runs them. */
export const RUNS = 1000;
