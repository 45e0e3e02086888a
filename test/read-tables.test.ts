// Tests reading tables/: first lines of records, malformed CSV as problems, manifest-driven file list.

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../generator/read-tables/parse-csv.js';
import { readTables } from '../generator/read-tables/read-tables.js';
import { formatProblem } from '../generator/read-tables/table-file.js';
import { FIXTURE_TABLES } from './helpers/tables.js';

const temporaryDirs: string[] = [];
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A tables/ directory holding exactly the given files. */
async function tablesDirWith(
  files: Readonly<Record<string, string | Uint8Array>>,
): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'read-tables-'));
  temporaryDirs.push(root);
  const dir = path.join(root, 'tables');
  for (const [name, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), contents);
  }
  return dir;
}

describe('parseCsv', () => {
  const cases: {
    name: string;
    given: string;
    want: { lines: number[]; cells?: string[][]; error?: string };
  }[] = [
    {
      name: 'one record per line',
      given: 'a,b\n1,2\n3,4\n',
      want: {
        lines: [1, 2, 3],
        cells: [
          ['a', 'b'],
          ['1', '2'],
          ['3', '4'],
        ],
      },
    },
    {
      name: 'a quoted line break: the record starts on its first line, the next one after it',
      given: 'a,b\n1,"x\ny\nz"\n3,4\n',
      want: {
        lines: [1, 2, 5],
        cells: [
          ['a', 'b'],
          ['1', 'x\ny\nz'],
          ['3', '4'],
        ],
      },
    },
    {
      name: 'CRLF line endings count one line per CRLF',
      given: 'a,b\r\n1,"x\r\ny"\r\n3,4\r\n',
      want: {
        lines: [1, 2, 4],
        cells: [
          ['a', 'b'],
          ['1', 'x\r\ny'],
          ['3', '4'],
        ],
      },
    },
    {
      name: 'a BOM is not part of the first header cell',
      given: '\uFEFFa,b\n1,2\n',
      want: {
        lines: [1, 2],
        cells: [
          ['a', 'b'],
          ['1', '2'],
        ],
      },
    },
    {
      name: 'multi-byte text before a record does not shift its line',
      given: 'a,b\n"中文,说明","第一行\n第二行"\n3,4',
      want: {
        lines: [1, 2, 4],
        cells: [
          ['a', 'b'],
          ['中文,说明', '第一行\n第二行'],
          ['3', '4'],
        ],
      },
    },
    {
      name: 'rows of other lengths are kept for the caller to judge',
      given: 'a,b\n1\n1,2,3\n',
      want: { lines: [1, 2, 3], cells: [['a', 'b'], ['1'], ['1', '2', '3']] },
    },
    {
      name: 'an unclosed quote is reported at the line where its record starts',
      given: 'a,b\n1,2\n3,"x\n4,5\n6,7\n',
      want: {
        lines: [1, 2],
        error:
          '3: the quote that opens the b cell (line 3 column 3, before "x") is never closed; nothing after it could be read',
      },
    },
    {
      name: 'a quote inside an unquoted cell',
      given: 'a,b\n1,x"y"\n',
      want: {
        lines: [1],
        error:
          '2: a quote inside the unquoted b cell (line 2 column 4, before "y\\""); quote the whole cell and double the quote ("")',
      },
    },
    {
      name: 'text after a closing quote on one line',
      given: 'a,b\n1,"x"y\n',
      want: {
        lines: [1],
        error:
          '2: text follows the closing quote of the b cell (line 2 column 3, before "x\\"y"); double a quote inside a quoted cell ("")',
      },
    },
    {
      name: 'a quote left open runs into the next quoted cell: the record start and where it ran to',
      given: 'a,b\n1,"open\n2,3\n4,"x"\n',
      want: {
        lines: [1],
        error:
          '2: the quote that opens the b cell (line 2 column 3, before "open") is not closed on its line: read as one cell it runs 2 line(s) on, to text after a quote; close the quote, or double a quote inside the cell ("")',
      },
    },
    {
      name: 'text after a closing quote, in a record that starts two lines up',
      given: 'a,b\n"1\n2","x"y\n',
      want: {
        lines: [1],
        error:
          '2: text follows the closing quote of the b cell (line 3 column 4, before "x\\"y"); double a quote inside a quoted cell ("")',
      },
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    const parsed = parseCsv(Buffer.from(given));
    expect(parsed.rows.map((row) => row.line)).toEqual(want.lines);
    if (want.cells) expect(parsed.rows.map((row) => row.cells)).toEqual(want.cells);
    if (want.error === undefined) expect(parsed.error).toBeUndefined();
    else expect(`${parsed.error?.line}: ${parsed.error?.message}`).toContain(want.error);
  });
});

