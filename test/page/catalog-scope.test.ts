// A vendor named in the query: which words name one, what is left to search, and the order it gives.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogData } from '../../generator/emit/page/catalog-data.js';
import type { CatalogData } from '../../generator/shipped/page/catalog-data.js';
import { catalogEntries, type CatalogEntry } from '../../generator/shipped/page/catalog-entries.js';
import {
  scopeQuery,
  vendorFirst,
  vendorWords,
} from '../../generator/shipped/page/catalog-scope.js';
import { searchCatalog, searchIndex } from '../../generator/shipped/page/catalog-search.js';
import { catalogFixtureModel } from './catalog-fixture.js';

let data: CatalogData;
let entries: CatalogEntry[] = [];
let dispose = async (): Promise<void> => {};
beforeAll(async () => {
  const fixture = await catalogFixtureModel();
  data = catalogData(fixture.model);
  entries = catalogEntries(data);
  dispose = fixture.dispose;
});
afterAll(() => dispose());

describe('vendorWords', () => {
  it("names a vendor by its id and the parts of it no other vendor's id has", () => {
    const words = vendorWords(data.vendors);
    for (const vendor of data.vendors) {
      expect(words.get(vendor.id)).toBe(vendor.id);
      for (const part of vendor.id.split('-')) {
        const shared = data.vendors.some(
          (other) => other.id !== vendor.id && other.id.split('-').includes(part),
        );
        expect(words.get(part)).toBe(shared || part.length < 3 ? undefined : vendor.id);
      }
    }
  });
});

describe('scopeQuery', () => {
  it('takes the vendor word out of a query that has more to search, in any case and place', () => {
    const words = vendorWords(data.vendors);
    expect(scopeQuery('streamlive AuthFailure', words)).toEqual({
      query: 'AuthFailure',
      vendor: 'tencent-streamlive',
    });
    expect(scopeQuery('AuthFailure StreamLive', words).vendor).toBe('tencent-streamlive');
    // Alone, a vendor word is a search for it; a word that names no vendor scopes nothing.
    expect(scopeQuery('streamlive', words)).toEqual({ query: 'streamlive', vendor: null });
    expect(scopeQuery('live AuthFailure', words)).toEqual({
      query: 'live AuthFailure',
      vendor: null,
    });
  });
});

describe('vendorFirst', () => {
  it("keeps every match and the ranks' order, the vendor's first within each rank", () => {
    const index = searchIndex(entries);
    const vendors = data.vendors.map((vendor) => vendor.id);
    fc.assert(
      fc.property(
        fc.constantFrom('auth', 'a', 'e', 'signature', 'AuthFailure', 'Internal', '4'),
        fc.constantFrom(...vendors),
        (query, vendor) => {
          const plain = searchCatalog(index, query);
          const scoped = vendorFirst(plain, entries, vendor);
          expect([...scoped.matches].sort()).toEqual([...plain.matches].sort());
          expect(scoped.ranks).toEqual(plain.ranks);
          scoped.matches.forEach((match, position) => {
            const next = scoped.matches[position + 1];
            if (next === undefined || scoped.ranks![position] !== scoped.ranks![position + 1])
              return;
            // Within a rank, no other vendor's match comes before one of the vendor's.
            expect(entries[match]!.vendor !== vendor && entries[next]!.vendor === vendor).toBe(
              false,
            );
          });
        },
      ),
    );
  });
});
