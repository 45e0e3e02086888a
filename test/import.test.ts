// Tests the importer: every committed document reproduces its tables byte for byte; doctored documents give the expected rows and report.

import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandIo } from '../generator/cli.js';
import { runImportCommand } from '../generator/import/import-command.js';
import {
  documentDate,
  ImportError,
  importDocument,
  type DocumentImport,
} from '../generator/import/import-document.js';
import { csvCell, formatCsv } from '../generator/import/table-csv.js';
import { loadModel } from '../generator/load-model.js';
import { readTables } from '../generator/read-tables/read-tables.js';
import { validateTables } from '../generator/validate/validate-tables.js';
import { FIXTURE_TABLES } from './helpers/tables.js';

/** The import of `text` as the vendor's page into the tables in `tablesDir`, as the command runs it. */
async function importInto(
  tablesDir: string,
  vendor: string,
  text: string,
): Promise<DocumentImport> {
  const loaded = await loadModel(tablesDir);
  return importDocument({
    raw: loaded.raw,
    manifest: loaded.manifest,
    vendor,
    document: text,
    documentName: 'page.txt',
    // The fixture project has no rule table (tables/category-rules.csv).
    rules: [],
  });
}

const ROOT = path.resolve(import.meta.dirname, '..');
/** The fixture project's tables: the committed ones are the committed-tables test's. */
const TABLES = FIXTURE_TABLES;
const temporaryDirs: string[] = [];
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A project root whose tables/ is a copy of the committed one. */
async function copyOfTables(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'import-'));
  temporaryDirs.push(root);
  await cp(TABLES, path.join(root, 'tables'), { recursive: true });
  return root;
}

/** Every file under a directory, by relative path. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), await readFile(full));
  }
  return files;
}

/** What a command prints: stdout, stderr, and both in the order printed (as a terminal shows them). */
const capture = (
  rootDir: string,
): { io: CommandIo; out: string[]; err: string[]; printed: string[] } => {
  const out: string[] = [];
  const err: string[] = [];
  const printed: string[] = [];
  return {
    io: {
      rootDir,
      out: (line) => (out.push(line), printed.push(line)),
      err: (line) => (err.push(line), printed.push(line)),
    },
    out,
    err,
    printed,
  };
};

describe('csvCell and formatCsv', () => {
  it.each([
    { given: 'plain', want: 'plain' },
    { given: '', want: '' },
    { given: 'a,b', want: '"a,b"' },
    { given: 'say "hi"', want: '"say ""hi"""' },
    { given: 'one\ntwo', want: '"one\ntwo"' },
    // Full-width commas and curly quotes are the vendors' text, not CSV syntax.
    { given: '参数错误，请检查“%s”', want: '参数错误，请检查“%s”' },
  ])('writes $given as $want', ({ given, want }) => {
    expect(csvCell(given)).toBe(want);
  });

  it('ends every record with LF, the last one too', () => {
    expect(
      formatCsv(
        ['a', 'b'],
        [
          ['1', 'x,y'],
          ['2', ''],
        ],
      ),
    ).toBe('a,b\n1,"x,y"\n2,\n');
  });
});

describe('documentDate', () => {
  it.each([
    { given: '最近更新时间:2022-01-17 15:41:59', want: '2022-01-17' },
    { given: '最后更新时间: 2026-02-03 19:39:45', want: '2026-02-03' },
    { given: '更新时间：2025-08-22', want: '2025-08-22' },
    { given: '版本更新记录', want: undefined },
  ])('reads $given', ({ given, want }) => {
    expect(documentDate(given)).toBe(want);
  });
});

describe('import round trip', () => {
  /** Every source of every vendor: its page, and its code lists where it has some. */
  const vendors = async (): Promise<{ vendor: string; sourceFile: string }[]> => {
    const rows = (await loadModel(TABLES)).manifest;
    return [...new Set(rows.map((row) => `${row.vendor}\u0000${row.sourceFile}`))].map((key) => {
      const [vendor, sourceFile] = key.split('\u0000') as [string, string];
      return { vendor, sourceFile };
    });
  };

  it('reproduces every table byte for byte from its documents', async () => {
    const root = await copyOfTables();
    const before = await filesOf(path.join(root, 'tables'));
    const imported = await vendors();
    expect([...new Set(imported.map((item) => item.vendor))]).toEqual([
      'tencent-live',
      'tencent-streamlive',
      'baidu-vod',
      'kingsoft-live',
      'upyun',
    ]);
    for (const { vendor, sourceFile } of imported) {
      const { io, out, err } = capture(root);
      expect(await runImportCommand([vendor, `tables/${sourceFile}`], io)).toBe(0);
      expect(err).toEqual([]);
      expect(out.join('\n')).toMatch(
        /The tables already transcribe this (document|list): nothing to do\./,
      );
    }
    expect(await filesOf(path.join(root, 'tables'))).toEqual(before);
  });

  it('rewrites a table whose transcribed cells were blanked back to the committed bytes', async () => {
    const root = await copyOfTables();
    const table = path.join(root, 'tables', 'kingsoft-live-v1.csv');
    const committed = await readFile(table, 'utf8');
    // Blank every message: the import must fill them from the document and quote them as before.
    const raw = await readTables(path.join(root, 'tables'));
    const v1 = raw.errorTables.find((file) => file.name === 'kingsoft-live-v1.csv')!;
    const blanked = formatCsv(
      v1.header,
      v1.records.map((record) =>
        v1.header.map((column) =>
          column === 'message' ? '' : (record.cells[column as keyof typeof record.cells] ?? ''),
        ),
      ),
    );
    await writeFile(table, blanked);
    const { io } = capture(root);
    expect(await runImportCommand(['kingsoft-live', 'tables/sources/kingsoft-live.txt'], io)).toBe(
      0,
    );
    expect(await readFile(table, 'utf8')).toBe(committed);
  });
});

