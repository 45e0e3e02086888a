// Checks sources.csv: vendor ids, code sets that agree with themselves, languages, dates, file names.

import { CODE_TYPES, ENVELOPES, VENDOR_IDS } from '../model/model.js';
import { manifestRows, type ManifestRow } from '../read-tables/manifest-rows.js';
import {
  ALIASES_FILE,
  SOURCE_FILE_PATTERN,
  SOURCES_FILE,
  TABLE_NAME_PATTERN,
} from '../read-tables/read-tables.js';
import { SOURCES_HEADER } from '../read-tables/table-headers.js';
import type { Problem, RawTables } from '../read-tables/table-file.js';
import { checkRequiredCells, excerpt } from './check-file-text.js';

export const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const oneOf = (values: readonly string[]): string => values.join(', ');
const includes = (values: readonly string[], value: string): boolean => values.includes(value);

/** A real calendar date: `2025-02-30` matches the pattern but is no day. */
function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** An absolute https address with a host, as a reader's browser opens it: no spaces, no other scheme. */
function isDocumentUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.href === value;
  } catch {
    return false;
  }
}

/** Checks of one manifest row on its own. */
function checkRow(row: ManifestRow): string[] {
  const messages: string[] = [];
  if (row.vendor !== '' && !includes(VENDOR_IDS, row.vendor)) {
    messages.push(`vendor ${excerpt(row.vendor)} is not one of ${oneOf(VENDOR_IDS)}`);
  }
  if (row.codeSet !== '' && !PASCAL_CASE.test(row.codeSet)) {
    messages.push(
      `code_set ${excerpt(row.codeSet)} is not PascalCase (^[A-Z][A-Za-z0-9]*$); it prefixes generated names`,
    );
  }
  if (row.codeType !== '' && !includes(CODE_TYPES, row.codeType)) {
    messages.push(`code_type ${excerpt(row.codeType)} is not one of ${oneOf(CODE_TYPES)}`);
  }
  if (row.envelope !== '' && !includes(ENVELOPES, row.envelope)) {
    messages.push(`envelope ${excerpt(row.envelope)} is not one of ${oneOf(ENVELOPES)}`);
  }
  if (row.language !== '' && row.language !== 'zh' && row.language !== 'en') {
    messages.push(`language ${excerpt(row.language)} is not zh or en`);
  }
  if (row.date !== '' && !isCalendarDate(row.date)) {
    messages.push(`date ${excerpt(row.date)} is not a date written YYYY-MM-DD`);
  }
  if (
    row.table !== '' &&
    (!TABLE_NAME_PATTERN.test(row.table) ||
      row.table === SOURCES_FILE ||
      row.table === ALIASES_FILE)
  ) {
    messages.push(
      `table ${excerpt(row.table)} is not an error table's file name inside tables/ (like upyun.csv)`,
    );
  }
  if (row.documentUrl !== '' && !isDocumentUrl(row.documentUrl)) {
    messages.push(
      `document_url ${excerpt(row.documentUrl)} is not an https:// address (like https://cloud.tencent.com/document/product/267)`,
    );
  }
  if (row.sourceFile !== '' && !SOURCE_FILE_PATTERN.test(row.sourceFile)) {
    messages.push(
      `source_file ${excerpt(row.sourceFile)} is not a relative path inside tables/ (like sources/upyun.txt)`,
    );
  }
  return messages;
}

/** Every row of a code set must agree on what the set is: one vendor, one code type, one envelope. */
function checkCodeSetAgreement(rows: readonly ManifestRow[]): Problem[] {
  const problems: Problem[] = [];
  const firstOfSet = new Map<string, ManifestRow>();
  for (const row of rows) {
    if (row.codeSet === '') continue;
    const first = firstOfSet.get(row.codeSet);
    if (first === undefined) {
      firstOfSet.set(row.codeSet, row);
      continue;
    }
    const columns = [
      ['vendor', row.vendor, first.vendor],
      ['code_type', row.codeType, first.codeType],
      ['envelope', row.envelope, first.envelope],
    ] as const;
    for (const [column, here, there] of columns) {
      if (here !== there) {
        problems.push({
          file: '',
          line: row.line,
          message: `code_set ${excerpt(row.codeSet)} has ${column} ${excerpt(here)} here but ${excerpt(there)} at line ${first.line}; a code set has one ${column}`,
        });
      }
    }
  }
  return problems;
}

/** A table given twice to one vendor would list each of its rows twice. */
function checkRepeatedTables(rows: readonly ManifestRow[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.table === '' || row.vendor === '') continue;
    const key = `${row.table}\u0000${row.vendor}`;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, row.line);
    else {
      problems.push({
        file: '',
        line: row.line,
        message: `table ${excerpt(row.table)} is already given to vendor ${excerpt(row.vendor)} at line ${earlier}`,
      });
    }
  }
  return problems;
}

export function checkManifest(raw: RawTables): Problem[] {
  const file = raw.sources.file;
  const rows = manifestRows(raw);
  const problems: Problem[] = [
    ...checkRequiredCells(
      raw.sources,
      SOURCES_HEADER.filter((column) => column !== 'date' && column !== 'document_url'),
    ),
    ...rows.flatMap((row) => checkRow(row).map((message) => ({ file, line: row.line, message }))),
    ...[...checkCodeSetAgreement(rows), ...checkRepeatedTables(rows)].map((problem) => ({
      ...problem,
      file,
    })),
  ];
  // Only a manifest that was read can say a vendor is missing; an unreadable one is reported already.
  if (raw.sources.header.length > 0) {
    for (const vendor of VENDOR_IDS) {
      if (!rows.some((row) => row.vendor === vendor && row.table !== '')) {
        problems.push({
          file,
          line: 1,
          message: `vendor ${excerpt(vendor)} has no table; every vendor needs at least one`,
        });
      }
    }
  }
  return problems;
}
