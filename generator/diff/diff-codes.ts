// Compares the code sets of a vendor on two sides: codes and variants added, removed and changed, the documents that list them, their order.

import { compareCodes } from '../model/build-model.js';
import type { CodeNode, CodeSetNode, EntryNode, EntrySourceNode } from '../model/model.js';
import { pairRows } from '../pairing/pair-rows.js';
import { CHANGE_IMPACT, highestImpact, impactIf, type SemverImpact } from './impact.js';
import { byKey, mergedKeys, type PresenceStatus } from './pair-keys.js';

/** The columns of an error table a variant change can touch; named as tables/README.md names them. */
export type EntryColumn =
  'http_status' | 'message' | 'description_zh' | 'description_en' | 'category' | 'retryable';

export type CellValue = string | number | boolean;

export interface ColumnChange {
  readonly type: 'column-change';
  readonly column: EntryColumn;
  /** Absent: the cell was empty. */
  readonly before?: CellValue;
  readonly after?: CellValue;
  readonly impact: SemverImpact;
}

/** One variant as the report shows it. */
export interface VariantSummary {
  readonly type: 'variant';
  /** 1-based place among the code's variants on its side. */
  readonly index: number;
  readonly httpStatus?: number;
  readonly message?: string;
  readonly description: { readonly zh?: string; readonly en?: string };
  readonly category: string;
  readonly retryable: boolean;
  /** The table file and line the row is on. */
  readonly table: string;
  readonly line: number;
}

/** A document that lists a variant: its title and section as the entry's `source` names them, and the table row. */
export interface CitedDocument {
  readonly document: string;
  readonly section: string;
  readonly table: string;
  readonly line: number;
}

/**
 * The documents that list a variant changed: a page stopped listing a code that a code list
 * still declares, a list started declaring it, or the entry now cites another document first.
 */
export interface DocumentsChange {
  readonly type: 'documents-change';
  /** Every document that lists the variant, the one its entry cites (`source`) first. */
  readonly before: readonly CitedDocument[];
  readonly after: readonly CitedDocument[];
  /** The documents that no longer list it, and those that now do. */
  readonly dropped: readonly CitedDocument[];
  readonly added: readonly CitedDocument[];
  readonly impact: SemverImpact;
}

export interface VariantChange {
  readonly type: 'variant-change';
  readonly baseIndex: number;
  readonly headIndex: number;
  /** The message now (or before, when the change removed it), to tell variants of a code apart. */
  readonly message?: string;
  readonly table: string;
  readonly line: number;
  readonly columns: readonly ColumnChange[];
  readonly documents?: DocumentsChange;
  readonly impact: SemverImpact;
}

/** A code as the report lists it when it was added or removed. */
export interface CodeSummary {
  readonly type: 'code';
  readonly code: string | number;
  readonly name: string;
  readonly variants: readonly VariantSummary[];
}

export interface CodeChange {
  readonly type: 'code-change';
  readonly code: string | number;
  readonly name: string;
  /** The enum member name before, when it was renamed. */
  readonly renamedFrom?: string;
  readonly variantsAdded: readonly VariantSummary[];
  readonly variantsRemoved: readonly VariantSummary[];
  readonly variantsChanged: readonly VariantChange[];
  /**
   * The matched variants now stand in another order. The first variant is what a lookup returns
   * when neither message nor status picks one, so the order is data too.
   */
  readonly reordered: boolean;
  readonly impact: SemverImpact;
}

/** A setting of a code set itself: its code type or envelope. */
export interface SettingChange {
  readonly type: 'setting-change';
  readonly setting: 'code_type' | 'envelope';
  readonly before: string;
  readonly after: string;
  readonly impact: SemverImpact;
}

export interface CodeSetDiff {
  readonly type: 'code-set-diff';
  readonly prefix: string;
  readonly status: PresenceStatus;
  readonly settings: readonly SettingChange[];
  readonly codesAdded: readonly CodeSummary[];
  readonly codesRemoved: readonly CodeSummary[];
  readonly codesChanged: readonly CodeChange[];
  /**
   * The tables whose rows, those on both sides, now stand in another order: the docs catalog
   * lists a table's rows in document order.
   */
  readonly rowsReordered: readonly string[];
  readonly impact: SemverImpact;
}