interface DoctoredCase {
  readonly name: string;
  readonly vendor: string;
  readonly document: string;
  /** Text replacements on the committed document. */
  readonly edits: readonly (readonly [string, string])[];
  readonly table: string;
  /** One line per added / removed / changed row, as the report lists them. */
  readonly report: {
    readonly added?: readonly string[];
    readonly removed?: readonly string[];
    readonly changed?: readonly string[];
    readonly toCurate?: readonly string[];
  };
  /** Lines the rewritten table must hold (whole CSV records). */
  readonly rows: readonly string[];
}

const KINGSOFT = 'sources/kingsoft-live.txt';
const STREAMLIVE = 'sources/tencent-streamlive.txt';

const CASES: readonly DoctoredCase[] = [
  {
    name: 'a status changed: the curated cells stay',
    vendor: 'kingsoft-live',
    document: KINGSOFT,
    edits: [
      [
        'StreamNotExist The Live stream does not exist. 404',
        'StreamNotExist The Live stream does not exist. 410',
      ],
    ],
    table: 'kingsoft-live.csv',
    report: { changed: ['5 StreamNotExist http_status 404 -> 410'] },
    rows: [
      'StreamNotExist,410,The Live stream does not exist.,"目标直播流不存在,请确认主播是否已经开播,再重新发起请求",,StreamNotExist,not-found,false',
    ],
  },
  {
    name: 'a code added: its name made from the code, category and retryable left for a person',
    vendor: 'kingsoft-live',
    document: KINGSOFT,
    edits: [
      [
        'UnknownError The request',
        'StreamBanned The Live stream is banned. 403 直播流已被封禁\nUnknownError The request',
      ],
    ],
    table: 'kingsoft-live.csv',
    report: { added: ['6 StreamBanned'], toCurate: ['6 StreamBanned category,retryable'] },
    rows: ['StreamBanned,403,The Live stream is banned.,直播流已被封禁,,StreamBanned,,'],
  },
  {
    name: 'a new code with two variants: one name made for both',
    vendor: 'kingsoft-live',
    document: KINGSOFT,
    edits: [
      [
        'UnknownError The request',
        'StreamBanned The Live stream is banned. 403 直播流已被封禁\nStreamBanned The Live stream is banned for a day. 403 直播流已被封禁一天\nUnknownError The request',
      ],
    ],
    table: 'kingsoft-live.csv',
    report: {
      added: ['6 StreamBanned', '7 StreamBanned'],
      toCurate: ['6 StreamBanned category,retryable', '7 StreamBanned category,retryable'],
    },
    rows: [
      'StreamBanned,403,The Live stream is banned.,直播流已被封禁,,StreamBanned,,',
      'StreamBanned,403,The Live stream is banned for a day.,直播流已被封禁一天,,StreamBanned,,',
    ],
  },
  {
    name: 'a row removed',
    vendor: 'kingsoft-live',
    document: KINGSOFT,
    edits: [
      [
        'UnavaliableAccountID The Account ID is invalid. 401 账户id不合法,请调整您的id后再重新发起请求\n',
        '',
      ],
    ],
    table: 'kingsoft-live.csv',
    report: { removed: ['10 UnavaliableAccountID'] },
    rows: [],
  },
  {
    name: 'the message of one of three variants changed: it keeps its row and curated cells',
    vendor: 'kingsoft-live',
    document: KINGSOFT,
    edits: [['value type error. 400', 'value has a wrong type. 400']],
    table: 'kingsoft-live.csv',
    report: {
      changed: [
        '4 InvalidParameterValue message The input parameter value type error. -> The input parameter value has a wrong type.',
      ],
    },
    rows: [
      'InvalidParameterValue,400,The input parameter value has a wrong type.,"参数value值类型错误,请您参照接口使用文档更新参数,再重新发起请求",,InvalidParameterValue,invalid-request,false',
    ],
  },
  {
    name: "a new variant of a known code: its name is the code's, category and retryable wait for a person",
    vendor: 'kingsoft-live',
    document: KINGSOFT,
    edits: [
      [
        'UnknownError The request',
        'InvalidParameterValue The app name is too long. 400 应用名过长\nUnknownError The request',
      ],
    ],
    table: 'kingsoft-live.csv',
    report: {
      added: ['6 InvalidParameterValue'],
      toCurate: ['6 InvalidParameterValue category,retryable'],
    },
    rows: [
      'InvalidParameterValue,400,The app name is too long.,应用名过长,,InvalidParameterValue,,',
    ],
  },
  {
    name: 'two variants swapped in the document: each keeps its own category',
    vendor: 'kingsoft-live',
    document: KINGSOFT,
    edits: [
      [
        'MissingKs3Bucket There is no Ks3Bucket for storing files. 403 没有为截图文件选择Ks3Bucket,请先选择Ks3Bucket,再重新发起请求\nMissingKs3Bucket Ks3Bucket does not exist. 404 所选择的Ks3Bucket不存在,请先选择一个已经创建好的Ks3Bucket,再重新发起请求',
        'MissingKs3Bucket Ks3Bucket does not exist. 404 所选择的Ks3Bucket不存在,请先选择一个已经创建好的Ks3Bucket,再重新发起请求\nMissingKs3Bucket There is no Ks3Bucket for storing files. 403 没有为截图文件选择Ks3Bucket,请先选择Ks3Bucket,再重新发起请求',
      ],
    ],
    table: 'kingsoft-live.csv',
    report: {},
    rows: [
      'MissingKs3Bucket,404,Ks3Bucket does not exist.,"所选择的Ks3Bucket不存在,请先选择一个已经创建好的Ks3Bucket,再重新发起请求",,MissingKs3Bucket,not-found,false\nMissingKs3Bucket,403,There is no Ks3Bucket for storing files.,"没有为截图文件选择Ks3Bucket,请先选择Ks3Bucket,再重新发起请求",,MissingKs3Bucket,invalid-request,false',
    ],
  },
  {
    name: 'the English page rewords a description: the Chinese one stays',
    vendor: 'tencent-streamlive',
    document: STREAMLIVE,
    edits: [
      ['AuthFailure.MFAFailure MFA failed.', 'AuthFailure.MFAFailure MFA verification failed.'],
    ],
    table: 'tencent-common.csv',
    report: {
      changed: ['3 AuthFailure.MFAFailure description_en MFA failed. -> MFA verification failed.'],
    },
    rows: [
      'AuthFailure.MFAFailure,,,MFA 错误。,MFA verification failed.,AuthFailureMFAFailure,auth,false',
    ],
  },
  {
    name: 'the English page adds a code: its Chinese description is left for the Chinese page',
    vendor: 'tencent-streamlive',
    document: STREAMLIVE,
    edits: [
      [
        'AuthFailure.MFAFailure MFA failed.',
        'AuthFailure.MFAFailure MFA failed.\nAuthFailure.InvalidAuthorization The Authorization header is malformed.',
      ],
    ],
    table: 'tencent-common.csv',
    report: {
      added: ['4 AuthFailure.InvalidAuthorization'],
      toCurate: ['4 AuthFailure.InvalidAuthorization category,retryable'],
    },
    rows: [
      'AuthFailure.InvalidAuthorization,,,,The Authorization header is malformed.,AuthFailureInvalidAuthorization,,',
    ],
  },
];

