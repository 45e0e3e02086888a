// Generated from tables/upyun.csv by npm run generate. Do not edit.
import { parsedAs } from '../cloud-api-error.js';
import type { ParseOptions, Parsed } from '../cloud-api-error.js';
import { isRetryableWith } from '../retry.js';
import { parseWithCodeSets } from '../vendor-error.js';
import type { VendorErrorOf } from '../vendor-error.js';
import { UpyunCodeSet } from './entries.js';
import type { UpyunErrorCodeValue } from './codes.js';
export { UpyunErrorCode } from './codes.js';
export type { UpyunErrorCodeValue } from './codes.js';
export { UpyunCodeSet, UpyunErrorEntries } from './entries.js';
export type { UpyunErrorBody, UpyunErrorBodyOf } from './bodies.js';
export { isUpyunErrorBody, isUpyunErrorCode } from './guards.js';
export { CloudApiError, isCloudApiError, toError } from '../cloud-api-error.js';
export type {
  CloudApiErrorFor,
  CloudApiErrorJson,
  CloudApiErrorOf,
  CloudApiErrors,
  ParseOptions,
  Parsed,
} from '../cloud-api-error.js';

/** A parsed upyun error response: `known` with a documented code and its entry, or `known: false` with the code as sent. */
export type UpyunError = VendorErrorOf<'upyun', UpyunErrorCodeValue>;

declare module '../cloud-api-error.js' {
  interface CloudApiErrorTypes {
    readonly upyun: UpyunError;
  }
}

/**
 * Parses a upyun HTTP response (status, and the body as parsed JSON, text or bytes) into a typed error, or null when it is not an error. The code is read from `code`.
 *
 * `{ as: 'error' }` answers a CloudApiError to throw. Never throws: see parseWithCodeSets for the rules.
 */
export function parseUpyunError<O extends ParseOptions = {}>(
  httpStatus: unknown,
  body: unknown,
  options?: O,
): Parsed<UpyunError, O> {
  return parsedAs(parseWithCodeSets('upyun', [UpyunCodeSet], httpStatus, body), options) as Parsed<
    UpyunError,
    O
  >;
}

/**
 * May the call that failed with `error` succeed if made again, unchanged? Anything a call throws or rejects with: a parsed upyun error or CloudApiError (its decision), a transport failure (connection refused or reset, DNS, timeout, fetch failed, HTTP 429/5xx): retryable; the caller's abort and anything else: not. Never throws: see isRetryableWith for the rules.
 *
 * Fits a retry library as it is: `pRetry(call, { shouldRetry: ({ error }) => isRetryable(error) })`.
 */
export function isRetryable(error: unknown): boolean {
  return isRetryableWith([UpyunCodeSet], error);
}
