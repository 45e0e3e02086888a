// Pairs the items of a base and a head side by key, for every level of the diff.

/** Keys of the base and head sides in head order, then keys only the base has, in base order. */
export function mergedKeys<T>(
  base: readonly T[],
  head: readonly T[],
  key: (item: T) => string,
): string[] {
  const keys = head.map(key);
  const seen = new Set(keys);
  for (const item of base) {
    const itemKey = key(item);
    if (!seen.has(itemKey)) {
      seen.add(itemKey);
      keys.push(itemKey);
    }
  }
  return keys;
}

export const byKey = <T>(items: readonly T[], key: (item: T) => string): Map<string, T> =>
  new Map(items.map((item) => [key(item), item]));

/** An item paired by key: on the head side only, on the base side only, or on both but different. */
export type PresenceStatus = 'added' | 'removed' | 'changed';
