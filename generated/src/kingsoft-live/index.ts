// Generated from tables/kingsoft-live.csv, tables/kingsoft-live-v1.csv by npm run generate. Do not edit.
import { parsedAs } from '../cloud-api-error.js';
import type { ParseOptions, Parsed } from '../cloud-api-error.js';
import { isRetryableWith } from '../retry.js';
import { parseWithCodeSets } from '../vendor-error.js';
import type { VendorErrorOf } from '../vendor-error.js';
import { KingsoftLiveCodeSet, KingsoftLiveV1CodeSet } from './entries.js';
import type { KingsoftLiveErrorCodeValue, KingsoftLiveV1ErrorCodeValue } from './codes.js';
export { KingsoftLiveErrorCode, KingsoftLiveV1ErrorCode } from './codes.js';
export type { KingsoftLiveErrorCodeValue, KingsoftLiveV1ErrorCodeValue } from './codes.js';
export {
  KingsoftLiveCodeSet,
  KingsoftLiveErrorEntries,
  KingsoftLiveV1CodeSet,
  KingsoftLiveV1ErrorEntries,
} from './entries.js';
export type {
  KingsoftLiveErrorBody,
  KingsoftLiveErrorBodyOf,
  KingsoftLiveV1ErrorBody,
  KingsoftLiveV1ErrorBodyOf,
} from './bodies.js';
export {
  isKingsoftLiveErrorBody,
  isKingsoftLiveErrorCode,
  isKingsoftLiveV1ErrorBody,
  isKingsoftLiveV1ErrorCode,
} from './guards.js';
export { CloudApiError, isCloudApiError, toError } from '../cloud-api-error.js';
export type {
  CloudApiErrorFor,
  CloudApiErrorJson,
  CloudApiErrorOf,
  CloudApiErrors,
  ParseOptions,
  Parsed,
} from '../cloud-api-error.js';

/** A parsed kingsoft-live error response: `known` with a documented code and its entry, or `known: false` with the code as sent. */
export type KingsoftLiveError = VendorErrorOf<
  'kingsoft-live',
  KingsoftLiveErrorCodeValue | KingsoftLiveV1ErrorCodeValue
>;

declare module '../cloud-api-error.js' {
  interface CloudApiErrorTypes {
    readonly 'kingsoft-live': KingsoftLiveError;
  }
}

/**
 * Parses a kingsoft-live HTTP response (status, and the body as parsed JSON, text or bytes) into a typed error, or null when it is not an error. The code is read from `Error.Code` or `Data.RetCode`.
 *
 * `{ as: 'error' }` answers a CloudApiError to throw. Never throws: see parseWithCodeSets for the rules.
 */
export function parseKingsoftLiveError<O extends ParseOptions = {}>(
  httpStatus: unknown,
  body: unknown,
  options?: O,
): Parsed<KingsoftLiveError, O> {
  return parsedAs(
    parseWithCodeSets(
      'kingsoft-live',
      [KingsoftLiveCodeSet, KingsoftLiveV1CodeSet],
      httpStatus,
      body,
    ),
    options,
  ) as Parsed<KingsoftLiveError, O>;
}

/**
 * May the call that failed with `error` succeed if made again, unchanged? Anything a call throws or rejects with: a parsed kingsoft-live error or CloudApiError (its decision), a transport failure (connection refused or reset, DNS, timeout, fetch failed, HTTP 429/5xx): retryable; the caller's abort and anything else: not. Never throws: see isRetryableWith for the rules.
 *
 * Fits a retry library as it is: `pRetry(call, { shouldRetry: ({ error }) => isRetryable(error) })`.
 */
export function isRetryable(error: unknown): boolean {
  return isRetryableWith([KingsoftLiveCodeSet, KingsoftLiveV1CodeSet], error);
}
