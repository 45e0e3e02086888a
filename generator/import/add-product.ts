// `import --add-product ID`: a Tencent Cloud product's manifest rows and list copies, from the vendor-lists folder's README and products.md.

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCodeList } from '../documents/parse-code-list.js';
import type { ManifestColumn } from '../schema/schema.js';

/** One SDK repository of the lists, as the lists' README table gives it. */
export interface ListRepository {
  /** The folder of the lists (`tencentcloud-sdk-go`), the repository's name. */
  readonly folder: string;
  /** `OWNER/NAME` on GitHub. */
  readonly repository: string;
  readonly commit: string;
  /** The commit's date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly language: 'zh' | 'en';
}

/** A product of Tencent's product index (`products.md`): its Chinese name and documentation address. */
export interface IndexedProduct {
  readonly name: string;
  readonly url: string;
}

/** What the vendor-lists folder says of itself: its repositories and the product index. */
export interface VendorLists {
  readonly dir: string;
  /** The zh repository first: it orders a product's rows. */
  readonly repositories: readonly ListRepository[];
  readonly products: ReadonlyMap<string, IndexedProduct>;
}

/** The product of products.md whose documentation holds Tencent Cloud API 3.0 itself: signing, common parameters, common error codes. */
export const CLOUD_API_PRODUCT = 'api';

/** The table every Tencent product's API 3.0 common codes are in, and the page copy it is transcribed from. */
export const TENCENT_COMMON_TABLE = 'tencent-common.csv';

/**
 * The lists' README table rows: `` | `tencentcloud-sdk-go/` | TencentCloud/tencentcloud-sdk-go |
 * 144f6c8d39e4 (2026-08-21) | zh | ... ``.
 */
const REPOSITORY_ROW =
  /^\|\s*`([^`/]+)\/`\s*\|\s*([\w.-]+\/[\w.-]+)\s*\|\s*([0-9a-f]+)\s*\((\d{4}-\d{2}-\d{2})\)\s*\|\s*(zh|en)\s*\|/;

/** products.md rows: `| mps | [媒体处理](https://cloud.tencent.com/document/product/862) | ...`. */
const PRODUCT_ROW = /^\|\s*([a-z0-9]+)\s*\|\s*\[([^\]]+)\]\((https:\/\/[^)\s]+)\)\s*\|/;

/** Reads the folder's README and products.md; throws with the file and what is missing. */
export async function readVendorLists(dir: string): Promise<VendorLists> {
  const readme = path.join(dir, 'README.md');
  if (!existsSync(readme)) throw new Error(`${readme}: does not exist; is ${dir} the vendor-lists folder?`);
  const repositories: ListRepository[] = [];
  for (const line of (await readFile(readme, 'utf8')).split('\n')) {
    const match = REPOSITORY_ROW.exec(line);
    if (match === null) continue;
    const [, folder, repository, commit, date, language] = match;
    repositories.push({
      folder: folder!,
      repository: repository!,
      commit: commit!,
      date: date!,
      language: language as 'zh' | 'en',
    });
  }
  if (repositories.length === 0)
    throw new Error(`${readme}: names no repository (| \`folder/\` | OWNER/NAME | commit (date) | zh |)`);
  repositories.sort((a, b) => (a.language === b.language ? 0 : a.language === 'zh' ? -1 : 1));
  const products = new Map<string, IndexedProduct>();
  for (const repository of repositories) {
    const index = path.join(dir, repository.folder, 'products.md');
    if (!existsSync(index)) continue;
    for (const line of (await readFile(index, 'utf8')).split('\n')) {
      const match = PRODUCT_ROW.exec(line);
      if (match !== null && !products.has(match[1]!))
        products.set(match[1]!, { name: match[2]!, url: match[3]! });
    }
  }
  return { dir, repositories, products };
}

/** `TencentMps` from `mps`: the code set's prefix of a product id. */
export const productPrefix = (product: string): string =>
  `Tencent${product.charAt(0).toUpperCase()}${product.slice(1).replace(/[^A-Za-z0-9]/g, '')}`;