/** The report of one table as compact lines, for given/want comparison. */
function reportLines(result: DocumentImport, table: string): DoctoredCase['report'] {
  const imported = result.tables.find((candidate) => candidate.table === table)!;
  const lines = {
    added: imported.added.map((row) => `${row.line} ${row.code}`),
    removed: imported.removed.map((row) => `${row.line} ${row.code}`),
    changed: imported.changed.flatMap((row) =>
      row.cells.map(
        (cell) => `${row.line} ${row.code} ${cell.column} ${cell.before} -> ${cell.after}`,
      ),
    ),
    toCurate: imported.toCurate.map((row) => `${row.line} ${row.code} ${row.missing.join(',')}`),
  };
  return Object.fromEntries(Object.entries(lines).filter(([, values]) => values.length > 0));
}

describe('import of a doctored document', () => {
  it.each(CASES)('$name', async ({ vendor, document, edits, table, report, rows }) => {
    const root = await copyOfTables();
    let text = await readFile(path.join(TABLES, document), 'utf8');
    for (const [from, to] of edits) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    const result = await importInto(path.join(root, 'tables'), vendor, text);
    expect(reportLines(result, table)).toEqual(report);
    const after = result.tables.find((candidate) => candidate.table === table)!.after;
    for (const row of rows) expect(after).toContain(`\n${row}\n`);
    // Every other table of the vendor is untouched.
    for (const other of result.tables.filter((candidate) => candidate.table !== table))
      expect(other.after).toBe(other.before);
  });

  it('writes the tables, the manifest date and the document copy, and says what a person must do', async () => {
    const root = await copyOfTables();
    const original = await readFile(path.join(TABLES, KINGSOFT), 'utf8');
    const doctored = original
      .replace('最近更新时间:2022-01-17', '最近更新时间:2024-03-05')
      .replace(
        'StreamNotExist The Live stream does not exist. 404',
        'StreamNotExist The Live stream does not exist. 410',
      )
      .replace(
        'UnknownError The request',
        'StreamBanned The Live stream is banned. 403 直播流已被封禁\nUnknownError The request',
      );
    const documentPath = path.join(root, 'new-page.txt');
    await writeFile(documentPath, doctored);

    const dryRun = capture(root);
    expect(await runImportCommand(['kingsoft-live', 'new-page.txt', '--dry-run'], dryRun.io)).toBe(
      0,
    );
    expect(dryRun.out.join('\n')).toContain('would be rewritten (dry run)');
    expect(await filesOf(path.join(root, 'tables'))).toEqual(await filesOf(TABLES));

    const { io, out } = capture(root);
    const manifestLines = (await loadModel(TABLES)).manifest
      .filter((entry) => entry.vendor === 'kingsoft-live')
      .map((entry) => entry.line);
    expect(await runImportCommand(['kingsoft-live', 'new-page.txt'], io)).toBe(0);
    expect(out.join('\n')).toBe(
      [
        "Imported new-page.txt into kingsoft-live's tables (its copy: tables/sources/kingsoft-live.txt):",
        'tables/kingsoft-live.csv (公共错误, description_zh): 12 rows, 1 added, 0 removed, 1 changed: rewritten',
        '  added    tables/kingsoft-live.csv:6 StreamBanned "The Live stream is banned." (document line 35)',
        '  changed  tables/kingsoft-live.csv:5 StreamNotExist "The Live stream does not exist.": http_status "404" -> "410"',
        'tables/kingsoft-live-v1.csv (特殊错误, description_zh): 6 rows, 0 added, 0 removed, 0 changed: unchanged',
        `tables/sources.csv: date "2022-01-17" -> "2024-03-05" (lines ${manifestLines.join(', ')}), as the document gives it`,
        'copied the document to tables/sources/kingsoft-live.txt',
        '',
        '1 new row with curated cells the import proposed; read them:',
        '  tables/kingsoft-live.csv:6 StreamBanned "The Live stream is banned.": name StreamBanned from the code',
        '',
        '1 new row to curate: the cells below are empty and npm run validate fails until a person fills them:',
        '  tables/kingsoft-live.csv:6 StreamBanned "The Live stream is banned.": category, retryable',
        '',
        'Next: fill the curated cells, then npm run validate, npm run generate, npm run diff.',
      ].join('\n'),
    );
    expect(await readFile(path.join(root, 'tables', KINGSOFT), 'utf8')).toBe(doctored);
    expect(await readFile(path.join(root, 'tables', 'sources.csv'), 'utf8')).toBe(
      (await readFile(path.join(TABLES, 'sources.csv'), 'utf8')).replaceAll(
        ',2022-01-17,',
        ',2024-03-05,',
      ),
    );

    // Validation fails on exactly the cells left for a person, and passes once they are filled.
    const problems = (raw: Awaited<ReturnType<typeof readTables>>) =>
      validateTables(raw).problems.map((problem) => `${problem.line}: ${problem.message}`);
    expect(problems(await readTables(path.join(root, 'tables')))).toEqual([
      '6: category is empty; it is required',
      '6: retryable is empty; it is required',
    ]);
    const table = path.join(root, 'tables', 'kingsoft-live.csv');
    await writeFile(
      table,
      (await readFile(table, 'utf8')).replace(
        '直播流已被封禁,,StreamBanned,,',
        '直播流已被封禁,,StreamBanned,permission,false',
      ),
    );
    expect(problems(await readTables(path.join(root, 'tables')))).toEqual([]);
  });

  it("proposes a new page row's curated cells: the code's row in another table, else the rule table", async () => {
    const root = await copyOfTables();
    // A rule table of the test's own: one rule for the class of the code no table knows.
    await writeFile(
      path.join(root, 'tables', 'category-rules.csv'),
      'envelope,prefix,keyword,category,retryable,reason\ntencent-api3,FailedOperation,,unknown,false,操作失败: the description decides\n',
    );
    const page = await readFile(path.join(TABLES, 'sources/tencent-live.txt'), 'utf8');
    const common = (await readFile(path.join(TABLES, 'tencent-common.csv'), 'utf8')).split('\n');
    const curatedLine =
      common.findIndex((line) => line.startsWith('AuthFailure.InvalidSecretId,')) + 1;
    const [category, retryable] = common[curatedLine - 1]!.split(',').slice(-2);
    const doctored = page.replace(
      '| UnsupportedOperation | 操作不支持 |',
      [
        '| UnsupportedOperation | 操作不支持 |',
        '| AuthFailure.InvalidSecretId | 密钥非法。 |',
        '| FailedOperation.NewInThisUpdate | 新的错误。 |',
        '| UnknownClass.NewInThisUpdate | 没有规则。 |',
      ].join('\n'),
    );
    expect(doctored).not.toBe(page);
    await writeFile(path.join(root, 'new-page.txt'), doctored);
    const { io, out } = capture(root);
    expect(await runImportCommand(['tencent-live', 'new-page.txt'], io)).toBe(0);
    const live = (await readFile(path.join(root, 'tables', 'tencent-live.csv'), 'utf8')).split(
      '\n',
    );
    const lineOf = (code: string): number =>
      live.findIndex((line) => line.startsWith(`${code},`)) + 1;
    const [known, ruled, unruled] = [
      'AuthFailure.InvalidSecretId',
      'FailedOperation.NewInThisUpdate',
      'UnknownClass.NewInThisUpdate',
    ].map(lineOf);
    expect([live[known! - 1], live[ruled! - 1], live[unruled! - 1]]).toEqual([
      `AuthFailure.InvalidSecretId,,,密钥非法。,,AuthFailureInvalidSecretId,${category},${retryable}`,
      'FailedOperation.NewInThisUpdate,,,新的错误。,,FailedOperationNewInThisUpdate,unknown,false',
      'UnknownClass.NewInThisUpdate,,,没有规则。,,UnknownClassNewInThisUpdate,,',
    ]);
    expect(out.join('\n')).toContain(
      [
        '3 new rows with curated cells the import proposed; read them:',
        `  tables/tencent-live.csv:${known} AuthFailure.InvalidSecretId: ${category}, retryable ${retryable}, as tables/tencent-common.csv:${curatedLine}`,
        `  tables/tencent-live.csv:${ruled} FailedOperation.NewInThisUpdate: name FailedOperationNewInThisUpdate from the code; unknown, retryable false, as tables/category-rules.csv:2 (FailedOperation)`,
        `  tables/tencent-live.csv:${unruled} UnknownClass.NewInThisUpdate: name UnknownClassNewInThisUpdate from the code`,
        '',
        '1 new row to curate: the cells below are empty and npm run validate fails until a person fills them:',
        `  tables/tencent-live.csv:${unruled} UnknownClass.NewInThisUpdate: category, retryable`,
      ].join('\n'),
    );
  });

  it.each([
    {
      name: 'an unknown vendor',
      vendor: 'aliyun',
      document: KINGSOFT,
      message: /gives no table to vendor "aliyun"/,
    },
    {
      name: 'a document without the section',
      vendor: 'upyun',
      document: KINGSOFT,
      message: /section "API 错误码表" not found/,
    },
  ])('refuses $name and writes nothing', async ({ vendor, document, message }) => {
    const root = await copyOfTables();
    const text = await readFile(path.join(TABLES, document), 'utf8');
    await expect(importInto(path.join(root, 'tables'), vendor, text)).rejects.toThrow(ImportError);
    await expect(importInto(path.join(root, 'tables'), vendor, text)).rejects.toThrow(message);
    const { io, err } = capture(root);
    expect(await runImportCommand([vendor, `tables/${document}`], io)).toBe(1);
    expect(err.join('\n')).toMatch(message);
    expect(await filesOf(path.join(root, 'tables'))).toEqual(await filesOf(TABLES));
  });

  it.each([
    { args: ['kingsoft-live'], message: /a vendor and a document/ },
    { args: ['kingsoft-live', KINGSOFT, '--force'], message: /import does not know --force/ },
    { args: ['kingsoft-live', KINGSOFT, '--tables'], message: /--tables needs a directory/ },
  ])('exits 2 for $args', async ({ args, message }) => {
    const { io, err } = capture(ROOT);
    expect(await runImportCommand(args, io)).toBe(2);
    expect(err.join('\n')).toMatch(message);
  });
});

