// The rule table (tables/category-rules.csv): a code's class, its leading segments, proposes category and retryable.

import { messageOf } from '../command.js';
import { parse } from 'csv-parse/sync';

/** One rule: codes of `envelope` whose leading segments are `prefix` (`*`: any other code). */
export interface CategoryRule {
  readonly line: number;
  readonly envelope: string;
  readonly prefix: string;
  readonly category: string;
  readonly retryable: string;
  readonly reason: string;
}

/** The rule table's file name inside tables/. */
export const CATEGORY_RULES_FILE = 'category-rules.csv';

/** The prefix of the rule that catches the codes no other rule of its envelope names. */
export const ANY_PREFIX = '*';

/** Does `prefix` name whole leading segments of `code` (`LimitExceeded` of `LimitExceeded.Foo`, not of `LimitExceededX`)? */
const coversCode = (prefix: string, code: string): boolean =>
  code === prefix || code.startsWith(`${prefix}.`);

/**
 * The rule for a code: the longest prefix of whole segments among the envelope's rules, else the
 * envelope's `*` rule, else undefined (import then leaves the curated cells for a person).
 */
export function ruleFor(
  rules: readonly CategoryRule[],
  envelope: string,
  code: string,
): CategoryRule | undefined {
  let best: CategoryRule | undefined;
  let fallback: CategoryRule | undefined;
  for (const rule of rules) {
    if (rule.envelope !== envelope) continue;
    if (rule.prefix === ANY_PREFIX) fallback ??= rule;
    else if (coversCode(rule.prefix, code) && rule.prefix.length > (best?.prefix.length ?? -1))
      best = rule;
  }
  return best ?? fallback;
}

/** The rule table's header, in order. */
export const CATEGORY_RULE_COLUMNS = ['envelope', 'prefix', 'category', 'retryable', 'reason'] as const;

/** Dotted segments of a code (`LimitExceeded`, `LimitExceeded.Rate`), or `*`. */
const PREFIX_PATTERN = /^(?:\*|[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)$/;

/**
 * The rules of tables/category-rules.csv, or every problem with it as `FILE:LINE: message`: each
 * cell in its vocabulary, no prefix twice for one envelope.
 */
export function parseCategoryRules(
  text: string,
  file: string,
  vocabulary: { readonly envelopes: readonly string[]; readonly categories: readonly string[] },
): { readonly rules: readonly CategoryRule[]; readonly problems: readonly string[] } {
  const problems: string[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    return { rules: [], problems: [`${file}: ${messageOf(error)}`] };
  }
  const [header, ...rows] = records;
  if (header?.record.join(',') !== CATEGORY_RULE_COLUMNS.join(',')) {
    return { rules: [], problems: [`${file}:1: header is not ${CATEGORY_RULE_COLUMNS.join(',')}`] };
  }
  const rules: CategoryRule[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of rows) {
    const line = info.lines;
    const at = (message: string): void => {
      problems.push(`${file}:${line}: ${message}`);
    };
    if (record.length !== CATEGORY_RULE_COLUMNS.length) {
      at(`has ${record.length} cells but the header has ${CATEGORY_RULE_COLUMNS.length}`);
      continue;
    }
    const [envelope, prefix, category, retryable, reason] = record as [string, string, string, string, string];
    if (!vocabulary.envelopes.includes(envelope))
      at(`envelope ${JSON.stringify(envelope)} is not one of ${vocabulary.envelopes.join(', ')}`);
    if (!PREFIX_PATTERN.test(prefix))
      at(`prefix ${JSON.stringify(prefix)} is neither dotted segments of a code nor *`);
    if (!vocabulary.categories.includes(category))
      at(`category ${JSON.stringify(category)} is not one of ${vocabulary.categories.join(', ')}`);
    if (retryable !== 'true' && retryable !== 'false')
      at(`retryable ${JSON.stringify(retryable)} is neither true nor false`);
    if (reason.trim() === '') at('reason is empty; a rule says why');
    const key = `${envelope}\u0000${prefix}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) at(`prefix ${JSON.stringify(prefix)} of ${envelope} has a rule at line ${earlier} already`);
    else seen.set(key, line);
    rules.push({ line, envelope, prefix, category, retryable, reason });
  }
  return problems.length > 0 ? { rules: [], problems } : { rules, problems: [] };
}
