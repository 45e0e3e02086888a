// Finds, in the rows a vendor document gives, what validate would refuse in a cell, at the document's own line.

import { cellTextProblems } from '../validate/check-characters.js';

/** One cell a document gives: its column, text, the document line its text starts on. */
export interface DocumentCell {
  readonly column: string;
  readonly text: string;
  readonly line: number;
  /** The column may run over lines (a description). */
  readonly lineBreaks: boolean;
}

/**
 * `PAGE.txt:LINE: column: U+202E RIGHT-TO-LEFT OVERRIDE at character 5` for each character no
 * vendor means and each cell too long, so the page is fixed where the text is, not the table.
 */
export function documentTextProblems(
  documentName: string,
  cells: readonly DocumentCell[],
): string[] {
  const problems: string[] = [];
  for (const cell of cells) {
    for (const found of cellTextProblems(cell.column, cell.text, cell.lineBreaks)) {
      problems.push(`${documentName}:${cell.line + found.lineOffset}: ${found.message}`);
    }
  }
  return problems;
}
