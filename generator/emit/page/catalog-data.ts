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
import { codeField, fieldPath } from '../lib/envelopes.js';
import { enumName, parseFunctionName, vendorSubpath } from '../lib/names.js';
import type {
  CatalogCodeSet,
  CatalogData,
  CatalogRow,
  CatalogSource,
} from '../../shipped/page/catalog-data.js';
import type { VendorId } from '../../shipped/runtime/entry.js';

/**
 * The model's vendor id as the runtime's type. The page's runtime is type-checked against
 * src/vocabulary.ts, which generate writes from this same model, so every id the model holds is one.
 */
const runtimeVendorId = (vendor: VendorNode): VendorId => vendor.id as VendorId;

function catalogCodeSet(vendor: VendorNode, codeSet: CodeSetNode): CatalogCodeSet {
  return {
    vendor: runtimeVendorId(vendor),
    prefix: codeSet.prefix,
    codeType: codeSet.codeType,
    envelope: codeSet.envelope,
    codeField: fieldPath(codeField(codeSet.envelope)),
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
        vendor: runtimeVendorId(vendor),
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
      id: runtimeVendorId(vendor),
      products: [...new Set(vendor.sources.map((source) => source.product))],
    })),
    codeSets,
    categories,
    sources: sources.sources,
    rows,
  };
}
