// Compares two PackageModels (tables at a base revision and now) into a typed change report with its semver impact.

import type {
  AliasNode,
  CodeNode,
  CodeSetNode,
  EntryNode,
  PackageModel,
  SourceNode,
  VendorId,
  VendorNode,
} from '../model/model.js';
import { compareCodes } from '../model/build-model.js';
import { pairRows } from '../pairing/pair-rows.js';

/**
 * What a change means to a consumer of the package. Removing or renaming something a consumer
 * may name, or changing a fact a consumer may branch on (status, category, retryable), breaks
 * them: major. Something new: minor. Only text a person reads: patch.
 */
export type SemverImpact = 'major' | 'minor' | 'patch' | 'none';

const IMPACT_RANK: Readonly<Record<SemverImpact, number>> = {
  none: 0,
  patch: 1,
  minor: 2,
  major: 3,
};

export const highestImpact = (impacts: readonly SemverImpact[]): SemverImpact =>
  impacts.reduce<SemverImpact>(
    (high, impact) => (IMPACT_RANK[impact] > IMPACT_RANK[high] ? impact : high),
    'none',
  );

/** The columns of an error table a variant change can touch; named as tables/README.md names them. */
export type EntryColumn =
  'http_status' | 'message' | 'description_zh' | 'description_en' | 'category' | 'retryable';

/**
 * The semver impact of each kind of change, once: the diff computes impacts from it, the summary
 * counts changes by these kinds, and the report labels its sections with them.
 */
export const CHANGE_IMPACT = {
  'vendor added': 'minor',
  'vendor removed': 'major',
  'code set added': 'minor',
  'code set removed': 'major',
  'code_type changed': 'major',
  'envelope changed': 'major',
  'code added': 'minor',
  'code removed': 'major',
  'enum member renamed': 'major',
  'variant added': 'minor',
  // A removed variant is a documented (status, category, retryable) a response no longer resolves to.
  'variant removed': 'major',
  // The first variant is what a lookup returns when neither message nor status picks one.
  'variants reordered': 'patch',
  'http_status changed': 'major',
  'category changed': 'major',
  'retryable changed': 'major',
  'message changed': 'patch',
  'description_zh changed': 'patch',
  'description_en changed': 'patch',
  // Manifest text reaches every entry's `source`: a reader sees it, no code branches on it.
  'source added': 'patch',
  'source removed': 'patch',
  'source changed': 'patch',
  'alias added': 'minor',
  'alias removed': 'major',
  'alias changed': 'major',
} as const satisfies Readonly<Record<string, Exclude<SemverImpact, 'none'>>>;
export type ChangeKind = keyof typeof CHANGE_IMPACT;

/** The impact of a kind of change when it happened, `none` when it did not. */
export const impactIf = (happened: boolean, kind: ChangeKind): SemverImpact =>
  happened ? CHANGE_IMPACT[kind] : 'none';

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

export type PresenceStatus = 'added' | 'removed' | 'changed';

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

/** A manifest row of the vendor, keyed by table and document. */
export interface SourceChange {
  readonly type: 'source-change';
  readonly status: PresenceStatus;
  readonly table: string;
  readonly sourceFile: string;
  /** Fields that differ (for `changed`), as manifest column names. */
  readonly fields: readonly {
    readonly field: string;
    readonly before?: string;
    readonly after?: string;
  }[];
  readonly impact: SemverImpact;
}

export interface AliasChange {
  readonly type: 'alias-change';
  readonly status: PresenceStatus;
  readonly alias: string;
  readonly codeSet: string;
  readonly before?: string | number;
  readonly after?: string | number;
  readonly impact: SemverImpact;
}

export interface VendorDiff {
  readonly type: 'vendor-diff';
  readonly vendor: VendorId;
  readonly status: PresenceStatus;
  readonly sources: readonly SourceChange[];
  readonly codeSets: readonly CodeSetDiff[];
  readonly aliases: readonly AliasChange[];
  readonly impact: SemverImpact;
}

