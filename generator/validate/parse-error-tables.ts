// Parses the error tables into ErrorRows: cell values, exact duplicates, code types, vendor rules, and names per code set.

import { isCodeList } from '../documents/source-kinds.js';
import {
  excerpt,
  type Problem,
  type TableFile,
  type TableRecord,
} from '../read-tables/table-file.js';
import {
  CATEGORIES,
  ERROR_TABLE_COLUMNS,
  HTTP_STATUS_PATTERN,
  INTEGER_CODE_PATTERN,
  isOneOf,
  PASCAL_CASE,
  type ErrorColumn,
  type ErrorRow,
  type ManifestEntry,
} from '../schema/schema.js';

type ErrorRecord = TableRecord<ErrorColumn>;
type CellProblem = { readonly column: ErrorColumn; readonly message: string };

/** Where another row is, as short as the reader needs: `line 5` in the same file, else `tables/x.csv:5`. */
const locate = (file: string, line: number, here: string): string =>
  file === here ? `line ${line}` : `${file}:${line}`;

/** The kind of whitespace inside a code, in the words a person would use. */
const whitespaceName = (space: string): string =>
  space === ' '
    ? 'a space'
    : space === '\t'
      ? 'a tab'
      : space === '\n' || space === '\r'
        ? 'a line break'
        : `whitespace (U+${space.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

/** One row's own cells against the schema: the typed row, or every cell that is wrong. */
export function parseErrorRow(record: ErrorRecord): { row?: ErrorRow; problems: CellProblem[] } {
  const cells = record.cells;
  const problems: CellProblem[] = [];
  const required = (column: ErrorColumn): boolean => {
    if (cells[column] !== '') return true;
    problems.push({ column, message: `${column} is empty; it is required` });
    return false;
  };
  if (required('code')) {
    // Leading and trailing whitespace is the whitespace check's; inside, the code is two words.
    const inside = /\s/u.exec(cells.code.trim());
    if (inside !== null) {
      problems.push({
        column: 'code',
        message: `code ${excerpt(cells.code)} contains ${whitespaceName(inside[0])}; a code is one word, as the vendor's responses carry it`,
      });
    }
  }
  const httpStatus = cells.http_status;
  if (httpStatus !== '' && !HTTP_STATUS_PATTERN.test(httpStatus)) {
    problems.push({
      column: 'http_status',
      message: `http_status ${excerpt(httpStatus)} is not an integer from 100 to 599`,
    });
  }
  const name = cells.name;
  if (required('name') && !PASCAL_CASE.test(name)) {
    problems.push({
      column: 'name',
      message: `name ${excerpt(name)} is not PascalCase (^[A-Z][A-Za-z0-9]*$)`,
    });
  }
  const category = cells.category;
  if (required('category') && !isOneOf(CATEGORIES, category)) {
    problems.push({
      column: 'category',
      message: `category ${excerpt(category)} is not one of ${CATEGORIES.join(', ')}`,
    });
  }
  const retryable = cells.retryable;
  if (required('retryable') && retryable !== 'true' && retryable !== 'false') {
    problems.push({
      column: 'retryable',
      message: `retryable ${excerpt(retryable)} is not true or false`,
    });
  }
  if (problems.length > 0 || !isOneOf(CATEGORIES, category)) return { problems };
  const zh = cells.description_zh;
  const en = cells.description_en;
  return {
    row: {
      line: record.line,
      code: cells.code,
      ...(httpStatus !== '' ? { httpStatus: Number(httpStatus) } : {}),
      ...(cells.message !== '' ? { message: cells.message } : {}),
      description: { ...(zh !== '' ? { zh } : {}), ...(en !== '' ? { en } : {}) },
      name,
      category,
      retryable: retryable === 'true',
    },
    problems,
  };
}

