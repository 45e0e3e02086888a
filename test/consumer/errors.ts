// A consumer's types for errors: CloudApiError narrows by one check, getError takes documented literals only, errorResponse takes aliases. Every @ts-expect-error must be an error.
import {
  CloudApiError,
  errorResponse,
  fromBceSdkError as fromBceSdkErrorAnyProduct,
  fromTencentCloudSdkError as fromTencentCloudSdkErrorAnyProduct,
  getError,
  isCloudApiError,
  isRetryable,
  lookupError,
  parseErrorResponse,
  toError,
  type CloudApiErrorOf,
  type ErrorEntry,
  type ErrorEntryOf,
  type TencentCloudProduct,
  type VendorError,
} from 'cloud-error-codes';
import { fromBceSdkError, type BaiduVodError } from 'cloud-error-codes/baidu-vod';
import {
  CloudApiError as CloudApiErrorOfSubpath,
  fromTencentCloudSdkError,
  parseTencentLiveError,
  type TencentLiveError,
  type TencentLiveErrorCodeValue,
} from 'cloud-error-codes/tencent-live';
import { parseUpyunError, type UpyunErrorCodeValue } from 'cloud-error-codes/upyun';

// ---- one check narrows a caught error to a vendor's codes

export function handle(e: unknown): string {
  if (isCloudApiError(e, 'tencent-live')) {
    const vendor: 'tencent-live' = e.vendor;
    if (e.known) {
      const code: TencentLiveErrorCodeValue = e.code;
      const entry: ErrorEntry = e.entry;
      switch (e.code) {
        case 'AuthFailure.SignatureExpire':
          return `${vendor} ${code} ${entry.name}`;
        // @ts-expect-error not a documented CSS Live code
        case 'AuthFailure.SignatureExpird':
          return 'impossible';
        default:
          return e.code;
      }
    }
    // @ts-expect-error an undocumented code has no entry
    return e.entry.name;
  }
  if (isCloudApiError(e, 'upyun') && e.known) {
    const code: UpyunErrorCodeValue = e.code;
    return String(code);
  }
  if (isCloudApiError(e)) {
    // Any vendor: the vendor discriminates, as VendorError does.
    switch (e.vendor) {
      case 'baidu-vod':
        return e.known ? e.code : String(e.code);
      default:
        return e.vendor;
    }
  }
  if (e instanceof CloudApiError) {
    const error: Error = e;
    const fields: [string, string | number, boolean, number, string | undefined, unknown] = [
      e.name,
      e.code,
      e.retryable,
      e.httpStatus,
      e.requestId,
      e.cause,
    ];
    return error.message + fields.join();
  }
  return 'not a cloud API error';
}

// @ts-expect-error not a vendor of the package
export const noSuchVendor = (e: unknown) => isCloudApiError(e, 'aws');

// ---- the class is the same from the root and from a subpath, and a CloudApiError is a parsed error too

export const sameClass: typeof CloudApiError = CloudApiErrorOfSubpath;
export function asParsed(e: CloudApiErrorOf<TencentLiveError>): VendorError {
  const retry: boolean = isRetryable(e);
  return retry ? e : e;
}

// ---- parsers and adapters answer a plain object, or with { as: 'error' } a CloudApiError to throw

export function parseAndThrow(status: number, text: string): TencentLiveError | null {
  const thrown = parseTencentLiveError(status, text, { as: 'error' });
  if (thrown !== null) {
    const error: Error = thrown;
    if (thrown.known) {
      const code: TencentLiveErrorCodeValue = thrown.code;
      throw new Error(code, { cause: error });
    }
    throw thrown;
  }
  const plain = parseTencentLiveError(status, text);
  // @ts-expect-error the plain result is not an Error
  const notAnError: Error | null = plain;
  return notAnError === null ? plain : plain;
}

export function adapters(err: unknown): string {
  const live: CloudApiErrorOf<TencentLiveError> | null = fromTencentCloudSdkError(err, {
    as: 'error',
  });
  const vod: BaiduVodError | null = fromBceSdkError(err);
  const root = fromTencentCloudSdkErrorAnyProduct(err, 'tencent-streamlive', { as: 'error' });
  const rootVod = fromBceSdkErrorAnyProduct(err);
  const products: TencentCloudProduct[] = ['tencent-live', 'tencent-streamlive'];
  // @ts-expect-error Baidu VOD errors do not come through the Tencent Cloud SDK
  fromTencentCloudSdkErrorAnyProduct(err, 'baidu-vod');
  const upyun = parseUpyunError(404, '{}', { as: 'error' });
  const anyVendor = parseErrorResponse('kingsoft-live', 400, '{}', { as: 'error' });
  return [live, vod, root, rootVod, upyun, anyVendor, products].join();
}

export function wrap(error: TencentLiveError): CloudApiErrorOf<TencentLiveError> {
  const thrown = toError(error);
  if (thrown.known) {
    const code: TencentLiveErrorCodeValue = thrown.code;
    return code === 'InternalError' ? thrown : thrown;
  }
  return thrown;
}

// ---- getError: documented literals only, typed as defined

export const expired: ErrorEntryOf<'tencent-live', 'AuthFailure.SignatureExpire'> = getError(
  'tencent-live',
  'AuthFailure.SignatureExpire',
);
export const expiredCode: 'AuthFailure.SignatureExpire' = getError(
  'tencent-live',
  'AuthFailure.SignatureExpire',
).code;
export const vendorOfEntry: 'upyun' = getError('upyun', 40400001).vendor;
export const numericCode: 40400001 = getError('upyun', 40400001).code;
export const viaAlias: 'MediaNotFound' = getError('baidu-vod', 'MediaException.MediaNotFound').code;
export const variant: ErrorEntry = getError(
  'kingsoft-live',
  'InvalidParameterValue',
  'The input parameter value type error.',
);
// @ts-expect-error a misspelt code is a compile error
getError('tencent-live', 'AuthFailure.SignatureExpird');
// @ts-expect-error StreamLive shares only the common codes, not CSS Live's business codes
getError('tencent-streamlive', 'InternalError.NotPermmitOperat');
// @ts-expect-error Upyun's codes are numbers
getError('upyun', '40400001');
// @ts-expect-error not a vendor of the package
getError('aws', 'AccessDenied');
// lookupError stays for strings of unknown origin: any string, and undefined when undocumented.
export const fromLog: ErrorEntry | undefined = lookupError('tencent-live', String(Date.now()));

// ---- errorResponse takes a documented code or an alias

export const aliased = errorResponse('baidu-vod', 'MediaException.MediaNotFound');
export const documented = errorResponse('baidu-vod', 'MediaNotFound');
// @ts-expect-error not a documented code nor an alias
errorResponse('baidu-vod', 'MediaException.MediaNotFund');
// @ts-expect-error an alias is Baidu's, not Tencent's
errorResponse('tencent-live', 'MediaException.MediaNotFound');
