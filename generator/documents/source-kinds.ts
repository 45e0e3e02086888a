// The kinds of source a table is transcribed from, each with its reader: one entry per kind, picked by file name.

import { parseDocumentTable, type DocumentTable, type KnownVariants } from './parse-document.js';

/** A kind of source document: which files it reads, and how it reads one table out of one. */
export interface SourceKind {
  readonly kind: string;
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

/** Tried in order; the page reader takes whatever no more specific kind claims. */
export const SOURCE_KINDS: readonly SourceKind[] = [PAGE_SOURCE];

export const sourceKindOf = (sourceFile: string): SourceKind =>
  SOURCE_KINDS.find((kind) => kind.matches(sourceFile)) ?? PAGE_SOURCE;

/** Reads the table under `section` of the source `sourceFile`, with the reader of its kind. */
export const readDocumentTable = (
  sourceFile: string,
  text: string,
  section: string,
  known?: KnownVariants,
): DocumentTable => sourceKindOf(sourceFile).readTable(text, section, known);
