// Parses sources.csv into ManifestEntry rows: vendor ids, code sets that agree with themselves, languages, dates, file names.

import { isCodeList } from '../documents/source-kinds.js';
import {
  excerpt,
  type Problem,
  type RawTables,
  type TableRecord,
} from '../read-tables/table-file.js';
import {
  CODE_TYPES,
  DATE_PATTERN,
  ENVELOPES,
  isErrorTableName,
  isOneOf,
  LANGUAGES,
  MANIFEST_COLUMNS,
  COMMIT_PATTERN,
  LIST_PROVENANCE_COLUMNS,
  OPTIONAL_MANIFEST_COLUMNS,
  PASCAL_CASE,
  REPOSITORY_PATTERN,
  SOURCE_FILE_PATTERN,
  VENDOR_ID_PATTERN,
  type ManifestColumn,
  type ManifestEntry,
} from '../schema/schema.js';

const oneOf = (values: readonly string[]): string => values.join(', ');

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

type Parsed<T> =
  { readonly value: T; readonly messages: readonly [] } | { readonly messages: readonly string[] };

/** One manifest row on its own: the entry, or every reason it is not one. */
function parseManifestRow(record: TableRecord<ManifestColumn>): Parsed<ManifestEntry> {
  const cells = record.cells;
  const list = isCodeList(cells.source_file);
  const messages: string[] = MANIFEST_COLUMNS.filter(
    (column) =>
      cells[column] === '' &&
      (!isOneOf(OPTIONAL_MANIFEST_COLUMNS, column) ||
        (list && isOneOf(LIST_PROVENANCE_COLUMNS, column))),
  ).map((column) =>
    isOneOf(LIST_PROVENANCE_COLUMNS, column)
      ? `${column} is empty; a code list names the repository, commit and path it is copied from`
      : `${column} is empty; it is required`,
  );
  if (cells.repository !== '' && !REPOSITORY_PATTERN.test(cells.repository)) {
    messages.push(`repository ${excerpt(cells.repository)} is not OWNER/NAME`);
  }
  if (cells.commit !== '' && !COMMIT_PATTERN.test(cells.commit)) {
    messages.push(`commit ${excerpt(cells.commit)} is not a commit hash (7 to 40 lower-case hex digits)`);
  }
  if (
    cells.repository_path !== '' &&
    cells.source_file !== '' &&
    !cells.source_file.endsWith(`/${cells.repository_path}`)
  ) {
    messages.push(
      `repository_path ${excerpt(cells.repository_path)} is not where source_file ${excerpt(cells.source_file)} is copied from; the copy keeps the repository's layout`,
    );
  }
  if (cells.vendor !== '' && !VENDOR_ID_PATTERN.test(cells.vendor)) {
    messages.push(
      `vendor ${excerpt(cells.vendor)} is not a vendor id (lower-case words joined by hyphens, like kingsoft-live)`,
    );
  }
  if (cells.code_set !== '' && !PASCAL_CASE.test(cells.code_set)) {
    messages.push(
      `code_set ${excerpt(cells.code_set)} is not PascalCase (^[A-Z][A-Za-z0-9]*$); it prefixes generated names`,
    );
  }
  const codeType = cells.code_type;
  if (codeType !== '' && !isOneOf(CODE_TYPES, codeType)) {
    messages.push(`code_type ${excerpt(codeType)} is not one of ${oneOf(CODE_TYPES)}`);
  }
  const envelope = cells.envelope;
  if (envelope !== '' && !isOneOf(ENVELOPES, envelope)) {
    messages.push(`envelope ${excerpt(envelope)} is not one of ${oneOf(ENVELOPES)}`);
  }
  const language = cells.language;
  if (language !== '' && !isOneOf(LANGUAGES, language)) {
    messages.push(`language ${excerpt(language)} is not zh or en`);
  }
  if (cells.date !== '' && !isCalendarDate(cells.date)) {
    messages.push(`date ${excerpt(cells.date)} is not a date written YYYY-MM-DD`);
  }
  if (cells.table !== '' && !isErrorTableName(cells.table)) {
    messages.push(
      `table ${excerpt(cells.table)} is not an error table's file name inside tables/ (like upyun.csv)`,
    );
  }
  if (cells.document_url !== '' && !isDocumentUrl(cells.document_url)) {
    messages.push(
      `document_url ${excerpt(cells.document_url)} is not an https:// address (like https://cloud.tencent.com/document/product/267)`,
    );
  }
  if (cells.source_file !== '' && !SOURCE_FILE_PATTERN.test(cells.source_file)) {
    messages.push(
      `source_file ${excerpt(cells.source_file)} is not a relative path inside tables/ (like sources/upyun.txt)`,
    );
  }
  if (
    messages.length > 0 ||
    !isOneOf(CODE_TYPES, codeType) ||
    !isOneOf(ENVELOPES, envelope) ||
    !isOneOf(LANGUAGES, language)
  ) {
    return { messages };
  }
  return {
    value: {
      line: record.line,
      table: cells.table,
      vendor: cells.vendor,
      codeSet: cells.code_set,
      codeType,
      envelope,
      product: cells.product,
      api: cells.api,
      document: cells.document,
      section: cells.section,
      language,
      ...(cells.date !== '' ? { date: cells.date } : {}),
      sourceFile: cells.source_file,
      // A code list's address is its file at its commit, unless the row gives another.
      ...(cells.document_url !== ''
        ? { documentUrl: cells.document_url }
        : cells.repository !== '' && cells.commit !== '' && cells.repository_path !== ''
          ? {
              documentUrl: `https://github.com/${cells.repository}/blob/${cells.commit}/${cells.repository_path}`,
            }
          : {}),
      ...(cells.repository !== '' && cells.commit !== '' && cells.repository_path !== ''
        ? {
            origin: {
              repository: cells.repository,
              commit: cells.commit,
              path: cells.repository_path,
            },
          }
        : {}),
    },
    messages: [],
  };
}

