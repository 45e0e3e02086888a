// Which official SDK's rejections a vendor subpath can read: picked by the envelopes of the vendor's code sets, never by product.
import type { CodeSetNode, Envelope, VendorNode } from '../../model/model.js';
import { BCE_SDK_ENVELOPE, TENCENT_CLOUD_SDK_ENVELOPE } from '../../shipped/runtime/sdk-errors.js';

/** An SDK adapter: the exported function, and the runtime reader it wraps with the vendor's code sets. */
export interface SdkAdapter {
  readonly type: 'sdk-adapter';
  /** The error body the SDK's rejections carry the fields of. */
  readonly envelope: Envelope;
  /** `fromTencentCloudSdkError`, the same name on every subpath and at the root. */
  readonly name: string;
  /** The runtime function that reads a rejection with given code sets. */
  readonly reader: string;
  /** The npm package whose rejections it reads. */
  readonly sdk: string;
}

export const SDK_ADAPTERS: readonly SdkAdapter[] = [
  {
    type: 'sdk-adapter',
    envelope: TENCENT_CLOUD_SDK_ENVELOPE,
    name: 'fromTencentCloudSdkError',
    reader: 'fromTencentCloudSdkErrorWith',
    sdk: 'tencentcloud-sdk-nodejs',
  },
  {
    type: 'sdk-adapter',
    envelope: BCE_SDK_ENVELOPE,
    name: 'fromBceSdkError',
    reader: 'fromBceSdkErrorWith',
    sdk: '@baiducloud/sdk',
  },
];

/** The code sets of a vendor that an adapter reads. */
export const adapterCodeSets = (vendor: VendorNode, adapter: SdkAdapter): CodeSetNode[] =>
  vendor.codeSets.filter((codeSet) => codeSet.envelope === adapter.envelope);

/** The adapters of a vendor: one per SDK whose envelope one of its code sets has. */
export const sdkAdaptersOf = (vendor: VendorNode): SdkAdapter[] =>
  SDK_ADAPTERS.filter((adapter) => adapterCodeSets(vendor, adapter).length > 0);
