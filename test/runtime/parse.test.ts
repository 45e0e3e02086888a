// Table-driven tests of parseWithCodeSets on the bodies the vendors' documents show, and on what gateways really send.

import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type {
  CodeSetTable,
  ErrorCategory,
  ErrorEntry,
  VendorId,
} from '../../generator/shipped/runtime/entry.js';
import {
  categoryFromStatus,
  parseWithCodeSets,
  retryableFromCategory,
} from '../../generator/shipped/runtime/vendor-error.js';
import { isRetryableWith } from '../../generator/shipped/runtime/retry.js';
import { FIXTURE_CODE_SETS, setsOf } from './fixtures/code-sets.js';

const isRetryable = (error: unknown): boolean => isRetryableWith([], error);

const fixtureSets = (vendor: VendorId): readonly CodeSetTable[] => setsOf(FIXTURE_CODE_SETS, vendor);
const parse = (vendor: VendorId, status: unknown, body: unknown) =>
  parseWithCodeSets(vendor, fixtureSets(vendor), status, body);

/** The documented variant `index` of `code` in the vendor's code set `set`. */
function documented(vendor: VendorId, code: string | number, index = 0, set = 0): ErrorEntry {
  const entry = fixtureSets(vendor)[set]?.entries[String(code)]?.[index];
  if (entry === undefined) throw new Error(`fixture lacks ${vendor} ${code}[${index}]`);
  return entry;
}

/** One JSON body in every form a caller may hold it: parsed, text, bytes, Buffer, ArrayBuffer. */
function bodyForms(json: unknown): ReadonlyArray<readonly [string, unknown]> {
  const text = JSON.stringify(json);
  const bytes = new TextEncoder().encode(text);
  return [
    ['object', json],
    ['JSON text', text],
    ['JSON text with BOM and newline', `\uFEFF${text}\n`],
    ['Uint8Array', bytes],
    ['Buffer', Buffer.from(text, 'utf8')],
    ['ArrayBuffer', bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)],
    ['DataView', new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)],
  ];
}

interface KnownCase {
  readonly name: string;
  readonly vendor: VendorId;
  readonly status: number | undefined;
  readonly body: unknown;
  readonly want: {
    readonly entry: ErrorEntry;
    readonly httpStatus: number;
    readonly message?: string;
    readonly requestId?: string;
  };
}

