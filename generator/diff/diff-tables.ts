// Compares two PackageModels (tables at a base revision and now) into a typed change report with its semver impact.

import type { PackageModel, VendorId, VendorNode } from '../model/model.js';
import { diffCodeSet, type CodeSetDiff } from './diff-codes.js';
import { diffAliases, diffSources, type AliasChange, type SourceChange } from './diff-manifest.js';
import { diffFamilyRules, type FamilyRulesDiff } from './diff-rules.js';
import {
  CHANGE_IMPACT,
  highestImpact,
  IMPACT_RANK,
  impactIf,
  type ChangeKind,
  type SemverImpact,
} from './impact.js';
import { byKey, mergedKeys, type PresenceStatus } from './pair-keys.js';

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
  /** The family rules' changes, per envelope with a change. */
  readonly rules: readonly FamilyRulesDiff[];
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
function impactReasons(
  vendors: readonly VendorDiff[],
  rules: readonly FamilyRulesDiff[],
): ImpactReason[] {
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
          if (variant.documents !== undefined) count('documents changed');
        }
      }
      count('rows reordered', set.rowsReordered.length);
    }
    for (const source of vendor.sources) count(`source ${source.status}`);
    for (const alias of vendor.aliases) count(`alias ${alias.status}`);
  }
  for (const envelope of rules) {
    for (const ruleChange of envelope.changes) count(ruleChange.kind);
    if (envelope.reordered !== undefined) count(envelope.reordered.kind);
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
  const rules = diffFamilyRules(base, head);
  return {
    type: 'table-diff',
    impact: highestImpact([
      ...vendors.map((vendor) => vendor.impact),
      ...rules.map((envelope) => envelope.impact),
    ]),
    reasons: impactReasons(vendors, rules),
    vendors,
    rules,
  };
}
