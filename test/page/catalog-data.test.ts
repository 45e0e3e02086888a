// The catalog page's data and HTML fragments, in Node: rows in model order, sources, inline JSON that cannot end its element.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineJson } from '../../generator/emit/emit-catalog-page.js';
import { catalogData } from '../../generator/emit/page/catalog-data.js';
import { ROW, type CatalogData } from '../../generator/shipped/page/catalog-data.js';
import { catalogEntries } from '../../generator/shipped/page/catalog-entries.js';
import {
  codeViewHtml,
  handlingSnippet,
  resultHtml,
  type Related,
} from '../../generator/shipped/page/catalog-render.js';
import { CATEGORIES, type EntryNode, type PackageModel } from '../../generator/model/model.js';
import { catalogFixtureModel } from './catalog-fixture.js';

/** A code's view with nothing related, for tests of its other parts. */
const NO_RELATED: Related = {
  elsewhere: [],
  family: null,
  siblings: [],
  siblingCount: 0,
  familyHash: '#',
};

let model: PackageModel;
let data: CatalogData;
let dispose = async (): Promise<void> => {};
beforeAll(async () => {
  const fixture = await catalogFixtureModel();
  model = fixture.model;
  dispose = fixture.dispose;
  data = catalogData(model);
});
afterAll(() => dispose());

const variantsOf = (given: PackageModel): EntryNode[] =>
  given.vendors.flatMap((vendor) =>
    vendor.codeSets.flatMap((codeSet) => codeSet.codes.flatMap((code) => code.variants)),
  );

/** The model with one more document listing a code: as a code list does for a page's code. */
function withSecondSource(given: PackageModel, code: string): PackageModel {
  const list = {
    document: 'tencentcloud-sdk-go live/v20180801/errors.go',
    section: '此产品的特有错误码',
    table: 'tencent-live-list.csv',
    line: 2,
  };
  return {
    ...given,
    vendors: given.vendors.map((vendor) => ({
      ...vendor,
      codeSets: vendor.codeSets.map((codeSet) => ({
        ...codeSet,
        codes: codeSet.codes.map((node) =>
          node.code !== code
            ? node
            : {
                ...node,
                variants: node.variants.map((entry) => ({
                  ...entry,
                  sources: [entry.source, list] as const,
                })) as unknown as typeof node.variants,
              },
        ),
      })),
    })),
  };
}

