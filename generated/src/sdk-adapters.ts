// Generated from generator/shipped/runtime/sdk-adapters.ts by npm run generate. Do not edit.
// The cross-vendor parse and SDK adapters of the package root: the vendor is an argument, every vendor's codes are bundled.

import { parsedAs } from './cloud-api-error.js';
import type { ParseOptions, Parsed } from './cloud-api-error.js';
import type { CodeSetTable, Envelope, VendorId } from './entry.js';
import { CODE_SETS, VENDORS } from './registry.js';
import type { VendorEnvelopes, VendorErrors } from './registry.js';
import {
  BCE_SDK_ENVELOPE,
  TENCENT_CLOUD_SDK_ENVELOPE,
  codeSetsWithEnvelope,
  fromBceSdkErrorWith,
  fromTencentCloudSdkErrorWith,
} from './sdk-errors.js';
import { parseWithCodeSets } from './vendor-error.js';

/** The vendors with a code set of this envelope. */
export type VendorsWithEnvelope<E extends Envelope> = {
  readonly [V in VendorId]: E extends VendorEnvelopes[V] ? V : never;
}[VendorId];

/** The Tencent Cloud products whose errors come through tencentcloud-sdk-nodejs. */
export type TencentCloudProduct = VendorsWithEnvelope<typeof TENCENT_CLOUD_SDK_ENVELOPE>;

/** The Baidu AI Cloud products whose errors come through @baiducloud/sdk. */
export type BceProduct = VendorsWithEnvelope<typeof BCE_SDK_ENVELOPE>;

const codeSetsOf = (vendor: VendorId): readonly CodeSetTable[] =>
  Object.prototype.hasOwnProperty.call(CODE_SETS, vendor) ? CODE_SETS[vendor] : [];

/**
 * Parses a vendor's HTTP response (status and body: parsed JSON, text or bytes) into a typed
 * error, or null when the response is not an error. See parseWithCodeSets for the rules.
 * `{ as: 'error' }` answers a CloudApiError instead of a plain object.
 *
 * @example
 * const res = await fetch(url, init);
 * const text = await res.text();
 * const error = parseErrorResponse('upyun', res.status, text);
 * if (error !== null && error.known && error.code === 40400001) {
 *   // the file or directory does not exist
 * }
 */
export function parseErrorResponse<V extends VendorId, O extends ParseOptions = {}>(
  vendor: V,
  httpStatus: unknown,
  body: unknown,
  options?: O,
): Parsed<VendorErrors[V], O> {
  return parsedAs(
    parseWithCodeSets(vendor, codeSetsOf(vendor), httpStatus, body),
    options,
  ) as Parsed<VendorErrors[V], O>;
}

/**
 * The typed error behind a rejection of tencentcloud-sdk-nodejs, for the product named: see
 * fromTencentCloudSdkErrorWith. A Tencent-only service imports the same adapter from the
 * product's subpath (`cloud-error-codes/tencent-live`) and bundles no other vendor's codes.
 */
export function fromTencentCloudSdkError<
  P extends TencentCloudProduct,
  O extends ParseOptions = {},
>(err: unknown, product: P, options?: O): Parsed<VendorErrors[P], O> {
  return parsedAs(
    fromTencentCloudSdkErrorWith(product, codeSetsOf(product), err),
    options,
  ) as Parsed<VendorErrors[P], O>;
}

/** The first vendor, in VENDORS order, with a code set of this envelope. */
const firstWithEnvelope = (envelope: Envelope): VendorId | undefined =>
  VENDORS.find((vendor) => codeSetsWithEnvelope(codeSetsOf(vendor), envelope).length > 0);

/**
 * The typed error behind a rejection of @baiducloud/sdk, for the product named (by default the
 * first vendor with BCE error bodies): see fromBceSdkErrorWith. A Baidu-only service imports the
 * same adapter from the product's subpath (`cloud-error-codes/baidu-vod`).
 */
export function fromBceSdkError<P extends BceProduct = BceProduct, O extends ParseOptions = {}>(
  err: unknown,
  product?: P,
  options?: O,
): Parsed<VendorErrors[P], O> {
  const vendor = product ?? firstWithEnvelope(BCE_SDK_ENVELOPE);
  if (vendor === undefined) return null;
  return parsedAs(fromBceSdkErrorWith(vendor, codeSetsOf(vendor), err), options) as Parsed<
    VendorErrors[P],
    O
  >;
}
