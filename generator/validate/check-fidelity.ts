// Proves the transcription: every table row matches its source document's table, byte for byte.

import { messageOf } from '../command.js';
import type { DocumentRow, DocumentTable } from '../documents/parse-document.js';
import { parseCodeList } from '../documents/parse-code-list.js';
import { isCodeList, readDocumentTable } from '../documents/source-kinds.js';
import { knownVariants, pairTableWithDocument } from '../pairing/table-and-document.js';
import {
  excerpt,
  type Problem,
  type RawTables,
  type TableFile,
  type TableRecord,
} from '../read-tables/table-file.js';
import { descriptionColumn, type ErrorColumn, type ManifestEntry } from '../schema/schema.js';

type ErrorRecord = TableRecord<ErrorColumn>;

/** Only a cell that has something in it is a transcription; empty means "not given by the document". */
const given = (value: string): string | undefined => (value === '' ? undefined : value);

const shown = (value: string | undefined): string =>
  value === undefined ? 'nothing' : excerpt(value);

/** A cell's identity across problems: a cell another check reported is not compared again. */
export const cellKey = (file: string, line: number, column: string): string =>
  `${file}\u0000${line}\u0000${column}`;

/** One manifest entry: the table's transcribed cells against the document section it names. */
function checkTranscription(
  table: TableFile<ErrorColumn>,
  document: string,
  entry: ManifestEntry,
  manifestFile: string,
  displayDir: string,
  reportedCells: ReadonlySet<string>,
  otherLists: ReadonlySet<string>,
): Problem[] {
  const { sourceFile, section } = entry;
  // A code list is a set of constants: no order to keep, and a table of a zh and an en list holds
  // rows that only the other list declares (`otherLists`: its codes).
  const list = isCodeList(sourceFile);
  const problems: Problem[] = [];
  const column = descriptionColumn(entry.language);
  /** Cells reported here or by another check, so a wrong cell is one problem, not one per way of noticing it. */
  const reported = new Set<string>();
  /** Cells equal to what the reader read from the document: already proven, no need to search for them. */
  const matched = new Set<string>();
  const isReported = (record: ErrorRecord, name: string): boolean =>
    reported.has(`${record.line}:${name}`) ||
    reportedCells.has(cellKey(table.file, record.line, name));
  const at = (record: ErrorRecord, name: string, message: string): void => {
    reported.add(`${record.line}:${name}`);
    problems.push({ file: table.file, line: record.line, column: name, message });
  };

  let parsed: DocumentTable | undefined;
  try {
    parsed = readDocumentTable(
      sourceFile,
      document,
      section,
      knownVariants(table.records, entry.language),
    );
  } catch (error) {
    problems.push({
      file: manifestFile,
      line: entry.line,
      message: `${sourceFile}: ${messageOf(error)}`,
    });
  }

  if (parsed !== undefined) {
    const rows = parsed.rows;
    for (const problem of parsed.problems) {
      problems.push({
        file: `${displayDir}/${sourceFile}`,
        line: problem.line,
        message: problem.message,
      });
    }
    const where = (row: DocumentRow): string => `${sourceFile}:${row.line}`;
    const compare = (record: ErrorRecord, row: DocumentRow): void => {
      const pairs: readonly [ErrorColumn, string | undefined, string | undefined][] = [
        ['code', given(record.cells.code), row.code],
        ['http_status', given(record.cells.http_status), row.httpStatus?.toString()],
        ['message', given(record.cells.message), row.message],
        [column, given(record.cells[column]), row.description],
      ];
      for (const [name, transcribed, documented] of pairs) {
        if (transcribed === documented) matched.add(`${record.line}:${name}`);
        else if (!isReported(record, name)) {
          at(
            record,
            name,
            `${name} is ${shown(transcribed)} but ${where(row)} gives ${shown(documented)}`,
          );
        }
      }
    };

    const pairing = pairTableWithDocument(table.records, rows, { byPlace: !list });
    const recordOfRow = new Map(
      pairing.pairs.map(([recordIndex, rowIndex]) => [rowIndex, recordIndex]),
    );
    const inOrder = pairing.pairs.filter(([, rowIndex]) => !pairing.outOfOrder.has(rowIndex));
    for (const [recordIndex, rowIndex] of pairing.pairs) {
      const record = table.records[recordIndex]!;
      const row = rows[rowIndex]!;
      compare(record, row);
      if (list || !pairing.outOfOrder.has(rowIndex)) continue;
      // Placed against its nearest neighbour that is in order: the row a person would move it next to.
      const next = inOrder.find(([, other]) => other > rowIndex);
      const previous = [...inOrder].reverse().find(([, other]) => other < rowIndex);
      const neighbour = next ?? previous;
      const place =
        neighbour === undefined
          ? ''
          : ` ${next !== undefined ? 'before' : 'after'} the row of code ${excerpt(table.records[neighbour[0]]!.cells.code)} (line ${table.records[neighbour[0]]!.line})`;
      at(
        record,
        'order',
        `code ${excerpt(record.cells.code)} is out of document order: ${where(row)} gives it${place}`,
      );
    }
    for (const recordIndex of pairing.leftOnly) {
      const record = table.records[recordIndex]!;
      if (isReported(record, 'code')) continue;
      if (list && otherLists.has(record.cells.code)) {
        const description = given(record.cells[column]);
        if (description !== undefined && !isReported(record, column))
          at(record, column, `${column} is ${shown(description)} but ${sourceFile} declares no code ${excerpt(record.cells.code)}`);
        continue;
      }
      if (list) {
        at(record, 'code', `code ${excerpt(record.cells.code)} is not a constant of ${sourceFile}${otherLists.size > 0 ? ' nor of the table\'s other list' : ''}`);
        continue;
      }
      at(
        record,
        'code',
        `code ${excerpt(record.cells.code)} is not a row of section ${excerpt(section)} of ${sourceFile} here`,
      );
    }
    for (const rowIndex of pairing.rightOnly) {
      // Reported where the row belongs: at the record that should follow it, or line 1 past the end.
      const following = [...recordOfRow]
        .filter(([other]) => other > rowIndex)
        .sort(([a], [b]) => a - b)[0];
      const record = following === undefined ? undefined : table.records[following[1]];
      if (list) {
        // A list's rows have no place to keep: the header line stands for the table.
        problems.push({
          file: table.file,
          line: 1,
          message: `lacks a row of code ${excerpt(rows[rowIndex]!.code)}, a constant at ${where(rows[rowIndex]!)}`,
        });
        continue;
      }
      problems.push({
        file: table.file,
        line: record?.line ?? 1,
        message: `lacks the row of code ${excerpt(rows[rowIndex]!.code)} at ${where(rows[rowIndex]!)}${record === undefined ? ' (after its last row)' : ' (before this row)'}`,
      });
    }
  }

  // Each transcribed cell occurs in the document exactly as written: the proof that holds even
  // where the reader could not read the section. Searching the whole document is costly (rows times
  // document size), so only cells that the parsed rows did not already match are searched.
  // A list's reader either reads every constant or fails: its rows are the whole proof.
  for (const record of list ? [] : table.records) {
    for (const name of ['code', 'message', column] as const) {
      const value = given(record.cells[name]);
      const key = `${record.line}:${name}`;
      if (
        value !== undefined &&
        !isReported(record, name) &&
        !matched.has(key) &&
        !document.includes(value)
      ) {
        at(record, name, `${name} ${excerpt(value)} does not occur in ${sourceFile}`);
      }
    }
  }
  return problems;
}

