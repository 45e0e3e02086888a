// Tests the document parser: each vendor's table format parses, every line inside a table is a row or a problem.
// (That the committed pages give back the committed tables is test/committed-tables.test.ts.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseDocumentTable,
  type DocumentRow,
  type KnownVariants,
} from '../generator/documents/parse-document.js';
import { FIXTURE_TABLES } from './helpers/tables.js';

describe('parseDocumentTable on a real page', () => {
  it('splits the ambiguous Kingsoft v1 rows by its best guess when nothing is known', () => {
    const text = readFileSync(path.join(FIXTURE_TABLES, 'sources', 'kingsoft-live.txt'), 'utf8');
    const byCode = new Map(parseDocumentTable(text, '特殊错误').rows.map((row) => [row.code, row]));
    expect(byCode.get('6706')).toMatchObject({
      message: 'HLS vod should be enable HLS',
      description: '不可用',
    });
    expect(byCode.get('4201')).toMatchObject({
      message: 'get result error',
      description: 'uid、uniquename、domain不匹配',
    });
  });
});

describe('parseDocumentTable formats', () => {
  const cases: readonly {
    readonly name: string;
    readonly text: string;
    readonly section: string;
    readonly known?: KnownVariants;
    readonly want: readonly DocumentRow[];
    /** Lines inside the table that are no row, as `LINE: message`. */
    readonly problems?: readonly string[];
  }[] = [
    {
      name: 'markdown pipe table under a ### heading, last cell without a space before the pipe',
      section: '公共错误码',
      text: [
        '## 错误码列表',
        '',
        '### 公共错误码',
        '',
        '| 错误码 | 说明 |',
        '|:-------|:-----|',
        '| AuthFailure.MFAFailure | MFA 错误。 |',
        '| AuthFailure.SecretIdNotFound | 密钥不存在。 请检查。|',
        '',
        '### 业务错误码',
        '| 错误码 | 说明 |',
        '|---|---|',
        '| FailedOperation | 操作失败 |',
      ].join('\n'),
      want: [
        { line: 7, code: 'AuthFailure.MFAFailure', description: 'MFA 错误。' },
        { line: 8, code: 'AuthFailure.SecretIdNotFound', description: '密钥不存在。 请检查。' },
      ],
    },
    {
      name: 'Upyun status-first pipe rows; the last row lacks its trailing cell; prose ends the table',
      section: 'API 错误码表',
      text: [
        '字段说明',
        ':错误码。具体含义见 API 错误码表。msg',
        'API 错误码表',
        '如遇 5xx 错误,请反馈给售后或您的商务经理。',
        'HTTP 状态码 | 返回代码 | 含义 | 详细说明 |',
        '400 | 40001000 | wrong uri | |',
        '503 | 50300013 | put file capture timeout | 内部服务超时了 |',
        '400 | 40011062 | part already complete |',
        '如有疑问请 联系我们',
      ].join('\n'),
      want: [
        { line: 6, code: '40001000', httpStatus: 400, message: 'wrong uri' },
        {
          line: 7,
          code: '50300013',
          httpStatus: 503,
          message: 'put file capture timeout',
          description: '内部服务超时了',
        },
        { line: 8, code: '40011062', httpStatus: 400, message: 'part already complete' },
      ],
    },
    {
      name: 'Kingsoft openAPI: code, message with spaces and numbers, status, Chinese description',
      section: '公共错误',
      text: [
        '公共错误',
        '',
        '错误代码(Code) 错误消息(Message) HTTP 状态码 中文描述(语义)',
        'InvalidTimestamp Invalid Timestamp(%s). Pls in 15mins 400 请求时间戳不合法(%s),请保持请求时间戳在15分钟以内',
        'InvalidParameter The input parameter "%s"is not valid. 400 参数名称错误',
        'InvalidActionOrVesion The action %s or version %s is not valid for this web service 400 action 或 version 不合法',
        '',
        '特殊错误',
      ].join('\n'),
      want: [
        {
          line: 4,
          code: 'InvalidTimestamp',
          httpStatus: 400,
          message: 'Invalid Timestamp(%s). Pls in 15mins',
          description: '请求时间戳不合法(%s),请保持请求时间戳在15分钟以内',
        },
        {
          line: 5,
          code: 'InvalidParameter',
          httpStatus: 400,
          message: 'The input parameter "%s"is not valid.',
          description: '参数名称错误',
        },
        {
          line: 6,
          code: 'InvalidActionOrVesion',
          httpStatus: 400,
          message: 'The action %s or version %s is not valid for this web service',
          description: 'action 或 version 不合法',
        },
      ],
    },
    {
      name: 'Baidu: the reason phrase after the status belongs to the status; the intro line is not the header',
      section: '公共错误码',
      text: [
        '公共错误码',
        '',
        '下表列出了百度智能云API的公共错误码。',
        '',
        '错误码 错误消息 HTTP状态码 描述',
        'AccessDenied Access denied. 403 Forbidden 无权限访问对应的资源。',
        'InternalError We encountered an internal error. Please try again. 500 Internal Server Error 所有未定义的其他错误。',
        'RequestExpired Request has expired. Timestamp date is . 400 Bad Request 请求超时。',
        'InvalidVersion The API version specified was invalid. 404 Not Found URI的版本号不合法。',
      ].join('\n'),
      want: [
        {
          line: 6,
          code: 'AccessDenied',
          httpStatus: 403,
          message: 'Access denied.',
          description: '无权限访问对应的资源。',
        },
        {
          line: 7,
          code: 'InternalError',
          httpStatus: 500,
          message: 'We encountered an internal error. Please try again.',
          description: '所有未定义的其他错误。',
        },
        {
          line: 8,
          code: 'RequestExpired',
          httpStatus: 400,
          message: 'Request has expired. Timestamp date is .',
          description: '请求超时。',
        },
        {
          line: 9,
          code: 'InvalidVersion',
          httpStatus: 404,
          message: 'The API version specified was invalid.',
          description: 'URI的版本号不合法。',
        },
      ],
    },
    {
      name: 'StreamLive: two columns, code then English description; the header is not a row',
      section: 'Common Error Codes',
      text: [
        'Common Error Codes',
        '',
        'If there is an Error field in the response, it means that the API call failed.',
        '',
        'Error Code Description',
        'AuthFailure.InvalidSecretId Invalid key (not a TencentCloud API key type).',
        'UnsupportedProtocol HTTPS request method error. Only GET and POST requests are supported.',
        '',
        '帮助和支持',
      ].join('\n'),
      want: [
        {
          line: 6,
          code: 'AuthFailure.InvalidSecretId',
          description: 'Invalid key (not a TencentCloud API key type).',
        },
        {
          line: 7,
          code: 'UnsupportedProtocol',
          description: 'HTTPS request method error. Only GET and POST requests are supported.',
        },
      ],
    },
    {
      name: 'Kingsoft v1: split before the first word holding CJK; continuation lines join with line breaks; a word-led line is reported',
      section: '特殊错误',
      text: [
        '特殊错误',
        '',
        '{',
        '    "Data": {',
        '        "RetCode": 8201,',
        '    }',
        '}',
        '',
        '错误码',
        '',
        'RetCode RetMsg 含义',
        '4201 get result error uid、uniquename、domain不匹配',
        '4999 parameters other error 参数错误,请检查:',
        '1.参数名大小写是否正确',
        '2.参数value类型是否正确',
        '5000 the user does not exist 用户不存在',
        '1 other error 其他错误',
        'Note that a word-led line inside the table is no row',
        '',
        'Prose after the blank line is not the table',
      ].join('\n'),
      problems: [
        '18: not a row of section "特殊错误": code "Note" is not a number like the table\'s other codes',
      ],
      want: [
        {
          line: 12,
          code: '4201',
          message: 'get result error',
          description: 'uid、uniquename、domain不匹配',
        },
        {
          line: 13,
          code: '4999',
          message: 'parameters other error',
          description: '参数错误,请检查:\n1.参数名大小写是否正确\n2.参数value类型是否正确',
        },
        { line: 16, code: '5000', message: 'the user does not exist', description: '用户不存在' },
        { line: 17, code: '1', message: 'other error', description: '其他错误' },
      ],
    },
    {
      name: 'Kingsoft v1: known variants choose the split where the guess would be wrong',
      section: '特殊错误',
      known: new Map([
        ['6706', [{ message: 'HLS vod should be enable', description: 'HLS 不可用' }]],
        // A description that goes on over lines is known by its first line.
        ['9', [{ message: 'check', description: 'HLS 参数错误:\n1.参数名' }]],
      ]),
      text: [
        '特殊错误',
        'RetCode RetMsg 含义',
        '6706 HLS vod should be enable HLS 不可用',
        '6707 Hls or mp4 Bucket error Bucket 错误',
        '9 check HLS 参数错误:',
        '1.参数名',
        '10 next 下一个',
      ].join('\n'),
      want: [
        { line: 3, code: '6706', message: 'HLS vod should be enable', description: 'HLS 不可用' },
        { line: 4, code: '6707', message: 'Hls or mp4 Bucket error Bucket', description: '错误' },
        { line: 5, code: '9', message: 'check', description: 'HLS 参数错误:\n1.参数名' },
        { line: 7, code: '10', message: 'next', description: '下一个' },
      ],
    },
    {
      name: 'codes are data: hyphens, __proto__ and constructor are rows, not the end of the table',
      section: '业务错误码',
      text: [
        '### 业务错误码',
        '| 错误码 | 说明 |',
        '|---|---|',
        '| FailedOperation | 操作失败 |',
        '| FailedOperation.Stream-Limit | 流数量超限。 |',
        '| __proto__ | 原型。 |',
        '| constructor | 构造函数。 |',
        '| InternalError | 内部错误 |',
        '',
        '| 错误码 | 说明 |',
      ].join('\n'),
      want: [
        { line: 4, code: 'FailedOperation', description: '操作失败' },
        { line: 5, code: 'FailedOperation.Stream-Limit', description: '流数量超限。' },
        { line: 6, code: '__proto__', description: '原型。' },
        { line: 7, code: 'constructor', description: '构造函数。' },
        { line: 8, code: 'InternalError', description: '内部错误' },
      ],
    },
    {
      name: 'every line inside a table that is no row is reported, and the rows after it are read',
      section: 'API 错误码表',
      text: [
        'API 错误码表',
        'HTTP 状态码 | 返回代码 | 含义 | 详细说明 |',
        '400 | 40001000 | wrong uri | |',
        '4O0 | 40001001 | wrong content-md5 | |',
        '400 | 4000 1003 | meta invalid | |',
        '400 | | folder args invalid | |',
        '400 | 40001005 | iter | args | invalid |',
        '400 | FolderInvalid | folder invalid | |',
        '400 | 40011062 | part already complete |',
        '如有疑问请 联系我们',
      ].join('\n'),
      want: [
        { line: 3, code: '40001000', httpStatus: 400, message: 'wrong uri' },
        { line: 9, code: '40011062', httpStatus: 400, message: 'part already complete' },
      ],
      problems: [
        '4: not a row of section "API 错误码表": HTTP status "4O0" of code "40001001" is not a status from 100 to 599',
        '5: not a row of section "API 错误码表": code "4000 1003" contains a space',
        '6: not a row of section "API 错误码表": the code cell is empty',
        '7: not a row of section "API 错误码表": has 5 cells but the table\'s header has 4; is a | inside a cell?',
        '8: not a row of section "API 错误码表": code "FolderInvalid" is not a number like the table\'s other codes',
      ],
    },
    {
      name: 'CRLF line ends are read like LF',
      section: 'Common Error Codes',
      text: 'Common Error Codes\r\nError Code Description\r\nInternalError Internal error.\r\n',
      want: [{ line: 3, code: 'InternalError', description: 'Internal error.' }],
    },
  ];

  it.each(cases)('$name', ({ text, section, known, want, problems = [] }) => {
    const parsed = parseDocumentTable(text, section, known);
    expect(parsed.rows).toEqual(want);
    expect(parsed.problems.map((problem) => `${problem.line}: ${problem.message}`)).toEqual(
      problems,
    );
  });

  const failures = [
    {
      name: 'a section the document lacks',
      text: '公共错误\n错误码 说明\nA a',
      section: '业务错误',
      error: 'section "业务错误" not found',
    },
    {
      name: 'a section with no table under it',
      text: '公共错误码\n\n下表列出了公共错误码。\n\n上一篇',
      section: '公共错误码',
      error: 'no error table found under section "公共错误码" (line 1)',
    },
    {
      name: 'a header whose next line is not a row',
      text: 'Codes\nError Code Description\n\nInternalError Internal error.',
      section: 'Codes',
      error: 'no error table found',
    },
  ] as const;

  it.each(failures)('throws for $name', ({ text, section, error }) => {
    expect(() => parseDocumentTable(text, section)).toThrow(error);
  });
});
