// Every export subpath resolves, with its types, under NodeNext from an ES module.
import * as root from 'cloud-error-codes';
import * as baiduVod from 'cloud-error-codes/baidu-vod';
import * as kingsoftLive from 'cloud-error-codes/kingsoft-live';
import * as tencentLive from 'cloud-error-codes/tencent-live';
import * as tencentStreamLive from 'cloud-error-codes/tencent-streamlive';
import * as upyun from 'cloud-error-codes/upyun';
import type { CodeSetTable, VendorId } from 'cloud-error-codes';

export const codeSets: readonly CodeSetTable[] = [
  tencentLive.TencentLiveCodeSet,
  tencentStreamLive.TencentStreamLiveCodeSet,
  baiduVod.BaiduVodCodeSet,
  kingsoftLive.KingsoftLiveCodeSet,
  kingsoftLive.KingsoftLiveV1CodeSet,
  upyun.UpyunCodeSet,
];
export const vendors: readonly VendorId[] = root.VENDORS;
export const parsers = [
  tencentLive.parseTencentLiveError,
  tencentStreamLive.parseTencentStreamLiveError,
  baiduVod.parseBaiduVodError,
  kingsoftLive.parseKingsoftLiveError,
  upyun.parseUpyunError,
  root.parseErrorResponse,
] as const;
export const guards: readonly ((value: unknown) => boolean)[] = [
  root.isTencentLiveErrorCode,
  tencentLive.isTencentLiveErrorBody,
  tencentStreamLive.isTencentStreamLiveErrorCode,
  baiduVod.isBaiduVodErrorBody,
  kingsoftLive.isKingsoftLiveErrorCode,
  kingsoftLive.isKingsoftLiveV1ErrorBody,
  upyun.isUpyunErrorCode,
];
// @ts-expect-error a vendor's subpath exports only that vendor
export const noUpyunInBaidu = baiduVod.isUpyunErrorCode;