describe("the documents' example bodies resolve to their documented entries", () => {
  const cases: readonly KnownCase[] = [
    {
      name: 'Tencent API 3.0 example (StreamLive Responses / CSS 错误码)',
      vendor: 'tencent-live',
      status: 200,
      body: {
        Response: {
          Error: {
            Code: 'AuthFailure.SignatureFailure',
            Message:
              'The provided credentials could not be validated. Please ensure your signature is correct.',
          },
          RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
        },
      },
      want: {
        entry: documented('tencent-live', 'AuthFailure.SignatureFailure'),
        httpStatus: 200,
        message:
          'The provided credentials could not be validated. Please ensure your signature is correct.',
        requestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
      },
    },
    {
      name: 'Tencent API 3.0 error without an HTTP status given: 200 is implied',
      vendor: 'tencent-streamlive',
      status: undefined,
      body: {
        Response: {
          Error: { Code: 'RequestLimitExceeded', Message: 'too many' },
          RequestId: 'r-1',
        },
      },
      want: {
        entry: documented('tencent-streamlive', 'RequestLimitExceeded'),
        httpStatus: 200,
        message: 'too many',
        requestId: 'r-1',
      },
    },
    {
      name: 'Kingsoft openAPI example (返回结果): message fills no template, so the first 400 variant',
      vendor: 'kingsoft-live',
      status: 400,
      body: {
        RequestId: '68093a99-2f63-4f39-8f70-3047ab8ecb5b',
        Error: {
          Type: 'Sender',
          Code: 'InvalidParameterValue',
          Message:
            'An invalid or out-of-range value was supplied for the input parameter PathPrefix.',
        },
      },
      want: {
        entry: documented('kingsoft-live', 'InvalidParameterValue', 0),
        httpStatus: 400,
        message:
          'An invalid or out-of-range value was supplied for the input parameter PathPrefix.',
        requestId: '68093a99-2f63-4f39-8f70-3047ab8ecb5b',
      },
    },
    {
      name: 'Kingsoft openAPI variant named by its exact message',
      vendor: 'kingsoft-live',
      status: 400,
      body: {
        RequestId: 'k-2',
        Error: {
          Type: 'Sender',
          Code: 'InvalidParameterValue',
          Message: 'Uniquename, pubdomain and app do not match.',
        },
      },
      want: {
        entry: documented('kingsoft-live', 'InvalidParameterValue', 2),
        httpStatus: 400,
        message: 'Uniquename, pubdomain and app do not match.',
        requestId: 'k-2',
      },
    },
    {
      name: 'Kingsoft openAPI variant named by a filled template',
      vendor: 'kingsoft-live',
      status: 403,
      body: {
        RequestId: 'k-3',
        Error: {
          Type: 'Sender',
          Code: 'InvalidAuthenticationCode',
          Message:
            'lack of policy to [live:GetStreamInfo] the resources[krn:ksc:live::account/app]',
        },
      },
      want: {
        entry: documented('kingsoft-live', 'InvalidAuthenticationCode', 1),
        httpStatus: 403,
        message: 'lack of policy to [live:GetStreamInfo] the resources[krn:ksc:live::account/app]',
        requestId: 'k-3',
      },
    },
    {
      name: 'Kingsoft openAPI variant named by HTTP status when the message names none',
      vendor: 'kingsoft-live',
      status: 404,
      body: {
        RequestId: 'k-4',
        Error: { Type: 'Sender', Code: 'MissingKs3Bucket', Message: 'bucket?' },
      },
      want: {
        entry: documented('kingsoft-live', 'MissingKs3Bucket', 1),
        httpStatus: 404,
        message: 'bucket?',
        requestId: 'k-4',
      },
    },
    {
      name: 'Kingsoft v1 example (特殊错误), HTTP 200, code in Data.RetCode',
      vendor: 'kingsoft-live',
      status: 200,
      body: {
        Data: { RetCode: 8201, RetMsg: 'stream is not on the blacklist' },
        RequestId: '36d7f12e-2345-4e5e-a5f4-7hsjk1ff27eb',
      },
      want: {
        entry: documented('kingsoft-live', 8201, 0, 1),
        httpStatus: 200,
        message: 'stream is not on the blacklist',
        requestId: '36d7f12e-2345-4e5e-a5f4-7hsjk1ff27eb',
      },
    },
    {
      name: 'Kingsoft v1 RetCode as a numeric string',
      vendor: 'kingsoft-live',
      status: 200,
      body: { Data: { RetCode: '9016', RetMsg: 'Over the speed limit' }, RequestId: 'v1-2' },
      want: {
        entry: documented('kingsoft-live', 9016, 0, 1),
        httpStatus: 200,
        message: 'Over the speed limit',
        requestId: 'v1-2',
      },
    },
    {
      name: 'Baidu example (错误返回): the alias MediaException.MediaNotFound is the documented MediaNotFound',
      vendor: 'baidu-vod',
      status: 404,
      body: {
        requestId: '7a64abd6-5fd8-4f42-a795-bb51c8cf5c6a',
        code: 'MediaException.MediaNotFound',
        message: 'Media not found with mda-jdekywp8pek91e0n',
      },
      want: {
        entry: documented('baidu-vod', 'MediaNotFound'),
        httpStatus: 404,
        message: 'Media not found with mda-jdekywp8pek91e0n',
        requestId: '7a64abd6-5fd8-4f42-a795-bb51c8cf5c6a',
      },
    },
    {
      name: 'Baidu common code',
      vendor: 'baidu-vod',
      status: 500,
      body: {
        requestId: 'b-2',
        code: 'InternalError',
        message: 'We encountered an internal error. Please try again.',
      },
      want: {
        entry: documented('baidu-vod', 'InternalError'),
        httpStatus: 500,
        message: 'We encountered an internal error. Please try again.',
        requestId: 'b-2',
      },
    },
    {
      name: 'Upyun example (概述)',
      vendor: 'upyun',
      status: 404,
      body: {
        msg: 'file or directory not found',
        code: 40400001,
        id: '11e4a729d24943409933a5e8314cd32e',
      },
      want: {
        entry: documented('upyun', 40400001),
        httpStatus: 404,
        message: 'file or directory not found',
        requestId: '11e4a729d24943409933a5e8314cd32e',
      },
    },
    {
      name: 'Upyun code as a numeric string',
      vendor: 'upyun',
      status: 429,
      body: { msg: 'too many requests', code: '42900001', id: 'u-2' },
      want: {
        entry: documented('upyun', 42900001),
        httpStatus: 429,
        message: 'too many requests',
        requestId: 'u-2',
      },
    },
  ];

  for (const { name, vendor, status, body, want } of cases) {
    for (const [form, given] of bodyForms(body)) {
      it(`${name} (${form})`, () => {
        const got = parseWithCodeSets(vendor, fixtureSets(vendor), status, given);
        expect(got).not.toBeNull();
        if (got === null || !got.known)
          throw new Error(`expected a known error, got ${JSON.stringify(got)}`);
        expect(got.entry).toBe(want.entry);
        expect(got.code).toBe(want.entry.code);
        expect(got.vendor).toBe(vendor);
        expect(got.httpStatus).toBe(want.httpStatus);
        expect(got.message).toBe(want.message);
        expect(got.requestId).toBe(want.requestId);
        expect(got.category).toBe(want.entry.category);
        expect(got.retryable).toBe(want.entry.retryable);
        expect(got.raw).toEqual(body);
      });
    }
  }

  it('bytes from another realm (a vm context) are decoded too', () => {
    const text = JSON.stringify({ msg: 'too many requests', code: 42900001, id: 'u-realm' });
    const foreign = runInContext(
      // ASCII text: one byte per character, built with the context's own Uint8Array.
      'const bytes = new Uint8Array(Array.from(text, (c) => c.charCodeAt(0))); [bytes, bytes.buffer]',
      createContext({ text }),
    ) as [unknown, unknown];
    expect(foreign[0] instanceof Uint8Array).toBe(false);
    expect(foreign[1] instanceof ArrayBuffer).toBe(false);
    for (const body of foreign) {
      expect(parse('upyun', 429, body)).toMatchObject({
        known: true,
        code: 42900001,
        requestId: 'u-realm',
      });
    }
  });

  it('keeps the alias as the vendor spelled it in raw', () => {
    const got = parse(
      'baidu-vod',
      404,
      '{"requestId":"r","code":"MediaException.MediaNotFound","message":"m"}',
    );
    expect(got?.code).toBe('MediaNotFound');
    expect(got?.raw).toEqual({
      requestId: 'r',
      code: 'MediaException.MediaNotFound',
      message: 'm',
    });
  });
});