/** Codes as map keys: the code set's code type decides number or string, its text is the identity. */
const codeKey = (code: CodeNode): string => String(code.code);

const summarizeVariant = (entry: EntryNode, index: number): VariantSummary => ({
  type: 'variant',
  index: index + 1,
  ...(entry.httpStatus !== undefined ? { httpStatus: entry.httpStatus } : {}),
  ...(entry.message !== undefined ? { message: entry.message } : {}),
  description: { ...entry.description },
  category: entry.category,
  retryable: entry.retryable,
  table: entry.source.table,
  line: entry.source.line,
});

const summarizeCode = (code: CodeNode): CodeSummary => ({
  type: 'code',
  code: code.code,
  name: code.name,
  variants: code.variants.map(summarizeVariant),
});

const entryCells = (entry: EntryNode): Readonly<Record<EntryColumn, CellValue | undefined>> => ({
  http_status: entry.httpStatus,
  message: entry.message,
  description_zh: entry.description.zh,
  description_en: entry.description.en,
  category: entry.category,
  retryable: entry.retryable,
});

const ENTRY_COLUMNS: readonly EntryColumn[] = [
  'http_status',
  'category',
  'retryable',
  'message',
  'description_zh',
  'description_en',
];

function diffEntry(base: EntryNode, head: EntryNode): ColumnChange[] {
  const before = entryCells(base);
  const after = entryCells(head);
  return ENTRY_COLUMNS.filter((column) => before[column] !== after[column]).map((column) => ({
    type: 'column-change',
    column,
    ...(before[column] !== undefined ? { before: before[column] } : {}),
    ...(after[column] !== undefined ? { after: after[column] } : {}),
    impact: CHANGE_IMPACT[`${column} changed`],
  }));
}

/** A document as the generated entries cite it: title and section, never the table's file or line. */
const citationKey = (source: EntrySourceNode): string =>
  `${source.document}\u0000${source.section}`;

const citedDocument = (source: EntrySourceNode): CitedDocument => ({
  document: source.document,
  section: source.section,
  table: source.table,
  line: source.line,
});

/** The change of the documents that list a variant, or undefined when the entry cites the same ones in the same order. */
function diffDocuments(base: EntryNode, head: EntryNode): DocumentsChange | undefined {
  const before = base.sources.map(citationKey);
  const after = head.sources.map(citationKey);
  if (before.length === after.length && before.every((key, index) => key === after[index]))
    return undefined;
  return {
    type: 'documents-change',
    before: base.sources.map(citedDocument),
    after: head.sources.map(citedDocument),
    dropped: base.sources
      .filter((source) => !after.includes(citationKey(source)))
      .map(citedDocument),
    added: head.sources
      .filter((source) => !before.includes(citationKey(source)))
      .map(citedDocument),
    impact: CHANGE_IMPACT['documents changed'],
  };
}

/** A pair of variants that stand for the same documented row on both sides. */
interface VariantPair {
  readonly base: number;
  readonly head: number;
}

/**
 * Pairs the variants of one code across the two sides.
 *
 * Variants are matched by (table, message) first, and only the rest by their order within a
 * table. Matching by index alone would misreport the common case: Kingsoft's document lists
 * `InvalidParameterValue` three times, told apart by the message (as the runtime's lookup tells
 * them apart), so a row moved or inserted among them would show as every message "changed". A
 * message that is itself edited finds no equal and falls back to the order: the one remaining
 * variant of a code with a new message is the same variant with a changed message. Variants in
 * different tables (Tencent's DryRunOperation is in the common and the business table of the same
 * code set) pair only when a variant is left on each side: a code whose page row was dropped but
 * that a code list still documents is the same code changed, not one variant removed and another
 * added.
 */
