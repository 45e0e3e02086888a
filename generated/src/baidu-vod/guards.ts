// Generated from tables/baidu-vod-common.csv, tables/baidu-vod.csv by npm run generate. Do not edit.
import { ownProperty } from '../own-property.js';
import type { BaiduVodErrorCodeValue } from './codes.js';
import type { BaiduVodErrorBody } from './bodies.js';

/** The BaiduVod codes for the guards alone, as a set so a check is O(1) however many codes there are: the entries map is many times larger. Module-private, so nothing can add to it. */
const baiduVodCodes: ReadonlySet<unknown> = /* @__PURE__ */ new Set([
  'AccessDenied',
  'AccountBanned',
  'AccountOverdue',
  'IdempotentParameterMismatch',
  'IllegalMediaSessionKey',
  'InappropriateJSON',
  'InternalError',
  'InvalidAccessKeyId',
  'InvalidHTTPAuthHeader',
  'InvalidHTTPRequest',
  'InvalidRequest',
  'InvalidURI',
  'InvalidVersion',
  'MalformedJSON',
  'MediaBanned',
  'MediaNotFound',
  'MediaProcessParamError',
  'MediaSourceFileNotFound',
  'MediaTaskNotFound',
  'MultipartEtagsMissing',
  'OptInRequired',
  'PreconditionFailed',
  'RequestConflict',
  'RequestExpired',
  'SignatureDoesNotMatch',
  'UserNotFound',
]);

/** Is the value one of the documented BaiduVod codes (a string, compared exactly)? Never throws. */
export function isBaiduVodErrorCode(value: unknown): value is BaiduVodErrorCodeValue {
  return typeof value === 'string' && baiduVodCodes.has(value);
}

/** Is the value a BaiduVod error body: `code` a documented code and every other field of the envelope a string? Reads own data properties only and never throws. */
export function isBaiduVodErrorBody(value: unknown): value is BaiduVodErrorBody {
  return (
    typeof ownProperty(value, 'requestId') === 'string' &&
    isBaiduVodErrorCode(ownProperty(value, 'code')) &&
    typeof ownProperty(value, 'message') === 'string'
  );
}
