// Tests the runtime's code lookup (entry.ts): its per-table index finds own codes and aliases only, in the canonical form of each code type.

import { describe, expect, it } from 'vitest';
import {
  chooseVariant,
  codeKey,
  findEntry,
  variantsOf,
  type CodeSetTable,
  type ErrorEntry,
} from '../../generator/shipped/runtime/entry.js';
import { baiduVod, codeSetOf, kingsoftLive, kingsoftLiveV1, upyun } from './fixtures/code-sets.js';

const row = (
  code: string | number,
  name: string,
  message?: string,
  httpStatus?: number,
): Parameters<typeof codeSetOf>[0]['rows'][number] => [
  code,
  httpStatus,
  message,
  undefined,
  'English.',
  name,
  'unknown',
  false,
  'Section',
];

/** An integer table with the edge codes 0 and the largest 15-digit code, and numeric aliases. */
const integerTable = codeSetOf({
  vendor: 'upyun',
  prefix: 'Edge',
  codeType: 'integer',
  envelope: 'upyun',
  document: 'Doc',
  rows: [row(0, 'Zero'), row(8201, 'Banned'), row(999_999_999_999_999, 'Largest')],
  aliases: {
    '12345': 8201,
    '0012': 8201,
    'Named.Alias': 8201,
    '8201': 0,
    '777': 31337,
  },
});

/** A string table whose aliases shadow a code, point nowhere, or are prototype keys. */
const stringTable = codeSetOf({
  vendor: 'baidu-vod',
  prefix: 'Edge',
  codeType: 'string',
  envelope: 'bce',
  document: 'Doc',
  rows: [row('Same', 'Same'), row('Other', 'Other'), row('hasOwnProperty', 'HasOwnProperty')],
  aliases: { Same: 'Other', Nowhere: 'Missing', 'Old.Other': 'Other' },
});

const nameOf = (table: CodeSetTable, code: unknown): string[] | undefined =>
  variantsOf(table, code)?.map((entry) => entry.name);

