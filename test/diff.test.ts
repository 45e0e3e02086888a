// Tests the table diff: change detection and semver impact per kind of change, the Markdown report, and the diff command on a git repository.

import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandIo } from '../generator/cli.js';
import { runDiffCommand } from '../generator/diff/diff-command.js';
import { pairVariants, type CodeChange } from '../generator/diff/diff-codes.js';
import { diffTables, type TableDiffReport } from '../generator/diff/diff-tables.js';
import { formatDiffReport, noChanges } from '../generator/diff/format-diff-report.js';
import { buildModel } from '../generator/model/build-model.js';
import type { EntryNode, PackageModel } from '../generator/model/model.js';
import { FIXTURE_TABLES, schemaTables, TEST_RELEASE } from './helpers/tables.js';
import { writeTree } from './helpers/temporary.js';

const run = promisify(execFile);
const temporaryDirs: string[] = [];
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function temporaryDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temporaryDirs.push(dir);
  return dir;
}

const HEADER = 'code,http_status,message,description_zh,description_en,name,category,retryable';
const SOURCES_HEADER =
  'table,vendor,code_set,code_type,envelope,product,api,document,section,language,date,source_file,document_url,repository,commit,repository_path';

type Files = Readonly<Record<string, string>>;

/**
 * A small tables/ with every vendor (the model requires each to have a table): Kingsoft with a code
 * of three variants told apart by message and an integer set, Baidu with an alias.
 */
const BASE: Files = {
  'sources.csv': [
    SOURCES_HEADER,
    'tencent.csv,tencent-live,TencentLive,string,tencent-api3,CSS,live,错误码,公共错误码,zh,,sources/tencent.txt,,,,',
    'tencent.csv,tencent-streamlive,TencentStreamLive,string,tencent-api3,StreamLive,mdl,Responses,Common Error Codes,en,2026-02-03,sources/streamlive.txt,,,,',
    'upyun.csv,upyun,Upyun,integer,upyun,Upyun,rest,API 错误码表,API 错误码表,zh,,sources/upyun.txt,,,,',
    'kingsoft.csv,kingsoft-live,KingsoftLive,string,kingsoft-openapi,Live,live,返回结果,公共错误,zh,2022-01-17,sources/kingsoft.txt,,,,',
    'kingsoft-v1.csv,kingsoft-live,KingsoftLiveV1,integer,kingsoft-v1,Live,live-v1,返回结果,特殊错误,zh,2022-01-17,sources/kingsoft.txt,,,,',
    'baidu.csv,baidu-vod,BaiduVod,string,bce,VOD,vod,错误返回,VOD错误返回码,zh,2025-08-22,sources/baidu.txt,,,,',
    '',
  ].join('\n'),
  'aliases.csv':
    'vendor,alias,code,source_file\nbaidu-vod,MediaException.MediaNotFound,MediaNotFound,sources/baidu.txt\n',
  'kingsoft.csv': [
    HEADER,
    'MissingParameter,400,The input parameter is missing.,必填参数没有填,,MissingParameter,invalid-request,false',
    'InvalidParameterValue,400,The input parameter value “%s” is not valid.,参数value值错误,,InvalidParameterValue,invalid-request,false',
    'InvalidParameterValue,400,The input parameter value type error.,参数value值类型错误,,InvalidParameterValue,invalid-request,false',
    'InvalidParameterValue,400,"Uniquename, pubdomain and app do not match.",不匹配,,InvalidParameterValue,invalid-request,false',
    'StreamNotExist,404,The Live stream does not exist.,目标直播流不存在,,StreamNotExist,not-found,false',
    '',
  ].join('\n'),
  'kingsoft-v1.csv': [
    HEADER,
    '1000,,lack of parameters,缺少必须参数,,LackOfParameters,invalid-request,false',
    '',
  ].join('\n'),
  'tencent.csv': [
    HEADER,
    'InternalError,,,内部错误。,Internal error.,InternalError,internal,true',
    '',
  ].join('\n'),
  'upyun.csv': [
    HEADER,
    '40400001,404,file or directory not found,,,FileOrDirectoryNotFound,not-found,false',
    '',
  ].join('\n'),
  'baidu.csv': [
    HEADER,
    'MediaNotFound,404,Media not found with mda-xxx,没有找到对应的媒资,,MediaNotFound,not-found,false',
    '',
  ].join('\n'),
};

