// Tests the code-list parser: Go errors.go files of Tencent Cloud's SDKs, given text and wanted constants.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeListError, parseCodeList } from '../generator/documents/parse-code-list.js';
import { loadModel } from '../generator/load-model.js';
import { formatProblem } from '../generator/read-tables/table-file.js';
import { ALIASES_HEADER, ERROR_HEADER, SOURCES_HEADER, TEST_RELEASE } from './helpers/tables.js';
import { useTemporaryDirs, writeTree } from './helpers/temporary.js';

const LICENCE = ['// Copyright (c) 2017-2025 Tencent. All Rights Reserved.', '//', '// Licensed under the Apache License.', ''];
const goFile = (...body: string[]): string => [...LICENCE, 'package v20180801', '', 'const (', ...body, ')', ''].join('\n');

describe('parseCodeList', () => {
  const cases: readonly { name: string; given: string; want: ReturnType<typeof parseCodeList> }[] = [
    {
      name: 'a heading, then constants with their comments',
      given: goFile(
        '\t// 此产品的特有错误码',
        '',
        '\t// CAM签名/鉴权错误。',
        '\tAUTHFAILURE = "AuthFailure"',
        '',
        '\t// 当前 CA 机构访问繁忙，请稍后重试。',
        '\tFAILEDOPERATION_NETWORKERROR = "FailedOperation.NetworkError"',
      ),
      want: {
        section: '此产品的特有错误码',
        entries: [
          { line: 11, constant: 'AUTHFAILURE', code: 'AuthFailure', description: 'CAM签名/鉴权错误。' },
          { line: 14, constant: 'FAILEDOPERATION_NETWORKERROR', code: 'FailedOperation.NetworkError', description: '当前 CA 机构访问繁忙，请稍后重试。' },
        ],
      },
    },
    {
      name: 'an empty comment (`// `) is no description',
      given: goFile('\t// error codes for specific actions', '', '\t// ', '\tINVALIDPARAMETER_PERIOD = "InvalidParameter.Period"'),
      want: { section: 'error codes for specific actions', entries: [{ line: 11, constant: 'INVALIDPARAMETER_PERIOD', code: 'InvalidParameter.Period' }] },
    },
    {
      name: 'a constant without a comment has no description',
      given: goFile('\tINTERNALERROR = "InternalError"'),
      want: { section: '', entries: [{ line: 8, constant: 'INTERNALERROR', code: 'InternalError' }] },
    },
    {
      name: 'a comment over several lines is one cell: lines trimmed, joined by a line feed',
      given: goFile('\t// 参数错误，请检查：  ', '\t//   1. 参数名', '\t//', '\tINVALIDPARAMETER = "InvalidParameter"'),
      want: { section: '', entries: [{ line: 11, constant: 'INVALIDPARAMETER', code: 'InvalidParameter', description: '参数错误，请检查：\n1. 参数名' }] },
    },
    {
      name: 'blanks around a description are not part of it (`//  指定的EIP不存在。`)',
      given: goFile('\t//  指定的EIP不存在。 ', '\tINVALIDADDRESSID_NOTFOUND = "InvalidAddressId.NotFound"'),
      want: { section: '', entries: [{ line: 9, constant: 'INVALIDADDRESSID_NOTFOUND', code: 'InvalidAddressId.NotFound', description: '指定的EIP不存在。' }] },
    },
    {
      name: 'a comment set off by a blank line belongs to no constant',
      given: goFile('\t// heading', '', '\t// stray note', '', '\tINTERNALERROR = "InternalError"'),
      want: { section: 'heading', entries: [{ line: 12, constant: 'INTERNALERROR', code: 'InternalError' }] },
    },
    {
      name: 'CRLF line ends read as LF',
      given: goFile('\t// 内部错误。', '\tINTERNALERROR = "InternalError"').replaceAll('\n', '\r\n'),
      want: { section: '', entries: [{ line: 9, constant: 'INTERNALERROR', code: 'InternalError', description: '内部错误。' }] },
    },
    {
      name: 'a product without codes of its own: an empty block',
      given: goFile('\t// 此产品的特有错误码'),
      want: { section: '此产品的特有错误码', entries: [] },
    },
    {
      name: 'a single const declaration outside a block',
      given: [...LICENCE, 'package v1', '', '// Internal error.', 'const INTERNALERROR = "InternalError"', ''].join('\n'),
      want: { section: '', entries: [{ line: 8, constant: 'INTERNALERROR', code: 'InternalError', description: 'Internal error.' }] },
    },
  ];

  it.each(cases)('$name', ({ given, want }) => {
    expect(parseCodeList(given)).toEqual(want);
  });

  const failures: readonly { name: string; given: string; line: number; reason: RegExp }[] = [
    { name: 'Go code that is not a constant', given: goFile('\tvar x = 1'), line: 8, reason: /expected a comment or a constant/ },
    { name: 'a non-string constant', given: goFile('\tLIMIT = 10'), line: 8, reason: /expected a comment or a constant/ },
    { name: 'an unclosed block', given: [...LICENCE, 'package v1', 'const (', '\tA = "A"'].join('\n'), line: 7, reason: /not closed/ },
    { name: 'no const block at all', given: [...LICENCE, 'package v1', ''].join('\n'), line: 1, reason: /no const block/ },
    { name: 'a page of text', given: '错误码\n公共错误码\n', line: 1, reason: /expected a comment or a constant/ },
  ];

  it.each(failures)('reports $name with its line', ({ given, line, reason }) => {
    let caught: unknown;
    try {
      parseCodeList(given);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CodeListError);
    expect((caught as CodeListError).line).toBe(line);
    expect((caught as CodeListError).reason).toMatch(reason);
  });

  it('keeps any code and description byte for byte', () => {
    const codeArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/);
    // One line of text without a line break, blanks inside kept; the outer ones are the cell rule's.
    const descriptionArb = fc.string({ minLength: 1 }).filter((text) => !/[\r\n]/.test(text) && text.trim() === text && text !== '');
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(codeArb, descriptionArb), { selector: ([code]) => code, maxLength: 20 }), (pairs) => {
        const body = pairs.flatMap(([code, description], index) => [`\t// ${description}`, `\tC${index} = ${JSON.stringify(code)}`, '']);
        const parsed = parseCodeList(goFile(...body));
        expect(parsed.entries.map((entry) => [entry.code, entry.description])).toEqual(pairs);
      }),
    );
  });
});

