// The front of the pipeline, for every command: read tables/, validate it, build the model.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildModel } from './model/build-model.js';
import type { PackageModel, ReleaseNode } from './model/model.js';
import { readTables } from './read-tables/read-tables.js';
import { formatProblem, type Problem, type RawTables } from './read-tables/table-file.js';
import type { ManifestEntry, ValidTables } from './schema/schema.js';
import { CHANGELOG_FILE, formatVersion, parseChangelog } from './release/changelog.js';
import { validateTables } from './validate/validate-tables.js';

export interface LoadOptions {
  /** How problems name the tables directory (`tables` gives `tables/upyun.csv:12: ...`). */
  readonly displayDir?: string;
  /**
   * The release to model when tables/ has no changelog: a diff's base from before the changelog
   * existed. Without it, a missing changelog is a problem.
   */
  readonly releaseWhenMissing?: ReleaseNode;
  /**
   * tables/ of an earlier git revision: a header the schema had before reads, with the columns
   * added since empty (see EARLIER_HEADERS in the schema), and checks of curation added since
   * (twins) do not apply.
   */
  readonly earlierRevision?: boolean;
}

export interface TableStats {
  /** Path as problems give it (`tables/upyun.csv`). */
  readonly file: string;
  /** Records, header excluded. */
  readonly rows: number;
}

/** Milliseconds spent in each stage of the front end. */
export interface FrontTimings {
  readonly read: number;
  readonly validate: number;
  readonly model: number;
}

interface LoadedBase {
  /** The manifest entries that parsed: all of sources.csv when it has no problem. */
  readonly manifest: readonly ManifestEntry[];
  /** The files as read, valid or not: what import rewrites, and what problems point into. */
  readonly raw: RawTables;
  /** Every CSV file read, manifest and aliases first. */
  readonly stats: readonly TableStats[];
  readonly timings: FrontTimings;
}

export type LoadedModel =
  | (LoadedBase & {
      readonly ok: true;
      readonly tables: ValidTables;
      readonly model: PackageModel;
      readonly problems: readonly [];
    })
  | (LoadedBase & { readonly ok: false; readonly problems: readonly Problem[] });

/** The display form of a directory relative to the project root: as a person there would type it. */
export function displayPath(rootDir: string, dir: string): string {
  const relative = path.relative(path.resolve(rootDir), path.resolve(dir));
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? path.resolve(dir)
    : relative.split(path.sep).join('/') || '.';
}

/** The release the changelog in tables/ names, or the problem with it. */
export async function readRelease(
  tablesDir: string,
  displayDir: string,
  whenMissing?: ReleaseNode,
): Promise<{ release?: ReleaseNode; problems: readonly Problem[] }> {
  const file = `${displayDir}/${CHANGELOG_FILE}`;
  const text = await readFile(path.join(tablesDir, CHANGELOG_FILE), 'utf8').catch(() => undefined);
  if (text === undefined && whenMissing !== undefined)
    return { release: whenMissing, problems: [] };
  if (text === undefined)
    return {
      problems: [{ file, line: 1, message: 'does not exist; it holds the package version' }],
    };
  const parsed = parseChangelog(text, file);
  if (!parsed.ok) return { problems: parsed.problems };
  return {
    release: { type: 'release', version: formatVersion(parsed.version), changelog: text },
    problems: [],
  };
}

/** Reads, validates and models the tables in `tablesDir`; never throws for bad content. */
export async function loadModel(
  tablesDir: string,
  options: LoadOptions = {},
): Promise<LoadedModel> {
  const readStart = performance.now();
  const raw = await readTables(tablesDir, options);
  const validateStart = performance.now();
  const validation = validateTables(raw);
  const { release, problems: releaseProblems } = await readRelease(
    tablesDir,
    raw.displayDir,
    options.releaseWhenMissing,
  );
  const modelStart = performance.now();
  const model =
    validation.ok && release !== undefined ? buildModel(validation.tables, release) : undefined;
  const end = performance.now();
  const base: LoadedBase = {
    manifest: validation.ok ? validation.tables.manifest : validation.manifest,
    raw,
    stats: [raw.sources, raw.aliases, ...raw.errorTables].map((table) => ({
      file: table.file,
      rows: table.records.length,
    })),
    timings: {
      read: validateStart - readStart,
      validate: modelStart - validateStart,
      model: end - modelStart,
    },
  };
  if (!validation.ok || model === undefined)
    return { ...base, ok: false, problems: [...validation.problems, ...releaseProblems] };
  return { ...base, ok: true, tables: validation.tables, model, problems: [] };
}

/** The model of tables that must be valid (the committed ones, a benchmark's): throws with their problems. */
export async function requireModel(
  tablesDir: string,
  options: LoadOptions = {},
): Promise<PackageModel> {
  const loaded = await loadModel(tablesDir, options);
  if (loaded.ok) return loaded.model;
  const shown = loaded.problems.slice(0, 20).map(formatProblem);
  throw new Error(
    `${tablesDir} has ${loaded.problems.length} problem(s); run npm run validate:\n${shown.join('\n')}`,
  );
}
