// Searches the catalog as the on-call engineer types or pastes: exact code first, then code prefix, code or name, message, text.
import { messageMatches, straightQuotes } from '../runtime/entry.js';
import type { Envelope } from '../runtime/entry.js';
import { extractErrorCodeWith, type EnvelopeOfVendor } from '../runtime/pasted-code.js';
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

const EXACT = 0;
const PREFIX = 1;
const CODE_OR_NAME = 2;
const MESSAGE = 3;
const TEXT = 4;
const WORDS = 5;
const NONE = 255;

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
  /** The rank of each match, parallel to `matches`; null for an empty query (no ranking). */
  readonly ranks: readonly Rank[] | null;
}

/** Between entries in a haystack: no query holds it (the search removes it from queries). */
const SEPARATOR = '\u0000';

/**
 * One search key of every entry joined into one string, so that a query is found by the engine's
 * own `indexOf` over all entries at once instead of a call per entry: at 17,000 entries that is
 * the difference between a keystroke and a stutter. `starts[i]` is where entry i's key begins.
 */
interface Haystack {
  readonly text: string;
  readonly starts: Int32Array;
}

function haystack(keys: readonly string[]): Haystack {
  const starts = new Int32Array(keys.length + 1);
  let offset = 0;
  keys.forEach((key, index) => {
    starts[index] = offset;
    offset += key.length + SEPARATOR.length;
  });
  starts[keys.length] = offset;
  return { text: keys.join(SEPARATOR) + SEPARATOR, starts };
}

/** The entry a haystack offset falls in: the last start at or before it. */
function entryAt(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Calls `found(entry, position in its key)` once per entry whose key holds the needle, at its first occurrence. */
function eachEntryHolding(
  hay: Haystack,
  needle: string,
  found: (entry: number, position: number) => void,
): void {
  const { text, starts } = hay;
  let from = 0;
  let entry = -1;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return;
    // A short query is found in entry after entry: look at the next one before searching them all.
    entry = at < starts[entry + 2]! ? entry + 1 : entryAt(starts, at);
    found(entry, at - starts[entry]!);
    from = starts[entry + 1]!;
  }
}

/** What a search needs of the entries, built once when the page loads. */
export interface SearchIndex {
  readonly entries: readonly CatalogEntry[];
  /** Each entry's keys in one string (code, aliases, name, texts; a line feed between). */
  readonly allKeys: readonly string[];
  readonly all: Haystack;
  /** The entries whose message is a template. */
  readonly templates: readonly number[];
  /** Each code set's vendor and envelope, for the error bodies pasted into the search. */
  readonly envelopes: readonly EnvelopeOfVendor<string>[];
  /** Each entry's best rank for the query at hand; reset per search. */
  readonly ranks: Uint8Array;
  /**
   * Where each entry's keys end, within its part of the haystack: the code's (-1 for an entry
   * with aliases, ranked key by key), then the name's. A match's first position gives its rank.
   */
  readonly codeEnds: Int32Array;
  readonly nameEnds: Int32Array;
}

export function searchIndex(entries: readonly CatalogEntry[]): SearchIndex {
  const allKeys = entries.map((entry) =>
    [entry.codeKey, ...entry.aliasKeys, entry.nameKey, entry.textKey].join('\n'),
  );
  return {
    entries,
    allKeys,
    all: haystack(allKeys),
    templates: entries.filter((entry) => entry.template !== null).map((entry) => entry.index),
    // The data names its envelopes as the model does; one the runtime does not read finds nothing.
    envelopes: [...new Set(entries.map((entry) => entry.codeSet))].map((codeSet) => ({
      vendor: codeSet.vendor,
      envelope: codeSet.envelope as Envelope,
    })),
    ranks: new Uint8Array(entries.length),
    codeEnds: Int32Array.from(entries, (entry) =>
      entry.aliasKeys.length > 0 ? -1 : entry.codeKey.length,
    ),
    nameEnds: Int32Array.from(
      entries,
      (entry) => entry.codeKey.length + 1 + entry.nameKey.length,
    ),
  };
}

const passes = (entry: CatalogEntry, filters: Filters): boolean =>
  (filters.vendor === null || entry.vendor === filters.vendor) &&
  (filters.category === null || entry.category === filters.category) &&
  (filters.retryable === null || entry.retryable === filters.retryable);

/** The rank of an entry some key of which holds the needle; NONE when only the joined keys do. */
function rankOf(entry: CatalogEntry, needle: string): number {
  let rank = NONE;
  for (const code of [entry.codeKey, ...entry.aliasKeys]) {
    const position = code.indexOf(needle);
    const codeRank =
      position < 0
        ? NONE
        : position > 0
          ? CODE_OR_NAME
          : code.length === needle.length
            ? EXACT
            : PREFIX;
    if (codeRank < rank) rank = codeRank;
  }
  if (rank !== NONE) return rank;
  if (entry.nameKey.includes(needle)) return CODE_OR_NAME;
  return entry.textKey.includes(needle) ? TEXT : NONE;
}

