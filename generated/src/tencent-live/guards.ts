// Generated from tables/tencent-common.csv, tables/tencent-live.csv by npm run generate. Do not edit.
import { ownProperty } from '../own-property.js';
import type { TencentLiveErrorCodeValue } from './codes.js';
import type { TencentLiveErrorBody } from './bodies.js';

/** The TencentLive codes for the guards alone, as a set so a check is O(1) however many codes there are: the entries map is many times larger. Module-private, so nothing can add to it. */
const tencentLiveCodes: ReadonlySet<unknown> = /* @__PURE__ */ new Set([
  'AuthFailure.InvalidSecretId',
  'AuthFailure.MFAFailure',
  'AuthFailure.SecretIdNotFound',
  'AuthFailure.SignatureExpire',
  'AuthFailure.SignatureFailure',
  'AuthFailure.TokenFailure',
  'AuthFailure.UnauthorizedOperation',
  'DryRunOperation',
  'FailedOperation',
  'FailedOperation.InvokeVideoApiFail',
  'InternalError',
  'InternalError.ArgsNotMatch',
  'InternalError.CallOtherSvrError',
  'InternalError.ConfInUsed',
  'InternalError.ConfNotFound',
  'InternalError.ConfOutLimit',
  'InternalError.ConfigNotExist',
  'InternalError.ConnectDbError',
  'InternalError.CrtDateInUsing',
  'InternalError.CrtDateNotFound',
  'InternalError.CrtDateNotLegal',
  'InternalError.CrtDateOverdue',
  'InternalError.CrtDomainNotFound',
  'InternalError.CrtKeyNotMatch',
  'InternalError.DBError',
  'InternalError.GetBizidError',
  'InternalError.GetStreamInfoError',
  'InternalError.GetUpstreamInfoError',
  'InternalError.GetWatermarkError',
  'InternalError.InvalidInput',
  'InternalError.InvalidUser',
  'InternalError.NotFound',
  'InternalError.NotPermmitOperat',
  'InternalError.PlayDomainNoRecord',
  'InternalError.ProcessorAlreadyExist',
  'InternalError.PushDomainNoRecord',
  'InternalError.RuleAlreadyExist',
  'InternalError.RuleInUsing',
  'InternalError.RuleNotFound',
  'InternalError.RuleOutLimit',
  'InternalError.StreamStatusError',
  'InternalError.SystemError',
  'InternalError.UpdateDataError',
  'InternalError.WatermarkEditError',
  'InternalError.WatermarkNotExist',
  'InvalidAction',
  'InvalidParameter',
  'InvalidParameterValue',
  'LimitExceeded',
  'MissingParameter',
  'NoSuchVersion',
  'RequestLimitExceeded',
  'ResourceInUse',
  'ResourceInsufficient',
  'ResourceNotFound',
  'ResourceNotFound.TaskId',
  'ResourceUnavailable',
  'UnauthorizedOperation',
  'UnknownParameter',
  'UnsupportedOperation',
  'UnsupportedProtocol',
  'UnsupportedRegion',
]);

/** Is the value one of the documented TencentLive codes (a string, compared exactly)? Never throws. */
export function isTencentLiveErrorCode(value: unknown): value is TencentLiveErrorCodeValue {
  return typeof value === 'string' && tencentLiveCodes.has(value);
}

/** Is the value a TencentLive error body: `Response.Error.Code` a documented code and every other field of the envelope a string? Reads own data properties only and never throws. */
export function isTencentLiveErrorBody(value: unknown): value is TencentLiveErrorBody {
  const response = ownProperty(value, 'Response');
  const responseError = ownProperty(response, 'Error');
  return (
    isTencentLiveErrorCode(ownProperty(responseError, 'Code')) &&
    typeof ownProperty(responseError, 'Message') === 'string' &&
    typeof ownProperty(response, 'RequestId') === 'string'
  );
}
