// Generated from tables/baidu-vod-common.csv, tables/baidu-vod.csv, tables/aliases.csv by npm run generate. Do not edit.
import { parsedAs } from '../cloud-api-error.js';
import type { ParseOptions, Parsed } from '../cloud-api-error.js';
import { fromBceSdkErrorWith } from '../sdk-errors.js';
import { isRetryableWith } from '../retry.js';
import { parseWithCodeSets } from '../vendor-error.js';
import type { VendorErrorOf } from '../vendor-error.js';
import { BaiduVodCodeSet } from './entries.js';
import type { BaiduVodErrorCodeValue } from './codes.js';
export { BaiduVodErrorCode } from './codes.js';
export type { BaiduVodErrorCodeValue } from './codes.js';
export { BaiduVodCodeSet, BaiduVodErrorEntries } from './entries.js';
export type { BaiduVodErrorBody, BaiduVodErrorBodyOf } from './bodies.js';
export { isBaiduVodErrorBody, isBaiduVodErrorCode } from './guards.js';
export { CloudApiError, isCloudApiError, toError } from '../cloud-api-error.js';
export type {
  CloudApiErrorFor,
  CloudApiErrorJson,
  CloudApiErrorOf,
  CloudApiErrors,
  ParseOptions,
  Parsed,
} from '../cloud-api-error.js';

/** A parsed baidu-vod error response: `known` with a documented code and its entry, or `known: false` with the code as sent. */
export type BaiduVodError = VendorErrorOf<'baidu-vod', BaiduVodErrorCodeValue>;

declare module '../cloud-api-error.js' {
  interface CloudApiErrorTypes {
    readonly 'baidu-vod': BaiduVodError;
  }
}

/**
 * Parses a baidu-vod HTTP response (status, and the body as parsed JSON, text or bytes) into a typed error, or null when it is not an error. The code is read from `code`.
 *
 * `{ as: 'error' }` answers a CloudApiError to throw. Never throws: see parseWithCodeSets for the rules.
 */
export function parseBaiduVodError<O extends ParseOptions = {}>(
  httpStatus: unknown,
  body: unknown,
  options?: O,
): Parsed<BaiduVodError, O> {
  return parsedAs(
    parseWithCodeSets('baidu-vod', [BaiduVodCodeSet], httpStatus, body),
    options,
  ) as Parsed<BaiduVodError, O>;
}

/**
 * The typed baidu-vod error behind a rejection of @baiducloud/sdk, or null when the call never reached the vendor (network failure, timeout) or did not fail. `{ as: 'error' }` answers a CloudApiError to throw.
 *
 * Never throws: see fromBceSdkErrorWith for the rules.
 */
export function fromBceSdkError<O extends ParseOptions = {}>(
  err: unknown,
  options?: O,
): Parsed<BaiduVodError, O> {
  return parsedAs(fromBceSdkErrorWith('baidu-vod', [BaiduVodCodeSet], err), options) as Parsed<
    BaiduVodError,
    O
  >;
}

/**
 * May the call that failed with `error` succeed if made again, unchanged? Anything a call throws or rejects with: a parsed baidu-vod error or CloudApiError (its decision), a rejection of @baiducloud/sdk (read with the baidu-vod codes), a transport failure (connection refused or reset, DNS, timeout, fetch failed, HTTP 429/5xx): retryable; the caller's abort and anything else: not. Never throws: see isRetryableWith for the rules.
 *
 * Fits a retry library as it is: `pRetry(call, { shouldRetry: ({ error }) => isRetryable(error) })`.
 */
export function isRetryable(error: unknown): boolean {
  return isRetryableWith([BaiduVodCodeSet], error);
}