interface UnknownCase {
  readonly name: string;
  readonly vendor: VendorId;
  readonly status: unknown;
  readonly body: unknown;
  readonly want: {
    readonly code: string | number;
    readonly httpStatus: number;
    readonly category: string;
    readonly retryable: boolean;
    readonly message?: string;
    readonly requestId?: string;
  };
}

describe('undocumented codes and code-less errors are kept as known: false', () => {
  const html =
    '<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>';
  const cases: readonly UnknownCase[] = [
    {
      name: 'Tencent code the documents lack, HTTP 200: category unknown',
      vendor: 'tencent-live',
      status: 200,
      body: {
        Response: {
          Error: { Code: 'FailedOperation.SomethingNew', Message: 'new' },
          RequestId: 't-9',
        },
      },
      want: {
        code: 'FailedOperation.SomethingNew',
        httpStatus: 200,
        category: 'unknown',
        retryable: false,
        message: 'new',
        requestId: 't-9',
      },
    },
    {
      name: 'Upyun code the table lacks, 404',
      vendor: 'upyun',
      status: 404,
      body: { msg: 'gone', code: 40499999, id: 'u-9' },
      want: {
        code: 40499999,
        httpStatus: 404,
        category: 'not-found',
        retryable: false,
        message: 'gone',
        requestId: 'u-9',
      },
    },
    {
      name: 'Upyun code that is a non-numeric string',
      vendor: 'upyun',
      status: 400,
      body: { msg: 'odd', code: 'E400', id: 'u-10' },
      want: {
        code: 'E400',
        httpStatus: 400,
        category: 'invalid-request',
        retryable: false,
        message: 'odd',
        requestId: 'u-10',
      },
    },
    {
      name: 'Kingsoft openAPI code the table lacks, 429: rate-limit, retryable',
      vendor: 'kingsoft-live',
      status: 429,
      body: {
        RequestId: 'k-9',
        Error: { Type: 'Sender', Code: 'Throttling', Message: 'slow down' },
      },
      want: {
        code: 'Throttling',
        httpStatus: 429,
        category: 'rate-limit',
        retryable: true,
        message: 'slow down',
        requestId: 'k-9',
      },
    },
    {
      name: 'Kingsoft v1 RetCode the table lacks, HTTP 200',
      vendor: 'kingsoft-live',
      status: 200,
      body: { Data: { RetCode: 7777, RetMsg: 'new' }, RequestId: 'v1-9' },
      want: {
        code: 7777,
        httpStatus: 200,
        category: 'unknown',
        retryable: false,
        message: 'new',
        requestId: 'v1-9',
      },
    },
    {
      name: 'Baidu code the table lacks, 503: unavailable, retryable',
      vendor: 'baidu-vod',
      status: 503,
      body: { requestId: 'b-9', code: 'ServiceBusy', message: 'busy' },
      want: {
        code: 'ServiceBusy',
        httpStatus: 503,
        category: 'unavailable',
        retryable: true,
        message: 'busy',
        requestId: 'b-9',
      },
    },
    {
      name: "a gateway's HTML page, 502",
      vendor: 'baidu-vod',
      status: 502,
      body: html,
      want: { code: 'http-502', httpStatus: 502, category: 'unavailable', retryable: true },
    },
    {
      name: "a gateway's HTML page as bytes, 504, Tencent",
      vendor: 'tencent-live',
      status: 504,
      body: new TextEncoder().encode(html),
      want: { code: 'http-504', httpStatus: 504, category: 'unavailable', retryable: true },
    },
    {
      name: 'empty body, 503',
      vendor: 'upyun',
      status: 503,
      body: '',
      want: { code: 'http-503', httpStatus: 503, category: 'unavailable', retryable: true },
    },
    {
      name: 'no body at all, 401',
      vendor: 'kingsoft-live',
      status: 401,
      body: undefined,
      want: { code: 'http-401', httpStatus: 401, category: 'auth', retryable: false },
    },
    {
      name: 'truncated JSON, 500',
      vendor: 'upyun',
      status: 500,
      body: '{"msg": "file or directory not found", "code": 4040',
      want: { code: 'http-500', httpStatus: 500, category: 'internal', retryable: true },
    },
    {
      name: "JSON without the envelope, 403, request id from the envelope's field",
      vendor: 'baidu-vod',
      status: 403,
      body: { requestId: 'b-10', message: 'forbidden by gateway' },
      want: {
        code: 'http-403',
        httpStatus: 403,
        category: 'permission',
        retryable: false,
        message: 'forbidden by gateway',
        requestId: 'b-10',
      },
    },
    {
      name: 'Tencent success body with a 409 status: the status says error',
      vendor: 'tencent-live',
      status: 409,
      body: { Response: { RequestId: 't-10' } },
      want: {
        code: 'http-409',
        httpStatus: 409,
        category: 'conflict',
        retryable: false,
        requestId: 't-10',
      },
    },
    {
      name: 'a code that is an object is no code',
      vendor: 'baidu-vod',
      status: 400,
      body: { requestId: 'b-11', code: { nested: 'AccessDenied' }, message: 'm' },
      want: {
        code: 'http-400',
        httpStatus: 400,
        category: 'invalid-request',
        retryable: false,
        message: 'm',
        requestId: 'b-11',
      },
    },
    {
      name: 'a code that is an array is no code',
      vendor: 'upyun',
      status: 404,
      body: { msg: 'm', code: [40400001], id: 'u-11' },
      want: {
        code: 'http-404',
        httpStatus: 404,
        category: 'not-found',
        retryable: false,
        message: 'm',
        requestId: 'u-11',
      },
    },
    {
      name: 'a code that is a boolean is no code',
      vendor: 'kingsoft-live',
      status: 400,
      body: { RequestId: 'k-11', Error: { Code: true, Message: 'm' } },
      want: {
        code: 'http-400',
        httpStatus: 400,
        category: 'invalid-request',
        retryable: false,
        message: 'm',
        requestId: 'k-11',
      },
    },
    {
      name: 'an empty code string is no code',
      vendor: 'baidu-vod',
      status: 400,
      body: { requestId: 'b-12', code: '', message: 'm' },
      want: {
        code: 'http-400',
        httpStatus: 400,
        category: 'invalid-request',
        retryable: false,
        message: 'm',
        requestId: 'b-12',
      },
    },
    {
      name: 'a code over 256 characters is no code',
      vendor: 'tencent-live',
      status: 200,
      body: { Response: { Error: { Code: 'A'.repeat(257), Message: 'm' }, RequestId: 't-11' } },
      want: {
        code: 'http-200',
        httpStatus: 200,
        category: 'unknown',
        retryable: false,
        message: 'm',
        requestId: 't-11',
      },
    },
    {
      name: 'Tencent Error without a code, no status given',
      vendor: 'tencent-streamlive',
      status: undefined,
      body: { Response: { Error: { Message: 'm' }, RequestId: 't-12' } },
      want: {
        code: 'http-200',
        httpStatus: 200,
        category: 'unknown',
        retryable: false,
        message: 'm',
        requestId: 't-12',
      },
    },
    {
      name: 'Baidu error body without a status: httpStatus 0',
      vendor: 'baidu-vod',
      status: undefined,
      body: { requestId: 'b-13', code: 'NewCode', message: 'm' },
      want: {
        code: 'NewCode',
        httpStatus: 0,
        category: 'unknown',
        retryable: false,
        message: 'm',
        requestId: 'b-13',
      },
    },
    {
      name: 'a status that is no HTTP status counts as none',
      vendor: 'upyun',
      status: '404',
      body: { msg: 'm', code: 40499998, id: 'u-12' },
      want: {
        code: 40499998,
        httpStatus: 0,
        category: 'unknown',
        retryable: false,
        message: 'm',
        requestId: 'u-12',
      },
    },
  ];

  for (const { name, vendor, status, body, want } of cases) {
    it(name, () => {
      const got = parse(vendor, status, body);
      expect(got).not.toBeNull();
      if (got === null || got.known)
        throw new Error(`expected an unknown error, got ${JSON.stringify(got)}`);
      expect(got.entry).toBeUndefined();
      expect(got.vendor).toBe(vendor);
      expect(got.code).toBe(want.code);
      expect(got.httpStatus).toBe(want.httpStatus);
      expect(got.category).toBe(want.category);
      expect(got.retryable).toBe(want.retryable);
      expect(got.message).toBe(want.message);
      expect(got.requestId).toBe(want.requestId);
    });
  }

  it('raw is the body as given when it is not JSON', () => {
    expect(parse('upyun', 502, html)?.raw).toBe(html);
  });

  it('documented codes of another code set of the vendor do not leak across envelopes', () => {
    // 8201 is a v1 RetCode; in the openAPI envelope it is no documented Code.
    const got = parse('kingsoft-live', 400, {
      RequestId: 'k',
      Error: { Code: 8201, Message: 'm' },
    });
    expect(got).toMatchObject({ known: false, code: 8201 });
  });
});

