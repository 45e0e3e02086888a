// Tests validation: one broken copy of the fixture project's tables per rule, errors that lead with their cause, the CLI reports all.

import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { readTables } from '../generator/read-tables/read-tables.js';
import { sortProblems } from '../generator/read-tables/sort-problems.js';
import { formatProblem } from '../generator/read-tables/table-file.js';
import {
  CELL_LENGTH_LIMIT,
  DOCUMENT_SIZE_LIMIT,
  suspectCharacters,
} from '../generator/validate/check-characters.js';
import { checkSchema, validateTables } from '../generator/validate/validate-tables.js';
import { FIXTURE_TABLES } from './helpers/tables.js';
import { csvCell } from '../generator/import/table-csv.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Lines of the fixture manifest's rows that match: the tests do not pin their places. */
const manifestLines = (match: (line: string) => boolean): number[] =>
  readFileSync(path.join(FIXTURE_TABLES, 'sources.csv'), 'utf8')
    .split('\n')
    .flatMap((line, index) => (index > 0 && match(line) ? [index + 1] : []));
const temporaryDirs: string[] = [];
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A change to a copy of tables/: file name to its new text. */
type Mutation = (tablesDir: string) => Promise<void>;

async function editFile(
  tablesDir: string,
  file: string,
  edit: (text: string) => string,
): Promise<void> {
  const target = path.join(tablesDir, file);
  await writeFile(target, edit(await readFile(target, 'utf8')));
}

/** Replaces one line of a file (1-based), which must hold a whole record. */
const editLine =
  (file: string, line: number, edit: (text: string) => string): Mutation =>
  (dir) =>
    editFile(dir, file, (text) => {
      const lines = text.split('\n');
      lines[line - 1] = edit(lines[line - 1] ?? '');
      return lines.join('\n');
    });

/** Sets one cell of a one-line record, leaving every other byte of the file as it was. */
const setCell =
  (file: string, line: number, column: string, value: string): Mutation =>
  (dir) =>
    editFile(dir, file, (text) => {
      const lines = text.split('\n');
      const header = (parse(lines[0] ?? '') as string[][])[0] ?? [];
      const cells = (parse(lines[line - 1] ?? '', { relax_quotes: true }) as string[][])[0] ?? [];
      const index = header.indexOf(column);
      if (index === -1) throw new Error(`${file} has no column ${column}`);
      cells[index] = value;
      lines[line - 1] = cells.map(csvCell).join(',');
      return lines.join('\n');
    });

const insertLine =
  (file: string, before: number, record: string): Mutation =>
  (dir) =>
    editFile(dir, file, (text) => {
      const lines = text.split('\n');
      lines.splice(before - 1, 0, record);
      return lines.join('\n');
    });

const copyLine =
  (file: string, line: number, before: number): Mutation =>
  (dir) =>
    editFile(dir, file, (text) => {
      const lines = text.split('\n');
      lines.splice(before - 1, 0, lines[line - 1] ?? '');
      return lines.join('\n');
    });

const deleteLine =
  (file: string, line: number): Mutation =>
  (dir) =>
    editFile(dir, file, (text) =>
      text
        .split('\n')
        .filter((_, index) => index !== line - 1)
        .join('\n'),
    );

/** A copy of the fixture's tables/ under a fresh root, with the mutations applied. */
async function brokenCopy(...mutations: Mutation[]): Promise<{ root: string; tablesDir: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'validate-'));
  temporaryDirs.push(root);
  const tablesDir = path.join(root, 'tables');
  await cp(FIXTURE_TABLES, tablesDir, { recursive: true });
  for (const mutate of mutations) await mutate(tablesDir);
  return { root, tablesDir };
}

interface RuleCase {
  name: string;
  mutate: Mutation | Mutation[];
  /** Every problem the reader and the schema checks find: nothing more, nothing less. */
  want: string[];
}

