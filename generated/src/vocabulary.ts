// Generated from tables/sources.csv by npm run generate. Do not edit.
/** Every vendor (and product) the package documents, as tables/sources.csv names them. */
export type VendorId =
  'tencent-live' | 'tencent-streamlive' | 'baidu-vod' | 'kingsoft-live' | 'upyun';

/** One fixed taxonomy for every vendor; tables/README.md of the source repository says what each means. */
export type ErrorCategory =
  | 'auth'
  | 'permission'
  | 'invalid-request'
  | 'not-found'
  | 'conflict'
  | 'rate-limit'
  | 'quota'
  | 'unavailable'
  | 'internal'
  | 'dry-run'
  | 'unknown';

/** The shapes of the vendors' error response bodies: where a body carries its code. */
export type Envelope = 'tencent-api3' | 'bce' | 'kingsoft-openapi' | 'kingsoft-v1' | 'upyun';

/** The JSON type of a code set's codes in the vendor's response body. */
export type CodeType = 'string' | 'integer';

/** One place a code is documented: a page's table or a code list. */
export interface EntrySource {
  /** The document's title, or the code list's file (`tencentcloud-sdk-go live/v20180801/errors.go`). */
  readonly document: string;
  /** The heading of the table or list in it. */
  readonly section: string;
}

/** One documented variant of a vendor's error code. */
export interface ErrorEntry {
  /** The vendor (and product) whose API returns the code. */
  readonly vendor: VendorId;
  /** The code as the vendor's response body carries it. */
  readonly code: string | number;
  /** The enum member name of the code. */
  readonly name: string;
  /** The HTTP status the document gives for this variant. */
  readonly httpStatus?: number;
  /** The vendor's message or message template (`%s`, `xxx`, `mda-xxx` stand for any text). */
  readonly message?: string;
  /** The vendor's own words, in each language it publishes them in. */
  readonly description: { readonly zh?: string; readonly en?: string };
  /** What kind of failure it is (tables/README.md of the source repository). */
  readonly category: ErrorCategory;
  /** May the same request succeed if sent again later, unchanged? */
  readonly retryable: boolean;
  /** The document whose cells this entry shows: the page, where a page lists the code. */
  readonly source: EntrySource;
  /** Every document that lists the code (pages and code lists), `source` first. */
  readonly sources: readonly [EntrySource, ...EntrySource[]];
}
