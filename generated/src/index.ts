// Generated from tables/tencent-common.csv, tables/tencent-live.csv, tables/tencent-live-list.csv, tables/tencent-streamlive-list.csv, tables/baidu-vod-common.csv, tables/baidu-vod.csv, tables/aliases.csv, tables/kingsoft-live.csv, tables/kingsoft-live-v1.csv, tables/upyun.csv by npm run generate. Do not edit.
import { chooseVariant, variantsOf } from './entry.js';
import type { CodeSetTable, ErrorEntry, VendorId } from './entry.js';
import { CODE_SETS, VENDORS } from './registry.js';
import { isRetryableWith } from './retry.js';
import type { VendorAliases, VendorCodes } from './registry.js';
import { errorResponseWith, quoteCode } from './vendor-error.js';
import { extractErrorCodeWith } from './pasted-code.js';
import type { PastedCode } from './pasted-code.js';
import type { TencentLiveError } from './tencent-live/index.js';
import type { TencentStreamLiveError } from './tencent-streamlive/index.js';
import type { BaiduVodError } from './baidu-vod/index.js';
import type { KingsoftLiveError } from './kingsoft-live/index.js';
import type { UpyunError } from './upyun/index.js';
export type {
  CodeSetTable,
  CodeType,
  EntrySource,
  Envelope,
  ErrorCategory,
  ErrorEntry,
  ErrorVariants,
  VendorId,
} from './entry.js';
export { CODE_SETS, VENDORS } from './registry.js';
export type { VendorAliases, VendorCodes, VendorEnvelopes, VendorErrors } from './registry.js';
export { CloudApiError, isCloudApiError, toError } from './cloud-api-error.js';
export type {
  CloudApiErrorFor,
  CloudApiErrorJson,
  CloudApiErrorOf,
  CloudApiErrorTypes,
  CloudApiErrors,
  ParseOptions,
  Parsed,
} from './cloud-api-error.js';
export { categoryFromStatus, retryableFromCategory } from './vendor-error.js';
export { isRetryableWith } from './retry.js';
export { familyRuleFor } from './family-rules.js';
export type { FamilyRule, FamilyRuleKey } from './family-rules.js';
export type {
  DecidedBy,
  KnownVendorError,
  UnknownVendorError,
  VendorErrorFields,
  VendorErrorOf,
} from './vendor-error.js';
export { fromBceSdkError, fromTencentCloudSdkError, parseErrorResponse } from './sdk-adapters.js';
export type { BceProduct, TencentCloudProduct, VendorsWithEnvelope } from './sdk-adapters.js';
export type { PastedCode } from './pasted-code.js';
export * from './tencent-live/index.js';
export * from './tencent-streamlive/index.js';
export * from './baidu-vod/index.js';
export * from './kingsoft-live/index.js';
export * from './upyun/index.js';

/** A parsed error response of any vendor: `switch (error.vendor)` narrows to one vendor, then `error.known` and `error.code` to one code. */
export type VendorError =
  TencentLiveError | TencentStreamLiveError | BaiduVodError | KingsoftLiveError | UpyunError;

/**
 * May the call that failed with `error` succeed if made again, unchanged? Anything a call throws or rejects with: a parsed error or CloudApiError of any vendor (its decision), a rejection of an SDK with a vendor code (read with the first vendor's codes of the SDK's envelope), a transport failure (connection refused or reset, DNS, timeout, fetch failed, HTTP 429/5xx): retryable; the caller's abort and anything else: not. Never throws: see isRetryableWith for the rules.
 *
 * Fits a retry library as it is: `pRetry(call, { shouldRetry: ({ error }) => isRetryable(error) })`.
 */
export function isRetryable(error: unknown): boolean {
  return isRetryableWith(
    VENDORS.flatMap((vendor) => CODE_SETS[vendor]),
    error,
  );
}

/** Every documented variant of every code of a vendor, code set by code set, codes in table order, variants in document order. Frozen; empty for a vendor the package does not know. */
export function listErrors(vendor: VendorId): readonly ErrorEntry[] {
  const entries: ErrorEntry[] = [];
  if (typeof vendor === 'string' && Object.prototype.hasOwnProperty.call(CODE_SETS, vendor)) {
    for (const codeSet of CODE_SETS[vendor]) {
      for (const variants of Object.values(codeSet.entries)) {
        if (variants !== undefined) entries.push(...variants);
      }
    }
  }
  return Object.freeze(entries);
}

