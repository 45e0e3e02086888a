// The hostile corpus the text outputs' round-trip properties share: each run of RUNS strings holds every kind of text that breaks an output.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasSuspectCharacter } from '../generator/validate/check-characters.js';
import { hostileCell, hostileString, RUNS } from './helpers/hostile-text.js';

/** What ends or opens something in TypeScript, Markdown, HTML or a page's script, and text of every script. */
const MUST_HOLD: readonly (readonly [string, (text: string) => boolean])[] = [
  ...['*/', '</script>', '<!--', '<script', '${', '`', '<bucket>', '*x*', '|', '\\'].map(
    (piece) => [piece, (text: string) => text.includes(piece)] as const,
  ),
  ['CJK', (text) => /\p{Script=Han}/u.test(text)],
  ['emoji', (text) => /\p{Extended_Pictographic}/u.test(text)],
  ['a line feed', (text) => text.includes('\n')],
];

/** A run's strings, as a property of RUNS runs draws them. */
const run = (arbitrary: fc.Arbitrary<string>): string[] => fc.sample(arbitrary, { numRuns: RUNS });

const missing = (texts: readonly string[], wanted: typeof MUST_HOLD): string[] =>
  wanted.filter(([, holds]) => !texts.some(holds)).map(([what]) => what);

describe('the hostile corpus', () => {
  it('gives every output each piece that breaks one, in any run of RUNS strings', () => {
    expect(missing(run(hostileString), MUST_HOLD)).toEqual([]);
    expect(missing(run(hostileCell({ lineBreaks: true })), MUST_HOLD)).toEqual([]);
    expect(
      missing(
        run(hostileCell({ lineBreaks: false })),
        MUST_HOLD.filter(([what]) => what !== 'a line feed'),
      ),
    ).toEqual([]);
  });

  it('gives the outputs that carry any string the line breaks of JavaScript, and controls', () => {
    const texts = run(hostileString);
    expect(texts.some((text) => text.includes('\u2028'))).toBe(true);
    expect(texts.some((text) => text.includes('\u2029'))).toBe(true);
    expect(texts.some((text) => hasSuspectCharacter(text, true))).toBe(true);
  });

  it('gives cells only what validate accepts', () => {
    for (const lineBreaks of [true, false])
      for (const text of run(hostileCell({ lineBreaks })))
        expect(hasSuspectCharacter(text, lineBreaks), JSON.stringify(text)).toBe(false);
  });
});
