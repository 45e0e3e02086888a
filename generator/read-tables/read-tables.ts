// Reads tables/ from disk into RawTables: the manifest, the aliases, every error table and document.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCsv } from './parse-csv.js';
import { sortProblems } from './sort-problems.js';
import type { Problem, RawTables, TableFile, TableRecord } from './table-file.js';

export const SOURCES_FILE = 'sources.csv';
export const ALIASES_FILE = 'aliases.csv';

/** A table named by sources.csv: a plain file name inside tables/, never a path out of it. */
export const TABLE_NAME_PATTERN = /^[a-z0-9][a-z0-9-]*\.csv$/;
/** A document named by source_file: a relative path inside tables/ without `.` or `..` steps. */
export const SOURCE_FILE_PATTERN =
  /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export interface ReadTablesOptions {
  /** How problems name the directory (`tables` gives `tables/upyun.csv:12: ...`). */
  readonly displayDir?: string;
}

// ignoreBOM keeps a BOM in the text, so validation can report it instead of it vanishing here.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

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

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Cells by header name, on a null prototype so a header named `__proto__` stays a plain cell. */
function cellsByHeader(
  header: readonly string[],
  cells: readonly string[],
): Readonly<Record<string, string>> {
  const byName: Record<string, string> = Object.create(null);
  header.forEach((name, index) => {
    byName[name] = cells[index] ?? '';
  });
  return byName;
}

/** One CSV file as a TableFile; rows that cannot be mapped onto the header become problems. */
function toTableFile(
  file: string,
  name: string,
  bytes: Uint8Array,
  problems: Problem[],
): TableFile {
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    problems.push({ file, line: 1, message: 'is not valid UTF-8' });
    return { file, name, header: [], records: [], text: '' };
  }
  const parsed = parseCsv(bytes);
  if (parsed.error) problems.push({ file, line: parsed.error.line, message: parsed.error.message });
  const [headerRow, ...dataRows] = parsed.rows;
  if (headerRow === undefined) {
    if (!parsed.error)
      problems.push({ file, line: 1, message: 'is empty; it needs at least its header' });
    return { file, name, header: [], records: [], text };
  }
  const header = headerRow.cells;
  const records: TableRecord[] = [];
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
      records.push({ line: row.line, cells: cellsByHeader(header, row.cells) });
    }
  }
  return { file, name, header, records, text };
}

const EMPTY_FILE = (file: string, name: string): TableFile => ({
  file,
  name,
  header: [],
  records: [],
  text: '',
});

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

  /** Reads one CSV; a missing file is reported at `mention`, the manifest line that names it. */
  const readCsv = async (
    name: string,
    mention?: { file: string; line: number },
  ): Promise<TableFile | undefined> => {
    const read = await readBytes(path.join(dir, name));
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
    return toTableFile(display(name), name, read.bytes, problems);
  };

  const [sources, aliases] = await Promise.all([readCsv(SOURCES_FILE), readCsv(ALIASES_FILE)]);
  const sourcesFile = sources ?? EMPTY_FILE(display(SOURCES_FILE), SOURCES_FILE);
  const aliasesFile = aliases ?? EMPTY_FILE(display(ALIASES_FILE), ALIASES_FILE);

  // First mention of each table and document, with the manifest line that names it.
  const tableMentions = new Map<string, { file: string; line: number }>();
  const documentMentions = new Map<string, { file: string; line: number }>();
  for (const record of sourcesFile.records) {
    const table = record.cells['table'] ?? '';
    if (
      TABLE_NAME_PATTERN.test(table) &&
      table !== SOURCES_FILE &&
      table !== ALIASES_FILE &&
      !tableMentions.has(table)
    ) {
      tableMentions.set(table, { file: sourcesFile.file, line: record.line });
    }
  }
  for (const file of [sourcesFile, aliasesFile]) {
    for (const record of file.records) {
      const sourceFile = record.cells['source_file'] ?? '';
      if (SOURCE_FILE_PATTERN.test(sourceFile) && !documentMentions.has(sourceFile)) {
        documentMentions.set(sourceFile, { file: file.file, line: record.line });
      }
    }
  }

  const errorTables = (
    await Promise.all([...tableMentions].map(([name, mention]) => readCsv(name, mention)))
  ).filter((table): table is TableFile => table !== undefined);

  const documents = new Map<string, string>();
  const documentReads = await Promise.all(
    [...documentMentions].map(async ([name, mention]) => ({
      name,
      mention,
      read: await readBytes(path.join(dir, name)),
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
    const text = decodeUtf8(read.bytes);
    if (text === undefined) {
      problems.push({
        file: mention.file,
        line: mention.line,
        message: `source_file ${display(name)} is not valid UTF-8`,
      });
      continue;
    }
    documents.set(name, text);
  }

  return {
    dir,
    sources: sourcesFile,
    aliases: aliasesFile,
    errorTables,
    documents,
    problems: sortProblems(problems),
  };
}
