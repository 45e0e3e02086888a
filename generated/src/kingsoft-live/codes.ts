// Generated from tables/kingsoft-live.csv, tables/kingsoft-live-v1.csv by npm run generate. Do not edit.
/**
 * Error codes of 金山云 云直播 (API `live`), as the error body carries them in `Error.Code`.
 *
 * Documents: 返回结果 › 公共错误 (2022-01-17).
 */
export enum KingsoftLiveErrorCode {
  /**
   * 请求本可成功,但由于设置DryRun标记未成功
   *
   * - HTTP status: 412
   * - Message: `Request would have succeeded, but DryRun flag is set.`
   * - Category: `dry-run`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  ErrorDryRun = 'ErrorDryRun',
  /**
   * 不具备访问inner openapi的权限
   *
   * - HTTP status: 401
   * - Message: `Without access to call Inner Openapi.`
   * - Category: `permission`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  InaccessibleOpenapi = 'InaccessibleOpenapi',
  /**
   * 非法秘钥(%s)
   *
   * - HTTP status: 400
   * - Message: `Invalid Accesskey(%s)`
   * - Category: `auth`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  InvalidAccesskey = 'InvalidAccesskey',
  /**
   * action 或 version 不合法,请您调整后再重新发起请求
   *
   * - HTTP status: 400
   * - Message: `The action %s or version %s is not valid for this web service`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  InvalidActionOrVesion = 'InvalidActionOrVesion',
  /**
   * `InvalidAuthenticationCode` has 3 documented variants, in document order.
   *
   * **Variant 1.** 权限拒绝操作%s资源%s的行为
   * - HTTP status: 403
   * - Message: `the policy deny to [%s] the resources[%s]`
   * - Category: `permission`, not retryable
   * - Document: 返回结果 › 公共错误
   *
   * **Variant 2.** 权限不足,您缺少操作%s资源%s的权限
   * - HTTP status: 403
   * - Message: `lack of policy to [%s] the resources[%s]`
   * - Category: `permission`, not retryable
   * - Document: 返回结果 › 公共错误
   *
   * **Variant 3.** 权限不足,请确认您的相关权限
   * - HTTP status: 403
   * - Message: `Request was rejected because of lack of policy.`
   * - Category: `permission`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  InvalidAuthenticationCode = 'InvalidAuthenticationCode',
  /**
   * 参数名称错误,请您检查是否按接口使用文档填写请求参数
   *
   * - HTTP status: 400
   * - Message: `The input parameter "%s"is not valid.`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  InvalidParameter = 'InvalidParameter',
  /**
   * `InvalidParameterValue` has 3 documented variants, in document order.
   *
   * **Variant 1.** 参数value值错误,请您检查是否按使用文档填写请求参数
   * - HTTP status: 400
   * - Message: `The input parameter value “%s” is not valid.`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 公共错误
   *
   * **Variant 2.** 参数value值类型错误,请您参照接口使用文档更新参数,再重新发起请求
   * - HTTP status: 400
   * - Message: `The input parameter value type error.`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 公共错误
   *
   * **Variant 3.** UniqueName、Pubdomain、App不匹配,请您检查匹配关系后,再重新发起请求
   * - HTTP status: 400
   * - Message: `Uniquename, pubdomain and app do not match.`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  InvalidParameterValue = 'InvalidParameterValue',
  /**
   * 请求时间戳不合法(%s),请保持请求时间戳在15分钟以内
   *
   * - HTTP status: 400
   * - Message: `Invalid Timestamp(%s). Pls in 15mins`
   * - Category: `auth`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  InvalidTimestamp = 'InvalidTimestamp',
  /**
   * 请求被拒绝,因该openAPI接口访问速度已达到流控上限
   *
   * - HTTP status: 409
   * - Message: `Request was rejected because the request speed of this openAPI is beyond the current flow control limit.`
   * - Category: `rate-limit`, retryable
   * - Document: 返回结果 › 公共错误
   */
  LimitExceeded = 'LimitExceeded',
  /**
   * 请求被拒绝,因为没有秘钥
   *
   * - HTTP status: 400
   * - Message: `Access Key is Missing`
   * - Category: `auth`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  MissingAccesskey = 'MissingAccesskey',
  /**
   * `MissingKs3Bucket` has 2 documented variants, in document order.
   *
   * **Variant 1.** 没有为截图文件选择Ks3Bucket,请先选择Ks3Bucket,再重新发起请求
   * - HTTP status: 403
   * - Message: `There is no Ks3Bucket for storing files.`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 公共错误
   *
   * **Variant 2.** 所选择的Ks3Bucket不存在,请先选择一个已经创建好的Ks3Bucket,再重新发起请求
   * - HTTP status: 404
   * - Message: `Ks3Bucket does not exist.`
   * - Category: `not-found`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  MissingKs3Bucket = 'MissingKs3Bucket',
  /**
   * `MissingParameter` has 2 documented variants, in document order.
   *
   * **Variant 1.** 必填参数没有填,请您检查调用时是否填写了此参数
   * - HTTP status: 400
   * - Message: `The input parameter “%s” that is mandatory for processing this request is not supplied.`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 公共错误
   *
   * **Variant 2.** 请求没有合法%s, 请您调整后再重新发起请求
   * - HTTP status: 400
   * - Message: `The request is missing %s parameter.`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  MissingParameter = 'MissingParameter',
  /**
   * 请求被拒绝,因为没有合法的签名,请您调整后再重新发起请求
   *
   * - HTTP status: 400
   * - Message: `The Request is missing Signature Parameter.`
   * - Category: `auth`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  MissingSignature = 'MissingSignature',
  /**
   * 请求timestamp不合法, 请您调整后再重新发起请求
   *
   * - HTTP status: 400
   * - Message: `The request is missing timestamp parameter.`
   * - Category: `auth`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  MissingTimestamp = 'MissingTimestamp',
  /**
   * 内部服务异常或超时暂不可用,请您重试该操作,若再出现此问题请联系售后排查
   *
   * - HTTP status: 500
   * - Message: `Internal Service is unavailable because of time out.`
   * - Category: `unavailable`, retryable
   * - Document: 返回结果 › 公共错误
   */
  ServiceTimeout = 'ServiceTimeout',
  /**
   * `ServiceUnavailable` has 2 documented variants, in document order.
   *
   * **Variant 1.** 系统内部错误。请您重试该操作,若再出现此问题请联系售后排查
   * - HTTP status: 500
   * - Message: `The service is unavailable due to an internal exception.`
   * - Category: `unavailable`, retryable
   * - Document: 返回结果 › 公共错误
   *
   * **Variant 2.** 请求被拒绝,因其引用的服务(%s)不存在,如确认没问题请联系售后排查
   * - HTTP status: 404
   * - Message: `Invalid service(%s)`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  ServiceUnavailable = 'ServiceUnavailable',
  /**
   * 签名不匹配,请检查签名算法
   *
   * - HTTP status: 400
   * - Message: `The Signature is not matched`
   * - Category: `auth`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  SignatureNotMatch = 'SignatureNotMatch',
  /**
   * 目标直播流不存在,请确认主播是否已经开播,再重新发起请求
   *
   * - HTTP status: 404
   * - Message: `The Live stream does not exist.`
   * - Category: `not-found`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  StreamNotExist = 'StreamNotExist',
  /**
   * 账户id不合法,请调整您的id后再重新发起请求
   *
   * - HTTP status: 401
   * - Message: `The Account ID is invalid.`
   * - Category: `auth`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  UnavaliableAccountID = 'UnavaliableAccountID',
  /**
   * 此openapi不具备%s区域的服务
   *
   * - HTTP status: 400
   * - Message: `The region %s is unavaliable for the openapi`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 公共错误
   */
  UnavaliableRegion = 'UnavaliableRegion',
  /**
   * 系统错误,请您稍后重试该操作,若再出现此问题请联系售后排查
   *
   * - HTTP status: 500
   * - Message: `Undefine Internal Error. Pls Contact With Admin.`
   * - Category: `internal`, retryable
   * - Document: 返回结果 › 公共错误
   */
  UndefinedError = 'UndefinedError',
  /**
   * 未知错误。请您重试该操作,若再出现此问题请联系售后排查
   *
   * - HTTP status: 400
   * - Message: `The request processing has failed due to some unknown error.`
   * - Category: `unknown`, retryable
   * - Document: 返回结果 › 公共错误
   */
  UnknownError = 'UnknownError',
}

