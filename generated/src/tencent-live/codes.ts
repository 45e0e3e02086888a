// Generated from tables/tencent-common.csv, tables/tencent-live.csv, tables/tencent-live-list.csv by npm run generate. Do not edit.
/**
 * Error codes of 腾讯云 云直播 CSS (API `live`), as the error body carries them in `Response.Error.Code`.
 *
 * Documents: 错误码 › 公共错误码; 错误码 › 业务错误码; tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码 (2026-08-21); tencentcloud-sdk-go-intl-en live/v20180801/errors.go › error codes for specific actions (2026-08-21).
 */
export enum TencentLiveErrorCode {
  /**
   * CAM签名/鉴权错误。
   *
   * - Category: `auth`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  AuthFailure = 'AuthFailure',
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
   * DryRun operation. A request will not be successful if the `DryRun` parameter is passed in.
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
   * Operation failed.
   * - Category: `unknown`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  FailedOperation = 'FailedOperation',
  /**
   * 操作 AI 接口失败。
   *
   * Failed to manipulate the AI API.
   *
   * - Category: `unavailable`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationAiTranscodeOptionFail = 'FailedOperation.AiTranscodeOptionFail',
  /**
   * 改变任务状态失败。
   *
   * Failed to change the task status.
   *
   * - Category: `unknown`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationAlterTaskState = 'FailedOperation.AlterTaskState',
  /**
   * 请检查是否有权限。
   *
   * You do not have permission to perform this operation.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationAuthError = 'FailedOperation.AuthError',
  /**
   * 调用第三方服务失败。
   *
   * Failed to call the third-party service.
   *
   * - Category: `unavailable`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCallOtherSvrError = 'FailedOperation.CallOtherSvrError',
  /**
   * 调用内部服务失败。
   *
   * Failed to call the internal service.
   *
   * - Category: `unavailable`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCallOtherSvrFailed = 'FailedOperation.CallOtherSvrFailed',
  /**
   * 取消的混流 session 不存在。
   *
   * The canceled stream mix session does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCancelSessionNotExist = 'FailedOperation.CancelSessionNotExist',
  /**
   * 该证书已颁发，不能删除。
   *
   * Failed to delete the certificate because it has been issued.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCannotBeDeletedIssued = 'FailedOperation.CannotBeDeletedIssued',
  /**
   * 免费证书申请1小时内不允许删除。
   *
   * Free certificates cannot be deleted within one hour of application.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCannotBeDeletedWithinHour = 'FailedOperation.CannotBeDeletedWithinHour',
  /**
   * 导播台绑定了预付费套餐包。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCasterBinded = 'FailedOperation.CasterBinded',
  /**
   * 导播台处于过期状态。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCasterExpired = 'FailedOperation.CasterExpired',
  /**
   * 导播台不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCasterNotFound = 'FailedOperation.CasterNotFound',
  /**
   * 证书已存在。
   *
   * The certificate already exists.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCertificateExists = 'FailedOperation.CertificateExists',
  /**
   * 证书不符合标准。
   *
   * The certificate is invalid.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCertificateInvalid = 'FailedOperation.CertificateInvalid',
  /**
   * 证书与私钥不对应。
   *
   * The certificate and the private key do not match.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCertificateMismatch = 'FailedOperation.CertificateMismatch',
  /**
   * 证书不存在。
   *
   * The certificate does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCertificateNotFound = 'FailedOperation.CertificateNotFound',
  /**
   * 模版使用中。
   *
   * The template is in use.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationConfInUsed = 'FailedOperation.ConfInUsed',
  /**
   * 下发CDN平台失败。
   *
   * CDN configuration failed.
   *
   * - Category: `internal`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationConfigCDNFailed = 'FailedOperation.ConfigCDNFailed',
  /**
   * 任务接口执行冲突。
   *
   * - Category: `conflict`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationConflictAction = 'FailedOperation.ConflictAction',
  /**
   * Cos bucket 不存在。
   *
   * The COS bucket does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCosBucketNotExist = 'FailedOperation.CosBucketNotExist',
  /**
   * 无权限访问 Cos bucket。
   *
   * You don’t have permission to access the COS bucket.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCosBucketNotPermission = 'FailedOperation.CosBucketNotPermission',
  /**
   * Cos 角色不存在，请前往 控制台 -> 功能配置 -> 直播截图&鉴黄 页面进行授权。
   *
   * The COS role does not exist. Please go to the “Feature Configuration > Live Screencapture & Porn Detection” page of the CSS console to grant the permission.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCosRoleNotExists = 'FailedOperation.CosRoleNotExists',
  /**
   * 创建AIGC任务失败
   *
   * - Category: `unknown`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCreateAIGCTaskFailed = 'FailedOperation.CreateAIGCTaskFailed',
  /**
   * 创建/更新导播台主监、预监任务失败，可能是并发操作了同一个主监或预监任务。
   *
   * - Category: `conflict`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationCreateCasterTaskFailed = 'FailedOperation.CreateCasterTaskFailed',
  /**
   * 数据库访问异常。
   *
   * - Category: `unavailable`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationDatabaseNotAccessible = 'FailedOperation.DatabaseNotAccessible',
  /**
   * 2天内有产生流量，域名处于锁定期间，2天内无流量产生才允许删除域名。
   *
   * The domain name cannot be deleted because it incurred traffic in the last 2 days and is in locked state.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationDeleteDomainInLockedTime = 'FailedOperation.DeleteDomainInLockedTime',
  /**
   * 域名已添加。
   *
   * The domain has already been added.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationDomainAdded = 'FailedOperation.DomainAdded',
  /**
   * 配置域名规则失败。
   *
   * Failed to configure the domain rule.
   *
   * - Category: `internal`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationDomainGslbFail = 'FailedOperation.DomainGslbFail',
  /**
   * 域名需要实名认证。
   *
   * The domain has not been verified.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationDomainNeedRealName = 'FailedOperation.DomainNeedRealName',
  /**
   * 域名归属待验证。
   *
   * The ownership of the domain has not been verified.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationDomainNeedVerifyOwner = 'FailedOperation.DomainNeedVerifyOwner',
  /**
   * 免费证书数量超出限制。
   *
   * The number of free certificates exceeded the limit.
   *
   * - Category: `quota`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationExceedsFreeLimit = 'FailedOperation.ExceedsFreeLimit',
  /**
   * 获取数据失败。
   *
   * - Category: `unknown`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationGetDataFailed = 'FailedOperation.GetDataFailed',
  /**
   * 无法获取水印 url。
   *
   * Unable to get the watermark URL.
   *
   * - Category: `unknown`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationGetPictureUrlError = 'FailedOperation.GetPictureUrlError',
  /**
   * 获取输入流长宽失败。
   *
   * Failed to get the input stream length and width.
   *
   * - Category: `unknown`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationGetStreamResolutionError = 'FailedOperation.GetStreamResolutionError',
  /**
   * 无在线流。
   *
   * No live stream.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationHasNotLivingStream = 'FailedOperation.HasNotLivingStream',
  /**
   * 域名数量超过限制(100个）。
   *
   * The number of domain names exceeded the upper limit (100).
   *
   * - Category: `quota`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationHostOutLimit = 'FailedOperation.HostOutLimit',
  /**
   * 输入已经存在。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationInputAlreadyExist = 'FailedOperation.InputAlreadyExist',
  /**
   * 输入源不活跃。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationInputIsNotActive = 'FailedOperation.InputIsNotActive',
  /**
   * 输入不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationInputNotExist = 'FailedOperation.InputNotExist',
  /**
   * 禁止监播c流。
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationInputStreamMixTypeNotAccessible = 'FailedOperation.InputStreamMixTypeNotAccessible',
  /**
   * 输入在自动导播中被使用，不允许修改或删除
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationInputUsedInAutoCast = 'FailedOperation.InputUsedInAutoCast',
  /**
   * 输入在布局中被使用。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationInputUsedInLayout = 'FailedOperation.InputUsedInLayout',
  /**
   * 输入源在节目 (pgm) 中正在使用。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationInputUsedInPgm = 'FailedOperation.InputUsedInPgm',
  /**
   * 输入源在预监 (pvw) 中正在使用。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationInputUsedInPvw = 'FailedOperation.InputUsedInPvw',
  /**
   * 证书状态不正确。
   *
   * Invalid certificate status.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationInvalidCertificateStatusCode = 'FailedOperation.InvalidCertificateStatusCode',
  /**
   * 参数有误。
   *
   * Invalid parameter.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationInvalidParam = 'FailedOperation.InvalidParam',
  /**
   * 操作 CDN 接口失败。
   *
   * - Category: `unavailable`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationInvokeCdnApiFail = 'FailedOperation.InvokeCdnApiFail',
  /**
   * 操作点播接口异常。
   *
   * An exception occurred while manipulating the VOD API.
   *
   * - Category: `unavailable`, retryable
   * - Document: 错误码 › 业务错误码
   */
  FailedOperationInvokeVideoApiFail = 'FailedOperation.InvokeVideoApiFail',
  /**
   * 计费平台返回余额不足。
   *
   * The billing platform returned an error of insufficient balance.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationJiFeiNoEnoughFund = 'FailedOperation.JiFeiNoEnoughFund',
  /**
   * 布局已经存在。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationLayoutAlreadyExist = 'FailedOperation.LayoutAlreadyExist',
  /**
   * 修改的布局不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationLayoutNotExist = 'FailedOperation.LayoutNotExist',
  /**
   * 布局在自动导播中被使用，不允许修改或删除。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationLayoutUsedInAutoCast = 'FailedOperation.LayoutUsedInAutoCast',
  /**
   * 布局正在节目 (pgm) 中使用。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationLayoutUsedInPgm = 'FailedOperation.LayoutUsedInPgm',
  /**
   * 布局正在预监 (pvw) 中使用。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationLayoutUsedInPvw = 'FailedOperation.LayoutUsedInPvw',
  /**
   * 新增的水印已经存在。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationMarkPicAlreadyExist = 'FailedOperation.MarkPicAlreadyExist',
  /**
   * 修改的水印不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationMarkPicNotExist = 'FailedOperation.MarkPicNotExist',
  /**
   * 水印在自动导播中被使用，不允许删除。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationMarkPicUsedInAutoCast = 'FailedOperation.MarkPicUsedInAutoCast',
  /**
   * 新增水印下标已存在。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationMarkWordAlreadyExist = 'FailedOperation.MarkWordAlreadyExist',
  /**
   * 修改的字幕不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationMarkWordNotExist = 'FailedOperation.MarkWordNotExist',
  /**
   * 文本字幕在自动导播中被使用，不允许删除。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationMarkWordUsedInAutoCast = 'FailedOperation.MarkWordUsedInAutoCast',
  /**
   * 监播任务处于启动状态。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationMonitorIsActive = 'FailedOperation.MonitorIsActive',
  /**
   * 监播任务超出限制。
   *
   * - Category: `quota`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationMonitorLimitExceeded = 'FailedOperation.MonitorLimitExceeded',
  /**
   * 监播任务不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationMonitorNotExist = 'FailedOperation.MonitorNotExist',
  /**
   * 当前 CA 机构访问繁忙，请稍后重试。
   *
   * The CA system is busy. Try again later.
   *
   * - Category: `unavailable`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationNetworkError = 'FailedOperation.NetworkError',
  /**
   * 未设置备播流
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationNoBackupInput = 'FailedOperation.NoBackupInput',
  /**
   * 直播未配置推流或播放域名
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationNoLVBPushOrPlayDomain = 'FailedOperation.NoLVBPushOrPlayDomain',
  /**
   * 无运行中的PGM
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationNoPgmRunning = 'FailedOperation.NoPgmRunning',
  /**
   * 您没有该项目的操作权限。
   *
   * You do not have permission to operate this project.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationNoProjectPermission = 'FailedOperation.NoProjectPermission',
  /**
   * 尚未通过实名认证。
   *
   * You haven’t completed identity verification.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationNoRealNameAuth = 'FailedOperation.NoRealNameAuth',
  /**
   * 找不到记录。
   *
   * No records found.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationNotFound = 'FailedOperation.NotFound',
  /**
   * 账户被停服。
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationOutOfService = 'FailedOperation.OutOfService',
  /**
   * 新增的输出已经存在。
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationOutputAlreadyExist = 'FailedOperation.OutputAlreadyExist',
  /**
   * 修改的输出不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationOutputIsNotExist = 'FailedOperation.OutputIsNotExist',
  /**
   * 父域名已添加。
   *
   * The domain’s parent domain has already been added.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationParentDomainAdded = 'FailedOperation.ParentDomainAdded',
  /**
   * 启动混流失败。
   *
   * Failed to start stream mix.
   *
   * - Category: `unknown`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationProcessMixError = 'FailedOperation.ProcessMixError',
  /**
   * 查询AIGC任务失败
   *
   * - Category: `unknown`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationQueryAIGCTaskFailed = 'FailedOperation.QueryAIGCTaskFailed',
  /**
   * 查询 upload 信息失败。
   *
   * Failed to query the upload information.
   *
   * - Category: `internal`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationQueryUploadInfoFailed = 'FailedOperation.QueryUploadInfoFailed',
  /**
   * 关联服务无法访问。
   *
   * - Category: `unavailable`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationRelateServerNotAccessible = 'FailedOperation.RelateServerNotAccessible',
  /**
   * 输入关联的运行中的监播任务超出限制。
   *
   * - Category: `quota`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationRelatedRunningMonitorLimitExceeded = 'FailedOperation.RelatedRunningMonitorLimitExceeded',
  /**
   * 释放导播台失败。
   *
   * - Category: `unknown`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationReleaseCasterFailed = 'FailedOperation.ReleaseCasterFailed',
  /**
   * 启动时后台资源不足。
   *
   * - Category: `unavailable`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationResourceNotEnough = 'FailedOperation.ResourceNotEnough',
  /**
   * 规则已经存在。
   *
   * The rule already exists.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationRuleAlreadyExist = 'FailedOperation.RuleAlreadyExist',
  /**
   * 用户没有有效的流量套餐包。
   *
   * The user has no valid traffic package.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationSdkNoPackage = 'FailedOperation.SdkNoPackage',
  /**
   * 启动拉流失败。
   *
   * - Category: `unknown`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationStartPullFailed = 'FailedOperation.StartPullFailed',
  /**
   * 启动监播任务失败。
   *
   * - Category: `unknown`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationStartTaskFailed = 'FailedOperation.StartTaskFailed',
  /**
   * 停止导播台主监、预监任务失败，可能是在同一时间操作了同一个导播台任务（如同时启动和停止）
   *
   * - Category: `conflict`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationStopCasterTaskFailed = 'FailedOperation.StopCasterTaskFailed',
  /**
   * 停止拉流失败。
   *
   * - Category: `unknown`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationStopPullFailed = 'FailedOperation.StopPullFailed',
  /**
   * 停止监播任务失败。
   *
   * - Category: `unknown`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationStopTaskFailed = 'FailedOperation.StopTaskFailed',
  /**
   * 流不存在。
   *
   * The stream does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationStreamNotExist = 'FailedOperation.StreamNotExist',
  /**
   * 子域名已添加。
   *
   * The domain’s subdomain has already been added.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationSubDomainAdded = 'FailedOperation.SubDomainAdded',
  /**
   * 解绑Tag失败，请尝试手动解绑。
   *
   * Failed to unbind the tag. Try unbinding it manually.
   *
   * - Category: `unknown`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationTagUnbindError = 'FailedOperation.TagUnbindError',
  /**
   * 输入条数超出限制。
   *
   * - Category: `quota`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  FailedOperationTooMuchInput = 'FailedOperation.TooMuchInput',
  /**
   * `InternalError` has 2 documented variants, in document order.
   *
   * **Variant 1.** 内部错误。
   * Internal error.
   * - Category: `internal`, retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 内部错误
   * Internal error.
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalError = 'InternalError',
  /**
   * 针对添加转码模版的接口。
   *
   * For the transcoding template adding API.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorArgsNotMatch = 'InternalError.ArgsNotMatch',
  /**
   * 调用内部服务错误。
   *
   * Error calling internal service.
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorCallOtherSvrError = 'InternalError.CallOtherSvrError',
  /**
   * 暂不支持添加中文域名，请核对域名格式。
   *
   * Chinese domain names are not supported currently. Please check the domain name format.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorChineseCharacterDetected = 'InternalError.ChineseCharacterDetected',
  /**
   * 模版使用中。
   *
   * The template is in use.
   *
   * - Category: `conflict`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorConfInUsed = 'InternalError.ConfInUsed',
  /**
   * 模版不存在。
   *
   * The template does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorConfNotFound = 'InternalError.ConfNotFound',
  /**
   * 模版数量超过显示。
   *
   * The number of templates exceeded the limit.
   *
   * - Category: `quota`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorConfOutLimit = 'InternalError.ConfOutLimit',
  /**
   * 配置不存在。
   *
   * The configuration does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorConfigNotExist = 'InternalError.ConfigNotExist',
  /**
   * DB连接错误。
   *
   * Database connection error.
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorConnectDbError = 'InternalError.ConnectDbError',
  /**
   * 证书使用中。
   *
   * The certificate is in use.
   *
   * - Category: `conflict`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorCrtDateInUsing = 'InternalError.CrtDateInUsing',
  /**
   * 证书不存在。
   *
   * The certificate does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorCrtDateNotFound = 'InternalError.CrtDateNotFound',
  /**
   * 证书不合法。
   *
   * The certificate is invalid.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorCrtDateNotLegal = 'InternalError.CrtDateNotLegal',
  /**
   * 证书过期。
   *
   * The certificate has expired.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorCrtDateOverdue = 'InternalError.CrtDateOverdue',
  /**
   * 没有相关域名。
   *
   * There is no related domain name.
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorCrtDomainNotFound = 'InternalError.CrtDomainNotFound',
  /**
   * 证书Key不匹配。
   *
   * The certificate key does not match.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorCrtKeyNotMatch = 'InternalError.CrtKeyNotMatch',
  /**
   * DB执行错误。
   *
   * DB execution error.
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorDBError = 'InternalError.DBError',
  /**
   * 该域名已在其他处接入，请检查域名是否输入正确。  如域名正确，您可通过验证后重新添加域名。
   *
   * The domain name is already connected elsewhere. Please check whether the entered domain name is correct, and if yes, you can add it again after successful ownership verification.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorDomainAlreadyExist = 'InternalError.DomainAlreadyExist',
  /**
   * 域名格式错误，请输入合法格式域名。
   *
   * The domain name format is incorrect. Please enter a valid one.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorDomainFormatError = 'InternalError.DomainFormatError',
  /**
   * 添加 GSLB 规则失败。
   *
   * Failed to add the GSLB rule.
   *
   * - Category: `internal`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorDomainGslbFail = 'InternalError.DomainGslbFail',
  /**
   * 该域名已在其他处接入，请检查域名是否输入正确。  如域名正确，您可通过验证后重新添加域名。
   *
   * The domain name is already connected elsewhere. Please check whether the entered domain name is correct, and if yes, you can add it again after successful ownership verification.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorDomainIsFamous = 'InternalError.DomainIsFamous',
  /**
   * 您的域名不可用，请输入正确的域名。
   *
   * Your domain name is unavailable. Please enter a correct domain name.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorDomainIsLimited = 'InternalError.DomainIsLimited',
  /**
   * 域名没有备案。
   *
   * The domain name has no ICP filing.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorDomainNoRecord = 'InternalError.DomainNoRecord',
  /**
   * 域名不存在。
   *
   * The domain name does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorDomainNotExist = 'InternalError.DomainNotExist',
  /**
   * 域名长度超过限制。
   *
   * The domain name length exceeds the limit.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorDomainTooLong = 'InternalError.DomainTooLong',
  /**
   * 获取用户账号错误。
   *
   * Error getting user account.
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorGetBizidError = 'InternalError.GetBizidError',
  /**
   * 获取配置错误。
   *
   * Error getting the configuration.
   *
   * - Category: `internal`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorGetConfigError = 'InternalError.GetConfigError',
  /**
   * 获取流信息失败。
   *
   * Failed to get the stream information.
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorGetStreamInfoError = 'InternalError.GetStreamInfoError',
  /**
   * 获取直播源信息错误。
   *
   * Error getting the live stream source information.
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorGetUpstreamInfoError = 'InternalError.GetUpstreamInfoError',
  /**
   * 获取水印错误。
   *
   * An error occurred while getting the watermark.
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorGetWatermarkError = 'InternalError.GetWatermarkError',
  /**
   * 无在线流。
   *
   * No live stream.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorHasNotLivingStream = 'InternalError.HasNotLivingStream',
  /**
   * 参数检校不通过。
   *
   * Parameter check failed.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorInvalidInput = 'InternalError.InvalidInput',
  /**
   * 无效的请求。
   *
   * Invalid request.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorInvalidRequest = 'InternalError.InvalidRequest',
  /**
   * 账号信息错误。
   *
   * Account information error.
   *
   * - Category: `permission`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorInvalidUser = 'InternalError.InvalidUser',
  /**
   * 计费平台返回其他错误。
   *
   * The billing platform returned other errors.
   *
   * - Category: `internal`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorJiFeiOtherError = 'InternalError.JiFeiOtherError',
  /**
   * 内部网络错误。
   *
   * Internal network error.
   *
   * - Category: `internal`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorNetworkError = 'InternalError.NetworkError',
  /**
   * 记录不存在。
   *
   * The record does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorNotFound = 'InternalError.NotFound',
  /**
   * 无权限操作。
   *
   * No permission to operate.
   *
   * - Category: `permission`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorNotPermmitOperat = 'InternalError.NotPermmitOperat',
  /**
   * 播放域名不存在。
   *
   * The playback domain name does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorPlayDomainNoRecord = 'InternalError.PlayDomainNoRecord',
  /**
   * 转码模板名称已经存在。
   *
   * The transcoding template name already exists.
   *
   * - Category: `conflict`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorProcessorAlreadyExist = 'InternalError.ProcessorAlreadyExist',
  /**
   * 推流域名不存在。
   *
   * The push domain name does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorPushDomainNoRecord = 'InternalError.PushDomainNoRecord',
  /**
   * 按省份运营商查询播放信息失败。
   *
   * Failed to query the playback information by ISP and district.
   *
   * - Category: `internal`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorQueryProIspPlayInfoError = 'InternalError.QueryProIspPlayInfoError',
  /**
   * 查询 upload 信息失败。
   *
   * Failed to query the upload information.
   *
   * - Category: `internal`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorQueryUploadInfoFailed = 'InternalError.QueryUploadInfoFailed',
  /**
   * 规则已经配置。
   *
   * The rule has already been configured.
   *
   * - Category: `conflict`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorRuleAlreadyExist = 'InternalError.RuleAlreadyExist',
  /**
   * 规则使用中。
   *
   * The rule is in use.
   *
   * - Category: `conflict`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorRuleInUsing = 'InternalError.RuleInUsing',
  /**
   * 规则不存在。
   *
   * The rule does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorRuleNotFound = 'InternalError.RuleNotFound',
  /**
   * 规则超过限制。
   *
   * The rule exceeds the limit.
   *
   * - Category: `quota`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorRuleOutLimit = 'InternalError.RuleOutLimit',
  /**
   * 流状态异常。
   *
   * Exceptional stream status.
   *
   * - Category: `conflict`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorStreamStatusError = 'InternalError.StreamStatusError',
  /**
   * 系统内部错误。
   *
   * Internal system error.
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorSystemError = 'InternalError.SystemError',
  /**
   * 更新数据失败。
   *
   * Failed to update data.
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorUpdateDataError = 'InternalError.UpdateDataError',
  /**
   * 添加直播水印失败。
   *
   * Failed to add the watermark.
   *
   * - Category: `internal`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InternalErrorWatermarkAddError = 'InternalError.WatermarkAddError',
  /**
   * 水印修改内部错误。
   *
   * An internal error occurred while modifying the watermark.
   *
   * - Category: `internal`, retryable
   * - Document: 错误码 › 业务错误码
   */
  InternalErrorWatermarkEditError = 'InternalError.WatermarkEditError',
  /**
   * 水印不存在。
   *
   * The watermark does not exist.
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
   * Invalid parameter.
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  InvalidParameter = 'InvalidParameter',
  /**
   * 错误的模板名。
   *
   * Incorrect template name.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterArgsNotMatch = 'InvalidParameter.ArgsNotMatch',
  /**
   * Cos自定义文件名错误。
   *
   * Incorrect custom COS filename.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterCOSCustomFileNameError = 'InvalidParameter.COSCustomFileNameError',
  /**
   * 取消不存在的会话。
   *
   * The canceled session does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterCancelSessionNotExist = 'InvalidParameter.CancelSessionNotExist',
  /**
   * 腾讯云证书托管 ID 错误。
   *
   * Incorrect Tencent Cloud-hosted certificate ID.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterCloudCrtIdError = 'InvalidParameter.CloudCrtIdError',
  /**
   * 赠送的腾讯云域名已过期。
   *
   * The gifted Tencent Cloud domain name has expired.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterCloudDomainIsStop = 'InvalidParameter.CloudDomainIsStop',
  /**
   * 模版使用中。
   *
   * Template is in use.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterConfInUsed = 'InvalidParameter.ConfInUsed',
  /**
   * 配置没有找到。
   *
   * Configuration not found.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterConfNotFound = 'InvalidParameter.ConfNotFound',
  /**
   * 证书使用中。
   *
   * The certificate is in use.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterCrtDateInUsing = 'InvalidParameter.CrtDateInUsing',
  /**
   * 证书不存在。
   *
   * The certificate does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterCrtDateNotFound = 'InvalidParameter.CrtDateNotFound',
  /**
   * 证书内容不合法。
   *
   * The certificate is invalid.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterCrtDateNotLegal = 'InvalidParameter.CrtDateNotLegal',
  /**
   * 证书过期。
   *
   * The certificate has expired.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterCrtDateOverdue = 'InvalidParameter.CrtDateOverdue',
  /**
   * 证书没有相关域名。
   *
   * Unable to find the domain.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterCrtDomainNotFound = 'InvalidParameter.CrtDomainNotFound',
  /**
   * 证书 Key 不匹配。
   *
   * The certificate key does not match.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterCrtKeyNotMatch = 'InvalidParameter.CrtKeyNotMatch',
  /**
   * 证书内容或者私钥未提供。
   *
   * The certificate content or private key was not provided.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterCrtOrKeyNotExist = 'InvalidParameter.CrtOrKeyNotExist',
  /**
   * 域名已经存在。
   *
   * The domain name already exists.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterDomainAlreadyExist = 'InvalidParameter.DomainAlreadyExist',
  /**
   * 域名格式错误，请输入合法格式域名。
   *
   * The domain name format is incorrect. Please enter a valid one.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterDomainFormatError = 'InvalidParameter.DomainFormatError',
  /**
   * 当前域名在黑名单中。
   *
   * This domain name is on the blocklist.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterDomainHitBlackList = 'InvalidParameter.DomainHitBlackList',
  /**
   * 使用黑名单域名。
   *
   * A blocklisted domain name is used.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterDomainIsFamous = 'InvalidParameter.DomainIsFamous',
  /**
   * 域名受限，请提交工单，申请解除限制。
   *
   * The domain name is restricted. Please submit a ticket for application to remove the restrictions.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterDomainIsLimited = 'InvalidParameter.DomainIsLimited',
  /**
   * 域名长度超过限制。
   *
   * The domain name exceeds the length limit.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterDomainTooLong = 'InvalidParameter.DomainTooLong',
  /**
   * 自适应码率子模板gop值必须存在且相等。
   *
   * The GOP of an adaptive bitrate template is required and must be the same for each stream.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterGopMustEqualAndExists = 'InvalidParameter.GopMustEqualAndExists',
  /**
   * 输入数目超出限制。
   *
   * The number of inputs exceeds the limit.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInputNumLimitExceeded = 'InvalidParameter.InputNumLimitExceeded',
  /**
   * 非法的背景长宽。
   *
   * Invalid background length and width.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidBackgroudResolution = 'InvalidParameter.InvalidBackgroudResolution',
  /**
   * 无效的备用推流地址。
   *
   * invalid BackupToUrl.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidBackupToUrl = 'InvalidParameter.InvalidBackupToUrl',
  /**
   * 非法的输出码率。
   *
   * Invalid output bitrate.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidBitrate = 'InvalidParameter.InvalidBitrate',
  /**
   * 回调地址不规范。
   *
   * Invalid callback URL.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidCallbackUrl = 'InvalidParameter.InvalidCallbackUrl',
  /**
   * 裁剪区域溢出原始图片。
   *
   * The cropped area overflows the original image.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidCropParam = 'InvalidParameter.InvalidCropParam',
  /**
   * 图层参数错误。
   *
   * Invalid layer parameter.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidLayerParam = 'InvalidParameter.InvalidLayerParam',
  /**
   * 混流输入参数无效。
   *
   * Invalid input parameters for stream mixing.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidMixInputParam = 'InvalidParameter.InvalidMixInputParam',
  /**
   * 输出流参数无效。
   *
   * Invalid output stream parameters.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidOutputParam = 'InvalidParameter.InvalidOutputParam',
  /**
   * 输出流 ID 被占用。
   *
   * The output stream ID is already used.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidOutputStreamID = 'InvalidParameter.InvalidOutputStreamID',
  /**
   * 非法输出类型，检查 OutputPram-StreamId 与 OutputType 是否匹配。
   *
   * Invalid output type. Please check whether `OutputPram-StreamId` and `OutputType` match.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidOutputType = 'InvalidParameter.InvalidOutputType',
  /**
   * 水印 ID 未设置。
   *
   * The watermark ID was not set.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidPictureID = 'InvalidParameter.InvalidPictureID',
  /**
   * 非法协议类型。
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidProtocol = 'InvalidParameter.InvalidProtocol',
  /**
   * 非法的圆角矩形圆角半径。
   *
   * Invalid corner radius of the rounded rectangle.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidRoundRectRadius = 'InvalidParameter.InvalidRoundRectRadius',
  /**
   * 源地址不规范。
   *
   * Invalid source URL.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidSourceUrl = 'InvalidParameter.InvalidSourceUrl',
  /**
   * TaskId非法
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidTaskId = 'InvalidParameter.InvalidTaskId',
  /**
   * 任务时间超出限制。
   *
   * The time period of the task exceeded the limit.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidTaskTime = 'InvalidParameter.InvalidTaskTime',
  /**
   * 目标地址不规范。
   *
   * Invalid destination URL.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidToUrl = 'InvalidParameter.InvalidToUrl',
  /**
   * url非法。
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidUrl = 'InvalidParameter.InvalidUrl',
  /**
   * 错误的VodFileName。
   *
   * Incorrect `VodFileName`.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidVodFileName = 'InvalidParameter.InvalidVodFileName',
  /**
   * 水印参数有误。
   *
   * Invalid watermark parameter.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterInvalidWatermark = 'InvalidParameter.InvalidWatermark',
  /**
   * 匹配规则仅支持音视频格式后缀。
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterMatchRuleOnlySupportNormalSuffix = 'InvalidParameter.MatchRuleOnlySupportNormalSuffix',
  /**
   * 当月不允许添加已删除的小程序域名。
   *
   * It is not allowed to add a Mini Program domain name deleted in the same month.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterMpHostDelete = 'InvalidParameter.MpHostDelete',
  /**
   * 小程序插件没有授权。
   *
   * The WeChat Mini Program plug-in is unauthorized.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterMpPluginNoUse = 'InvalidParameter.MpPluginNoUse',
  /**
   * 该APPID未开通LVB服务。
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterNotAllowUseLVB = 'InvalidParameter.NotAllowUseLVB',
  /**
   * 其他错误。
   *
   * Other errors.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterOtherError = 'InvalidParameter.OtherError',
  /**
   * 转码模板已存在。
   *
   * Transcoding template already exists.
   *
   * - Category: `conflict`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterProcessorAlreadyExist = 'InvalidParameter.ProcessorAlreadyExist',
  /**
   * 规则没有找到。
   *
   * Rule not found.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterRuleNotFound = 'InvalidParameter.RuleNotFound',
  /**
   * 同一会话输出流发生变化。
   *
   * The output stream of the same session has changed.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterSessionOutputStreamChanged = 'InvalidParameter.SessionOutputStreamChanged',
  /**
   * 任务不存在。
   *
   * The task does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterTaskNotExist = 'InvalidParameter.TaskNotExist',
  /**
   * 任务数超过限制。
   *
   * The number of tasks reached the limit.
   *
   * - Category: `quota`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterTaskNumMoreThanLimit = 'InvalidParameter.TaskNumMoreThanLimit',
  /**
   * 模板与输入流条数不匹配。
   *
   * The template does not match the number of input streams.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterTemplateNotMatchInputNum = 'InvalidParameter.TemplateNotMatchInputNum',
  /**
   * 外部地址无权限。
   *
   * No permission to access the external URL.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterToUrlNoPermission = 'InvalidParameter.ToUrlNoPermission',
  /**
   * 域名解析不正确。
   *
   * Failed to resolve the domain name.
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  InvalidParameterUrlNotSafe = 'InvalidParameter.UrlNotSafe',
  /**
   * `InvalidParameterValue` has 2 documented variants, in document order.
   *
   * **Variant 1.** 参数取值错误。
   * Invalid parameter value.
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 参数取值错误
   * Invalid parameter value.
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
   * Quota exceeded.
   * - Category: `quota`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  LimitExceeded = 'LimitExceeded',
  /**
   * 当前并发任务数超限制。
   *
   * The current number of concurrent tasks exceeds the limit.
   *
   * - Category: `rate-limit`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  LimitExceededMaximumRunningTask = 'LimitExceeded.MaximumRunningTask',
  /**
   * 当天已创建任务数超限制。
   *
   * The number of tasks created on the day exceeds the limit.
   *
   * - Category: `quota`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  LimitExceededMaximumTask = 'LimitExceeded.MaximumTask',
  /**
   * 单位时间内接口请求频率达到限制。
   *
   * Reached the API rate limit.
   *
   * - Category: `rate-limit`, retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  LimitExceededRateLimitExceeded = 'LimitExceeded.RateLimitExceeded',
  /**
   * `MissingParameter` has 2 documented variants, in document order.
   *
   * **Variant 1.** 缺少参数错误。
   * A parameter is missing.
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 缺少参数错误
   * Parameter missing.
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
   * The resource is occupied.
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
   * Insufficient resources.
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
   * The resource is not found.
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  ResourceNotFound = 'ResourceNotFound',
  /**
   * 导播台不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundCasterNotExists = 'ResourceNotFound.CasterNotExists',
  /**
   * 日志下载 URL 不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundCdnLogEmpty = 'ResourceNotFound.CdnLogEmpty',
  /**
   * 日志主题不存在。
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundCdnThemeEmpty = 'ResourceNotFound.CdnThemeEmpty',
  /**
   * 频道不存在。
   *
   * The channel does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundChannelNotExist = 'ResourceNotFound.ChannelNotExist',
  /**
   * 证书不存在。
   *
   * The certificate does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundCrtDateNotFound = 'ResourceNotFound.CrtDateNotFound',
  /**
   * 未找到证书信息。
   *
   * No certificate was found.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundCrtDomainNotFound = 'ResourceNotFound.CrtDomainNotFound',
  /**
   * 域名没有备案。
   *
   * The domain name has no ICP filing.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundDomainNoRecord = 'ResourceNotFound.DomainNoRecord',
  /**
   * 域名不存在或不匹配。
   *
   * The domain name does not exist or is not matched.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundDomainNotExist = 'ResourceNotFound.DomainNotExist',
  /**
   * 数据为空。
   *
   * Data is empty.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundEmptyData = 'ResourceNotFound.EmptyData',
  /**
   * 用户被禁用。
   *
   * You are blocked.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundForbidService = 'ResourceNotFound.ForbidService',
  /**
   * 用户服务被冻结。
   *
   * Service suspended.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundFreezeService = 'ResourceNotFound.FreezeService',
  /**
   * 用户不支持此接口。
   *
   * This API is not supported for the user.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundInvalidUser = 'ResourceNotFound.InvalidUser',
  /**
   * 预付费客户，未绑定套餐包
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundNotBindPackage = 'ResourceNotFound.NotBindPackage',
  /**
   * 播放域名不存在。
   *
   * The playback domain name does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundPlayDomainNoRecord = 'ResourceNotFound.PlayDomainNoRecord',
  /**
   * 推流域名不存在。
   *
   * The push domain name does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundPushDomainNoRecord = 'ResourceNotFound.PushDomainNoRecord',
  /**
   * 账号停服，请先冲正开通服务后再操作。
   *
   * The service has been suspended due to account arrears. Please top up it to a positive balance to activate the service first.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundStopService = 'ResourceNotFound.StopService',
  /**
   * TaskId不存在。
   *
   * The `TaskId` does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  ResourceNotFoundTaskId = 'ResourceNotFound.TaskId',
  /**
   * 任务不存在
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundTaskNotFound = 'ResourceNotFound.TaskNotFound',
  /**
   * 用户主动停服。
   *
   * You disabled the service.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundUserDisableService = 'ResourceNotFound.UserDisableService',
  /**
   * 用户未注册直播。
   *
   * The CSS service has not been activated.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundUserNotExist = 'ResourceNotFound.UserNotExist',
  /**
   * 用户不存在。
   *
   * The user does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundUserNotFount = 'ResourceNotFound.UserNotFount',
  /**
   * 水印不存在。
   *
   * The watermark does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceNotFoundWatermarkNotExist = 'ResourceNotFound.WatermarkNotExist',
  /**
   * `ResourceUnavailable` has 2 documented variants, in document order.
   *
   * **Variant 1.** 资源不可用。
   * Resource is unavailable.
   * - Category: `unavailable`, retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 资源不可用
   * The resource is unavailable.
   * - Category: `unavailable`, retryable
   * - Document: 错误码 › 业务错误码
   */
  ResourceUnavailable = 'ResourceUnavailable',
  /**
   * 点播未开服。
   *
   * The VOD service has not been activated.
   *
   * - Category: `permission`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceUnavailableInvalidVodStatus = 'ResourceUnavailable.InvalidVodStatus',
  /**
   * 推流不存在。
   *
   * The stream does not exist.
   *
   * - Category: `not-found`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  ResourceUnavailableStreamNotExist = 'ResourceUnavailable.StreamNotExist',
  /**
   * `UnauthorizedOperation` has 2 documented variants, in document order.
   *
   * **Variant 1.** 未授权操作。
   * Unauthorized operation.
   * - Category: `permission`, not retryable
   * - Document: 错误码 › 公共错误码
   *
   * **Variant 2.** 未授权操作
   * Unauthorized operation.
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
   * Unknown parameter.
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
   * Unsupported operation.
   * - Category: `invalid-request`, not retryable
   * - Document: 错误码 › 业务错误码
   */
  UnsupportedOperation = 'UnsupportedOperation',
  /**
   * 非直播码/新版控制台模式。
   *
   * Not a LVB code/new console mode
   *
   * - Category: `invalid-request`, not retryable
   * - Document: tencentcloud-sdk-go live/v20180801/errors.go › 此产品的特有错误码
   */
  UnsupportedOperationNotLVBCodeMode = 'UnsupportedOperation.NotLVBCodeMode',
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
  | 'AuthFailure'
  | 'AuthFailure.InvalidSecretId'
  | 'AuthFailure.MFAFailure'
  | 'AuthFailure.SecretIdNotFound'
  | 'AuthFailure.SignatureExpire'
  | 'AuthFailure.SignatureFailure'
  | 'AuthFailure.TokenFailure'
  | 'AuthFailure.UnauthorizedOperation'
  | 'DryRunOperation'
  | 'FailedOperation'
  | 'FailedOperation.AiTranscodeOptionFail'
  | 'FailedOperation.AlterTaskState'
  | 'FailedOperation.AuthError'
  | 'FailedOperation.CallOtherSvrError'
  | 'FailedOperation.CallOtherSvrFailed'
  | 'FailedOperation.CancelSessionNotExist'
  | 'FailedOperation.CannotBeDeletedIssued'
  | 'FailedOperation.CannotBeDeletedWithinHour'
  | 'FailedOperation.CasterBinded'
  | 'FailedOperation.CasterExpired'
  | 'FailedOperation.CasterNotFound'
  | 'FailedOperation.CertificateExists'
  | 'FailedOperation.CertificateInvalid'
  | 'FailedOperation.CertificateMismatch'
  | 'FailedOperation.CertificateNotFound'
  | 'FailedOperation.ConfInUsed'
  | 'FailedOperation.ConfigCDNFailed'
  | 'FailedOperation.ConflictAction'
  | 'FailedOperation.CosBucketNotExist'
  | 'FailedOperation.CosBucketNotPermission'
  | 'FailedOperation.CosRoleNotExists'
  | 'FailedOperation.CreateAIGCTaskFailed'
  | 'FailedOperation.CreateCasterTaskFailed'
  | 'FailedOperation.DatabaseNotAccessible'
  | 'FailedOperation.DeleteDomainInLockedTime'
  | 'FailedOperation.DomainAdded'
  | 'FailedOperation.DomainGslbFail'
  | 'FailedOperation.DomainNeedRealName'
  | 'FailedOperation.DomainNeedVerifyOwner'
  | 'FailedOperation.ExceedsFreeLimit'
  | 'FailedOperation.GetDataFailed'
  | 'FailedOperation.GetPictureUrlError'
  | 'FailedOperation.GetStreamResolutionError'
  | 'FailedOperation.HasNotLivingStream'
  | 'FailedOperation.HostOutLimit'
  | 'FailedOperation.InputAlreadyExist'
  | 'FailedOperation.InputIsNotActive'
  | 'FailedOperation.InputNotExist'
  | 'FailedOperation.InputStreamMixTypeNotAccessible'
  | 'FailedOperation.InputUsedInAutoCast'
  | 'FailedOperation.InputUsedInLayout'
  | 'FailedOperation.InputUsedInPgm'
  | 'FailedOperation.InputUsedInPvw'
  | 'FailedOperation.InvalidCertificateStatusCode'
  | 'FailedOperation.InvalidParam'
  | 'FailedOperation.InvokeCdnApiFail'
  | 'FailedOperation.InvokeVideoApiFail'
  | 'FailedOperation.JiFeiNoEnoughFund'
  | 'FailedOperation.LayoutAlreadyExist'
  | 'FailedOperation.LayoutNotExist'
  | 'FailedOperation.LayoutUsedInAutoCast'
  | 'FailedOperation.LayoutUsedInPgm'
  | 'FailedOperation.LayoutUsedInPvw'
  | 'FailedOperation.MarkPicAlreadyExist'
  | 'FailedOperation.MarkPicNotExist'
  | 'FailedOperation.MarkPicUsedInAutoCast'
  | 'FailedOperation.MarkWordAlreadyExist'
  | 'FailedOperation.MarkWordNotExist'
  | 'FailedOperation.MarkWordUsedInAutoCast'
  | 'FailedOperation.MonitorIsActive'
  | 'FailedOperation.MonitorLimitExceeded'
  | 'FailedOperation.MonitorNotExist'
  | 'FailedOperation.NetworkError'
  | 'FailedOperation.NoBackupInput'
  | 'FailedOperation.NoLVBPushOrPlayDomain'
  | 'FailedOperation.NoPgmRunning'
  | 'FailedOperation.NoProjectPermission'
  | 'FailedOperation.NoRealNameAuth'
  | 'FailedOperation.NotFound'
  | 'FailedOperation.OutOfService'
  | 'FailedOperation.OutputAlreadyExist'
  | 'FailedOperation.OutputIsNotExist'
  | 'FailedOperation.ParentDomainAdded'
  | 'FailedOperation.ProcessMixError'
  | 'FailedOperation.QueryAIGCTaskFailed'
  | 'FailedOperation.QueryUploadInfoFailed'
  | 'FailedOperation.RelateServerNotAccessible'
  | 'FailedOperation.RelatedRunningMonitorLimitExceeded'
  | 'FailedOperation.ReleaseCasterFailed'
  | 'FailedOperation.ResourceNotEnough'
  | 'FailedOperation.RuleAlreadyExist'
  | 'FailedOperation.SdkNoPackage'
  | 'FailedOperation.StartPullFailed'
  | 'FailedOperation.StartTaskFailed'
  | 'FailedOperation.StopCasterTaskFailed'
  | 'FailedOperation.StopPullFailed'
  | 'FailedOperation.StopTaskFailed'
  | 'FailedOperation.StreamNotExist'
  | 'FailedOperation.SubDomainAdded'
  | 'FailedOperation.TagUnbindError'
  | 'FailedOperation.TooMuchInput'
  | 'InternalError'
  | 'InternalError.ArgsNotMatch'
  | 'InternalError.CallOtherSvrError'
  | 'InternalError.ChineseCharacterDetected'
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
  | 'InternalError.DomainAlreadyExist'
  | 'InternalError.DomainFormatError'
  | 'InternalError.DomainGslbFail'
  | 'InternalError.DomainIsFamous'
  | 'InternalError.DomainIsLimited'
  | 'InternalError.DomainNoRecord'
  | 'InternalError.DomainNotExist'
  | 'InternalError.DomainTooLong'
  | 'InternalError.GetBizidError'
  | 'InternalError.GetConfigError'
  | 'InternalError.GetStreamInfoError'
  | 'InternalError.GetUpstreamInfoError'
  | 'InternalError.GetWatermarkError'
  | 'InternalError.HasNotLivingStream'
  | 'InternalError.InvalidInput'
  | 'InternalError.InvalidRequest'
  | 'InternalError.InvalidUser'
  | 'InternalError.JiFeiOtherError'
  | 'InternalError.NetworkError'
  | 'InternalError.NotFound'
  | 'InternalError.NotPermmitOperat'
  | 'InternalError.PlayDomainNoRecord'
  | 'InternalError.ProcessorAlreadyExist'
  | 'InternalError.PushDomainNoRecord'
  | 'InternalError.QueryProIspPlayInfoError'
  | 'InternalError.QueryUploadInfoFailed'
  | 'InternalError.RuleAlreadyExist'
  | 'InternalError.RuleInUsing'
  | 'InternalError.RuleNotFound'
  | 'InternalError.RuleOutLimit'
  | 'InternalError.StreamStatusError'
  | 'InternalError.SystemError'
  | 'InternalError.UpdateDataError'
  | 'InternalError.WatermarkAddError'
  | 'InternalError.WatermarkEditError'
  | 'InternalError.WatermarkNotExist'
  | 'InvalidAction'
  | 'InvalidParameter'
  | 'InvalidParameter.ArgsNotMatch'
  | 'InvalidParameter.COSCustomFileNameError'
  | 'InvalidParameter.CancelSessionNotExist'
  | 'InvalidParameter.CloudCrtIdError'
  | 'InvalidParameter.CloudDomainIsStop'
  | 'InvalidParameter.ConfInUsed'
  | 'InvalidParameter.ConfNotFound'
  | 'InvalidParameter.CrtDateInUsing'
  | 'InvalidParameter.CrtDateNotFound'
  | 'InvalidParameter.CrtDateNotLegal'
  | 'InvalidParameter.CrtDateOverdue'
  | 'InvalidParameter.CrtDomainNotFound'
  | 'InvalidParameter.CrtKeyNotMatch'
  | 'InvalidParameter.CrtOrKeyNotExist'
  | 'InvalidParameter.DomainAlreadyExist'
  | 'InvalidParameter.DomainFormatError'
  | 'InvalidParameter.DomainHitBlackList'
  | 'InvalidParameter.DomainIsFamous'
  | 'InvalidParameter.DomainIsLimited'
  | 'InvalidParameter.DomainTooLong'
  | 'InvalidParameter.GopMustEqualAndExists'
  | 'InvalidParameter.InputNumLimitExceeded'
  | 'InvalidParameter.InvalidBackgroudResolution'
  | 'InvalidParameter.InvalidBackupToUrl'
  | 'InvalidParameter.InvalidBitrate'
  | 'InvalidParameter.InvalidCallbackUrl'
  | 'InvalidParameter.InvalidCropParam'
  | 'InvalidParameter.InvalidLayerParam'
  | 'InvalidParameter.InvalidMixInputParam'
  | 'InvalidParameter.InvalidOutputParam'
  | 'InvalidParameter.InvalidOutputStreamID'
  | 'InvalidParameter.InvalidOutputType'
  | 'InvalidParameter.InvalidPictureID'
  | 'InvalidParameter.InvalidProtocol'
  | 'InvalidParameter.InvalidRoundRectRadius'
  | 'InvalidParameter.InvalidSourceUrl'
  | 'InvalidParameter.InvalidTaskId'
  | 'InvalidParameter.InvalidTaskTime'
  | 'InvalidParameter.InvalidToUrl'
  | 'InvalidParameter.InvalidUrl'
  | 'InvalidParameter.InvalidVodFileName'
  | 'InvalidParameter.InvalidWatermark'
  | 'InvalidParameter.MatchRuleOnlySupportNormalSuffix'
  | 'InvalidParameter.MpHostDelete'
  | 'InvalidParameter.MpPluginNoUse'
  | 'InvalidParameter.NotAllowUseLVB'
  | 'InvalidParameter.OtherError'
  | 'InvalidParameter.ProcessorAlreadyExist'
  | 'InvalidParameter.RuleNotFound'
  | 'InvalidParameter.SessionOutputStreamChanged'
  | 'InvalidParameter.TaskNotExist'
  | 'InvalidParameter.TaskNumMoreThanLimit'
  | 'InvalidParameter.TemplateNotMatchInputNum'
  | 'InvalidParameter.ToUrlNoPermission'
  | 'InvalidParameter.UrlNotSafe'
  | 'InvalidParameterValue'
  | 'LimitExceeded'
  | 'LimitExceeded.MaximumRunningTask'
  | 'LimitExceeded.MaximumTask'
  | 'LimitExceeded.RateLimitExceeded'
  | 'MissingParameter'
  | 'NoSuchVersion'
  | 'RequestLimitExceeded'
  | 'ResourceInUse'
  | 'ResourceInsufficient'
  | 'ResourceNotFound'
  | 'ResourceNotFound.CasterNotExists'
  | 'ResourceNotFound.CdnLogEmpty'
  | 'ResourceNotFound.CdnThemeEmpty'
  | 'ResourceNotFound.ChannelNotExist'
  | 'ResourceNotFound.CrtDateNotFound'
  | 'ResourceNotFound.CrtDomainNotFound'
  | 'ResourceNotFound.DomainNoRecord'
  | 'ResourceNotFound.DomainNotExist'
  | 'ResourceNotFound.EmptyData'
  | 'ResourceNotFound.ForbidService'
  | 'ResourceNotFound.FreezeService'
  | 'ResourceNotFound.InvalidUser'
  | 'ResourceNotFound.NotBindPackage'
  | 'ResourceNotFound.PlayDomainNoRecord'
  | 'ResourceNotFound.PushDomainNoRecord'
  | 'ResourceNotFound.StopService'
  | 'ResourceNotFound.TaskId'
  | 'ResourceNotFound.TaskNotFound'
  | 'ResourceNotFound.UserDisableService'
  | 'ResourceNotFound.UserNotExist'
  | 'ResourceNotFound.UserNotFount'
  | 'ResourceNotFound.WatermarkNotExist'
  | 'ResourceUnavailable'
  | 'ResourceUnavailable.InvalidVodStatus'
  | 'ResourceUnavailable.StreamNotExist'
  | 'UnauthorizedOperation'
  | 'UnknownParameter'
  | 'UnsupportedOperation'
  | 'UnsupportedOperation.NotLVBCodeMode'
  | 'UnsupportedProtocol'
  | 'UnsupportedRegion';
