// Section catalog: every Tencent Cloud product of ../shared/vendor-lists added to a temporary copy as data, then one generate.

import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseCodeList } from '../generator/documents/parse-code-list.js';
import { runImportCommand } from '../generator/import/import-command.js';
import {
  productPrefix,
  readVendorLists,
  type ListRepository,
} from '../generator/import/add-product.js';
import { csvCell } from '../generator/import/table-csv.js';
import { CATALOG_PAGE_PATH } from '../generator/emit/emit-catalog-page.js';
import { benchCatalogPage, KEYSTROKE_TARGET_MS } from './catalog-page.js';
import { count, ms } from './median.js';
import { targetTable } from './report.js';
import { runChild } from './scaling.js';

/** One product and API version, with the list of each repository that has it. */
export interface CatalogList {
  readonly product: string;
  readonly version: string;
  readonly lists: readonly { readonly repository: ListRepository; readonly file: string }[];
}

/** The vendor-lists folder next to the repository (`../shared/vendor-lists`), if it is there. */
export const vendorListsDir = (rootDir: string): string =>
  path.resolve(rootDir, '..', 'shared', 'vendor-lists');

/** Product folders of one repository that hold code lists (`common` is the SDK's error type, not a list). */
async function listFiles(dir: string, repository: ListRepository): Promise<CatalogList[]> {
  const base = path.join(dir, repository.folder, 'tencentcloud');
  if (!existsSync(base)) return [];
  const found: CatalogList[] = [];
  for (const product of (await readdir(base)).sort()) {
    if (product === 'common') continue;
    for (const version of (await readdir(path.join(base, product))).sort()) {
      const file = path.join(base, product, version, 'errors.go');
      if (existsSync(file)) found.push({ product, version, lists: [{ repository, file }] });
    }
  }
  return found;
}

/** Every product and version of either repository, the zh list first where both have it. */
export async function catalogLists(dir: string): Promise<CatalogList[]> {
  const byKey = new Map<string, CatalogList>();
  const { repositories } = await readVendorLists(dir);
  for (const repository of repositories) {
    for (const list of await listFiles(dir, repository)) {
      const key = `${list.product}/${list.version}`;
      const known = byKey.get(key);
      byKey.set(key, known === undefined ? list : { ...known, lists: [...known.lists, ...list.lists] });
    }
  }
  return [...byKey.values()].sort((a, b) =>
    a.product === b.product ? (a.version < b.version ? -1 : 1) : a.product < b.product ? -1 : 1,
  );
}

export interface AddedList {
  readonly vendor: string;
  readonly table: string;
  /** Paths relative to tables/, as sources.csv names them. */
  readonly sourceFiles: readonly string[];
}

/**
 * What a maintainer does by hand to add a product, for every product and version the lists have
 * that `tablesDir` does not: copy its lists into tables/sources/ (the repositories' layout) and
 * append its rows to sources.csv, zh first. Products without a single code are left out. The
 * tables themselves are written by `npm run import` of each copied list.
 */
export async function addCatalogSources(
  dir: string,
  tablesDir: string,
  lists: readonly CatalogList[],
  skipProducts: ReadonlySet<string>,
): Promise<AddedList[]> {
  const { products } = await readVendorLists(dir);
  const added: AddedList[] = [];
  const manifestLines: string[] = [];
  for (const { product, version, lists: files } of lists) {
    if (skipProducts.has(product)) continue;
    const parsed = await Promise.all(
      files.map(async (list) => ({ ...list, list: parseCodeList(await readFile(list.file, 'utf8')) })),
    );
    if (parsed.every(({ list }) => list.entries.length === 0)) continue;
    const vendor = `tencent-${product}`;
    const table = `${vendor}-${version}.csv`;
    const sourceFiles: string[] = [];
    for (const { repository, file, list } of parsed) {
      const repositoryPath = `tencentcloud/${product}/${version}/errors.go`;
      const sourceFile = `sources/${repository.folder}/${repositoryPath}`;
      await mkdir(path.dirname(path.join(tablesDir, sourceFile)), { recursive: true });
      await copyFile(file, path.join(tablesDir, sourceFile));
      sourceFiles.push(sourceFile);
      manifestLines.push(
        [
          table,
          vendor,
          productPrefix(product),
          'string',
          'tencent-api3',
          products.get(product)?.name ?? product,
          product,
          `${repository.folder} ${product}/${version}/errors.go`,
          list.section,
          repository.language,
          repository.date,
          sourceFile,
          '',
          repository.repository,
          repository.commit,
          repositoryPath,
        ]
          .map(csvCell)
          .join(','),
      );
    }
    added.push({ vendor, table, sourceFiles });
  }
  const manifest = path.join(tablesDir, 'sources.csv');
  await writeFile(manifest, `${await readFile(manifest, 'utf8')}${manifestLines.map((line) => `${line}\n`).join('')}`);
  return added;
}