/** A code of {@link KingsoftLiveErrorCode} as a literal string, usable without the enum. */
export type KingsoftLiveErrorCodeValue =
  | 'ErrorDryRun'
  | 'InaccessibleOpenapi'
  | 'InvalidAccesskey'
  | 'InvalidActionOrVesion'
  | 'InvalidAuthenticationCode'
  | 'InvalidParameter'
  | 'InvalidParameterValue'
  | 'InvalidTimestamp'
  | 'LimitExceeded'
  | 'MissingAccesskey'
  | 'MissingKs3Bucket'
  | 'MissingParameter'
  | 'MissingSignature'
  | 'MissingTimestamp'
  | 'ServiceTimeout'
  | 'ServiceUnavailable'
  | 'SignatureNotMatch'
  | 'StreamNotExist'
  | 'UnavaliableAccountID'
  | 'UnavaliableRegion'
  | 'UndefinedError'
  | 'UnknownError';

/**
 * Error codes of 金山云 云直播 (API `live-v1`), as the error body carries them in `Data.RetCode`.
 *
 * Documents: 返回结果 › 特殊错误 (2022-01-17).
 */
export enum KingsoftLiveV1ErrorCode {
  /**
   * 其他错误,若您重试后仍不能解决,请联系售后为您排查问题
   *
   * - Message: `other error`
   * - Category: `unknown`, retryable
   * - Document: 返回结果 › 特殊错误
   */
  OtherError = 1,
  /**
   * 缺少必须参数
   *
   * - Message: `lack of parameters`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  LackOfParameters = 1000,
  /**
   * 域名空间错误
   *
   * - Message: `invalid uniquename`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  InvalidUniquename = 1002,
  /**
   * 应用名错误
   *
   * - Message: `invalid app name`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  InvalidAppName = 1003,
  /**
   * 流名错误
   *
   * - Message: `invalid stream name`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  InvalidStreamName = 1004,
  /**
   * 转码模板名错误
   *
   * - Message: `invalid preset name`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  InvalidPresetName = 1005,
  /**
   * 任务不存在
   *
   * - Message: `task does not exist`
   * - Category: `not-found`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  TaskDoesNotExist = 1200,
  /**
   * 任务已经存在
   *
   * - Message: `task already exists`
   * - Category: `conflict`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  TaskAlreadyExists = 1201,
  /**
   * 内部错误
   *
   * - Message: `failed to insert records`
   * - Category: `internal`, retryable
   * - Document: 返回结果 › 特殊错误
   */
  FailedToInsertRecords = 1202,
  /**
   * 删除任务失败
   *
   * - Message: `failed to delete records`
   * - Category: `internal`, retryable
   * - Document: 返回结果 › 特殊错误
   */
  FailedToDeleteRecords = 1203,
  /**
   * 更新任务失败
   *
   * - Message: `failed to update records`
   * - Category: `internal`, retryable
   * - Document: 返回结果 › 特殊错误
   */
  FailedToUpdateRecords = 1204,
  /**
   * 不支持在同一秒内重复封禁同一条流
   *
   * - Message: `stream has been banned and no change forbid information`
   * - Category: `conflict`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  StreamAlreadyBanned = 3802,
  /**
   * 域名错误
   *
   * - Message: `invalid pubdomain`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  InvalidPubdomain = 4000,
  /**
   * 时间格式错误或查询的时间间隔超过限制
   *
   * - Message: `invalid time`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  InvalidTime = 4001,
  /**
   * uid、uniquename、domain不匹配
   *
   * - Message: `get result error`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  UidUniquenameDomainMismatch = 4201,
  /**
   * 参数错误,请检查:
   * 1.参数名大小写是否正确
   * 2.参数value类型是否正确
   *
   * - Message: `parameters other error`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  OtherParameterError = 4999,
  /**
   * 用户不存在
   *
   * - Message: `the user does not exist`
   * - Category: `not-found`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  UserDoesNotExist = 5000,
  /**
   * 没有录像文件
   *
   * - Message: `no files(m3u8) during the task`
   * - Category: `not-found`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  NoRecordFiles = 6000,
  /**
   * 短视频开始录制但流不在线上
   *
   * - Message: `splash started, but no online stream`
   * - Category: `conflict`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  SplashStartedButNoOnlineStream = 6010,
  /**
   * 获取任务数量失败
   *
   * - Message: `failed to get the number of tasks`
   * - Category: `internal`, retryable
   * - Document: 返回结果 › 特殊错误
   */
  FailedToGetNumberOfTasks = 6400,
  /**
   * 任务数量超过上限
   *
   * - Message: `recording number reach upper limit`
   * - Category: `quota`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  RecordingNumberReachUpperLimit = 6401,
  /**
   * 获取流任务状态失败
   *
   * - Message: `get stream record status error`
   * - Category: `internal`, retryable
   * - Document: 返回结果 › 特殊错误
   */
  GetStreamRecordStatusError = 6402,
  /**
   * 该流正在录制
   *
   * - Message: `stream is recording`
   * - Category: `conflict`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  StreamIsRecording = 6403,
  /**
   * 已经停止过该流
   *
   * - Message: `stream record has been stopped`
   * - Category: `conflict`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  StreamRecordHasBeenStopped = 6404,
  /**
   * RecID不存在
   *
   * - Message: `RecID does not exist`
   * - Category: `not-found`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  RecIdDoesNotExist = 6405,
  /**
   * 域名空间不存在
   *
   * - Message: `unique_name and accountId not match`
   * - Category: `not-found`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  UniqueNameAndAccountIdNotMatch = 6406,
  /**
   * 查询定时任务信息为空
   *
   * - Message: `get ej jobName empty`
   * - Category: `not-found`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  GetEjJobNameEmpty = 6701,
  /**
   * 创建定时任务失败
   *
   * - Message: `ej interface use or return fail`
   * - Category: `internal`, retryable
   * - Document: 返回结果 › 特殊错误
   */
  CreateScheduledTaskFailed = 6702,
  /**
   * 开始时间错误
   *
   * - Message: `start time error`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  StartTimeError = 6703,
  /**
   * 结束时间错误
   *
   * - Message: `end time error`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  EndTimeError = 6704,
  /**
   * 文件名或路径不合法
   *
   * - Message: `file name or path error`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  FileNameOrPathError = 6705,
  /**
   * HLS 不可用
   *
   * - Message: `HLS vod should be enable`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  HlsVodShouldBeEnabled = 6706,
  /**
   * Bucket 错误
   *
   * - Message: `Hls or mp4 Bucket error`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  HlsOrMp4BucketError = 6707,
  /**
   * 任务状态不可取消
   *
   * - Message: `Record Status error`
   * - Category: `conflict`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  RecordStatusError = 6708,
  /**
   * 录制时间小于一分钟
   *
   * - Message: `Recording time not be less than 1 minute`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  RecordingTimeLessThanOneMinute = 6709,
  /**
   * 系统内部错误
   *
   * - Message: `failed to insert redis`
   * - Category: `internal`, retryable
   * - Document: 返回结果 › 特殊错误
   */
  FailedToInsertRedis = 8200,
  /**
   * 目标流不在黑名单上
   *
   * - Message: `stream is not on the blacklist`
   * - Category: `conflict`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  StreamIsNotOnTheBlacklist = 8201,
  /**
   * 系统内部错误
   *
   * - Message: `error nodeip`
   * - Category: `internal`, retryable
   * - Document: 返回结果 › 特殊错误
   */
  ErrorNodeIp = 8500,
  /**
   * 流封禁失败
   *
   * - Message: `kill stream fail`
   * - Category: `internal`, retryable
   * - Document: 返回结果 › 特殊错误
   */
  KillStreamFail = 8501,
  /**
   * 流不存在
   *
   * - Message: `stream is not exist`
   * - Category: `not-found`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  StreamIsNotExist = 8502,
  /**
   * 拉流协议错误
   *
   * - Message: `PullProtocol error`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  PullProtocolError = 9014,
  /**
   * 返回信息类型错误
   *
   * - Message: `Type error`
   * - Category: `invalid-request`, not retryable
   * - Document: 返回结果 › 特殊错误
   */
  ResponseTypeError = 9015,
  /**
   * 调用频率超过了接口限制
   *
   * - Message: `Over the speed limit`
   * - Category: `rate-limit`, retryable
   * - Document: 返回结果 › 特殊错误
   */
  OverTheSpeedLimit = 9016,
}

/** A code of {@link KingsoftLiveV1ErrorCode} as a literal number, usable without the enum. */
export type KingsoftLiveV1ErrorCodeValue =
  | 1
  | 1000
  | 1002
  | 1003
  | 1004
  | 1005
  | 1200
  | 1201
  | 1202
  | 1203
  | 1204
  | 3802
  | 4000
  | 4001
  | 4201
  | 4999
  | 5000
  | 6000
  | 6010
  | 6400
  | 6401
  | 6402
  | 6403
  | 6404
  | 6405
  | 6406
  | 6701
  | 6702
  | 6703
  | 6704
  | 6705
  | 6706
  | 6707
  | 6708
  | 6709
  | 8200
  | 8201
  | 8500
  | 8501
  | 8502
  | 9014
  | 9015
  | 9016;