/** The rank of an entry whose code, an alias or the name holds a code found in pasted text; NONE otherwise. */
function codeRankOf(entry: CatalogEntry, code: string): number {
  const rank = rankOf(entry, code);
  return rank <= CODE_OR_NAME ? rank : NONE;
}

/**
 * Ranks the codes in pasted text (a log line, an SDK error's text, an error body of any vendor)
 * as codes, with the runtime's own extractor: only at the vendors an error body names, and a
 * template filled by the body's message as a message.
 */
function rankPastedCodes(index: SearchIndex, query: string, needle: string): void {
  const { entries, ranks } = index;
  for (const pasted of extractErrorCodeWith(index.envelopes, query)) {
    const sentBy = (entry: CatalogEntry): boolean =>
      pasted.vendors.length === 0 || pasted.vendors.includes(entry.vendor);
    const code = pasted.code.toLowerCase();
    // The query itself as a code is ranked already.
    if (code !== needle) {
      eachEntryHolding(index.all, code, (entry) => {
        const rank = sentBy(entries[entry]!) ? codeRankOf(entries[entry]!, code) : NONE;
        if (rank < ranks[entry]!) ranks[entry] = rank;
      });
    }
    const { message } = pasted;
    if (message === undefined) continue;
    for (const entry of index.templates) {
      if (ranks[entry]! > MESSAGE && sentBy(entries[entry]!))
        if (messageMatches(entries[entry]!.template!, message)) ranks[entry] = MESSAGE;
    }
  }
}

/**
 * The rank of an entry from where its keys first hold the needle, with no string search: at 0,
 * the code's start (or the whole code); elsewhere in the code or in the name, code-or-name; after,
 * text. A needle without a line feed cannot span two keys, and the first position is the best.
 */
function rankAt(index: SearchIndex, entry: number, position: number, needle: string): number {
  const codeEnd = index.codeEnds[entry]!;
  if (codeEnd < 0) return rankOf(index.entries[entry]!, needle);
  if (position < codeEnd)
    return position > 0 ? CODE_OR_NAME : needle.length === codeEnd ? EXACT : PREFIX;
  return position < index.nameEnds[entry]! ? CODE_OR_NAME : TEXT;
}

/**
 * The entries that pass the filters and match the query, best first. An empty query matches
 * every entry that passes the filters, in the catalog's order. No sort: each entry gets its best
 * rank, then one pass in catalog order fills the ranks' buckets.
 */
export function searchCatalog(
  index: SearchIndex,
  query: string,
  filters: Filters = NO_FILTERS,
): SearchResult {
  const { entries, ranks } = index;
  const trimmed = query.replaceAll(SEPARATOR, '').trim();
  // Quote style does not count: the entries' texts are kept with straight quotes too.
  const needle = straightQuotes(trimmed.toLowerCase());
  if (needle === '') {
    const matches: number[] = [];
    for (const entry of entries) if (passes(entry, filters)) matches.push(entry.index);
    return { matches, ranks: null };
  }
  ranks.fill(NONE);
  // One native scan finds every entry that holds the needle in some key; its keys then rank it.
  if (needle.includes('\n'))
    eachEntryHolding(index.all, needle, (entry) => {
      ranks[entry] = rankOf(entries[entry]!, needle);
    });
  else
    eachEntryHolding(index.all, needle, (entry, position) => {
      ranks[entry] = rankAt(index, entry, position, needle);
    });
  for (const entry of index.templates) {
    if (ranks[entry]! > MESSAGE && messageMatches(entries[entry]!.template!, trimmed))
      ranks[entry] = MESSAGE;
  }
  rankPastedCodes(index, trimmed, needle);
  const words = needle.split(/\s+/);
  if (words.length > 1) {
    // Candidates hold the longest word; the others are checked entry by entry. A word holds no
    // blank, so none matches across the line feeds between an entry's keys.
    const [longest, ...others] = [...words].sort((a, b) => b.length - a.length) as [
      string,
      ...string[],
    ];
    eachEntryHolding(index.all, longest, (entry) => {
      const keys = index.allKeys[entry]!;
      if (ranks[entry]! > WORDS && others.every((word) => keys.includes(word)))
        ranks[entry] = WORDS;
    });
  }
  const buckets: number[][] = RANKS.map(() => []);
  for (let entry = 0; entry < entries.length; entry += 1) {
    const rank = ranks[entry]!;
    if (rank !== NONE && passes(entries[entry]!, filters)) buckets[rank]!.push(entry);
  }
  const matches: number[] = [];
  const matchRanks: Rank[] = [];
  buckets.forEach((bucket, rank) => {
    for (const entry of bucket) {
      matches.push(entry);
      matchRanks.push(RANKS[rank]!);
    }
  });
  return { matches, ranks: matchRanks };
}
