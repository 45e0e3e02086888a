// Generated from generator/emit/runtime/sdk-adapters.ts by npm run generate. Do not edit.
// Turns plain HTTP responses and rejections of the vendors' official SDKs into typed vendor errors.

import type { VendorId, VendorWithEnvelope } from './entry.js';
import { ownProperty } from './own-property.js';
import { CODE_SETS } from './registry.js';
import type { VendorErrors } from './registry.js';
import { parseWithCodeSets } from './vendor-error.js';
import type { VendorErrorOf } from './vendor-error.js';

/** The Tencent Cloud products whose errors come through tencentcloud-sdk-nodejs: every API 3.0 one. */
export type TencentCloudProduct = VendorWithEnvelope<'tencent-api3'>;

type AnyVendorError = VendorErrorOf<VendorId, string | number>;

const codeSetsOf = (vendor: VendorId) =>
  Object.prototype.hasOwnProperty.call(CODE_SETS, vendor) ? CODE_SETS[vendor] : [];

/**
 * Parses a vendor's HTTP response (status and body: parsed JSON, text or bytes) into a typed
 * error, or null when the response is not an error. See parseWithCodeSets for the rules.
 *
 * @example
 * const res = await fetch(url, init);
 * const text = await res.text();
 * const error = parseErrorResponse('upyun', res.status, text);
 * if (error !== null && error.known && error.code === 40400001) {
 *   // the file or directory does not exist
 * }
 */
export function parseErrorResponse<V extends VendorId>(
  vendor: V,
  httpStatus: unknown,
  body: unknown,
): VendorErrors[V] | null {
  return parseWithCodeSets(vendor, codeSetsOf(vendor), httpStatus, body) as VendorErrors[V] | null;
}

/**
 * The typed error behind a rejection of tencentcloud-sdk-nodejs (TencentCloudSDKHttpException,
 * recognised by its own `requestId`, without importing the SDK):
 *
 * - an API error (`code`, `message`, `requestId`; the SDK raises these for HTTP 200 bodies with
 *   `Response.Error`) becomes the documented entry, or known: false with the code kept;
 * - an HTTP failure (`httpCode`, no `code`: a gateway's 502, say) becomes `http-<status>`
 *   with the status text as message;
 * - anything else is null: network failures, timeouts, aborts and unreadable bodies never reached
 *   the vendor's error table, so handle them as transport errors (the SDK wraps them without a
 *   code or status).
 *
 * `raw` is the SDK's error object.
 */
export function fromTencentCloudSdkError<P extends TencentCloudProduct>(
  err: unknown,
  product: P,
): VendorErrors[P] | null {
  try {
    const requestId = ownProperty(err, 'requestId');
    if (typeof requestId !== 'string') return null;
    const code = ownProperty(err, 'code');
    const message = ownProperty(err, 'message');
    const httpCode = ownProperty(err, 'httpCode');
    let result: AnyVendorError | null;
    if (typeof code === 'string' && code !== '') {
      const body = { Response: { Error: { Code: code, Message: message }, RequestId: requestId } };
      result = parseWithCodeSets(product, codeSetsOf(product), 200, body);
    } else if (typeof httpCode === 'number') {
      result = parseWithCodeSets(product, codeSetsOf(product), httpCode, undefined);
      if (result !== null && typeof message === 'string' && message !== '')
        result = { ...result, message };
      if (result !== null && requestId !== '') result = { ...result, requestId };
    } else {
      return null;
    }
    return result === null ? null : ({ ...result, raw: err } as VendorErrors[P]);
  } catch {
    return null;
  }
}

/**
 * The typed error behind a rejection of @baiducloud/sdk. The SDK rejects with a plain object
 * `{status_code, message, code?, request_id?}` once a response arrived; when the body had no
 * `requestId` it puts the whole parsed body (or its text) in `message` instead, and that body is
 * parsed here. Rejections without `status_code` (network errors, a failed signature function)
 * never reached the vendor and give null, as do 1xx-3xx responses.
 *
 * `raw` is the SDK's rejection value.
 */
export function fromBceSdkError(err: unknown): VendorErrors['baidu-vod'] | null {
  try {
    const status = ownProperty(err, 'status_code');
    if (typeof status !== 'number') return null;
    const code = ownProperty(err, 'code');
    const message = ownProperty(err, 'message');
    const body =
      typeof code === 'string'
        ? { requestId: ownProperty(err, 'request_id'), code, message }
        : message;
    const result = parseWithCodeSets('baidu-vod', codeSetsOf('baidu-vod'), status, body);
    return result === null ? null : ({ ...result, raw: err } as VendorErrors['baidu-vod']);
  } catch {
    return null;
  }
}