describe('variantsOf', () => {
  const cases: {
    table: CodeSetTable;
    label: string;
    given: unknown;
    want: string[] | undefined;
  }[] = [
    // Integer codes: numbers, and canonical digit strings only.
    { table: integerTable, label: 'int', given: 8201, want: ['Banned'] },
    { table: integerTable, label: 'int', given: '8201', want: ['Banned'] },
    { table: integerTable, label: 'int', given: 0, want: ['Zero'] },
    { table: integerTable, label: 'int', given: -0, want: ['Zero'] },
    { table: integerTable, label: 'int', given: '0', want: ['Zero'] },
    {
      table: integerTable,
      label: 'int',
      given: 999_999_999_999_999,
      want: ['Largest'],
    },
    {
      table: integerTable,
      label: 'int',
      given: '999999999999999',
      want: ['Largest'],
    },
    { table: integerTable, label: 'int', given: '08201', want: undefined },
    { table: integerTable, label: 'int', given: '00', want: undefined },
    { table: integerTable, label: 'int', given: '-0', want: undefined },
    { table: integerTable, label: 'int', given: '+8201', want: undefined },
    { table: integerTable, label: 'int', given: ' 8201', want: undefined },
    { table: integerTable, label: 'int', given: '8201 ', want: undefined },
    { table: integerTable, label: 'int', given: '8201.0', want: undefined },
    { table: integerTable, label: 'int', given: '8.201e3', want: undefined },
    { table: integerTable, label: 'int', given: '0x2009', want: undefined },
    { table: integerTable, label: 'int', given: '', want: undefined },
    {
      table: integerTable,
      label: 'int',
      given: '0000000000000008201',
      want: undefined,
    },
    { table: integerTable, label: 'int', given: 8201.5, want: undefined },
    { table: integerTable, label: 'int', given: Number.NaN, want: undefined },
    {
      table: integerTable,
      label: 'int',
      given: Number.POSITIVE_INFINITY,
      want: undefined,
    },
    { table: integerTable, label: 'int', given: 2 ** 53, want: undefined },
    { table: integerTable, label: 'int', given: 8201n, want: undefined },
    { table: integerTable, label: 'int', given: [8201], want: undefined },
    {
      table: integerTable,
      label: 'int',
      given: { valueOf: () => 8201 },
      want: undefined,
    },
    { table: integerTable, label: 'int', given: null, want: undefined },
    // Aliases of an integer code set: canonical numeric spellings only; a code beats an alias.
    { table: integerTable, label: 'int', given: 12345, want: ['Banned'] },
    { table: integerTable, label: 'int', given: '12345', want: ['Banned'] },
    { table: integerTable, label: 'int', given: '0012', want: undefined },
    { table: integerTable, label: 'int', given: 12, want: undefined },
    {
      table: integerTable,
      label: 'int',
      given: 'Named.Alias',
      want: undefined,
    },
    { table: integerTable, label: 'int', given: 777, want: undefined },
    // Prototype keys are never codes.
    { table: integerTable, label: 'int', given: '__proto__', want: undefined },
    {
      table: integerTable,
      label: 'int',
      given: 'constructor',
      want: undefined,
    },
    { table: stringTable, label: 'str', given: '__proto__', want: undefined },
    { table: stringTable, label: 'str', given: 'constructor', want: undefined },
    { table: stringTable, label: 'str', given: 'toString', want: undefined },
    { table: stringTable, label: 'str', given: 'valueOf', want: undefined },
    {
      table: stringTable,
      label: 'str',
      given: 'isPrototypeOf',
      want: undefined,
    },
    // ...unless a vendor documents one as its own code.
    {
      table: stringTable,
      label: 'str',
      given: 'hasOwnProperty',
      want: ['HasOwnProperty'],
    },
    // String codes: compared exactly, strings only.
    { table: stringTable, label: 'str', given: 'Other', want: ['Other'] },
    { table: stringTable, label: 'str', given: 'other', want: undefined },
    { table: stringTable, label: 'str', given: 'Other ', want: undefined },
    {
      table: stringTable,
      label: 'str',
      given: 'Other'.repeat(60),
      want: undefined,
    },
    { table: upyun, label: 'upyun', given: 'Other', want: undefined },
    { table: baiduVod, label: 'baidu', given: 40400001, want: undefined },
    // String aliases: a code of the same spelling wins; an alias to no code finds nothing.
    { table: stringTable, label: 'str', given: 'Same', want: ['Same'] },
    { table: stringTable, label: 'str', given: 'Old.Other', want: ['Other'] },
    { table: stringTable, label: 'str', given: 'Nowhere', want: undefined },
    { table: stringTable, label: 'str', given: 'Missing', want: undefined },
    {
      table: baiduVod,
      label: 'baidu',
      given: 'MediaException.MediaNotFound',
      want: ['MediaNotFound'],
    },
    // Every variant of a code, in document order.
    {
      table: kingsoftLive,
      label: 'kingsoft',
      given: 'MissingKs3Bucket',
      want: ['MissingKs3Bucket', 'MissingKs3Bucket'],
    },
  ];
  it.each(cases)('$label: variantsOf($given) is $want', ({ table, given, want }) => {
    expect(nameOf(table, given)).toEqual(want);
  });

  it('gives the table own variants array itself, the same on every call', () => {
    expect(variantsOf(upyun, 40400001)).toBe(upyun.entries['40400001']);
    expect(variantsOf(upyun, '40400001')).toBe(variantsOf(upyun, 40400001));
    expect(variantsOf(baiduVod, 'MediaException.MediaNotFound')).toBe(
      baiduVod.entries['MediaNotFound'],
    );
  });

  it('keeps each table to its own codes: 8201 of one code set is not 8201 of another', () => {
    expect(variantsOf(kingsoftLiveV1, 8201)?.[0]?.name).toBe('StreamNotOnBlacklist');
    expect(variantsOf(integerTable, 8201)?.[0]?.name).toBe('Banned');
    expect(variantsOf(upyun, 8201)).toBeUndefined();
  });

  it('finds only own codes of a table whose maps have a prototype', () => {
    const variants = upyun.entries['40400001'];
    if (variants === undefined) throw new Error('no fixture code 40400001');
    const inherited = { 40300004: variants, Inherited: variants };
    const table: CodeSetTable = {
      ...upyun,
      entries: Object.assign(Object.create(inherited) as CodeSetTable['entries'], {
        40400001: variants,
      }),
      aliases: Object.create({ 12: 40400001 }) as CodeSetTable['aliases'],
    };
    expect(variantsOf(table, 40400001)).toBe(variants);
    expect(variantsOf(table, 40300004)).toBeUndefined();
    expect(variantsOf(table, 12)).toBeUndefined();
    expect(variantsOf({ ...table, codeType: 'string' }, 'Inherited')).toBeUndefined();
  });
});

