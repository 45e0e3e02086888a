// The catalog page in headless Chromium finds the code in what on-call engineers paste: log lines, SDK errors' text, every envelope's error body, filled messages in either quote style.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_PAGE_PATH } from '../../generator/emit/emit-catalog-page.js';
import { emitPackage } from '../../generator/emit/registry.js';
import type { PackageModel } from '../../generator/model/model.js';
import { catalogFixtureModel } from './catalog-fixture.js';
import { launchChromium, type Chromium } from './chromium.js';

type ErrorResponse = (vendor: string, code: string | number) => { status: number; body: unknown };

let chromium: Chromium;
let work = '';
let fixture: PackageModel;
let disposeFixture = async (): Promise<void> => {};
let errorResponse: ErrorResponse;
let page: Page;
/** Console errors and warnings, and uncaught exceptions, of the page. */
let problems: string[] = [];

beforeAll(async () => {
  const loaded = await catalogFixtureModel();
  fixture = loaded.model;
  disposeFixture = loaded.dispose;
  work = await mkdtemp(path.join(os.tmpdir(), 'catalog-paste-'));
  for (const file of emitPackage(fixture)) {
    await mkdir(path.dirname(path.join(work, file.path)), { recursive: true });
    await writeFile(path.join(work, file.path), file.contents);
  }
  // A computed specifier: the fixture package's own errorResponse() makes the bodies.
  errorResponse = (
    (await import(path.join(work, 'src', 'index.ts'))) as { errorResponse: ErrorResponse }
  ).errorResponse;
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(pathToFileURL(path.join(work, CATALOG_PAGE_PATH)).href);
});

afterAll(async () => {
  await chromium?.close();
  await disposeFixture();
  if (work !== '') await rm(work, { recursive: true, force: true });
});

afterEach(() => {
  const seen = problems;
  problems = [];
  expect(seen, 'console errors and uncaught exceptions').toEqual([]);
});

/** Puts the text into the search box as a paste does (one input event), and answers `vendor/code` of each result shown. */
async function paste(text: string): Promise<string[]> {
  await page.fill('#search', '');
  await page.fill('#search', text);
  return page.$$eval('#results li.result', (items) =>
    items.map(
      (item) =>
        `${item.querySelector('.vendor')?.getAttribute('data-vendor') ?? ''}/${item.querySelector('.code')?.textContent ?? ''}`,
    ),
  );
}

/** `vendor/code` of each variant of a code at the vendors given, in catalog order. */
const variantsAt = (vendors: readonly string[], code: string | number): string[] =>
  fixture.vendors
    .filter((vendor) => vendors.includes(vendor.id))
    .flatMap((vendor) =>
      vendor.codeSets.flatMap((codeSet) =>
        codeSet.codes
          .filter((candidate) => candidate.code === code)
          .flatMap((candidate) => candidate.variants.map(() => `${vendor.id}/${String(code)}`)),
      ),
    );

const everyVendor = (): string[] => fixture.vendors.map((vendor) => vendor.id);

describe('pasting into the search', () => {
  const lines: { kind: string; text: string; code: string | number }[] = [
    {
      kind: 'a logfmt line',
      text: '2026-12-05T08:00:00Z level=error code=AuthFailure.SignatureExpire msg="call failed"',
      code: 'AuthFailure.SignatureExpire',
    },
    {
      kind: "a Go SDK error's text",
      text: '[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=Signature expired., RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
      code: 'AuthFailure.SignatureExpire',
    },
    {
      kind: "a Python SDK error's text",
      text: '[TencentCloudSDKException] code:AuthFailure.SignatureFailure message:签名错误 requestId:ed93f3cb',
      code: 'AuthFailure.SignatureFailure',
    },
    { kind: 'a colon field', text: 'upload failed: code: 40400001', code: 40400001 },
    { kind: 'a JSON field of a Kingsoft v1 log', text: '"RetCode": 8201', code: 8201 },
    {
      kind: 'a coloured log line',
      text: '\u001b[31mERROR\u001b[0m code=\u001b[1mAuthFailure.SignatureExpire\u001b[0m',
      code: 'AuthFailure.SignatureExpire',
    },
  ];
  it.each(lines)('$kind: the code, at every vendor that documents it', async ({ text, code }) => {
    const want = variantsAt(everyVendor(), code);
    expect(want.length).toBeGreaterThan(0);
    expect((await paste(text)).slice(0, want.length)).toEqual(want);
  });

  it('an Upyun body as the issue quotes it', async () => {
    const found = await paste(
      '{"msg":"file or directory not found","code":40400001,"id":"11e4a729d24943409933a5e8314cd32e"}',
    );
    expect(found[0]).toBe('upyun/40400001');
  });

  it("every code set's error body as errorResponse() gives it: the code at the vendors of its envelope only", async () => {
    for (const vendor of fixture.vendors) {
      for (const codeSet of vendor.codeSets) {
        const { code } = codeSet.codes[0]!;
        const { body } = errorResponse(vendor.id, code);
        const vendors = [
          ...new Set(
            fixture.vendors
              .filter((other) => other.codeSets.some((set) => set.envelope === codeSet.envelope))
              .map((other) => other.id),
          ),
        ];
        const want = variantsAt(vendors, code);
        for (const text of [
          JSON.stringify(body),
          JSON.stringify(body, null, 2),
          `ERROR request failed: ${JSON.stringify(body)}`,
        ]) {
          const found = await paste(text);
          expect(found.slice(0, want.length), text).toEqual(want);
          // A code of the same spelling at a vendor of another envelope is not what the body means.
          const others = variantsAt(everyVendor(), code).filter((shown) => !want.includes(shown));
          for (const other of others) expect(found, text).not.toContain(other);
        }
      }
    }
  });

  it('a filled message finds its template whatever quotes either uses', async () => {
    const template = fixture.vendors
      .flatMap((vendor) => vendor.codeSets.flatMap((codeSet) => codeSet.codes))
      .flatMap((code) => code.variants)
      .find((entry) => entry.message !== undefined && /“%s”/.test(entry.message));
    expect(template, 'the fixture has a template in curly quotes').toBeDefined();
    const filled = template!.message!.replace('%s', 'Region');
    const straight = filled.replace(/[“”]/g, '"');
    for (const text of [filled, straight])
      expect((await paste(text))[0], text).toBe(`${template!.vendor}/${String(template!.code)}`);
    expect((await paste('Media not found with mda-jdekywp8pek91e0n'))[0]).toBe(
      'baidu-vod/MediaNotFound',
    );
  });
});
