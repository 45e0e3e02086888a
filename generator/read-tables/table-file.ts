// The shape of tables/ as read from disk, before validation: files, records by column, and problems.

import type {
  AliasColumn,
  CurationReasonColumn,
  ErrorColumn,
  ManifestColumn,
} from '../schema/schema.js';

/** One problem found in a table file; printed as `tables/FILE.csv:LINE: message`. */
export interface Problem {
  /** Path relative to the project root (`tables/upyun.csv`). */
  readonly file: string;
  /** 1-based line of the record (its first line, for records with quoted line breaks). */
  readonly line: number;
  readonly message: string;
  /** The column, when the problem is one cell's: a cell already reported is not compared again. */
  readonly column?: string;
  /** The record's first line, when `line` is a later line of it (a character inside a long description). */
  readonly recordLine?: number;
}

export const formatProblem = (problem: Problem): string =>
  `${problem.file}:${problem.line}: ${problem.message}`;

/** The longest a quoted value may be in a message: a 100 KB cell must not make a 100 KB line. */
export const EXCERPT_LIMIT = 120;

/** A value for a message: JSON-quoted, cut with `…` so the quoted text is at most EXCERPT_LIMIT characters. */
export function excerpt(value: string, limit = EXCERPT_LIMIT): string {
  const whole = JSON.stringify(value);
  if (whole.length <= limit) return whole;
  // Cut by code points, so a character outside the BMP is never halved.
  const points = Array.from(value.slice(0, limit));
  let count = points.length;
  while (count > 0 && JSON.stringify(`${points.slice(0, count).join('')}…`).length > limit)
    count -= 1;
  return JSON.stringify(`${points.slice(0, count).join('')}…`);
}

/** One CSV record: cells by column name, exactly as csv-parse returned them. */
export interface TableRecord<Column extends string = string> {
  readonly line: number;
  readonly cells: Readonly<Record<Column, string>>;
}

export interface TableFile<Column extends string = string> {
  /** Path relative to the project root (`tables/upyun.csv`). */
  readonly file: string;
  /** File name inside tables/ (`upyun.csv`), as sources.csv names it. */
  readonly name: string;
  /** The header as the file has it (may differ from the schema's when the file is unreadable). */
  readonly header: readonly string[];
  /**
   * Whether the file could be read as its kind of table: UTF-8, well-formed CSV, the schema's
   * header. An unreadable file has no records: its problem is reported once, where it is, and
   * nothing is compared with it (its document, the aliases that point into it).
   */
  readonly readable: boolean;
  readonly records: readonly TableRecord<Column>[];
  /** The file's bytes decoded as UTF-8, kept for the BOM, CRLF and whitespace checks. */
  readonly text: string;
}

/** Everything under tables/ that the generator reads. */
export interface RawTables {
  /** The tables/ directory the files were read from (absolute). */
  readonly dir: string;
  /** How problems name the directory (`tables`). */
  readonly displayDir: string;
  readonly sources: TableFile<ManifestColumn>;
  readonly aliases: TableFile<AliasColumn>;
  /** Error tables in the order sources.csv first names them. */
  readonly errorTables: readonly TableFile<ErrorColumn>[];
  /** curation-reasons.csv, when tables/ has one. */
  readonly curationReasons?: TableFile<CurationReasonColumn>;
  /** The rule table (category-rules.csv) as text, when tables/ has one. */
  readonly rules?: { readonly file: string; readonly text: string };
  /**
   * tables/ of an earlier git revision (a diff's base, the last release): its files may have a
   * header the schema had before, and it was curated under the checks of its day.
   */
  readonly earlierRevision: boolean;
  /** Source documents by their path relative to tables/ (`sources/upyun.txt`). */
  readonly documents: ReadonlyMap<string, string>;
  /** Problems met while reading (unreadable CSV, wrong header, missing file); validation adds its own. */
  readonly problems: readonly Problem[];
}
