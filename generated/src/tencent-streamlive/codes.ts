// Generated from tables/tencent-common.csv, tables/tencent-streamlive-list.csv by npm run generate. Do not edit.
/**
 * Error codes of Tencent Cloud 媒体直播 StreamLive (API `mdl`), as the error body carries them in `Response.Error.Code`.
 *
 * Documents: Responses › Common Error Codes (2026-02-03); tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions (2026-08-21).
 */
export enum TencentStreamLiveErrorCode {
  /**
   * 密钥非法（不是云 API 密钥类型）。
   *
   * Invalid key (not a TencentCloud API key type).
   *
   * - Category: `auth`, not retryable
   * - Document: Responses › Common Error Codes
   */
  AuthFailureInvalidSecretId = 'AuthFailure.InvalidSecretId',
  /**
   * MFA 错误。
   *
   * MFA failed.
   *
   * - Category: `auth`, not retryable
   * - Document: Responses › Common Error Codes
   */
  AuthFailureMFAFailure = 'AuthFailure.MFAFailure',
  /**
   * 密钥不存在。 请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。
   *
   * The key does not exist.
   *
   * - Category: `auth`, not retryable
   * - Document: Responses › Common Error Codes
   */
  AuthFailureSecretIdNotFound = 'AuthFailure.SecretIdNotFound',
  /**
   * 签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。
   *
   * Signature expired.
   *
   * - Category: `auth`, not retryable
   * - Document: Responses › Common Error Codes
   */
  AuthFailureSignatureExpire = 'AuthFailure.SignatureExpire',
  /**
   * 签名错误。 签名计算错误，请对照调用方式中的接口鉴权文档检查签名计算过程。
   *
   * Signature error.
   *
   * - Category: `auth`, not retryable
   * - Document: Responses › Common Error Codes
   */
  AuthFailureSignatureFailure = 'AuthFailure.SignatureFailure',
  /**
   * token 错误。
   *
   * Token error.
   *
   * - Category: `auth`, not retryable
   * - Document: Responses › Common Error Codes
   */
  AuthFailureTokenFailure = 'AuthFailure.TokenFailure',
  /**
   * 请求未 CAM 授权。
   *
   * The request does not have CAM authorization.
   *
   * - Category: `permission`, not retryable
   * - Document: Responses › Common Error Codes
   */
  AuthFailureUnauthorizedOperation = 'AuthFailure.UnauthorizedOperation',
  /**
   * DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
   *
   * DryRun Operation. It means that the request would have succeeded, but the DryRun parameter was used.
   *
   * - Category: `dry-run`, not retryable
   * - Document: Responses › Common Error Codes
   */
  DryRunOperation = 'DryRunOperation',
  /**
   * 操作失败。
   *
   * Operation failed.
   *
   * - Category: `unknown`, not retryable
   * - Document: Responses › Common Error Codes
   */
  FailedOperation = 'FailedOperation',
  /**
   * 内部错误。
   *
   * Internal error.
   *
   * - Category: `internal`, retryable
   * - Document: Responses › Common Error Codes
   */
  InternalError = 'InternalError',
  /**
   * 接口不存在。
   *
   * The API does not exist.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: Responses › Common Error Codes
   */
  InvalidAction = 'InvalidAction',
  /**
   * 参数错误。
   *
   * Incorrect parameter.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: Responses › Common Error Codes
   */
  InvalidParameter = 'InvalidParameter',
  /**
   * Audio/Video transcoding template error
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterAVTemplates = 'InvalidParameter.AVTemplates',
  /**
   * `Channel` already associated.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterAlreadyAssociatedChannel = 'InvalidParameter.AlreadyAssociatedChannel',
  /**
   * `Input` already associated.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterAlreadyAssociatedInput = 'InvalidParameter.AlreadyAssociatedInput',
  /**
   * Invalid `AttachedInputs`.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterAttachedInputs = 'InvalidParameter.AttachedInputs',
  /**
   * Incorrect audio transcoding template.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterAudioTemplates = 'InvalidParameter.AudioTemplates',
  /**
   * Channel ID error.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterChannelId = 'InvalidParameter.ChannelId',
  /**
   * Invalid `EndTime`.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterEndTime = 'InvalidParameter.EndTime',
  /**
   * The quantity exceeds the limit.
   *
   * - Category: `quota`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterExceededQuantityLimit = 'InvalidParameter.ExceededQuantityLimit',
  /**
   * Screenshot template parameter error.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterFrameCaptureTemplates = 'InvalidParameter.FrameCaptureTemplates',
  /**
   * Invalid `Id`.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterId = 'InvalidParameter.Id',
  /**
   * Watermark image configuration error.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterImageSettings = 'InvalidParameter.ImageSettings',
  /**
   * Invalid `InputSettings`.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterInputSettings = 'InvalidParameter.InputSettings',
  /**
   * Invalid `Name`.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterName = 'InvalidParameter.Name',
  /**
   * Not found.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterNotFound = 'InvalidParameter.NotFound',
  /**
   * Callback key format error.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterNotifyKey = 'InvalidParameter.NotifyKey',
  /**
   * Callback URL format error.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterNotifyUrl = 'InvalidParameter.NotifyUrl',
  /**
   * Invalid `OutputGroups`.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterOutputGroups = 'InvalidParameter.OutputGroups',
  /**
   * Page number error.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterPageNum = 'InvalidParameter.PageNum',
  /**
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterPeriod = 'InvalidParameter.Period',
  /**
   * Invalid `Plan` parameter
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterPlan = 'InvalidParameter.Plan',
  /**
   * Invalid `SecurityGroups`.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterSecurityGroups = 'InvalidParameter.SecurityGroups',
  /**
   * Invalid `StartTime`.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterStartTime = 'InvalidParameter.StartTime',
  /**
   * Exceptional status.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterState = 'InvalidParameter.State',
  /**
   * Incorrect status.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterStateError = 'InvalidParameter.StateError',
  /**
   * Watermark text configuration error.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterTextSettings = 'InvalidParameter.TextSettings',
  /**
   * Invalid `Type`.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterType = 'InvalidParameter.Type',
  /**
   * Incorrect video transcoding template.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterVideoTemplates = 'InvalidParameter.VideoTemplates',
  /**
   * Invalid `Whitelist`.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go-intl-en mdl/v20200326/errors.go › error codes for specific actions
   */
  InvalidParameterWhitelist = 'InvalidParameter.Whitelist',
  /**
   * 参数取值错误。
   *
   * Invalid parameter value.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: Responses › Common Error Codes
   */
  InvalidParameterValue = 'InvalidParameterValue',
  /**
   * 超过配额限制。
   *
   * Quota limit exceeded.
   *
   * - Category: `quota`, not retryable
   * - Document: Responses › Common Error Codes
   */
  LimitExceeded = 'LimitExceeded',
  /**
   * 缺少参数错误。
   *
   * A parameter is missing.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: Responses › Common Error Codes
   */
  MissingParameter = 'MissingParameter',
  /**
   * 接口版本不存在。
   *
   * The API version does not exist.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: Responses › Common Error Codes
   */
  NoSuchVersion = 'NoSuchVersion',
  /**
   * 请求的次数超过了频率限制。
   *
   * The number of requests exceeds the frequency limit.
   *
   * - Category: `rate-limit`, retryable
   * - Document: Responses › Common Error Codes
   */
  RequestLimitExceeded = 'RequestLimitExceeded',
  /**
   * 资源被占用。
   *
   * Resource is in use.
   *
   * - Category: `conflict`, not retryable
   * - Document: Responses › Common Error Codes
   */
  ResourceInUse = 'ResourceInUse',
  /**
   * 资源不足。
   *
   * Insufficient resource.
   *
   * - Category: `unavailable`, retryable
   * - Document: Responses › Common Error Codes
   */
  ResourceInsufficient = 'ResourceInsufficient',
  /**
   * 资源不存在。
   *
   * The resource does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: Responses › Common Error Codes
   */
  ResourceNotFound = 'ResourceNotFound',
  /**
   * 资源不可用。
   *
   * Resource is unavailable.
   *
   * - Category: `unavailable`, retryable
   * - Document: Responses › Common Error Codes
   */
  ResourceUnavailable = 'ResourceUnavailable',
  /**
   * 未授权操作。
   *
   * Unauthorized operation.
   *
   * - Category: `permission`, not retryable
   * - Document: Responses › Common Error Codes
   */
  UnauthorizedOperation = 'UnauthorizedOperation',
  /**
   * 未知参数错误。
   *
   * Unknown parameter.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: Responses › Common Error Codes
   */
  UnknownParameter = 'UnknownParameter',
  /**
   * 操作不支持。
   *
   * Unsupported operation.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: Responses › Common Error Codes
   */
  UnsupportedOperation = 'UnsupportedOperation',
  /**
   * http(s)请求协议错误，只支持 GET 和 POST 请求。
   *
   * HTTPS request method error. Only GET and POST requests are supported.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: Responses › Common Error Codes
   */
  UnsupportedProtocol = 'UnsupportedProtocol',
  /**
   * 接口不支持所传地域。
   *
   * API does not support the requested region.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: Responses › Common Error Codes
   */
  UnsupportedRegion = 'UnsupportedRegion',
}

