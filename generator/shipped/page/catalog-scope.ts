// A vendor named in the query (`streamlive InvalidParameter`): its entries first within each rank.
import type { VendorId } from '../runtime/entry.js';
import type { CatalogEntry } from './catalog-entries.js';
import type { SearchResult } from './catalog-search.js';

/** A query with the vendor it names taken out. */
export interface ScopedQuery {
  /** What is left to search for. */
  readonly query: string;
  /** The vendor a word of the query names, or null. */
  readonly vendor: VendorId | null;
}

/**
 * The words that name one vendor: its id (`tencent-streamlive`) and each part of the id that no
 * other vendor's id has (`streamlive`, `baidu`, `vod`, `upyun`); `tencent` and `live` name none.
 */
export function vendorWords<Id extends string = VendorId>(
  vendors: readonly { readonly id: Id }[],
): Map<string, Id> {
  const owners = new Map<string, Set<Id>>();
  for (const vendor of vendors)
    for (const word of [vendor.id, ...vendor.id.split('-')]) {
      const key = word.toLowerCase();
      owners.set(key, (owners.get(key) ?? new Set()).add(vendor.id));
    }
  const words = new Map<string, Id>();
  for (const [word, ids] of owners) {
    const [only] = ids;
    if (ids.size === 1 && only !== undefined && word.length >= 3) words.set(word, only);
  }
  return words;
}

/** Takes one vendor word out of a query that has something else to search for. */
export function scopeQuery(query: string, words: ReadonlyMap<string, VendorId>): ScopedQuery {
  const parts = query.trim().split(/\s+/);
  if (parts.length < 2) return { query, vendor: null };
  const at = parts.findIndex((part) => words.has(part.toLowerCase()));
  if (at < 0) return { query, vendor: null };
  return {
    query: parts.filter((_, index) => index !== at).join(' '),
    vendor: words.get(parts[at]!.toLowerCase())!,
  };
}

/** The result with the vendor's entries first within each rank; otherwise the order kept. */
export function vendorFirst(
  result: SearchResult,
  entries: readonly CatalogEntry[],
  vendor: VendorId | null,
): SearchResult {
  const { matches, ranks } = result;
  if (vendor === null || ranks === null) return result;
  const ordered: number[] = [];
  const orderedRanks: (typeof ranks)[number][] = [];
  // Matches come grouped by rank: within each group, the vendor's first, each part in its order.
  for (let start = 0; start < matches.length; ) {
    let end = start;
    while (end < matches.length && ranks[end] === ranks[start]) end += 1;
    for (const own of [true, false])
      for (let position = start; position < end; position += 1)
        if ((entries[matches[position]!]!.vendor === vendor) === own) {
          ordered.push(matches[position]!);
          orderedRanks.push(ranks[position]!);
        }
    start = end;
  }
  return { matches: ordered, ranks: orderedRanks };
}
