// Which rule of a vendor's family rules (tables/category-rules.csv) decides a code the documents do not list.

import type { ErrorCategory } from './vocabulary.js';

/** A rule as the matcher reads it: the generator's rows and the package's frozen rules alike. */
export interface FamilyRuleKey {
  /** Whole leading segments of a code (`LimitExceeded`), or `*`: a code of any class. */
  readonly prefix: string;
  /**
   * Words of the code after the prefix, alternatives joined by `|` (`NotFound|NotExist`): the rule
   * covers a code whose rest holds one of them. Absent or empty: any rest.
   */
  readonly keyword?: string;
}

/** One rule as the package carries it, generated from tables/category-rules.csv. */
export interface FamilyRule extends FamilyRuleKey {
  readonly category: ErrorCategory;
  readonly retryable: boolean;
}

/** The prefix of the rule that covers codes of any class. */
export const ANY_FAMILY = '*';

/** Codes longer than this are no vendor's code: bounded work on hostile input. */
const MAX_CODE_LENGTH = 256;

/**
 * The code after a rule's prefix (after its class, the first segment, for `*`), or undefined when
 * the prefix does not name whole leading segments of it.
 */
function restAfter(prefix: string, code: string): string | undefined {
  if (prefix === ANY_FAMILY) {
    const dot = code.indexOf('.');
    return dot < 0 ? '' : code.slice(dot + 1);
  }
  if (code === prefix) return '';
  return code.startsWith(`${prefix}.`) ? code.slice(prefix.length + 1) : undefined;
}

/**
 * The length of the longest alternative of `keyword` that `rest` holds, else 0. A keyword starts
 * with a capital, so it starts a word of Tencent's PascalCase, and it may end inside one:
 * `NotExist` is in `StreamNotExist` and in `CasterNotExists`, `InUse` in `ConfInUsed`.
 */
function keywordMatch(keyword: string, rest: string): number {
  let longest = 0;
  for (const word of keyword.split('|')) {
    if (word.length > longest && rest.includes(word)) longest = word.length;
  }
  return longest;
}

/** Is one rank (keyword matched, prefix length, keyword length) above another, in that order? */
function outranks(
  rank: readonly [number, number, number],
  other: readonly [number, number, number],
): boolean {
  for (let index = 0; index < rank.length; index += 1) {
    if (rank[index] !== other[index]) return (rank[index] ?? 0) > (other[index] ?? 0);
  }
  return false;
}

/**
 * The rule that decides a code. A rule whose keyword the code holds beats every rule without one
 * (a telling word of the sub-code, `ConfNotFound`, says more than its class, `InternalError`);
 * then the longest prefix wins (`*` last), then the longest keyword; equal rules go by table
 * order. Undefined when no rule covers the code. Never throws.
 */
export function familyRuleFor<R extends FamilyRuleKey>(
  rules: readonly R[],
  code: unknown,
): R | undefined {
  if (typeof code !== 'string' || code.length === 0 || code.length > MAX_CODE_LENGTH)
    return undefined;
  let best: R | undefined;
  let bestRank: readonly [number, number, number] = [-1, -2, -1];
  for (const rule of rules) {
    const rest = restAfter(rule.prefix, code);
    if (rest === undefined) continue;
    const keyword =
      rule.keyword === undefined || rule.keyword === '' ? 0 : keywordMatch(rule.keyword, rest);
    if (keyword === 0 && rule.keyword !== undefined && rule.keyword !== '') continue;
    const rank = [
      keyword > 0 ? 1 : 0,
      rule.prefix === ANY_FAMILY ? -1 : rule.prefix.length,
      keyword,
    ] as const;
    if (outranks(rank, bestRank)) {
      best = rule;
      bestRank = rank;
    }
  }
  return best;
}
