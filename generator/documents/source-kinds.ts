// The kinds of source a table is transcribed from, each with its reader: one entry per kind, picked by file name.

import { CodeListError, parseCodeList } from './parse-code-list.js';
import { parseDocumentTable, type DocumentTable, type KnownVariants } from './parse-document.js';

/** A kind of source document: which files it reads, and how it reads one table out of one. */
export interface SourceKind {
  readonly kind: 'page' | 'code-list';
  /** Does `sourceFile` (relative to tables/, `sources/upyun.txt`) hold this kind of source? */
  readonly matches: (sourceFile: string) => boolean;
  /**
   * The table under `section`, every row with its line. `known` (the table's own rows by code)
   * settles rows that can be read more than one way. Throws when the section is not there.
   */
  readonly readTable: (text: string, section: string, known?: KnownVariants) => DocumentTable;
}

/** A vendor's web page saved as text: tables under headings, as pipe or space-separated columns. */
export const PAGE_SOURCE: SourceKind = {
  kind: 'page',
  matches: () => true,
  readTable: parseDocumentTable,
};

/**
 * A vendor's code list: Tencent Cloud's SDK `errors.go`, one constant per code, its comment the
 * description. The section is the comment that opens the const block; the rows are the constants
 * in file order. A list is a set of constants: its rows have no status or message, and a table
 * transcribed from a zh and an en list holds the codes of both (tables/README.md).
 */
export const CODE_LIST_SOURCE: SourceKind = {
  kind: 'code-list',
  matches: (sourceFile) => sourceFile.endsWith('.go'),
  readTable: (text, section) => {
    let list;
    try {
      list = parseCodeList(text);
    } catch (error) {
      if (error instanceof CodeListError) throw new Error(`line ${error.line}: ${error.reason}`);
      throw error;
    }
    if (list.section !== section) {
      throw new Error(
        `the list's heading is ${JSON.stringify(list.section)}, not ${JSON.stringify(section)}`,
      );
    }
    return {
      section,
      rows: list.entries.map(({ line, code, description }) => ({
        line,
        code,
        ...(description !== undefined ? { description } : {}),
      })),
      problems: [],
    };
  },
};

/** Tried in order; the page reader takes whatever no more specific kind claims. */
export const SOURCE_KINDS: readonly SourceKind[] = [CODE_LIST_SOURCE, PAGE_SOURCE];

/** Is `sourceFile` a code list (rather than a page)? */
export const isCodeList = (sourceFile: string): boolean =>
  sourceKindOf(sourceFile).kind === 'code-list';

export const sourceKindOf = (sourceFile: string): SourceKind =>
  SOURCE_KINDS.find((kind) => kind.matches(sourceFile)) ?? PAGE_SOURCE;

/** Reads the table under `section` of the source `sourceFile`, with the reader of its kind. */
export const readDocumentTable = (
  sourceFile: string,
  text: string,
  section: string,
  known?: KnownVariants,
): DocumentTable => sourceKindOf(sourceFile).readTable(text, section, known);