describe('null exactly when the response is no error', () => {
  const cases: ReadonlyArray<readonly [string, VendorId, unknown, unknown]> = [
    [
      'Tencent success (StreamLive Responses example)',
      'tencent-streamlive',
      200,
      {
        Response: {
          TotalCount: 0,
          InstanceStatusSet: [],
          RequestId: 'b5b41468-520d-4192-b42f-595cc34b6c1c',
        },
      },
    ],
    [
      'Tencent success, no status given',
      'tencent-live',
      undefined,
      { Response: { RequestId: 'r' } },
    ],
    [
      'Tencent Response with Error null',
      'tencent-live',
      200,
      { Response: { Error: null, RequestId: 'r' } },
    ],
    // tencentcloud-sdk-nodejs resolves this too: it tests Response.Error for truthiness.
    [
      'Tencent Response with Error ""',
      'tencent-live',
      200,
      { Response: { Error: '', RequestId: 'r' } },
    ],
    [
      'Kingsoft v1 Data without RetCode',
      'kingsoft-live',
      200,
      { Data: { StreamName: 's' }, RequestId: 'r' },
    ],
    [
      'Kingsoft v1 RetCode 0',
      'kingsoft-live',
      200,
      { Data: { RetCode: 0, RetMsg: 'success' }, RequestId: 'r' },
    ],
    ['Kingsoft v1 RetCode "0"', 'kingsoft-live', 200, '{"Data":{"RetCode":"0"},"RequestId":"r"}'],
    ['Kingsoft openAPI 200 without Error', 'kingsoft-live', 200, { RequestId: 'r', Data: [] }],
    ['Baidu 200 success body', 'baidu-vod', 200, { mediaId: 'mda-1', status: 'PUBLISHED' }],
    [
      'Baidu 200 body with a stray `code` field but no message or request id',
      'baidu-vod',
      200,
      { code: 'abc', value: 1 },
    ],
    ['Upyun 200 file listing', 'upyun', 200, { files: [], iter: 'g2gCZAAEbmV4dGQAA2VvZg' }],
    ['Upyun 204 no body', 'upyun', 204, ''],
    ['2xx HTML', 'baidu-vod', 200, '<html></html>'],
    ['2xx truncated JSON', 'tencent-live', 200, '{"Response": {"Error": {"Code": "Internal'],
    [
      'Kingsoft v1 document example verbatim: its stray closing brace makes it no JSON',
      'kingsoft-live',
      200,
      '{\n    "Data": {\n        "RetCode": 8201,\n        "RetMsg": "stream is not on the blacklist"\n    },\n    "RequestId": "36d7f12e-2345-4e5e-a5f4-7hsjk1ff27eb"\n}\n}',
    ],
    ['3xx redirect without body', 'upyun', 302, undefined],
    ['no status, no body', 'baidu-vod', undefined, undefined],
    ['a JSON array', 'upyun', 200, '[{"code":40400001,"msg":"x","id":"y"}]'],
    ['a number body', 'baidu-vod', 200, 42],
  ];
  for (const [name, vendor, status, body] of cases) {
    it(name, () => expect(parse(vendor, status, body)).toBeNull());
  }

  it('a 2xx body with the full error envelope is an error', () => {
    expect(
      parse('upyun', 200, { msg: 'file or directory not found', code: 40400001, id: 'u' }),
    ).toMatchObject({
      known: true,
      code: 40400001,
      httpStatus: 200,
    });
    expect(
      parse('baidu-vod', 200, { requestId: 'r', code: 'AccessDenied', message: 'Access denied.' }),
    ).toMatchObject({
      known: true,
      code: 'AccessDenied',
    });
  });
});

