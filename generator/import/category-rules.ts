// The rule table (tables/category-rules.csv): a code's class, its leading segments, and words of its sub-code
// propose category and retryable.

import { messageOf } from '../command.js';
import { parse } from 'csv-parse/sync';
import { formatProblem, type Problem } from '../read-tables/table-file.js';
import {
  CATEGORY_RULE_COLUMNS,
  CATEGORY_RULES_FILE,
  earlierHeaderIndexes,
} from '../schema/schema.js';
import { ANY_FAMILY, familyRuleFor } from '../shipped/runtime/family-rules.js';

/**
 * One rule: codes of `envelope` whose leading segments are `prefix` (`*`: any other code) and,
 * when `keyword` is not empty, whose rest holds one of its words (`NotFound|NotExist`).
 */
export interface CategoryRule {
  readonly line: number;
  readonly envelope: string;
  readonly prefix: string;
  readonly keyword: string;
  readonly category: string;
  readonly retryable: string;
  readonly reason: string;
}

/** The rule table's file name inside tables/. */
export { CATEGORY_RULES_FILE };

/** The prefix of the rule that catches the codes no other rule of its envelope names. */
export const ANY_PREFIX = ANY_FAMILY;

/**
 * The rule for a code among the envelope's rules, as the package's runtime picks it (see
 * familyRuleFor: longest prefix, then longest keyword), else undefined (import then leaves the
 * curated cells for a person).
 */
export function ruleFor(
  rules: readonly CategoryRule[],
  envelope: string,
  code: string,
): CategoryRule | undefined {
  return familyRuleFor(
    rules.filter((rule) => rule.envelope === envelope),
    code,
  );
}

export { CATEGORY_RULE_COLUMNS } from '../schema/schema.js';

/** Dotted segments of a code (`LimitExceeded`, `LimitExceeded.Rate`), or `*`. */
const PREFIX_PATTERN = /^(?:\*|[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)$/;

/** Empty, or PascalCase words joined by `|` (`NotFound|NotExist`): each starts a word of a code. */
const KEYWORD_PATTERN = /^(?:[A-Z][A-Za-z0-9]*(?:\|[A-Z][A-Za-z0-9]*)*)?$/;

interface RuleVocabulary {
  readonly envelopes: readonly string[];
  readonly categories: readonly string[];
  /** The table is from an earlier revision: a header the schema had before reads too. */
  readonly earlierHeaders?: boolean;
}

/** The rules of tables/category-rules.csv, or every problem with it as `FILE:LINE: message`. */
export function parseCategoryRules(
  text: string,
  file: string,
  vocabulary: RuleVocabulary,
): { readonly rules: readonly CategoryRule[]; readonly problems: readonly string[] } {
  const { rules, problems } = parseCategoryRuleProblems(text, file, vocabulary);
  return { rules, problems: problems.map(formatProblem) };
}

/**
 * The rules of tables/category-rules.csv, or every problem with it: each cell in its vocabulary,
 * no prefix (or keyword of a prefix) twice for one envelope.
 */
export function parseCategoryRuleProblems(
  text: string,
  file: string,
  vocabulary: RuleVocabulary,
): { readonly rules: readonly CategoryRule[]; readonly problems: readonly Problem[] } {
  const problems: Problem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    return { rules: [], problems: [{ file, line: 1, message: messageOf(error) }] };
  }
  const [header, ...rows] = records;
  const earlier =
    vocabulary.earlierHeaders === true && header !== undefined
      ? earlierHeaderIndexes(CATEGORY_RULES_FILE, header.record, CATEGORY_RULE_COLUMNS)
      : undefined;
  if (
    header === undefined ||
    (header.record.join(',') !== CATEGORY_RULE_COLUMNS.join(',') && earlier === undefined)
  ) {
    const message = `header is not ${CATEGORY_RULE_COLUMNS.join(',')}`;
    return { rules: [], problems: [{ file, line: 1, message }] };
  }
  const width = header.record.length;
  const rules: CategoryRule[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of rows) {
    const line = info.lines;
    const at = (message: string): void => {
      problems.push({ file, line, message });
    };
    if (record.length !== width) {
      at(`has ${record.length} cells but the header has ${width}`);
      continue;
    }
    const cells = earlier === undefined ? record : earlier.map((index) => record[index] ?? '');
    const [envelope, prefix, keyword, category, retryable, reason] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (!vocabulary.envelopes.includes(envelope))
      at(`envelope ${JSON.stringify(envelope)} is not one of ${vocabulary.envelopes.join(', ')}`);
    if (!PREFIX_PATTERN.test(prefix))
      at(`prefix ${JSON.stringify(prefix)} is neither dotted segments of a code nor *`);
    if (!KEYWORD_PATTERN.test(keyword))
      at(`keyword ${JSON.stringify(keyword)} is not PascalCase words joined by |`);
    if (!vocabulary.categories.includes(category))
      at(`category ${JSON.stringify(category)} is not one of ${vocabulary.categories.join(', ')}`);
    if (retryable !== 'true' && retryable !== 'false')
      at(`retryable ${JSON.stringify(retryable)} is neither true nor false`);
    if (reason.trim() === '') at('reason is empty; a rule says why');
    for (const word of keyword === '' ? [''] : keyword.split('|')) {
      const key = `${envelope}\u0000${prefix}\u0000${word}`;
      const earlier = seen.get(key);
      const what =
        word === ''
          ? `prefix ${JSON.stringify(prefix)}`
          : `keyword ${word} of prefix ${JSON.stringify(prefix)}`;
      if (earlier !== undefined) at(`${what} of ${envelope} has a rule at line ${earlier} already`);
      else seen.set(key, line);
    }
    rules.push({ line, envelope, prefix, keyword, category, retryable, reason });
  }
  return problems.length > 0 ? { rules: [], problems } : { rules, problems: [] };
}
