// Timing helpers of the benchmark: run work several times and keep the median, format milliseconds.

import { performance } from 'node:perf_hooks';

/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `work` `runs` times in a row; returns each run's milliseconds and result. */
export async function timeRuns<T>(
  runs: number,
  work: (run: number) => T | Promise<T>,
): Promise<{ readonly samples: readonly number[]; readonly results: readonly T[] }> {
  const samples: number[] = [];
  const results: T[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    results.push(await work(run));
    samples.push(performance.now() - start);
  }
  return { samples, results };
}

/** The median of each numeric field over several results of one shape (per-stage timings, say). */
export function medianOfFields<K extends string>(
  results: readonly Readonly<Record<K, number>>[],
  keys: readonly K[],
): Record<K, number> {
  const medians = {} as Record<K, number>;
  for (const key of keys) medians[key] = median(results.map((result) => result[key]));
  return medians;
}

/** Milliseconds for a table cell: whole numbers from 10 ms up, one decimal below. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 10 ? `${Math.round(value).toLocaleString('en-US')} ms` : `${value.toFixed(1)} ms`;
}

/** A count with thousands separators, rounded. */
export const count = (value: number): string =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a';

/** A ratio such as `9.7x`. */
export const ratio = (value: number): string =>
  Number.isFinite(value) ? `${value.toFixed(value >= 10 ? 0 : 1)}x` : 'n/a';
