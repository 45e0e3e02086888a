// Generated from tables/kingsoft-live.csv, tables/kingsoft-live-v1.csv by npm run generate. Do not edit.
import { ownProperty } from '../own-property.js';
import type { KingsoftLiveErrorCodeValue, KingsoftLiveV1ErrorCodeValue } from './codes.js';
import type { KingsoftLiveErrorBody, KingsoftLiveV1ErrorBody } from './bodies.js';

/** The KingsoftLive codes for the guards alone, as a set so a check is O(1) however many codes there are: the entries map is many times larger. Module-private, so nothing can add to it. */
const kingsoftLiveCodes: ReadonlySet<unknown> = /* @__PURE__ */ new Set([
  'ErrorDryRun',
  'InaccessibleOpenapi',
  'InvalidAccesskey',
  'InvalidActionOrVesion',
  'InvalidAuthenticationCode',
  'InvalidParameter',
  'InvalidParameterValue',
  'InvalidTimestamp',
  'LimitExceeded',
  'MissingAccesskey',
  'MissingKs3Bucket',
  'MissingParameter',
  'MissingSignature',
  'MissingTimestamp',
  'ServiceTimeout',
  'ServiceUnavailable',
  'SignatureNotMatch',
  'StreamNotExist',
  'UnavaliableAccountID',
  'UnavaliableRegion',
  'UndefinedError',
  'UnknownError',
]);

/** Is the value one of the documented KingsoftLive codes (a string, compared exactly)? Never throws. */
export function isKingsoftLiveErrorCode(value: unknown): value is KingsoftLiveErrorCodeValue {
  return typeof value === 'string' && kingsoftLiveCodes.has(value);
}

/** Is the value a KingsoftLive error body: `Error.Code` a documented code and every other field of the envelope a string? Reads own data properties only and never throws. */
export function isKingsoftLiveErrorBody(value: unknown): value is KingsoftLiveErrorBody {
  const error = ownProperty(value, 'Error');
  return (
    typeof ownProperty(value, 'RequestId') === 'string' &&
    typeof ownProperty(error, 'Type') === 'string' &&
    isKingsoftLiveErrorCode(ownProperty(error, 'Code')) &&
    typeof ownProperty(error, 'Message') === 'string'
  );
}

/** The KingsoftLiveV1 codes for the guards alone, as a set so a check is O(1) however many codes there are: the entries map is many times larger. Module-private, so nothing can add to it. */
const kingsoftLiveV1Codes: ReadonlySet<unknown> = /* @__PURE__ */ new Set([
  1, 1000, 1002, 1003, 1004, 1005, 1200, 1201, 1202, 1203, 1204, 3802, 4000, 4001, 4201, 4999, 5000,
  6000, 6010, 6400, 6401, 6402, 6403, 6404, 6405, 6406, 6701, 6702, 6703, 6704, 6705, 6706, 6707,
  6708, 6709, 8200, 8201, 8500, 8501, 8502, 9014, 9015, 9016,
]);

/** Is the value one of the documented KingsoftLiveV1 codes (a number, compared exactly)? Never throws. */
export function isKingsoftLiveV1ErrorCode(value: unknown): value is KingsoftLiveV1ErrorCodeValue {
  return typeof value === 'number' && kingsoftLiveV1Codes.has(value);
}

/** Is the value a KingsoftLiveV1 error body: `Data.RetCode` a documented code and every other field of the envelope a string? Reads own data properties only and never throws. */
export function isKingsoftLiveV1ErrorBody(value: unknown): value is KingsoftLiveV1ErrorBody {
  const data = ownProperty(value, 'Data');
  return (
    isKingsoftLiveV1ErrorCode(ownProperty(data, 'RetCode')) &&
    typeof ownProperty(data, 'RetMsg') === 'string' &&
    typeof ownProperty(value, 'RequestId') === 'string'
  );
}
