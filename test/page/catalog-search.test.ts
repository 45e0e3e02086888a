// The catalog page's search, in Node on the fixture tables: each kind of query, the ranking, the filters; table-driven.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogData } from '../../generator/emit/page/catalog-data.js';
import {
  catalogEntries,
  type CatalogEntry,
} from '../../generator/emit/page/client/catalog-entries.js';
import { highlight } from '../../generator/emit/page/client/catalog-render.js';
import {
  NO_FILTERS,
  searchCatalog,
  type Filters,
  type Rank,
} from '../../generator/emit/page/client/catalog-search.js';
import { catalogFixtureModel } from './catalog-fixture.js';

let entries: CatalogEntry[] = [];
let dispose = async (): Promise<void> => {};
beforeAll(async () => {
  const fixture = await catalogFixtureModel();
  entries = catalogEntries(catalogData(fixture.model));
  dispose = fixture.dispose;
});
afterAll(() => dispose());

/** `vendor/code#variant` of each match, best first. */
function found(query: string, filters: Filters = NO_FILTERS): string[] {
  return searchCatalog(entries, query, filters).matches.map((index) => {
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
      if (ranks !== undefined) expect(searchCatalog(entries, query).ranks).toEqual(ranks);
    });
  }

  it('an empty query lists every entry that passes the filters, in catalog order', () => {
    expect(searchCatalog(entries, '').matches).toEqual(entries.map((entry) => entry.index));
    expect(searchCatalog(entries, ' ', { ...NO_FILTERS, vendor: 'upyun' }).matches).toEqual(
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
      expect(searchCatalog(entries, '', filters).matches).toEqual(kept);
      const errors = searchCatalog(entries, 'error', filters).matches;
      expect(errors.every((index) => keep(entries[index]!))).toBe(true);
      expect(errors).toEqual(
        searchCatalog(entries, 'error').matches.filter((index) => keep(entries[index]!)),
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