describe('import never loses a row', () => {
  const TENCENT = 'sources/tencent-live.txt';
  /** The fixture's Tencent page with `edit` applied, saved as page.txt in a copy of the fixture. */
  async function tencentPage(edit: (text: string) => string): Promise<string> {
    const root = await copyOfTables();
    const text = await readFile(path.join(TABLES, TENCENT), 'utf8');
    const edited = edit(text);
    expect(edited).not.toBe(text);
    await writeFile(path.join(root, 'page.txt'), edited);
    return root;
  }
  const afterConfNotFound = (rows: string) => (text: string) =>
    text.replace(
      '| InternalError.ConfNotFound | 模版不存在。 |',
      `| InternalError.ConfNotFound | 模版不存在。 |\n${rows}`,
    );

  it('carries codes with hyphens, __proto__ and constructor as rows, in document order, none dropped', async () => {
    const root = await tencentPage(
      afterConfNotFound(
        '| FailedOperation.Stream-Limit | 流数量超限。 |\n| __proto__ | 原型。 |\n| constructor | 构造函数。 |',
      ),
    );
    const { io, out, err } = capture(root);
    expect(await runImportCommand(['tencent-live', 'page.txt'], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('\n')).toContain(
      'tables/tencent-live.csv (业务错误码, description_zh): 11 rows, 3 added, 0 removed',
    );
    const table = await readFile(path.join(root, 'tables', 'tencent-live.csv'), 'utf8');
    const codes = table
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(codes).toEqual([
      'DryRunOperation',
      'FailedOperation',
      'InternalError',
      'InternalError.ConfInUsed',
      'InternalError.ConfNotFound',
      'FailedOperation.Stream-Limit',
      '__proto__',
      'constructor',
      'InvalidParameter',
      'ResourceNotFound.TaskId',
      'UnsupportedOperation',
    ]);
  });

  it('reports every line of a table that is no row at sources FILE:LINE, exits 1 and writes nothing', async () => {
    const root = await tencentPage(
      afterConfNotFound(
        '| Internal Error.DB | DB执行错误。 |\n| InternalError.X | 一 | 二 |\n|  | 无码 |',
      ),
    );
    const before = await filesOf(path.join(root, 'tables'));
    const { io, out, err } = capture(root);
    expect(await runImportCommand(['tencent-live', 'page.txt'], io)).toBe(1);
    expect(out).toEqual([]);
    // The cause first, in one line, then each problem.
    expect(err).toEqual([
      'import stopped, nothing was written: 3 problems with page.txt, listed below',
      'page.txt:45: not a row of section "业务错误码": code "Internal Error.DB" contains a space',
      'page.txt:46: not a row of section "业务错误码": has 3 cells but the table\'s header has 2; is a | inside a cell?',
      'page.txt:47: not a row of section "业务错误码": the code cell is empty',
    ]);
    expect(await filesOf(path.join(root, 'tables'))).toEqual(before);
  });

  it('lists removals row by row, and stops at more than a quarter of a table unless --allow-removals', async () => {
    // The page as if saved half: the business table lost every row after its first three.
    const root = await tencentPage((text) =>
      text.replace(/(\| InternalError \| 内部错误 \|\n)(?:\|.*\n)+/, '$1\n'),
    );
    const before = await filesOf(path.join(root, 'tables'));
    const refused = capture(root);
    expect(await runImportCommand(['tencent-live', 'page.txt'], refused.io)).toBe(1);
    expect(refused.out.join('\n')).toContain(
      '3 rows, 0 added, 5 removed, 0 changed: not rewritten',
    );
    expect(
      refused.out
        .join('\n')
        .split('\n')
        .filter((line) => line.startsWith('  removed  ')),
    ).toHaveLength(5);
    // The cause first, in one line, before the report of the removals; the way out last.
    expect(refused.err).toEqual([
      'import stopped, nothing was written: tables/tencent-live.csv would lose 5 of its 8 rows, more than a quarter',
      'Is the page saved whole? If the vendor really dropped those rows, run again with --allow-removals',
    ]);
    expect(refused.printed[0]).toBe(refused.err[0]);
    expect(await filesOf(path.join(root, 'tables'))).toEqual(before);

    const allowed = capture(root);
    expect(
      await runImportCommand(['tencent-live', 'page.txt', '--allow-removals'], allowed.io),
    ).toBe(0);
    expect(allowed.out.join('\n')).toContain(
      '  removed  tables/tencent-live.csv:9 (before the import) UnsupportedOperation: no longer in the document',
    );
  });

  it.each([
    {
      name: 'an empty page',
      bytes: Buffer.from(''),
      want: "page.txt: is empty; save the vendor page's text into it",
    },
    {
      name: 'bytes that are not UTF-8, at their line and byte column',
      bytes: Buffer.concat([
        Buffer.from('# 错误码\n\nab'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('\n'),
      ]),
      want: "page.txt:3: byte 0xc3 at byte column 3 is not valid UTF-8; save the page's text as UTF-8",
    },
  ])('names the page it was given for $name', async ({ bytes, want }) => {
    const root = await copyOfTables();
    await writeFile(path.join(root, 'page.txt'), bytes);
    const { io, err } = capture(root);
    expect(await runImportCommand(['tencent-live', 'page.txt'], io)).toBe(1);
    expect(err).toEqual([want]);
  });

  it('reports a character validate refuses at the line of the page, and writes nothing', async () => {
    const root = await tencentPage((text) =>
      text.replace(
        '| InternalError.ConfNotFound | 模版不存在。 |',
        '| InternalError.ConfNotFound | 模版\u202e不存在。 |',
      ),
    );
    const line =
      (await readFile(path.join(root, 'page.txt'), 'utf8'))
        .split('\n')
        .findIndex((text) => text.includes('\u202e')) + 1;
    const before = await filesOf(path.join(root, 'tables'));
    const { io, err } = capture(root);
    expect(await runImportCommand(['tencent-live', 'page.txt'], io)).toBe(1);
    expect(err).toEqual([
      `import stopped, nothing was written: page.txt:${line}: description_zh: U+202E RIGHT-TO-LEFT OVERRIDE at character 3`,
    ]);
    expect(await filesOf(path.join(root, 'tables'))).toEqual(before);
  });

  it('validates the tables it would write, in memory, and writes none that validate refuses', async () => {
    // The page drops the code an alias of aliases.csv (a file import does not write) names.
    const root = await copyOfTables();
    const page = await readFile(path.join(TABLES, 'sources', 'baidu-vod.txt'), 'utf8');
    const edited = page.replace(/^MediaNotFound .*\n/m, '');
    expect(edited).not.toBe(page);
    await writeFile(path.join(root, 'page.txt'), edited);
    const before = await filesOf(path.join(root, 'tables'));
    const { io, err } = capture(root);
    expect(await runImportCommand(['baidu-vod', 'page.txt'], io)).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(
        /^import stopped, nothing was written: tables\/aliases\.csv:2: .*MediaNotFound/,
      ),
    ]);
    expect(await filesOf(path.join(root, 'tables'))).toEqual(before);
  });

  it('refuses a page with a lone surrogate with a clear line, tables/ byte-identical after', async () => {
    const root = await copyOfTables();
    const page = await readFile(path.join(TABLES, TENCENT));
    const at = page.indexOf(Buffer.from('模版不存在'));
    // U+D800 as a program writing UTF-16 text out as UTF-8 would: ED A0 80.
    await writeFile(
      path.join(root, 'page.txt'),
      Buffer.concat([page.subarray(0, at), Buffer.from([0xed, 0xa0, 0x80]), page.subarray(at)]),
    );
    const line = page.subarray(0, at).toString('utf8').split('\n').length;
    const before = await filesOf(path.join(root, 'tables'));
    const { io, err } = capture(root);
    expect(await runImportCommand(['tencent-live', 'page.txt'], io)).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      new RegExp(
        `^page\\.txt:${line}: byte 0xed at byte column \\d+ is not valid UTF-8 \\(it starts U\\+D800, a lone UTF-16 surrogate, which UTF-8 cannot hold\\); save the page's text as UTF-8$`,
      ),
    );
    expect(await filesOf(path.join(root, 'tables'))).toEqual(before);
  });

  it('refuses a page of a million rows at once, in one line, tables/ byte-identical after', async () => {
    const root = await copyOfTables();
    const heading = (await readFile(path.join(TABLES, TENCENT), 'utf8')).split('\n| ')[0]!;
    // A short row, repeated: the page is a million rows, and the test's time goes to the import.
    const rows = '| E | 错误 |\n'.repeat(1_000_000);
    await writeFile(path.join(root, 'page.txt'), `${heading}\n${rows}`);
    const before = await filesOf(path.join(root, 'tables'));
    const { io, out, err } = capture(root);
    expect(await runImportCommand(['tencent-live', 'page.txt'], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      expect.stringMatching(
        /^import stopped, nothing was written: page\.txt: is \d+\.\d MiB, more than the 1 MiB a vendor document may be; is it one vendor page or code list, saved whole and once\?$/,
      ),
    ]);
    expect(await filesOf(path.join(root, 'tables'))).toEqual(before);
    expect((await readdir(root)).sort()).toEqual(['page.txt', 'tables']);
  });
});

