// Tests the fidelity check on the fixture project: it passes, and each kind of broken copy fails at its file and line.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTables } from '../generator/read-tables/read-tables.js';
import { formatProblem, type RawTables } from '../generator/read-tables/table-file.js';
import { checkFidelity } from '../generator/validate/check-fidelity.js';
import { parseManifest } from '../generator/validate/parse-manifest.js';
import { FIXTURE_TABLES } from './helpers/tables.js';
import { useTemporaryDirs, writeTree } from './helpers/temporary.js';

const temporaryDir = useTemporaryDirs();

const TABLES = FIXTURE_TABLES;

/** The line of the manifest's row of `table`: the tests do not pin its place. */
const manifestLine = (table: string): number =>
  readFileSync(path.join(TABLES, 'sources.csv'), 'utf8')
    .split('\n')
    .findIndex((line) => line.startsWith(`${table},`)) + 1;

/** Every file of the fixture's tables/ by its path relative to tables/. */
const committed = (): Map<string, string> => {
  const files = new Map<string, string>();
  for (const name of readdirSync(TABLES))
    if (name.endsWith('.csv')) files.set(name, readFileSync(path.join(TABLES, name), 'utf8'));
  for (const entry of readdirSync(path.join(TABLES, 'sources'), {
    recursive: true,
    withFileTypes: true,
  })) {
    if (!entry.isFile()) continue;
    const name = path
      .relative(TABLES, path.join(entry.parentPath, entry.name))
      .split(path.sep)
      .join('/');
    files.set(name, readFileSync(path.join(TABLES, name), 'utf8'));
  }
  return files;
};

/** The files as the reader gives them, from a temporary tables/ directory. */
const rawTables = async (files: ReadonlyMap<string, string>): Promise<RawTables> => {
  const dir = path.join(await temporaryDir('fidelity-'), 'tables');
  await writeTree(dir, Object.fromEntries(files));
  return readTables(dir);
};

/** The fidelity problems of the files, as printed. */
const fidelityOf = async (files: ReadonlyMap<string, string>): Promise<string[]> => {
  const raw = await rawTables(files);
  return checkFidelity(raw, parseManifest(raw).entries).map(formatProblem);
};

/** A copy of the fixture's files with one text replaced in one file (the text must be there). */
const broken = (file: string, from: string | RegExp, to: string): Map<string, string> => {
  const files = committed();
  const text = files.get(file)!;
  const changed = text.replace(from, to);
  expect(changed, `${file} holds ${String(from)}`).not.toBe(text);
  files.set(file, changed);
  return files;
};