/** Every row of a code set must agree on what the set is: one vendor, one code type, one envelope. */
function checkCodeSetAgreement(
  records: readonly TableRecord<ManifestColumn>[],
): Omit<Problem, 'file'>[] {
  const problems: Omit<Problem, 'file'>[] = [];
  const firstOfSet = new Map<string, TableRecord<ManifestColumn>>();
  for (const record of records) {
    const codeSet = record.cells.code_set;
    if (codeSet === '') continue;
    const first = firstOfSet.get(codeSet);
    if (first === undefined) {
      firstOfSet.set(codeSet, record);
      continue;
    }
    for (const column of ['vendor', 'code_type', 'envelope'] as const) {
      const here = record.cells[column];
      const there = first.cells[column];
      if (here !== there) {
        problems.push({
          line: record.line,
          message: `code_set ${excerpt(codeSet)} has ${column} ${excerpt(here)} here but ${excerpt(there)} at line ${first.line}; a code set has one ${column}`,
        });
      }
    }
  }
  return problems;
}

/**
 * A table given twice to one vendor would list each of its rows twice; code lists are the
 * exception, a zh and an en list of one product being sources of one table, each row once.
 */
function checkRepeatedTables(
  records: readonly TableRecord<ManifestColumn>[],
): Omit<Problem, 'file'>[] {
  const problems: Omit<Problem, 'file'>[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of records) {
    if (cells.table === '' || cells.vendor === '' || isCodeList(cells.source_file)) continue;
    const key = `${cells.table}\u0000${cells.vendor}`;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, line);
    else {
      problems.push({
        line,
        message: `table ${excerpt(cells.table)} is already given to vendor ${excerpt(cells.vendor)} at line ${earlier}`,
      });
    }
  }
  return problems;
}

/**
 * A vendor's own codes (a table no other vendor is given) are documented at its own page; another
 * vendor citing that address would send its readers to a product that is not theirs (a Tencent
 * product's common codes copied with CSS Live's row). Rows of one vendor may share an address.
 */
function checkBorrowedAddresses(entries: readonly ManifestEntry[]): Omit<Problem, 'file'>[] {
  const vendorsOfTable = new Map<string, Set<string>>();
  for (const { table, vendor } of entries)
    vendorsOfTable.set(table, (vendorsOfTable.get(table) ?? new Set()).add(vendor));
  const ownPage = new Map<string, ManifestEntry>();
  for (const entry of entries) {
    const url = entry.documentUrl;
    if (url !== undefined && vendorsOfTable.get(entry.table)?.size === 1 && !ownPage.has(url))
      ownPage.set(url, entry);
  }
  const problems: Omit<Problem, 'file'>[] = [];
  for (const { line, vendor, table, documentUrl } of entries) {
    const owner = ownPage.get(documentUrl ?? '');
    if (owner === undefined || owner.vendor === vendor) continue;
    problems.push({
      line,
      message: `document_url ${excerpt(documentUrl ?? '')} is the page of ${owner.vendor}'s own codes (line ${owner.line}), not of ${vendor}'s: cite where ${table} is documented for ${vendor} (Tencent's API 3.0 common codes: Cloud API's documentation, products.md's api), or leave it empty`,
    });
  }
  return problems;
}

export interface ParsedManifest {
  /** The rows that are entries, in file order; complete only when there is no problem. */
  readonly entries: readonly ManifestEntry[];
  readonly problems: readonly Problem[];
}

/** The manifest's entries and its problems; an unreadable manifest is reported by the reader already. */
export function parseManifest(raw: RawTables): ParsedManifest {
  const sources = raw.sources;
  const file = sources.file;
  if (!sources.readable) return { entries: [], problems: [] };
  const entries: ManifestEntry[] = [];
  const problems: Problem[] = [];
  const disagreeing = checkCodeSetAgreement(sources.records);
  const repeated = checkRepeatedTables(sources.records);
  // A row that disagrees with its code set's first row, or repeats a table, is no entry: the code
  // set is what its first row says, and the rows of its tables are judged by that alone.
  const rejected = new Set([...disagreeing, ...repeated].map((problem) => problem.line));
  for (const record of sources.records) {
    const parsed = parseManifestRow(record);
    if ('value' in parsed && !rejected.has(record.line)) entries.push(parsed.value);
    problems.push(...parsed.messages.map((message) => ({ file, line: record.line, message })));
  }
  problems.push(
    ...[...disagreeing, ...repeated, ...checkBorrowedAddresses(entries)].map((problem) => ({
      ...problem,
      file,
    })),
  );
  if (sources.records.length === 0) {
    problems.push({ file, line: 1, message: 'lists no table; the package needs at least one' });
  }
  return { entries, problems };
}