describe('hostile input never throws and never calls a prototype key known', () => {
  const prototypeKeys = [
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
  ];
  for (const key of prototypeKeys) {
    it(`code ${key}`, () => {
      const bodies: ReadonlyArray<readonly [VendorId, number, string]> = [
        ['baidu-vod', 400, JSON.stringify({ requestId: 'r', code: key, message: 'm' })],
        [
          'tencent-live',
          200,
          JSON.stringify({ Response: { Error: { Code: key, Message: 'm' }, RequestId: 'r' } }),
        ],
        [
          'kingsoft-live',
          400,
          JSON.stringify({ RequestId: 'r', Error: { Code: key, Message: 'm' } }),
        ],
        [
          'kingsoft-live',
          200,
          JSON.stringify({ Data: { RetCode: key, RetMsg: 'm' }, RequestId: 'r' }),
        ],
        ['upyun', 400, JSON.stringify({ msg: 'm', code: key, id: 'r' })],
      ];
      for (const [vendor, status, body] of bodies) {
        expect(parse(vendor, status, body)).toMatchObject({ known: false, code: key });
      }
    });
  }

  it('envelope keys found only on the prototype chain are not read', () => {
    const inherited = Object.create({
      code: 'AccessDenied',
      message: 'Access denied.',
      requestId: 'r',
    });
    expect(parse('baidu-vod', 200, inherited)).toBeNull();
    expect(parse('baidu-vod', 403, inherited)).toMatchObject({ known: false, code: 'http-403' });
    const tencent = Object.create({ Response: { Error: { Code: 'InternalError' } } });
    expect(parse('tencent-live', 200, tencent)).toBeNull();
  });

  it('a JSON "__proto__" key is an own key and no envelope', () => {
    const body = '{"__proto__": {"code": "AccessDenied", "message": "x", "requestId": "r"}}';
    expect(parse('baidu-vod', 200, body)).toBeNull();
    expect(parse('baidu-vod', 403, body)).toMatchObject({ known: false, code: 'http-403' });
  });

  it('getters are not run', () => {
    let ran = false;
    const body = {
      requestId: 'r',
      message: 'm',
      get code(): string {
        ran = true;
        return 'AccessDenied';
      },
    };
    expect(parse('baidu-vod', 403, body)).toMatchObject({
      known: false,
      code: 'http-403',
      message: 'm',
    });
    expect(ran).toBe(false);
  });

  it('a Proxy whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('get');
        },
        getOwnPropertyDescriptor() {
          throw new Error('getOwnPropertyDescriptor');
        },
        has() {
          throw new Error('has');
        },
        ownKeys() {
          throw new Error('ownKeys');
        },
        getPrototypeOf() {
          throw new Error('getPrototypeOf');
        },
      },
    );
    for (const vendor of Object.keys(FIXTURE_CODE_SETS) as VendorId[]) {
      expect(parse(vendor, 200, hostile)).toBeNull();
      const got = parse(vendor, 500, hostile);
      expect([got?.known, got?.code]).toEqual([false, 'http-500']);
      expect(got?.raw).toBe(hostile);
      // Unreadable inside: Kingsoft's openAPI envelope still shows an Error object, so an error without a code.
      const nested = parse(vendor, 200, { Response: hostile, Error: hostile, Data: hostile });
      if (vendor === 'kingsoft-live')
        expect([nested?.known, nested?.code]).toEqual([false, 'http-200']);
      else expect(nested).toBeNull();
    }
  });

  it('a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(parse('tencent-live', 200, proxy)).toBeNull();
    expect(parse('tencent-live', 503, proxy)).toMatchObject({ known: false, code: 'http-503' });
  });

  it('100k levels of nesting as text', () => {
    const deepArray = '['.repeat(100_000) + ']'.repeat(100_000);
    const deepObject = '{"Response":'.repeat(100_000) + '{}' + '}'.repeat(100_000);
    for (const body of [deepArray, deepObject]) {
      for (const vendor of Object.keys(FIXTURE_CODE_SETS) as VendorId[]) {
        expect(parse(vendor, 200, body)).toBeNull();
        expect(parse(vendor, 500, body)).toMatchObject({ known: false, code: 'http-500' });
      }
    }
  });

  it('5 MB bodies are not parsed, in time', () => {
    const huge = JSON.stringify({ msg: 'x'.repeat(5 * 1024 * 1024), code: 40400001, id: 'u' });
    const started = performance.now();
    expect(parse('upyun', 200, huge)).toBeNull();
    expect(parse('upyun', 404, huge)).toMatchObject({ known: false, code: 'http-404' });
    expect(parse('upyun', 404, new TextEncoder().encode(huge))).toMatchObject({
      known: false,
      code: 'http-404',
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a 5 MB message in a parsed body keeps the documented code', () => {
    const message = 'x'.repeat(5 * 1024 * 1024);
    const got = parse('kingsoft-live', 403, {
      RequestId: 'r',
      Error: { Code: 'InvalidAuthenticationCode', Message: message },
    });
    expect(got).toMatchObject({ known: true, code: 'InvalidAuthenticationCode' });
    expect(got?.message).toBe(message);
  });

  it('bodies of other types', () => {
    const odd: unknown[] = [
      null,
      true,
      0,
      Symbol('s'),
      () => 'x',
      10n,
      new Date(0),
      new Map([['code', 'x']]),
      [1, 2],
    ];
    for (const body of odd) {
      expect(parse('baidu-vod', 200, body)).toBeNull();
      expect(parse('baidu-vod', 418, body)).toMatchObject({
        known: false,
        code: 'http-418',
        category: 'invalid-request',
      });
    }
  });
});

