// Searches the catalog as the on-call engineer types: exact code first, then code prefix, code or name, message, text.
import { messageMatches } from '../../runtime/entry.js';
import type { CatalogEntry } from './catalog-entries.js';

/** Match kinds, best first; a result's rank is the best kind it matches. */
export const RANKS = [
  /** The code or one of its aliases, whole: `40400001`, `authfailure.signaturefailure`. */
  'exact-code',
  /** The start of the code or an alias: `AuthFailure.Sig`. */
  'code-prefix',
  /** Part of the code, an alias or the name: `SignatureFail`. */
  'code-or-name',
  /** A message the vendor returned that fills the documented template, as the parser matches it. */
  'message',
  /** Part of the message or a description, zh or en: `签名过期`, `signature`. */
  'text',
  /** Every word of the query, each somewhere in the entry: `media banned`. */
  'words',
] as const;
export type Rank = (typeof RANKS)[number];

export interface Filters {
  /** A vendor id, or null for every vendor. */
  readonly vendor: string | null;
  readonly category: string | null;
  readonly retryable: boolean | null;
}

export const NO_FILTERS: Filters = { vendor: null, category: null, retryable: null };

export interface SearchResult {
  /** Indexes into the entries, best rank first, the catalog's order within a rank. */
  readonly matches: readonly number[];
  /** The rank of each match, parallel to `matches`. */
  readonly ranks: readonly Rank[];
}

const passes = (entry: CatalogEntry, filters: Filters): boolean =>
  (filters.vendor === null || entry.vendor === filters.vendor) &&
  (filters.category === null || entry.category === filters.category) &&
  (filters.retryable === null || entry.retryable === filters.retryable);

function rankOf(
  entry: CatalogEntry,
  query: string,
  needle: string,
  words: readonly string[],
): number {
  if (entry.codeKey === needle) return 0;
  if (entry.codeKey.startsWith(needle)) return 1;
  for (const alias of entry.aliasKeys) {
    if (alias === needle) return 0;
    if (alias.startsWith(needle)) return 1;
  }
  if (entry.codeKey.includes(needle) || entry.nameKey.includes(needle)) return 2;
  for (const alias of entry.aliasKeys) if (alias.includes(needle)) return 2;
  if (entry.message !== null && messageMatches(entry.message, query)) return 3;
  if (entry.textKey.includes(needle)) return 4;
  if (words.length > 1) {
    for (const word of words) {
      if (
        !entry.codeKey.includes(word) &&
        !entry.nameKey.includes(word) &&
        !entry.textKey.includes(word) &&
        !entry.aliasKeys.some((alias) => alias.includes(word))
      )
        return -1;
    }
    return 5;
  }
  return -1;
}

/**
 * The entries that pass the filters and match the query, best first. An empty query matches
 * every entry that passes the filters, in the catalog's order. Linear in the entries, no sort:
 * each rank is a bucket filled in catalog order.
 */
export function searchCatalog(
  entries: readonly CatalogEntry[],
  query: string,
  filters: Filters = NO_FILTERS,
): SearchResult {
  const trimmed = query.trim();
  const needle = trimmed.toLowerCase();
  if (needle === '') {
    const matches: number[] = [];
    for (const entry of entries) if (passes(entry, filters)) matches.push(entry.index);
    return { matches, ranks: matches.map(() => 'text') };
  }
  const words = needle.split(/\s+/);
  const buckets: number[][] = RANKS.map(() => []);
  for (const entry of entries) {
    if (!passes(entry, filters)) continue;
    const rank = rankOf(entry, trimmed, needle, words);
    if (rank >= 0) buckets[rank]!.push(entry.index);
  }
  const matches: number[] = [];
  const ranks: Rank[] = [];
  buckets.forEach((bucket, rank) => {
    for (const index of bucket) {
      matches.push(index);
      ranks.push(RANKS[rank]!);
    }
  });
  return { matches, ranks };
}
