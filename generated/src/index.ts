// Generated from tables/tencent-common.csv, tables/tencent-live.csv, tables/baidu-vod-common.csv, tables/baidu-vod.csv, tables/aliases.csv, tables/kingsoft-live.csv, tables/kingsoft-live-v1.csv, tables/upyun.csv by npm run generate. Do not edit.
import { chooseVariant, variantsOf } from './entry.js';
import type { CodeSetTable, ErrorEntry, VendorId } from './entry.js';
import { CODE_SETS } from './registry.js';
import type { VendorCodes } from './registry.js';
import { errorResponseWith } from './vendor-error.js';
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
  VendorEnvelopes,
  VendorId,
  VendorWithEnvelope,
} from './entry.js';
export { CODE_SETS, VENDORS } from './registry.js';
export type { VendorCodes, VendorErrors } from './registry.js';
export { categoryFromStatus, isRetryable, retryableFromCategory } from './vendor-error.js';
export type {
  KnownVendorError,
  UnknownVendorError,
  VendorErrorFields,
  VendorErrorOf,
} from './vendor-error.js';
export { fromBceSdkError, fromTencentCloudSdkError, parseErrorResponse } from './sdk-adapters.js';
export type { TencentCloudProduct } from './sdk-adapters.js';
export * from './tencent-live/index.js';
export * from './tencent-streamlive/index.js';
export * from './baidu-vod/index.js';
export * from './kingsoft-live/index.js';
export * from './upyun/index.js';

/** A parsed error response of any vendor: `switch (error.vendor)` narrows to one vendor, then `error.known` and `error.code` to one code. */
export type VendorError =
  TencentLiveError | TencentStreamLiveError | BaiduVodError | KingsoftLiveError | UpyunError;

/** Every documented variant of every code of a vendor, code set by code set, codes in table order, variants in document order. Frozen; empty for a vendor the package does not know. */
export function listErrors(vendor: VendorId): readonly ErrorEntry[] {
  const entries: ErrorEntry[] = [];
  if (Object.prototype.hasOwnProperty.call(CODE_SETS, vendor)) {
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
  const codeSets: readonly CodeSetTable[] | undefined = CODE_SETS[vendor];
  if (codeSets === undefined) return undefined;
  for (const codeSet of codeSets) {
    const variants = variantsOf(codeSet, code);
    if (variants !== undefined) return chooseVariant(variants, message);
  }
  return undefined;
}

/** A realistic error response of a vendor's documented code, for tests and mock servers: the documented HTTP status and the body in the vendor's envelope. Throws a RangeError for an undocumented code; see errorResponseWith. */
export function errorResponse<V extends VendorId>(
  vendor: V,
  code: VendorCodes[V],
  opts?: Parameters<typeof errorResponseWith>[3],
): { status: number; body: unknown } {
  return errorResponseWith(
    vendor,
    Object.prototype.hasOwnProperty.call(CODE_SETS, vendor) ? CODE_SETS[vendor] : [],
    code,
    opts,
  );
}