describe('categoryFromStatus', () => {
  const cases: ReadonlyArray<readonly [number, string]> = [
    [429, 'rate-limit'],
    [503, 'unavailable'],
    [504, 'unavailable'],
    [500, 'internal'],
    [502, 'unavailable'],
    [599, 'internal'],
    [401, 'auth'],
    [403, 'permission'],
    [404, 'not-found'],
    [409, 'conflict'],
    [400, 'invalid-request'],
    [412, 'invalid-request'],
    [499, 'invalid-request'],
    [200, 'unknown'],
    [302, 'unknown'],
    [0, 'unknown'],
    [600, 'unknown'],
    [Number.NaN, 'unknown'],
    [404.5, 'unknown'],
  ];
  for (const [status, category] of cases) {
    it(`${status} -> ${category}`, () => expect(categoryFromStatus(status)).toBe(category));
  }
});

describe('retryable', () => {
  it('follows the category for undocumented codes', () => {
    const retryable: readonly ErrorCategory[] = ['rate-limit', 'unavailable', 'internal'];
    for (const category of [
      'auth',
      'permission',
      'invalid-request',
      'not-found',
      'conflict',
      'quota',
      'dry-run',
      'unknown',
      ...retryable,
    ] as const) {
      expect(retryableFromCategory(category)).toBe(retryable.includes(category));
    }
  });

  it('isRetryable reads the result, documented or not', () => {
    const documentedRetryable = parse('kingsoft-live', 200, {
      Data: { RetCode: 9016, RetMsg: 'Over the speed limit' },
    });
    const documentedFinal = parse('upyun', 404, {
      msg: 'file or directory not found',
      code: 40400001,
      id: 'u',
    });
    const undocumented = parse('upyun', 503, '');
    expect(documentedRetryable !== null && isRetryable(documentedRetryable)).toBe(true);
    expect(documentedFinal !== null && isRetryable(documentedFinal)).toBe(false);
    expect(undocumented !== null && isRetryable(undocumented)).toBe(true);
  });
});
