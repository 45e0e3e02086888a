// Generated from tables/tencent-common.csv by npm run generate. Do not edit.
import { parseWithCodeSets } from '../vendor-error.js';
import type { VendorErrorOf } from '../vendor-error.js';
import { TencentStreamLiveCodeSet } from './entries.js';
import type { TencentStreamLiveErrorCodeValue } from './codes.js';
export { TencentStreamLiveErrorCode } from './codes.js';
export type { TencentStreamLiveErrorCodeValue } from './codes.js';
export { TencentStreamLiveCodeSet, TencentStreamLiveErrorEntries } from './entries.js';
export type { TencentStreamLiveErrorBody, TencentStreamLiveErrorBodyOf } from './bodies.js';
export { isTencentStreamLiveErrorBody, isTencentStreamLiveErrorCode } from './guards.js';

/** A parsed tencent-streamlive error response: `known` with a documented code and its entry, or `known: false` with the code as sent. */
export type TencentStreamLiveError = VendorErrorOf<
  'tencent-streamlive',
  TencentStreamLiveErrorCodeValue
>;

/**
 * Parses a tencent-streamlive HTTP response (status, and the body as parsed JSON, text or bytes) into a typed error, or null when it is not an error. The code is read from `Response.Error.Code`.
 *
 * Never throws: see parseWithCodeSets for the rules.
 */
export function parseTencentStreamLiveError(
  httpStatus: unknown,
  body: unknown,
): TencentStreamLiveError | null {
  return parseWithCodeSets(
    'tencent-streamlive',
    [TencentStreamLiveCodeSet],
    httpStatus,
    body,
  ) as TencentStreamLiveError | null;
}