const lines = (text: string): string[] => text.split('\n');

/** The files with `table`'s lines passed through `edit` (line 0 is the header). */
const editTable = (files: Files, table: string, edit: (rows: string[]) => string[]): Files => ({
  ...files,
  [table]: edit(lines(files[table]!)).join('\n'),
});

const replaceIn = (files: Files, table: string, from: string, to: string): Files => {
  expect(files[table]).toContain(from);
  return { ...files, [table]: files[table]!.replace(from, to) };
};

/** The model of tables written by the test (without pages: the schema's part of validation). */
async function modelOf(files: Files): Promise<PackageModel> {
  const tablesDir = path.join(await temporaryDir('diff-model-'), 'tables');
  await writeTree(tablesDir, files);
  return buildModel(await schemaTables(tablesDir), TEST_RELEASE);
}

/** A deep freeze, so a diff that mutated its input would throw. */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) frozen(child);
  }
  return value;
}

const codeChanges = (report: TableDiffReport): CodeChange[] =>
  report.vendors.flatMap((vendor) => vendor.codeSets.flatMap((set) => set.codesChanged));

interface DiffCase {
  readonly name: string;
  readonly head: (base: Files) => Files;
  readonly impact: TableDiffReport['impact'];
  readonly reasons: readonly string[];
  readonly check?: (report: TableDiffReport) => void;
}

