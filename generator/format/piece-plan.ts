// The shape of a file cut into pieces for prettier: the pieces, and how their formatted texts join into the formatted file.

export interface PiecePlan {
  /** Texts prettier formats one by one, with the file's own options. */
  readonly pieces: readonly string[];
  /**
   * The formatted file from the formatted pieces (same order), or undefined when the formatted
   * pieces do not prove they join into exactly what the whole file formats to.
   */
  readonly join: (formatted: readonly string[]) => string | undefined;
}

/** Cuts chosen greedily: a piece ends at the first cut at least `pieceChars` past its start. */
export function groupCuts(cuts: readonly number[], pieceChars: number, length: number): number[] {
  const chosen: number[] = [];
  let start = 0;
  for (const cut of cuts) {
    // The rest of the file must be a piece worth formatting on its own, too.
    if (cut - start >= pieceChars && length - cut >= pieceChars / 4) {
      chosen.push(cut);
      start = cut;
    }
  }
  return chosen;
}
