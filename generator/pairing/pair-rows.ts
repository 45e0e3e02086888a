// Pairs two lists of rows that stand for the same documented rows: a table with its document, a table now with
// the table before. One routine for fidelity, import and diff, so the three never disagree on what "the same row" is.

/** How one pass pairs rows that no earlier pass paired. */
export type PairPass<Left, Right> =
  /** Rows with equal keys, each left row once, in order on both sides (the first free left row wins). */
  | {
      readonly by: 'key';
      readonly left: (row: Left) => string;
      readonly right: (row: Right) => string;
    }
  /**
   * Rows left over between the same two paired neighbours, in order, when both sides left as many
   * there: a row whose key changed in place (a typo fixed in a code) is the same row, not one
   * removed and one added.
   */
  | { readonly by: 'place' };

export interface Pairing {
  /** [left index, right index], in right order. */
  readonly pairs: readonly (readonly [number, number])[];
  /** Left rows no pass paired (a table row the document lacks), ascending. */
  readonly leftOnly: readonly number[];
  /** Right rows no pass paired (a document row the table lacks), ascending. */
  readonly rightOnly: readonly number[];
  /**
   * Right indexes of the pairs that stand out of order: the fewest pairs whose left rows must
   * move so that both sides run in the same order (the complement of a longest increasing run).
   */
  readonly outOfOrder: ReadonlySet<number>;
}

/** The indexes (into `values`) of one longest strictly increasing subsequence; O(n log n). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = values.map(() => -1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails[tails.length - 1] ?? -1; index !== -1; index = previous[index]!)
    kept.add(index);
  return kept;
}

/** Pairs `left` with `right` pass by pass; linear in the rows for key passes. Pure. */
export function pairRows<Left, Right>(
  left: readonly Left[],
  right: readonly Right[],
  passes: readonly PairPass<Left, Right>[],
): Pairing {
  const leftOf: (number | undefined)[] = right.map(() => undefined);
  const leftPaired = new Set<number>();
  const sortedPairs = (): [number, number][] =>
    leftOf.flatMap((leftIndex, rightIndex) =>
      leftIndex === undefined ? [] : [[leftIndex, rightIndex] as [number, number]],
    );

  for (const pass of passes) {
    if (pass.by === 'key') {
      const free = new Map<string, number[]>();
      left.forEach((row, index) => {
        if (leftPaired.has(index)) return;
        const key = pass.left(row);
        const queue = free.get(key);
        if (queue === undefined) free.set(key, [index]);
        else queue.push(index);
      });
      right.forEach((row, rightIndex) => {
        if (leftOf[rightIndex] !== undefined) return;
        const leftIndex = free.get(pass.right(row))?.shift();
        if (leftIndex === undefined) return;
        leftOf[rightIndex] = leftIndex;
        leftPaired.add(leftIndex);
      });
      continue;
    }
    // Between consecutive in-order pairs (and before the first, after the last), pair equal runs.
    const pairs = sortedPairs();
    const inOrder = longestIncreasing(pairs.map(([leftIndex]) => leftIndex));
    const anchors = pairs.filter((_, index) => inOrder.has(index));
    const bounds: [number, number][] = [[-1, -1], ...anchors, [left.length, right.length]];
    for (let index = 0; index + 1 < bounds.length; index += 1) {
      const [leftFrom, rightFrom] = bounds[index]!;
      const [leftTo, rightTo] = bounds[index + 1]!;
      const lefts: number[] = [];
      for (let at = leftFrom + 1; at < leftTo; at += 1) if (!leftPaired.has(at)) lefts.push(at);
      const rights: number[] = [];
      for (let at = rightFrom + 1; at < rightTo; at += 1)
        if (leftOf[at] === undefined) rights.push(at);
      if (lefts.length === 0 || lefts.length !== rights.length) continue;
      rights.forEach((rightIndex, offset) => {
        leftOf[rightIndex] = lefts[offset]!;
        leftPaired.add(lefts[offset]!);
      });
    }
  }

  const pairs = sortedPairs();
  const inOrder = longestIncreasing(pairs.map(([leftIndex]) => leftIndex));
  return {
    pairs,
    leftOnly: [...left.keys()].filter((index) => !leftPaired.has(index)),
    rightOnly: [...right.keys()].filter((index) => leftOf[index] === undefined),
    outOfOrder: new Set(
      pairs.flatMap(([, rightIndex], index) => (inOrder.has(index) ? [] : [rightIndex])),
    ),
  };
}
