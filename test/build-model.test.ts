// Tests build-model: vendor and code-set order, code sorting, variants in document order, shared tables, aliases.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../generator/model/build-model.js';
import type { CodeSetNode, PackageModel } from '../generator/model/model.js';
import type { ValidTables } from '../generator/schema/schema.js';
import {
  ERROR_HEADER as HEADER,
  SOURCES_HEADER,
  schemaTables,
  TEST_RELEASE,
} from './helpers/tables.js';
import { useTemporaryDirs, writeTree } from './helpers/temporary.js';

const temporaryDir = useTemporaryDirs();

/** A small tables/ with every vendor: a table shared by two vendors, an integer set, an alias. */
const GIVEN: Readonly<Record<string, string>> = {
  'sources.csv': [
    SOURCES_HEADER,
    // Manifest order differs from VENDOR_IDS order on purpose.
    'upyun.csv,upyun,Upyun,integer,upyun,Upyun,rest,Upyun doc,Upyun section,zh,,sources/upyun.txt,,,,',
    'shared.csv,tencent-live,TencentLive,string,tencent-api3,CSS,live,错误码,公共错误码,zh,,sources/live.txt,,,,',
    'live.csv,tencent-live,TencentLive,string,tencent-api3,CSS,live,错误码,业务错误码,zh,,sources/live.txt,,,,',
    'shared.csv,tencent-streamlive,TencentStreamLive,string,tencent-api3,StreamLive,mdl,Responses,Common Error Codes,en,2026-02-03,sources/streamlive.txt,,,,',
    'baidu.csv,baidu-vod,BaiduVod,string,bce,VOD,vod,错误返回,VOD错误返回码,zh,2025-08-22,sources/baidu.txt,,,,',
    'kingsoft-v1.csv,kingsoft-live,KingsoftLiveV1,integer,kingsoft-v1,Live,live-v1,返回结果,特殊错误,zh,2022-01-17,sources/kingsoft.txt,,,,',
    'kingsoft.csv,kingsoft-live,KingsoftLive,string,kingsoft-openapi,Live,live,返回结果,公共错误,zh,2022-01-17,sources/kingsoft.txt,,,,',
    '',
  ].join('\n'),
  'aliases.csv':
    'vendor,alias,code,source_file\nbaidu-vod,MediaException.MediaNotFound,MediaNotFound,sources/baidu.txt\nupyun,E404,40400001,sources/upyun.txt\n',
  'upyun.csv': [
    HEADER,
    '40400001,404,not found,,,NotFound,not-found,false',
    '5000000,500,small,,,Small,internal,true',
    '40000000,400,bad,,,Bad,invalid-request,false',
    '',
  ].join('\n'),
  'shared.csv': [
    HEADER,
    'InternalError,,,内部错误。,Internal error.,InternalError,internal,true',
    'AuthFailure,,,认证失败。,Auth failed.,AuthFailure,auth,false',
    '',
  ].join('\n'),
  'live.csv': [
    HEADER,
    'InternalError,,,内部错误,,InternalError,internal,true',
    'b,,,小写,,LowerB,unknown,false',
    'B,,,大写,,UpperB,unknown,false',
    'Ä,,,变音,,Umlaut,unknown,false',
    '',
  ].join('\n'),
  'baidu.csv': [
    HEADER,
    'MediaNotFound,404,Media not found with mda-xxx,没有找到对应的媒资,,MediaNotFound,not-found,false',
    '',
  ].join('\n'),
  'kingsoft-v1.csv': [
    HEADER,
    '8201,,first,第一,,First,unknown,false',
    '1000,,second,第二,,Second,invalid-request,false',
    '',
  ].join('\n'),
  'kingsoft.csv': [
    HEADER,
    'InvalidParameterValue,400,The input parameter value “%s” is not valid.,参数值错误,,InvalidParameterValue,invalid-request,false',
    'InvalidParameterValue,400,The input parameter value type error.,参数类型错误,,InvalidParameterValue,invalid-request,false',
    'InvalidParameterValue,503,Service busy.,忙,,InvalidParameterValue,unavailable,true',
    '',
  ].join('\n'),
};