const CATEGORY_LIST =
  'auth, permission, invalid-request, not-found, conflict, rate-limit, quota, unavailable, internal, dry-run, unknown';
const VENDOR_LIST = 'tencent-live, tencent-streamlive, baidu-vod, kingsoft-live, upyun';

const RULES: RuleCase[] = [
  {
    name: 'http_status not an integer',
    mutate: setCell('baidu-vod.csv', 2, 'http_status', '4O4'),
    want: ['tables/baidu-vod.csv:2: http_status "4O4" is not an integer from 100 to 599'],
  },
  {
    name: 'http_status out of range, and with a reason phrase',
    mutate: [
      setCell('baidu-vod.csv', 2, 'http_status', '600'),
      setCell('baidu-vod.csv', 3, 'http_status', '400 Bad Request'),
    ],
    want: [
      'tables/baidu-vod.csv:2: http_status "600" is not an integer from 100 to 599',
      'tables/baidu-vod.csv:3: http_status "400 Bad Request" is not an integer from 100 to 599',
    ],
  },
  {
    name: 'category outside the taxonomy',
    mutate: setCell('baidu-vod.csv', 3, 'category', 'timeout'),
    want: [`tables/baidu-vod.csv:3: category "timeout" is not one of ${CATEGORY_LIST}`],
  },
  {
    name: 'retryable not exactly true or false',
    mutate: [
      setCell('upyun.csv', 2, 'retryable', 'yes'),
      setCell('upyun.csv', 3, 'retryable', 'True'),
    ],
    want: [
      'tables/upyun.csv:2: retryable "yes" is not true or false',
      'tables/upyun.csv:3: retryable "True" is not true or false',
    ],
  },
  {
    name: 'required cells of an error table empty',
    mutate: [
      setCell('kingsoft-live.csv', 2, 'name', ''),
      setCell('kingsoft-live.csv', 3, 'category', ''),
    ],
    want: [
      'tables/kingsoft-live.csv:2: name is empty; it is required',
      'tables/kingsoft-live.csv:3: category is empty; it is required',
    ],
  },
  {
    name: 'name not PascalCase',
    mutate: setCell('upyun.csv', 2, 'name', 'wrong_uri'),
    want: ['tables/upyun.csv:2: name "wrong_uri" is not PascalCase (^[A-Z][A-Za-z0-9]*$)'],
  },
  {
    name: 'two codes of one code set share a name, across the tables of the set',
    mutate: setCell('baidu-vod.csv', 3, 'name', 'AccessDenied'),
    want: [
      'tables/baidu-vod.csv:3: name "AccessDenied" is also the name of code "AccessDenied" at tables/baidu-vod-common.csv:2; two codes of one code set never share a name',
    ],
  },
  {
    name: 'variants of one code with different names',
    mutate: setCell('kingsoft-live.csv', 4, 'name', 'InvalidParameterValueType'),
    want: [
      'tables/kingsoft-live.csv:4: code "InvalidParameterValue" is named "InvalidParameterValueType" here but "InvalidParameterValue" at line 3; every variant of a code has the same name',
    ],
  },
  {
    name: 'variants of one code may differ in category, retryable and http_status',
    mutate: [
      setCell('kingsoft-live.csv', 4, 'category', 'unknown'),
      setCell('kingsoft-live.csv', 4, 'retryable', 'true'),
    ],
    want: [],
  },
  {
    name: 'integer code set with codes that are not canonical integers',
    mutate: [
      setCell('kingsoft-live-v1.csv', 2, 'code', '01000'),
      setCell('kingsoft-live-v1.csv', 3, 'code', '1e3'),
    ],
    want: [
      'tables/kingsoft-live-v1.csv:2: code "01000" is not an integer in canonical digits (no sign, no leading zero, at most 15 digits); code_set KingsoftLiveV1 has code_type integer',
      'tables/kingsoft-live-v1.csv:3: code "1e3" is not an integer in canonical digits (no sign, no leading zero, at most 15 digits); code_set KingsoftLiveV1 has code_type integer',
    ],
  },
  {
    name: 'exact duplicate row, reported with both lines',
    mutate: copyLine('upyun.csv', 2, 4),
    want: [
      'tables/upyun.csv:4: repeats line 2 exactly (lines 2 and 4); a document row is transcribed once',
    ],
  },
  {
    name: 'Upyun code prefix differs from its http_status',
    mutate: [
      setCell('upyun.csv', 2, 'http_status', '403'),
      setCell('upyun.csv', 3, 'http_status', ''),
    ],
    want: [
      'tables/upyun.csv:2: code 40001000 starts with 400 but http_status is "403"; Upyun codes begin with their HTTP status',
      'tables/upyun.csv:3: http_status is empty but code 40001001 starts with 400; Upyun codes begin with their HTTP status',
    ],
  },
  {
    name: 'leading and trailing whitespace; double spaces inside are vendor text',
    mutate: [
      setCell('baidu-vod.csv', 2, 'message', 'Media not found with mda-xxx '),
      setCell('upyun.csv', 2, 'message', '\twrong uri'),
      setCell('upyun.csv', 3, 'message', 'wrong  content-md5'),
    ],
    want: [
      'tables/baidu-vod.csv:2: message "Media not found with mda-xxx " has trailing whitespace',
      'tables/upyun.csv:2: message "\\twrong uri" has leading whitespace',
      'tables/upyun.csv:2: message: U+0009 CHARACTER TABULATION at character 1',
    ],
  },
  {
    name: 'byte order mark',
    mutate: (dir) => editFile(dir, 'upyun.csv', (text) => `\uFEFF${text}`),
    want: ['tables/upyun.csv:1: starts with a byte order mark (BOM); save as UTF-8 without BOM'],
  },
  {
    name: 'CRLF line endings',
    mutate: (dir) => editFile(dir, 'baidu-vod.csv', (text) => text.replaceAll('\n', '\r\n')),
    want: [
      'tables/baidu-vod.csv:1: has a carriage return (CRLF line endings); the tables use LF only',
    ],
  },
  {
    name: 'header columns out of order',
    mutate: editLine(
      'upyun.csv',
      1,
      () => 'code,http_status,message,description_zh,description_en,category,name,retryable',
    ),
    want: [
      'tables/upyun.csv:1: header is "code,http_status,message,description_zh,description_en,category,name,retryable"; want "code,http_status,message,description_zh,description_en,name,category,retryable" (columns out of order); the file\'s rows are not read',
    ],
  },
  {
    name: 'header with a misspelled column',
    mutate: editLine('aliases.csv', 1, () => 'vendor,alias,codes,source_file'),
    want: [
      'tables/aliases.csv:1: header is "vendor,alias,codes,source_file"; want "vendor,alias,code,source_file" (missing "code"; unexpected "codes"); the file\'s rows are not read',
    ],
  },
  {
    name: 'malformed CSV: unclosed quote and wrong cell count',
    mutate: [
      editLine('tencent-live.csv', 3, (line) => line.replace('操作失败', '"操作失败')),
      editLine('baidu-vod.csv', 3, (line) => `${line},extra`),
    ],
    want: [
      'tables/baidu-vod.csv:3: has 9 cells but the header has 8',
      'tables/tencent-live.csv:3: the quote that opens the description_zh cell (line 3 column 19, before "操作失败,,FailedOperation,unknown,false") is never closed; nothing after it could be read',
    ],
  },
  {
    name: "manifest: common codes cited at another product's own page (a copied row)",
    mutate: setCell('sources.csv', 4, 'document_url', 'https://cloud.tencent.com/document/product/267'),
    want: [
      "tables/sources.csv:4: document_url \"https://cloud.tencent.com/document/product/267\" is the page of tencent-live's own codes (line 3), not of tencent-streamlive's: cite where tencent-common.csv is documented for tencent-streamlive (Tencent's API 3.0 common codes: Cloud API's documentation, products.md's api), or leave it empty",
    ],
  },
  {
    name: 'manifest: a vendor id that is not one, which also splits its code set',
    mutate: setCell('sources.csv', 2, 'vendor', 'Tencent Live'),
    want: [
      'tables/sources.csv:2: vendor "Tencent Live" is not a vendor id (lower-case words joined by hyphens, like kingsoft-live)',
      ...manifestLines((line) => line.split(',')[2] === 'TencentLive')
        .filter((line) => line !== 2)
        .map(
          (line) =>
            `tables/sources.csv:${line}: code_set "TencentLive" has vendor "tencent-live" here but "Tencent Live" at line 2; a code set has one vendor`,
        ),
    ],
  },
  {
    name: 'manifest: code_set rows disagree on envelope and code_type',
    mutate: [
      setCell('sources.csv', 3, 'envelope', 'bce'),
      setCell('sources.csv', 3, 'code_type', 'integer'),
    ],
    want: [
      'tables/sources.csv:3: code_set "TencentLive" has code_type "integer" here but "string" at line 2; a code set has one code_type',
      'tables/sources.csv:3: code_set "TencentLive" has envelope "bce" here but "tencent-api3" at line 2; a code set has one envelope',
    ],
  },
  {
    name: 'manifest: values outside their lists',
    mutate: [
      setCell('sources.csv', 2, 'code_type', 'number'),
      setCell('sources.csv', 2, 'envelope', 'json'),
      setCell('sources.csv', 2, 'language', 'fr'),
      setCell('sources.csv', 2, 'code_set', 'tencent_live'),
    ],
    want: [
      'tables/sources.csv:2: code_set "tencent_live" is not PascalCase (^[A-Z][A-Za-z0-9]*$); it prefixes generated names',
      'tables/sources.csv:2: code_type "number" is not one of string, integer',
      'tables/sources.csv:2: envelope "json" is not one of tencent-api3, bce, kingsoft-openapi, kingsoft-v1, upyun',
      'tables/sources.csv:2: language "fr" is not zh or en',
    ],
  },
  {
    name: 'manifest: dates that are not YYYY-MM-DD days',
    mutate: [
      setCell('sources.csv', 5, 'date', '2025-8-22'),
      setCell('sources.csv', 6, 'date', '2025-02-30'),
    ],
    want: [
      'tables/sources.csv:5: date "2025-8-22" is not a date written YYYY-MM-DD',
      'tables/sources.csv:6: date "2025-02-30" is not a date written YYYY-MM-DD',
    ],
  },
  {
    name: 'manifest: document addresses that are not https addresses; empty is allowed',
    mutate: [
      setCell('sources.csv', 3, 'document_url', 'http://cloud.tencent.com/'),
      setCell('sources.csv', 5, 'document_url', 'cloud.baidu.com/doc/VOD'),
      setCell('sources.csv', 6, 'document_url', 'https://example.com/a b'),
      setCell('sources.csv', 2, 'document_url', ''),
    ],
    want: [
      'tables/sources.csv:3: document_url "http://cloud.tencent.com/" is not an https:// address (like https://cloud.tencent.com/document/product/267)',
      'tables/sources.csv:5: document_url "cloud.baidu.com/doc/VOD" is not an https:// address (like https://cloud.tencent.com/document/product/267)',
      'tables/sources.csv:6: document_url "https://example.com/a b" is not an https:// address (like https://cloud.tencent.com/document/product/267)',
    ],
  },
  {
    name: 'manifest: required cells empty, date may be',
    mutate: [setCell('sources.csv', 2, 'section', ''), setCell('sources.csv', 4, 'date', '')],
    want: ['tables/sources.csv:2: section is empty; it is required'],
  },
  {
    name: 'manifest: table and source_file that do not exist',
    mutate: [
      setCell('sources.csv', 7, 'table', 'kingsoft-live-x.csv'),
      setCell('sources.csv', 9, 'source_file', 'sources/upyun2.txt'),
    ],
    want: [
      'tables/sources.csv:7: table tables/kingsoft-live-x.csv does not exist',
      'tables/sources.csv:9: source_file tables/sources/upyun2.txt does not exist',
    ],
  },
  {
    name: 'manifest: names that leave tables/',
    mutate: [
      setCell('sources.csv', 9, 'table', '../package.json'),
      setCell('sources.csv', 9, 'source_file', '../../etc/passwd'),
    ],
    want: [
      'tables/sources.csv:9: table "../package.json" is not an error table\'s file name inside tables/ (like upyun.csv)',
      'tables/sources.csv:9: source_file "../../etc/passwd" is not a relative path inside tables/ (like sources/upyun.txt)',
    ],
  },
  {
    name: 'manifest: the vendors are the rows that name them: without its row a vendor is gone, not broken',
    mutate: deleteLine('sources.csv', manifestLines((line) => line.startsWith('upyun.csv,'))[0]!),
    want: [],
  },
  {
    name: 'manifest: no table at all',
    mutate: (dir) => editFile(dir, 'sources.csv', (text) => `${text.split('\n')[0]}\n`),
    want: ['tables/sources.csv:1: lists no table; the package needs at least one'],
  },
  {
    name: 'manifest: a table given twice to one vendor',
    mutate: copyLine('sources.csv', 2, 4),
    want: [
      'tables/sources.csv:4: table "tencent-common.csv" is already given to vendor "tencent-live" at line 2',
    ],
  },
  {
    name: 'aliases: unknown vendor',
    mutate: setCell('aliases.csv', 2, 'vendor', 'baidu'),
    want: [
      `tables/aliases.csv:2: vendor "baidu" has no table in sources.csv; its vendors: ${VENDOR_LIST}`,
    ],
  },
  {
    name: 'aliases: target code not documented for the vendor',
    mutate: [
      setCell('aliases.csv', 2, 'code', 'MediaMissing'),
      insertLine(
        'aliases.csv',
        3,
        'upyun,MediaException.MediaNotFound,MediaNotFound,sources/baidu-vod.txt',
      ),
    ],
    want: [
      'tables/aliases.csv:2: code "MediaMissing" is not a documented code of vendor baidu-vod',
      'tables/aliases.csv:3: code "MediaNotFound" is not a documented code of vendor upyun',
    ],
  },
  {
    name: 'aliases: the alias is itself a documented code',
    mutate: insertLine(
      'aliases.csv',
      3,
      'baidu-vod,AccessDenied,MediaNotFound,sources/baidu-vod.txt',
    ),
    want: [
      'tables/aliases.csv:3: alias "AccessDenied" is itself a documented code of BaiduVod; an alias is a second spelling',
    ],
  },
  {
    name: 'aliases: given twice, required cells, a source_file that leaves tables/',
    mutate: [
      copyLine('aliases.csv', 2, 3),
      insertLine('aliases.csv', 4, 'baidu-vod,,MediaNotFound,sources/baidu-vod.txt'),
      insertLine(
        'aliases.csv',
        5,
        'baidu-vod,MediaException.MediaNotFound2,MediaNotFound,/etc/passwd',
      ),
    ],
    want: [
      'tables/aliases.csv:3: alias "MediaException.MediaNotFound" of baidu-vod is already given at line 2',
      'tables/aliases.csv:4: alias is empty; it is required',
      'tables/aliases.csv:5: source_file "/etc/passwd" is not a relative path inside tables/ (like sources/baidu-vod.txt)',
    ],
  },
];

