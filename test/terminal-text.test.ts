// The CLI's terminal text (fast-check): no character a terminal acts on gets through, and every output reads back to its input.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  terminalJson,
  terminalLine,
  terminalText,
} from '../generator/shipped/cli/terminal-text.js';
import { hostileString, RUNS } from './helpers/hostile-text.js';

/** What a terminal acts on instead of showing: C0, DEL, C1, separators, bidi controls, and halves of no pair. */
const ACTED_ON =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for characters a terminal acts on
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Reads terminalLine's output back: `\\` a backslash, `\xHH` and `\uHHHH` a unit, any other backslash itself. */
function readBack(shown: string): string {
  let text = '';
  for (let at = 0; at < shown.length; at += 1) {
    const char = shown[at]!;
    if (char !== '\\') {
      text += char;
      continue;
    }
    const next = shown[at + 1];
    const hex = (length: number) => shown.slice(at + 2, at + 2 + length);
    if (next === '\\') {
      text += '\\';
      at += 1;
    } else if (next === 'x' && /^[0-9a-f]{2}$/.test(hex(2))) {
      text += String.fromCharCode(parseInt(hex(2), 16));
      at += 3;
    } else if (next === 'u' && /^[0-9a-f]{4}$/.test(hex(4))) {
      text += String.fromCharCode(parseInt(hex(4), 16));
      at += 5;
    } else {
      text += char;
    }
  }
  return text;
}

/** Any UTF-16 text: the corpus every output is tested on, and what breaks terminals and escapes. */
const hostileText = fc
  .array(
    fc.oneof(
      hostileString,
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
      fc.constantFrom(
        '\\',
        '\\x',
        '\\u',
        'x1b',
        'u202e',
        '\u001b]0;title\u0007',
        '\u001b[31m',
        '\u009b',
        '\u202e',
        '\ud83d\ude00',
        '\ud83d',
        '\ude00',
        '\r',
        '\n',
        '\t',
        'C:\\tmp',
      ),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

describe('terminalLine', () => {
  it('lets no character a terminal acts on through, and reads back to its input', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const shown = terminalLine(text);
        expect(shown).not.toMatch(ACTED_ON);
        expect(readBack(shown)).toBe(text);
      }),
      { numRuns: 2 * RUNS },
    );
  });

  it('shows an OSC retitle and a CSI as plain characters, and ordinary text as itself', () => {
    expect(terminalLine('see \u001b]0;title\u0007 here')).toBe('see \\x1b]0;title\\x07 here');
    expect(terminalLine('\u009b31mred')).toBe('\\x9b31mred');
    expect(terminalLine('abc\u202edef')).toBe('abc\\u202edef');
    for (const plain of ['C:\\tmp', 'AuthFailure.SignatureExpire', '签名过期。', '“%s”', '😀'])
      expect(terminalLine(plain)).toBe(plain);
    expect(terminalLine('\\x41')).toBe('\\\\x41');
  });
});

describe('terminalText', () => {
  it('keeps line feeds and renders each line as terminalLine does', () => {
    fc.assert(
      fc.property(
        fc.array(
          hostileText.map((line) => line.replace(/\n/g, '')),
          { maxLength: 5 },
        ),
        (lines) => {
          expect(terminalText(lines.join('\n'))).toBe(lines.map(terminalLine).join('\n'));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('terminalJson', () => {
  it('is JSON of the same value with no character a terminal acts on, but line feeds of the layout', () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostileText, (value, text) => {
        const data = { value, text };
        const shown = terminalJson(data);
        expect(JSON.parse(shown)).toEqual(JSON.parse(JSON.stringify(data)));
        expect(shown.replace(/\n/g, '')).not.toMatch(ACTED_ON);
      }),
      { numRuns: RUNS },
    );
  });
});
