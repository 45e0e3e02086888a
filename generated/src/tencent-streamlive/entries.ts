// Generated from tables/tencent-common.csv by npm run generate. Do not edit.
import { deepFreeze } from '../entry.js';
import type { CodeSetTable, ErrorVariants } from '../entry.js';
import type { TencentStreamLiveErrorCodeValue } from './codes.js';

const source1 = { document: 'Responses', section: 'Common Error Codes' };

/** Every documented variant of each TencentStreamLive code, in document order. Frozen all the way down and without a prototype: only own codes are keys. */
export const TencentStreamLiveErrorEntries: {
  readonly [Code in TencentStreamLiveErrorCodeValue]: ErrorVariants;
} = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ Object.create(null) as object,
    /* @__PURE__ */ deepFreeze({
      'AuthFailure.InvalidSecretId': [
        {
          vendor: 'tencent-streamlive',
          code: 'AuthFailure.InvalidSecretId',
          name: 'AuthFailureInvalidSecretId',
          description: {
            zh: '密钥非法（不是云 API 密钥类型）。',
            en: 'Invalid key (not a TencentCloud API key type).',
          },
          category: 'auth',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      'AuthFailure.MFAFailure': [
        {
          vendor: 'tencent-streamlive',
          code: 'AuthFailure.MFAFailure',
          name: 'AuthFailureMFAFailure',
          description: { zh: 'MFA 错误。', en: 'MFA failed.' },
          category: 'auth',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      'AuthFailure.SecretIdNotFound': [
        {
          vendor: 'tencent-streamlive',
          code: 'AuthFailure.SecretIdNotFound',
          name: 'AuthFailureSecretIdNotFound',
          description: {
            zh: '密钥不存在。 请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。',
            en: 'The key does not exist.',
          },
          category: 'auth',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      'AuthFailure.SignatureExpire': [
        {
          vendor: 'tencent-streamlive',
          code: 'AuthFailure.SignatureExpire',
          name: 'AuthFailureSignatureExpire',
          description: {
            zh: '签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。',
            en: 'Signature expired.',
          },
          category: 'auth',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      'AuthFailure.SignatureFailure': [
        {
          vendor: 'tencent-streamlive',
          code: 'AuthFailure.SignatureFailure',
          name: 'AuthFailureSignatureFailure',
          description: {
            zh: '签名错误。 签名计算错误，请对照调用方式中的接口鉴权文档检查签名计算过程。',
            en: 'Signature error.',
          },
          category: 'auth',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      'AuthFailure.TokenFailure': [
        {
          vendor: 'tencent-streamlive',
          code: 'AuthFailure.TokenFailure',
          name: 'AuthFailureTokenFailure',
          description: { zh: 'token 错误。', en: 'Token error.' },
          category: 'auth',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      'AuthFailure.UnauthorizedOperation': [
        {
          vendor: 'tencent-streamlive',
          code: 'AuthFailure.UnauthorizedOperation',
          name: 'AuthFailureUnauthorizedOperation',
          description: {
            zh: '请求未 CAM 授权。',
            en: 'The request does not have CAM authorization.',
          },
          category: 'permission',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      DryRunOperation: [
        {
          vendor: 'tencent-streamlive',
          code: 'DryRunOperation',
          name: 'DryRunOperation',
          description: {
            zh: 'DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。',
            en: 'DryRun Operation. It means that the request would have succeeded, but the DryRun parameter was used.',
          },
          category: 'dry-run',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      FailedOperation: [
        {
          vendor: 'tencent-streamlive',
          code: 'FailedOperation',
          name: 'FailedOperation',
          description: { zh: '操作失败。', en: 'Operation failed.' },
          category: 'unknown',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      InternalError: [
        {
          vendor: 'tencent-streamlive',
          code: 'InternalError',
          name: 'InternalError',
          description: { zh: '内部错误。', en: 'Internal error.' },
          category: 'internal',
          retryable: true,
          source: source1,
          sources: [source1],
        },
      ],
      InvalidAction: [
        {
          vendor: 'tencent-streamlive',
          code: 'InvalidAction',
          name: 'InvalidAction',
          description: { zh: '接口不存在。', en: 'The API does not exist.' },
          category: 'invalid-request',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      InvalidParameter: [
        {
          vendor: 'tencent-streamlive',
          code: 'InvalidParameter',
          name: 'InvalidParameter',
          description: { zh: '参数错误。', en: 'Incorrect parameter.' },
          category: 'invalid-request',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      InvalidParameterValue: [
        {
          vendor: 'tencent-streamlive',
          code: 'InvalidParameterValue',
          name: 'InvalidParameterValue',
          description: { zh: '参数取值错误。', en: 'Invalid parameter value.' },
          category: 'invalid-request',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      LimitExceeded: [
        {
          vendor: 'tencent-streamlive',
          code: 'LimitExceeded',
          name: 'LimitExceeded',
          description: { zh: '超过配额限制。', en: 'Quota limit exceeded.' },
          category: 'quota',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      MissingParameter: [
        {
          vendor: 'tencent-streamlive',
          code: 'MissingParameter',
          name: 'MissingParameter',
          description: { zh: '缺少参数错误。', en: 'A parameter is missing.' },
          category: 'invalid-request',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      NoSuchVersion: [
        {
          vendor: 'tencent-streamlive',
          code: 'NoSuchVersion',
          name: 'NoSuchVersion',
          description: { zh: '接口版本不存在。', en: 'The API version does not exist.' },
          category: 'invalid-request',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      RequestLimitExceeded: [
        {
          vendor: 'tencent-streamlive',
          code: 'RequestLimitExceeded',
          name: 'RequestLimitExceeded',
          description: {
            zh: '请求的次数超过了频率限制。',
            en: 'The number of requests exceeds the frequency limit.',
          },
          category: 'rate-limit',
          retryable: true,
          source: source1,
          sources: [source1],
        },
      ],
      ResourceInUse: [
        {
          vendor: 'tencent-streamlive',
          code: 'ResourceInUse',
          name: 'ResourceInUse',
          description: { zh: '资源被占用。', en: 'Resource is in use.' },
          category: 'conflict',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      ResourceInsufficient: [
        {
          vendor: 'tencent-streamlive',
          code: 'ResourceInsufficient',
          name: 'ResourceInsufficient',
          description: { zh: '资源不足。', en: 'Insufficient resource.' },
          category: 'unavailable',
          retryable: true,
          source: source1,
          sources: [source1],
        },
      ],
      ResourceNotFound: [
        {
          vendor: 'tencent-streamlive',
          code: 'ResourceNotFound',
          name: 'ResourceNotFound',
          description: { zh: '资源不存在。', en: 'The resource does not exist.' },
          category: 'not-found',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      ResourceUnavailable: [
        {
          vendor: 'tencent-streamlive',
          code: 'ResourceUnavailable',
          name: 'ResourceUnavailable',
          description: { zh: '资源不可用。', en: 'Resource is unavailable.' },
          category: 'unavailable',
          retryable: true,
          source: source1,
          sources: [source1],
        },
      ],
      UnauthorizedOperation: [
        {
          vendor: 'tencent-streamlive',
          code: 'UnauthorizedOperation',
          name: 'UnauthorizedOperation',
          description: { zh: '未授权操作。', en: 'Unauthorized operation.' },
          category: 'permission',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      UnknownParameter: [
        {
          vendor: 'tencent-streamlive',
          code: 'UnknownParameter',
          name: 'UnknownParameter',
          description: { zh: '未知参数错误。', en: 'Unknown parameter.' },
          category: 'invalid-request',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      UnsupportedOperation: [
        {
          vendor: 'tencent-streamlive',
          code: 'UnsupportedOperation',
          name: 'UnsupportedOperation',
          description: { zh: '操作不支持。', en: 'Unsupported operation.' },
          category: 'invalid-request',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      UnsupportedProtocol: [
        {
          vendor: 'tencent-streamlive',
          code: 'UnsupportedProtocol',
          name: 'UnsupportedProtocol',
          description: {
            zh: 'http(s)请求协议错误，只支持 GET 和 POST 请求。',
            en: 'HTTPS request method error. Only GET and POST requests are supported.',
          },
          category: 'invalid-request',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
      UnsupportedRegion: [
        {
          vendor: 'tencent-streamlive',
          code: 'UnsupportedRegion',
          name: 'UnsupportedRegion',
          description: {
            zh: '接口不支持所传地域。',
            en: 'API does not support the requested region.',
          },
          category: 'invalid-request',
          retryable: false,
          source: source1,
          sources: [source1],
        },
      ],
    } satisfies { readonly [Code in TencentStreamLiveErrorCodeValue]: ErrorVariants }),
  ),
);

/** The TencentStreamLive codes as the runtime lookups and parsers read them. */
export const TencentStreamLiveCodeSet: CodeSetTable = /* @__PURE__ */ Object.freeze<CodeSetTable>({
  vendor: 'tencent-streamlive',
  prefix: 'TencentStreamLive',
  codeType: 'string',
  envelope: 'tencent-api3',
  entries: TencentStreamLiveErrorEntries,
  aliases: /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.assign(
      /* @__PURE__ */ Object.create(null) as CodeSetTable['aliases'],
      {},
    ),
  ),
});
