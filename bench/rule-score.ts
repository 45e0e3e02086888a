// The rule table as a classifier: agreement of its rules with the curated rows, each row left out of its own rules.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CATEGORY_RULES_FILE, parseCategoryRules } from '../generator/import/category-rules.js';
import { scoreCategoryRules } from '../generator/import/score-category-rules.js';
import { loadModel } from '../generator/load-model.js';
import { CATEGORIES, ENVELOPES } from '../generator/schema/schema.js';
import { markdownTable, type SectionReport, type TargetCheck } from './report.js';

const percent = (part: number, whole: number): string =>
  whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)}%`;

export async function benchRuleScore(
  rootDir: string,
): Promise<{ report: SectionReport; targets: readonly TargetCheck[] }> {
  const tablesDir = path.join(rootDir, 'tables');
  const loaded = await loadModel(tablesDir);
  if (!loaded.ok) throw new Error(`tables/ has ${loaded.problems.length} problem(s)`);
  const { rules } = parseCategoryRules(
    await readFile(path.join(tablesDir, CATEGORY_RULES_FILE), 'utf8'),
    CATEGORY_RULES_FILE,
    { envelopes: ENVELOPES, categories: CATEGORIES },
  );
  const score = scoreCategoryRules(loaded.tables, rules);
  const retryable = score.retryableAgreements / score.rows;
  const category = score.categoryAgreements / score.decided;
  return {
    report: {
      title: 'Family rules as a classifier',
      tables: [
        markdownTable(
          [
            'rules',
            'curated sub-code rows',
            'retryable agrees',
            'both decide a category',
            'category agrees',
          ],
          [
            [
              rules.length,
              score.rows,
              percent(score.retryableAgreements, score.rows),
              percent(score.decided, score.rows),
              percent(score.categoryAgreements, score.decided),
            ],
          ],
        ),
      ],
      notes: [
        'Each row is scored without the keyword words that only its own curation supports (leave one out).',
        `Misses: ${score.misses.map((miss) => miss.code).join(', ') || 'none'}.`,
      ],
    },
    targets: [
      {
        target: 'rules agree on retryable >= 95%',
        measured: percent(score.retryableAgreements, score.rows),
        met: retryable >= 0.95,
      },
      {
        target: 'rules agree on category >= 90%',
        measured: percent(score.categoryAgreements, score.decided),
        met: category >= 0.9,
      },
    ],
  };
}