describe('codeKey', () => {
  it.each([
    { table: upyun, given: 40400001, want: '40400001' },
    { table: upyun, given: '40400001', want: '40400001' },
    { table: upyun, given: '040400001', want: undefined },
    { table: upyun, given: 4.5, want: undefined },
    { table: baiduVod, given: 'MediaNotFound', want: 'MediaNotFound' },
    { table: baiduVod, given: 404, want: undefined },
  ])('codeKey($given) is $want', ({ table, given, want }) => {
    expect(codeKey(table, given)).toBe(want);
  });
});

describe('chooseVariant and findEntry', () => {
  const variantsOfCode = (code: string): readonly [ErrorEntry, ...ErrorEntry[]] => {
    const variants = variantsOf(kingsoftLive, code);
    if (variants === undefined) throw new Error(`no fixture code ${code}`);
    return variants;
  };
  const cases: {
    code: string;
    message?: unknown;
    httpStatus?: unknown;
    want: string | undefined;
  }[] = [
    // Exact message first, then the template with the most literal text.
    {
      code: 'InvalidParameterValue',
      message: 'The input parameter value type error.',
      want: 'The input parameter value type error.',
    },
    {
      code: 'InvalidParameterValue',
      message: 'The input parameter value “Foo” is not valid.',
      want: 'The input parameter value “%s” is not valid.',
    },
    {
      code: 'InvalidAuthenticationCode',
      message: 'lack of policy to [live:Ban] the resources[stream-1]',
      want: 'lack of policy to [%s] the resources[%s]',
    },
    // Then the HTTP status; a message that fits no variant falls through to it.
    {
      code: 'MissingKs3Bucket',
      httpStatus: 404,
      want: 'Ks3Bucket does not exist.',
    },
    {
      code: 'MissingKs3Bucket',
      message: 'no such message',
      httpStatus: 404,
      want: 'Ks3Bucket does not exist.',
    },
    // Else the first documented variant, whatever the hints hold.
    {
      code: 'MissingKs3Bucket',
      want: 'There is no Ks3Bucket for storing files.',
    },
    {
      code: 'MissingKs3Bucket',
      message: 42,
      httpStatus: '404',
      want: 'There is no Ks3Bucket for storing files.',
    },
    // A message too long to match against templates (bounded work) is taken as no message.
    {
      code: 'InvalidAuthenticationCode',
      message: `lack of policy to [${'x'.repeat(5000)}] the resources[stream-1]`,
      want: 'the policy deny to [%s] the resources[%s]',
    },
    // A lone variant whatever the message.
    {
      code: 'StreamNotExist',
      message: 'something else',
      httpStatus: 500,
      want: 'The Live stream does not exist.',
    },
  ];
  it.each(cases)('$code (status $httpStatus): $want', ({ code, message, httpStatus, want }) => {
    expect(chooseVariant(variantsOfCode(code), message, httpStatus).message).toBe(want);
    expect(findEntry(kingsoftLive, code, { message, httpStatus })?.message).toBe(want);
  });

  it('finds nothing for a code the table lacks, with or without hints', () => {
    expect(findEntry(kingsoftLive, 'NoSuchCode')).toBeUndefined();
    expect(findEntry(kingsoftLive, '__proto__', { message: 'm', httpStatus: 400 })).toBeUndefined();
    expect(findEntry(upyun, '40400001')?.name).toBe('FileOrDirectoryNotFound');
  });
});