describe('validating a table transcribed from code lists', () => {
  const ZH = 'sources/sdk/tencentcloud/demo/v1/errors.go';
  const EN = 'sources/sdk-en/tencentcloud/demo/v1/errors.go';
  const manifestRow = (sourceFile: string, language: 'zh' | 'en', section: string, repository: string): string =>
    [
      'demo.csv',
      'tencent-demo',
      'TencentDemo',
      'string',
      'tencent-api3',
      'Demo',
      'demo',
      `${repository} demo/v1/errors.go`,
      section,
      language,
      '2026-08-21',
      sourceFile,
      '',
      `TencentCloud/${repository}`,
      '144f6c8d39e4',
      'tencentcloud/demo/v1/errors.go',
    ].join(',');
  const files = (table: string): Record<string, string> => ({
    'CHANGELOG.md': TEST_RELEASE.changelog,
    'sources.csv': [
      SOURCES_HEADER,
      manifestRow(ZH, 'zh', '此产品的特有错误码', 'sdk'),
      manifestRow(EN, 'en', 'error codes for specific actions', 'sdk-en'),
      '',
    ].join('\n'),
    'aliases.csv': `${ALIASES_HEADER}\n`,
    [ZH]: goFile('\t// 此产品的特有错误码', '', '\t// 内部错误。', '\tINTERNALERROR = "InternalError"', '', '\t// 资源不足。', '\tRESOURCEINSUFFICIENT = "ResourceInsufficient"'),
    [EN]: goFile('\t// error codes for specific actions', '', '\t// Internal error.', '\tINTERNALERROR = "InternalError"', '', '\t// Only in English.', '\tUNKNOWNPARAMETER = "UnknownParameter"'),
    'demo.csv': table,
  });
  const ROWS = [
    'InternalError,,,内部错误。,Internal error.,InternalError,internal,true',
    'ResourceInsufficient,,,资源不足。,,ResourceInsufficient,unavailable,true',
    'UnknownParameter,,,,Only in English.,UnknownParameter,invalid-request,false',
  ];
  const temporary = useTemporaryDirs();
  const problemsOf = async (table: string): Promise<string[]> => {
    const dir = await temporary('code-list-validate-');
    await writeTree(path.join(dir, 'tables'), files(table));
    const loaded = await loadModel(path.join(dir, 'tables'));
    return loaded.problems.map(formatProblem);
  };

  it('passes when every constant of either list is a row and every row a constant', async () => {
    expect(await problemsOf([ERROR_HEADER, ...ROWS, ''].join('\n'))).toEqual([]);
  });

  it.each([
    {
      name: 'a dropped row',
      rows: [ROWS[0], ROWS[2]],
      want: [`tables/demo.csv:1: lacks a row of code "ResourceInsufficient", a constant at ${ZH}:14`],
    },
    {
      name: 'a row no list declares',
      rows: [...ROWS, 'FailedOperation,,,操作失败。,,FailedOperation,unknown,false'],
      want: [
        `tables/demo.csv:5: code "FailedOperation" is not a constant of ${EN} nor of the table's other list`,
        `tables/demo.csv:5: code "FailedOperation" is not a constant of ${ZH} nor of the table's other list`,
      ],
    },
    {
      name: 'a description not byte for byte',
      rows: [ROWS[0]!.replace('内部错误。', '内部错误'), ROWS[1], ROWS[2]],
      want: [`tables/demo.csv:2: description_zh is "内部错误" but ${ZH}:11 gives "内部错误。"`],
    },
    {
      name: 'a description the other list has in a language this one does not',
      rows: [ROWS[0], ROWS[1]!.replace('资源不足。,', '资源不足。,Not enough.'), ROWS[2]],
      want: [`tables/demo.csv:3: description_en is "Not enough." but ${EN} declares no code "ResourceInsufficient"`],
    },
  ])('reports $name at the table line and the list line', async ({ rows, want }) => {
    expect((await problemsOf([ERROR_HEADER, ...rows, ''].join('\n'))).sort()).toEqual([...want].sort());
  });

  it('gives each code one entry naming the lists that describe it, both descriptions', async () => {
    const dir = await temporary('code-list-model-');
    await writeTree(path.join(dir, 'tables'), files([ERROR_HEADER, ...ROWS, ''].join('\n')));
    const loaded = await loadModel(path.join(dir, 'tables'));
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const codes = loaded.model.vendors[0]!.codeSets[0]!.codes;
    expect(codes.map((code) => [code.code, code.variants.length, code.variants[0].description, code.variants[0].sources.map((source) => source.document)])).toEqual([
      ['InternalError', 1, { zh: '内部错误。', en: 'Internal error.' }, ['sdk demo/v1/errors.go', 'sdk-en demo/v1/errors.go']],
      ['ResourceInsufficient', 1, { zh: '资源不足。' }, ['sdk demo/v1/errors.go']],
      ['UnknownParameter', 1, { en: 'Only in English.' }, ['sdk-en demo/v1/errors.go']],
    ]);
  });
});
