// Generated from tables/tencent-common.csv, tables/tencent-live.csv by npm run generate. Do not edit.
/**
 * Error codes of 腾讯云 云直播 CSS (API `live`), as the error body carries them in `Response.Error.Code`.
 *
 * Documents: 错误码 › 公共错误码; 错误码 › 业务错误码.
 */
export enum TencentLiveErrorCode {
  /**
   * 密钥非法（不是云 API 密钥类型）。
   *
   * Invalid key (not a TencentCloud API key type).
   *
   * - Category: `auth`, not retryable
   * - Document: 错误码 › 公共错误码
   */
  AuthFailureInvalidSecretId = 'AuthFailure.InvalidSecretId',
  /**
   * MFA 错误。
   *
   * MFA failed.
   *
   * - Category: `auth`, not retryable
   * - Document: 错误码 › 公共错误码
   */
  AuthFailureMFAFailure = 'AuthFailure.MFAFailure',
  /**
   * 密钥不存在。 请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。
   *
   * The key does not exist.
   *
   * - Category: `auth`, not retryable
   * - Document: 错误码 › 公共错误码
   */
  AuthFailureSecretIdNotFound = 'AuthFailure.SecretIdNotFound',
  /**
   * 签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。
   *
   * Signature expired.
   *
   * - Category: `auth`, not retryable
   * - Document: 错误码 › 公共错误码
   */
  AuthFailureSignatureExpire = 'AuthFailure.SignatureExpire',
  /**
   * 签名错误。 签名计算错误，请对照调用方式中的接口鉴权文档检查签名计算过程。
   *
   * Signature error.
   *
   * - Category: `auth`, not retryable
   * - Document: 错误码 › 公共错误码
   */
  AuthFailureSignatureFailure = 'AuthFailure.SignatureFailure',
  /**
   * token 错误。
   *
   * Token error.
   *
   * - Category: `auth`, not retryable
   * - Document: 错误码 › 公共错误码
   */
  AuthFailureTokenFailure = 'AuthFailure.TokenFailure',
  /**
   * 请求未 CAM 授权。
   *
   * The request does not have CAM authorization.
   *
   * - Category: `permission`, not retryable
   * - Document: 错误码 › 公共错误码
   */
  AuthFailureUnauthorizedOperation = 'AuthFailure.UnauthorizedOperation',
  /**
   * `DryRunOperation` has 2 documented variants, in document order.
   *
   * **Variant 1.** DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
   * DryRun Operation. It means that the request would have succeeded, but the DryRun parameter was used.
   * - Category: `dry-run`, not retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** DryRun操作，代表请求将会是成功的，只是多传了DryRun参数
   * - Category: `dry-run`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  DryRunOperation = 'DryRunOperation',
  /**
   * `FailedOperation` has 2 documented variants, in document order.
   *
   * **Variant 1.** 操作失败。
   * Operation failed.
   * - Category: `unknown`, not retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 操作失败
   * - Category: `unknown`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  FailedOperation = 'FailedOperation',
  /**
   * 操作点播接口异常。
   *
   * - Category: `unavailable`, retryable
   * - Document: 错误码 › 业务错误码
   */
  FailedOperationInvokeVideoApiFail = 'FailedOperation.InvokeVideoApiFail',
  /**
   * `InternalError` has 2 documented variants, in document order.
   *
   * **Variant 1.** 内部错误。
   * Internal error.
   * - Category: `internal`, retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 内部错误
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalError = 'InternalError',
  /**
   * 针对添加转码模版的接口。
   *
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorArgsNotMatch = 'InternalError.ArgsNotMatch',
  /**
   * 调用内部服务错误。
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorCallOtherSvrError = 'InternalError.CallOtherSvrError',
  /**
   * 模版使用中。
   *
   * - Category: `conflict`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorConfInUsed = 'InternalError.ConfInUsed',
  /**
   * 模版不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorConfNotFound = 'InternalError.ConfNotFound',
  /**
   * 模版数量超过显示。
   *
   * - Category: `quota`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorConfOutLimit = 'InternalError.ConfOutLimit',
  /**
   * 配置不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorConfigNotExist = 'InternalError.ConfigNotExist',
  /**
   * DB连接错误。
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorConnectDbError = 'InternalError.ConnectDbError',
  /**
   * 证书使用中。
   *
   * - Category: `conflict`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorCrtDateInUsing = 'InternalError.CrtDateInUsing',
  /**
   * 证书不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorCrtDateNotFound = 'InternalError.CrtDateNotFound',
  /**
   * 证书不合法。
   *
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorCrtDateNotLegal = 'InternalError.CrtDateNotLegal',
  /**
   * 证书过期。
   *
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorCrtDateOverdue = 'InternalError.CrtDateOverdue',
  /**
   * 没有相关域名。
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorCrtDomainNotFound = 'InternalError.CrtDomainNotFound',
  /**
   * 证书Key不匹配。
   *
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorCrtKeyNotMatch = 'InternalError.CrtKeyNotMatch',
  /**
   * DB执行错误。
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorDBError = 'InternalError.DBError',
  /**
   * 获取用户账号错误。
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorGetBizidError = 'InternalError.GetBizidError',
  /**
   * 获取流信息失败。
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorGetStreamInfoError = 'InternalError.GetStreamInfoError',
  /**
   * 获取直播源信息错误。
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorGetUpstreamInfoError = 'InternalError.GetUpstreamInfoError',
  /**
   * 获取水印错误。
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorGetWatermarkError = 'InternalError.GetWatermarkError',
  /**
   * 参数检校不通过。
   *
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorInvalidInput = 'InternalError.InvalidInput',
  /**
   * 账号信息错误。
   *
   * - Category: `permission`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorInvalidUser = 'InternalError.InvalidUser',
  /**
   * 记录不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorNotFound = 'InternalError.NotFound',
  /**
   * 无权限操作。
   *
   * - Category: `permission`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorNotPermmitOperat = 'InternalError.NotPermmitOperat',
  /**
   * 播放域名不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorPlayDomainNoRecord = 'InternalError.PlayDomainNoRecord',
  /**
   * 转码模板名称已经存在。
   *
   * - Category: `conflict`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorProcessorAlreadyExist = 'InternalError.ProcessorAlreadyExist',
  /**
   * 推流域名不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorPushDomainNoRecord = 'InternalError.PushDomainNoRecord',
  /**
   * 规则已经配置。
   *
   * - Category: `conflict`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorRuleAlreadyExist = 'InternalError.RuleAlreadyExist',
  /**
   * 规则使用中。
   *
   * - Category: `conflict`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorRuleInUsing = 'InternalError.RuleInUsing',
  /**
   * 规则不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorRuleNotFound = 'InternalError.RuleNotFound',
  /**
   * 规则超过限制。
   *
   * - Category: `quota`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorRuleOutLimit = 'InternalError.RuleOutLimit',
  /**
   * 流状态异常。
   *
   * - Category: `conflict`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorStreamStatusError = 'InternalError.StreamStatusError',
  /**
   * 系统内部错误。
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorSystemError = 'InternalError.SystemError',
  /**
   * 更新数据失败。
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorUpdateDataError = 'InternalError.UpdateDataError',
  /**
   * 水印修改内部错误。
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorWatermarkEditError = 'InternalError.WatermarkEditError',
  /**
   * 水印不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorWatermarkNotExist = 'InternalError.WatermarkNotExist',
  /**
   * 接口不存在。
   *
   * The API does not exist.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 公共错误码
   */
  InvalidAction = 'InvalidAction',
  /**
   * `InvalidParameter` has 2 documented variants, in document order.
   *
   * **Variant 1.** 参数错误。
   * Incorrect parameter.
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 参数错误
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InvalidParameter = 'InvalidParameter',
  /**
   * `InvalidParameterValue` has 2 documented variants, in document order.
   *
   * **Variant 1.** 参数取值错误。
   * Invalid parameter value.
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 参数取值错误
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InvalidParameterValue = 'InvalidParameterValue',
  /**
   * `LimitExceeded` has 2 documented variants, in document order.
   *
   * **Variant 1.** 超过配额限制。
   * Quota limit exceeded.
   * - Category: `quota`, not retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 超过配额限制
   * - Category: `quota`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  LimitExceeded = 'LimitExceeded',
  /**
   * `MissingParameter` has 2 documented variants, in document order.
   *
   * **Variant 1.** 缺少参数错误。
   * A parameter is missing.
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 缺少参数错误
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  MissingParameter = 'MissingParameter',
  /**
   * 接口版本不存在。
   *
   * The API version does not exist.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 公共错误码
   */
  NoSuchVersion = 'NoSuchVersion',
  /**
   * 请求的次数超过了频率限制。
   *
   * The number of requests exceeds the frequency limit.
   *
   * - Category: `rate-limit`, retryable
   * - Document: 错误码 › 公共错误码
   */
  RequestLimitExceeded = 'RequestLimitExceeded',
  /**
   * `ResourceInUse` has 2 documented variants, in document order.
   *
   * **Variant 1.** 资源被占用。
   * Resource is in use.
   * - Category: `conflict`, not retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 资源被占用
   * - Category: `conflict`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  ResourceInUse = 'ResourceInUse',
  /**
   * `ResourceInsufficient` has 2 documented variants, in document order.
   *
   * **Variant 1.** 资源不足。
   * Insufficient resource.
   * - Category: `unavailable`, retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 资源不足
   * - Category: `unavailable`, retryable
   * - Document: 错误码 › 业务错误码
   */
  ResourceInsufficient = 'ResourceInsufficient',
  /**
   * `ResourceNotFound` has 2 documented variants, in document order.
   *
   * **Variant 1.** 资源不存在。
   * The resource does not exist.
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 资源不存在
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  ResourceNotFound = 'ResourceNotFound',
  /**
   * TaskId不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  ResourceNotFoundTaskId = 'ResourceNotFound.TaskId',
  /**
   * `ResourceUnavailable` has 2 documented variants, in document order.
   *
   * **Variant 1.** 资源不可用。
   * Resource is unavailable.
   * - Category: `unavailable`, retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 资源不可用
   * - Category: `unavailable`, retryable
   * - Document: 错误码 › 业务错误码
   */
  ResourceUnavailable = 'ResourceUnavailable',
  /**
   * `UnauthorizedOperation` has 2 documented variants, in document order.
   *
   * **Variant 1.** 未授权操作。
   * Unauthorized operation.
   * - Category: `permission`, not retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 未授权操作
   * - Category: `permission`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  UnauthorizedOperation = 'UnauthorizedOperation',
  /**
   * `UnknownParameter` has 2 documented variants, in document order.
   *
   * **Variant 1.** 未知参数错误。
   * Unknown parameter.
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 未知参数错误
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  UnknownParameter = 'UnknownParameter',
  /**
   * `UnsupportedOperation` has 2 documented variants, in document order.
   *
   * **Variant 1.** 操作不支持。
   * Unsupported operation.
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 操作不支持
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  UnsupportedOperation = 'UnsupportedOperation',
  /**
   * http(s)请求协议错误，只支持 GET 和 POST 请求。
   *
   * HTTPS request method error. Only GET and POST requests are supported.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 公共错误码
   */
  UnsupportedProtocol = 'UnsupportedProtocol',
  /**
   * 接口不支持所传地域。
   *
   * API does not support the requested region.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 公共错误码
   */
  UnsupportedRegion = 'UnsupportedRegion',
}