const CASES: readonly DiffCase[] = [
  { name: 'nothing changed', head: (base) => base, impact: 'none', reasons: [] },
  {
    name: 'a code added',
    head: (base) =>
      editTable(base, 'kingsoft.csv', (rows) => [
        ...rows.slice(0, -1),
        'StreamBanned,403,The Live stream is banned.,直播流已被封禁,,StreamBanned,permission,false',
        '',
      ]),
    impact: 'minor',
    reasons: ['minor: code added × 1'],
    check: (report) => {
      const [set] = report.vendors[0]!.codeSets;
      expect(
        set!.codesAdded.map((code) => [code.code, code.name, code.variants[0]!.httpStatus]),
      ).toEqual([['StreamBanned', 'StreamBanned', 403]]);
    },
  },
  {
    name: 'a code removed',
    head: (base) =>
      editTable(base, 'kingsoft.csv', (rows) =>
        rows.filter((row) => !row.startsWith('StreamNotExist,')),
      ),
    impact: 'major',
    reasons: ['major: code removed × 1'],
    check: (report) =>
      expect(report.vendors[0]!.codeSets[0]!.codesRemoved[0]!.code).toBe('StreamNotExist'),
  },
  {
    name: 'an enum member renamed',
    head: (base) => replaceIn(base, 'kingsoft-v1.csv', ',LackOfParameters,', ',MissingParameters,'),
    impact: 'major',
    reasons: ['major: enum member renamed × 1'],
    check: (report) => {
      const [change] = codeChanges(report);
      expect([change!.code, change!.renamedFrom, change!.name]).toEqual([
        1000,
        'LackOfParameters',
        'MissingParameters',
      ]);
    },
  },
  {
    name: 'an HTTP status changed',
    head: (base) => replaceIn(base, 'kingsoft.csv', 'StreamNotExist,404,', 'StreamNotExist,410,'),
    impact: 'major',
    reasons: ['major: http_status changed × 1'],
    check: (report) =>
      expect(codeChanges(report)[0]!.variantsChanged[0]!.columns).toEqual([
        { type: 'column-change', column: 'http_status', before: 404, after: 410, impact: 'major' },
      ]),
  },
  {
    name: 'a category and a retryable flag changed',
    head: (base) =>
      replaceIn(
        base,
        'kingsoft.csv',
        ',StreamNotExist,not-found,false',
        ',StreamNotExist,unavailable,true',
      ),
    impact: 'major',
    reasons: ['major: category changed × 1', 'major: retryable changed × 1'],
  },
  {
    name: 'an HTTP status removed',
    head: (base) => replaceIn(base, 'kingsoft.csv', 'StreamNotExist,404,', 'StreamNotExist,,'),
    impact: 'major',
    reasons: ['major: http_status changed × 1'],
    check: (report) =>
      expect(codeChanges(report)[0]!.variantsChanged[0]!.columns).toEqual([
        { type: 'column-change', column: 'http_status', before: 404, impact: 'major' },
      ]),
  },
  {
    name: 'a message and a description reworded',
    head: (base) =>
      replaceIn(
        base,
        'kingsoft.csv',
        'The Live stream does not exist.,目标直播流不存在',
        'The live stream does not exist.,目标直播流不存在。',
      ),
    impact: 'patch',
    reasons: ['patch: message changed × 1', 'patch: description_zh changed × 1'],
  },
  {
    name: 'variants of a code reordered: matched by message, not by place',
    head: (base) =>
      editTable(base, 'kingsoft.csv', (rows) => [
        rows[0]!,
        rows[1]!,
        rows[4]!,
        rows[2]!,
        rows[3]!,
        ...rows.slice(5),
      ]),
    impact: 'patch',
    reasons: ['patch: variants reordered × 1'],
    check: (report) => {
      const [change] = codeChanges(report);
      expect(change!.reordered).toBe(true);
      expect(change!.variantsChanged).toEqual([]);
    },
  },
  {
    name: 'a variant inserted among the others leaves them unchanged',
    head: (base) =>
      editTable(base, 'kingsoft.csv', (rows) => [
        ...rows.slice(0, 3),
        'InvalidParameterValue,400,The app name is too long.,应用名过长,,InvalidParameterValue,invalid-request,false',
        ...rows.slice(3),
      ]),
    impact: 'minor',
    reasons: ['minor: variant added × 1'],
    check: (report) => {
      const [change] = codeChanges(report);
      expect(change!.variantsAdded.map((variant) => [variant.index, variant.message])).toEqual([
        [2, 'The app name is too long.'],
      ]);
      expect(change!.variantsChanged).toEqual([]);
      expect(change!.reordered).toBe(false);
    },
  },
  {
    name: 'a variant removed',
    head: (base) =>
      editTable(base, 'kingsoft.csv', (rows) => rows.filter((row) => !row.includes('type error'))),
    impact: 'major',
    reasons: ['major: variant removed × 1'],
    check: (report) =>
      expect(
        codeChanges(report)[0]!.variantsRemoved.map((variant) => [variant.index, variant.message]),
      ).toEqual([[2, 'The input parameter value type error.']]),
  },
  {
    name: 'the message of one of three variants reworded: the unmatched variant pairs by place',
    head: (base) => replaceIn(base, 'kingsoft.csv', 'value type error.', 'value has a wrong type.'),
    impact: 'patch',
    reasons: ['patch: message changed × 1'],
    check: (report) => {
      const [change] = codeChanges(report);
      expect(
        change!.variantsChanged.map((variant) => [
          variant.baseIndex,
          variant.headIndex,
          variant.columns[0]!.after,
        ]),
      ).toEqual([[2, 2, 'The input parameter value has a wrong type.']]);
      expect(change!.variantsAdded).toEqual([]);
      expect(change!.variantsRemoved).toEqual([]);
    },
  },
  {
    name: 'an alias removed',
    head: (base) => ({ ...base, 'aliases.csv': 'vendor,alias,code,source_file\n' }),
    impact: 'major',
    reasons: ['major: alias removed × 1'],
  },
  {
    name: 'a document date moved',
    head: (base) => ({
      ...base,
      'sources.csv': base['sources.csv']!.replace('2025-08-22', '2026-01-05'),
    }),
    impact: 'patch',
    reasons: ['patch: source changed × 1'],
    check: (report) =>
      expect(report.vendors[0]!.sources[0]!.fields).toEqual([
        { field: 'date', before: '2025-08-22', after: '2026-01-05' },
      ]),
  },
  {
    name: 'a code set changed its code type',
    head: (base) => ({
      ...base,
      'sources.csv': base['sources.csv']!.replace(
        'KingsoftLiveV1,integer',
        'KingsoftLiveV1,string',
      ),
    }),
    impact: 'major',
    reasons: ['major: code_type changed × 1'],
  },
  {
    name: 'a code set removed',
    head: (base) => ({
      ...base,
      'sources.csv': base['sources.csv']!.split('\n')
        .filter((row) => !row.startsWith('kingsoft-v1.csv'))
        .join('\n'),
    }),
    impact: 'major',
    reasons: [
      'major: code set removed × 1',
      'major: code removed × 1',
      'patch: source removed × 1',
    ],
  },
];

