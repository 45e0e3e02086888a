// Example responses on the page: the runtime's own errorResponseWith over code sets rebuilt from the page's rows.
import type { CodeSetTable, EntrySource, ErrorEntry, VendorId } from '../runtime/entry.js';
import { errorResponseWith } from '../runtime/vendor-error.js';
import type { CatalogData, CatalogSource } from './catalog-data.js';
import type { CatalogEntry } from './catalog-entries.js';
import type { ExampleResponse } from './catalog-render.js';

/** Where the runtime's entry says a code is documented. */
const entrySource = ({ document, section }: CatalogSource): EntrySource => ({ document, section });

/** The runtime's entry of a variant: the fields the generated entries maps give it, absent cells left out. */
function errorEntry(entry: CatalogEntry): ErrorEntry {
  const source = entrySource(entry.source);
  return {
    vendor: entry.vendor,
    code: entry.code,
    name: entry.name,
    ...(entry.httpStatus !== null && { httpStatus: entry.httpStatus }),
    ...(entry.message !== null && { message: entry.message }),
    description: {
      ...(entry.zh !== null && { zh: entry.zh }),
      ...(entry.en !== null && { en: entry.en }),
    },
    category: entry.category,
    retryable: entry.retryable,
    source,
    sources: [source, ...entry.alsoIn.map(entrySource)],
  };
}

/** Builds a vendor's code sets as the package's registry holds them, once per vendor, on first use. */
export class ExampleResponses {
  private readonly tables = new Map<VendorId, readonly CodeSetTable[]>();

  constructor(
    private readonly data: CatalogData,
    private readonly entries: readonly CatalogEntry[],
  ) {}

  private vendorTables(vendor: VendorId): readonly CodeSetTable[] {
    let tables = this.tables.get(vendor);
    if (tables === undefined) {
      tables = this.data.codeSets.flatMap((codeSet, index) => {
        if (codeSet.vendor !== vendor) return [];
        const byCode: { [code: string]: [ErrorEntry, ...ErrorEntry[]] } = Object.create(null);
        for (const entry of this.entries) {
          if (entry.codeSetIndex !== index) continue;
          const key = String(entry.code);
          const variants = byCode[key];
          if (variants === undefined) byCode[key] = [errorEntry(entry)];
          else variants.push(errorEntry(entry));
        }
        const aliases: { [alias: string]: string | number } = Object.create(null);
        for (const [alias, code] of codeSet.aliases) aliases[alias] = code;
        const table: CodeSetTable = {
          vendor,
          prefix: codeSet.prefix,
          codeType: codeSet.codeType,
          envelope: codeSet.envelope,
          entries: byCode,
          aliases,
          // The page shows documented codes only: no undocumented code for family rules to decide.
          rules: [],
        };
        return [table];
      });
      this.tables.set(vendor, tables);
    }
    return tables;
  }

  /** What `errorResponse(vendor, code, { variant })` returns for the entry, the body as indented JSON. */
  of(entry: CatalogEntry): ExampleResponse {
    const { status, body } = errorResponseWith(
      entry.vendor,
      this.vendorTables(entry.vendor),
      entry.code,
      { variant: entry.variant },
    );
    return { status, body: JSON.stringify(body, null, 2) };
  }
}
