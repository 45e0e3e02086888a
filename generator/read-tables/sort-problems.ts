// Orders problems by file, then line, keeping the order they were found in within a line.

import type { Problem } from './table-file.js';

const byFileThenLine = (a: Problem, b: Problem): number =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;

/** A sorted copy (Array.prototype.sort is stable), leaving the input as it was. */
export const sortProblems = (problems: readonly Problem[]): Problem[] =>
  [...problems].sort(byFileThenLine);