/**
 * Checks every readable table against the document its manifest entries say it transcribes, and
 * every alias against its document. Row counts need no check of their own: a count that differs
 * shows as the rows that are missing or extra, each at its place. A table that could not be read
 * is not compared: its one problem is the reader's. `reportedCells` (cellKey) are cells another
 * check found wrong already.
 */
export function checkFidelity(
  raw: RawTables,
  manifest: readonly ManifestEntry[],
  reportedCells: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const tablesByName = new Map(raw.errorTables.map((table) => [table.name, table]));
  /** The codes each readable code list declares, by source file: rows of a table's other list. */
  const listCodes = new Map<string, ReadonlySet<string>>();
  const codesOf = (sourceFile: string): ReadonlySet<string> => {
    let codes = listCodes.get(sourceFile);
    if (codes === undefined) {
      const document = raw.documents.get(sourceFile);
      try {
        codes = new Set(document === undefined ? [] : parseCodeList(document).entries.map((row) => row.code));
      } catch {
        codes = new Set(); // reported by the list's own check
      }
      listCodes.set(sourceFile, codes);
    }
    return codes;
  };
  for (const entry of manifest) {
    const table = tablesByName.get(entry.table);
    const document = raw.documents.get(entry.sourceFile);
    if (table === undefined || !table.readable || document === undefined) continue;
    const otherLists = new Set(
      isCodeList(entry.sourceFile)
        ? manifest
            .filter(
              (other) =>
                other.table === entry.table &&
                other.vendor === entry.vendor &&
                other.sourceFile !== entry.sourceFile &&
                isCodeList(other.sourceFile),
            )
            .flatMap((other) => [...codesOf(other.sourceFile)])
        : [],
    );
    problems.push(
      ...checkTranscription(
        table,
        document,
        entry,
        raw.sources.file,
        raw.displayDir,
        reportedCells,
        otherLists,
      ),
    );
  }
  for (const { line, cells } of raw.aliases.records) {
    const document = raw.documents.get(cells.source_file);
    if (document === undefined) continue;
    for (const name of ['alias', 'code'] as const) {
      const value = given(cells[name]);
      if (value !== undefined && !document.includes(value)) {
        problems.push({
          file: raw.aliases.file,
          line,
          message: `${name} ${excerpt(value)} does not occur in ${cells.source_file}`,
        });
      }
    }
  }
  return problems;
}
