// Tests the document parser: the committed source documents give back the committed tables, and each table format parses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseDocumentTable, type DocumentRow, type KnownVariants } from '../generator/documents/parse-document.js';

const TABLES = path.join(import.meta.dirname, '..', 'tables');
const readTable = (name: string): Record<string, string>[] =>
  parse(readFileSync(path.join(TABLES, name), 'utf8'), { columns: true }) as Record<string, string>[];

/** The transcribed columns of a table row, in the parser's terms, for the given description language. */
const transcribed = (record: Record<string, string>, language: 'zh' | 'en'): Omit<DocumentRow, 'line'> => {
  const description = record[`description_${language}`] ?? '';
  return {
    code: record['code']!,
    ...(record['http_status'] ? { httpStatus: Number(record['http_status']) } : {}),
    ...(record['message'] ? { message: record['message'] } : {}),
    ...(description !== '' ? { description } : {}),
  };
};

const knownFrom = (records: readonly Record<string, string>[], language: 'zh' | 'en'): KnownVariants => {
  const known = new Map<string, { message?: string; description?: string }[]>();
  for (const record of records) {
    const { code, message, description } = transcribed(record, language);
    known.set(code, [...(known.get(code) ?? []), { ...(message ? { message } : {}), ...(description ? { description } : {}) }]);
  }
  return known;
};

const withoutLine = ({ line: _line, ...rest }: DocumentRow): Omit<DocumentRow, 'line'> => rest;

describe('parseDocumentTable on the committed source documents', () => {
  // In manifest order, with the row count each document table has by a person's count.
  const pairs = [
    { table: 'tencent-common.csv', document: 'tencent-live.txt', section: '公共错误码', language: 'zh', rows: 26 },
    { table: 'tencent-live.csv', document: 'tencent-live.txt', section: '业务错误码', language: 'zh', rows: 50 },
    { table: 'tencent-common.csv', document: 'tencent-streamlive.txt', section: 'Common Error Codes', language: 'en', rows: 26 },
    { table: 'baidu-vod-common.csv', document: 'baidu-vod.txt', section: '公共错误码', language: 'zh', rows: 14 },
    { table: 'baidu-vod.csv', document: 'baidu-vod.txt', section: 'VOD错误返回码', language: 'zh', rows: 12 },
    { table: 'kingsoft-live.csv', document: 'kingsoft-live.txt', section: '公共错误', language: 'zh', rows: 29 },
    { table: 'kingsoft-live-v1.csv', document: 'kingsoft-live.txt', section: '特殊错误', language: 'zh', rows: 43 },
    { table: 'upyun.csv', document: 'upyun.txt', section: 'API 错误码表', language: 'zh', rows: 254 },
  ] as const;

  it('covers every manifest row of sources.csv', () => {
    const manifest = readTable('sources.csv').map((record) => [
      record['table'],
      record['source_file'],
      record['section'],
      record['language'],
    ]);
    expect(manifest).toEqual(pairs.map((pair) => [pair.table, `sources/${pair.document}`, pair.section, pair.language]));
  });

  it.each(pairs)('$document "$section" gives the transcribed columns of $table', ({ table, document, section, language, rows }) => {
    const records = readTable(table);
    const text = readFileSync(path.join(TABLES, 'sources', document), 'utf8');
    const parsed = parseDocumentTable(text, section, knownFrom(records, language));
    expect(parsed.section).toBe(section);
    expect(parsed.rows).toHaveLength(rows);
    expect(parsed.rows.map(withoutLine)).toEqual(records.map((record) => transcribed(record, language)));
    // Lines point at the rows themselves: each row's line starts with its code.
    const lines = text.split('\n');
    for (const row of parsed.rows) {
      const line = lines[row.line - 1] ?? '';
      expect(line.replace(/^\|\s*/, '').startsWith(`${row.code} `) || line.includes(`| ${row.code} |`)).toBe(true);
    }
  });

  it('splits the ambiguous Kingsoft v1 rows by its best guess when nothing is known', () => {
    const text = readFileSync(path.join(TABLES, 'sources', 'kingsoft-live.txt'), 'utf8');
    const byCode = new Map(parseDocumentTable(text, '特殊错误').rows.map((row) => [row.code, row]));
    expect(byCode.get('6706')).toMatchObject({ message: 'HLS vod should be enable HLS', description: '不可用' });
    expect(byCode.get('4201')).toMatchObject({ message: 'get result error', description: 'uid、uniquename、domain不匹配' });
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
        { line: 7, code: '50300013', httpStatus: 503, message: 'put file capture timeout', description: '内部服务超时了' },
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
        { line: 5, code: 'InvalidParameter', httpStatus: 400, message: 'The input parameter "%s"is not valid.', description: '参数名称错误' },
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
        { line: 6, code: 'AccessDenied', httpStatus: 403, message: 'Access denied.', description: '无权限访问对应的资源。' },
        {
          line: 7,
          code: 'InternalError',
          httpStatus: 500,
          message: 'We encountered an internal error. Please try again.',
          description: '所有未定义的其他错误。',
        },
        { line: 8, code: 'RequestExpired', httpStatus: 400, message: 'Request has expired. Timestamp date is .', description: '请求超时。' },
        { line: 9, code: 'InvalidVersion', httpStatus: 404, message: 'The API version specified was invalid.', description: 'URI的版本号不合法。' },
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
        { line: 6, code: 'AuthFailure.InvalidSecretId', description: 'Invalid key (not a TencentCloud API key type).' },
        { line: 7, code: 'UnsupportedProtocol', description: 'HTTPS request method error. Only GET and POST requests are supported.' },
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
        { line: 12, code: '4201', message: 'get result error', description: 'uid、uniquename、domain不匹配' },
        { line: 13, code: '4999', message: 'parameters other error', description: '参数错误,请检查:\n1.参数名大小写是否正确\n2.参数value类型是否正确' },
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
      name: 'CRLF line ends are read like LF',
      section: 'Common Error Codes',
      text: 'Common Error Codes\r\nError Code Description\r\nInternalError Internal error.\r\n',
      want: [{ line: 3, code: 'InternalError', description: 'Internal error.' }],
    },
  ];

  it.each(cases)('$name', ({ text, section, known, want, problems = [] }) => {
    const parsed = parseDocumentTable(text, section, known);
    expect(parsed.rows).toEqual(want);
    expect(parsed.problems.map((problem) => `${problem.line}: ${problem.message}`)).toEqual(problems);
  });

  const failures = [
    { name: 'a section the document lacks', text: '公共错误\n错误码 说明\nA a', section: '业务错误', error: 'section "业务错误" not found' },
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