describe('validateTables', () => {
  it('passes the fixture tables', async () => {
    const raw = await readTables(FIXTURE_TABLES);
    expect(validateTables(raw).problems.map(formatProblem)).toEqual([]);
  });

  it.each(RULES)('$name', async ({ mutate, want }) => {
    const { tablesDir } = await brokenCopy(...[mutate].flat());
    const raw = await readTables(tablesDir);
    const found = sortProblems(checkSchema(raw)).map(formatProblem);
    expect(found).toEqual(want);
    // The full validation (with the document comparison) reports them too, sorted by file then line.
    const all = validateTables(raw).problems;
    expect(all.map(formatProblem)).toEqual(expect.arrayContaining(want));
    expect(all).toEqual(sortProblems(all));
  });
});

describe('npm run validate', () => {
  const run = promisify(execFile);
  // As the npm script runs it: the one subprocess of this command.
  const runCli = path.join(ROOT, 'generator', 'run-cli.mjs');

  it('prints every problem of a broken copy, one per line, and exits 1', async () => {
    const broken = RULES.filter((rule) =>
      [
        'http_status out of range, and with a reason phrase',
        'aliases: given twice, required cells, a source_file that leaves tables/',
        'byte order mark',
        'manifest: a table given twice to one vendor',
      ].includes(rule.name),
    );
    expect(broken).toHaveLength(4);
    const { root } = await brokenCopy(...broken.flatMap((rule) => [rule.mutate].flat()));
    const failure = await run(process.execPath, [runCli, 'validate'], {
      cwd: root,
    }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const lines = failure?.stderr.split('\n') ?? [];
    const want = broken.flatMap((rule) => rule.want);
    expect(lines).toEqual(expect.arrayContaining(want));
    expect(lines).toContain(
      `${lines.filter((line) => /^tables\/.+:\d+: /.test(line)).length} problems in tables/`,
    );
  });
});

describe('errors lead with their cause', () => {
  /** Every problem the full validation of a broken copy reports, as printed. */
  const problemsOf = async (...mutations: Mutation[]): Promise<string[]> => {
    const { tablesDir } = await brokenCopy(...mutations);
    return validateTables(await readTables(tablesDir)).problems.map(formatProblem);
  };

  it('reports an unbalanced quote once, at its record, naming the quote, and compares nothing with that table', async () => {
    const problems = await problemsOf(
      editLine('tencent-live.csv', 3, (line) => line.replace('操作失败', '"操作失败')),
    );
    expect(problems).toEqual([
      'tables/tencent-live.csv:3: the quote that opens the description_zh cell (line 3 column 19, before "操作失败,,FailedOperation,unknown,false") is never closed; nothing after it could be read',
    ]);
  });

  it('reports a wrong header once, and compares nothing with that table', async () => {
    expect(
      await problemsOf(editLine('upyun.csv', 1, (line) => line.replace('http_status', 'status'))),
    ).toEqual([
      'tables/upyun.csv:1: header is "code,status,message,description_zh,description_en,name,category,retryable"; want "code,http_status,message,description_zh,description_en,name,category,retryable" (missing "http_status"; unexpected "status"); the file\'s rows are not read',
    ]);
  });

  it('does not judge aliases that point into a table that failed to read', async () => {
    expect(
      await problemsOf(
        editLine('baidu-vod.csv', 2, (line) => line.replace('Media not found', '"Media not found')),
      ),
    ).toEqual([
      'tables/baidu-vod.csv:2: the quote that opens the message cell (line 2 column 19, before "Media not found with mda-xxx,没有找到对应的媒…") is not closed on its line: read as one cell it runs 3 line(s) on, to text after a quote; close the quote, or double a quote inside the cell ("")',
    ]);
  });

  it('reports bytes that are not UTF-8 at their line and byte column', async () => {
    const problems = await problemsOf(async (dir) => {
      const file = path.join(dir, 'upyun.csv');
      const bytes = await readFile(file);
      const third = bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1;
      await writeFile(
        file,
        Buffer.concat([
          bytes.subarray(0, third + 4),
          Buffer.from([0xff]),
          bytes.subarray(third + 4),
        ]),
      );
    });
    expect(problems).toEqual([
      'tables/upyun.csv:3: byte 0xff at byte column 5 is not valid UTF-8; save the file as UTF-8',
    ]);
  });

  it('quotes a long cell by an excerpt of at most 120 characters', async () => {
    const long = '长'.repeat(CELL_LENGTH_LIMIT);
    const problems = await problemsOf(setCell('upyun.csv', 2, 'message', long));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.length).toBeLessThan(400);
    expect(problems).toContain(
      `tables/upyun.csv:2: message is ${JSON.stringify(`${'长'.repeat(117)}…`)} but sources/upyun.txt:12 gives "wrong uri"`,
    );
  });

  it('says a code with whitespace inside contains a space, once', async () => {
    expect(await problemsOf(setCell('baidu-vod.csv', 2, 'code', 'Media NotFound'))).toEqual([
      'tables/baidu-vod.csv:2: code "Media NotFound" contains a space; a code is one word, as the vendor\'s responses carry it',
    ]);
  });

  it('refuses a cell longer than the limit, in one short line, and compares it no further', async () => {
    const long = '长'.repeat(100_000);
    expect(await problemsOf(setCell('upyun.csv', 2, 'message', long))).toEqual([
      `tables/upyun.csv:2: message: is 100000 characters long, more than the ${CELL_LENGTH_LIMIT} a cell may have; is it one cell of the vendor's table?`,
    ]);
  });

  it('refuses a document larger than the limit, at its first line, without reading it', async () => {
    const problems = await problemsOf((dir) =>
      editFile(dir, 'sources/upyun.txt', (text) => text.padEnd(DOCUMENT_SIZE_LIMIT + 1, '\n')),
    );
    expect(problems).toEqual([
      `tables/sources/upyun.txt:1: is 1.0 MiB, more than the ${DOCUMENT_SIZE_LIMIT / 1024 / 1024} MiB a vendor document may be; is it one vendor page or code list, saved whole and once?`,
    ]);
  });
});