describe('diffTables', () => {
  it.each(CASES)('$name', async ({ head, impact, reasons, check }) => {
    const base = frozen(await modelOf(BASE));
    const report = diffTables(base, frozen(await modelOf(head(BASE))));
    expect(report.impact).toBe(impact);
    expect(
      report.reasons.map((reason) => `${reason.impact}: ${reason.reason} × ${reason.count}`),
    ).toEqual(reasons);
    check?.(report);
  });

  it('reports every vendor as added against an empty base, as minor', async () => {
    const report = diffTables(
      { type: 'package', vendors: [], release: TEST_RELEASE },
      await modelOf(BASE),
    );
    expect(report.impact).toBe('minor');
    expect(report.vendors.map((vendor) => [vendor.vendor, vendor.status])).toEqual([
      ['tencent-live', 'added'],
      ['tencent-streamlive', 'added'],
      ['upyun', 'added'],
      ['kingsoft-live', 'added'],
      ['baidu-vod', 'added'],
    ]);
  });

  it('reports a vendor the head lacks as removed, as major', async () => {
    const base = await modelOf(BASE);
    const report = diffTables(base, {
      ...base,
      vendors: base.vendors.filter((vendor) => vendor.id !== 'baidu-vod'),
    });
    expect(report.impact).toBe('major');
    expect(
      report.vendors.map((vendor) => [
        vendor.vendor,
        vendor.status,
        vendor.codeSets.map((set) => set.status),
      ]),
    ).toEqual([['baidu-vod', 'removed', ['removed']]]);
  });
});

