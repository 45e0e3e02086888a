// Flags codes of one code set that are twins (the same sub-code, or the same description) but curated differently, unless a reason says why.

import type { Problem, RawTables } from '../read-tables/table-file.js';
import type { ErrorRow, ManifestEntry } from '../schema/schema.js';

interface PlacedRow {
  readonly table: string;
  readonly row: ErrorRow;
}

/** A code and its texts: all that makes it a twin of another code. */
export type TwinFields = Pick<ErrorRow, 'code' | 'description' | 'message'>;

/** What makes two codes twins: the sub-code after the class (`DomainIsFamous`), or a description or message. */
export function twinKeys(row: TwinFields): string[] {
  const dot = row.code.indexOf('.');
  const keys = dot > 0 ? [`the sub-code ${row.code.slice(dot + 1)}`] : [];
  for (const text of [row.description.zh, row.description.en, row.message]) {
    // 模版不存在。 and 模版不存在 are one description.
    const trimmed = text?.replace(/[。.\s]+$/u, '');
    if (trimmed !== undefined && trimmed !== '')
      keys.push(`the description ${JSON.stringify(trimmed)}`);
  }
  return keys;
}

const decision = (row: ErrorRow): string =>
  `${row.category}, ${row.retryable ? 'retryable' : 'not retryable'}`;

/**
 * Every pair of codes of one code set that share a sub-code or a description but not category and
 * retryable, reported at the later row; a code that curation-reasons.csv gives a reason for is
 * exempt. Also a reason that names no code of its code set.
 */
export function checkCurationTwins(
  raw: RawTables,
  manifest: readonly ManifestEntry[],
  tables: ReadonlyMap<string, readonly ErrorRow[]>,
): Problem[] {
  const problems: Problem[] = [];
  const tablesOf = new Map<string, string[]>();
  for (const entry of manifest) {
    const list = tablesOf.get(entry.codeSet) ?? [];
    if (!list.includes(entry.table)) list.push(entry.table);
    tablesOf.set(entry.codeSet, list);
  }
  const reasons = new Set<string>();
  for (const record of raw.curationReasons?.records ?? []) {
    const { code_set: codeSet, code, reason } = record.cells;
    const known = (tablesOf.get(codeSet) ?? []).some((table) =>
      (tables.get(table) ?? []).some((row) => row.code === code),
    );
    const at = { file: raw.curationReasons!.file, line: record.line };
    if (!known)
      problems.push({ ...at, message: `code set ${codeSet} has no code ${JSON.stringify(code)}` });
    if (reason === '')
      problems.push({ ...at, message: 'reason is empty; say why the code differs' });
    reasons.add(`${codeSet}\u0000${code}`);
  }
  const display = (table: string): string => `${raw.displayDir}/${table}`;
  for (const [codeSet, setTables] of tablesOf) {
    const firstByKey = new Map<string, PlacedRow>();
    const reported = new Set<string>();
    for (const table of setTables) {
      for (const row of tables.get(table) ?? []) {
        if (reasons.has(`${codeSet}\u0000${row.code}`)) continue;
        for (const key of twinKeys(row)) {
          const first = firstByKey.get(key);
          if (first === undefined) {
            firstByKey.set(key, { table, row });
            continue;
          }
          if (first.row.code === row.code || decision(first.row) === decision(row)) continue;
          const pair = `${first.row.code}\u0000${row.code}`;
          if (reported.has(pair)) continue;
          reported.add(pair);
          problems.push({
            file: display(table),
            line: row.line,
            message: `${row.code} is ${decision(row)}, but ${first.row.code} (${display(first.table)}:${first.row.line}), with ${key}, is ${decision(first.row)}: make them agree, or say why in ${raw.curationReasons?.file ?? `${raw.displayDir}/curation-reasons.csv`}`,
          });
        }
      }
    }
  }
  return problems;
}
