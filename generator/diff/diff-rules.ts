// Compares the family rules (tables/category-rules.csv) the package carries for each envelope on two sides.

import type { CodeSetNode, FamilyRuleNode, PackageModel } from '../model/model.js';
import type { Envelope, ErrorCategory } from '../schema/schema.js';
import { ANY_FAMILY } from '../shipped/runtime/family-rules.js';
import { CHANGE_IMPACT, highestImpact, type ChangeKind, type SemverImpact } from './impact.js';
import { byKey, mergedKeys } from './pair-keys.js';

/** A rule as the package carries it: which codes it covers, and what it decides for them. */
export interface RuleSummary {
  readonly prefix: string;
  readonly keyword?: string;
  readonly category: ErrorCategory;
  readonly retryable: boolean;
}

export type RuleChangeKind = Extract<ChangeKind, `family rule ${string}`>;

/** One rule added, removed or changed; a rule is known by its prefix and keyword. */
export interface RuleChange {
  readonly type: 'rule-change';
  readonly kind: RuleChangeKind;
  readonly prefix: string;
  readonly keyword?: string;
  readonly before?: RuleSummary;
  readonly after?: RuleSummary;
  /**
   * An added rule's: the rules of the base that decided otherwise some codes it now decides
   * (both cover the code, and the added rule outranks them there).
   */
  readonly overrides: readonly RuleSummary[];
  readonly impact: SemverImpact;
}

/** The changes of one envelope's rules, which every code set of that envelope carries. */
export interface FamilyRulesDiff {
  readonly type: 'family-rules-diff';
  readonly envelope: Envelope;
  /** The code sets that carry these rules (the head's; the base's when the head has none). */
  readonly codeSets: readonly string[];
  readonly changes: readonly RuleChange[];
  /** The rules both sides have are in another order: it decides between equally good rules. */
  readonly reordered?: {
    readonly kind: Extract<ChangeKind, 'family rules reordered' | 'family rule tie reordered'>;
    readonly impact: SemverImpact;
  };
  readonly impact: SemverImpact;
}

const ruleKey = (rule: RuleSummary): string => `${rule.prefix}\u0000${rule.keyword ?? ''}`;

const summary = (rule: FamilyRuleNode): RuleSummary => ({
  prefix: rule.prefix,
  ...(rule.keyword !== undefined && { keyword: rule.keyword }),
  category: rule.category,
  retryable: rule.retryable,
});

/**
 * What a rule decides for an undocumented code at run time: a rule that says `unknown` leaves the
 * decision to the HTTP status (see the runtime's undocumentedDecision), which is no decision.
 */
const decision = (rule: RuleSummary): string =>
  rule.category === 'unknown' ? 'none' : `${rule.category} ${rule.retryable}`;

const words = (rule: RuleSummary): readonly string[] =>
  rule.keyword === undefined || rule.keyword === '' ? [] : rule.keyword.split('|');

/** Does `shorter` cover every code `longer` covers, and more (whole leading segments, or `*`)? */
const isAncestor = (shorter: string, longer: string): boolean =>
  shorter !== longer && (shorter === ANY_FAMILY || longer.startsWith(`${shorter}.`));

/**
 * Can `rule` decide a code that `other` covers too, as the runtime ranks rules (familyRuleFor: a
 * matched keyword first, then the longer prefix, then the longer matched word, then table order)?
 * Some code holding a word of each is always possible, so this looks at prefixes and word lengths.
 */
function mayOutrank(rule: RuleSummary, other: RuleSummary, ruleFirst: boolean): boolean {
  const related =
    rule.prefix === other.prefix ||
    isAncestor(rule.prefix, other.prefix) ||
    isAncestor(other.prefix, rule.prefix);
  if (!related) return false;
  const mine = words(rule);
  const theirs = words(other);
  if (mine.length === 0) return theirs.length === 0 && isAncestor(other.prefix, rule.prefix);
  if (theirs.length === 0 || isAncestor(other.prefix, rule.prefix)) return true;
  if (rule.prefix !== other.prefix) return false;
  return mine.some((word) =>
    theirs.some(
      (otherWord) =>
        word.length > otherWord.length || (word.length === otherWord.length && ruleFirst),
    ),
  );
}

/** The envelopes' rules as a model carries them: the rules of its first code set of each envelope. */
function rulesByEnvelope(
  model: PackageModel,
): Map<Envelope, { rules: readonly RuleSummary[]; codeSets: string[] }> {
  const byEnvelope = new Map<Envelope, { rules: readonly RuleSummary[]; codeSets: string[] }>();
  const codeSets: CodeSetNode[] = model.vendors.flatMap((vendor) => [...vendor.codeSets]);
  for (const codeSet of codeSets) {
    if (codeSet.familyRules.length === 0) continue;
    const known = byEnvelope.get(codeSet.envelope);
    if (known === undefined)
      byEnvelope.set(codeSet.envelope, {
        rules: codeSet.familyRules.map(summary),
        codeSets: [codeSet.prefix],
      });
    else known.codeSets.push(codeSet.prefix);
  }
  return byEnvelope;
}

