// Checks the error tables: cell values, exact duplicates, code types, vendor rules, and names per code set.

import { CATEGORIES } from '../model/model.js';
import { manifestRows, type ManifestRow } from '../read-tables/manifest-rows.js';
import { ERROR_TABLE_HEADER } from '../read-tables/table-headers.js';
import type { Problem, RawTables, TableFile, TableRecord } from '../read-tables/table-file.js';
import { excerpt, headerMatches } from './check-file-text.js';
import { PASCAL_CASE } from './check-manifest.js';

/** An HTTP status as the tables write it: three digits, 100 to 599, no reason phrase. */
const HTTP_STATUS = /^[1-5][0-9]{2}$/;
/** An integer code in canonical digits, as the runtime's codeKey accepts it: a safe integer, no sign. */
export const INTEGER_CODE = /^(0|[1-9][0-9]{0,14})$/;

const cell = (record: TableRecord, column: string): string => record.cells[column] ?? '';

/** Where another row is, as short as the reader needs: `line 5` in the same file, else `tables/x.csv:5`. */
const locate = (file: string, line: number, here: string): string =>
  file === here ? `line ${line}` : `${file}:${line}`;

/** Checks one row's own cells against the schema. */
function checkCells(record: TableRecord): string[] {
  const messages: string[] = [];
  for (const column of ['code', 'name', 'category', 'retryable'] as const) {
    if (cell(record, column) === '') messages.push(`${column} is empty; it is required`);
  }
  const httpStatus = cell(record, 'http_status');
  if (httpStatus !== '' && !HTTP_STATUS.test(httpStatus)) {
    messages.push(`http_status ${excerpt(httpStatus)} is not an integer from 100 to 599`);
  }
  const category = cell(record, 'category');
  if (category !== '' && !(CATEGORIES as readonly string[]).includes(category)) {
    messages.push(`category ${excerpt(category)} is not one of ${CATEGORIES.join(', ')}`);
  }
  const retryable = cell(record, 'retryable');
  if (retryable !== '' && retryable !== 'true' && retryable !== 'false') {
    messages.push(`retryable ${excerpt(retryable)} is not true or false`);
  }
  const name = cell(record, 'name');
  if (name !== '' && !PASCAL_CASE.test(name)) {
    messages.push(`name ${excerpt(name)} is not PascalCase (^[A-Z][A-Za-z0-9]*$)`);
  }
  return messages;
}

