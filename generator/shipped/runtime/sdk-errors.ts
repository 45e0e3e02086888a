// Reads the rejections of the vendors' official SDKs as typed vendor errors, given the vendor's code sets.

import type { CodeSetTable, Envelope, VendorId } from './entry.js';
import { ownProperty } from './own-property.js';
import { parseWithCodeSets } from './vendor-error.js';
import type { VendorErrorOf } from './vendor-error.js';

type AnyVendorError = VendorErrorOf<VendorId, string | number>;

/** tencentcloud-sdk-nodejs raises the codes of Tencent Cloud API 3.0 bodies. */
export const TENCENT_CLOUD_SDK_ENVELOPE = 'tencent-api3' satisfies Envelope;
/** @baiducloud/sdk rejects with the fields of a BCE error body. */
export const BCE_SDK_ENVELOPE = 'bce' satisfies Envelope;

/** The code sets whose bodies an SDK reads: a vendor may have sets of other envelopes too. */
export const codeSetsWithEnvelope = (
  codeSets: readonly CodeSetTable[],
  envelope: Envelope,
): readonly CodeSetTable[] => codeSets.filter((codeSet) => codeSet.envelope === envelope);

/**
 * The typed error behind a rejection of tencentcloud-sdk-nodejs (TencentCloudSDKHttpException,
 * recognised by its own `requestId`, without importing the SDK), read with the vendor's code sets:
 *
 * - an API error (`code`, `message`, `requestId`; the SDK raises these for HTTP 200 bodies with
 *   `Response.Error`) becomes the documented entry, or known: false with the code kept;
 * - an HTTP failure (`httpCode`, no `code`: a gateway's 502, say) becomes `http-<status>`
 *   with the status text as message;
 * - anything else is null: network failures, timeouts, aborts and unreadable bodies never reached
 *   the vendor's error table, so handle them as transport errors (the SDK wraps them without a
 *   code or status).
 *
 * `raw` is the SDK's error object. Never throws.
 */
export function fromTencentCloudSdkErrorWith(
  vendor: VendorId,
  codeSets: readonly CodeSetTable[],
  err: unknown,
): AnyVendorError | null {
  try {
    const requestId = ownProperty(err, 'requestId');
    if (typeof requestId !== 'string') return null;
    const code = ownProperty(err, 'code');
    const message = ownProperty(err, 'message');
    const httpCode = ownProperty(err, 'httpCode');
    const sets = codeSetsWithEnvelope(codeSets, TENCENT_CLOUD_SDK_ENVELOPE);
    let result: AnyVendorError | null;
    if (typeof code === 'string' && code !== '') {
      const body = { Response: { Error: { Code: code, Message: message }, RequestId: requestId } };
      result = parseWithCodeSets(vendor, sets, 200, body);
    } else if (typeof httpCode === 'number') {
      result = parseWithCodeSets(vendor, sets, httpCode, undefined);
      if (result !== null && typeof message === 'string' && message !== '')
        result = { ...result, message };
      if (result !== null && requestId !== '') result = { ...result, requestId };
    } else {
      return null;
    }
    return result === null ? null : { ...result, raw: err };
  } catch {
    return null;
  }
}

/**
 * The typed error behind a rejection of @baiducloud/sdk, read with the vendor's code sets. The
 * SDK rejects with a plain object `{status_code, message, code?, request_id?}` once a response
 * arrived; when the body had no `requestId` it puts the whole parsed body (or its text) in
 * `message` instead, and that body is parsed here. Rejections without `status_code` (network
 * errors, a failed signature function) never reached the vendor and give null, as do 1xx-3xx
 * responses.
 *
 * `raw` is the SDK's rejection value. Never throws.
 */
export function fromBceSdkErrorWith(
  vendor: VendorId,
  codeSets: readonly CodeSetTable[],
  err: unknown,
): AnyVendorError | null {
  try {
    const status = ownProperty(err, 'status_code');
    if (typeof status !== 'number') return null;
    const code = ownProperty(err, 'code');
    const message = ownProperty(err, 'message');
    const body =
      typeof code === 'string'
        ? { requestId: ownProperty(err, 'request_id'), code, message }
        : message;
    const sets = codeSetsWithEnvelope(codeSets, BCE_SDK_ENVELOPE);
    const result = parseWithCodeSets(vendor, sets, status, body);
    return result === null ? null : { ...result, raw: err };
  } catch {
    return null;
  }
}