export function pairVariants(
  base: readonly EntryNode[],
  head: readonly EntryNode[],
): VariantPair[] {
  const byMessage = (entry: EntryNode): string =>
    `${entry.source.table}\u0000${entry.message ?? ''}`;
  const byTable = (entry: EntryNode): string => entry.source.table;
  return pairRows(base, head, [
    { by: 'key', left: byMessage, right: byMessage },
    { by: 'key', left: byTable, right: byTable },
    { by: 'place' },
  ]).pairs.map(([baseIndex, headIndex]) => ({ base: baseIndex, head: headIndex }));
}

function diffCode(
  base: CodeNode,
  head: CodeNode,
  pairs: readonly VariantPair[],
): CodeChange | undefined {
  const pairedBase = new Set(pairs.map((pair) => pair.base));
  const pairedHead = new Set(pairs.map((pair) => pair.head));
  const variantsAdded = head.variants.flatMap((entry, index) =>
    pairedHead.has(index) ? [] : [summarizeVariant(entry, index)],
  );
  const variantsRemoved = base.variants.flatMap((entry, index) =>
    pairedBase.has(index) ? [] : [summarizeVariant(entry, index)],
  );
  const variantsChanged = pairs.flatMap((pair): VariantChange[] => {
    const before = base.variants[pair.base]!;
    const after = head.variants[pair.head]!;
    const columns = diffEntry(before, after);
    const documents = diffDocuments(before, after);
    if (columns.length === 0 && documents === undefined) return [];
    const message = after.message ?? before.message;
    return [
      {
        type: 'variant-change',
        baseIndex: pair.base + 1,
        headIndex: pair.head + 1,
        ...(message !== undefined ? { message } : {}),
        table: after.source.table,
        line: after.source.line,
        columns,
        ...(documents !== undefined ? { documents } : {}),
        impact: highestImpact([
          ...columns.map((column) => column.impact),
          documents?.impact ?? 'none',
        ]),
      },
    ];
  });
  // Pairs are in head order; the base indexes of the pairs must then rise too.
  const reordered = pairs.some((pair, index) => index > 0 && pair.base < pairs[index - 1]!.base);
  const renamed = base.name !== head.name;
  if (
    !renamed &&
    !reordered &&
    variantsAdded.length + variantsRemoved.length + variantsChanged.length === 0
  )
    return undefined;
  // A removed variant is a documented (status, category, retryable) a response no longer resolves to: major.
  const impact = highestImpact([
    impactIf(renamed, 'enum member renamed'),
    impactIf(variantsRemoved.length > 0, 'variant removed'),
    impactIf(variantsAdded.length > 0, 'variant added'),
    impactIf(reordered, 'variants reordered'),
    ...variantsChanged.map((change) => change.impact),
  ]);
  return {
    type: 'code-change',
    code: head.code,
    name: head.name,
    ...(renamed ? { renamedFrom: base.name } : {}),
    variantsAdded,
    variantsRemoved,
    variantsChanged,
    reordered,
    impact,
  };
}

/**
 * The tables whose paired rows stand in another document order. A row is known on both sides by
 * its code and its variant pair; rows added or removed are reported as such, not as a new order.
 */
function reorderedTables(
  base: CodeSetNode,
  head: CodeSetNode,
  pairsByCode: ReadonlyMap<
    string,
    { base: CodeNode; head: CodeNode; pairs: readonly VariantPair[] }
  >,
): string[] {
  const baseIds = new Map<EntryNode, string>();
  const headIds = new Map<EntryNode, string>();
  for (const [key, paired] of pairsByCode) {
    paired.pairs.forEach((pair, index) => {
      baseIds.set(paired.base.variants[pair.base]!, `${key}\u0000${index}`);
      headIds.set(paired.head.variants[pair.head]!, `${key}\u0000${index}`);
    });
  }
  const rowOrder = (set: CodeSetNode, ids: ReadonlyMap<EntryNode, string>, table: string) =>
    set.codes
      .flatMap((code) => code.variants.filter((entry) => entry.source.table === table))
      .sort((a, b) => a.source.line - b.source.line)
      .flatMap((entry) => {
        const id = ids.get(entry);
        return id === undefined ? [] : [id];
      });
  return head.tables.filter((table) => {
    if (!base.tables.includes(table)) return false;
    // A row that moved to another table (a page row dropped, the list's row cited now) is a change of documents.
    const baseRows = rowOrder(base, baseIds, table);
    const headRows = rowOrder(head, headIds, table);
    const inHead = new Set(headRows);
    const inBase = new Set(baseRows);
    const before = baseRows.filter((id) => inHead.has(id));
    const after = headRows.filter((id) => inBase.has(id));
    // Variants of one code that swap places are `variants reordered`; a table's order is by code.
    const codeOf = (id: string): string => id.slice(0, id.lastIndexOf('\u0000'));
    return before.some((id, index) => codeOf(id) !== codeOf(after[index]!));
  });
}

