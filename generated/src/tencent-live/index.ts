// Generated from tables/tencent-common.csv, tables/tencent-live.csv, tables/tencent-live-list.csv by npm run generate. Do not edit.
import { parsedAs } from '../cloud-api-error.js';
import type { ParseOptions, Parsed } from '../cloud-api-error.js';
import { fromTencentCloudSdkErrorWith } from '../sdk-errors.js';
import { isRetryableWith } from '../retry.js';
import { parseWithCodeSets } from '../vendor-error.js';
import type { VendorErrorOf } from '../vendor-error.js';
import { TencentLiveCodeSet } from './entries.js';
import type { TencentLiveErrorCodeValue } from './codes.js';
export { TencentLiveErrorCode } from './codes.js';
export type { TencentLiveErrorCodeValue } from './codes.js';
export { TencentLiveCodeSet, TencentLiveErrorEntries } from './entries.js';
export type { TencentLiveErrorBody, TencentLiveErrorBodyOf } from './bodies.js';
export { isTencentLiveErrorBody, isTencentLiveErrorCode } from './guards.js';
export { CloudApiError, isCloudApiError, toError } from '../cloud-api-error.js';
export type {
  CloudApiErrorFor,
  CloudApiErrorJson,
  CloudApiErrorOf,
  CloudApiErrors,
  ParseOptions,
  Parsed,
} from '../cloud-api-error.js';

/** A parsed tencent-live error response: `known` with a documented code and its entry, or `known: false` with the code as sent. */
export type TencentLiveError = VendorErrorOf<'tencent-live', TencentLiveErrorCodeValue>;

declare module '../cloud-api-error.js' {
  interface CloudApiErrorTypes {
    readonly 'tencent-live': TencentLiveError;
  }
}

/**
 * Parses a tencent-live HTTP response (status, and the body as parsed JSON, text or bytes) into a typed error, or null when it is not an error. The code is read from `Response.Error.Code`.
 *
 * `{ as: 'error' }` answers a CloudApiError to throw. Never throws: see parseWithCodeSets for the rules.
 */
export function parseTencentLiveError<O extends ParseOptions = {}>(
  httpStatus: unknown,
  body: unknown,
  options?: O,
): Parsed<TencentLiveError, O> {
  return parsedAs(
    parseWithCodeSets('tencent-live', [TencentLiveCodeSet], httpStatus, body),
    options,
  ) as Parsed<TencentLiveError, O>;
}

/**
 * The typed tencent-live error behind a rejection of tencentcloud-sdk-nodejs, or null when the call never reached the vendor (network failure, timeout) or did not fail. `{ as: 'error' }` answers a CloudApiError to throw.
 *
 * Never throws: see fromTencentCloudSdkErrorWith for the rules.
 */
export function fromTencentCloudSdkError<O extends ParseOptions = {}>(
  err: unknown,
  options?: O,
): Parsed<TencentLiveError, O> {
  return parsedAs(
    fromTencentCloudSdkErrorWith('tencent-live', [TencentLiveCodeSet], err),
    options,
  ) as Parsed<TencentLiveError, O>;
}

/**
 * May the call that failed with `error` succeed if made again, unchanged? Anything a call throws or rejects with: a parsed tencent-live error or CloudApiError (its decision), a rejection of tencentcloud-sdk-nodejs (read with the tencent-live codes), a transport failure (connection refused or reset, DNS, timeout, fetch failed, HTTP 429/5xx): retryable; the caller's abort and anything else: not. Never throws: see isRetryableWith for the rules.
 *
 * Fits a retry library as it is: `pRetry(call, { shouldRetry: ({ error }) => isRetryable(error) })`.
 */
export function isRetryable(error: unknown): boolean {
  return isRetryableWith([TencentLiveCodeSet], error);
}
