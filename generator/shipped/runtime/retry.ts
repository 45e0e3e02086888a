// Decides whether any value a call can throw or reject with is worth sending again: vendor errors and transport failures.

import type { CodeSetTable } from './entry.js';
import { ownProperty } from './own-property.js';
import {
  BCE_SDK_ENVELOPE,
  TENCENT_CLOUD_SDK_ENVELOPE,
  codeSetsWithEnvelope,
  fromBceSdkErrorWith,
  fromTencentCloudSdkErrorWith,
} from './sdk-errors.js';

/**
 * Node's system errors of a connection that failed on the way (refused, reset, timed out, a
 * broken pipe, a name that did not resolve now, a network or host out of reach), and undici's
 * (fetch's) socket and timeout errors: the request may pass when sent again. The set of
 * `@smithy/service-error-classification` (AWS SDK v3), widened by DNS's temporary failure and
 * undici's codes.
 */
const TRANSIENT_SYSTEM_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENETRESET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** Error names of timeouts and throttling, as AWS SDK v3 classifies them (and AbortSignal.timeout's). */
const TRANSIENT_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ThrottlingException',
  'TooManyRequestsException',
]);

/** HTTP statuses whose request may pass later: throttled, a failed server, a gateway, overload. */
const TRANSIENT_STATUSES: ReadonlySet<number> = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);

/** fetch's network failures as each runtime words them (the same list as AWS SDK v3 and p-retry). */
const NETWORK_FAILURE_MESSAGES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'fetch failed',
  'terminated',
  'Failed to fetch',
  'network error',
  'NetworkError when attempting to fetch resource.',
  'The Internet connection appears to be offline.',
  'Load failed',
  'Network request failed',
]);

/** How deep `cause` chains are followed: bounded work on a hostile or cyclic chain. */
const MAX_CAUSE_DEPTH = 10;

/** The HTTP status a value says it answered with, in the fields the SDKs and HTTP clients use. */
function statusOf(value: object): number | undefined {
  for (const key of ['status', 'statusCode', 'status_code', 'httpCode', 'httpStatus']) {
    const status = ownProperty(value, key);
    if (typeof status === 'number' && Number.isInteger(status)) return status;
  }
  const metadata = ownProperty(ownProperty(value, '$metadata'), 'httpStatusCode');
  if (typeof metadata === 'number') return metadata;
  const response = ownProperty(ownProperty(value, 'response'), 'status');
  return typeof response === 'number' ? response : undefined;
}

/** Own data property, else what the prototype chain gives for an Error's `name` and `message`. */
function errorField(value: object, key: 'name' | 'message'): unknown {
  const own = ownProperty(value, key);
  if (own !== undefined) return own;
  // name and message of an Error live on its prototype; read them only from real Errors.
  return value instanceof Error ? (value as unknown as Record<string, unknown>)[key] : undefined;
}

/**
 * The decision for one value, or undefined when the value says nothing either way (then its
 * cause is asked). `codeSets` reads the SDKs' own rejections with a vendor code.
 */
function decide(codeSets: readonly CodeSetTable[], value: unknown): boolean | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  // A parsed error or a CloudApiError: the package's decision (code, family or status).
  const retryable = ownProperty(value, 'retryable');
  if (typeof retryable === 'boolean' && typeof ownProperty(value, 'vendor') === 'string')
    return retryable;
  const name = errorField(value, 'name');
  // The caller's abort (AbortController, p-retry's AbortError): never retried.
  if (name === 'AbortError' || ownProperty(value, 'code') === 'ABORT_ERR') return false;
  const sdkError = vendorSdkError(codeSets, value);
  if (sdkError !== undefined) return sdkError;
  const code = ownProperty(value, 'code');
  if (typeof code === 'string' && TRANSIENT_SYSTEM_CODES.has(code)) return true;
  if (typeof name === 'string' && TRANSIENT_NAMES.has(name)) return true;
  const status = statusOf(value);
  if (status !== undefined) return TRANSIENT_STATUSES.has(status);
  const message = errorField(value, 'message');
  if (name === 'TypeError' && typeof message === 'string' && NETWORK_FAILURE_MESSAGES.has(message))
    return true;
  return undefined;
}

/**
 * A rejection of tencentcloud-sdk-nodejs or @baiducloud/sdk: one with a vendor code or an HTTP
 * status is decided as the vendor's code set says; tencentcloud-sdk-nodejs's own network failure
 * (its error with a `requestId` but neither a code nor an HTTP status: a refused or reset
 * connection, its `network timeout`) never reached the vendor, and is retryable.
 */
function vendorSdkError(codeSets: readonly CodeSetTable[], value: object): boolean | undefined {
  const tencent = codeSetsWithEnvelope(codeSets, TENCENT_CLOUD_SDK_ENVELOPE);
  if (value instanceof Error && typeof ownProperty(value, 'requestId') === 'string') {
    const code = ownProperty(value, 'code');
    const hasCode = typeof code === 'string' && code !== '';
    if (!hasCode && typeof ownProperty(value, 'httpCode') !== 'number') return true;
    if (tencent[0] !== undefined) {
      const parsed = fromTencentCloudSdkErrorWith(tencent[0].vendor, tencent, value);
      if (parsed !== null) return parsed.retryable;
    }
  }
  const bce = codeSetsWithEnvelope(codeSets, BCE_SDK_ENVELOPE);
  if (bce[0] !== undefined && typeof ownProperty(value, 'status_code') === 'number') {
    const parsed = fromBceSdkErrorWith(bce[0].vendor, bce, value);
    if (parsed !== null) return parsed.retryable;
  }
  return undefined;
}

/**
 * May the call that failed with `error` succeed if made again, unchanged? Takes anything a call
 * can throw or reject with, and never throws:
 *
 * - a CloudApiError or a parsed error: its `retryable` (decided by its code, its family or its
 *   HTTP status; see `decidedBy`);
 * - a rejection of tencentcloud-sdk-nodejs or @baiducloud/sdk that carries a vendor code: read
 *   with the vendor's codes, as the SDK adapters read it; the SDKs' network failures (no code,
 *   no status) are retryable;
 * - a transport failure: Node's system errors of a connection (`ECONNREFUSED`, `ECONNRESET`,
 *   `ETIMEDOUT`, `EPIPE`, `ENOTFOUND`, `EAI_AGAIN`, ...), fetch's `TypeError: fetch failed`, a
 *   timeout (`TimeoutError`), an HTTP 429, 500, 502, 503 or 504 without a vendor code, the SDKs'
 *   network errors: retryable; any other status is not;
 * - the caller's abort (`AbortError`) and anything else (a programming error such as
 *   `TypeError: x is not a function`, a string, null): not retryable.
 *
 * An error without a decision of its own is decided by its `cause`, ten levels deep at most.
 */
export function isRetryableWith(codeSets: readonly CodeSetTable[], error: unknown): boolean {
  try {
    let value = error;
    for (let depth = 0; depth <= MAX_CAUSE_DEPTH; depth += 1) {
      const decision = decide(codeSets, value);
      if (decision !== undefined) return decision;
      if (typeof value !== 'object' || value === null) return false;
      value = ownProperty(value, 'cause');
      if (value === undefined) return false;
    }
    return false;
  } catch {
    // A hostile value (a Proxy whose traps throw): nothing to go on.
    return false;
  }
}