const EMPTY_CODE_SET = (prefix: string, like: CodeSetNode): CodeSetNode => ({
  ...like,
  prefix,
  codes: [],
  tables: [],
});

export function diffCodeSet(
  base: CodeSetNode | undefined,
  head: CodeSetNode | undefined,
): CodeSetDiff | undefined {
  const status: PresenceStatus =
    base === undefined ? 'added' : head === undefined ? 'removed' : 'changed';
  const before = base ?? EMPTY_CODE_SET(head!.prefix, head!);
  const after = head ?? EMPTY_CODE_SET(base!.prefix, base!);
  const settings: SettingChange[] = [];
  if (status === 'changed') {
    if (before.codeType !== after.codeType) {
      settings.push({
        type: 'setting-change',
        setting: 'code_type',
        before: before.codeType,
        after: after.codeType,
        impact: CHANGE_IMPACT['code_type changed'],
      });
    }
    if (before.envelope !== after.envelope) {
      settings.push({
        type: 'setting-change',
        setting: 'envelope',
        before: before.envelope,
        after: after.envelope,
        impact: CHANGE_IMPACT['envelope changed'],
      });
    }
  }
  const baseCodes = byKey(before.codes, codeKey);
  const headCodes = byKey(after.codes, codeKey);
  const codesAdded: CodeSummary[] = [];
  const codesRemoved: CodeSummary[] = [];
  const codesChanged: CodeChange[] = [];
  const pairsByCode = new Map<
    string,
    { base: CodeNode; head: CodeNode; pairs: readonly VariantPair[] }
  >();
  for (const key of mergedKeys(before.codes, after.codes, codeKey)) {
    const baseCode = baseCodes.get(key);
    const headCode = headCodes.get(key);
    if (baseCode === undefined) codesAdded.push(summarizeCode(headCode!));
    else if (headCode === undefined) codesRemoved.push(summarizeCode(baseCode));
    else {
      const pairs = pairVariants(baseCode.variants, headCode.variants);
      pairsByCode.set(key, { base: baseCode, head: headCode, pairs });
      const change = diffCode(baseCode, headCode, pairs);
      if (change !== undefined) codesChanged.push(change);
    }
  }
  const rowsReordered = reorderedTables(before, after, pairsByCode);
  const byCode = <T extends { readonly code: string | number }>(items: T[]): T[] =>
    items.sort((a, b) => compareCodes(a.code, b.code));
  if (
    status === 'changed' &&
    settings.length +
      codesAdded.length +
      codesRemoved.length +
      codesChanged.length +
      rowsReordered.length ===
      0
  ) {
    return undefined;
  }
  const impact = highestImpact([
    impactIf(status === 'removed', 'code set removed'),
    impactIf(status === 'added', 'code set added'),
    ...settings.map((setting) => setting.impact),
    impactIf(codesRemoved.length > 0, 'code removed'),
    impactIf(codesAdded.length > 0, 'code added'),
    ...codesChanged.map((change) => change.impact),
    impactIf(rowsReordered.length > 0, 'rows reordered'),
  ]);
  return {
    type: 'code-set-diff',
    prefix: after.prefix,
    status,
    settings,
    codesAdded: byCode(codesAdded),
    codesRemoved: byCode(codesRemoved),
    codesChanged: byCode(codesChanged),
    rowsReordered,
    impact,
  };
}
