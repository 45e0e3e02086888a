// Generated from tables/upyun.csv by npm run generate. Do not edit.
import type { UpyunErrorCodeValue } from './codes.js';

/** The error response body of one Upyun code, in the vendor's envelope. */
export type UpyunErrorBodyOf<Code extends UpyunErrorCodeValue> = {
  msg: string;
  code: Code;
  id: string;
};

/** An error response body of a Upyun code: the union of UpyunErrorBodyOf over every code, discriminated by `code`, so a `switch` on it narrows to one code's body. */
export type UpyunErrorBody = {
  [Code in UpyunErrorCodeValue]: UpyunErrorBodyOf<Code>;
}[UpyunErrorCodeValue];
