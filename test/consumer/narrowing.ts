// A consumer's types: unknown codes are errors, a switch on a body's code narrows, parse results narrow. Every @ts-expect-error must be an error.
import {
  errorResponse,
  lookupError,
  parseErrorResponse,
  type ErrorEntry,
  type VendorError,
  type VendorErrors,
} from 'cloud-error-codes';
import {
  BaiduVodErrorCode,
  type BaiduVodErrorBody,
  type BaiduVodErrorCodeValue,
} from 'cloud-error-codes/baidu-vod';
import {
  KingsoftLiveV1ErrorCode,
  isKingsoftLiveV1ErrorBody,
  parseKingsoftLiveError,
  type KingsoftLiveErrorBody,
  type KingsoftLiveError,
  type KingsoftLiveV1ErrorBody,
} from 'cloud-error-codes/kingsoft-live';
import {
  TencentLiveErrorCode,
  type TencentLiveErrorBody,
  type TencentLiveErrorCodeValue,
} from 'cloud-error-codes/tencent-live';
import { type TencentStreamLiveErrorCodeValue } from 'cloud-error-codes/tencent-streamlive';
import {
  UpyunErrorCode,
  isUpyunErrorBody,
  parseUpyunError,
  type UpyunErrorBody,
  type UpyunErrorBodyOf,
  type UpyunErrorCodeValue,
} from 'cloud-error-codes/upyun';

// ---- code values: documented literals only

export const signatureExpired: TencentLiveErrorCodeValue = 'AuthFailure.SignatureExpire';
export const businessCode: TencentLiveErrorCodeValue = 'InternalError.NotPermmitOperat';
// @ts-expect-error a code Tencent does not document
export const unknownTencent: TencentLiveErrorCodeValue = 'AuthFailure.NoSuchFailure';
// @ts-expect-error StreamLive shares only the common codes, not CSS Live's business codes
export const notStreamLive: TencentStreamLiveErrorCodeValue = 'InternalError.NotPermmitOperat';
export const fileNotFound: UpyunErrorCodeValue = 40400001;
// @ts-expect-error a code Upyun does not document
export const unknownUpyun: UpyunErrorCodeValue = 40499999;
// @ts-expect-error Upyun's codes are numbers in the body, not strings
export const stringUpyun: UpyunErrorCodeValue = '40400001';
export const fromEnum: UpyunErrorCodeValue = UpyunErrorCode.FileOrDirectoryNotFound;
export const fromStringEnum: BaiduVodErrorCodeValue = BaiduVodErrorCode.MediaNotFound;
// @ts-expect-error the alias is a spelling of an example, not a documented code
export const alias: BaiduVodErrorCodeValue = 'MediaException.MediaNotFound';
export const enumValue: 'AuthFailure.SignatureExpire' =
  TencentLiveErrorCode.AuthFailureSignatureExpire;
export const v1Value: 8201 = KingsoftLiveV1ErrorCode.StreamIsNotOnTheBlacklist;

// ---- bodies: a switch on the vendor's own code field narrows

export function upyunBody(body: UpyunErrorBody): string {
  switch (body.code) {
    case 40400001: {
      const narrowed: UpyunErrorBodyOf<40400001> = body;
      const exact: { msg: string; code: 40400001; id: string } = body;
      // @ts-expect-error narrowed to 40400001
      const other: 40100002 = body.code;
      return narrowed.msg + exact.id + String(other);
    }
    // @ts-expect-error not a documented Upyun code
    case 40499999:
      return 'impossible';
    default:
      return body.msg;
  }
}

export function tencentBody(body: TencentLiveErrorBody): string {
  switch (body.Response.Error.Code) {
    case 'AuthFailure.SignatureExpire': {
      const code: 'AuthFailure.SignatureExpire' = body.Response.Error.Code;
      // @ts-expect-error narrowed to one code
      const other: 'InternalError' = body.Response.Error.Code;
      return code + other + body.Response.RequestId;
    }
    // @ts-expect-error not a documented CSS Live code
    case 'AuthFailure.NoSuchFailure':
      return 'impossible';
    default:
      return body.Response.Error.Message;
  }
}

