// Generated from tables/baidu-vod-common.csv, tables/baidu-vod.csv, tables/aliases.csv by npm run generate. Do not edit.
import { parseWithCodeSets } from '../vendor-error.js';
import type { VendorErrorOf } from '../vendor-error.js';
import { BaiduVodCodeSet } from './entries.js';
import type { BaiduVodErrorCodeValue } from './codes.js';
export { BaiduVodErrorCode } from './codes.js';
export type { BaiduVodErrorCodeValue } from './codes.js';
export { BaiduVodCodeSet, BaiduVodErrorEntries } from './entries.js';
export type { BaiduVodErrorBody, BaiduVodErrorBodyOf } from './bodies.js';
export { isBaiduVodErrorBody, isBaiduVodErrorCode } from './guards.js';

/** A parsed baidu-vod error response: `known` with a documented code and its entry, or `known: false` with the code as sent. */
export type BaiduVodError = VendorErrorOf<'baidu-vod', BaiduVodErrorCodeValue>;

/**
 * Parses a baidu-vod HTTP response (status, and the body as parsed JSON, text or bytes) into a typed error, or null when it is not an error. The code is read from `code`.
 *
 * Never throws: see parseWithCodeSets for the rules.
 */
export function parseBaiduVodError(httpStatus: unknown, body: unknown): BaiduVodError | null {
  return parseWithCodeSets(
    'baidu-vod',
    [BaiduVodCodeSet],
    httpStatus,
    body,
  ) as BaiduVodError | null;
}
