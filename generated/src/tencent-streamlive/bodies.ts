// Generated from tables/tencent-common.csv, tables/tencent-streamlive-list.csv by npm run generate. Do not edit.
import type { TencentStreamLiveErrorCodeValue } from './codes.js';

/** The error response body of one TencentStreamLive code, in the vendor's envelope. */
export type TencentStreamLiveErrorBodyOf<Code extends TencentStreamLiveErrorCodeValue> = {
  Response: { Error: { Code: Code; Message: string }; RequestId: string };
};

/** An error response body of a TencentStreamLive code: the union of TencentStreamLiveErrorBodyOf over every code, discriminated by `Response.Error.Code`, so a `switch` on it narrows to one code's body. */
export type TencentStreamLiveErrorBody = {
  [Code in TencentStreamLiveErrorCodeValue]: TencentStreamLiveErrorBodyOf<Code>;
}[TencentStreamLiveErrorCodeValue];
