// Generated from tables/baidu-vod-common.csv, tables/baidu-vod.csv by npm run generate. Do not edit.
/**
 * Error codes of 百度智能云 智能点播平台 VOD (API `vod`), as the error body carries them in `code`.
 *
 * Documents: 错误返回 › 公共错误码 (2025-08-22); 错误返回 › VOD错误返回码 (2025-08-22).
 */
export enum BaiduVodErrorCode {
  /**
   * 无权限访问对应的资源。
   *
   * - HTTP status: 403
   * - Message: `Access denied.`
   * - Category: `permission`, not retryable
   * - Document: 错误返回 › 公共错误码
   */
  AccessDenied = 'AccessDenied',
  /**
   * 该账号存在敏感内容,已被封禁
   *
   * - HTTP status: 403
   * - Message: `Your account contains sensitive information. We have restricted your resources.`
   * - Category: `permission`, not retryable
   * - Document: 错误返回 › VOD错误返回码
   */
  AccountBanned = 'AccountBanned',
  /**
   * 账号已欠费
   *
   * - HTTP status: 403
   * - Message: `Your request is denied because there is an overdue bill of your account.`
   * - Category: `permission`, not retryable
   * - Document: 错误返回 › VOD错误返回码
   */
  AccountOverdue = 'AccountOverdue',
  /**
   * clientToken对应的API参数不一样。
   *
   * - HTTP status: 403
   * - Message: `The request uses the same client token as a previous, but non-identical request.`
   * - Category: `conflict`, not retryable
   * - Document: 错误返回 › 公共错误码
   */
  IdempotentParameterMismatch = 'IdempotentParameterMismatch',
  /**
   * 非法的sessionKey
   *
   * - HTTP status: 400
   * - Message: `Media session key xxx is illegal`
   * - Category: `invalid-request`, not retryable
   * - Document: 错误返回 › VOD错误返回码
   */
  IllegalMediaSessionKey = 'IllegalMediaSessionKey',
  /**
   * 请求中的JSON格式正确,但语义上不符合要求。如缺少某个必需项,或值类型不匹配等。出于兼容性考虑,对于所有无法识别的项应直接忽略,不应该返回这个错误。
   *
   * - HTTP status: 400
   * - Message: `The JSON you provided was well-formed and valid, but not appropriate for this operation.`
   * - Category: `invalid-request`, not retryable
   * - Document: 错误返回 › 公共错误码
   */
  InappropriateJSON = 'InappropriateJSON',
  /**
   * 所有未定义的其他错误。在有明确对应的其他类型的错误时(包括通用的和服务自定义的)不应该使用。
   *
   * - HTTP status: 500
   * - Message: `We encountered an internal error. Please try again.`
   * - Category: `internal`, retryable
   * - Document: 错误返回 › 公共错误码
   */
  InternalError = 'InternalError',
  /**
   * Access Key ID不存在。
   *
   * - HTTP status: 403
   * - Message: `The Access Key ID you provided does not exist in our records.`
   * - Category: `auth`, not retryable
   * - Document: 错误返回 › 公共错误码
   */
  InvalidAccessKeyId = 'InvalidAccessKeyId',
  /**
   * Authorization头域格式错误。
   *
   * - HTTP status: 400
   * - Message: `The Access Key ID you provided does not exist in our records.`
   * - Category: `auth`, not retryable
   * - Document: 错误返回 › 公共错误码
   */
  InvalidHTTPAuthHeader = 'InvalidHTTPAuthHeader',
  /**
   * HTTP body格式错误。例如不符合指定的Encoding等。
   *
   * - HTTP status: 400
   * - Message: `There was an error in the body of your HTTP request.`
   * - Category: `invalid-request`, not retryable
   * - Document: 错误返回 › 公共错误码
   */
  InvalidHTTPRequest = 'InvalidHTTPRequest',
  /**
   * 请求的输入参数不合法
   *
   * - HTTP status: 400
   * - Message: `[InvalidParameter] The value you provided is not available, xxxx`
   * - Category: `invalid-request`, not retryable
   * - Document: 错误返回 › VOD错误返回码
   */
  InvalidRequest = 'InvalidRequest',
  /**
   * URI形式不正确。例如一些服务定义的关键词不匹配等。对于ID不匹配的问题,应定义更加具体的错误码,如NoSuchKey。
   *
   * - HTTP status: 400
   * - Message: `Could not parse the specified URI.`
   * - Category: `invalid-request`, not retryable
   * - Document: 错误返回 › 公共错误码
   */
  InvalidURI = 'InvalidURI',
  /**
   * URI的版本号不合法。
   *
   * - HTTP status: 404
   * - Message: `The API version specified was invalid.`
   * - Category: `invalid-request`, not retryable
   * - Document: 错误返回 › 公共错误码
   */
  InvalidVersion = 'InvalidVersion',
  /**
   * JSON格式不合法。
   *
   * - HTTP status: 400
   * - Message: `The JSON you provided was not well-formed.`
   * - Category: `invalid-request`, not retryable
   * - Document: 错误返回 › 公共错误码
   */
  MalformedJSON = 'MalformedJSON',
  /**
   * 媒资被封禁
   *
   * - HTTP status: 403
   * - Message: `Media mda-xxx is banned`
   * - Category: `conflict`, not retryable
   * - Document: 错误返回 › VOD错误返回码
   */
  MediaBanned = 'MediaBanned',
  /**
   * 没有找到对应的媒资
   *
   * - HTTP status: 404
   * - Message: `Media not found with mda-xxx`
   * - Category: `not-found`, not retryable
   * - Document: 错误返回 › VOD错误返回码
   */
  MediaNotFound = 'MediaNotFound',
  /**
   * 媒资处理参数错误
   *
   * - HTTP status: 400
   * - Message: `Media mda-xxx process param error, xxx`
   * - Category: `invalid-request`, not retryable
   * - Document: 错误返回 › VOD错误返回码
   */
  MediaProcessParamError = 'MediaProcessParamError',
  /**
   * 媒资文件未找到
   *
   * - HTTP status: 404
   * - Message: `Media source file not found with session key : xxx`
   * - Category: `not-found`, not retryable
   * - Document: 错误返回 › VOD错误返回码
   */
  MediaSourceFileNotFound = 'MediaSourceFileNotFound',
  /**
   * 没有找到对应的媒资任务
   *
   * - HTTP status: 404
   * - Message: `MediaTask tsk-xxx not found`
   * - Category: `not-found`, not retryable
   * - Document: 错误返回 › VOD错误返回码
   */
  MediaTaskNotFound = 'MediaTaskNotFound',
  /**
   * 缺少分片上传etag标识
   *
   * - HTTP status: 400
   * - Message: `multipart etags missing for media mda-xxx`
   * - Category: `invalid-request`, not retryable
   * - Document: 错误返回 › VOD错误返回码
   */
  MultipartEtagsMissing = 'MultipartEtagsMissing',
  /**
   * 没有开通对应的服务。
   *
   * - HTTP status: 403
   * - Message: `A subscription for the service is required.`
   * - Category: `permission`, not retryable
   * - Document: 错误返回 › 公共错误码
   */
  OptInRequired = 'OptInRequired',
  /**
   * 详见Etag。
   *
   * - HTTP status: 412
   * - Message: `The specified If-Match header doesn’t match the ETag header.`
   * - Category: `conflict`, not retryable
   * - Document: 错误返回 › 公共错误码
   */
  PreconditionFailed = 'PreconditionFailed',
  /**
   * 您的请求发生冲突,请稍后重试
   *
   * - HTTP status: 409
   * - Message: `Your concurrent request is conflict, please retry later`
   * - Category: `conflict`, retryable
   * - Document: 错误返回 › VOD错误返回码
   */
  RequestConflict = 'RequestConflict',
  /**
   * 请求超时。要改成x-bce-date。若请求中只有Date,需将Date转成datetime。
   *
   * - HTTP status: 400
   * - Message: `Request has expired. Timestamp date is .`
   * - Category: `auth`, not retryable
   * - Document: 错误返回 › 公共错误码
   */
  RequestExpired = 'RequestExpired',
  /**
   * Authorization头域中附带的签名和服务端验证不一致。
   *
   * - HTTP status: 400
   * - Message: `The request signature we calculated does not match the signature you provided. Check your Secret Access Key and signing method. Consult the service documentation for details.`
   * - Category: `auth`, not retryable
   * - Document: 错误返回 › 公共错误码
   */
  SignatureDoesNotMatch = 'SignatureDoesNotMatch',
  /**
   * 该账号未开通VOD服务
   *
   * - HTTP status: 404
   * - Message: `User with accountId xxx not found`
   * - Category: `permission`, not retryable
   * - Document: 错误返回 › VOD错误返回码
   */
  UserNotFound = 'UserNotFound',
}

/** A code of {@link BaiduVodErrorCode} as a literal string, usable without the enum. */
export type BaiduVodErrorCodeValue =
  | 'AccessDenied'
  | 'AccountBanned'
  | 'AccountOverdue'
  | 'IdempotentParameterMismatch'
  | 'IllegalMediaSessionKey'
  | 'InappropriateJSON'
  | 'InternalError'
  | 'InvalidAccessKeyId'
  | 'InvalidHTTPAuthHeader'
  | 'InvalidHTTPRequest'
  | 'InvalidRequest'
  | 'InvalidURI'
  | 'InvalidVersion'
  | 'MalformedJSON'
  | 'MediaBanned'
  | 'MediaNotFound'
  | 'MediaProcessParamError'
  | 'MediaSourceFileNotFound'
  | 'MediaTaskNotFound'
  | 'MultipartEtagsMissing'
  | 'OptInRequired'
  | 'PreconditionFailed'
  | 'RequestConflict'
  | 'RequestExpired'
  | 'SignatureDoesNotMatch'
  | 'UserNotFound';