/** A row whose every cell equals an earlier row's: the document's row was transcribed twice. */
function checkExactDuplicates(table: TableFile<ErrorColumn>): Problem[] {
  const problems: Problem[] = [];
  const firstLine = new Map<string, number>();
  for (const record of table.records) {
    const key = JSON.stringify(ERROR_TABLE_COLUMNS.map((column) => record.cells[column]));
    const earlier = firstLine.get(key);
    if (earlier === undefined) firstLine.set(key, record.line);
    else {
      problems.push({
        file: table.file,
        line: record.line,
        message: `repeats line ${earlier} exactly (lines ${earlier} and ${record.line}); a document row is transcribed once`,
      });
    }
  }
  return problems;
}

/** Rules that hold for one vendor's documents only. */
const VENDOR_ROW_RULES: ReadonlyMap<string, (record: ErrorRecord) => CellProblem | undefined> =
  new Map([
    [
      // Upyun's 8-digit codes begin with the HTTP status they travel with (40400001 is a 404).
      'upyun',
      (record: ErrorRecord): CellProblem | undefined => {
        const { code, http_status: httpStatus } = record.cells;
        if (!/^[0-9]{3}/.test(code)) return undefined;
        const prefix = code.slice(0, 3);
        if (httpStatus === prefix) return undefined;
        return {
          column: 'http_status',
          message:
            httpStatus === ''
              ? `http_status is empty but code ${code} starts with ${prefix}; Upyun codes begin with their HTTP status`
              : `code ${code} starts with ${prefix} but http_status is ${excerpt(httpStatus)}; Upyun codes begin with their HTTP status`,
        };
      },
    ],
  ]);

/** Checks a table by what its manifest entries make of it: the code type of its sets, its vendors' rules. */
function checkByManifest(
  table: TableFile<ErrorColumn>,
  entries: readonly ManifestEntry[],
): Problem[] {
  const problems: Problem[] = [];
  const integerSet = entries.find((entry) => entry.codeType === 'integer');
  const vendorRules = [...new Set(entries.map((entry) => entry.vendor))].flatMap(
    (vendor) => VENDOR_ROW_RULES.get(vendor) ?? [],
  );
  for (const record of table.records) {
    const code = record.cells.code;
    if (integerSet !== undefined && code !== '' && !INTEGER_CODE_PATTERN.test(code)) {
      problems.push({
        file: table.file,
        line: record.line,
        column: 'code',
        message: `code ${excerpt(code)} is not an integer in canonical digits (no sign, no leading zero, at most 15 digits); code_set ${integerSet.codeSet} has code_type integer`,
      });
    }
    for (const rule of vendorRules) {
      const problem = rule(record);
      if (problem !== undefined) problems.push({ file: table.file, line: record.line, ...problem });
    }
  }
  return problems;
}

/** Names within one code set: every variant of a code shares one name, and no two codes share one. */
function checkCodeSetNames(tables: readonly TableFile<ErrorColumn>[]): Problem[] {
  const problems: Problem[] = [];
  const nameOfCode = new Map<string, { name: string; file: string; line: number }>();
  const codeOfName = new Map<string, { code: string; file: string; line: number }>();
  for (const table of tables) {
    for (const { line, cells } of table.records) {
      const { code, name } = cells;
      if (code === '' || name === '') continue;
      const named = nameOfCode.get(code);
      if (named !== undefined && named.name !== name) {
        problems.push({
          file: table.file,
          line,
          column: 'name',
          message: `code ${excerpt(code)} is named ${excerpt(name)} here but ${excerpt(named.name)} at ${locate(named.file, named.line, table.file)}; every variant of a code has the same name`,
        });
        continue;
      }
      if (named === undefined) nameOfCode.set(code, { name, file: table.file, line });
      const owner = codeOfName.get(name);
      if (owner !== undefined && owner.code !== code) {
        problems.push({
          file: table.file,
          line,
          column: 'name',
          message: `name ${excerpt(name)} is also the name of code ${excerpt(owner.code)} at ${locate(owner.file, owner.line, table.file)}; two codes of one code set never share a name`,
        });
      } else if (owner === undefined) {
        codeOfName.set(name, { code, file: table.file, line });
      }
    }
  }
  return problems;
}