/** A code of {@link TencentStreamLiveErrorCode} as a literal string, usable without the enum. */
export type TencentStreamLiveErrorCodeValue =
  | 'AuthFailure.InvalidSecretId'
  | 'AuthFailure.MFAFailure'
  | 'AuthFailure.SecretIdNotFound'
  | 'AuthFailure.SignatureExpire'
  | 'AuthFailure.SignatureFailure'
  | 'AuthFailure.TokenFailure'
  | 'AuthFailure.UnauthorizedOperation'
  | 'DryRunOperation'
  | 'FailedOperation'
  | 'InternalError'
  | 'InvalidAction'
  | 'InvalidParameter'
  | 'InvalidParameter.AVTemplates'
  | 'InvalidParameter.AlreadyAssociatedChannel'
  | 'InvalidParameter.AlreadyAssociatedInput'
  | 'InvalidParameter.AttachedInputs'
  | 'InvalidParameter.AudioTemplates'
  | 'InvalidParameter.ChannelId'
  | 'InvalidParameter.EndTime'
  | 'InvalidParameter.ExceededQuantityLimit'
  | 'InvalidParameter.FrameCaptureTemplates'
  | 'InvalidParameter.Id'
  | 'InvalidParameter.ImageSettings'
  | 'InvalidParameter.InputSettings'
  | 'InvalidParameter.Name'
  | 'InvalidParameter.NotFound'
  | 'InvalidParameter.NotifyKey'
  | 'InvalidParameter.NotifyUrl'
  | 'InvalidParameter.OutputGroups'
  | 'InvalidParameter.PageNum'
  | 'InvalidParameter.Period'
  | 'InvalidParameter.Plan'
  | 'InvalidParameter.SecurityGroups'
  | 'InvalidParameter.StartTime'
  | 'InvalidParameter.State'
  | 'InvalidParameter.StateError'
  | 'InvalidParameter.TextSettings'
  | 'InvalidParameter.Type'
  | 'InvalidParameter.VideoTemplates'
  | 'InvalidParameter.Whitelist'
  | 'InvalidParameterValue'
  | 'LimitExceeded'
  | 'MissingParameter'
  | 'NoSuchVersion'
  | 'RequestLimitExceeded'
  | 'ResourceInUse'
  | 'ResourceInsufficient'
  | 'ResourceNotFound'
  | 'ResourceUnavailable'
  | 'UnauthorizedOperation'
  | 'UnknownParameter'
  | 'UnsupportedOperation'
  | 'UnsupportedProtocol'
  | 'UnsupportedRegion';
