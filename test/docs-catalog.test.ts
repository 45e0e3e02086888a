// Tests the Markdown catalog: given a small model, want docs/<vendor>.md exactly; escaping; every documented row on the real tables.

import { describe, expect, it } from 'vitest';
import { emitDocsCatalog } from '../generator/emit/emit-docs-catalog.js';
import { mdTableCell as markdownTableCell } from '../generator/emit/lib/markdown.js';
import { requireModel } from '../generator/load-model.js';
import { FIXTURE_TABLES, TEST_RELEASE } from './helpers/tables.js';
import type {
  CodeNode,
  EntryNode,
  PackageModel,
  SourceNode,
  VendorNode,
} from '../generator/model/model.js';


const entry = (
  code: string | number,
  name: string,
  table: string,
  line: number,
  fields: Partial<
    Pick<EntryNode, 'httpStatus' | 'message' | 'description' | 'category' | 'retryable'>
  > = {},
): EntryNode => {
  const source = {
    document: '返回结果',
    section: table === 'kingsoft-live.csv' ? '公共错误' : '特殊错误',
    table,
    line,
  };
  return {
    type: 'entry',
    vendor: 'kingsoft-live',
    code,
    name,
    description: {},
    category: 'invalid-request',
    retryable: false,
    source,
    sources: [source],
    ...fields,
  };
};

const code = (variants: [EntryNode, ...EntryNode[]]): CodeNode => ({
  type: 'code',
  code: variants[0].code,
  name: variants[0].name,
  variants,
});

const source = (table: string, section: string): SourceNode => ({
  type: 'source',
  table,
  vendor: 'kingsoft-live',
  product: '金山云 云直播',
  api: 'live',
  document: '返回结果',
  section,
  language: 'zh',
  date: '2022-01-17',
  sourceFile: 'sources/kingsoft-live.txt',
});

/** Kingsoft in small: codes sorted by code as the model keeps them, rows on lines out of that order. */
const KINGSOFT: VendorNode = {
  type: 'vendor',
  id: 'kingsoft-live',
  prefix: 'KingsoftLive',
  codeSets: [
    {
      type: 'code-set',
      familyRules: [],
      vendor: 'kingsoft-live',
      prefix: 'KingsoftLive',
      codeType: 'string',
      envelope: 'kingsoft-openapi',
      tables: ['kingsoft-live.csv'],
      codes: [
        code([
          entry('InvalidParameterValue', 'InvalidParameterValue', 'kingsoft-live.csv', 3, {
            httpStatus: 400,
            message: 'The input parameter value “%s” is not valid.',
            description: { zh: '参数value值错误' },
          }),
          entry('InvalidParameterValue', 'InvalidParameterValue', 'kingsoft-live.csv', 5, {
            httpStatus: 400,
            message: 'Uniquename | pubdomain do not match.',
            description: { zh: '不匹配', en: 'Does not match.' },
          }),
        ]),
        code([
          entry('StreamNotExist', 'StreamNotExist', 'kingsoft-live.csv', 2, {
            httpStatus: 404,
            message: 'The Live stream does not exist.',
            description: { zh: '目标直播流不存在' },
            category: 'not-found',
          }),
        ]),
        code([
          entry('UnknownError', 'UnknownError', 'kingsoft-live.csv', 4, {
            httpStatus: 400,
            message: 'Unknown `error`.',
            category: 'unknown',
            retryable: true,
          }),
        ]),
      ],
    },
    {
      type: 'code-set',
      familyRules: [],
      vendor: 'kingsoft-live',
      prefix: 'KingsoftLiveV1',
      codeType: 'integer',
      envelope: 'kingsoft-v1',
      tables: ['kingsoft-live-v1.csv'],
      codes: [
        code([
          entry(4999, 'OtherParameterError', 'kingsoft-live-v1.csv', 2, {
            message: 'parameters other error',
            description: {
              zh: '参数错误,请检查:\n1.参数名大小写是否正确\n2.参数value类型是否正确',
            },
          }),
        ]),
      ],
    },
  ],
  sources: [source('kingsoft-live.csv', '公共错误'), source('kingsoft-live-v1.csv', '特殊错误')],
  aliases: [],
};

