// The rule table as a classifier: scored against every curated sub-code row of its families, each row left out of its own rules.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CATEGORY_RULES_FILE, parseCategoryRules } from '../generator/import/category-rules.js';
import { scoreCategoryRules } from '../generator/import/score-category-rules.js';
import { loadModel } from '../generator/load-model.js';
import { CATEGORIES, ENVELOPES } from '../generator/schema/schema.js';

const TABLES = new URL('../tables/', import.meta.url).pathname;

describe('tables/category-rules.csv as a classifier', () => {
  it('agrees with the curated rows on retryable (95%) and category (90%)', async () => {
    const loaded = await loadModel(TABLES);
    if (!loaded.ok) throw new Error(`${loaded.problems.length} table problems`);
    const text = await readFile(`${TABLES}${CATEGORY_RULES_FILE}`, 'utf8');
    const { rules, problems } = parseCategoryRules(text, CATEGORY_RULES_FILE, {
      envelopes: ENVELOPES,
      categories: CATEGORIES,
    });
    expect(problems).toEqual([]);
    const score = scoreCategoryRules(loaded.tables, rules);
    expect(score.rows).toBeGreaterThan(0);
    const misses = score.misses.map(
      (miss) =>
        `${miss.table}:${miss.line} ${miss.code}: curated ${miss.curated.category}/${miss.curated.retryable}, rule ${miss.rule.category}/${miss.rule.retryable}`,
    );
    expect(score.retryableAgreements / score.rows, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(score.categoryAgreements / score.decided, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves a row out of the rules its own curation wrote', async () => {
    const loaded = await loadModel(TABLES);
    if (!loaded.ok) throw new Error('table problems');
    const rule = (prefix: string, keyword: string, category: string, retryable: string) => ({
      line: 2,
      envelope: 'tencent-api3',
      prefix,
      keyword,
      category,
      retryable,
      reason: 'test',
    });
    // A keyword that only one curated row supports cannot predict that row: the family decides it.
    const only = loaded.tables.tables
      .get('tencent-live-list.csv')
      ?.find((row) => row.code.includes('.'));
    if (only === undefined) throw new Error('no sub-code row');
    const dot = only.code.indexOf('.');
    const [family, rest] = [only.code.slice(0, dot), only.code.slice(dot + 1)];
    const wrong = only.category === 'quota' ? 'conflict' : 'quota';
    const score = scoreCategoryRules(loaded.tables, [
      rule(family, '', wrong, String(only.retryable)),
      rule(family, rest, only.category, String(only.retryable)),
    ]);
    expect(score.misses.find((miss) => miss.code === only.code)?.rule.category).toBe(wrong);
  });
});
