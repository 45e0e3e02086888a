// Generated from tables/tencent-common.csv, tables/tencent-streamlive-list.csv by npm run generate. Do not edit.
import { ownProperty } from '../own-property.js';
import type { TencentStreamLiveErrorCodeValue } from './codes.js';
import type { TencentStreamLiveErrorBody } from './bodies.js';

/** The TencentStreamLive codes for the guards alone, as a set so a check is O(1) however many codes there are: the entries map is many times larger. Module-private, so nothing can add to it. */
const tencentStreamLiveCodes: ReadonlySet<unknown> = /* @__PURE__ */ new Set([
  'AuthFailure.InvalidSecretId',
  'AuthFailure.MFAFailure',
  'AuthFailure.SecretIdNotFound',
  'AuthFailure.SignatureExpire',
  'AuthFailure.SignatureFailure',
  'AuthFailure.TokenFailure',
  'AuthFailure.UnauthorizedOperation',
  'DryRunOperation',
  'FailedOperation',
  'InternalError',
  'InvalidAction',
  'InvalidParameter',
  'InvalidParameter.AVTemplates',
  'InvalidParameter.AlreadyAssociatedChannel',
  'InvalidParameter.AlreadyAssociatedInput',
  'InvalidParameter.AttachedInputs',
  'InvalidParameter.AudioTemplates',
  'InvalidParameter.ChannelId',
  'InvalidParameter.EndTime',
  'InvalidParameter.ExceededQuantityLimit',
  'InvalidParameter.FrameCaptureTemplates',
  'InvalidParameter.Id',
  'InvalidParameter.ImageSettings',
  'InvalidParameter.InputSettings',
  'InvalidParameter.Name',
  'InvalidParameter.NotFound',
  'InvalidParameter.NotifyKey',
  'InvalidParameter.NotifyUrl',
  'InvalidParameter.OutputGroups',
  'InvalidParameter.PageNum',
  'InvalidParameter.Period',
  'InvalidParameter.Plan',
  'InvalidParameter.SecurityGroups',
  'InvalidParameter.StartTime',
  'InvalidParameter.State',
  'InvalidParameter.StateError',
  'InvalidParameter.TextSettings',
  'InvalidParameter.Type',
  'InvalidParameter.VideoTemplates',
  'InvalidParameter.Whitelist',
  'InvalidParameterValue',
  'LimitExceeded',
  'MissingParameter',
  'NoSuchVersion',
  'RequestLimitExceeded',
  'ResourceInUse',
  'ResourceInsufficient',
  'ResourceNotFound',
  'ResourceUnavailable',
  'UnauthorizedOperation',
  'UnknownParameter',
  'UnsupportedOperation',
  'UnsupportedProtocol',
  'UnsupportedRegion',
]);

/** Is the value one of the documented TencentStreamLive codes (a string, compared exactly)? Never throws. */
export function isTencentStreamLiveErrorCode(
  value: unknown,
): value is TencentStreamLiveErrorCodeValue {
  return typeof value === 'string' && tencentStreamLiveCodes.has(value);
}

/** Is the value a TencentStreamLive error body: `Response.Error.Code` a documented code and every other field of the envelope a string? Reads own data properties only and never throws. */
export function isTencentStreamLiveErrorBody(value: unknown): value is TencentStreamLiveErrorBody {
  const response = ownProperty(value, 'Response');
  const responseError = ownProperty(response, 'Error');
  return (
    isTencentStreamLiveErrorCode(ownProperty(responseError, 'Code')) &&
    typeof ownProperty(responseError, 'Message') === 'string' &&
    typeof ownProperty(response, 'RequestId') === 'string'
  );
}