const HEADER = 'code,http_status,message,description_zh,description_en,name,category,retryable';
const SOURCES_HEADER =
  'table,vendor,code_set,code_type,envelope,product,api,document,section,language,date,source_file,document_url,repository,commit,repository_path';
const manifestRow = (
  table: string,
  vendor: string,
  codeSet: string,
  sourceFile = 'sources/doc.txt',
): string =>
  `${table},${vendor},${codeSet},string,bce,Product,api,Document,Section,zh,,${sourceFile},,,,`;

describe('readTables', () => {
  const cases: {
    name: string;
    given: Record<string, string | Uint8Array>;
    want: {
      tables?: string[];
      records?: Record<string, number[]>;
      problems: string[];
      documents?: string[];
    };
  }[] = [
    {
      name: 'reads every table sources.csv names, in first-mention order, each once',
      given: {
        'sources.csv': [
          SOURCES_HEADER,
          manifestRow('b.csv', 'upyun', 'B'),
          manifestRow('a.csv', 'upyun', 'A'),
          manifestRow('b.csv', 'baidu-vod', 'C'),
          '',
        ].join('\n'),
        'aliases.csv': 'vendor,alias,code,source_file\n',
        'a.csv': `${HEADER}\nX,,,,,X,unknown,false\n`,
        'b.csv': `${HEADER}\nY,,,,,Y,unknown,false\nZ,,,,,Z,unknown,false\n`,
        'unlisted.csv': `${HEADER}\n`,
        'sources/doc.txt': 'document text',
      },
      want: {
        tables: ['b.csv', 'a.csv'],
        records: { 'b.csv': [2, 3], 'a.csv': [2] },
        problems: [],
        documents: ['sources/doc.txt'],
      },
    },
    {
      name: 'a missing table or document is a problem on the manifest line that names it',
      given: {
        'sources.csv': [
          SOURCES_HEADER,
          manifestRow('a.csv', 'upyun', 'A'),
          manifestRow('gone.csv', 'upyun', 'A', 'sources/gone.txt'),
          '',
        ].join('\n'),
        'aliases.csv': 'vendor,alias,code,source_file\n',
        'a.csv': `${HEADER}\n`,
        'sources/doc.txt': 'document text',
      },
      want: {
        tables: ['a.csv'],
        problems: [
          'tables/sources.csv:3: table tables/gone.csv does not exist',
          'tables/sources.csv:3: source_file tables/sources/gone.txt does not exist',
        ],
        documents: ['sources/doc.txt'],
      },
    },
    {
      name: 'a table name that leaves tables/ is never read',
      given: {
        'sources.csv': [
          SOURCES_HEADER,
          manifestRow('../outside.csv', 'upyun', 'A', '../../etc/passwd'),
          '',
        ].join('\n'),
        'aliases.csv': 'vendor,alias,code,source_file\n',
      },
      want: { tables: [], problems: [], documents: [] },
    },
    {
      name: 'missing sources.csv and aliases.csv',
      given: {},
      want: {
        tables: [],
        problems: [
          'tables/aliases.csv:1: file does not exist',
          'tables/sources.csv:1: file does not exist',
        ],
      },
    },
    {
      name: 'wrong cell counts and blank lines are problems; the other rows are read',
      given: {
        'sources.csv': [SOURCES_HEADER, manifestRow('a.csv', 'upyun', 'A'), ''].join('\n'),
        'aliases.csv': 'vendor,alias,code,source_file\n',
        'a.csv': `${HEADER}\nX,,,,,X,unknown,false\nY,,,,,Y,unknown\n\n"Z\nZ",,,,,Z,unknown,false,extra\nW,,,,,W,unknown,false\n`,
        'sources/doc.txt': '',
      },
      want: {
        records: { 'a.csv': [2, 7] },
        problems: [
          'tables/a.csv:3: has 7 cells but the header has 8',
          'tables/a.csv:4: empty line; the tables have no blank lines',
          'tables/a.csv:5: has 9 cells but the header has 8',
        ],
      },
    },
    {
      name: 'an unclosed quote makes the table unreadable: one problem at the quote, no rows',
      given: {
        'sources.csv': [SOURCES_HEADER, manifestRow('a.csv', 'upyun', 'A'), ''].join('\n'),
        'aliases.csv': 'vendor,alias,code,source_file\n',
        'a.csv': `${HEADER}\nX,,,,,X,unknown,false\n"Y,,,,,Y,unknown,false\nZ,,,,,Z,unknown,false\n`,
        'sources/doc.txt': '',
      },
      want: {
        records: { 'a.csv': [] },
        problems: [
          'tables/a.csv:3: the quote that opens the code cell (line 3 column 1, before "Y,,,,,Y,unknown,false") is never closed; nothing after it could be read',
        ],
      },
    },
    {
      name: 'bytes that are not UTF-8, and an empty file',
      given: {
        'sources.csv': [
          SOURCES_HEADER,
          manifestRow('a.csv', 'upyun', 'A'),
          manifestRow('b.csv', 'upyun', 'A'),
          '',
        ].join('\n'),
        'aliases.csv': '',
        'a.csv': Uint8Array.from([0x63, 0x6f, 0xff, 0x0a]),
        'b.csv': `${HEADER}\n`,
        'sources/doc.txt': '',
      },
      want: {
        problems: [
          'tables/a.csv:1: byte 0xff at byte column 3 is not valid UTF-8; save the file as UTF-8',
          'tables/aliases.csv:1: is empty; it needs at least its header',
        ],
      },
    },
  ];
  it.each(cases)('$name', async ({ given, want }) => {
    const raw = await readTables(await tablesDirWith(given));
    expect(raw.problems.map(formatProblem)).toEqual(want.problems);
    if (want.tables) expect(raw.errorTables.map((table) => table.name)).toEqual(want.tables);
    if (want.documents) expect([...raw.documents.keys()]).toEqual(want.documents);
    for (const [name, lines] of Object.entries(want.records ?? {})) {
      expect(
        raw.errorTables.find((table) => table.name === name)?.records.map((record) => record.line),
      ).toEqual(lines);
    }
  });

  it('keys cells by column on a null prototype, so a "__proto__" code is an ordinary cell', async () => {
    const raw = await readTables(
      await tablesDirWith({
        'sources.csv': [SOURCES_HEADER, manifestRow('a.csv', 'upyun', 'A'), ''].join('\n'),
        'aliases.csv': 'vendor,alias,code,source_file\n',
        'a.csv': `${HEADER}\n__proto__,,,,,Proto,unknown,false\nconstructor,,,,,Constructor,unknown,false\n`,
        'sources/doc.txt': '',
      }),
    );
    const [proto, constructorRow] = raw.errorTables[0]?.records ?? [];
    expect([proto?.cells.code, constructorRow?.cells.code]).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(proto?.cells)).toBeNull();
    expect('toString' in (proto?.cells ?? {})).toBe(false);
  });

  it('reads no rows of a file whose header is wrong, and says so once', async () => {
    const raw = await readTables(
      await tablesDirWith({
        'sources.csv': [SOURCES_HEADER, manifestRow('a.csv', 'upyun', 'A'), ''].join('\n'),
        'aliases.csv': 'vendor,alias,code,source_file\n',
        'a.csv': `code,status,message\nX,400,bad\nY,500,worse\n`,
        'sources/doc.txt': '',
      }),
    );
    expect(raw.problems.map(formatProblem)).toEqual([
      'tables/a.csv:1: header is "code,status,message"; want "code,http_status,message,description_zh,description_en,name,category,retryable" (missing "http_status", "description_zh", "description_en", "name", "category", "retryable"; unexpected "status"); the file\'s rows are not read',
    ]);
    expect(raw.errorTables[0]).toMatchObject({ readable: false, records: [] });
  });

  it('reads the fixture tables with every table the manifest names and no problem', async () => {
    const raw = await readTables(FIXTURE_TABLES);
    expect(raw.problems).toEqual([]);
    expect(raw.sources.file).toBe('tables/sources.csv');
    const named = [...new Set(raw.sources.records.map((record) => record.cells['table']))];
    expect(raw.errorTables.map((table) => table.name)).toEqual(named);
    for (const table of raw.errorTables) expect(table.records.length).toBeGreaterThan(0);
    expect(raw.documents.size).toBeGreaterThan(0);
  });
});
