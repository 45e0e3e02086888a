// Reads tables/ from disk into RawTables: the manifest, the aliases, every error table and document.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ALIAS_COLUMNS,
  ALIASES_FILE,
  CATEGORY_RULES_FILE,
  CURATION_REASON_COLUMNS,
  CURATION_REASONS_FILE,
  earlierHeaderIndexes,
  ERROR_TABLE_COLUMNS,
  isErrorTableName,
  MANIFEST_COLUMNS,
  SOURCE_FILE_PATTERN,
  SOURCES_FILE,
} from '../schema/schema.js';
import { parseCsv } from './parse-csv.js';
import { sortProblems } from './sort-problems.js';
import {
  excerpt,
  type Problem,
  type RawTables,
  type TableFile,
  type TableRecord,
} from './table-file.js';
import { decodeUtf8, describeInvalidUtf8 } from './utf8.js';
import { DOCUMENT_SIZE_LIMIT, describeOversizedDocument } from '../validate/check-characters.js';

export interface ReadTablesOptions {
  /** How problems name the directory (`tables` gives `tables/upyun.csv:12: ...`). */
  readonly displayDir?: string;
  /**
   * Files read from memory instead of disk, by their path inside tables/ (`upyun.csv`,
   * `sources/upyun.txt`): an import validates the tables it would write before writing them.
   */
  readonly replaced?: ReadonlyMap<string, Uint8Array>;
  /**
   * tables/ of an earlier git revision (a diff's base, the last release): a file whose header is
   * one the schema had before (EARLIER_HEADERS) reads with the columns added since empty.
   */
  readonly earlierRevision?: boolean;
}

type FileRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: string };

