// Generated from tables/tencent-common.csv, tables/tencent-live.csv, tables/tencent-live-list.csv by npm run generate. Do not edit.
import type { TencentLiveErrorCodeValue } from './codes.js';

/** The error response body of one TencentLive code, in the vendor's envelope. */
export type TencentLiveErrorBodyOf<Code extends TencentLiveErrorCodeValue> = {
  Response: { Error: { Code: Code; Message: string }; RequestId: string };
};

/** An error response body of a TencentLive code: the union of TencentLiveErrorBodyOf over every code, discriminated by `Response.Error.Code`, so a `switch` on it narrows to one code's body. */
export type TencentLiveErrorBody = {
  [Code in TencentLiveErrorCodeValue]: TencentLiveErrorBodyOf<Code>;
}[TencentLiveErrorCodeValue];
