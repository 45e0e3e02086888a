// Compares a vendor's manifest rows and aliases on two sides.

import type { AliasNode, SourceNode } from '../model/model.js';
import { CHANGE_IMPACT, type SemverImpact } from './impact.js';
import { byKey, mergedKeys, type PresenceStatus } from './pair-keys.js';

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

const SOURCE_FIELDS: readonly (readonly [string, (source: SourceNode) => string | undefined])[] = [
  ['product', (source) => source.product],
  ['api', (source) => source.api],
  ['document', (source) => source.document],
  ['section', (source) => source.section],
  ['language', (source) => source.language],
  ['date', (source) => source.date],
  // The address the README, catalog and CLI cite (a code list's is made from its repository and commit).
  ['document_url', (source) => source.url],
];

const sourceKey = (source: SourceNode): string => `${source.table}\u0000${source.sourceFile}`;

/** Manifest rows: their text reaches every entry's `source`, so any change is a patch at least. */
export function diffSources(
  base: readonly SourceNode[],
  head: readonly SourceNode[],
): SourceChange[] {
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
export function diffAliases(base: readonly AliasNode[], head: readonly AliasNode[]): AliasChange[] {
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
