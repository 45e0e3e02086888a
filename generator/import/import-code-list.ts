// Imports a code list (errors.go) into the tables whose source it is: one row per constant, curated cells kept, taken from a page, or from the rule table.

import { CodeListError, parseCodeList, type CodeList } from '../documents/parse-code-list.js';
import { excerpt, type RawTables } from '../read-tables/table-file.js';
import {
  CURATED_COLUMNS,
  ERROR_TABLE_COLUMNS,
  TRANSCRIBED_COLUMNS,
  type ManifestEntry,
} from '../schema/schema.js';
import type { CategoryRule } from './category-rules.js';
import { codeSetRows } from './propose-curated.js';
import { documentTextProblems } from './check-document-text.js';
import { formatCsv, recordLines } from './table-csv.js';
import {
  transcribeCodeLists,
  type ListRowCells,
  type ListSource,
} from './transcribe-code-lists.js';

/** How many new rows one rule of the rule table filled, for the report. */
export interface RuleUse {
  readonly rule: CategoryRule;
  readonly rows: number;
}

export interface ListTableImport {
  /** File name inside tables/. */
  readonly table: string;
  readonly before: string;
  readonly after: string;
  readonly rows: number;
  /** Rows as written, with their line, for the report. */
  readonly added: readonly ListRowReport[];
  readonly removed: readonly ListRowReport[];
  readonly changed: readonly (ListRowReport & {
    readonly cells: readonly { column: string; before: string; after: string }[];
  })[];
  /** New rows whose curated cells came from a page row of the same code. */
  readonly fromPage: readonly (ListRowReport & { readonly table: string })[];
  readonly byRule: readonly RuleUse[];
  /** New rows whose name got a number (the code set has the plain one): a person should look. */
  readonly renamed: readonly (ListRowReport & { readonly name: string })[];
  /** New rows no rule covers: name, category or retryable left for a person. */
  readonly toCurate: readonly (ListRowReport & { readonly missing: readonly string[] })[];
}

export interface ListRowReport {
  readonly line: number;
  readonly code: string;
  /** Line of the constant in the imported list; absent for a removed row. */
  readonly listLine?: number;
}

/** A list's text as constants, or an error naming the file and line. */
export function readCodeList(text: string, name: string): CodeList {
  try {
    const list = parseCodeList(text);
    // A description's comment ends on the line above its constant.
    const problems = documentTextProblems(
      name,
      list.entries.flatMap((entry) => [
        { column: 'code', text: entry.code, line: entry.line, lineBreaks: false },
        {
          column: 'description',
          text: entry.description ?? '',
          line: entry.line - (entry.description?.split('\n').length ?? 0),
          lineBreaks: true,
        },
      ]),
    );
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return list;
  } catch (error) {
    if (error instanceof CodeListError) throw new Error(`${name}:${error.line}: ${error.reason}`);
    throw error;
  }
}

export interface ListImportInput {
  readonly raw: RawTables;
  readonly manifest: readonly ManifestEntry[];
  readonly rules: readonly CategoryRule[];
  /** The list table's entries for one vendor (its zh and en lists), in manifest order. */
  readonly entries: readonly [ManifestEntry, ...ManifestEntry[]];
  /** The imported list: its source file and its new text. */
  readonly sourceFile: string;
  readonly list: CodeList;
}

/**
 * One list table rewritten from its lists, the imported one with its new text and the others as
 * their copies in tables/ are. Pure: returns the file's new contents and what changed.
 */