const WANT = `<!-- Generated from tables/kingsoft-live.csv, tables/kingsoft-live-v1.csv by npm run generate. Do not edit. -->

# kingsoft-live error codes

Every error code that 金山云 云直播 documents, as the package knows it: one row per documented variant.

## Source documents

- 金山云 云直播, API \`live\`: 返回结果 (Chinese, last updated 2022-01-17), sections 公共错误, 特殊错误; page address not known (no source gives it).

## KingsoftLive

3 codes, 4 documented variants; string codes in the \`kingsoft-openapi\` error body.

### 返回结果 › 公共错误

4 rows of the document's table, in its order.

| code | name | HTTP status | category | retryable | message | description zh | description en |
| --- | --- | --- | --- | --- | --- | --- | --- |
| \`StreamNotExist\` | StreamNotExist | 404 | not-found | false | \`The Live stream does not exist.\` | 目标直播流不存在 |  |
| \`InvalidParameterValue\` | InvalidParameterValue | 400 | invalid-request | false | \`The input parameter value “%s” is not valid.\` | 参数value值错误 |  |
| \`UnknownError\` | UnknownError | 400 | unknown | true | \`\`Unknown \`error\`.\`\` |  |  |
| \`InvalidParameterValue\` | InvalidParameterValue | 400 | invalid-request | false | \`Uniquename \\| pubdomain do not match.\` | 不匹配 | Does not match. |

## KingsoftLiveV1

1 code, 1 documented variant; integer codes in the \`kingsoft-v1\` error body.

### 返回结果 › 特殊错误

1 row of the document's table, in its order.

| code | name | HTTP status | category | retryable | message | description zh | description en |
| --- | --- | --- | --- | --- | --- | --- | --- |
| \`4999\` | OtherParameterError |  | invalid-request | false | \`parameters other error\` | 参数错误,请检查:<br>1.参数名大小写是否正确<br>2.参数value类型是否正确 |  |
`;

describe('emitDocsCatalog', () => {
  it('writes one catalog per vendor: sources, then one table per document table in document order', () => {
    const model: PackageModel = { type: 'package', vendors: [KINGSOFT], release: TEST_RELEASE };
    expect(emitDocsCatalog(model)).toEqual([{ path: 'docs/kingsoft-live.md', contents: WANT }]);
  });

  it('is deterministic and leaves the model as it was', () => {
    const model: PackageModel = structuredClone({
      type: 'package',
      vendors: [KINGSOFT],
      release: TEST_RELEASE,
    });
    const before = structuredClone(model);
    expect(emitDocsCatalog(model)).toEqual(emitDocsCatalog(model));
    expect(model).toEqual(before);
  });

  it.each([
    { given: 'plain', want: 'plain' },
    { given: 'a | b', want: 'a \\| b' },
    { given: 'one\ntwo\r\nthree\rfour', want: 'one<br>two<br>three<br>four' },
    { given: '', want: '' },
  ])('escapes $given as one table cell', ({ given, want }) => {
    expect(markdownTableCell(given)).toBe(want);
  });

  it('lists every documented variant of the fixture tables exactly once, one table row a line', async () => {
    const model = await requireModel(FIXTURE_TABLES);
    const files = emitDocsCatalog(model);
    expect(files.map((file) => file.path)).toEqual(
      model.vendors.map((vendor) => `docs/${vendor.id}.md`),
    );
    for (const [index, vendor] of model.vendors.entries()) {
      const rows = files[index]!.contents.split('\n').filter((line) => line.startsWith('| `'));
      const variants = vendor.codeSets.flatMap((set) => set.codes.flatMap((node) => node.variants));
      expect(rows).toHaveLength(variants.length);
      // Each row has the eight columns: no unescaped pipe split a cell.
      for (const row of rows) expect(row.replace(/\\\|/g, '').split(' | ')).toHaveLength(8);
    }
  });
});
