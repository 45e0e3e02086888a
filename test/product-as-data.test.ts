// A Tencent product added by editing tables/ alone gets its subpath, parser and SDK adapter: the adapters follow the envelope, not a list of products.

import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unformattedText } from '../generator/emit/lib/final-form.js';
import { SDK_ADAPTERS } from '../generator/emit/lib/sdk-adapters.js';
import { emitPackage } from '../generator/emit/registry.js';
import { loadModel } from '../generator/load-model.js';
import type { PackageModel } from '../generator/model/model.js';
import { FIXTURE_TABLES } from './helpers/tables.js';

const [TENCENT_ADAPTER] = SDK_ADAPTERS;

/** The product to add: Tencent Cloud VOD, answering with the API 3.0 common codes. */
const NEW_PRODUCT = 'tencent-vod';

type Module = Record<string, (...args: unknown[]) => unknown>;

describe('a Tencent product added as rows of sources.csv', () => {
  let work = '';
  let model: PackageModel;
  let files: Map<string, string>;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'cloud-error-codes-product-'));
    const tables = join(work, 'tables');
    // The fixture project the tests own: a vendor's update of the committed tables changes nothing here.
    await cp(FIXTURE_TABLES, tables, { recursive: true });
    // Give the common table of an existing Tencent product's page to the new product, as a
    // maintainer would: one manifest row, no generator change.
    const manifest = await readFile(join(tables, 'sources.csv'), 'utf8');
    const [header, ...rows] = manifest.trimEnd().split('\n');
    const commonRow = rows.find((row) => row.startsWith('tencent-common.csv,tencent-live,'));
    expect(
      commonRow,
      'the committed manifest gives tencent-common.csv to tencent-live',
    ).toBeDefined();
    const cells = commonRow!.split(',');
    const columns = header!.split(',');
    const set = (column: string, value: string): void => {
      cells[columns.indexOf(column)] = value;
    };
    set('vendor', NEW_PRODUCT);
    set('code_set', 'TencentVod');
    set('product', '腾讯云 云点播 VOD');
    set('api', 'vod');
    set('document_url', 'https://cloud.tencent.com/document/product/266');
    await writeFile(join(tables, 'sources.csv'), `${manifest.trimEnd()}\n${cells.join(',')}\n`);

    const loaded = await loadModel(tables);
    if (!loaded.ok) throw new Error(loaded.problems.map((problem) => problem.message).join('\n'));
    model = loaded.model;
    const emitted = emitPackage(model);
    files = new Map(emitted.map((file) => [file.path, unformattedText(file)]));
    for (const [path, text] of files) {
      await mkdir(dirname(join(work, 'package', path)), { recursive: true });
      await writeFile(join(work, 'package', path), text);
    }
  });

  afterAll(async () => {
    if (work !== '') await rm(work, { recursive: true, force: true });
  });

  it('is a vendor with its own subpath, parser and adapter', () => {
    expect(model.vendors.map((vendor) => vendor.id)).toContain(NEW_PRODUCT);
    const packageJson = JSON.parse(files.get('package.json') ?? '{}') as {
      exports: Record<string, unknown>;
    };
    expect(Object.keys(packageJson.exports)).toContain(`./${NEW_PRODUCT}`);
    const index = files.get(`src/${NEW_PRODUCT}/index.ts`) ?? '';
    expect(index).toContain('export function parseTencentVodError');
    expect(index).toContain(`export function ${TENCENT_ADAPTER!.name}`);
    expect(files.get('src/registry.ts')).toMatch(/'tencent-vod': 'tencent-api3'/);
  });

  it("reads the SDK's rejection as the new product's error, from its subpath and from the root", async () => {
    const vod = (await import(
      pathToFileURL(join(work, 'package', 'src', NEW_PRODUCT, 'index.ts')).href
    )) as Module;
    const root = (await import(
      pathToFileURL(join(work, 'package', 'src', 'index.ts')).href
    )) as Module;
    // What tencentcloud-sdk-nodejs rejects with for an API error: code, message, requestId.
    const rejection = {
      code: 'AuthFailure.SignatureExpire',
      message: 'Signature expired',
      requestId: 'r-1',
    };
    const fromSubpath = vod[TENCENT_ADAPTER!.name]!(rejection, { as: 'error' }) as {
      vendor: string;
      known: boolean;
      code: string;
      cause: unknown;
    };
    expect(fromSubpath).toBeInstanceOf(root['CloudApiError'] as unknown as new () => unknown);
    expect(fromSubpath).toMatchObject({
      vendor: NEW_PRODUCT,
      known: true,
      code: 'AuthFailure.SignatureExpire',
    });
    expect(fromSubpath.cause).toBe(rejection);
    expect(root[TENCENT_ADAPTER!.name]!(rejection, NEW_PRODUCT)).toMatchObject({
      vendor: NEW_PRODUCT,
      known: true,
      requestId: 'r-1',
    });
  });
});
