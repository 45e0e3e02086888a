// The shape of tables/ as read from disk, before validation: files, raw records and problems.

/** One problem found in a table file; printed as `tables/FILE.csv:LINE: message`. */
export interface Problem {
  /** Path relative to the project root (`tables/upyun.csv`). */
  readonly file: string;
  /** 1-based line of the record (its first line, for records with quoted line breaks). */
  readonly line: number;
  readonly message: string;
}

export const formatProblem = (problem: Problem): string => `${problem.file}:${problem.line}: ${problem.message}`;

/** One CSV record: cells by header name, exactly as csv-parse returned them. */
export interface TableRecord {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface TableFile {
  /** Path relative to the project root (`tables/upyun.csv`). */
  readonly file: string;
  /** File name inside tables/ (`upyun.csv`), as sources.csv names it. */
  readonly name: string;
  readonly header: readonly string[];
  readonly records: readonly TableRecord[];
  /** The file's bytes decoded as UTF-8, kept for the BOM, CRLF and whitespace checks. */
  readonly text: string;
}

/** Everything under tables/ that the generator reads. */
export interface RawTables {
  /** The tables/ directory the files were read from (absolute). */
  readonly dir: string;
  readonly sources: TableFile;
  readonly aliases: TableFile;
  /** Error tables in the order sources.csv first names them. */
  readonly errorTables: readonly TableFile[];
  /** Source documents by their path relative to tables/ (`sources/upyun.txt`). */
  readonly documents: ReadonlyMap<string, string>;
  /** Problems met while reading (unreadable CSV, missing file); validation adds its own. */
  readonly problems: readonly Problem[];
}
