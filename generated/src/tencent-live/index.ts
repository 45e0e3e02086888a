// Generated from tables/tencent-common.csv, tables/tencent-live.csv by npm run generate. Do not edit.
import { parseWithCodeSets } from '../vendor-error.js';
import type { VendorErrorOf } from '../vendor-error.js';
import { TencentLiveCodeSet } from './entries.js';
import type { TencentLiveErrorCodeValue } from './codes.js';
export { TencentLiveErrorCode } from './codes.js';
export type { TencentLiveErrorCodeValue } from './codes.js';
export { TencentLiveCodeSet, TencentLiveErrorEntries } from './entries.js';
export type { TencentLiveErrorBody, TencentLiveErrorBodyOf } from './bodies.js';
export { isTencentLiveErrorBody, isTencentLiveErrorCode } from './guards.js';

/** A parsed tencent-live error response: `known` with a documented code and its entry, or `known: false` with the code as sent. */
export type TencentLiveError = VendorErrorOf<'tencent-live', TencentLiveErrorCodeValue>;

/**
 * Parses a tencent-live HTTP response (status, and the body as parsed JSON, text or bytes) into a typed error, or null when it is not an error. The code is read from `Response.Error.Code`.
 *
 * Never throws: see parseWithCodeSets for the rules.
 */
export function parseTencentLiveError(httpStatus: unknown, body: unknown): TencentLiveError | null {
  return parseWithCodeSets(
    'tencent-live',
    [TencentLiveCodeSet],
    httpStatus,
    body,
  ) as TencentLiveError | null;
}
