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

export interface VariantChange {
  readonly type: 'variant-change';
  readonly baseIndex: number;
  readonly headIndex: number;
  /** The message now (or before, when the change removed it), to tell variants of a code apart. */
  readonly message?: string;
  readonly table: string;
  readonly line: number;
  readonly columns: readonly ColumnChange[];
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

function diffCode(base: CodeNode, head: CodeNode): CodeChange | undefined {
  const pairs = pairVariants(base.variants, head.variants);
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
    if (columns.length === 0) return [];
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
        impact: highestImpact(columns.map((column) => column.impact)),
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
  for (const key of mergedKeys(before.codes, after.codes, codeKey)) {
    const baseCode = baseCodes.get(key);
    const headCode = headCodes.get(key);
    if (baseCode === undefined) codesAdded.push(summarizeCode(headCode!));
    else if (headCode === undefined) codesRemoved.push(summarizeCode(baseCode));
    else {
      const change = diffCode(baseCode, headCode);
      if (change !== undefined) codesChanged.push(change);
    }
  }
  const byCode = <T extends { readonly code: string | number }>(items: T[]): T[] =>
    items.sort((a, b) => compareCodes(a.code, b.code));
  if (
    status === 'changed' &&
    settings.length + codesAdded.length + codesRemoved.length + codesChanged.length === 0
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
  ]);
  return {
    type: 'code-set-diff',
    prefix: after.prefix,
    status,
    settings,
    codesAdded: byCode(codesAdded),
    codesRemoved: byCode(codesRemoved),
    codesChanged: byCode(codesChanged),
    impact,
  };
}
