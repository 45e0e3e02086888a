// The semver impact of each kind of table change, once: what the diff computes, counts and prints.

/**
 * What a change means to a consumer of the package. Removing or renaming something a consumer
 * may name, or changing a fact a consumer may branch on (status, category, retryable), breaks
 * them: major. Something new: minor. Only text a person reads: patch.
 */
export type SemverImpact = 'major' | 'minor' | 'patch' | 'none';

export const IMPACT_RANK: Readonly<Record<SemverImpact, number>> = {
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
  // Which documents list a variant, and the one its entry cites: text a reader sees in `source`.
  'documents changed': 'patch',
  // The docs catalog lists a table's rows in document order.
  'rows reordered': 'patch',
  // Manifest text reaches every entry's `source`: a reader sees it, no code branches on it.
  'source added': 'patch',
  'source removed': 'patch',
  'source changed': 'patch',
  'alias added': 'minor',
  'alias removed': 'major',
  'alias changed': 'major',
  // The family rules (tables/category-rules.csv) decide the codes no document lists, at run time.
  // A rule that decides codes which had no family decision (none, or a rule saying `unknown`, which
  // leaves them to the HTTP status) adds to what the package decides.
  'family rule added': 'minor',
  // A rule that outranks, for some codes, a rule that decided them otherwise: their decision changes.
  'family rule added over a decision': 'major',
  // Its codes fall to another rule, or to the HTTP status.
  'family rule removed': 'major',
  'family rule category changed': 'major',
  'family rule retryable changed': 'major',
  // Table order only breaks ties, which these rules cannot have (see diff-rules.ts).
  'family rules reordered': 'patch',
  // Two rules of one prefix that decide differently, and can match equally long words, swapped.
  'family rule tie reordered': 'major',
} as const satisfies Readonly<Record<string, Exclude<SemverImpact, 'none'>>>;
export type ChangeKind = keyof typeof CHANGE_IMPACT;

/** The impact of a kind of change when it happened, `none` when it did not. */
export const impactIf = (happened: boolean, kind: ChangeKind): SemverImpact =>
  happened ? CHANGE_IMPACT[kind] : 'none';
