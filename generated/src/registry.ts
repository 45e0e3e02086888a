// Generated from tables/tencent-common.csv, tables/tencent-live.csv, tables/tencent-live-list.csv, tables/tencent-streamlive-list.csv, tables/baidu-vod-common.csv, tables/baidu-vod.csv, tables/aliases.csv, tables/kingsoft-live.csv, tables/kingsoft-live-v1.csv, tables/upyun.csv by npm run generate. Do not edit.
import type { CodeSetTable, VendorId } from './entry.js';
import { TencentLiveCodeSet } from './tencent-live/entries.js';
import type { TencentLiveErrorCodeValue } from './tencent-live/codes.js';
import type { TencentLiveError } from './tencent-live/index.js';
import { TencentStreamLiveCodeSet } from './tencent-streamlive/entries.js';
import type { TencentStreamLiveErrorCodeValue } from './tencent-streamlive/codes.js';
import type { TencentStreamLiveError } from './tencent-streamlive/index.js';
import { BaiduVodCodeSet } from './baidu-vod/entries.js';
import type { BaiduVodErrorCodeValue } from './baidu-vod/codes.js';
import type { BaiduVodError } from './baidu-vod/index.js';
import { KingsoftLiveCodeSet, KingsoftLiveV1CodeSet } from './kingsoft-live/entries.js';
import type {
  KingsoftLiveErrorCodeValue,
  KingsoftLiveV1ErrorCodeValue,
} from './kingsoft-live/codes.js';
import type { KingsoftLiveError } from './kingsoft-live/index.js';
import { UpyunCodeSet } from './upyun/entries.js';
import type { UpyunErrorCodeValue } from './upyun/codes.js';
import type { UpyunError } from './upyun/index.js';

/** Every vendor the package documents, in a fixed order. */
export const VENDORS: readonly VendorId[] = /* @__PURE__ */ Object.freeze([
  'tencent-live',
  'tencent-streamlive',
  'baidu-vod',
  'kingsoft-live',
  'upyun',
]);

/** Each vendor's code sets, in the order a response's envelopes are tried (Kingsoft Live: openAPI, then v1). Frozen and without a prototype. */
export const CODE_SETS: Readonly<Record<VendorId, readonly CodeSetTable[]>> =
  /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(null) as object, {
      'tencent-live': /* @__PURE__ */ Object.freeze([TencentLiveCodeSet]),
      'tencent-streamlive': /* @__PURE__ */ Object.freeze([TencentStreamLiveCodeSet]),
      'baidu-vod': /* @__PURE__ */ Object.freeze([BaiduVodCodeSet]),
      'kingsoft-live': /* @__PURE__ */ Object.freeze([KingsoftLiveCodeSet, KingsoftLiveV1CodeSet]),
      upyun: /* @__PURE__ */ Object.freeze([UpyunCodeSet]),
    }),
  );

/** Each vendor's documented codes, over all its code sets. */
export interface VendorCodes {
  readonly 'tencent-live': TencentLiveErrorCodeValue;
  readonly 'tencent-streamlive': TencentStreamLiveErrorCodeValue;
  readonly 'baidu-vod': BaiduVodErrorCodeValue;
  readonly 'kingsoft-live': KingsoftLiveErrorCodeValue | KingsoftLiveV1ErrorCodeValue;
  readonly upyun: UpyunErrorCodeValue;
}

/** Each vendor's aliases (a spelling a document shows for a code: Baidu's `MediaException.MediaNotFound`), each to the documented code it stands for. */
export interface VendorAliases {
  readonly 'tencent-live': {};
  readonly 'tencent-streamlive': {};
  readonly 'baidu-vod': { readonly 'MediaException.MediaNotFound': 'MediaNotFound' };
  readonly 'kingsoft-live': {};
  readonly upyun: {};
}

/** Each vendor's error body envelopes, over all its code sets: what picks the SDK adapters a vendor has. */
export interface VendorEnvelopes {
  readonly 'tencent-live': 'tencent-api3';
  readonly 'tencent-streamlive': 'tencent-api3';
  readonly 'baidu-vod': 'bce';
  readonly 'kingsoft-live': 'kingsoft-openapi' | 'kingsoft-v1';
  readonly upyun: 'upyun';
}

/** Each vendor's parsed error type: `VendorErrors['upyun']` is `UpyunError`. */
export interface VendorErrors {
  readonly 'tencent-live': TencentLiveError;
  readonly 'tencent-streamlive': TencentStreamLiveError;
  readonly 'baidu-vod': BaiduVodError;
  readonly 'kingsoft-live': KingsoftLiveError;
  readonly upyun: UpyunError;
}