async function readBytes(filePath: string): Promise<FileRead> {
  try {
    return { ok: true, bytes: await readFile(filePath) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason: code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`,
    };
  }
}

/** The header problem of a file, or undefined when it is exactly the schema's. */
function headerProblem(header: readonly string[], expected: readonly string[]): string | undefined {
  const got = header.join(',');
  const want = expected.join(',');
  if (got === want) return undefined;
  const missing = expected.filter((name) => !header.includes(name));
  const unexpected = header.filter((name) => !expected.includes(name));
  const details = [
    missing.length > 0 ? `missing ${missing.map((name) => excerpt(name)).join(', ')}` : '',
    unexpected.length > 0 ? `unexpected ${unexpected.map((name) => excerpt(name)).join(', ')}` : '',
    missing.length === 0 && unexpected.length === 0 ? 'columns out of order' : '',
  ].filter((detail) => detail !== '');
  return `header is ${excerpt(got)}; want ${excerpt(want)} (${details.join('; ')}); the file's rows are not read`;
}

/** Cells by column, on a null prototype so no cell is ever read from Object.prototype. */
function cellsByColumn<Column extends string>(
  columns: readonly Column[],
  cells: readonly string[],
): Record<Column, string> {
  const byName = Object.create(null) as Record<Column, string>;
  columns.forEach((name, index) => {
    byName[name] = cells[index] ?? '';
  });
  return byName;
}

const unreadable = <Column extends string>(
  file: string,
  name: string,
  header: readonly string[] = [],
  text = '',
): TableFile<Column> => ({ file, name, header, readable: false, records: [], text });

/**
 * One CSV file as a TableFile of the schema's columns. Bytes that are not UTF-8, a CSV that
 * cannot be parsed and a wrong header make the file unreadable: one problem, no records. Rows
 * that cannot be mapped onto the header are problems; the other rows are read.
 */
function toTableFile<Column extends string>(
  file: string,
  name: string,
  bytes: Uint8Array,
  columns: readonly Column[],
  problems: Problem[],
  earlierHeaders = false,
): TableFile<Column> {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    problems.push({ file, line: decoded.line, message: describeInvalidUtf8(decoded) });
    return unreadable(file, name);
  }
  const text = decoded.text;
  const parsed = parseCsv(bytes);
  if (parsed.error) {
    problems.push({ file, line: parsed.error.line, message: parsed.error.message });
    return unreadable(file, name, parsed.rows[0]?.cells ?? [], text);
  }
  const [headerRow, ...dataRows] = parsed.rows;
  if (headerRow === undefined) {
    problems.push({ file, line: 1, message: 'is empty; it needs at least its header' });
    return unreadable(file, name, [], text);
  }
  const header = headerRow.cells;
  const wrongHeader = headerProblem(header, columns);
  const earlier = earlierHeaders ? earlierHeaderIndexes(name, header, columns) : undefined;
  if (wrongHeader !== undefined && earlier === undefined) {
    problems.push({ file, line: 1, message: wrongHeader });
    return unreadable(file, name, header, text);
  }
  const records: TableRecord<Column>[] = [];
  for (const row of dataRows) {
    if (row.cells.length === 1 && row.cells[0] === '') {
      problems.push({
        file,
        line: row.line,
        message: 'empty line; the tables have no blank lines',
      });
    } else if (row.cells.length !== header.length) {
      problems.push({
        file,
        line: row.line,
        message: `has ${row.cells.length} cells but the header has ${header.length}`,
      });
    } else {
      const cells =
        earlier === undefined ? row.cells : earlier.map((index) => row.cells[index] ?? '');
      records.push({ line: row.line, cells: cellsByColumn(columns, cells) });
    }
  }
  return { file, name, header, readable: true, records, text };
}

/**
 * Reads sources.csv, aliases.csv, every table sources.csv names (first-mention order) and every
 * document a source_file names. Never throws for bad content: everything wrong becomes a Problem.
 */
export async function readTables(
  tablesDir: string,
  options: ReadTablesOptions = {},
): Promise<RawTables> {
  const dir = path.resolve(tablesDir);
  const displayDir = options.displayDir ?? 'tables';
  const display = (name: string): string => `${displayDir}/${name}`;
  const problems: Problem[] = [];
  const replaced = options.replaced ?? new Map<string, Uint8Array>();
  const readEntry = (name: string): Promise<FileRead> => {
    const bytes = replaced.get(name);
    return bytes !== undefined
      ? Promise.resolve({ ok: true, bytes })
      : readBytes(path.join(dir, name));
  };

  /** Reads one CSV; a missing file is reported at `mention`, the manifest line that names it. */
  const readCsv = async <Column extends string>(
    name: string,
    columns: readonly Column[],
    mention?: { file: string; line: number },
  ): Promise<TableFile<Column> | undefined> => {
    const read = await readEntry(name);
    if (!read.ok) {
      problems.push(
        mention === undefined
          ? { file: display(name), line: 1, message: `file ${read.reason}` }
          : {
              file: mention.file,
              line: mention.line,
              message: `table ${display(name)} ${read.reason}`,
            },
      );
      return undefined;
    }
    return toTableFile(display(name), name, read.bytes, columns, problems, options.earlierRevision);
  };

  const [sources, aliases] = await Promise.all([
    readCsv(SOURCES_FILE, MANIFEST_COLUMNS),
    readCsv(ALIASES_FILE, ALIAS_COLUMNS),
  ]);
  const sourcesFile = sources ?? unreadable(display(SOURCES_FILE), SOURCES_FILE);
  const aliasesFile = aliases ?? unreadable(display(ALIASES_FILE), ALIASES_FILE);

  // First mention of each table and document, with the manifest line that names it.
  const tableMentions = new Map<string, { file: string; line: number }>();
  const documentMentions = new Map<string, { file: string; line: number }>();
  for (const record of sourcesFile.records) {
    const table = record.cells.table;
    if (isErrorTableName(table) && !tableMentions.has(table)) {
      tableMentions.set(table, { file: sourcesFile.file, line: record.line });
    }
  }
  for (const file of [sourcesFile, aliasesFile]) {
    for (const record of file.records) {
      const sourceFile = record.cells.source_file;
      if (SOURCE_FILE_PATTERN.test(sourceFile) && !documentMentions.has(sourceFile)) {
        documentMentions.set(sourceFile, { file: file.file, line: record.line });
      }
    }
  }

  const errorTables = (
    await Promise.all(
      [...tableMentions].map(([name, mention]) => readCsv(name, ERROR_TABLE_COLUMNS, mention)),
    )
  ).filter(
    (table): table is TableFile<(typeof ERROR_TABLE_COLUMNS)[number]> => table !== undefined,
  );

  const documents = new Map<string, string>();
  const documentReads = await Promise.all(
    [...documentMentions].map(async ([name, mention]) => ({
      name,
      mention,
      read: await readEntry(name),
    })),
  );
  for (const { name, mention, read } of documentReads) {
    if (!read.ok) {
      problems.push({
        file: mention.file,
        line: mention.line,
        message: `source_file ${display(name)} ${read.reason}`,
      });
      continue;
    }
    if (read.bytes.length > DOCUMENT_SIZE_LIMIT) {
      problems.push({
        file: display(name),
        line: 1,
        message: describeOversizedDocument(read.bytes.length),
      });
      continue;
    }
    const decoded = decodeUtf8(read.bytes);
    if (!decoded.ok) {
      // Reported in the document itself, where the bad byte is.
      problems.push({
        file: display(name),
        line: decoded.line,
        message: describeInvalidUtf8(decoded),
      });
      continue;
    }
    documents.set(name, decoded.text);
  }

  // The rule table is optional: tables without one have no family rules.
  const rulesRead = await readBytes(path.join(dir, CATEGORY_RULES_FILE));
  let rules: RawTables['rules'];
  if (rulesRead.ok) {
    const decoded = decodeUtf8(rulesRead.bytes);
    if (decoded.ok) rules = { file: display(CATEGORY_RULES_FILE), text: decoded.text };
    else
      problems.push({
        file: display(CATEGORY_RULES_FILE),
        line: decoded.line,
        message: describeInvalidUtf8(decoded),
      });
  }

  // Optional too: without it, no code may differ from its twins.
  const reasonsRead = await readBytes(path.join(dir, CURATION_REASONS_FILE));
  const curationReasons = reasonsRead.ok
    ? toTableFile(
        display(CURATION_REASONS_FILE),
        CURATION_REASONS_FILE,
        reasonsRead.bytes,
        CURATION_REASON_COLUMNS,
        problems,
        options.earlierRevision,
      )
    : undefined;

  return {
    dir,
    displayDir,
    earlierRevision: options.earlierRevision === true,
    ...(curationReasons !== undefined && { curationReasons }),
    sources: sourcesFile,
    aliases: aliasesFile,
    errorTables,
    ...(rules !== undefined && { rules }),
    documents,
    problems: sortProblems(problems),
  };
}