/** Why the whole change has its impact: each kind of change and how often it occurs. */
export interface ImpactReason {
  readonly impact: Exclude<SemverImpact, 'none'>;
  readonly reason: ChangeKind;
  readonly count: number;
}

export interface TableDiffReport {
  readonly type: 'table-diff';
  readonly impact: SemverImpact;
  readonly reasons: readonly ImpactReason[];
  /** Only vendors with a change, in model order (vendors only the base has come last). */
  readonly vendors: readonly VendorDiff[];
}

/** Keys of the base and head sides in head order, then keys only the base has, in base order. */
function mergedKeys<T>(base: readonly T[], head: readonly T[], key: (item: T) => string): string[] {
  const keys = head.map(key);
  const seen = new Set(keys);
  for (const item of base) {
    const itemKey = key(item);
    if (!seen.has(itemKey)) {
      seen.add(itemKey);
      keys.push(itemKey);
    }
  }
  return keys;
}

const byKey = <T>(items: readonly T[], key: (item: T) => string): Map<string, T> =>
  new Map(items.map((item) => [key(item), item]));

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

function diffCodeSet(
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

const SOURCE_FIELDS: readonly (readonly [string, (source: SourceNode) => string | undefined])[] = [
  ['product', (source) => source.product],
  ['api', (source) => source.api],
  ['document', (source) => source.document],
  ['section', (source) => source.section],
  ['language', (source) => source.language],
  ['date', (source) => source.date],
];

const sourceKey = (source: SourceNode): string => `${source.table}\u0000${source.sourceFile}`;

/** Manifest rows: their text reaches every entry's `source`, so any change is a patch at least. */
function diffSources(base: readonly SourceNode[], head: readonly SourceNode[]): SourceChange[] {
  const baseSources = byKey(base, sourceKey);
  const headSources = byKey(head, sourceKey);
  return mergedKeys(base, head, sourceKey).flatMap((key): SourceChange[] => {
    const before = baseSources.get(key);
    const after = headSources.get(key);
    const either = (after ?? before)!;
    const identity = {
      type: 'source-change' as const,
      table: either.table,
      sourceFile: either.sourceFile,
    };
    if (before === undefined)
      return [{ ...identity, status: 'added', fields: [], impact: CHANGE_IMPACT['source added'] }];
    if (after === undefined)
      return [
        { ...identity, status: 'removed', fields: [], impact: CHANGE_IMPACT['source removed'] },
      ];
    const fields = SOURCE_FIELDS.flatMap(([field, read]) => {
      const was = read(before);
      const now = read(after);
      return was === now
        ? []
        : [
            {
              field,
              ...(was !== undefined ? { before: was } : {}),
              ...(now !== undefined ? { after: now } : {}),
            },
          ];
    });
    return fields.length === 0
      ? []
      : [{ ...identity, status: 'changed', fields, impact: CHANGE_IMPACT['source changed'] }];
  });
}

const aliasKey = (alias: AliasNode): string => `${alias.codeSet}\u0000${alias.alias}`;

/** An alias a consumer's response may carry: losing or retargeting it changes what it resolves to. */
function diffAliases(base: readonly AliasNode[], head: readonly AliasNode[]): AliasChange[] {
  const baseAliases = byKey(base, aliasKey);
  const headAliases = byKey(head, aliasKey);
  return mergedKeys(base, head, aliasKey).flatMap((key): AliasChange[] => {
    const before = baseAliases.get(key);
    const after = headAliases.get(key);
    const either = (after ?? before)!;
    const identity = {
      type: 'alias-change' as const,
      alias: either.alias,
      codeSet: either.codeSet,
    };
    if (before === undefined)
      return [
        { ...identity, status: 'added', after: after!.code, impact: CHANGE_IMPACT['alias added'] },
      ];
    if (after === undefined)
      return [
        {
          ...identity,
          status: 'removed',
          before: before.code,
          impact: CHANGE_IMPACT['alias removed'],
        },
      ];
    if (before.code === after.code) return [];
    return [
      {
        ...identity,
        status: 'changed',
        before: before.code,
        after: after.code,
        impact: CHANGE_IMPACT['alias changed'],
      },
    ];
  });
}

function diffVendor(
  base: VendorNode | undefined,
  head: VendorNode | undefined,
): VendorDiff | undefined {
  const status: PresenceStatus =
    base === undefined ? 'added' : head === undefined ? 'removed' : 'changed';
  const id = (head ?? base)!.id;
  const baseSets = byKey(base?.codeSets ?? [], (set) => set.prefix);
  const headSets = byKey(head?.codeSets ?? [], (set) => set.prefix);
  const codeSets = mergedKeys(
    base?.codeSets ?? [],
    head?.codeSets ?? [],
    (set) => set.prefix,
  ).flatMap((prefix) => {
    const change = diffCodeSet(baseSets.get(prefix), headSets.get(prefix));
    return change === undefined ? [] : [change];
  });
  const sources = diffSources(base?.sources ?? [], head?.sources ?? []);
  const aliases = diffAliases(base?.aliases ?? [], head?.aliases ?? []);
  if (status === 'changed' && codeSets.length + sources.length + aliases.length === 0)
    return undefined;
  const impact = highestImpact([
    impactIf(status === 'removed', 'vendor removed'),
    impactIf(status === 'added', 'vendor added'),
    ...codeSets.map((set) => set.impact),
    ...sources.map((source) => source.impact),
    ...aliases.map((alias) => alias.impact),
  ]);
  return { type: 'vendor-diff', vendor: id, status, sources, codeSets, aliases, impact };
}

/** Counts each kind of change, so the report can say why its impact is what it is. */
function impactReasons(vendors: readonly VendorDiff[]): ImpactReason[] {
  const counts = new Map<ChangeKind, number>();
  const count = (kind: ChangeKind, times = 1): void => {
    if (times > 0) counts.set(kind, (counts.get(kind) ?? 0) + times);
  };
  for (const vendor of vendors) {
    if (vendor.status !== 'changed') count(`vendor ${vendor.status}`);
    for (const set of vendor.codeSets) {
      if (set.status !== 'changed') count(`code set ${set.status}`);
      for (const setting of set.settings) count(`${setting.setting} changed`);
      count('code added', set.codesAdded.length);
      count('code removed', set.codesRemoved.length);
      for (const code of set.codesChanged) {
        if (code.renamedFrom !== undefined) count('enum member renamed');
        count('variant added', code.variantsAdded.length);
        count('variant removed', code.variantsRemoved.length);
        if (code.reordered) count('variants reordered');
        for (const variant of code.variantsChanged) {
          for (const column of variant.columns) count(`${column.column} changed`);
        }
      }
    }
    for (const source of vendor.sources) count(`source ${source.status}`);
    for (const alias of vendor.aliases) count(`alias ${alias.status}`);
  }
  // Most severe first, then by the order the kinds were met: deterministic for one input.
  return [...counts]
    .map(([reason, times]): ImpactReason => ({
      impact: CHANGE_IMPACT[reason],
      reason,
      count: times,
    }))
    .sort((a, b) => IMPACT_RANK[b.impact] - IMPACT_RANK[a.impact]);
}

/** The changes from `base` to `head`; pure: neither model is touched. */
export function diffTables(base: PackageModel, head: PackageModel): TableDiffReport {
  const baseVendors = byKey(base.vendors, (vendor) => vendor.id);
  const headVendors = byKey(head.vendors, (vendor) => vendor.id);
  const vendors = mergedKeys(base.vendors, head.vendors, (vendor) => vendor.id).flatMap((id) => {
    const change = diffVendor(baseVendors.get(id), headVendors.get(id));
    return change === undefined ? [] : [change];
  });
  return {
    type: 'table-diff',
    impact: highestImpact(vendors.map((vendor) => vendor.impact)),
    reasons: impactReasons(vendors),
    vendors,
  };
}