describe('diffTables on the family rules', () => {
  const RULES_HEADER = 'envelope,prefix,keyword,category,retryable,reason';
  const RULES = [
    RULES_HEADER,
    'tencent-api3,InternalError,,internal,true,the server failed',
    'tencent-api3,FailedOperation,,unknown,false,nothing to go on',
    'tencent-api3,*,NotFound,not-found,false,not there',
    'tencent-api3,*,Conflict,conflict,false,in use',
  ];
  const base: Files = { ...BASE, 'category-rules.csv': [...RULES, ''].join('\n') };
  const withRules = (rules: readonly string[]): Files => ({
    ...BASE,
    'category-rules.csv': [...rules, ''].join('\n'),
  });
  const RULE_CASES: readonly {
    name: string;
    rules: readonly string[];
    impact: string;
    reasons: readonly string[];
    overrides?: readonly string[];
  }[] = [
    {
      name: 'a rule for codes that had no family decision is minor',
      rules: [...RULES, 'tencent-api3,ResourceUnavailable,,unavailable,true,it passes'],
      impact: 'minor',
      reasons: ['minor: family rule added × 1'],
    },
    {
      name: 'a rule that takes codes another rule decided otherwise is major',
      rules: [...RULES, 'tencent-api3,InternalError,Timeout,unavailable,true,it passes'],
      impact: 'major',
      reasons: ['major: family rule added over a decision × 1'],
      // `InternalError.TimeoutNotFound` was not-found, `InternalError.Timeout` internal.
      overrides: ['InternalError', '*', '*'],
    },
    {
      name: 'a rule removed is major',
      rules: RULES.filter((rule) => !rule.includes('InternalError')),
      impact: 'major',
      reasons: ['major: family rule removed × 1'],
    },
    {
      name: "a rule's category changed is major",
      rules: RULES.map((rule) => rule.replace(',internal,true,', ',unavailable,true,')),
      impact: 'major',
      reasons: ['major: family rule category changed × 1'],
    },
    {
      name: "a rule's retryable changed is major",
      rules: RULES.map((rule) => rule.replace(',not-found,false,', ',not-found,true,')),
      impact: 'major',
      reasons: ['major: family rule retryable changed × 1'],
    },
    {
      name: "a rule's reason, which the package does not carry, is no change",
      rules: RULES.map((rule) => rule.replace('the server failed', 'the vendor failed')),
      impact: 'none',
      reasons: [],
    },
    {
      name: 'rules in a new order that decides no code otherwise are a patch',
      rules: [RULES[0]!, RULES[2]!, RULES[1]!, RULES[3]!, RULES[4]!],
      impact: 'patch',
      reasons: ['patch: family rules reordered × 1'],
    },
    {
      name: 'two rules of one prefix and equally long words swapped is major: order breaks their tie',
      rules: [RULES[0]!, RULES[1]!, RULES[2]!, RULES[4]!, RULES[3]!],
      impact: 'major',
      reasons: ['major: family rule tie reordered × 1'],
    },
  ];

  it.each(RULE_CASES)('$name', async ({ rules, impact, reasons, overrides }) => {
    const report = diffTables(await modelOf(base), await modelOf(withRules(rules)));
    expect(report.impact).toBe(impact);
    expect(
      report.reasons.map((reason) => `${reason.impact}: ${reason.reason} × ${reason.count}`),
    ).toEqual(reasons);
    expect(report.vendors).toEqual([]);
    expect(report.rules.length).toBe(impact === 'none' ? 0 : 1);
    if (overrides !== undefined)
      expect(report.rules[0]!.changes[0]!.overrides.map((rule) => rule.prefix)).toEqual(overrides);
  });

  it('prints the rules of each envelope with the code sets that carry them, in Markdown and JSON', async () => {
    const head = withRules([
      ...RULES.filter((rule) => !rule.includes('Conflict')),
      'tencent-api3,ResourceUnavailable,,unavailable,true,it passes',
    ]);
    const report = diffTables(await modelOf(base), await modelOf(head));
    const text = formatDiffReport(report, 'HEAD');
    expect(text).toContain(
      [
        '### Family rules of tencent-api3: major',
        '',
        'What the package decides for codes no document lists, in `TencentLive`, `TencentStreamLive` (`tables/category-rules.csv`).',
        '',
        'Rules:',
        '',
        '| rule | change | before | after | impact |',
        '| --- | --- | --- | --- | --- |',
        '| `ResourceUnavailable` | added |  | unavailable, retryable | minor |',
        '| `*` with `Conflict` | removed | conflict, not retryable |  | major |',
      ].join('\n'),
    );
    expect(JSON.parse(JSON.stringify(report)).rules).toEqual([
      expect.objectContaining({
        envelope: 'tencent-api3',
        codeSets: ['TencentLive', 'TencentStreamLive'],
        impact: 'major',
      }),
    ]);
  });
});