function change(
  kind: RuleChangeKind,
  rule: RuleSummary,
  sides: { before?: RuleSummary; after?: RuleSummary },
  overrides: readonly RuleSummary[] = [],
): RuleChange {
  return {
    type: 'rule-change',
    kind,
    prefix: rule.prefix,
    ...(rule.keyword !== undefined && { keyword: rule.keyword }),
    ...sides,
    overrides,
    impact: CHANGE_IMPACT[kind],
  };
}

/** One envelope's rules compared: each rule added, removed or changed, and their order. */
function diffEnvelopeRules(
  envelope: Envelope,
  base: readonly RuleSummary[],
  head: readonly RuleSummary[],
  codeSets: readonly string[],
): FamilyRulesDiff | undefined {
  const baseRules = byKey(base, ruleKey);
  const headRules = byKey(head, ruleKey);
  const headOrder = new Map(head.map((rule, index) => [ruleKey(rule), index]));
  const changes = mergedKeys(base, head, ruleKey).flatMap((key): RuleChange[] => {
    const before = baseRules.get(key);
    const after = headRules.get(key);
    if (before === undefined) {
      const rule = after!;
      const position = headOrder.get(key)!;
      // Base rules this one takes codes from, which they decided otherwise.
      const overrides = base.filter(
        (other) =>
          decision(other) !== 'none' &&
          decision(other) !== decision(rule) &&
          mayOutrank(rule, other, position < (headOrder.get(ruleKey(other)) ?? Infinity)),
      );
      return [
        change(
          overrides.length === 0 ? 'family rule added' : 'family rule added over a decision',
          rule,
          { after: rule },
          overrides,
        ),
      ];
    }
    if (after === undefined) return [change('family rule removed', before, { before })];
    const kinds: RuleChangeKind[] = [
      ...(before.category !== after.category ? ['family rule category changed' as const] : []),
      ...(before.retryable !== after.retryable ? ['family rule retryable changed' as const] : []),
    ];
    return kinds.map((kind) => change(kind, after, { before, after }));
  });
  const common = (rules: readonly RuleSummary[]): RuleSummary[] =>
    rules.filter((rule) => baseRules.has(ruleKey(rule)) && headRules.has(ruleKey(rule)));
  const baseCommon = common(base);
  const headCommon = common(head);
  const moved = baseCommon.some((rule, index) => ruleKey(rule) !== ruleKey(headCommon[index]!));
  let reordered: FamilyRulesDiff['reordered'];
  if (moved) {
    // Table order decides only between rules of one prefix whose matched words are as long.
    const basePlace = new Map(baseCommon.map((rule, index) => [ruleKey(rule), index]));
    const headPlace = new Map(headCommon.map((rule, index) => [ruleKey(rule), index]));
    const tieFlipped = headCommon.some((rule) =>
      headCommon.some((other) => {
        const swapped =
          headPlace.get(ruleKey(rule))! < headPlace.get(ruleKey(other))! &&
          basePlace.get(ruleKey(rule))! > basePlace.get(ruleKey(other))!;
        const lengths = new Set(words(other).map((word) => word.length));
        return (
          swapped &&
          rule.prefix === other.prefix &&
          decision(rule) !== decision(other) &&
          words(rule).some((word) => lengths.has(word.length))
        );
      }),
    );
    const kind = tieFlipped ? 'family rule tie reordered' : 'family rules reordered';
    reordered = { kind, impact: CHANGE_IMPACT[kind] };
  }
  if (changes.length === 0 && reordered === undefined) return undefined;
  return {
    type: 'family-rules-diff',
    envelope,
    codeSets,
    changes,
    ...(reordered !== undefined && { reordered }),
    impact: highestImpact([
      ...changes.map((ruleChange) => ruleChange.impact),
      reordered?.impact ?? 'none',
    ]),
  };
}

/**
 * The family rules' changes, per envelope, in the order the models first name the envelopes. An
 * envelope's rules reach the package only through its code sets: without one, it carries none.
 */
export function diffFamilyRules(base: PackageModel, head: PackageModel): FamilyRulesDiff[] {
  const baseRules = rulesByEnvelope(base);
  const headRules = rulesByEnvelope(head);
  const envelopes = [...new Set([...headRules.keys(), ...baseRules.keys()])];
  return envelopes.flatMap((envelope) => {
    const before = baseRules.get(envelope);
    const after = headRules.get(envelope);
    const diff = diffEnvelopeRules(
      envelope,
      before?.rules ?? [],
      after?.rules ?? [],
      (after ?? before)!.codeSets,
    );
    return diff === undefined ? [] : [diff];
  });
}
