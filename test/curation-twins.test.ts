// Codes of one code set with the same sub-code or description but another category or retryable: flagged unless a reason says why.
import { describe, expect, it } from 'vitest';
import type { RawTables, TableFile } from '../generator/read-tables/table-file.js';
import type { CurationReasonColumn, ErrorRow, ManifestEntry } from '../generator/schema/schema.js';
import { checkCurationTwins } from '../generator/validate/check-curation-twins.js';

const entry = { codeSet: 'TencentLive', table: 'live.csv' } as ManifestEntry;
const row = (
  line: number,
  code: string,
  category: ErrorRow['category'],
  zh?: string,
): ErrorRow => ({
  line,
  code,
  description: zh === undefined ? {} : { zh },
  name: code.replace(/\./g, ''),
  category,
  retryable: category === 'internal',
});

function raw(reasons?: readonly (readonly [string, string, string])[]): RawTables {
  const curationReasons: TableFile<CurationReasonColumn> | undefined =
    reasons === undefined
      ? undefined
      : {
          file: 'tables/curation-reasons.csv',
          name: 'curation-reasons.csv',
          header: ['code_set', 'code', 'reason'],
          readable: true,
          text: '',
          records: reasons.map(([codeSet, code, reason], index) => ({
            line: index + 2,
            cells: { code_set: codeSet, code, reason },
          })),
        };
  return { displayDir: 'tables', ...(curationReasons && { curationReasons }) } as RawTables;
}

const tables = new Map([
  [
    'live.csv',
    [
      row(2, 'InternalError.ConfNotFound', 'not-found', '模版不存在。'),
      row(3, 'InvalidParameter.ConfNotFound', 'not-found', '配置没有找到。'),
      row(4, 'InternalError.DomainIsFamous', 'conflict', '该域名已在其他处接入'),
      row(5, 'InvalidParameter.DomainIsFamous', 'permission', '使用黑名单域名'),
      row(6, 'FailedOperation.NoTemplate', 'internal', '模版不存在'),
    ],
  ],
]);

describe('checkCurationTwins', () => {
  it('flags twins by sub-code and by description, at the later row', () => {
    expect(checkCurationTwins(raw(), [entry], tables).map((p) => [p.line, p.message])).toEqual([
      [
        5,
        'InvalidParameter.DomainIsFamous is permission, not retryable, but InternalError.DomainIsFamous (tables/live.csv:4), with the sub-code DomainIsFamous, is conflict, not retryable: make them agree, or say why in tables/curation-reasons.csv',
      ],
      [
        6,
        'FailedOperation.NoTemplate is internal, retryable, but InternalError.ConfNotFound (tables/live.csv:2), with the description "模版不存在", is not-found, not retryable: make them agree, or say why in tables/curation-reasons.csv',
      ],
    ]);
  });

  it('a reason exempts a code; a reason for no code, or an empty one, is a problem', () => {
    const problems = checkCurationTwins(
      raw([
        ['TencentLive', 'InvalidParameter.DomainIsFamous', 'a blacklisted domain'],
        ['TencentLive', 'FailedOperation.NoTemplate', 'a missing template of its own'],
        ['TencentLive', 'Nowhere.Code', ''],
      ]),
      [entry],
      tables,
    );
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'tables/curation-reasons.csv:4: code set TencentLive has no code "Nowhere.Code"',
      'tables/curation-reasons.csv:4: reason is empty; say why the code differs',
    ]);
  });
});