describe('characters no vendor means', () => {
  const problemsOf = async (...mutations: Mutation[]): Promise<string[]> => {
    const { tablesDir } = await brokenCopy(...mutations);
    return validateTables(await readTables(tablesDir)).problems.map(formatProblem);
  };
  // One character of each class, put inside a cell the document comparison would otherwise judge.
  const CLASSES = [
    { kind: 'C0 control (ESC)', char: '\u001b', name: 'U+001B ESCAPE' },
    { kind: 'C0 control (BEL)', char: '\u0007', name: 'U+0007 BELL' },
    { kind: 'tab', char: '\t', name: 'U+0009 CHARACTER TABULATION' },
    { kind: 'DEL', char: '\u007f', name: 'U+007F DELETE' },
    {
      kind: 'C1 control',
      char: '\u009b',
      name: 'U+009B CONTROL SEQUENCE INTRODUCER',
    },
    {
      kind: 'bidi override',
      char: '\u202e',
      name: 'U+202E RIGHT-TO-LEFT OVERRIDE',
    },
    { kind: 'tag character', char: '\u{E0041}', name: 'U+E0041 TAG CHARACTER' },
    {
      kind: 'bidi embedding',
      char: '\u202a',
      name: 'U+202A LEFT-TO-RIGHT EMBEDDING',
    },
    {
      kind: 'bidi isolate',
      char: '\u2066',
      name: 'U+2066 LEFT-TO-RIGHT ISOLATE',
    },
    {
      kind: 'bidi isolate end',
      char: '\u2069',
      name: 'U+2069 POP DIRECTIONAL ISOLATE',
    },
    {
      kind: 'zero-width space',
      char: '\u200b',
      name: 'U+200B ZERO WIDTH SPACE',
    },
    {
      kind: 'zero-width joiner',
      char: '\u200d',
      name: 'U+200D ZERO WIDTH JOINER',
    },
    { kind: 'word joiner', char: '\u2060', name: 'U+2060 WORD JOINER' },
    {
      kind: 'BOM inside text',
      char: '\ufeff',
      name: 'U+FEFF ZERO WIDTH NO-BREAK SPACE (BOM)',
    },
    {
      kind: 'replacement character',
      char: '\ufffd',
      name: 'U+FFFD REPLACEMENT CHARACTER',
    },
    { kind: 'line separator', char: '\u2028', name: 'U+2028 LINE SEPARATOR' },
  ];

  it.each(CLASSES)('refuses a $kind at its line and character', async ({ char, name }) => {
    expect(await problemsOf(setCell('baidu-vod.csv', 3, 'message', `Key ${char}txt.exe`))).toEqual([
      `tables/baidu-vod.csv:3: message: ${name} at character 5`,
    ]);
  });

  it('refuses a lone surrogate, which only text made in memory can hold', () => {
    expect(suspectCharacters('ab\ud800c', false).map((found) => found.description)).toEqual([
      'U+D800 lone HIGH SURROGATE at character 3',
    ]);
    // A pair is one character outside the BMP, an emoji: it passes, and counts as one.
    expect(suspectCharacters('😀\udc00', false).map((found) => found.description)).toEqual([
      'U+DC00 lone LOW SURROGATE at character 2',
    ]);
  });

  it('reports every character at once, each at the line it is on, and generates nothing', async () => {
    const description = '参数错误,请检查:\n1.参数名大小写是否正确\n2.参数value类型是否正确';
    const { root } = await brokenCopy(
      setCell('baidu-vod.csv', 2, 'description_zh', '没有\u200b找到对应的媒资'),
      setCell('baidu-vod.csv', 4, 'message', '\u202eMedia mda-xxx is banned'),
      // Kingsoft v1's 4999 runs over three lines, from line 4: the character is on the third.
      (dir) =>
        editFile(dir, 'kingsoft-live-v1.csv', (text) =>
          text.replace(description, description.replace('value', '\u001b[31mvalue')),
        ),
    );
    const run = promisify(execFile);
    const failure = await run(
      process.execPath,
      [path.join(ROOT, 'generator', 'run-cli.mjs'), 'generate'],
      { cwd: root },
    ).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const at = [...description].indexOf('v') + 1;
    expect(failure?.stderr.split('\n').filter((line) => line.startsWith('tables/'))).toEqual([
      'tables/baidu-vod.csv:2: description_zh: U+200B ZERO WIDTH SPACE at character 3',
      'tables/baidu-vod.csv:4: message: U+202E RIGHT-TO-LEFT OVERRIDE at character 1',
      `tables/kingsoft-live-v1.csv:6: description_zh: U+001B ESCAPE at character ${at}`,
    ]);
    expect(existsSync(path.join(root, 'generated'))).toBe(false);
  });

  it('keeps the line breaks of a description, and refuses one anywhere else', async () => {
    const problems = await problemsOf(
      // The later line first: a line break moves the lines after it.
      setCell('baidu-vod.csv', 3, 'description_zh', '非法的\nsessionKey'),
      setCell('baidu-vod.csv', 2, 'message', 'Media not\nfound'),
    );
    // The description is then compared with the page, which has no line break there.
    expect(problems.filter((problem) => problem.includes(' at character '))).toEqual([
      'tables/baidu-vod.csv:2: message: U+000A LINE FEED at character 10; a line break is allowed only in description_zh and description_en',
    ]);
  });

  it('keeps a no-break space and a full-width space: printed text a vendor writes', async () => {
    const problems = await problemsOf(
      setCell('baidu-vod.csv', 3, 'message', 'Media\u00a0session key xxx is illegal'),
      setCell('baidu-vod.csv', 4, 'description_zh', '媒资\u3000被封禁'),
    );
    expect(problems.every((problem) => !problem.includes(' at character '))).toBe(true);
  });
});
