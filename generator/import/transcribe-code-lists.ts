// Turns the code lists of one table (zh and en errors.go) into its rows, keeping curated cells and proposing new ones.

import type { CodeList } from '../documents/parse-code-list.js';
import type { CategoryRule } from './category-rules.js';
import { curatedProposer, type CuratedCells, type DocumentedRow } from './propose-curated.js';

type Language = 'zh' | 'en';

/** One list a table transcribes, as sources.csv gives it. */
export interface ListSource {
  readonly sourceFile: string;
  readonly language: Language;
  readonly list: CodeList;
}

/** A list table's row: the error-table columns. */
export interface ListRowCells extends CuratedCells {
  readonly code: string;
  readonly http_status: string;
  readonly message: string;
  readonly description_zh: string;
  readonly description_en: string;
}

/** Where a new row's curated cells came from, for the import report. */
export type CuratedFrom =
  | { readonly type: 'kept' }
  | { readonly type: 'documented'; readonly table: string }
  | { readonly type: 'rule'; readonly rule: CategoryRule; readonly renamed: boolean }
  | { readonly type: 'none' };

export interface ListTranscription {
  readonly rows: readonly ListRowCells[];
  /** One per row, same order. */
  readonly curatedFrom: readonly CuratedFrom[];
}

export interface ListTableInput {
  /** The table's rows as they are, by code (a list has one row per code). */
  readonly existing: ReadonlyMap<string, ListRowCells>;
  /** The table's lists, in manifest order; the first one orders the rows. */
  readonly sources: readonly ListSource[];
  readonly envelope: string;
  readonly rules: readonly CategoryRule[];
  /**
   * The rows of the code set's page tables by code: a code a page documents is one code, so its
   * list row carries the page's name, category and retryable (the page wins).
   */
  readonly documented: ReadonlyMap<string, readonly DocumentedRow[]>;
  /** Names the code set's other codes already have, so a new code never takes one of them. */
  readonly takenNames: ReadonlySet<string>;
}

/**
 * The table's rows from its lists: one per code any of them declares, in the order of the first
 * list (then codes only later lists declare, in their order). Transcribed cells come from the lists
 * (each fills its language's description; a language no list gives keeps the table's cell), curated
 * cells from the row as it is, else from the page that documents the code, else from the rule table.
 */
export function transcribeCodeLists(input: ListTableInput): ListTranscription {
  const order: string[] = [];
  const descriptions = new Map<string, { zh?: string; en?: string }>();
  for (const source of input.sources) {
    for (const entry of source.list.entries) {
      let described = descriptions.get(entry.code);
      if (described === undefined) {
        described = {};
        descriptions.set(entry.code, described);
        order.push(entry.code);
      }
      if (entry.description !== undefined) described[source.language] ??= entry.description;
    }
  }
  const languages = new Set(input.sources.map((source) => source.language));

  const taken = new Set(input.takenNames);
  for (const code of order) {
    const name = input.existing.get(code)?.name;
    if (name !== undefined && name !== '') taken.add(name);
    for (const row of input.documented.get(code) ?? []) if (row.name !== '') taken.add(row.name);
  }
  const propose = curatedProposer({ rules: input.rules, envelope: input.envelope, taken });

  const curatedFrom: CuratedFrom[] = [];
  const rows = order.map((code): ListRowCells => {
    const existing = input.existing.get(code);
    const described = descriptions.get(code)!;
    const description = (language: Language): string =>
      languages.has(language)
        ? (described[language] ?? '')
        : (existing?.[`description_${language}`] ?? '');
    const transcribed = {
      code,
      http_status: '',
      message: '',
      description_zh: description('zh'),
      description_en: description('en'),
    };
    if (existing !== undefined) {
      curatedFrom.push({ type: 'kept' });
      return { ...transcribed, name: existing.name, category: existing.category, retryable: existing.retryable };
    }
    // A list has one row per code, so the list table itself holds no other row of a new code.
    const proposal = propose(code, input.documented.get(code) ?? [], '');
    const { from } = proposal;
    curatedFrom.push(
      from.type === 'documented'
        ? { type: 'documented', table: from.row.table }
        : from.type === 'rule'
          ? { type: 'rule', rule: from.rule, renamed: proposal.made?.renamed ?? false }
          : { type: 'none' },
    );
    return { ...transcribed, name: proposal.name, category: proposal.category, retryable: proposal.retryable };
  });
  return { rows, curatedFrom };
}
