// The rule table (tables/category-rules.csv): a code's class, its leading segments, proposes category and retryable.

/** One rule: codes of `envelope` whose leading segments are `prefix` (`*`: any other code). */
export interface CategoryRule {
  readonly line: number;
  readonly envelope: string;
  readonly prefix: string;
  readonly category: string;
  readonly retryable: string;
  readonly reason: string;
}

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