export function baiduBody(body: BaiduVodErrorBody): string {
  if (body.code === 'MediaNotFound') {
    const narrowed: { requestId: string; code: 'MediaNotFound'; message: string } = body;
    return narrowed.message;
  }
  return body.requestId;
}

export function kingsoftBodies(body: KingsoftLiveErrorBody | KingsoftLiveV1ErrorBody): string {
  if ('Error' in body) {
    switch (body.Error.Code) {
      case 'InvalidParameterValue':
        return body.Error.Type + body.Error.Message;
      default:
        return body.Error.Code;
    }
  }
  const retCode: KingsoftLiveV1ErrorCode | 8201 = body.Data.RetCode;
  return String(retCode) + body.Data.RetMsg;
}

// ---- guards narrow unknown values

export function guarded(value: unknown): number | string | undefined {
  if (isUpyunErrorBody(value)) {
    const code: UpyunErrorCodeValue = value.code;
    return code;
  }
  if (isKingsoftLiveV1ErrorBody(value)) return value.Data.RetCode;
  // @ts-expect-error unknown is not narrowed without a guard
  return value.code;
}

// ---- parsed errors: known errors carry the documented code and entry

export function kingsoftError(error: KingsoftLiveError): string {
  if (!error.known) {
    // @ts-expect-error an undocumented code has no entry
    return error.entry.name;
  }
  const entry: ErrorEntry = error.entry;
  switch (error.code) {
    case 'InvalidParameterValue':
      return entry.message ?? '';
    case 8201:
      return entry.name;
    // @ts-expect-error not a Kingsoft Live code
    case 'NoSuchCode':
      return '';
    default:
      return String(error.code);
  }
}

export function anyVendor(error: VendorError): string {
  switch (error.vendor) {
    case 'upyun':
      if (error.known) {
        const code: UpyunErrorCodeValue = error.code;
        return String(code);
      }
      return String(error.code);
    case 'tencent-live':
      return error.known ? error.code : String(error.code);
    default:
      return error.vendor;
  }
}

export function parsed(status: number, text: string): VendorErrors['upyun'] | null {
  const viaRoot = parseErrorResponse('upyun', status, text);
  const viaSubpath = parseUpyunError(status, text);
  const viaKingsoft: KingsoftLiveError | null = parseKingsoftLiveError(status, text);
  return viaRoot ?? viaSubpath ?? (viaKingsoft === null ? null : null);
}

// ---- lookups and responses take vendor ids and documented codes

export const entry: ErrorEntry | undefined = lookupError(
  'kingsoft-live',
  'InvalidParameterValue',
  'The input parameter value type error.',
);
// @ts-expect-error not a vendor of the package
lookupError('aws', 'AccessDenied');
export const response = errorResponse('upyun', 40400001, { requestId: 'r' });
// @ts-expect-error errorResponse takes documented codes only
errorResponse('upyun', 40499999);

// ---- categories: a switch over every category is exhaustive, so a new category breaks the build here

export function retryAdvice(error: VendorError): string {
  switch (error.category) {
    case 'auth':
    case 'permission':
      return 'fix the credentials or the policy';
    case 'invalid-request':
    case 'not-found':
    case 'conflict':
      return 'fix the request';
    case 'rate-limit':
    case 'unavailable':
    case 'internal':
      return error.retryable ? 'retry with backoff' : 'report it';
    case 'quota':
      return 'raise the quota';
    case 'dry-run':
      return 'the dry run would have succeeded';
    case 'unknown':
      return 'look at the message';
    default: {
      const unreachable: never = error.category;
      return unreachable;
    }
  }
}

export function upyunCategory(error: VendorError): string {
  if (error.vendor !== 'upyun') return '';
  switch (error.category) {
    case 'auth':
    case 'permission':
    case 'invalid-request':
    case 'not-found':
    case 'conflict':
    case 'rate-limit':
    case 'quota':
    case 'unavailable':
    case 'internal':
    case 'dry-run':
    case 'unknown':
      return error.category;
    default: {
      const unreachable: never = error.category;
      return unreachable;
    }
  }
}

export function incompleteSwitch(error: VendorError): string {
  switch (error.category) {
    case 'auth':
      return 'auth';
    default: {
      // @ts-expect-error the other categories are not handled: the switch is not exhaustive
      const unreachable: never = error.category;
      return unreachable;
    }
  }
}
