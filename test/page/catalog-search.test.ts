// The catalog page's search, in Node on the fixture tables: each kind of query, the ranking, the filters; table-driven.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogData } from '../../generator/emit/page/catalog-data.js';
import { messageMatches } from '../../generator/shipped/runtime/entry.js';
import {
  catalogEntries,
  type CatalogEntry,
} from '../../generator/shipped/page/catalog-entries.js';
import { highlight } from '../../generator/shipped/page/catalog-render.js';
import {
  NO_FILTERS,
  searchCatalog,
  searchIndex,
  type Filters,
  type SearchIndex,
  type Rank,
} from '../../generator/shipped/page/catalog-search.js';
import { catalogFixtureModel } from './catalog-fixture.js';

let entries: CatalogEntry[] = [];
let index: SearchIndex;
let dispose = async (): Promise<void> => {};
beforeAll(async () => {
  const fixture = await catalogFixtureModel();
  entries = catalogEntries(catalogData(fixture.model));
  index = searchIndex(entries);
  dispose = fixture.dispose;
});
afterAll(() => dispose());

/** `vendor/code#variant` of each match, best first. */
function found(query: string, filters: Filters = NO_FILTERS): string[] {
  return searchCatalog(index, query, filters).matches.map((index) => {
    const entry = entries[index]!;
    return `${entry.vendor}/${entry.code}${entry.variants > 1 ? `#${entry.variant + 1}` : ''}`;
  });
}

describe('searchCatalog', () => {
  const cases: { name: string; query: string; want: string[]; ranks?: Rank[] }[] = [
    {
      name: 'an integer code, exactly',
      query: '40400001',
      want: ['upyun/40400001'],
      ranks: ['exact-code'],
    },
    {
      name: 'a string code in any case, every vendor that documents it',
      query: 'authfailure.signaturefailure',
      want: [
        'tencent-live/AuthFailure.SignatureFailure',
        'tencent-streamlive/AuthFailure.SignatureFailure',
      ],
      ranks: ['exact-code', 'exact-code'],
    },
    {
      name: 'part of a code',
      query: 'SignatureFail',
      want: [
        'tencent-live/AuthFailure.SignatureFailure',
        'tencent-streamlive/AuthFailure.SignatureFailure',
      ],
      ranks: ['code-or-name', 'code-or-name'],
    },
    {
      name: 'a filled message finds its template, as the parser matches it',
      query: 'Media not found with mda-jdekywp8pek91e0n',
      want: ['baidu-vod/MediaNotFound'],
      ranks: ['message'],
    },
    {
      name: 'a zh description',
      query: '签名过期',
      want: [
        'tencent-live/AuthFailure.SignatureExpire',
        'tencent-streamlive/AuthFailure.SignatureExpire',
      ],
      ranks: ['text', 'text'],
    },
    {
      name: 'an en word: codes that start with it, codes that hold it, then descriptions',
      query: 'signature',
      want: [
        'kingsoft-live/SignatureNotMatch',
        'tencent-live/AuthFailure.SignatureExpire',
        'tencent-live/AuthFailure.SignatureFailure',
        'tencent-streamlive/AuthFailure.SignatureExpire',
        'tencent-streamlive/AuthFailure.SignatureFailure',
      ],
      ranks: ['code-prefix', 'code-or-name', 'code-or-name', 'code-or-name', 'code-or-name'],
    },
    {
      name: 'an en description, any case',
      query: 'FREQUENCY limit',
      want: ['tencent-live/RequestLimitExceeded', 'tencent-streamlive/RequestLimitExceeded'],
      ranks: ['text', 'text'],
    },
    {
      name: 'a message',
      query: 'same uri',
      want: ['upyun/42900002'],
      ranks: ['text'],
    },
    {
      name: 'ranking: exact code, then code prefix, then text; catalog order within a rank',
      query: 'AuthFailure',
      want: [
        'tencent-live/AuthFailure',
        'tencent-streamlive/AuthFailure',
        'tencent-live/AuthFailure.SignatureExpire',
        'tencent-live/AuthFailure.SignatureFailure',
        'tencent-streamlive/AuthFailure.SignatureExpire',
        'tencent-streamlive/AuthFailure.SignatureFailure',
        'kingsoft-live/SignatureNotMatch',
      ],
      ranks: [
        'exact-code',
        'exact-code',
        'code-prefix',
        'code-prefix',
        'code-prefix',
        'code-prefix',
        'text',
      ],
    },
    {
      name: 'a code prefix of integer codes',
      query: '4040',
      want: ['upyun/40400001'],
      ranks: ['code-prefix'],
    },
    {
      name: 'an alias, exactly',
      query: 'MediaException.MediaNotFound',
      want: ['baidu-vod/MediaNotFound'],
      ranks: ['exact-code'],
    },
    {
      name: 'every variant of a repeated code',
      query: 'InvalidParameterValue',
      want: ['kingsoft-live/InvalidParameterValue#1', 'kingsoft-live/InvalidParameterValue#2'],
    },
    {
      name: 'an enum member name',
      query: 'FileOrDirectoryNot',
      want: ['upyun/40400001'],
      ranks: ['code-or-name'],
    },
    {
      name: 'words in any order, each somewhere in the entry',
      query: 'banned media',
      want: ['baidu-vod/MediaBanned'],
      ranks: ['words'],
    },
    { name: 'surrounding space is ignored', query: '  40400001 ', want: ['upyun/40400001'] },
    { name: 'nothing', query: 'no such error anywhere', want: [] },
    { name: 'a prototype key is no code', query: '__proto__', want: [] },
  ];
  for (const { name, query, want, ranks } of cases) {
    it(name, () => {
      expect(found(query)).toEqual(want);
      if (ranks !== undefined) expect(searchCatalog(index, query).ranks).toEqual(ranks);
    });
  }

  it('an empty query lists every entry that passes the filters, in catalog order', () => {
    expect(searchCatalog(index, '').matches).toEqual(entries.map((entry) => entry.index));
    expect(searchCatalog(index, ' ', { ...NO_FILTERS, vendor: 'upyun' }).matches).toEqual(
      entries.filter((entry) => entry.vendor === 'upyun').map((entry) => entry.index),
    );
  });

  const filterCases: { name: string; filters: Filters; keep: (entry: CatalogEntry) => boolean }[] =
    [
      {
        name: 'vendor',
        filters: { ...NO_FILTERS, vendor: 'kingsoft-live' },
        keep: (e) => e.vendor === 'kingsoft-live',
      },
      {
        name: 'category',
        filters: { ...NO_FILTERS, category: 'internal' },
        keep: (e) => e.category === 'internal',
      },
      { name: 'retryable', filters: { ...NO_FILTERS, retryable: true }, keep: (e) => e.retryable },
      {
        name: 'not retryable',
        filters: { ...NO_FILTERS, retryable: false },
        keep: (e) => !e.retryable,
      },
      {
        name: 'all three at once',
        filters: { vendor: 'upyun', category: 'rate-limit', retryable: true },
        keep: (e) => e.vendor === 'upyun' && e.category === 'rate-limit' && e.retryable,
      },
    ];
  for (const { name, filters, keep } of filterCases) {
    it(`filters by ${name}, with and without a query`, () => {
      const kept = entries.filter(keep).map((entry) => entry.index);
      expect(kept.length).toBeGreaterThan(0);
      expect(searchCatalog(index, '', filters).matches).toEqual(kept);
      const errors = searchCatalog(index, 'error', filters).matches;
      expect(errors.every((index) => keep(entries[index]!))).toBe(true);
      expect(errors).toEqual(
        searchCatalog(index, 'error').matches.filter((index) => keep(entries[index]!)),
      );
    });
  }
});