describe('import --add-product', () => {
  const goList = (section: string, descriptions: readonly [string, string][]): string =>
    [
      'package v20200101',
      '',
      'const (',
      `\t// ${section}`,
      '',
      ...descriptions.flatMap(([code, description]) => [
        `\t// ${description}`,
        `\t${code.toUpperCase().replaceAll('.', '_')} = "${code}"`,
        '',
      ]),
      ')',
      '',
    ].join('\n');

  /** A vendor-lists folder as ../shared/vendor-lists has it: README, products.md, one product's lists. */
  async function vendorLists(): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vendor-lists-'));
    temporaryDirs.push(dir);
    const files: Record<string, string> = {
      'README.md': [
        '| folder | repository | commit (date) | language | files | constants | products |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| `tencentcloud-sdk-go/` | TencentCloud/tencentcloud-sdk-go | 144f6c8d39e4 (2026-08-21) | zh | 1 | 2 | 1 |',
        '| `tencentcloud-sdk-go-intl-en/` | TencentCloud/tencentcloud-sdk-go-intl-en | badc16e87d32 (2026-08-21) | en | 1 | 2 | 1 |',
        '',
      ].join('\n'),
      'tencentcloud-sdk-go/products.md': [
        '| 包名 | 产品中文名 | 更新历史 | 更新时间 |',
        '|:-:|:-:|:-:|:-:|',
        '| api | [云 API](https://cloud.tencent.com/document/product/1278) | [查看](https://cloud.tencent.com/document/product/1278/55266) | 2023-01-05 01:02:52 |',
        '| demo | [演示产品](https://cloud.tencent.com/document/product/999) | [查看](https://cloud.tencent.com/document/product/999/1) | 2026-01-01 00:00:00 |',
        '',
      ].join('\n'),
      'tencentcloud-sdk-go/tencentcloud/demo/v20200101/errors.go': goList('此产品的特有错误码', [
        ['FailedOperation.DemoBroken', '演示坏了。'],
        ['InternalError', '内部错误。'],
      ]),
      'tencentcloud-sdk-go-intl-en/tencentcloud/demo/v20200101/errors.go': goList(
        'error codes for specific actions',
        [
          ['FailedOperation.DemoBroken', 'The demo is broken.'],
          ['InternalError', 'Internal error.'],
        ],
      ),
    };
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
    return dir;
  }

  it("copies the lists, writes the rows from the lists' README and products.md, imports, and validates", async () => {
    const root = await copyOfTables();
    const lists = await vendorLists();
    const before = await readFile(path.join(root, 'tables', 'sources.csv'), 'utf8');
    const { io, err } = capture(root);
    expect(await runImportCommand(['--add-product', 'demo', '--lists', lists], io)).toBe(0);
    expect(err).toEqual([]);
    const after = await readFile(path.join(root, 'tables', 'sources.csv'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length).trimEnd().split('\n')).toEqual([
      'tencent-demo.csv,tencent-demo,TencentDemo,string,tencent-api3,腾讯云 演示产品,demo,tencentcloud-sdk-go demo/v20200101/errors.go,此产品的特有错误码,zh,2026-08-21,sources/tencentcloud-sdk-go/tencentcloud/demo/v20200101/errors.go,,TencentCloud/tencentcloud-sdk-go,144f6c8d39e4,tencentcloud/demo/v20200101/errors.go',
      'tencent-demo.csv,tencent-demo,TencentDemo,string,tencent-api3,腾讯云 演示产品,demo,tencentcloud-sdk-go-intl-en demo/v20200101/errors.go,error codes for specific actions,en,2026-08-21,sources/tencentcloud-sdk-go-intl-en/tencentcloud/demo/v20200101/errors.go,,TencentCloud/tencentcloud-sdk-go-intl-en,badc16e87d32,tencentcloud/demo/v20200101/errors.go',
      // The common codes, as the fixture's common table gives them, cited at Cloud API's documentation.
      'tencent-common.csv,tencent-demo,TencentDemo,string,tencent-api3,腾讯云 演示产品,demo,错误码,公共错误码,zh,,sources/tencent-live.txt,https://cloud.tencent.com/document/product/1278,,,',
    ]);
    const table = await readFile(path.join(root, 'tables', 'tencent-demo.csv'), 'utf8');
    expect(table).toContain('FailedOperation.DemoBroken,,,演示坏了。,The demo is broken.,');
    // The fixture project has no rule table: the code no page documents waits for a person's
    // category and retryable, and nothing else is wrong.
    const loaded = await loadModel(path.join(root, 'tables'));
    expect(
      loaded.ok
        ? []
        : loaded.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`),
    ).toEqual([
      'tables/tencent-demo.csv:2: category is empty; it is required',
      'tables/tencent-demo.csv:2: retryable is empty; it is required',
    ]);
  });

  it('stops, cause first, for a product already added or not in products.md', async () => {
    const root = await copyOfTables();
    const lists = await vendorLists();
    expect(
      await runImportCommand(['--add-product', 'demo', '--lists', lists], capture(root).io),
    ).toBe(0);
    const again = capture(root);
    expect(await runImportCommand(['--add-product', 'demo', '--lists', lists], again.io)).toBe(1);
    expect(again.err[0]).toMatch(
      /^import stopped, nothing was written: tables\/sources\.csv:\d+ already gives a table to tencent-demo$/,
    );
    const unknown = capture(root);
    expect(await runImportCommand(['--add-product', 'nope', '--lists', lists], unknown.io)).toBe(1);
    expect(unknown.err[0]).toMatch(/^import stopped, nothing was written: nope: not a product of /);
  });
});
