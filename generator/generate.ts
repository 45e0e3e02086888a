// The generator pipeline: read tables/ -> validate -> build the model -> emit -> format -> write generated/.

import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { emitPackageShells } from './emit/registry.js';
import { formatFiles, type FileToFormat } from './format/format.js';
import { displayPath, loadModel, type TableStats } from './load-model.js';
import type { PackageModel, VendorId } from './model/model.js';
import type { Problem } from './read-tables/table-file.js';
import { diffAgainst, type FileDifference } from './write/diff-output.js';
import { sortedByPath, type OutputFile } from './write/output-files.js';
import { writeAtomic } from './write/write-atomic.js';

export interface GenerateOptions {
  /** The project root: problems name files relative to it. */
  readonly rootDir: string;
  /** Defaults to `<rootDir>/tables`. */
  readonly tablesDir?: string;
  /** Defaults to `<rootDir>/generated`. */
  readonly outDir?: string;
  /** Compare outDir with a fresh generate instead of writing it. */
  readonly check?: boolean;
  /** The emitters; the registry's by default (emitPackageShells). */
  readonly emit?: (model: PackageModel) => readonly FileToFormat[];
}

/** Milliseconds spent in each stage; stages that did not run are 0. */
export interface StageTimings {
  readonly read: number;
  readonly validate: number;
  readonly model: number;
  readonly emit: number;
  readonly format: number;
  /** Writing outDir; in check mode, comparing it with the fresh files. */
  readonly write: number;
}

export interface VendorStats {
  readonly vendor: VendorId;
  readonly codeSets: number;
  readonly codes: number;
  readonly variants: number;
  /** Generated files that belong to this vendor (a path step named after it). */
  readonly files: number;
}

export interface GenerateResult {
  readonly ok: boolean;
  readonly problems: readonly Problem[];
  readonly tables: readonly TableStats[];
  readonly vendors: readonly VendorStats[];
  /** The formatted files, sorted by path; empty when validation failed. */
  readonly files: readonly OutputFile[];
  /** Whether outDir was replaced (never in check mode or after a problem). */
  readonly written: boolean;
  /** Check mode only: how outDir differs from the fresh files; empty when up to date. */
  readonly differences: readonly FileDifference[];
  readonly outDir: string;
  readonly timings: StageTimings;
  readonly totalMs: number;
}

/** Runs `work` and returns its result with the milliseconds it took. */
async function timed<T>(work: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

/** Does this generated path belong to the vendor? `src/upyun.ts` and `src/upyun/index.ts` do. */
const belongsTo = (filePath: string, vendor: VendorId): boolean =>
  filePath.split('/').some((step) => step === vendor || step.startsWith(`${vendor}.`));

function vendorStats(model: PackageModel, files: readonly OutputFile[]): VendorStats[] {
  return model.vendors.map((vendor) => ({
    vendor: vendor.id,
    codeSets: vendor.codeSets.length,
    codes: vendor.codeSets.reduce((sum, codeSet) => sum + codeSet.codes.length, 0),
    variants: vendor.codeSets.reduce(
      (sum, codeSet) =>
        sum + codeSet.codes.reduce((count, code) => count + code.variants.length, 0),
      0,
    ),
    files: files.filter((file) => belongsTo(file.path, vendor.id)).length,
  }));
}

/**
 * Generates the package from tables/. With problems, nothing is written and the result lists them.
 * In check mode nothing is written either: the result says how outDir differs from a fresh generate.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const start = performance.now();
  const outDir = path.resolve(options.rootDir, options.outDir ?? 'generated');
  const tablesDir = path.resolve(options.rootDir, options.tablesDir ?? 'tables');
  const loaded = await loadModel(tablesDir, {
    displayDir: displayPath(options.rootDir, tablesDir),
  });
  const timings = { ...loaded.timings, emit: 0, format: 0, write: 0 };
  const base = { problems: loaded.problems, tables: loaded.stats, outDir, timings };
  const elapsed = (): number => performance.now() - start;
  if (!loaded.ok) {
    return {
      ...base,
      ok: false,
      vendors: [],
      files: [],
      written: false,
      differences: [],
      totalMs: elapsed(),
    };
  }

  const model = loaded.model;
  const [emitted, emitMs] = await timed(() => (options.emit ?? emitPackageShells)(model));
  timings.emit = emitMs;
  const [formatted, formatMs] = await timed(() => formatFiles(emitted));
  timings.format = formatMs;
  const files = sortedByPath(formatted);
  const vendors = vendorStats(model, files);

  if (options.check) {
    const [differences, diffMs] = await timed(() => diffAgainst(outDir, files));
    timings.write = diffMs;
    return {
      ...base,
      ok: differences.length === 0,
      vendors,
      files,
      written: false,
      differences,
      totalMs: elapsed(),
    };
  }
  const [, writeMs] = await timed(() => writeAtomic(outDir, files));
  timings.write = writeMs;
  return { ...base, ok: true, vendors, files, written: true, differences: [], totalMs: elapsed() };
}