describe('checkFidelity', () => {
  it('finds nothing wrong with the fixture tables', async () => {
    expect(await fidelityOf(committed())).toEqual([]);
  });

  it('reads records that span lines at their first line', async () => {
    const v1 = (await rawTables(committed())).errorTables.find(
      (table) => table.name === 'kingsoft-live-v1.csv',
    )!;
    const byCode = new Map(v1.records.map((record) => [record.cells['code'], record.line]));
    expect([byCode.get('4201'), byCode.get('4999'), byCode.get('5000')]).toEqual([3, 4, 7]);
  });

  const cases = [
    {
      name: 'a changed letter in a code',
      files: () =>
        broken('tencent-live.csv', /^InternalError\.ConfNotFound,/m, 'InternalError.ConfNotFund,'),
      want: [
        'tables/tencent-live.csv:6: code is "InternalError.ConfNotFund" but sources/tencent-live.txt:44 gives "InternalError.ConfNotFound"',
      ],
    },
    {
      name: 'a changed digit in a numeric code',
      files: () => broken('upyun.csv', /^40001000,/m, '40001009,'),
      want: ['tables/upyun.csv:2: code is "40001009" but sources/upyun.txt:12 gives "40001000"'],
    },
    {
      name: 'a dropped row',
      files: () => broken('upyun.csv', /^40001003,.*\n/m, ''),
      want: [
        'tables/upyun.csv:4: lacks the row of code "40001003" at sources/upyun.txt:14 (before this row)',
      ],
    },
    {
      name: 'a dropped last row',
      files: () => broken('upyun.csv', /^40011062,.*\n/m, ''),
      want: [
        'tables/upyun.csv:1: lacks the row of code "40011062" at sources/upyun.txt:19 (after its last row)',
      ],
    },
    {
      name: 'a row the document does not have',
      files: () =>
        broken(
          'baidu-vod.csv',
          /^(MediaBanned,.*\n)/m,
          '$1MediaFrozen,403,Media mda-xxx is banned,媒资被封禁,,MediaFrozen,conflict,false\n',
        ),
      want: [
        'tables/baidu-vod.csv:5: code "MediaFrozen" is not a row of section "VOD错误返回码" of sources/baidu-vod.txt here',
      ],
    },
    {
      name: 'two rows in the wrong order',
      files: () =>
        broken('baidu-vod.csv', /^(MediaNotFound,.*\n)(IllegalMediaSessionKey,.*\n)/m, '$2$1'),
      want: [
        'tables/baidu-vod.csv:3: code "MediaNotFound" is out of document order: sources/baidu-vod.txt:307 gives it before the row of code "IllegalMediaSessionKey" (line 2)',
      ],
    },
    {
      name: 'a changed message',
      files: () => broken('baidu-vod-common.csv', 'Access denied.', 'Access Denied.'),
      want: [
        'tables/baidu-vod-common.csv:2: message is "Access Denied." but sources/baidu-vod.txt:297 gives "Access denied."',
      ],
    },
    {
      name: 'a straightened curly quote in a message',
      files: () =>
        broken(
          'kingsoft-live.csv',
          ',The input parameter value “%s” is not valid.,',
          ',"The input parameter value ""%s"" is not valid.",',
        ),
      want: [
        'tables/kingsoft-live.csv:3: message is "The input parameter value \\"%s\\" is not valid." but sources/kingsoft-live.txt:32 gives "The input parameter value “%s” is not valid."',
      ],
    },
    {
      name: 'a changed HTTP status',
      files: () => broken('kingsoft-live.csv', /^(MissingKs3Bucket,)404,/m, '$1403,'),
      want: [
        'tables/kingsoft-live.csv:9: http_status is "403" but sources/kingsoft-live.txt:38 gives "404"',
      ],
    },
    {
      name: 'a changed English description, checked against the English document only',
      files: () => broken('tencent-common.csv', 'Signature expired.', 'Signature has expired.'),
      want: [
        'tables/tencent-common.csv:4: description_en is "Signature has expired." but sources/tencent-streamlive.txt:104 gives "Signature expired."',
      ],
    },
    {
      name: 'a message after a record that spans lines',
      files: () =>
        broken('kingsoft-live-v1.csv', 'the user does not exist', 'the user is not there'),
      want: [
        'tables/kingsoft-live-v1.csv:7: message is "the user is not there" but sources/kingsoft-live.txt:66 gives "the user does not exist"',
      ],
    },
    {
      name: 'a line dropped from a description that spans lines',
      files: () => broken('kingsoft-live-v1.csv', '\n2.参数value类型是否正确', ''),
      want: [
        'tables/kingsoft-live-v1.csv:4: description_zh is "参数错误,请检查:\\n1.参数名大小写是否正确" but sources/kingsoft-live.txt:63 gives "参数错误,请检查:\\n1.参数名大小写是否正确\\n2.参数value类型是否正确"',
      ],
    },
    {
      name: 'a description given where the document gives none',
      files: () => broken('upyun.csv', /^(40001000,400,wrong uri,),/m, '$1错误的 URI,'),
      want: [
        'tables/upyun.csv:2: description_zh is "错误的 URI" but sources/upyun.txt:12 gives nothing',
      ],
    },
    {
      name: 'an alias the document does not write',
      files: () =>
        broken('aliases.csv', 'MediaException.MediaNotFound', 'MediaException.MediaMissing'),
      want: [
        'tables/aliases.csv:2: alias "MediaException.MediaMissing" does not occur in sources/baidu-vod.txt',
      ],
    },
    {
      name: 'a section the document does not have; the cells are still proved verbatim',
      files: () => broken('sources.csv', 'API 错误码表,API 错误码表', 'API 错误码表,错误码'),
      want: [
        `tables/sources.csv:${manifestLine('upyun.csv')}: sources/upyun.txt: section "错误码" not found in the document`,
      ],
    },
    {
      name: 'a document that lost a row',
      files: () => broken('sources/upyun.txt', /^400 \| 40001003 .*\n/m, ''),
      want: [
        'tables/upyun.csv:4: code "40001003" is not a row of section "API 错误码表" of sources/upyun.txt here',
        'tables/upyun.csv:4: message "meta invalid" does not occur in sources/upyun.txt',
      ],
    },
  ] as const;

  it.each(cases)('reports $name', async ({ files, want }) => {
    expect(await fidelityOf(files())).toEqual(want);
  });
});