/** A code of {@link TencentLiveErrorCode} as a literal string, usable without the enum. */
export type TencentLiveErrorCodeValue =
  | 'AuthFailure.InvalidSecretId'
  | 'AuthFailure.MFAFailure'
  | 'AuthFailure.SecretIdNotFound'
  | 'AuthFailure.SignatureExpire'
  | 'AuthFailure.SignatureFailure'
  | 'AuthFailure.TokenFailure'
  | 'AuthFailure.UnauthorizedOperation'
  | 'DryRunOperation'
  | 'FailedOperation'
  | 'FailedOperation.InvokeVideoApiFail'
  | 'InternalError'
  | 'InternalError.ArgsNotMatch'
  | 'InternalError.CallOtherSvrError'
  | 'InternalError.ConfInUsed'
  | 'InternalError.ConfNotFound'
  | 'InternalError.ConfOutLimit'
  | 'InternalError.ConfigNotExist'
  | 'InternalError.ConnectDbError'
  | 'InternalError.CrtDateInUsing'
  | 'InternalError.CrtDateNotFound'
  | 'InternalError.CrtDateNotLegal'
  | 'InternalError.CrtDateOverdue'
  | 'InternalError.CrtDomainNotFound'
  | 'InternalError.CrtKeyNotMatch'
  | 'InternalError.DBError'
  | 'InternalError.GetBizidError'
  | 'InternalError.GetStreamInfoError'
  | 'InternalError.GetUpstreamInfoError'
  | 'InternalError.GetWatermarkError'
  | 'InternalError.InvalidInput'
  | 'InternalError.InvalidUser'
  | 'InternalError.NotFound'
  | 'InternalError.NotPermmitOperat'
  | 'InternalError.PlayDomainNoRecord'
  | 'InternalError.ProcessorAlreadyExist'
  | 'InternalError.PushDomainNoRecord'
  | 'InternalError.RuleAlreadyExist'
  | 'InternalError.RuleInUsing'
  | 'InternalError.RuleNotFound'
  | 'InternalError.RuleOutLimit'
  | 'InternalError.StreamStatusError'
  | 'InternalError.SystemError'
  | 'InternalError.UpdateDataError'
  | 'InternalError.WatermarkEditError'
  | 'InternalError.WatermarkNotExist'
  | 'InvalidAction'
  | 'InvalidParameter'
  | 'InvalidParameterValue'
  | 'LimitExceeded'
  | 'MissingParameter'
  | 'NoSuchVersion'
  | 'RequestLimitExceeded'
  | 'ResourceInUse'
  | 'ResourceInsufficient'
  | 'ResourceNotFound'
  | 'ResourceNotFound.TaskId'
  | 'ResourceUnavailable'
  | 'UnauthorizedOperation'
  | 'UnknownParameter'
  | 'UnsupportedOperation'
  | 'UnsupportedProtocol'
  | 'UnsupportedRegion';