/** A row whose every cell equals an earlier row's: the document's row was transcribed twice. */
function checkExactDuplicates(table: TableFile): Problem[] {
  const problems: Problem[] = [];
  const firstLine = new Map<string, number>();
  for (const record of table.records) {
    const key = JSON.stringify(ERROR_TABLE_HEADER.map((column) => cell(record, column)));
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
const VENDOR_ROW_RULES: Readonly<Record<string, (record: TableRecord) => string | undefined>> = {
  // Upyun's 8-digit codes begin with the HTTP status they travel with (40400001 is a 404).
  upyun: (record) => {
    const code = cell(record, 'code');
    const httpStatus = cell(record, 'http_status');
    if (!/^[0-9]{3}/.test(code)) return undefined;
    const prefix = code.slice(0, 3);
    if (httpStatus === prefix) return undefined;
    return httpStatus === ''
      ? `http_status is empty but code ${code} starts with ${prefix}; Upyun codes begin with their HTTP status`
      : `code ${code} starts with ${prefix} but http_status is ${excerpt(httpStatus)}; Upyun codes begin with their HTTP status`;
  },
};

/** Checks a table by what its manifest rows make of it: the code type of its sets, its vendors' rules. */
function checkByManifest(
  table: TableFile,
  rows: readonly ManifestRow[],
  codeTypeOfSet: ReadonlyMap<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const integerSet = rows.find((row) => codeTypeOfSet.get(row.codeSet) === 'integer');
  const vendorRules = [...new Set(rows.map((row) => row.vendor))].flatMap((vendor) =>
    Object.prototype.hasOwnProperty.call(VENDOR_ROW_RULES, vendor)
      ? [VENDOR_ROW_RULES[vendor]!]
      : [],
  );
  for (const record of table.records) {
    const code = cell(record, 'code');
    if (integerSet !== undefined && code !== '' && !INTEGER_CODE.test(code)) {
      problems.push({
        file: table.file,
        line: record.line,
        message: `code ${excerpt(code)} is not an integer in canonical digits (no sign, no leading zero, at most 15 digits); code_set ${integerSet.codeSet} has code_type integer`,
      });
    }
    for (const rule of vendorRules) {
      const message = rule(record);
      if (message !== undefined) problems.push({ file: table.file, line: record.line, message });
    }
  }
  return problems;
}

/** Names within one code set: every variant of a code shares one name, and no two codes share one. */
function checkCodeSetNames(tables: readonly TableFile[]): Problem[] {
  const problems: Problem[] = [];
  const nameOfCode = new Map<string, { name: string; file: string; line: number }>();
  const codeOfName = new Map<string, { code: string; file: string; line: number }>();
  for (const table of tables) {
    for (const record of table.records) {
      const code = cell(record, 'code');
      const name = cell(record, 'name');
      if (code === '' || name === '') continue;
      const named = nameOfCode.get(code);
      if (named !== undefined && named.name !== name) {
        problems.push({
          file: table.file,
          line: record.line,
          message: `code ${excerpt(code)} is named ${excerpt(name)} here but ${excerpt(named.name)} at ${locate(named.file, named.line, table.file)}; every variant of a code has the same name`,
        });
        continue;
      }
      if (named === undefined) nameOfCode.set(code, { name, file: table.file, line: record.line });
      const owner = codeOfName.get(name);
      if (owner !== undefined && owner.code !== code) {
        problems.push({
          file: table.file,
          line: record.line,
          message: `name ${excerpt(name)} is also the name of code ${excerpt(owner.code)} at ${locate(owner.file, owner.line, table.file)}; two codes of one code set never share a name`,
        });
      } else if (owner === undefined) {
        codeOfName.set(name, { code, file: table.file, line: record.line });
      }
    }
  }
  return problems;
}

export function checkErrorTables(raw: RawTables): Problem[] {
  const rows = manifestRows(raw);
  const tablesByName = new Map(raw.errorTables.map((table) => [table.name, table]));
  // A code set's type is what its first manifest row says; a disagreeing row is the manifest's problem.
  const codeTypeOfSet = new Map<string, string>();
  for (const row of rows)
    if (!codeTypeOfSet.has(row.codeSet)) codeTypeOfSet.set(row.codeSet, row.codeType);
  const readable = raw.errorTables.filter((table) => headerMatches(table, ERROR_TABLE_HEADER));
  const problems: Problem[] = readable.flatMap((table) => [
    ...table.records.flatMap((record) =>
      checkCells(record).map((message) => ({ file: table.file, line: record.line, message })),
    ),
    ...checkExactDuplicates(table),
    ...checkByManifest(
      table,
      rows.filter((row) => row.table === table.name),
      codeTypeOfSet,
    ),
  ]);
  // Code sets in manifest order, each with its tables in manifest order.
  const tablesOfSet = new Map<string, string[]>();
  for (const row of rows) {
    if (row.codeSet === '') continue;
    const names = tablesOfSet.get(row.codeSet) ?? [];
    if (!names.includes(row.table)) names.push(row.table);
    tablesOfSet.set(row.codeSet, names);
  }
  for (const names of tablesOfSet.values()) {
    const tables = names.flatMap((name) => {
      const table = tablesByName.get(name);
      return table !== undefined && headerMatches(table, ERROR_TABLE_HEADER) ? [table] : [];
    });
    problems.push(...checkCodeSetNames(tables));
  }
  return problems;
}
