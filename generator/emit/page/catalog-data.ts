// The catalog page's data: the model as compact JSON rows, with the names a consumer imports, in the model's order.
import { CATEGORIES } from '../../model/model.js';
import type {
  CodeSetNode,
  EntrySourceNode,
  PackageModel,
  SourceNode,
  VendorNode,
} from '../../model/model.js';
import { PACKAGE_NAME } from '../emit-package-json.js';
import { enumName, parseFunctionName, vendorSubpath } from '../lib/names.js';

/** A code set as the page needs it: its envelope for example bodies, its names for the TypeScript snippet. */
export interface CatalogCodeSet {
  readonly vendor: string;
  readonly prefix: string;
  readonly codeType: 'string' | 'integer';
  readonly envelope: string;
  /** `cloud-error-codes/tencent-live`. */
  readonly module: string;
  /** `TencentLiveErrorCode`. */
  readonly enumName: string;
  /** `parseTencentLiveError`. */
  readonly parseFunction: string;
  /** Spellings a response may use for a documented code: `[alias, code]`. */
  readonly aliases: readonly (readonly [string, string | number])[];
}

/** A document section rows come from: a page's table or a code list, one per vendor, table, document and section. */
export interface CatalogSource {
  readonly vendor: string;
  readonly product: string;
  readonly document: string;
  readonly section: string;
  /** `tables/tencent-common.csv`. */
  readonly table: string;
  /** The document's date, where tables/sources.csv gives one. */
  readonly date: string | null;
  /** The document's https:// address, where tables/sources.csv gives or implies one. */
  readonly url: string | null;
}

export interface CatalogVendor {
  readonly id: string;
  /** Products the vendor's documents describe, in manifest order. */
  readonly products: readonly string[];
}

/**
 * One documented variant. A row, not an object: the full Tencent catalog has about 17,000, and
 * arrays keep the page's JSON (and its parse) small. Indexes point into `codeSets`, `categories`,
 * `sources`; null stands for a cell the document leaves empty.
 */
export type CatalogRow = readonly [
  codeSet: number,
  code: string | number,
  name: string,
  httpStatus: number | null,
  message: string | null,
  zh: string | null,
  en: string | null,
  category: number,
  retryable: 0 | 1,
  source: number,
  /** The other documents that list the code (code lists after a page), or null. */
  alsoIn: readonly number[] | null,
];

export interface CatalogData {
  readonly vendors: readonly CatalogVendor[];
  readonly codeSets: readonly CatalogCodeSet[];
  readonly categories: readonly string[];
  readonly sources: readonly CatalogSource[];
  /** Vendor, then code set, then code (the model's order), then variant in document order. */
  readonly rows: readonly CatalogRow[];
}

/** The column indexes of a CatalogRow, for readers that must not count positions. */
export const ROW = {
  codeSet: 0,
  code: 1,
  name: 2,
  httpStatus: 3,
  message: 4,
  zh: 5,
  en: 6,
  category: 7,
  retryable: 8,
  source: 9,
  alsoIn: 10,
} as const;

function catalogCodeSet(vendor: VendorNode, codeSet: CodeSetNode): CatalogCodeSet {
  return {
    vendor: vendor.id,
    prefix: codeSet.prefix,
    codeType: codeSet.codeType,
    envelope: codeSet.envelope,
    module: `${PACKAGE_NAME}${vendorSubpath(vendor).slice(1)}`,
    enumName: enumName(codeSet),
    parseFunction: parseFunctionName(vendor),
    aliases: vendor.aliases
      .filter((alias) => alias.codeSet === codeSet.prefix)
      .map((alias) => [alias.alias, alias.code] as const),
  };
}

/**
 * Every source the rows name, indexed once; product, date and address from its manifest row (a
 * table may have several sources, a code list in each language: the row of the same document).
 */
class SourceIndex {
  readonly sources: CatalogSource[] = [];
  private readonly indexes = new Map<string, number>();

  indexOf(vendor: VendorNode, source: EntrySourceNode): number {
    const key = [vendor.id, source.table, source.document, source.section].join('\u0000');
    let index = this.indexes.get(key);
    if (index === undefined) {
      const exact: SourceNode | undefined = vendor.sources.find(
        (candidate) =>
          candidate.table === source.table &&
          candidate.document === source.document &&
          candidate.section === source.section,
      );
      const manifest: SourceNode | undefined =
        exact ??
        vendor.sources.find((candidate) => candidate.table === source.table) ??
        vendor.sources[0];
      index = this.sources.length;
      this.sources.push({
        vendor: vendor.id,
        product: manifest?.product ?? vendor.id,
        document: source.document,
        section: source.section,
        table: `tables/${source.table}`,
        date: manifest?.date ?? null,
        // Only the document's own row: another row's address would send a reader elsewhere.
        url: exact?.url ?? null,
      });
      this.indexes.set(key, index);
    }
    return index;
  }
}

/** The page's data from the model; categories are the taxonomy's that some row uses, in taxonomy order. */
export function catalogData(model: PackageModel): CatalogData {
  const codeSets: CatalogCodeSet[] = [];
  const sources = new SourceIndex();
  const used = new Set<string>(
    model.vendors.flatMap((vendor) =>
      vendor.codeSets.flatMap((codeSet) =>
        codeSet.codes.flatMap((code) => code.variants.map((entry) => entry.category)),
      ),
    ),
  );
  const categories = CATEGORIES.filter((category) => used.has(category));
  const categoryIndex = new Map<string, number>(
    categories.map((category, index) => [category, index]),
  );
  const rows: CatalogRow[] = [];

  for (const vendor of model.vendors) {
    for (const codeSet of vendor.codeSets) {
      const setIndex = codeSets.length;
      codeSets.push(catalogCodeSet(vendor, codeSet));
      for (const code of codeSet.codes) {
        for (const entry of code.variants) {
          const source = sources.indexOf(vendor, entry.source);
          const alsoIn = entry.sources
            .map((other) => sources.indexOf(vendor, other))
            .filter((index) => index !== source);
          rows.push([
            setIndex,
            entry.code,
            entry.name,
            entry.httpStatus ?? null,
            entry.message ?? null,
            entry.description.zh ?? null,
            entry.description.en ?? null,
            categoryIndex.get(entry.category) ?? 0,
            entry.retryable ? 1 : 0,
            source,
            alsoIn.length === 0 ? null : alsoIn,
          ]);
        }
      }
    }
  }
  return {
    vendors: model.vendors.map((vendor) => ({
      id: vendor.id,
      products: [...new Set(vendor.sources.map((source) => source.product))],
    })),
    codeSets,
    categories,
    sources: sources.sources,
    rows,
  };
}