export function importListTable(input: ListImportInput): ListTableImport {
  const { raw, manifest, entries } = input;
  const [first] = entries;
  const table = raw.errorTables.find((candidate) => candidate.name === first.table);
  if (table === undefined || !table.readable)
    throw new Error(`table ${raw.displayDir}/${first.table} could not be read; fix it before importing`);
  const sources: ListSource[] = entries.map((entry) => {
    if (entry.sourceFile === input.sourceFile)
      return { sourceFile: entry.sourceFile, language: entry.language, list: input.list };
    const text = raw.documents.get(entry.sourceFile);
    if (text === undefined)
      throw new Error(`${raw.displayDir}/${entry.sourceFile} (sources.csv line ${entry.line}) could not be read`);
    return {
      sourceFile: entry.sourceFile,
      language: entry.language,
      list: readCodeList(text, `${raw.displayDir}/${entry.sourceFile}`),
    };
  });
  for (const source of sources) {
    const entry = entries.find((candidate) => candidate.sourceFile === source.sourceFile)!;
    if (source.list.section !== entry.section) {
      throw new Error(
        `${raw.displayDir}/${source.sourceFile}: the list's heading is ${excerpt(source.list.section)}, but sources.csv line ${entry.line} says ${excerpt(entry.section)}`,
      );
    }
  }

  // The code set's other tables: pages whose rows document codes, and names already taken.
  const codeSetTables = new Set(
    manifest
      .filter(
        (entry) =>
          entry.vendor === first.vendor &&
          entry.codeSet === first.codeSet &&
          entry.table !== first.table,
      )
      .map((entry) => entry.table),
  );
  const { byCode: documented, names: takenNames } = codeSetRows(
    raw.errorTables.filter((other) => codeSetTables.has(other.name)),
  );
  const existing = new Map<string, ListRowCells>(
    table.records.map(({ cells }) => [cells.code, { ...cells }]),
  );
  const { rows, curatedFrom } = transcribeCodeLists({
    existing,
    sources,
    envelope: first.envelope,
    rules: input.rules,
    documented,
    takenNames,
  });

  const lines = recordLines(ERROR_TABLE_COLUMNS, rows);
  const listLines = new Map(input.list.entries.map((entry) => [entry.code, entry.line]));
  const at = (index: number): ListRowReport => {
    const listLine = listLines.get(rows[index]!.code);
    return { line: lines[index]!, code: rows[index]!.code, ...(listLine !== undefined ? { listLine } : {}) };
  };
  const added: ListRowReport[] = [];
  const changed: ListTableImport['changed'][number][] = [];
  const fromPage: ListTableImport['fromPage'][number][] = [];
  const renamed: ListTableImport['renamed'][number][] = [];
  const toCurate: ListTableImport['toCurate'][number][] = [];
  const byRule = new Map<CategoryRule, number>();
  rows.forEach((cells, index) => {
    const before = existing.get(cells.code);
    if (before === undefined) added.push(at(index));
    else {
      const cellChanges = TRANSCRIBED_COLUMNS.flatMap((column) =>
        before[column] === cells[column] ? [] : [{ column, before: before[column], after: cells[column] }],
      );
      if (cellChanges.length > 0) changed.push({ ...at(index), cells: cellChanges });
    }
    const from = curatedFrom[index]!;
    if (from.type === 'documented') fromPage.push({ ...at(index), table: from.table });
    if (from.type === 'rule') {
      byRule.set(from.rule, (byRule.get(from.rule) ?? 0) + 1);
      if (from.renamed) renamed.push({ ...at(index), name: cells.name });
    }
    const missing = CURATED_COLUMNS.filter((column) => cells[column] === '');
    if (missing.length > 0) toCurate.push({ ...at(index), missing });
  });
  const kept = new Set(rows.map((cells) => cells.code));
  const removed = table.records
    .filter(({ cells }) => !kept.has(cells.code))
    .map(({ line, cells }) => ({ line, code: cells.code }));

  return {
    table: table.name,
    before: table.text,
    after: formatCsv(
      ERROR_TABLE_COLUMNS,
      rows.map((cells) => ERROR_TABLE_COLUMNS.map((column) => cells[column])),
    ),
    rows: rows.length,
    added,
    removed,
    changed,
    fromPage,
    byRule: [...byRule].map(([rule, count]) => ({ rule, rows: count })).sort((a, b) => a.rule.line - b.rule.line),
    renamed,
    toCurate,
  };
}