describe('formatDiffReport', () => {
  it('says there is nothing to report', async () => {
    const model = await modelOf(BASE);
    expect(formatDiffReport(diffTables(model, model))).toBe(
      'No changes to the error tables (semver impact: none).\n',
    );
  });

  it('prints impact, summary and one table per kind of change', async () => {
    let head = replaceIn(BASE, 'kingsoft.csv', 'StreamNotExist,404,', 'StreamNotExist,410,');
    head = replaceIn(head, 'kingsoft.csv', 'value type error.', 'value | type error.');
    head = editTable(head, 'kingsoft.csv', (rows) => [
      ...rows.slice(0, -1),
      'StreamBanned,403,The Live stream is banned.,直播流已被封禁,,StreamBanned,permission,false',
      '',
    ]);
    const report = diffTables(await modelOf(BASE), await modelOf(head));
    expect(formatDiffReport(report, 'HEAD')).toBe(
      [
        '## Semver impact: major: error table changes since HEAD',
        '',
        'Why major: a consumer may break: something was removed or renamed, or a status, category or retryable flag changed, or the decision the family rules give undocumented codes.',
        '',
        '- major: http_status changed × 1',
        '- minor: code added × 1',
        '- patch: message changed × 1',
        '',
        '| vendor | code set | codes added | codes removed | codes changed | impact |',
        '| --- | --- | --- | --- | --- | --- |',
        '| kingsoft-live | KingsoftLive | 1 | 0 | 2 | major |',
        '',
        '### kingsoft-live: major',
        '',
        '#### KingsoftLive',
        '',
        'Codes added (minor):',
        '',
        '| code | name | variant | HTTP status | category | retryable | message | description zh | table |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        '| `StreamBanned` | StreamBanned | 1 | 403 | permission | false | The Live stream is banned. | 直播流已被封禁 | kingsoft.csv:7 |',
        '',
        'Not documented for these codes: description en.',
        '',
        'Codes changed:',
        '',
        '| code | name | variant | change | before | after | impact |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| `InvalidParameterValue` | InvalidParameterValue | 2 | message | The input parameter value type error. | The input parameter value \\| type error. | patch |',
        '| `StreamNotExist` | StreamNotExist | 1 | http_status | 404 | 410 | major |',
        '',
      ].join('\n'),
    );
  });
  it('shows a Tencent code added by what it means, without the status and message its documents lack', async () => {
    const head = editTable(BASE, 'tencent.csv', (rows) => [
      ...rows.slice(0, -1),
      'LimitExceeded.RateLimitExceeded,,,请求频率超限。,Request rate limit exceeded.,LimitExceededRateLimitExceeded,rate-limit,true',
      '',
    ]);
    const text = formatDiffReport(diffTables(await modelOf(BASE), await modelOf(head)));
    expect(text).toContain(
      [
        'Codes added (minor):',
        '',
        '| code | name | variant | category | retryable | description zh | description en | table |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| `LimitExceeded.RateLimitExceeded` | LimitExceededRateLimitExceeded | 1 | rate-limit | true | 请求频率超限。 | Request rate limit exceeded. | tencent.csv:3 |',
        '',
        'Not documented for these codes: HTTP status, message.',
        '',
      ].join('\n'),
    );
    expect(text).not.toContain('*(empty)*');
  });
});

