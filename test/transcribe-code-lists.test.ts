// Tests how a code list becomes table rows: names from codes, the rule table, and curated cells kept or taken from pages.
import { describe, expect, it } from 'vitest';
import type { CodeList } from '../generator/documents/parse-code-list.js';
import { ruleFor, type CategoryRule } from '../generator/import/category-rules.js';
import { nameFromCode, uniqueName } from '../generator/import/name-from-code.js';
import { transcribeCodeLists, type ListRowCells } from '../generator/import/transcribe-code-lists.js';

const rule = (line: number, prefix: string, category: string, retryable: string, envelope = 'tencent-api3'): CategoryRule => ({
  line,
  envelope,
  prefix,
  keyword: '',
  category,
  retryable,
  reason: `${prefix} reason`,
});

const RULES = [
  rule(2, 'FailedOperation', 'unknown', 'false'),
  rule(3, 'LimitExceeded', 'quota', 'false'),
  rule(4, 'LimitExceeded.Rate', 'rate-limit', 'true'),
  rule(5, '*', 'unknown', 'false'),
  rule(6, 'InternalError', 'internal', 'true'),
  rule(7, 'InternalError', 'unknown', 'false', 'bce'),
];

describe('nameFromCode', () => {
  it.each([
    ['FailedOperation.NetworkError', 'FailedOperationNetworkError'],
    ['InternalError.DBError', 'InternalErrorDBError'],
    ['AuthFailure.MFAFailure', 'AuthFailureMFAFailure'],
    ['InternalError.SYS_ERR', 'InternalErrorSysErr'],
    ['UnsupportedOperation.NOT_SUPPORT_THIS_ACTION', 'UnsupportedOperationNotSupportThisAction'],
    ['ResourceNotFound.ResourceNotFoundCode_GatewayNotFound', 'ResourceNotFoundResourceNotFoundCodeGatewayNotFound'],
    ['MissingParameter.', 'MissingParameter'],
    ['invalidParameter.x', 'InvalidParameterX'],
    ['40001006', undefined],
    ['', undefined],
  ])('%s gives %s', (code, want) => {
    expect(nameFromCode(code)).toBe(want);
  });

  it('numbers a name already taken', () => {
    const taken = new Set(['InvalidParameterConflict']);
    expect(uniqueName('InvalidParameterConflict', taken)).toBe('InvalidParameterConflict2');
    expect(uniqueName('InvalidParameterConflict', taken)).toBe('InvalidParameterConflict3');
    expect(uniqueName('Other', taken)).toBe('Other');
  });
});

describe('ruleFor', () => {
  it.each([
    ['FailedOperation.NetworkError', 'tencent-api3', 2],
    ['FailedOperation', 'tencent-api3', 2],
    ['LimitExceeded.RateLimitExceeded', 'tencent-api3', 3],
    ['LimitExceeded.Rate.Minute', 'tencent-api3', 4],
    ['LimitExceeded.Rate', 'tencent-api3', 4],
    ['FailedOperationX', 'tencent-api3', 5],
    ['InternalError.X', 'tencent-api3', 6],
    ['InternalError.X', 'bce', 7],
  ] as const)('%s (%s) takes the rule of line %i', (code, envelope, line) => {
    expect(ruleFor(RULES, envelope, code)?.line).toBe(line);
  });

  it('gives nothing for an envelope without rules', () => {
    expect(ruleFor(RULES, 'upyun', 'FailedOperation')).toBeUndefined();
  });
});

const list = (entries: readonly [string, string?][]): CodeList => ({
  section: '',
  entries: entries.map(([code, description], index) => ({
    line: 20 + index * 3,
    constant: code.toUpperCase().replaceAll('.', '_'),
    code,
    ...(description !== undefined ? { description } : {}),
  })),
});

const row = (cells: Partial<ListRowCells> & { code: string }): ListRowCells => ({
  http_status: '',
  message: '',
  description_zh: '',
  description_en: '',
  name: '',
  category: '',
  retryable: '',
  ...cells,
});

