// Generated from tables/kingsoft-live.csv, tables/kingsoft-live-v1.csv by npm run generate. Do not edit.
import type { KingsoftLiveErrorCodeValue, KingsoftLiveV1ErrorCodeValue } from './codes.js';

/** The error response body of one KingsoftLive code, in the vendor's envelope. */
export type KingsoftLiveErrorBodyOf<Code extends KingsoftLiveErrorCodeValue> = {
  RequestId: string;
  Error: { Type: string; Code: Code; Message: string };
};

/** An error response body of a KingsoftLive code: the union of KingsoftLiveErrorBodyOf over every code, discriminated by `Error.Code`, so a `switch` on it narrows to one code's body. */
export type KingsoftLiveErrorBody = {
  [Code in KingsoftLiveErrorCodeValue]: KingsoftLiveErrorBodyOf<Code>;
}[KingsoftLiveErrorCodeValue];

/** The error response body of one KingsoftLiveV1 code, in the vendor's envelope. */
export type KingsoftLiveV1ErrorBodyOf<Code extends KingsoftLiveV1ErrorCodeValue> = {
  Data: { RetCode: Code; RetMsg: string };
  RequestId: string;
};

/** An error response body of a KingsoftLiveV1 code: the union of KingsoftLiveV1ErrorBodyOf over every code, discriminated by `Data.RetCode`, so a `switch` on it narrows to one code's body. */
export type KingsoftLiveV1ErrorBody = {
  [Code in KingsoftLiveV1ErrorCodeValue]: KingsoftLiveV1ErrorBodyOf<Code>;
}[KingsoftLiveV1ErrorCodeValue];
