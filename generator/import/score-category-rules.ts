// Scores the rule table as a classifier: how often a rule, not told a row's own curation, agrees with the curated row.

import type { ValidTables } from '../schema/schema.js';
import { familyRuleFor } from '../shipped/runtime/family-rules.js';
import { ANY_PREFIX, ruleFor, type CategoryRule } from './category-rules.js';

/** A curated row whose class a rule names and the rules' answer for it, when that disagrees. */
export interface RuleMiss {
  readonly table: string;
  readonly line: number;
  readonly code: string;
  readonly curated: { readonly category: string; readonly retryable: boolean };
  readonly rule: CategoryRule;
}

export interface RuleScore {
  /** Rows scored: sub-codes (`Class.Sub`) of every table whose envelope has rules, their class a rule's prefix. */
  readonly rows: number;
  /**
   * Rows where the rule and the curation both decide a category: any but `unknown`, which says
   * the rules, or the document, cannot tell.
   */
  readonly decided: number;
  /** Decided rows whose rule gives the curated category. */
  readonly categoryAgreements: number;
  /** Rows whose rule gives the curated retryable (`unknown` answers not retryable, as the runtime does). */
  readonly retryableAgreements: number;
  readonly misses: readonly RuleMiss[];
}

/** Codes of the envelope's curated rows, with their curation, each code once. */
type Curation = ReadonlyMap<string, { readonly category: string; readonly retryable: boolean }>;

/**
 * Each keyword word of a rule, with the codes whose curation supports it: a code the word covers
 * (under the rule's prefix) curated as the rule says.
 */
function supportersOf(
  rules: readonly CategoryRule[],
  curation: Curation,
): Map<CategoryRule, Map<string, readonly string[]>> {
  const supporters = new Map<CategoryRule, Map<string, readonly string[]>>();
  for (const rule of rules) {
    if (rule.keyword === '') continue;
    const byWord = new Map<string, readonly string[]>();
    for (const word of rule.keyword.split('|')) {
      byWord.set(
        word,
        [...curation].flatMap(([code, curated]) =>
          familyRuleFor([{ prefix: rule.prefix, keyword: word }], code) !== undefined &&
          curated.category === rule.category &&
          curated.retryable === (rule.retryable === 'true')
            ? [code]
            : [],
        ),
      );
    }
    supporters.set(rule, byWord);
  }
  return supporters;
}

/**
 * The rules as they would be written without one code's curation (leave one out): a keyword word
 * that no other curated code supports goes, and a rule left without words goes with it.
 */
function rulesWithout(
  rules: readonly CategoryRule[],
  supporters: Map<CategoryRule, Map<string, readonly string[]>>,
  code: string,
): CategoryRule[] {
  return rules.flatMap((rule) => {
    const byWord = supporters.get(rule);
    if (byWord === undefined) return [rule];
    const words = [...byWord].flatMap(([word, codes]) =>
      codes.some((supporter) => supporter !== code) ? [word] : [],
    );
    if (words.length === 0) return [];
    return [{ ...rule, keyword: words.join('|') }];
  });
}

/** The rules scored against every curated sub-code row of their envelopes' tables (each table row once). */
export function scoreCategoryRules(tables: ValidTables, rules: readonly CategoryRule[]): RuleScore {
  const families = new Set(
    rules.flatMap((rule) => (rule.prefix === ANY_PREFIX ? [] : [rule.envelope])),
  );
  const envelopeOf = new Map<string, string>();
  for (const entry of tables.manifest) envelopeOf.set(entry.table, entry.envelope);
  const curations = new Map<string, Map<string, { category: string; retryable: boolean }>>();
  for (const [table, tableRows] of tables.tables) {
    const envelope = envelopeOf.get(table);
    if (envelope === undefined) continue;
    const curation = curations.get(envelope) ?? new Map();
    curations.set(envelope, curation);
    for (const row of tableRows) curation.set(row.code, row);
  }
  const supporters = new Map(
    [...curations].map(([envelope, curation]) => [
      envelope,
      supportersOf(
        rules.filter((rule) => rule.envelope === envelope),
        curation,
      ),
    ]),
  );
  let rows = 0;
  let decided = 0;
  let categoryAgreements = 0;
  let retryableAgreements = 0;
  const misses: RuleMiss[] = [];
  for (const [table, tableRows] of tables.tables) {
    const envelope = envelopeOf.get(table);
    if (envelope === undefined || !families.has(envelope)) continue;
    for (const row of tableRows) {
      if (!row.code.includes('.')) continue;
      const family = ruleFor(
        rules.filter((rule) => rule.prefix !== ANY_PREFIX && rule.keyword === ''),
        envelope,
        row.code,
      );
      if (family === undefined) continue;
      const rule = ruleFor(
        rulesWithout(rules, supporters.get(envelope) ?? new Map(), row.code),
        envelope,
        row.code,
      );
      if (rule === undefined) continue;
      rows += 1;
      const bothDecide = rule.category !== 'unknown' && row.category !== 'unknown';
      if (bothDecide) decided += 1;
      const sameCategory = rule.category === row.category;
      const sameRetryable = (rule.retryable === 'true') === row.retryable;
      if (sameCategory && bothDecide) categoryAgreements += 1;
      if (sameRetryable) retryableAgreements += 1;
      if ((!sameCategory && bothDecide) || !sameRetryable) {
        misses.push({
          table,
          line: row.line,
          code: row.code,
          curated: { category: row.category, retryable: row.retryable },
          rule,
        });
      }
    }
  }
  return { rows, decided, categoryAgreements, retryableAgreements, misses };
}