describe('catalogData', () => {
  it('has one row per documented variant, in the model order, with its cells', () => {
    expect(
      data.rows.map((row) => [
        data.codeSets[row[ROW.codeSet]]!.vendor,
        row[ROW.code],
        row[ROW.message],
        row[ROW.zh],
        data.categories[row[ROW.category]],
        row[ROW.retryable] === 1,
        data.sources[row[ROW.source]]!.section,
      ]),
    ).toEqual(
      variantsOf(model).map((entry) => [
        entry.vendor,
        entry.code,
        entry.message ?? null,
        entry.description.zh ?? null,
        entry.category,
        entry.retryable,
        entry.source.section,
      ]),
    );
  });

  it('lists the categories the rows use, in the taxonomy order', () => {
    expect(data.categories).toEqual(
      CATEGORIES.filter((category) =>
        variantsOf(model).some((entry) => entry.category === category),
      ),
    );
  });

  it('names what a consumer imports: the vendor subpath, its parser and the enum', () => {
    const kingsoft = data.codeSets.filter((codeSet) => codeSet.vendor === 'kingsoft-live');
    expect(
      kingsoft.map((codeSet) => [codeSet.module, codeSet.parseFunction, codeSet.enumName]),
    ).toEqual([
      ['cloud-error-codes/kingsoft-live', 'parseKingsoftLiveError', 'KingsoftLiveErrorCode'],
      ['cloud-error-codes/kingsoft-live', 'parseKingsoftLiveError', 'KingsoftLiveV1ErrorCode'],
    ]);
    expect(data.codeSets.find((codeSet) => codeSet.vendor === 'baidu-vod')?.aliases).toEqual([
      ['MediaException.MediaNotFound', 'MediaNotFound'],
    ]);
  });

  it('shows the other documents that list a code', () => {
    const listed = catalogData(withSecondSource(model, 'ResourceNotFound.DomainNotExist'));
    const entry = catalogEntries(listed).find(
      (candidate) => candidate.code === 'ResourceNotFound.DomainNotExist',
    )!;
    expect(entry.source.document).toBe('错误码');
    expect(entry.alsoIn.map((source) => [source.document, source.table])).toEqual([
      ['tencentcloud-sdk-go live/v20180801/errors.go', 'tables/tencent-live-list.csv'],
    ]);
    expect(resultHtml(entry)).toContain('also in tencentcloud-sdk-go live/v20180801/errors.go');
    expect(codeViewHtml([entry], [], [{ status: 200, body: '{}' }], '#', NO_RELATED)).toContain(
      '<dt>Also listed in</dt><dd>tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码',
    );
    expect(catalogEntries(data).every((other) => other.alsoIn.length === 0)).toBe(true);
  });
  it("links each document to its address from its own manifest row, and to nothing it has not", () => {
    const linked = model.vendors.flatMap((vendor) =>
      vendor.sources.map((source) => ({ vendor: vendor.id, source })),
    );
    for (const source of data.sources) {
      const own = linked.find(
        (candidate) =>
          candidate.vendor === source.vendor &&
          `tables/${candidate.source.table}` === source.table &&
          candidate.source.document === source.document &&
          candidate.source.section === source.section,
      );
      expect(source.url).toBe(own?.source.url ?? null);
    }
    const withUrl = catalogEntries(data).find((entry) => entry.source.url !== null);
    expect(withUrl, 'the fixture gives a document an address').toBeDefined();
    expect(codeViewHtml([withUrl!], [], [{ status: 200, body: '{}' }], '#', NO_RELATED)).toContain(
      `<a href="${withUrl!.source.url}" rel="noreferrer">${withUrl!.source.document} › ${withUrl!.source.section}</a>`,
    );
    // The fixture's code list is not in its manifest: no address rather than the page's.
    const listed = catalogData(withSecondSource(model, 'ResourceNotFound.DomainNotExist'));
    expect(
      listed.sources.find((source) => source.table === 'tables/tencent-live-list.csv')?.url,
    ).toBeNull();
  });
});

describe('inlineJson', () => {
  it('reads back as the data, one row per line, with no < that could end the script element', () => {
    const hostile: CatalogData = {
      ...data,
      rows: [
        ...data.rows,
        [0, 'X', 'X', null, '</script><script>alert(1)</script>', '<!--', null, 0, 0, 0, null],
      ],
    };
    const text = inlineJson(hostile);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(hostile);
    expect(text.split('\n').length).toBeGreaterThan(hostile.rows.length);
  });

  it('writes one entry per line: a reworded message or a document address is a one-line diff', () => {
    const before = inlineJson(data).split('\n');
    const [first, ...rest] = data.rows;
    const [set, code, name, status, , zh, en, category, retryable, from, alsoIn] = first!;
    const [source, ...otherSources] = data.sources;
    const reworded = inlineJson({
      ...data,
      rows: [[set, code, name, status, 'reworded', zh, en, category, retryable, from, alsoIn], ...rest],
    }).split('\n');
    const moved = inlineJson({
      ...data,
      sources: [{ ...source!, url: 'https://example.com/moved' }, ...otherSources],
    }).split('\n');
    for (const after of [reworded, moved]) {
      expect(after.length).toBe(before.length);
      expect(after.filter((line, index) => line !== before[index])).toHaveLength(1);
    }
  });
});

describe('handlingSnippet', () => {
  it("imports from the vendor's subpath and says when the variants differ in what to do", () => {
    const entries = catalogEntries(data);
    const code = entries.filter(
      (entry) => entry.vendor === 'kingsoft-live' && entry.code === 'InvalidParameterValue',
    ) as [(typeof entries)[number], ...typeof entries];
    const snippet = handlingSnippet(code);
    expect(snippet).toContain(
      "import { KingsoftLiveErrorCode, parseKingsoftLiveError } from 'cloud-error-codes/kingsoft-live';",
    );
    expect(snippet).toContain('error.code === KingsoftLiveErrorCode.InvalidParameterValue');
    expect(snippet).toContain('the variants differ');
    expect(handlingSnippet([code[0]])).toContain('invalid-request, not retryable');
  });
});
