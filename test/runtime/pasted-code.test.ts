// extractErrorCodeWith on what on-call engineers paste: every envelope's error body, log fields, SDK errors' text, bare codes; and on hostile input (fast-check).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CodeSetTable, VendorId } from '../../generator/shipped/runtime/entry.js';
import { messageMatches, straightQuotes } from '../../generator/shipped/runtime/entry.js';
import { extractErrorCodeWith } from '../../generator/shipped/runtime/pasted-code.js';
import { errorResponseWith } from '../../generator/shipped/runtime/vendor-error.js';
import { FIXTURE_CODE_SETS } from './fixtures/code-sets.js';

const CODE_SETS: readonly CodeSetTable[] = Object.values(FIXTURE_CODE_SETS).flat();
const extract = (text: unknown) => extractErrorCodeWith(CODE_SETS, text);
const codesOf = (text: unknown): string[] => extract(text).map((found) => found.code);

/** The vendors with a code set of this envelope, in the code sets' order. */
const vendorsWith = (envelope: string): VendorId[] => [
  ...new Set(CODE_SETS.filter((set) => set.envelope === envelope).map((set) => set.vendor)),
];

/** Each code set's first code and the error body its vendor sends for it, as JSON text. */
const bodies = CODE_SETS.map((codeSet) => {
  const code = Object.values(codeSet.entries)[0]![0].code;
  const { body } = errorResponseWith(codeSet.vendor, [codeSet], code);
  return { codeSet, code: String(code), json: JSON.stringify(body), body };
});

describe("every envelope's error body", () => {
  it.each(bodies.map((body) => [body.codeSet.envelope, body] as const))(
    '%s: the code, the vendors that answer in the envelope and the message, pasted alone, in a log line or as a JSON string',
    (envelope, { code, json, body }) => {
      const message = JSON.stringify(body).match(/"(?:Message|message|msg|RetMsg)":"([^"]*)"/)?.[1];
      const want = { code, vendors: vendorsWith(envelope), message, found: 'body' };
      expect(extract(json)[0]).toEqual(want);
      expect(extract(JSON.stringify(body, null, 2))[0]).toEqual(want);
      expect(
        extract(`2026-12-05T08:00:00Z ERROR {upload} request failed: ${json} (attempt 1)`)[0],
      ).toEqual(want);
      // A structured log that carries the body as a string, and one that nests it.
      expect(extract(JSON.stringify({ level: 'error', body: json }))[0]).toEqual(want);
      expect(extract(`level=error body=${JSON.stringify(json)}`)[0]).toEqual(want);
      expect(extract(JSON.stringify({ level: 'error', response: { data: body } }))[0]).toEqual(
        want,
      );
    },
  );

  it('reads an Upyun body as Upyun, a Tencent body as Tencent, with the message', () => {
    expect(
      extract('{"msg":"file or directory not found","code":40400001,"id":"11e4a729"}'),
    ).toEqual([
      {
        code: '40400001',
        vendors: ['upyun'],
        message: 'file or directory not found',
        found: 'body',
      },
    ]);
    const tencent = extract(
      '{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"签名过期"},"RequestId":"ed93f3cb"}}',
    );
    expect(tencent).toEqual([
      {
        code: 'AuthFailure.SignatureExpire',
        vendors: vendorsWith('tencent-api3'),
        message: '签名过期',
        found: 'body',
      },
    ]);
  });

  it('takes a lone code field of JSON as a code of any vendor', () => {
    expect(extract('{"code": 40400001}')).toEqual([
      { code: '40400001', vendors: [], found: 'field' },
    ]);
  });
});

