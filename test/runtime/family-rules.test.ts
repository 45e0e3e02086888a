// Undocumented sub-codes of every family in tables/category-rules.csv: decided by their rule at run time; errors that log as themselves.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requireModel } from '../../generator/load-model.js';
import { CloudApiError } from '../../generator/shipped/runtime/cloud-api-error.js';
import type { CodeSetTable } from '../../generator/shipped/runtime/entry.js';
import type { FamilyRule } from '../../generator/shipped/runtime/family-rules.js';
import { parseWithCodeSets } from '../../generator/shipped/runtime/vendor-error.js';
import { codeSetSources } from './code-sets-under-test.js';

const tables = (await codeSetSources()).find((source) => source.name === 'tables/')?.codeSets;
if (tables === undefined) throw new Error('the committed tables do not load');
const model = await requireModel(new URL('../../tables', import.meta.url).pathname);

/** Code sets with family rules, each with its vendor's sets (derived from the tables, never listed). */
const ruled = Object.values(tables)
  .flat()
  .filter((set) => set.rules.length > 0);

const words = (rule: FamilyRule): string[] =>
  rule.keyword === undefined ? [] : rule.keyword.split('|');
const allWords = (rules: readonly FamilyRule[]): string[] => rules.flatMap(words);

/** A sub-code's tail that holds no keyword: a capital, then lower-case letters and digits. */
const plainTail = fc.stringMatching(/^Z[a-z0-9]{0,12}$/);

function parse(set: CodeSetTable, code: string) {
  const sets = Object.values(tables!)
    .flat()
    .filter((other) => other.vendor === set.vendor);
  return parseWithCodeSets(set.vendor, sets, 200, {
    Response: { Error: { Code: code, Message: 'undocumented' }, RequestId: 'req' },
  });
}

describe('family rules at run time', () => {
  it('the tables have rules, and every code set of their envelope carries them', () => {
    expect(ruled.length).toBeGreaterThan(0);
    for (const set of ruled) {
      const node = model.vendors
        .flatMap((vendor) => vendor.codeSets)
        .find((codeSet) => codeSet.prefix === set.prefix);
      expect(set.rules).toEqual(node?.familyRules.map(({ type: _type, ...rule }) => rule));
    }
  });

  it('an undocumented sub-code of a family, with no keyword in it, gets the family rule', () => {
    for (const set of ruled) {
      const families = set.rules.filter(
        (rule) => rule.prefix !== '*' && rule.keyword === undefined,
      );
      fc.assert(
        fc.property(fc.constantFrom(...families), plainTail, (rule, tail) => {
          const code = `${rule.prefix}.${tail}`;
          fc.pre(set.entries[code] === undefined);
          // A longer family (`InvalidParameterValue` of `InvalidParameter`) is its own rule.
          fc.pre(!families.some((other) => other !== rule && code.startsWith(`${other.prefix}.`)));
          const error = parse(set, code);
          expect(error).toMatchObject({ known: false, code, httpStatus: 200 });
          if (rule.category === 'unknown') {
            // A family whose sub-codes differ too much says unknown rather than guess.
            expect(error).toMatchObject({
              category: 'unknown',
              retryable: false,
              decidedBy: 'none',
            });
          } else {
            expect(error).toMatchObject({
              category: rule.category,
              retryable: rule.retryable,
              decidedBy: 'family',
            });
          }
        }),
      );
    }
  });

  it("a sub-code holding one rule's keyword, and no other rule's, gets that rule", () => {
    for (const set of ruled) {
      const keywordRules = set.rules.filter((rule) => rule.keyword !== undefined);
      const families = [...new Set(set.rules.map((rule) => rule.prefix))].filter((p) => p !== '*');
      fc.assert(
        fc.property(
          fc.constantFrom(...keywordRules),
          fc.constantFrom(...families),
          plainTail,
          (rule, family, tail) => {
            const prefix = rule.prefix === '*' ? family : rule.prefix;
            const word = words(rule)[tail.length % words(rule).length]!;
            const code = `${prefix}.${tail}${word}`;
            fc.pre(set.entries[code] === undefined);
            const rest = `${tail}${word}`;
            // Only this rule's keyword is in the sub-code: no other rule of the family or of `*` holds one.
            const others = set.rules.filter(
              (other) => other !== rule && (other.prefix === prefix || other.prefix === '*'),
            );
            fc.pre(!allWords(others).some((other) => rest.includes(other)));
            fc.pre(!set.rules.some((other) => other.prefix.startsWith(`${prefix}.`)));
            expect(parse(set, code)).toMatchObject({
              known: false,
              category: rule.category,
              retryable: rule.retryable,
              decidedBy: 'family',
            });
          },
        ),
      );
    }
  });

  it('decides the codes the rules were refined for', () => {
    const [set] = ruled;
    if (set === undefined) throw new Error('no ruled code set');
    const decision = (code: string) => {
      const error = parse(set, code);
      return [error?.category, error?.retryable];
    };
    expect(decision('RequestLimitExceeded.NewThrottle')).toEqual(['rate-limit', true]);
    expect(decision('InternalError.SomethingNotFound')).toEqual(['not-found', false]);
    expect(decision('ResourceUnavailable.StreamGoneNotExist')).toEqual(['not-found', false]);
    expect(decision('LimitExceeded.AccessLimit')).toEqual(['rate-limit', true]);
    expect(decision('ResourceInsufficient.Balance')).toEqual(['permission', false]);
    expect(decision('ResourceUnavailable.InArrears')).toEqual(['permission', false]);
    expect(decision('InternalError.NewFailure')).toEqual(['internal', true]);
  });

  it('without a rule that decides, the HTTP status does; documented codes stay the code', () => {
    const [set] = ruled;
    if (set === undefined) throw new Error('no ruled code set');
    const sets = [set];
    const body = (code: string) => ({ Response: { Error: { Code: code }, RequestId: 'r' } });
    expect(parseWithCodeSets(set.vendor, sets, 503, body('Unheard.Of'))).toMatchObject({
      category: 'unavailable',
      retryable: true,
      decidedBy: 'status',
    });
    expect(parseWithCodeSets(set.vendor, sets, 200, body('Unheard.Of'))).toMatchObject({
      category: 'unknown',
      retryable: false,
      decidedBy: 'none',
    });
    const documented = Object.keys(set.entries)[0]!;
    expect(parseWithCodeSets(set.vendor, sets, 200, body(documented))).toMatchObject({
      known: true,
      decidedBy: 'code',
    });
  });
});

describe('CloudApiError logs as itself', () => {
  const [set] = ruled;
  const parsed = set === undefined ? null : parse(set, 'InternalError.ConfNotFoundSomewhere');
  if (parsed === null) throw new Error('no parsed error');
  const error = new CloudApiError({ ...parsed, message: 'config is missing' });

  it('toJSON has the decision and the fields to quote, JSON.stringify keeps the message', () => {
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(json).toEqual({
      name: 'CloudApiError',
      message: 'config is missing',
      vendor: parsed.vendor,
      code: 'InternalError.ConfNotFoundSomewhere',
      known: false,
      category: parsed.category,
      retryable: parsed.retryable,
      decidedBy: 'family',
      httpStatus: 200,
      requestId: 'req',
    });
  });

  it('String(e) and the first line of its stack carry the vendor and the code', () => {
    const head = `CloudApiError [${parsed.vendor} InternalError.ConfNotFoundSomewhere]: config is missing`;
    expect(String(error)).toBe(head);
    expect(error.stack?.split('\n')[0]).toBe(head);
    expect(error.stack?.split('\n')[1]).toMatch(/^ {4}at /);
  });
});
