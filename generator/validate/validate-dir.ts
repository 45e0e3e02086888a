// Reads and validates a tables/ directory, timing both stages: the front of the generator pipeline.

import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readTables } from '../read-tables/read-tables.js';
import type { Problem, RawTables } from '../read-tables/table-file.js';
import { validateTables } from './validate-tables.js';

export interface ValidateOptions {
  /** The project root: problems name files relative to it. */
  readonly rootDir: string;
  /** Defaults to `<rootDir>/tables`. */
  readonly tablesDir?: string;
}

export interface TableStats {
  /** Path relative to the root (`tables/upyun.csv`). */
  readonly file: string;
  /** Records, header excluded. */
  readonly rows: number;
}

export interface ValidateResult {
  readonly ok: boolean;
  readonly raw: RawTables;
  readonly problems: readonly Problem[];
  /** Every CSV file read, manifest and aliases first. */
  readonly tables: readonly TableStats[];
  /** Milliseconds spent reading and validating. */
  readonly timings: { readonly read: number; readonly validate: number };
}

export async function validateDir(options: ValidateOptions): Promise<ValidateResult> {
  const rootDir = path.resolve(options.rootDir);
  const tablesDir = path.resolve(rootDir, options.tablesDir ?? 'tables');
  // Problems name files as a person at the root would type them: `tables/upyun.csv`.
  const displayDir = path.relative(rootDir, tablesDir).split(path.sep).join('/') || '.';
  const readStart = performance.now();
  const raw = await readTables(tablesDir, { displayDir });
  const validateStart = performance.now();
  const problems = validateTables(raw);
  const validateEnd = performance.now();
  return {
    ok: problems.length === 0,
    raw,
    problems,
    tables: [raw.sources, raw.aliases, ...raw.errorTables].map((table) => ({
      file: table.file,
      rows: table.records.length,
    })),
    timings: { read: validateStart - readStart, validate: validateEnd - validateStart },
  };
}
