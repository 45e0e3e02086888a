// Generated from tables/tencent-common.csv, tables/tencent-streamlive-list.csv by npm run generate. Do not edit.
import { parsedAs } from '../cloud-api-error.js';
import type { ParseOptions, Parsed } from '../cloud-api-error.js';
import { fromTencentCloudSdkErrorWith } from '../sdk-errors.js';
import { isRetryableWith } from '../retry.js';
import { parseWithCodeSets } from '../vendor-error.js';
import type { VendorErrorOf } from '../vendor-error.js';
import { TencentStreamLiveCodeSet } from './entries.js';
import type { TencentStreamLiveErrorCodeValue } from './codes.js';
export { TencentStreamLiveErrorCode } from './codes.js';
export type { TencentStreamLiveErrorCodeValue } from './codes.js';
export { TencentStreamLiveCodeSet, TencentStreamLiveErrorEntries } from './entries.js';
export type { TencentStreamLiveErrorBody, TencentStreamLiveErrorBodyOf } from './bodies.js';
export { isTencentStreamLiveErrorBody, isTencentStreamLiveErrorCode } from './guards.js';
export { CloudApiError, isCloudApiError, toError } from '../cloud-api-error.js';
export type {
  CloudApiErrorFor,
  CloudApiErrorJson,
  CloudApiErrorOf,
  CloudApiErrors,
  ParseOptions,
  Parsed,
} from '../cloud-api-error.js';

/** A parsed tencent-streamlive error response: `known` with a documented code and its entry, or `known: false` with the code as sent. */
export type TencentStreamLiveError = VendorErrorOf<
  'tencent-streamlive',
  TencentStreamLiveErrorCodeValue
>;

declare module '../cloud-api-error.js' {
  interface CloudApiErrorTypes {
    readonly 'tencent-streamlive': TencentStreamLiveError;
  }
}

/**
 * Parses a tencent-streamlive HTTP response (status, and the body as parsed JSON, text or bytes) into a typed error, or null when it is not an error. The code is read from `Response.Error.Code`.
 *
 * `{ as: 'error' }` answers a CloudApiError to throw. Never throws: see parseWithCodeSets for the rules.
 */
export function parseTencentStreamLiveError<O extends ParseOptions = {}>(
  httpStatus: unknown,
  body: unknown,
  options?: O,
): Parsed<TencentStreamLiveError, O> {
  return parsedAs(
    parseWithCodeSets('tencent-streamlive', [TencentStreamLiveCodeSet], httpStatus, body),
    options,
  ) as Parsed<TencentStreamLiveError, O>;
}

/**
 * The typed tencent-streamlive error behind a rejection of tencentcloud-sdk-nodejs, or null when the call never reached the vendor (network failure, timeout) or did not fail. `{ as: 'error' }` answers a CloudApiError to throw.
 *
 * Never throws: see fromTencentCloudSdkErrorWith for the rules.
 */
export function fromTencentCloudSdkError<O extends ParseOptions = {}>(
  err: unknown,
  options?: O,
): Parsed<TencentStreamLiveError, O> {
  return parsedAs(
    fromTencentCloudSdkErrorWith('tencent-streamlive', [TencentStreamLiveCodeSet], err),
    options,
  ) as Parsed<TencentStreamLiveError, O>;
}

/**
 * May the call that failed with `error` succeed if made again, unchanged? Anything a call throws or rejects with: a parsed tencent-streamlive error or CloudApiError (its decision), a rejection of tencentcloud-sdk-nodejs (read with the tencent-streamlive codes), a transport failure (connection refused or reset, DNS, timeout, fetch failed, HTTP 429/5xx): retryable; the caller's abort and anything else: not. Never throws: see isRetryableWith for the rules.
 *
 * Fits a retry library as it is: `pRetry(call, { shouldRetry: ({ error }) => isRetryable(error) })`.
 */
export function isRetryable(error: unknown): boolean {
  return isRetryableWith([TencentStreamLiveCodeSet], error);
}