describe('runDiffCommand', () => {
  interface Captured {
    readonly io: CommandIo;
    readonly out: string[];
    readonly err: string[];
  }
  const capture = (rootDir: string): Captured => {
    const out: string[] = [];
    const err: string[] = [];
    return {
      io: { rootDir, out: (line) => out.push(line), err: (line) => err.push(line) },
      out,
      err,
    };
  };
  const git = (cwd: string, ...args: string[]) =>
    run(
      'git',
      [
        '-c',
        'user.name=Tables',
        '-c',
        'user.email=tables@example.invalid',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      { cwd },
    );

  /** A git repository whose first commit has no tables and whose second commits the fixture project's tables. */
  async function repository(): Promise<string> {
    const root = await temporaryDir('diff-repo-');
    await git(root, 'init', '-q');
    await writeFile(path.join(root, 'README.md'), 'before the tables\n');
    await git(root, 'add', 'README.md');
    await git(root, 'commit', '-q', '-m', 'start');
    await cp(FIXTURE_TABLES, path.join(root, 'tables'), { recursive: true });
    await git(root, 'add', 'tables');
    await git(root, 'commit', '-q', '-m', 'tables');
    return root;
  }

  /** Kingsoft's page and table both edited, as an import leaves them: a code added and a status changed. */
  async function editKingsoft(tablesDir: string): Promise<void> {
    const edit = async (file: string, from: string, to: string): Promise<void> => {
      const text = await readFile(path.join(tablesDir, file), 'utf8');
      expect(text).toContain(from);
      await writeFile(path.join(tablesDir, file), text.replace(from, to));
    };
    await edit(
      'sources/kingsoft-live.txt',
      'StreamNotExist The Live stream does not exist. 404',
      'StreamNotExist The Live stream does not exist. 410',
    );
    await edit('kingsoft-live.csv', 'StreamNotExist,404,', 'StreamNotExist,410,');
    await edit(
      'sources/kingsoft-live.txt',
      'UnknownError The request',
      'StreamBanned The Live stream is banned. 403 直播流已被封禁\nUnknownError The request',
    );
    await edit(
      'kingsoft-live.csv',
      '\nUnknownError,',
      '\nStreamBanned,403,The Live stream is banned.,直播流已被封禁,,StreamBanned,permission,false\nUnknownError,',
    );
  }

  it('says there are no changes, and since when, for a clean working tree', async () => {
    const root = await repository();
    const { io, out, err } = capture(root);
    expect(await runDiffCommand([], io)).toBe(0);
    expect([out, err]).toEqual([[noChanges('HEAD')], []]);
  });

  it('compares HEAD with uncommitted table edits, in Markdown and in JSON', async () => {
    const root = await repository();
    await editKingsoft(path.join(root, 'tables'));
    const markdown = capture(root);
    expect(await runDiffCommand(['HEAD'], markdown.io)).toBe(0);
    const text = markdown.out.join('\n');
    expect(text.split('\n')[0]).toBe('## Semver impact: major: error table changes since HEAD');
    expect(text).toContain(
      '| `StreamBanned` | StreamBanned | 1 | 403 | permission | false | The Live stream is banned. | 直播流已被封禁 | kingsoft-live.csv:6 |',
    );
    expect(text).toContain(
      '| `StreamNotExist` | StreamNotExist | 1 | http_status | 404 | 410 | major |',
    );

    const json = capture(root);
    expect(await runDiffCommand(['--json'], json.io)).toBe(0);
    const report = JSON.parse(json.out.join('\n')) as TableDiffReport;
    expect(report.impact).toBe('major');
    expect(report.vendors.map((vendor) => vendor.vendor)).toEqual(['kingsoft-live']);
    expect(report.reasons.map((reason) => reason.reason)).toEqual([
      'http_status changed',
      'code added',
    ]);
  });

  it('compares a copy of the tables given by --tables, and two directories with --base-tables', async () => {
    const root = await repository();
    const copy = path.join(await temporaryDir('diff-copy-'), 'tables');
    await cp(path.join(root, 'tables'), copy, { recursive: true });
    await editKingsoft(copy);
    const fromGit = capture(root);
    expect(await runDiffCommand(['--tables', copy, '--json'], fromGit.io)).toBe(0);
    const fromDirs = capture(root);
    expect(
      await runDiffCommand(
        ['--base-tables', path.join(root, 'tables'), `--tables=${copy}`, '--json'],
        fromDirs.io,
      ),
    ).toBe(0);
    const { base: dirsBase, ...fromDirsReport } = JSON.parse(fromDirs.out.join('\n')) as {
      base: string;
    };
    const { base: gitBase, ...fromGitReport } = JSON.parse(fromGit.out.join('\n')) as {
      base: string;
    };
    expect([dirsBase, gitBase]).toEqual(['tables', 'HEAD']);
    expect(fromDirsReport).toEqual(fromGitReport);
    expect((JSON.parse(fromGit.out.join('\n')) as TableDiffReport).impact).toBe('major');
  });

  it('compares a branch with where it left main, and says so; on main, with HEAD', async () => {
    const root = await repository();
    await git(root, 'branch', '-M', 'main');
    const mainCommit = (await git(root, 'rev-parse', 'HEAD')).stdout.trim();
    await git(root, 'checkout', '-q', '-b', 'update');
    await editKingsoft(path.join(root, 'tables'));
    await git(root, 'commit', '-q', '-am', 'Kingsoft update');
    // main moves on after the branch left it: its later changes are not the branch's.
    await git(root, 'checkout', '-q', 'main');
    await writeFile(path.join(root, 'README.md'), 'main moved on\n');
    await git(root, 'commit', '-q', '-am', 'main moves on');
    await git(root, 'checkout', '-q', 'update');

    const onBranch = capture(root);
    expect(await runDiffCommand([], onBranch.io)).toBe(0);
    const firstLine = (out: readonly string[]): string => out.join('\n').split('\n')[0]!;
    expect(firstLine(onBranch.out)).toBe(
      `## Semver impact: major: error table changes since ${mainCommit.slice(0, 12)} (where this branch left main)`,
    );
    const json = capture(root);
    expect(await runDiffCommand(['--json'], json.io)).toBe(0);
    expect(JSON.parse(json.out.join('\n'))).toMatchObject({
      base: `${mainCommit.slice(0, 12)} (where this branch left main)`,
      impact: 'major',
    });

    // origin/main, where the clone has it, is the branch the work merges into.
    await git(root, 'update-ref', 'refs/remotes/origin/main', mainCommit);
    const withOrigin = capture(root);
    expect(await runDiffCommand([], withOrigin.io)).toBe(0);
    expect(firstLine(withOrigin.out)).toContain('(where this branch left origin/main)');

    // On main itself the report is what is not committed yet.
    await git(root, 'checkout', '-q', 'main');
    const onMain = capture(root);
    expect(await runDiffCommand([], onMain.io)).toBe(0);
    expect(onMain.out).toEqual([noChanges('HEAD')]);
    await editKingsoft(path.join(root, 'tables'));
    const uncommitted = capture(root);
    expect(await runDiffCommand([], uncommitted.io)).toBe(0);
    expect(firstLine(uncommitted.out)).toBe(
      '## Semver impact: major: error table changes since HEAD',
    );
  });

  it('treats a revision from before the tables as empty: everything is added', async () => {
    const root = await repository();
    const { io, out } = capture(root);
    expect(await runDiffCommand(['HEAD~1', '--json'], io)).toBe(0);
    const report = JSON.parse(out.join('\n')) as TableDiffReport;
    expect(report.impact).toBe('minor');
    expect(report.vendors.every((vendor) => vendor.status === 'added')).toBe(true);
  });

  it.each([
    {
      name: 'an unknown revision',
      args: ['no-such-revision'],
      code: 1,
      message: /no-such-revision is not a git revision/,
    },
    {
      name: 'an unknown option',
      args: ['--colour'],
      code: 2,
      message: /diff does not know --colour/,
    },
    { name: 'two revisions', args: ['HEAD', 'HEAD~1'], code: 2, message: /at most one revision/ },
  ])('exits $code for $name', async ({ args, code, message }) => {
    const root = await repository();
    const { io, err } = capture(root);
    expect(await runDiffCommand(args, io)).toBe(code);
    expect(err.join('\n')).toMatch(message);
  });

  it('refuses tables that do not validate, naming each problem', async () => {
    const root = await repository();
    const table = path.join(root, 'tables', 'kingsoft-live.csv');
    await writeFile(
      table,
      (await readFile(table, 'utf8')).replace(
        ',StreamNotExist,not-found,false',
        ',StreamNotExist,,false',
      ),
    );
    const { io, out, err } = capture(root);
    expect(await runDiffCommand([], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err[0]).toMatch(/^tables\/kingsoft-live\.csv:5: category/);
  });
});

describe('pairVariants', () => {
  const variant = (table: string, message?: string): EntryNode => {
    const source = { document: 'd', section: 's', table, line: 2 };
    return {
      type: 'entry',
      vendor: 'tencent-live',
      code: 'InternalError.CrtDateOverdue',
      name: 'InternalErrorCrtDateOverdue',
      ...(message !== undefined ? { message } : {}),
      description: { zh: '证书过期。' },
      category: 'conflict',
      retryable: false,
      source,
      sources: [source],
    };
  };
  it.each([
    {
      name: 'by table and message first, then by table',
      base: [variant('page.csv', 'a'), variant('page.csv', 'b')],
      head: [variant('page.csv', 'b'), variant('page.csv', 'c')],
      want: [
        { base: 1, head: 0 },
        { base: 0, head: 1 },
      ],
    },
    {
      name: 'a variant whose page row was dropped while a code list keeps the code is the same variant',
      base: [variant('page.csv')],
      head: [variant('list.csv')],
      want: [{ base: 0, head: 0 }],
    },
    {
      name: 'a variant dropped from one of two tables is removed, the other stays paired',
      base: [variant('common.csv'), variant('business.csv')],
      head: [variant('common.csv')],
      want: [{ base: 0, head: 0 }],
    },
  ])('$name', ({ base, head, want }) => {
    expect(pairVariants(base, head)).toEqual(want);
  });
});