describe('catalogEntries', () => {
  it('numbers the variants of a code in document order', () => {
    const variants = entries.filter(
      (entry) => entry.vendor === 'tencent-live' && entry.code === 'InternalError',
    );
    expect(variants.map((entry) => [entry.variant, entry.variants, entry.source.section])).toEqual([
      [0, 2, '公共错误码'],
      [1, 2, '业务错误码'],
    ]);
    expect(entries.filter((entry) => entry.variants > 1).length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.variant < entry.variants)).toBe(true);
  });
});

describe('highlight', () => {
  const cases: { text: string; needle: string; want: string }[] = [
    {
      text: 'AuthFailure.SignatureFailure',
      needle: 'signaturefail',
      want: 'AuthFailure.<mark>SignatureFail</mark>ure',
    },
    { text: '签名过期。', needle: '签名过期', want: '<mark>签名过期</mark>。' },
    { text: '<b> & "q"', needle: '&', want: '&lt;b&gt; <mark>&amp;</mark> &quot;q&quot;' },
    { text: 'no match', needle: 'zzz', want: 'no match' },
    // Lower-casing İ adds a character: positions would shift, so nothing is marked.
    { text: 'İstanbul error', needle: 'error', want: 'İstanbul error' },
  ];
  for (const { text, needle, want } of cases) {
    it(`${JSON.stringify(text)} with ${JSON.stringify(needle)}`, () => {
      expect(highlight(text, needle)).toBe(want);
    });
  }
});

describe('searchCatalog against a plain per-entry reading of the ranks', () => {
  /** The ranks as RANKS documents them, entry by entry: what the haystack index must reproduce. */
  function reference(query: string): number[] {
    const trimmed = query.replaceAll('\u0000', '').trim();
    const needle = trimmed.toLowerCase();
    const words = needle.split(/\s+/);
    const rankOf = (entry: CatalogEntry): number => {
      const codes = [entry.codeKey, ...entry.aliasKeys];
      if (codes.includes(needle)) return 0;
      if (codes.some((code) => code.startsWith(needle))) return 1;
      if ([...codes, entry.nameKey].some((key) => key.includes(needle))) return 2;
      if (entry.template !== null && messageMatches(entry.template, trimmed)) return 3;
      if (entry.textKey.includes(needle)) return 4;
      const keys = [...codes, entry.nameKey, entry.textKey];
      if (words.length > 1 && words.every((word) => keys.some((key) => key.includes(word))))
        return 5;
      return -1;
    };
    const ranked = entries
      .map((entry) => ({ index: entry.index, rank: rankOf(entry) }))
      .filter((entry) => entry.rank >= 0);
    return [0, 1, 2, 3, 4, 5].flatMap((rank) =>
      ranked.filter((entry) => entry.rank === rank).map((entry) => entry.index),
    );
  }

  it('finds the same entries in the same order for any query', () => {
    const keys = entries.flatMap((entry) => [entry.codeKey, entry.nameKey, entry.textKey]);
    // Pieces of real keys (so that queries hit), joined by blanks, in any case, plus noise.
    const piece = fc
      .tuple(fc.constantFrom(...keys), fc.nat(), fc.integer({ min: 1, max: 12 }))
      .map(([key, start, length]) => key.slice(start % key.length, (start % key.length) + length));
    const query = fc.oneof(
      fc.array(piece, { minLength: 1, maxLength: 3 }).map((pieces) => pieces.join(' ')),
      piece.map((text) => text.toUpperCase()),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(query, (given) => {
        expect(searchCatalog(index, given).matches).toEqual(
          given.trim() === '' ? entries.map((entry) => entry.index) : reference(given),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
