// Generated from tables/baidu-vod-common.csv, tables/baidu-vod.csv, tables/aliases.csv by npm run generate. Do not edit.
import { deepFreeze } from '../entry.js';
import type { CodeSetTable, ErrorVariants } from '../entry.js';
import type { BaiduVodErrorCodeValue } from './codes.js';

const source1 = { document: '错误返回', section: '公共错误码' };

const source2 = { document: '错误返回', section: 'VOD错误返回码' };

/** Every documented variant of each BaiduVod code, in document order. Frozen all the way down and without a prototype: only own codes are keys. */
export const BaiduVodErrorEntries: { readonly [Code in BaiduVodErrorCodeValue]: ErrorVariants } =
  /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.assign(
      /* @__PURE__ */ Object.create(null) as object,
      /* @__PURE__ */ deepFreeze({
        AccessDenied: [
          {
            vendor: 'baidu-vod',
            code: 'AccessDenied',
            name: 'AccessDenied',
            httpStatus: 403,
            message: 'Access denied.',
            description: { zh: '无权限访问对应的资源。' },
            category: 'permission',
            retryable: false,
            source: source1,
            sources: [source1],
          },
        ],
        AccountBanned: [
          {
            vendor: 'baidu-vod',
            code: 'AccountBanned',
            name: 'AccountBanned',
            httpStatus: 403,
            message:
              'Your account contains sensitive information. We have restricted your resources.',
            description: { zh: '该账号存在敏感内容,已被封禁' },
            category: 'permission',
            retryable: false,
            source: source2,
            sources: [source2],
          },
        ],
        AccountOverdue: [
          {
            vendor: 'baidu-vod',
            code: 'AccountOverdue',
            name: 'AccountOverdue',
            httpStatus: 403,
            message: 'Your request is denied because there is an overdue bill of your account.',
            description: { zh: '账号已欠费' },
            category: 'permission',
            retryable: false,
            source: source2,
            sources: [source2],
          },
        ],
        IdempotentParameterMismatch: [
          {
            vendor: 'baidu-vod',
            code: 'IdempotentParameterMismatch',
            name: 'IdempotentParameterMismatch',
            httpStatus: 403,
            message:
              'The request uses the same client token as a previous, but non-identical request.',
            description: { zh: 'clientToken对应的API参数不一样。' },
            category: 'conflict',
            retryable: false,
            source: source1,
            sources: [source1],
          },
        ],
        IllegalMediaSessionKey: [
          {
            vendor: 'baidu-vod',
            code: 'IllegalMediaSessionKey',
            name: 'IllegalMediaSessionKey',
            httpStatus: 400,
            message: 'Media session key xxx is illegal',
            description: { zh: '非法的sessionKey' },
            category: 'invalid-request',
            retryable: false,
            source: source2,
            sources: [source2],
          },
        ],
        InappropriateJSON: [
          {
            vendor: 'baidu-vod',
            code: 'InappropriateJSON',
            name: 'InappropriateJSON',
            httpStatus: 400,
            message:
              'The JSON you provided was well-formed and valid, but not appropriate for this operation.',
            description: {
              zh: '请求中的JSON格式正确,但语义上不符合要求。如缺少某个必需项,或值类型不匹配等。出于兼容性考虑,对于所有无法识别的项应直接忽略,不应该返回这个错误。',
            },
            category: 'invalid-request',
            retryable: false,
            source: source1,
            sources: [source1],
          },
        ],
        InternalError: [
          {
            vendor: 'baidu-vod',
            code: 'InternalError',
            name: 'InternalError',
            httpStatus: 500,
            message: 'We encountered an internal error. Please try again.',
            description: {
              zh: '所有未定义的其他错误。在有明确对应的其他类型的错误时(包括通用的和服务自定义的)不应该使用。',
            },
            category: 'internal',
            retryable: true,
            source: source1,
            sources: [source1],
          },
        ],
        InvalidAccessKeyId: [
          {
            vendor: 'baidu-vod',
            code: 'InvalidAccessKeyId',
            name: 'InvalidAccessKeyId',
            httpStatus: 403,
            message: 'The Access Key ID you provided does not exist in our records.',
            description: { zh: 'Access Key ID不存在。' },
            category: 'auth',
            retryable: false,
            source: source1,
            sources: [source1],
          },
        ],
        InvalidHTTPAuthHeader: [
          {
            vendor: 'baidu-vod',
            code: 'InvalidHTTPAuthHeader',
            name: 'InvalidHTTPAuthHeader',
            httpStatus: 400,
            message: 'The Access Key ID you provided does not exist in our records.',
            description: { zh: 'Authorization头域格式错误。' },
            category: 'auth',
            retryable: false,
            source: source1,
            sources: [source1],
          },
        ],
        InvalidHTTPRequest: [
          {
            vendor: 'baidu-vod',
            code: 'InvalidHTTPRequest',
            name: 'InvalidHTTPRequest',
            httpStatus: 400,
            message: 'There was an error in the body of your HTTP request.',
            description: { zh: 'HTTP body格式错误。例如不符合指定的Encoding等。' },
            category: 'invalid-request',
            retryable: false,
            source: source1,
            sources: [source1],
          },
        ],
        InvalidRequest: [
          {
            vendor: 'baidu-vod',
            code: 'InvalidRequest',
            name: 'InvalidRequest',
            httpStatus: 400,
            message: '[InvalidParameter] The value you provided is not available, xxxx',
            description: { zh: '请求的输入参数不合法' },
            category: 'invalid-request',
            retryable: false,
            source: source2,
            sources: [source2],
          },
        ],
        InvalidURI: [
          {
            vendor: 'baidu-vod',
            code: 'InvalidURI',
            name: 'InvalidURI',
            httpStatus: 400,
            message: 'Could not parse the specified URI.',
            description: {
              zh: 'URI形式不正确。例如一些服务定义的关键词不匹配等。对于ID不匹配的问题,应定义更加具体的错误码,如NoSuchKey。',
            },
            category: 'invalid-request',
            retryable: false,
            source: source1,
            sources: [source1],
          },
        ],
        InvalidVersion: [
          {
            vendor: 'baidu-vod',
            code: 'InvalidVersion',
            name: 'InvalidVersion',
            httpStatus: 404,
            message: 'The API version specified was invalid.',
            description: { zh: 'URI的版本号不合法。' },
            category: 'invalid-request',
            retryable: false,
            source: source1,
            sources: [source1],
          },
        ],
        MalformedJSON: [
          {
            vendor: 'baidu-vod',
            code: 'MalformedJSON',
            name: 'MalformedJSON',
            httpStatus: 400,
            message: 'The JSON you provided was not well-formed.',
            description: { zh: 'JSON格式不合法。' },
            category: 'invalid-request',
            retryable: false,
            source: source1,
            sources: [source1],
          },
        ],
        MediaBanned: [
          {
            vendor: 'baidu-vod',
            code: 'MediaBanned',
            name: 'MediaBanned',
            httpStatus: 403,
            message: 'Media mda-xxx is banned',
            description: { zh: '媒资被封禁' },
            category: 'conflict',
            retryable: false,
            source: source2,
            sources: [source2],
          },
        ],
        MediaNotFound: [
          {
            vendor: 'baidu-vod',
            code: 'MediaNotFound',
            name: 'MediaNotFound',
            httpStatus: 404,
            message: 'Media not found with mda-xxx',
            description: { zh: '没有找到对应的媒资' },
            category: 'not-found',
            retryable: false,
            source: source2,
            sources: [source2],
          },
        ],
        MediaProcessParamError: [
          {
            vendor: 'baidu-vod',
            code: 'MediaProcessParamError',
            name: 'MediaProcessParamError',
            httpStatus: 400,
            message: 'Media mda-xxx process param error, xxx',
            description: { zh: '媒资处理参数错误' },
            category: 'invalid-request',
            retryable: false,
            source: source2,
            sources: [source2],
          },
        ],
        MediaSourceFileNotFound: [
          {
            vendor: 'baidu-vod',
            code: 'MediaSourceFileNotFound',
            name: 'MediaSourceFileNotFound',
            httpStatus: 404,
            message: 'Media source file not found with session key : xxx',
            description: { zh: '媒资文件未找到' },
            category: 'not-found',
            retryable: false,
            source: source2,
            sources: [source2],
          },
        ],
        MediaTaskNotFound: [
          {
            vendor: 'baidu-vod',
            code: 'MediaTaskNotFound',
            name: 'MediaTaskNotFound',
            httpStatus: 404,
            message: 'MediaTask tsk-xxx not found',
            description: { zh: '没有找到对应的媒资任务' },
            category: 'not-found',
            retryable: false,
            source: source2,
            sources: [source2],
          },
        ],
        MultipartEtagsMissing: [
          {
            vendor: 'baidu-vod',
            code: 'MultipartEtagsMissing',
            name: 'MultipartEtagsMissing',
            httpStatus: 400,
            message: 'multipart etags missing for media mda-xxx',
            description: { zh: '缺少分片上传etag标识' },
            category: 'invalid-request',
            retryable: false,
            source: source2,
            sources: [source2],
          },
        ],
        OptInRequired: [
          {
            vendor: 'baidu-vod',
            code: 'OptInRequired',
            name: 'OptInRequired',
            httpStatus: 403,
            message: 'A subscription for the service is required.',
            description: { zh: '没有开通对应的服务。' },
            category: 'permission',
            retryable: false,
            source: source1,
            sources: [source1],
          },
        ],
        PreconditionFailed: [
          {
            vendor: 'baidu-vod',
            code: 'PreconditionFailed',
            name: 'PreconditionFailed',
            httpStatus: 412,
            message: 'The specified If-Match header doesn’t match the ETag header.',
            description: { zh: '详见Etag。' },
            category: 'conflict',
            retryable: false,
            source: source1,
            sources: [source1],
          },
        ],
        RequestConflict: [
          {
            vendor: 'baidu-vod',
            code: 'RequestConflict',
            name: 'RequestConflict',
            httpStatus: 409,
            message: 'Your concurrent request is conflict, please retry later',
            description: { zh: '您的请求发生冲突,请稍后重试' },
            category: 'conflict',
            retryable: true,
            source: source2,
            sources: [source2],
          },
        ],
        RequestExpired: [
          {
            vendor: 'baidu-vod',
            code: 'RequestExpired',
            name: 'RequestExpired',
            httpStatus: 400,
            message: 'Request has expired. Timestamp date is .',
            description: {
              zh: '请求超时。要改成x-bce-date。若请求中只有Date,需将Date转成datetime。',
            },
            category: 'auth',
            retryable: false,
            source: source1,
            sources: [source1],
          },
        ],
        SignatureDoesNotMatch: [
          {
            vendor: 'baidu-vod',
            code: 'SignatureDoesNotMatch',
            name: 'SignatureDoesNotMatch',
            httpStatus: 400,
            message:
              'The request signature we calculated does not match the signature you provided. Check your Secret Access Key and signing method. Consult the service documentation for details.',
            description: { zh: 'Authorization头域中附带的签名和服务端验证不一致。' },
            category: 'auth',
            retryable: false,
            source: source1,
            sources: [source1],
          },
        ],
        UserNotFound: [
          {
            vendor: 'baidu-vod',
            code: 'UserNotFound',
            name: 'UserNotFound',
            httpStatus: 404,
            message: 'User with accountId xxx not found',
            description: { zh: '该账号未开通VOD服务' },
            category: 'permission',
            retryable: false,
            source: source2,
            sources: [source2],
          },
        ],
      } satisfies { readonly [Code in BaiduVodErrorCodeValue]: ErrorVariants }),
    ),
  );

/** The BaiduVod codes as the runtime lookups and parsers read them. */
export const BaiduVodCodeSet: CodeSetTable = /* @__PURE__ */ Object.freeze<CodeSetTable>({
  vendor: 'baidu-vod',
  prefix: 'BaiduVod',
  codeType: 'string',
  envelope: 'bce',
  entries: BaiduVodErrorEntries,
  aliases: /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(null) as CodeSetTable['aliases'], {
      'MediaException.MediaNotFound': 'MediaNotFound',
    }),
  ),
  rules: /* @__PURE__ */ deepFreeze([] satisfies CodeSetTable['rules']),
});