/** `npm run import -- VENDOR tables/SOURCE` in the copy, in process (a process each would cost more than the import). */
async function importList(copy: string, vendor: string, sourceFile: string): Promise<void> {
  const errors: string[] = [];
  const code = await runImportCommand([vendor, `tables/${sourceFile}`], {
    rootDir: copy,
    out: () => {},
    err: (line) => errors.push(line),
  });
  if (code !== 0) throw new Error(`import of ${vendor} ${sourceFile} failed:\n${errors.join('\n')}`);
}

export interface CatalogResult {
  readonly line: string;
  readonly notes: readonly string[];
  /** The catalog page that generate wrote into the copy (site/index.html). */
  readonly pagePath: string;
}

/**
 * The catalog line, `catalog: P products, N codes, T ms generate, M MiB peak RSS`: every product
 * of the vendor lists added to a copy of the project by data only (copy, sources.csv, import),
 * then one generate in its own process. Undefined when ../shared/vendor-lists is absent.
 */
export async function benchCatalog(rootDir: string, workDir: string): Promise<CatalogResult | undefined> {
  const dir = vendorListsDir(rootDir);
  if (!existsSync(dir)) return undefined;
  const copy = path.join(workDir, 'catalog');
  const tablesDir = path.join(copy, 'tables');
  await cp(path.join(rootDir, 'tables'), tablesDir, { recursive: true });

  // Products the committed tables already have keep their tables (CSS Live, StreamLive).
  const committed = await readFile(path.join(tablesDir, 'sources.csv'), 'utf8');
  const skip = new Set(
    [...committed.matchAll(/tencentcloud\/([a-z0-9]+)\/v\d+\/errors\.go/g)].map((match) => match[1]!),
  );
  const lists = await catalogLists(dir);
  const added = await addCatalogSources(dir, tablesDir, lists, skip);
  const importStart = performance.now();
  // One import per product version: its first list's import writes the table from every list of it.
  for (const { vendor, sourceFiles } of added) await importList(copy, vendor, sourceFiles[0]!);
  const importMs = performance.now() - importStart;

  const outcome = await runChild(rootDir, copy, path.join(copy, 'generated'), 1, 30 * 60_000);
  const run = outcome.runs[0];
  if (run === undefined || !run.ok)
    throw new Error(`generate of the catalog failed:\n${run?.problems.join('\n') ?? 'no run'}`);
  const products = new Set([...added.map((list) => list.vendor), ...skip]).size;
  return {
    line: `catalog: ${products} products, ${count(run.codes)} codes, ${Math.round(run.totalMs)} ms generate, ${Math.round((outcome.maxRssBytes ?? Number.NaN) / 2 ** 20)} MiB peak RSS`,
    notes: [
      `${added.length} product versions added by data (${count(run.rows)} table rows), imported in ${ms(importMs)}; generate wrote ${count(run.files)} files, ${count(run.outputBytes / 2 ** 20)} MiB.`,
    ],
    pagePath: path.join(copy, 'generated', CATALOG_PAGE_PATH),
  };
}

/** `npm run bench -- catalog`: the section alone, its notes then the catalog line last; the exit code. */
export async function runCatalogSection(rootDir: string): Promise<number> {
  const dir = vendorListsDir(rootDir);
  if (!existsSync(dir)) {
    process.stdout.write(`catalog: ${dir} is absent, so there is no catalog to measure\n`);
    return 0;
  }
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'cloud-error-codes-catalog-'));
  try {
    const result = await benchCatalog(rootDir, workDir);
    if (result === undefined) return 0;
    // The catalog's page as generate wrote it, next to the committed tables' page.
    const page = await benchCatalogPage(
      {
        label: 'committed tables',
        html: await readFile(path.join(rootDir, 'generated', CATALOG_PAGE_PATH), 'utf8'),
        targetMs: KEYSTROKE_TARGET_MS.committed,
      },
      {
        label: 'full Tencent catalog',
        html: await readFile(result.pagePath, 'utf8'),
        targetMs: KEYSTROKE_TARGET_MS.catalog,
      },
    );
    process.stdout.write(
      [
        `## ${page.report.title}`,
        '',
        ...page.report.tables,
        '',
        ...page.report.notes.map((note) => `- ${note}`),
        '',
        targetTable(page.targets),
        '',
        '## Catalog',
        '',
        ...result.notes.map((note) => `- ${note}`),
        '',
        result.line,
        '',
      ].join('\n'),
    );
    return 0;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
