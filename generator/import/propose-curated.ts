// Proposes the curated cells (name, category, retryable) of a new row, the same way for a page's import and a code list's.

import type { TableFile } from '../read-tables/table-file.js';
import type { ErrorColumn } from '../schema/schema.js';
import { ruleFor, type CategoryRule } from './category-rules.js';
import { nameFromCode, uniqueName } from './name-from-code.js';

/** The curated cells of a row. */
export interface CuratedCells {
  readonly name: string;
  readonly category: string;
  readonly retryable: string;
}

/** A row of the code set that documents the code already: its table file and curated cells. */
export interface DocumentedRow extends CuratedCells {
  readonly table: string;
  readonly line?: number;
}

/** The rows of a code set's tables by code, and every name they use. */
export function codeSetRows(tables: readonly TableFile<ErrorColumn>[]): {
  readonly byCode: ReadonlyMap<string, readonly DocumentedRow[]>;
  readonly names: ReadonlySet<string>;
} {
  const byCode = new Map<string, DocumentedRow[]>();
  const names = new Set<string>();
  for (const table of tables) {
    for (const { cells, line } of table.records) {
      names.add(cells.name);
      const row: DocumentedRow = {
        table: table.name,
        line,
        name: cells.name,
        category: cells.category,
        retryable: cells.retryable,
      };
      const rows = byCode.get(cells.code);
      if (rows === undefined) byCode.set(cells.code, [row]);
      else rows.push(row);
    }
  }
  return { byCode, names };
}

/** The cells proposed for a new row; an empty cell is left for a person. */
export interface Proposal extends CuratedCells {
  /** Where category and retryable come from. */
  readonly from:
    | { readonly type: 'documented'; readonly row: DocumentedRow }
    | { readonly type: 'rule'; readonly rule: CategoryRule }
    | { readonly type: 'none' };
  /** The name was made from the code, since no row names the code; `renamed` if it took a number. */
  readonly made?: { readonly renamed: boolean };
}

export interface ProposerOptions {
  readonly rules: readonly CategoryRule[];
  /** The code set's envelope: the rule table's rules are per envelope. */
  readonly envelope: string;
  /** Names the code set already uses: a made name is never one of them, and is added. */
  readonly taken: Set<string>;
}

/**
 * A proposer for one table's new rows. A code is one code wherever it is documented, so:
 * - the name is the one every row of the code has, else made from the code (once per code: a new
 *   code's variants share it), never a name the code set already uses;
 * - category and retryable are those of the code's rows in the code set's other tables when they
 *   agree (the rows of `table` itself are variants a person tells apart), else the rule table's for
 *   the code's class.
 */
export function curatedProposer(
  options: ProposerOptions,
): (code: string, documented: readonly DocumentedRow[], table: string) => Proposal {
  const madeNames = new Map<string, { readonly name: string; readonly renamed: boolean }>();
  const made = (code: string): { readonly name: string; readonly renamed: boolean } | undefined => {
    const known = madeNames.get(code);
    if (known !== undefined) return known;
    const base = nameFromCode(code);
    if (base === undefined) return undefined;
    const name = uniqueName(base, options.taken);
    const result = { name, renamed: name !== base };
    madeNames.set(code, result);
    return result;
  };
  /** Category and retryable: the code's agreeing rows in other tables, else its class's rule. */
  const categoryOf = (
    code: string,
    documented: readonly DocumentedRow[],
    table: string,
  ): Omit<Proposal, 'name' | 'made'> => {
    const curated = documented.filter(
      (row) => row.table !== table && row.category !== '' && row.retryable !== '',
    );
    const [first] = curated;
    const agree = curated.every(
      (row) => row.category === first?.category && row.retryable === first.retryable,
    );
    if (first !== undefined && agree) {
      const from = { type: 'documented', row: first } as const;
      return { category: first.category, retryable: first.retryable, from };
    }
    const rule = ruleFor(options.rules, options.envelope, code);
    if (rule === undefined) return { category: '', retryable: '', from: { type: 'none' } };
    return { category: rule.category, retryable: rule.retryable, from: { type: 'rule', rule } };
  };
  return (code, documented, table) => {
    const names = new Set(documented.map((row) => row.name).filter((name) => name !== ''));
    const madeName = names.size === 0 ? made(code) : undefined;
    return {
      name: names.size === 1 ? [...names][0]! : (madeName?.name ?? ''),
      ...(madeName !== undefined ? { made: { renamed: madeName.renamed } } : {}),
      ...categoryOf(code, documented, table),
    };
  };
}
