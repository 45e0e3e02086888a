// The catalog page's search, in Node on the fixture tables: each kind of query, the ranking, the filters; table-driven.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogData } from '../../generator/emit/page/catalog-data.js';
import { messageMatches, straightQuotes } from '../../generator/shipped/runtime/entry.js';
import { extractErrorCodeWith } from '../../generator/shipped/runtime/pasted-code.js';
import { catalogEntries, type CatalogEntry } from '../../generator/shipped/page/catalog-entries.js';
import { highlightSpan } from '../../generator/shipped/page/catalog-render.js';
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
    {
      name: 'a log line: the code field',
      query:
        'ts=2026-12-05T08:00:00Z level=error code=AuthFailure.SignatureExpire msg="call failed"',
      want: [
        'tencent-live/AuthFailure.SignatureExpire',
        'tencent-streamlive/AuthFailure.SignatureExpire',
      ],
      ranks: ['exact-code', 'exact-code'],
    },
    {
      name: "a Tencent SDK error's text",
      query:
        '[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=Signature expired., RequestId=ed93f3cb',
      want: [
        'tencent-live/AuthFailure.SignatureExpire',
        'tencent-streamlive/AuthFailure.SignatureExpire',
      ],
      ranks: ['exact-code', 'exact-code'],
    },
    {
      name: 'a Tencent error body names Tencent: the same code at another vendor is left out',
      query:
        '{"Response":{"Error":{"Code":"InternalError","Message":"内部错误"},"RequestId":"ed93f3cb"}}',
      want: [
        'tencent-live/InternalError#1',
        'tencent-live/InternalError#2',
        'tencent-streamlive/InternalError',
      ],
      ranks: ['exact-code', 'exact-code', 'exact-code'],
    },
    {
      name: 'an Upyun error body',
      query:
        '{"msg":"file or directory not found","code":40400001,"id":"11e4a729d24943409933a5e8314cd32e"}',
      want: ['upyun/40400001'],
      ranks: ['exact-code'],
    },
    {
      name: 'a Kingsoft v1 field of a log',
      query: '"RetCode": 8201',
      want: ['kingsoft-live/8201'],
      ranks: ['exact-code'],
    },
    { name: 'a colon field', query: 'code: 40400001', want: ['upyun/40400001'] },
    {
      name: 'a template with curly quotes, filled with straight ones',
      query: 'The input parameter value "Region" is not valid.',
      want: ['kingsoft-live/InvalidParameterValue#1'],
      ranks: ['message'],
    },
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

describe('highlightSpan', () => {
  const cases: { text: string; needle: string; want: string | null }[] = [
    { text: 'AuthFailure.SignatureFailure', needle: 'signaturefail', want: 'SignatureFail' },
    { text: '签名过期。', needle: '签名过期', want: '签名过期' },
    { text: '<b> & "q"', needle: '&', want: '&' },
    { text: 'no match', needle: 'zzz', want: null },
    { text: 'anything', needle: '', want: null },
    // Lower-casing İ adds a character: positions would shift, so nothing is marked.
    { text: 'İstanbul error', needle: 'error', want: null },
  ];
  for (const { text, needle, want } of cases) {
    it(`${JSON.stringify(text)} with ${JSON.stringify(needle)}`, () => {
      const span = highlightSpan(text, needle);
      expect(span === null ? null : text.slice(span[0], span[1])).toBe(want);
    });
  }
});

describe('searchCatalog against a plain per-entry reading of the ranks', () => {
  /** The ranks as RANKS documents them, entry by entry: what the haystack index must reproduce. */
  function reference(query: string): number[] {
    const trimmed = query.replaceAll('\u0000', '').trim();
    const needle = straightQuotes(trimmed.toLowerCase());
    const words = needle.split(/\s+/);
    const codeRank = (entry: CatalogEntry, code: string): number => {
      const codes = [entry.codeKey, ...entry.aliasKeys];
      if (codes.includes(code)) return 0;
      if (codes.some((key) => key.startsWith(code))) return 1;
      if ([...codes, entry.nameKey].some((key) => key.includes(code))) return 2;
      return -1;
    };
    const pasted = extractErrorCodeWith(index.envelopes, trimmed);
    /** The best rank a code found in the text gives an entry, at the vendors a body names. */
    const pastedRank = (entry: CatalogEntry): number => {
      const ranks = pasted
        .filter(({ vendors }) => vendors.length === 0 || vendors.includes(entry.vendor))
        .flatMap(({ code, message }) => [
          code.toLowerCase() === needle ? -1 : codeRank(entry, code.toLowerCase()),
          message !== undefined &&
          entry.template !== null &&
          messageMatches(entry.template, message)
            ? 3
            : -1,
        ])
        .filter((rank) => rank >= 0);
      return ranks.length === 0 ? -1 : Math.min(...ranks);
    };
    const queryRank = (entry: CatalogEntry): number => {
      const rank = codeRank(entry, needle);
      if (rank >= 0) return rank;
      if (entry.template !== null && messageMatches(entry.template, trimmed)) return 3;
      if (entry.textKey.includes(needle)) return 4;
      const keys = [entry.codeKey, ...entry.aliasKeys, entry.nameKey, entry.textKey];
      if (words.length > 1 && words.every((word) => keys.some((key) => key.includes(word))))
        return 5;
      return -1;
    };
    const rankOf = (entry: CatalogEntry): number => {
      const ranks = [queryRank(entry), pastedRank(entry)].filter((rank) => rank >= 0);
      return ranks.length === 0 ? -1 : Math.min(...ranks);
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
    // Pasted lines: a piece in a code field, in an error body of some envelope.
    const pastedLine = fc
      .tuple(
        piece,
        fc.constantFrom(
          (code: string) => `level=error code=${code} msg=x`,
          (code: string) =>
            `{"Response":{"Error":{"Code":"${code}","Message":"m"},"RequestId":"r"}}`,
          (code: string) => `{"msg":"m","code":"${code}","id":"i"}`,
          (code: string) =>
            `{"requestId":"r","code":"${code}","message":"Media not found with mda-1"}`,
        ),
      )
      .map(([code, line]) => line(code.replace(/\W/g, '')));
    const query = fc.oneof(
      fc.array(piece, { minLength: 1, maxLength: 3 }).map((pieces) => pieces.join(' ')),
      piece.map((text) => text.toUpperCase()),
      fc.string({ maxLength: 6 }),
      pastedLine,
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