/**
 * A code on a page and on a list is one code: the list's row carries the page row's category and
 * retryable (its name is checked with the other names), so the table a reviewer reads says what
 * consumers get. Pages come first in a code set; each list row is compared with the first row of
 * its code in the set's earlier tables.
 */
function checkListRowsAgree(
  tables: readonly TableFile<ErrorColumn>[],
  listTables: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, { cells: Readonly<Record<ErrorColumn, string>>; file: string; line: number }>();
  for (const table of tables) {
    for (const { line, cells } of table.records) {
      const earlier = first.get(cells.code);
      if (earlier === undefined) {
        first.set(cells.code, { cells, file: table.file, line });
        continue;
      }
      if (!listTables.has(table.name)) continue;
      for (const column of ['category', 'retryable'] as const) {
        if (cells[column] === '' || cells[column] === earlier.cells[column]) continue;
        problems.push({
          file: table.file,
          line,
          column,
          message: `${column} is ${excerpt(cells[column])} but ${locate(earlier.file, earlier.line, table.file)} gives ${excerpt(earlier.cells[column])} for code ${excerpt(cells.code)}; a code a page and a list document is one code, and the page's cells are what consumers get`,
        });
      }
    }
  }
  return problems;
}

export interface ParsedErrorTables {
  /** Rows of each readable table, by file name; a table's rows are complete only when it has no problem. */
  readonly tables: ReadonlyMap<string, readonly ErrorRow[]>;
  readonly problems: readonly Problem[];
  /** Tables with a code cell found wrong: their codes are not yet what the aliases can be judged by. */
  readonly uncertainCodes: ReadonlySet<string>;
}

/** Parses every readable error table; unreadable ones are the reader's problem, reported once already. */
export function parseErrorTables(
  errorTables: readonly TableFile<ErrorColumn>[],
  manifest: readonly ManifestEntry[],
): ParsedErrorTables {
  const readable = errorTables.filter((table) => table.readable);
  const tables = new Map<string, ErrorRow[]>();
  const problems: Problem[] = [];
  for (const table of readable) {
    const rows: ErrorRow[] = [];
    for (const record of table.records) {
      const parsed = parseErrorRow(record);
      if (parsed.row !== undefined) rows.push(parsed.row);
      for (const problem of parsed.problems)
        problems.push({ file: table.file, line: record.line, ...problem });
    }
    tables.set(table.name, rows);
    // One at a time: a table of a million rows may have as many problems, too many for one call.
    const tableProblems = [
      checkExactDuplicates(table),
      checkByManifest(
        table,
        manifest.filter((entry) => entry.table === table.name),
      ),
    ];
    for (const found of tableProblems.flat()) problems.push(found);
  }
  // Code sets in manifest order, each with its readable tables in manifest order.
  const tablesByName = new Map(readable.map((table) => [table.name, table]));
  const tablesOfSet = new Map<string, TableFile<ErrorColumn>[]>();
  for (const entry of manifest) {
    const table = tablesByName.get(entry.table);
    const setTables = tablesOfSet.get(entry.codeSet) ?? [];
    if (table !== undefined && !setTables.includes(table)) setTables.push(table);
    tablesOfSet.set(entry.codeSet, setTables);
  }
  const listTables = new Set(
    manifest.filter((entry) => isCodeList(entry.sourceFile)).map((entry) => entry.table),
  );
  for (const setTables of tablesOfSet.values()) {
    const setProblems = [checkCodeSetNames(setTables), checkListRowsAgree(setTables, listTables)];
    for (const found of setProblems.flat()) problems.push(found);
  }
  const uncertainCodes = new Set(
    readable
      .filter((table) =>
        problems.some((problem) => problem.file === table.file && problem.column === 'code'),
      )
      .map((table) => table.name),
  );
  return { tables, problems, uncertainCodes };
}
