// Generated from tables/baidu-vod-common.csv, tables/baidu-vod.csv by npm run generate. Do not edit.
import type { BaiduVodErrorCodeValue } from './codes.js';

/** The error response body of one BaiduVod code, in the vendor's envelope. */
export type BaiduVodErrorBodyOf<Code extends BaiduVodErrorCodeValue> = {
  requestId: string;
  code: Code;
  message: string;
};

/** An error response body of a BaiduVod code: the union of BaiduVodErrorBodyOf over every code, discriminated by `code`, so a `switch` on it narrows to one code's body. */
export type BaiduVodErrorBody = {
  [Code in BaiduVodErrorCodeValue]: BaiduVodErrorBodyOf<Code>;
}[BaiduVodErrorCodeValue];