describe('log lines and SDK errors', () => {
  it.each([
    [
      'a logfmt field',
      'ts=2026-12-05 level=error code=AuthFailure.SignatureExpire msg="x"',
      'AuthFailure.SignatureExpire',
    ],
    ['a colon field', 'Code: MediaNotFound', 'MediaNotFound'],
    ['a JSON field alone', '"RetCode": 8201', '8201'],
    ['a quoted field', "error_code='InternalError.ConfNotFound'", 'InternalError.ConfNotFound'],
    ['errorCode', 'upload failed, errorCode: 40300004.', '40300004'],
    [
      'Go SDK',
      '[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=The signature expired, RequestId=ed93f3cb',
      'AuthFailure.SignatureExpire',
    ],
    [
      'Python SDK',
      '[TencentCloudSDKException] code:AuthFailure.SignatureFailure message:签名错误 requestId:ed93f3cb',
      'AuthFailure.SignatureFailure',
    ],
    [
      'Node inspect',
      "TencentCloudSDKHttpException: x\n    at f (a.js:1:1) {\n  requestId: 'ed93', code: 'ResourceNotFound.TaskId'\n}",
      'ResourceNotFound.TaskId',
    ],
    [
      'a coloured log',
      '\u001b[31mERROR\u001b[0m code=\u001b[1mRequestLimitExceeded\u001b[0m',
      'RequestLimitExceeded',
    ],
    [
      'a dotted code in prose',
      'the call failed with InternalError.ConfNotFound again',
      'InternalError.ConfNotFound',
    ],
    ['a bare code', '  40400001\n', '40400001'],
    ['a quoted bare code', '"AuthFailure.SignatureExpire".', 'AuthFailure.SignatureExpire'],
  ])('%s', (_kind, text, code) => {
    expect(codesOf(text)[0]).toBe(code);
  });

  it('takes no HTTP status or exit code for a vendor code', () => {
    const java =
      'BceServiceException: Not Found (Status Code: 404; Error Code: MediaNotFound; Request ID: 7a64)';
    expect(codesOf(java)).toEqual(['MediaNotFound']);
    expect(codesOf('statusCode=500 exit_code=2 http_code: 502')).toEqual([]);
  });

  it('lists each code once, the most telling find first', () => {
    const text =
      'code=InternalError {"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"m"},"RequestId":"r"}} then AuthFailure.SignatureExpire';
    const found = extract(text);
    expect(found.map(({ code, found: how }) => [code, how])).toEqual([
      ['AuthFailure.SignatureExpire', 'body'],
      ['InternalError', 'field'],
    ]);
  });
});

describe('hostile input', () => {
  const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'prototype'];
  const pieces = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(
      '{',
      '}',
      '"',
      '\\"',
      '\\',
      'code=',
      'Code: ',
      '"RetCode":',
      '\u001b]0;',
      '\u0007',
      '\u001b[',
      ...PROTOTYPE_KEYS.map((key) => `{"${key}":`),
      ...bodies.map((body) => body.json),
    ),
  );

  it('never throws, and answers a list of codes for any string or value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')),
          fc.anything(),
        ),
        (text) => {
          const found = extract(text);
          expect(Array.isArray(found)).toBe(true);
          for (const { code, vendors, found: how } of found) {
            expect(code).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
            expect(Array.isArray(vendors)).toBe(true);
            expect(['body', 'field', 'text']).toContain(how);
          }
          if (typeof text !== 'string') expect(found).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads own fields only, takes a prototype key for no more than text, and bounds what it lists', () => {
    // JSON.parse makes `__proto__` an own key: data like any other, never the prototype.
    expect(extract('{"__proto__":{"code":"Sub.Code","msg":"m"}}')).toEqual([
      { code: 'Sub.Code', vendors: ['upyun'], message: 'm', found: 'body' },
    ]);
    for (const text of ['{}', '{"Response":{"RequestId":"r"}}', '{"Data":{}}', '[]'])
      expect(codesOf(text)).toEqual([]);
    for (const key of PROTOTYPE_KEYS)
      for (const found of extract(key))
        expect(found).toEqual({ code: key, vendors: [], found: 'text' });
    const many = Array.from({ length: 100 }, (_, index) => `code=C${index}`).join(' ');
    expect(codesOf(many)).toHaveLength(32);
  });

  it('reads huge and deeply nested text without failing', () => {
    const upyun = bodies.find((body) => body.codeSet.envelope === 'upyun')!;
    expect(codesOf(`${'{'.repeat(200_000)}${upyun.json}`)).toEqual([upyun.code]);
    expect(codesOf(`${'[{"a":'.repeat(50_000)}1${'}]'.repeat(50_000)}`)).toEqual([]);
    expect(codesOf('x'.repeat(2 * 1024 * 1024))).toEqual([]);
  });
});

describe('quote style', () => {
  it('straightens curly and full-width quotes, one character for one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(straightQuotes(text)).toHaveLength(text.length);
        expect(straightQuotes(text)).not.toMatch(/[\u2018\u2019\u201c\u201d]/);
      }),
      { numRuns: 1000 },
    );
  });

  it('a message matches its template whatever quotes either uses', () => {
    expect(
      messageMatches(
        'The input parameter “%s” is not supplied.',
        'The input parameter "Region" is not supplied.',
      ),
    ).toBe(true);
    expect(
      messageMatches(
        'The input parameter "%s"is not valid.',
        'The input parameter “App”is not valid.',
      ),
    ).toBe(true);
    expect(messageMatches('can’t do that', "can't do that")).toBe(true);
    expect(
      messageMatches('Media not found with mda-xxx', 'Media not found with mda-jdekywp8pek91e0n'),
    ).toBe(true);
    expect(
      messageMatches(
        'The input parameter “%s” is not supplied.',
        'The output parameter "x" is not supplied.',
      ),
    ).toBe(false);
  });
});
