// The catalog page's data contract: what generate embeds in the page and the page's script reads.
import type { CodeType, Envelope, ErrorCategory, VendorId } from '../runtime/entry.js';

/** A code set as the page needs it: its envelope for example bodies, its names for the TypeScript snippet. */
export interface CatalogCodeSet {
  readonly vendor: VendorId;
  readonly prefix: string;
  readonly codeType: CodeType;
  readonly envelope: Envelope;
  /** Where a response body carries the code, as the documents write it: `Response.Error.Code`. */
  readonly codeField: string;
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
  readonly vendor: VendorId;
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
  readonly id: VendorId;
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
  readonly categories: readonly ErrorCategory[];
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