/** One list of a product to copy: from the lists folder to `source_file` under tables/. */
export interface ListCopy {
  readonly from: string;
  readonly sourceFile: string;
}

export interface ProductRows {
  readonly vendor: string;
  readonly table: string;
  /** The rows to append to sources.csv, by column; the lists first (zh first), then the common codes. */
  readonly rows: readonly Readonly<Record<ManifestColumn, string>>[];
  readonly copies: readonly ListCopy[];
}

/** The API versions a product has lists for, newest last. */
async function versionsOf(lists: VendorLists, product: string): Promise<string[]> {
  const versions = new Set<string>();
  for (const { folder } of lists.repositories) {
    const dir = path.join(lists.dir, folder, 'tencentcloud', product);
    if (!existsSync(dir)) continue;
    for (const version of await readdir(dir))
      if (existsSync(path.join(dir, version, 'errors.go'))) versions.add(version);
  }
  return [...versions].sort();
}

/**
 * The manifest rows that add a product (`mps`, or `mps/v20190612` for another API version than
 * the newest), as tables/README.md defines each cell:
 *
 * - one row per list (zh first): vendor `tencent-ID`, code set `TencentId`, table `tencent-ID.csv`,
 *   product `腾讯云 NAME` with NAME from products.md, document the list's folder and file, section
 *   the comment that opens its const block, repository, commit and date from the lists' README,
 *   document_url empty (a list is cited at its file on GitHub, at its commit);
 * - one row giving the API 3.0 common codes (`tencent-common.csv`, transcribed from its page
 *   copy) to the product, as the common table's first row gives them, but cited at the address of
 *   Tencent Cloud API's own documentation (products.md's `api`), never at another product's page.
 */
export async function productRows(
  lists: VendorLists,
  request: string,
  commonRow: Readonly<Record<ManifestColumn, string>> | undefined,
): Promise<ProductRows> {
  const [product = '', asked] = request.split('/');
  const indexed = lists.products.get(product);
  if (indexed === undefined)
    throw new Error(`${product}: not a product of ${path.join(lists.dir, '*', 'products.md')}`);
  const versions = await versionsOf(lists, product);
  const version = asked ?? versions.at(-1);
  if (version === undefined || !versions.includes(version))
    throw new Error(
      `${request}: no errors.go under ${lists.dir}/*/tencentcloud/${product}/${asked ?? ''}; its versions: ${versions.join(', ') || 'none'}`,
    );
  const vendor = `tencent-${product}`;
  const table = `${vendor}.csv`;
  const shared = {
    table,
    vendor,
    code_set: productPrefix(product),
    code_type: 'string',
    envelope: 'tencent-api3',
    product: `腾讯云 ${indexed.name}`,
    api: product,
  };
  const rows: Record<ManifestColumn, string>[] = [];
  const copies: ListCopy[] = [];
  const repositoryPath = `tencentcloud/${product}/${version}/errors.go`;
  for (const repository of lists.repositories) {
    const from = path.join(lists.dir, repository.folder, repositoryPath);
    if (!existsSync(from)) continue;
    const sourceFile = `sources/${repository.folder}/${repositoryPath}`;
    copies.push({ from, sourceFile });
    rows.push({
      ...shared,
      document: `${repository.folder} ${product}/${version}/errors.go`,
      section: parseCodeList(await readFile(from, 'utf8')).section,
      language: repository.language,
      date: repository.date,
      source_file: sourceFile,
      document_url: '',
      repository: repository.repository,
      commit: repository.commit,
      repository_path: repositoryPath,
    });
  }
  const cloudApi = lists.products.get(CLOUD_API_PRODUCT);
  if (commonRow !== undefined && cloudApi !== undefined) {
    rows.push({
      ...commonRow,
      vendor,
      code_set: shared.code_set,
      product: shared.product,
      api: product,
      document_url: cloudApi.url,
    });
  }
  return { vendor, table, rows, copies };
}