/**
 * The documented entry of a vendor's code (`'AuthFailure.SignatureExpire'`, `40400001`; integer codes also as canonical strings). A message picks the variant of a code the document lists more than once (exactly, then by template); without one it is the first documented variant.
 *
 * Undefined for codes the vendor does not document, for prototype keys such as `constructor`, and for unknown vendors: it never throws.
 */
export function lookupError(
  vendor: VendorId,
  code: string | number,
  message?: string,
): ErrorEntry | undefined {
  const codeSets: readonly CodeSetTable[] | undefined =
    typeof vendor === 'string' && Object.prototype.hasOwnProperty.call(CODE_SETS, vendor)
      ? CODE_SETS[vendor]
      : undefined;
  if (codeSets === undefined) return undefined;
  for (const codeSet of codeSets) {
    const variants = variantsOf(codeSet, code);
    if (variants !== undefined) return chooseVariant(variants, message);
  }
  return undefined;
}

/**
 * The error codes in what an on-call engineer pastes, most telling first: a JSON error body of any vendor (its code, its message, and the vendors that answer in its envelope), a log line (`code=…`, `Code: …`, `"RetCode": 8201`), an SDK error's text (`[TencentCloudSDKError] Code=…, Message=…`), a bare code. Look each up with lookupError: a code no vendor documents is no error code.
 *
 * Never throws: anything but a string gives `[]`, text past 1 MiB is not read, and the work is linear in the length.
 */
export function extractErrorCode(text: unknown): PastedCode<VendorId>[] {
  return extractErrorCodeWith(
    VENDORS.flatMap((vendor) => CODE_SETS[vendor]),
    text,
  );
}

/** The documented entry of one code of one vendor, as `getError` returns it: `vendor` and `code` are literal. */
export type ErrorEntryOf<V extends VendorId, C extends string | number> = ErrorEntry & {
  readonly vendor: V;
  readonly code: C;
};

/** What `getError` and `errorResponse` take for a vendor: a documented code, or an alias of one (Baidu's `MediaException.MediaNotFound`). */
export type DocumentedCode<V extends VendorId> =
  VendorCodes[V] | Extract<keyof VendorAliases[V], string>;

/** The documented code a code or an alias of a vendor stands for. */
export type CodeOf<
  V extends VendorId,
  C extends DocumentedCode<V>,
> = C extends keyof VendorAliases[V] ? Extract<VendorAliases[V][C], string | number> : C;

/**
 * The documented entry of a code written in the source: `getError('tencent-live', 'AuthFailure.SignatureExpire')`. The code completes in editors, and a code the vendor does not document is a compile error. A message picks the variant of a code the document lists more than once, as in lookupError.
 *
 * For codes of unknown origin (a log, a response) use lookupError, which answers undefined instead. Throws a RangeError when called, from untyped code, with an undocumented code or a value that is no code (a bigint, an object); never another error.
 */
export function getError<V extends VendorId, C extends DocumentedCode<V>>(
  vendor: V,
  code: C,
  message?: string,
): ErrorEntryOf<V, CodeOf<V, C>> {
  const entry = lookupError(vendor, code, message);
  if (entry === undefined) {
    throw new RangeError(
      `${typeof vendor === 'string' ? vendor : quoteCode(vendor)} documents no error code ${quoteCode(code)}`,
    );
  }
  return entry as ErrorEntryOf<V, CodeOf<V, C>>;
}

/** A realistic error response of a vendor's documented code, for tests and mock servers: the documented HTTP status and the body in the vendor's envelope. An alias is sent as spelled, as the vendor's example does. Throws a RangeError for an undocumented code; see errorResponseWith. */
export function errorResponse<V extends VendorId>(
  vendor: V,
  code: DocumentedCode<V>,
  opts?: Parameters<typeof errorResponseWith>[3],
): { status: number; body: unknown } {
  return errorResponseWith(
    vendor,
    typeof vendor === 'string' && Object.prototype.hasOwnProperty.call(CODE_SETS, vendor)
      ? CODE_SETS[vendor]
      : [],
    code,
    opts,
  );
}