/** The files as typed tables (the schema's part of validation; these tables have no pages). */
async function validTables(files: Readonly<Record<string, string>>): Promise<ValidTables> {
  const tablesDir = path.join(await temporaryDir('build-model-'), 'tables');
  await writeTree(tablesDir, files);
  return schemaTables(tablesDir);
}

const codeSet = (model: PackageModel, prefix: string): CodeSetNode => {
  const found = model.vendors
    .flatMap((vendor) => vendor.codeSets)
    .find((set) => set.prefix === prefix);
  if (found === undefined) throw new Error(`no code set ${prefix}`);
  return found;
};

describe('buildModel', async () => {
  const model = buildModel(await validTables(GIVEN), TEST_RELEASE);

  const cases: { name: string; got: () => unknown; want: unknown }[] = [
    {
      name: 'vendors in the order the manifest first names them: the vendors are data',
      got: () => model.vendors.map((vendor) => vendor.id),
      want: ['upyun', 'tencent-live', 'tencent-streamlive', 'baidu-vod', 'kingsoft-live'],
    },
    {
      name: 'code sets in manifest order; the vendor prefix is its first set',
      got: () =>
        model.vendors.map((vendor) => [vendor.prefix, vendor.codeSets.map((set) => set.prefix)]),
      want: [
        ['Upyun', ['Upyun']],
        ['TencentLive', ['TencentLive']],
        ['TencentStreamLive', ['TencentStreamLive']],
        ['BaiduVod', ['BaiduVod']],
        ['KingsoftLiveV1', ['KingsoftLiveV1', 'KingsoftLive']],
      ],
    },
    {
      name: 'integer codes are numbers, sorted numerically',
      got: () => codeSet(model, 'Upyun').codes.map((code) => code.code),
      want: [5000000, 40000000, 40400001],
    },
    {
      name: 'string codes sorted by UTF-16 code units, not by locale',
      got: () => codeSet(model, 'TencentLive').codes.map((code) => code.code),
      want: ['AuthFailure', 'B', 'InternalError', 'b', 'Ä'],
    },
    {
      name: 'variants of a code across tables in manifest order, each with its own section and line',
      got: () =>
        codeSet(model, 'TencentLive')
          .codes.find((code) => code.code === 'InternalError')
          ?.variants.map((entry) => [entry.source, entry.description]),
      want: [
        [
          { document: '错误码', section: '公共错误码', table: 'shared.csv', line: 2 },
          { zh: '内部错误。', en: 'Internal error.' },
        ],
        [
          { document: '错误码', section: '业务错误码', table: 'live.csv', line: 2 },
          { zh: '内部错误' },
        ],
      ],
    },
    {
      name: 'a shared table reaches the second vendor with that vendor’s document and both descriptions',
      got: () =>
        codeSet(model, 'TencentStreamLive').codes.map((code) => [
          code.code,
          code.variants.map((entry) => [
            entry.vendor,
            entry.source.document,
            entry.source.section,
            entry.description,
          ]),
        ]),
      want: [
        [
          'AuthFailure',
          [
            [
              'tencent-streamlive',
              'Responses',
              'Common Error Codes',
              { zh: '认证失败。', en: 'Auth failed.' },
            ],
          ],
        ],
        [
          'InternalError',
          [
            [
              'tencent-streamlive',
              'Responses',
              'Common Error Codes',
              { zh: '内部错误。', en: 'Internal error.' },
            ],
          ],
        ],
      ],
    },
    {
      name: 'variants of one code in file order, differing in status, category and retryable',
      got: () =>
        codeSet(model, 'KingsoftLive').codes.map((code) => [
          code.name,
          code.variants.map((entry) => [
            entry.message,
            entry.httpStatus,
            entry.category,
            entry.retryable,
            entry.source.line,
          ]),
        ]),
      want: [
        [
          'InvalidParameterValue',
          [
            ['The input parameter value “%s” is not valid.', 400, 'invalid-request', false, 2],
            ['The input parameter value type error.', 400, 'invalid-request', false, 3],
            ['Service busy.', 503, 'unavailable', true, 4],
          ],
        ],
      ],
    },
    {
      name: 'empty cells leave optional fields out',
      got: () => codeSet(model, 'KingsoftLiveV1').codes[0]?.variants[0],
      want: {
        type: 'entry',
        vendor: 'kingsoft-live',
        code: 1000,
        name: 'Second',
        message: 'second',
        description: { zh: '第二' },
        category: 'invalid-request',
        retryable: false,
        source: { document: '返回结果', section: '特殊错误', table: 'kingsoft-v1.csv', line: 3 },
        sources: [{ document: '返回结果', section: '特殊错误', table: 'kingsoft-v1.csv', line: 3 }],
      },
    },
    {
      name: 'code-set attributes and tables',
      got: () => {
        const { codes: _codes, ...rest } = codeSet(model, 'TencentLive');
        return rest;
      },
      want: {
        type: 'code-set',
        vendor: 'tencent-live',
        prefix: 'TencentLive',
        codeType: 'string',
        envelope: 'tencent-api3',
        tables: ['shared.csv', 'live.csv'],
        familyRules: [],
      },
    },
    {
      name: 'aliases resolved to their code set, integer targets as numbers',
      got: () => model.vendors.flatMap((vendor) => vendor.aliases),
      want: [
        { type: 'alias', alias: 'E404', code: 40400001, codeSet: 'Upyun' },
        {
          type: 'alias',
          alias: 'MediaException.MediaNotFound',
          code: 'MediaNotFound',
          codeSet: 'BaiduVod',
        },
      ],
    },
    {
      name: 'sources: one per manifest row of the vendor, date only when given',
      got: () => model.vendors.find((vendor) => vendor.id === 'tencent-streamlive')?.sources,
      want: [
        {
          type: 'source',
          table: 'shared.csv',
          vendor: 'tencent-streamlive',
          product: 'StreamLive',
          api: 'mdl',
          document: 'Responses',
          section: 'Common Error Codes',
          language: 'en',
          date: '2026-02-03',
          sourceFile: 'sources/streamlive.txt',
        },
      ],
    },
  ];
  it.each(cases)('$name', ({ got, want }) => {
    expect(got()).toEqual(want);
  });

  it('leaves the tables it reads unchanged and builds the same model twice', async () => {
    const tables = await validTables(GIVEN);
    const before = JSON.stringify([...tables.tables]);
    const first = buildModel(tables, TEST_RELEASE);
    expect(JSON.stringify([...tables.tables])).toBe(before);
    expect(JSON.stringify(buildModel(tables, TEST_RELEASE))).toBe(JSON.stringify(first));
  });

  it('models every row once per vendor it is given to, codes sorted, variants of one code and name', async () => {
    const tables = await validTables(GIVEN);
    const model = buildModel(tables, TEST_RELEASE);
    const variants = model.vendors.flatMap((vendor) =>
      vendor.codeSets.flatMap((set) => set.codes.flatMap((code) => code.variants)),
    );
    const rowsGiven = tables.manifest.reduce(
      (sum, entry) => sum + (tables.tables.get(entry.table)?.length ?? 0),
      0,
    );
    expect(variants).toHaveLength(rowsGiven);
    for (const set of model.vendors.flatMap((vendor) => vendor.codeSets)) {
      const keys = set.codes.map((code) => code.code);
      expect(keys).toEqual(
        [...keys].sort((a, b) =>
          typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1,
        ),
      );
      for (const code of set.codes) {
        expect(typeof code.code).toBe(set.codeType === 'integer' ? 'number' : 'string');
        expect(
          code.variants.every((entry) => entry.name === code.name && entry.code === code.code),
        ).toBe(true);
      }
    }
  });
});
