// Tests the code-list parser: Go errors.go files of Tencent Cloud's SDKs, given text and wanted constants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeListError, parseCodeList } from '../generator/documents/parse-code-list.js';

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