describe('transcribeCodeLists', () => {
  const zh = list([['FailedOperation.NetworkError', '当前 CA 机构访问繁忙，请稍后重试。'], ['InternalError', '内部错误。'], ['LimitExceeded.RateLimitExceeded', '单位时间内接口请求频率达到限制。']]);
  const en = list([['InternalError', 'Internal error.'], ['FailedOperation.OnlyEn', 'Only in English.'], ['FailedOperation.NetworkError', 'The CA system is busy. Try again later.']]);
  const sources = [
    { sourceFile: 'sources/zh/errors.go', language: 'zh' as const, list: zh },
    { sourceFile: 'sources/en/errors.go', language: 'en' as const, list: en },
  ];

  it('new rows: one per code of any list, both descriptions, curated cells from the rules', () => {
    const { rows, curatedFrom } = transcribeCodeLists({
      existing: new Map(),
      sources,
      envelope: 'tencent-api3',
      rules: RULES,
      documented: new Map(),
      takenNames: new Set(),
    });
    expect(rows).toEqual([
      row({ code: 'FailedOperation.NetworkError', description_zh: '当前 CA 机构访问繁忙，请稍后重试。', description_en: 'The CA system is busy. Try again later.', name: 'FailedOperationNetworkError', category: 'unknown', retryable: 'false' }),
      row({ code: 'InternalError', description_zh: '内部错误。', description_en: 'Internal error.', name: 'InternalError', category: 'internal', retryable: 'true' }),
      row({ code: 'LimitExceeded.RateLimitExceeded', description_zh: '单位时间内接口请求频率达到限制。', name: 'LimitExceededRateLimitExceeded', category: 'quota', retryable: 'false' }),
      row({ code: 'FailedOperation.OnlyEn', description_en: 'Only in English.', name: 'FailedOperationOnlyEn', category: 'unknown', retryable: 'false' }),
    ]);
    expect(curatedFrom.map((from) => (from.type === 'rule' ? from.rule.line : from.type))).toEqual([2, 6, 3, 2]);
  });

  it('keeps the curated cells of rows that exist, the overrides a person made included', () => {
    const existing = new Map([
      ['FailedOperation.NetworkError', row({ code: 'FailedOperation.NetworkError', description_zh: 'old', name: 'FailedOperationNetworkError', category: 'unavailable', retryable: 'true' })],
    ]);
    const { rows, curatedFrom } = transcribeCodeLists({ existing, sources, envelope: 'tencent-api3', rules: RULES, documented: new Map(), takenNames: new Set() });
    expect(rows[0]).toEqual(row({ code: 'FailedOperation.NetworkError', description_zh: '当前 CA 机构访问繁忙，请稍后重试。', description_en: 'The CA system is busy. Try again later.', name: 'FailedOperationNetworkError', category: 'unavailable', retryable: 'true' }));
    expect(curatedFrom[0]).toEqual({ type: 'kept' });
  });

  it('a code a page documents takes the page row\'s curated cells', () => {
    const documented = new Map([['InternalError', [{ table: 'tencent-live.csv', name: 'InternalError', category: 'internal', retryable: 'true' }]]]);
    const { rows, curatedFrom } = transcribeCodeLists({ existing: new Map(), sources: [sources[0]!], envelope: 'tencent-api3', rules: RULES, documented, takenNames: new Set() });
    expect(rows[1]).toMatchObject({ code: 'InternalError', name: 'InternalError', category: 'internal', retryable: 'true' });
    expect(curatedFrom[1]).toEqual({ type: 'documented', table: 'tencent-live.csv' });
  });

  it('a language no list gives keeps the cell the table has', () => {
    const existing = new Map([['InternalError', row({ code: 'InternalError', description_en: 'kept', name: 'InternalError', category: 'internal', retryable: 'true' })]]);
    const { rows } = transcribeCodeLists({ existing, sources: [sources[0]!], envelope: 'tencent-api3', rules: RULES, documented: new Map(), takenNames: new Set() });
    expect(rows[1]).toMatchObject({ description_zh: '内部错误。', description_en: 'kept' });
  });

  it('never gives a new code a name the code set already uses', () => {
    const clash = list([['InvalidParameter.Conflict'], ['InvalidParameterConflict']]);
    const { rows, curatedFrom } = transcribeCodeLists({
      existing: new Map(),
      sources: [{ sourceFile: 'x', language: 'zh', list: clash }],
      envelope: 'tencent-api3',
      rules: RULES,
      documented: new Map(),
      takenNames: new Set(['InvalidParameterConflict']),
    });
    expect(rows.map((cells) => cells.name)).toEqual(['InvalidParameterConflict2', 'InvalidParameterConflict3']);
    expect(curatedFrom.every((from) => from.type === 'rule' && from.renamed)).toBe(true);
  });

  it('leaves curated cells empty where no rule applies', () => {
    const { rows, curatedFrom } = transcribeCodeLists({
      existing: new Map(),
      sources: [{ sourceFile: 'x', language: 'zh', list: list([['Whatever.Code']]) }],
      envelope: 'upyun',
      rules: RULES,
      documented: new Map(),
      takenNames: new Set(),
    });
    expect(rows[0]).toMatchObject({ name: 'WhateverCode', category: '', retryable: '' });
    expect(curatedFrom[0]).toEqual({ type: 'none' });
  });
});
