// The catalog page in a real headless Chromium, opened from file://: search kinds, ranking, filters, links, keys, example bodies.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_PAGE_PATH } from '../../generator/emit/emit-catalog-page.js';
import { emitPackage } from '../../generator/emit/registry.js';
import { requireModel } from '../../generator/load-model.js';
import type {
  CodeNode,
  CodeSetNode,
  EntryNode,
  PackageModel,
  VendorNode,
} from '../../generator/model/model.js';
import { catalogFixtureModel } from './catalog-fixture.js';
import { launchChromium, type Chromium } from './chromium.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

type ErrorResponse = (
  vendor: string,
  code: string | number,
  opts?: { variant?: number },
) => { status: number; body: unknown };

let chromium: Chromium;
let work = '';
let fixture: PackageModel;
let disposeFixture = async (): Promise<void> => {};
let fixtureUrl = '';
let fixtureErrorResponse: ErrorResponse;
/** Console errors and warnings, and uncaught exceptions, of every page a test opened. */
let problems: string[] = [];
/** Pages opened by one test, closed after it. */
const pages: Page[] = [];
/** The fixture page, loaded once: most tests drive it through its address and its form. */
let shared: Page;

beforeAll(async () => {
  const loaded = await catalogFixtureModel();
  fixture = loaded.model;
  disposeFixture = loaded.dispose;
  work = await mkdtemp(path.join(os.tmpdir(), 'catalog-page-'));
  // The whole package of the fixture tables, unformatted (formatting changes no behaviour).
  for (const file of emitPackage(fixture)) {
    await mkdir(path.dirname(path.join(work, file.path)), { recursive: true });
    await writeFile(path.join(work, file.path), file.contents);
  }
  fixtureUrl = pathToFileURL(path.join(work, CATALOG_PAGE_PATH)).href;
  const pkg = (await import(path.join(work, 'src', 'index.ts'))) as {
    errorResponse: ErrorResponse;
  };
  fixtureErrorResponse = pkg.errorResponse;
  chromium = await launchChromium();
  shared = await watch(await chromium.context.newPage());
  await shared.goto(fixtureUrl);
});

afterAll(async () => {
  await chromium?.close();
  await disposeFixture();
  if (work !== '') await rm(work, { recursive: true, force: true });
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
  const seen = problems;
  problems = [];
  expect(seen, 'console errors and uncaught exceptions').toEqual([]);
});

async function watch(page: Page): Promise<Page> {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return page;
}

/** A new tab loading the address: the page reads its state from the address at load. */
async function open(url: string): Promise<Page> {
  const page = await watch(await chromium.context.newPage());
  pages.push(page);
  await page.goto(url);
  return page;
}

/** The shared page at another address (`#`: a clean search), as a pasted link in the same tab. */
async function go(hash: string): Promise<Page> {
  await shared.evaluate(async (wanted) => {
    if (location.hash === wanted || (wanted === '#' && location.hash === '')) {
      // The same address does not fire hashchange: pass through another one.
      const away = new Promise((resolve) =>
        window.addEventListener('hashchange', resolve, { once: true }),
      );
      location.hash = '#q=';
      await away;
    }
    const changed = new Promise((resolve) =>
      window.addEventListener('hashchange', resolve, { once: true }),
    );
    location.hash = wanted;
    await changed;
  }, hash);
  return shared;
}

/** `vendor/code` of each result shown, in order. */
const shown = (page: Page): Promise<string[]> =>
  page.$$eval('#results li.result', (items) =>
    items.map(
      (item) =>
        `${item.querySelector('.vendor')?.getAttribute('data-vendor') ?? ''}/${item.querySelector('.code')?.textContent ?? ''}`,
    ),
  );

/** Every result of the search, "Show more" pressed until none is left. */
async function allShown(page: Page): Promise<string[]> {
  while (await page.isVisible('#more')) await page.click('#more');
  return shown(page);
}

const entriesOf = (model: PackageModel): EntryNode[] =>
  model.vendors.flatMap((vendor) =>
    vendor.codeSets.flatMap((codeSet) => codeSet.codes.flatMap((code) => code.variants)),
  );

/** Every code's view, opened through the address as a reader would, with each variant's example response. */
async function examplesOnPage(
  page: Page,
  codes: readonly { vendor: string; code: string | number }[],
): Promise<{ status: string; body: string }[][]> {
  return page.evaluate(async (wanted) => {
    const views: { status: string; body: string }[][] = [];
    for (const { vendor, code } of wanted) {
      const changed = new Promise((resolve) =>
        window.addEventListener('hashchange', resolve, { once: true }),
      );
      location.hash = `#${vendor}/${encodeURIComponent(String(code))}`;
      await changed;
      views.push(
        [...document.querySelectorAll('#code-view .variant')].map((section) => ({
          status: section.querySelector('.http')?.textContent ?? '',
          body: section.querySelector('.example-body')?.textContent ?? '',
        })),
      );
    }
    return views;
  }, codes);
}

/** What the page must show for each code: errorResponse()'s status and body, every variant. */
function expectedExamples(
  model: PackageModel,
  errorResponse: ErrorResponse,
  include: (code: CodeNode, codeSet: CodeSetNode, vendor: VendorNode) => boolean = () => true,
) {
  return model.vendors.flatMap((vendor) =>
    vendor.codeSets.flatMap((codeSet) =>
      codeSet.codes
        .filter((code) => include(code, codeSet, vendor))
        .map((code) => ({
          vendor: vendor.id,
          code: code.code,
          views: code.variants.map((_, variant) => {
            const response = errorResponse(vendor.id, code.code, { variant });
            return {
              status: `HTTP ${response.status}`,
              body: JSON.stringify(response.body, null, 2),
            };
          }),
        })),
    ),
  );
}

describe('the catalog page of the fixture tables', () => {
  it('opens from file:// and lists every documented variant', async () => {
    const page = await go('#');
    expect(new URL(page.url()).protocol).toBe('file:');
    const all = entriesOf(fixture);
    expect(await allShown(page)).toEqual(all.map((entry) => `${entry.vendor}/${entry.code}`));
    expect(await page.textContent('#search-status')).toContain(`${all.length} documented errors`);
  });

  const searches: { kind: string; query: string; first: string[] }[] = [
    { kind: 'an exact integer code', query: '40400001', first: ['upyun/40400001'] },
    {
      kind: 'an exact string code',
      query: 'AuthFailure.SignatureFailure',
      first: [
        'tencent-live/AuthFailure.SignatureFailure',
        'tencent-streamlive/AuthFailure.SignatureFailure',
      ],
    },
    {
      kind: 'part of a code',
      query: 'SignatureFail',
      first: [
        'tencent-live/AuthFailure.SignatureFailure',
        'tencent-streamlive/AuthFailure.SignatureFailure',
      ],
    },
    {
      kind: 'a filled message',
      query: 'Media not found with mda-jdekywp8pek91e0n',
      first: ['baidu-vod/MediaNotFound'],
    },
    {
      kind: 'a zh description',
      query: '签名过期',
      first: [
        'tencent-live/AuthFailure.SignatureExpire',
        'tencent-streamlive/AuthFailure.SignatureExpire',
      ],
    },
    {
      kind: 'an en description',
      query: 'signature',
      first: ['kingsoft-live/SignatureNotMatch', 'tencent-live/AuthFailure.SignatureExpire'],
    },
  ];
  it.each(searches)('finds $kind as you type: $query', async ({ query, first }) => {
    const page = await go('#');
    await page.fill('#search', query);
    expect((await shown(page)).slice(0, first.length)).toEqual(first);
    // The address holds the search once typing pauses, readable back as the same query.
    await page.waitForFunction(
      (wanted) => new URLSearchParams(location.hash.slice(1)).get('q') === wanted,
      query,
    );
  });

  it('finds an en description in the results it shows, and marks the match', async () => {
    const page = await go('#');
    await page.fill('#search', 'signature');
    const texts = await page.$$eval('#results li.result', (items) =>
      items.map((item) => item.textContent ?? ''),
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text.toLowerCase()).toContain('signature');
    // Marked with a highlight range per text (the CSS Custom Highlight API), not with markup.
    const marked = await page.evaluate(() =>
      [...(CSS.highlights.get('search') ?? [])].map((range) => ({
        text: range.toString().toLowerCase(),
        inResults: document.getElementById('results')!.contains(range.startContainer),
      })),
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every(({ text, inResults }) => text === 'signature' && inResults)).toBe(true);
  });

  it('ranks the exact code first, then codes it begins, then text', async () => {
    const page = await go('#');
    await page.fill('#search', 'AuthFailure');
    expect(await shown(page)).toEqual([
      'tencent-live/AuthFailure',
      'tencent-streamlive/AuthFailure',
      'tencent-live/AuthFailure.SignatureExpire',
      'tencent-live/AuthFailure.SignatureFailure',
      'tencent-streamlive/AuthFailure.SignatureExpire',
      'tencent-streamlive/AuthFailure.SignatureFailure',
      'kingsoft-live/SignatureNotMatch',
    ]);
  });

  const filters: {
    name: string;
    select: string;
    value: string;
    param: string;
    keep: (entry: EntryNode) => boolean;
  }[] = [
    {
      name: 'vendor',
      select: '#filter-vendor',
      value: 'kingsoft-live',
      param: 'vendor=kingsoft-live',
      keep: (e) => e.vendor === 'kingsoft-live',
    },
    {
      name: 'category',
      select: '#filter-category',
      value: 'auth',
      param: 'category=auth',
      keep: (e) => e.category === 'auth',
    },
    {
      name: 'retryable',
      select: '#filter-retryable',
      value: 'yes',
      param: 'retryable=yes',
      keep: (e) => e.retryable,
    },
    {
      name: 'not retryable',
      select: '#filter-retryable',
      value: 'no',
      param: 'retryable=no',
      keep: (e) => !e.retryable,
    },
  ];
  it.each(filters)(
    'filters by $name, into the address and back out of it',
    async ({ select, value, param, keep }) => {
      const page = await go('#');
      // The filters fold away, so that Tab goes from the search to the results.
      if (!(await page.$eval('#filters', (box) => (box as HTMLDetailsElement).open)))
        await page.click('#filters summary');
      await page.selectOption(select, value);
      const want = entriesOf(fixture)
        .filter(keep)
        .map((entry) => `${entry.vendor}/${entry.code}`);
      expect(want.length).toBeGreaterThan(0);
      expect(await allShown(page)).toEqual(want);
      expect(new URL(page.url()).hash).toContain(param);
      // The same address pasted again: the same filter, the same results.
      const address = new URL(page.url()).hash;
      await go('#');
      expect(await allShown(page)).not.toEqual(want);
      await go(address);
      expect(await page.inputValue(select)).toBe(value);
      expect(await allShown(page)).toEqual(want);
    },
  );

  it('keeps the card of a result that stays while typing, and shows what a fresh page shows', async () => {
    const page = await go('#');
    await page.focus('#search');
    // Before each keystroke every card is tagged with its link; after it, a result that was shown
    // before must be that same element, and a new one a new element.
    const typed: {
      query: string;
      results: string[];
      marked: string[];
      kept: number;
      stale: string[];
    }[] = [];
    const keys = [...'Signature', ...Array(9).fill('Backspace'), ...'Auth', 'Backspace', ...'4040'];
    for (const key of keys) {
      await page.evaluate(() => {
        for (const card of document.querySelectorAll<HTMLElement & { taggedHref?: string }>(
          '#results li.result',
        ))
          card.taggedHref = card.querySelector('a.code')!.getAttribute('href')!;
      });
      const shownBefore = await page.$$eval('#results a.code', (links) =>
        links.map((link) => link.getAttribute('href')!),
      );
      await page.keyboard.press(key);
      const now = await page.evaluate(() => {
        const cards = [
          ...document.querySelectorAll<HTMLElement & { taggedHref?: string }>('#results li.result'),
        ];
        return {
          query: (document.getElementById('search') as HTMLInputElement).value,
          cards: cards.map((card) => ({
            href: card.querySelector('a.code')!.getAttribute('href')!,
            before: card.taggedHref ?? null,
          })),
          marked: [...(CSS.highlights.get('search') ?? [])].map((range) => range.toString()),
        };
      });
      typed.push({
        query: now.query,
        results: now.cards.map((card) => card.href),
        marked: now.marked,
        kept: now.cards.filter((card) => card.before !== null).length,
        stale: now.cards
          .filter((card) =>
            card.before === null ? shownBefore.includes(card.href) : card.before !== card.href,
          )
          .map((card) => card.href),
      });
    }
    expect(typed.reduce((sum, { kept }) => sum + kept, 0)).toBeGreaterThan(0);
    expect(typed.flatMap(({ stale }) => stale)).toEqual([]);
    const fresh = await open(fixtureUrl);
    for (const { query, results, marked } of typed) {
      await fresh.fill('#search', query);
      const want = await fresh.$$eval('#results a.code', (links) =>
        links.map((link) => link.getAttribute('href')!),
      );
      expect(results, query).toEqual(want);
      const needle = query.trim().toLowerCase();
      for (const text of marked) expect(text.toLowerCase(), query).toBe(needle);
      if (needle !== '' && results.length > 0) expect(marked.length, query).toBeGreaterThan(0);
    }
  });

  it('writes the address as typing pauses, without a history entry per keystroke', async () => {
    const page = await go('#');
    const before = await page.evaluate(() => history.length);
    await page.focus('#search');
    await page.keyboard.type('4040');
    expect(await shown(page)).toEqual(['upyun/40400001']);
    await page.waitForFunction(() => location.hash === '#q=4040');
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  it('opens a search from a link: #q=签名过期', async () => {
    const page = await open(`${fixtureUrl}#q=签名过期`);
    expect(await page.inputValue('#search')).toBe('签名过期');
    expect(await shown(page)).toEqual([
      'tencent-live/AuthFailure.SignatureExpire',
      'tencent-streamlive/AuthFailure.SignatureExpire',
    ]);
  });

  it('opens a code from a link: #tencent-live/AuthFailure.SignatureFailure', async () => {
    const page = await open(`${fixtureUrl}#tencent-live/AuthFailure.SignatureFailure`);
    expect(await page.isVisible('#code-view')).toBe(true);
    expect(await page.isVisible('#search-view')).toBe(false);
    expect(await page.textContent('#code-view h2')).toBe('AuthFailure.SignatureFailure');
    const view = (await page.textContent('#code-view')) ?? '';
    expect(view).toContain('签名错误。');
    expect(view).toContain(
      "import { TencentLiveErrorCode, parseTencentLiveError } from 'cloud-error-codes/tencent-live';",
    );
    expect(view).toContain('TencentLiveErrorCode.AuthFailureSignatureFailure');
    expect(await page.title()).toContain('AuthFailure.SignatureFailure');
    // The fixture's manifest gives CSS Live's page its address: the document and the sources link it.
    expect(await page.getAttribute('#code-view dd a', 'href')).toBe(
      'https://cloud.tencent.com/document/product/267',
    );
    expect(
      await page.$$eval('#sources a', (links) => links.map((link) => link.getAttribute('href'))),
    ).toContain('https://cloud.tencent.com/document/product/267');
  });

  it('shows every variant of a repeated code, and an alias opens the code it names', async () => {
    const page = await go('#kingsoft-live/InvalidParameterValue');
    expect(
      await page.$$eval('#code-view .variant h3', (titles) =>
        titles.map((title) => title.textContent),
      ),
    ).toEqual(['Variant 1 of 2', 'Variant 2 of 2']);
    await go('#baidu-vod/MediaException.MediaNotFound');
    expect(await page.textContent('#code-view h2')).toBe('MediaNotFound');
    expect(await page.textContent('#code-view .aliases')).toContain('MediaException.MediaNotFound');
    await go('#upyun/12345');
    expect(await page.textContent('#code-view')).toContain('upyun documents no code 12345');
  });

  it('goes from a result to its code and back to the same search', async () => {
    const page = await go('#');
    await page.fill('#search', '签名过期');
    await page.click('#results li.result a.code');
    await page.waitForSelector('#code-view h2');
    expect(await page.textContent('#code-view h2')).toBe('AuthFailure.SignatureExpire');
    await page.goBack();
    await page.waitForSelector('#search-view:not([hidden])');
    expect(await page.inputValue('#search')).toBe('签名过期');
    expect((await shown(page)).length).toBe(2);
    // Enter opens the best match.
    await page.fill('#search', '40400001');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#code-view:not([hidden])');
    expect(new URL(page.url()).hash).toBe('#upyun/40400001');
  });

  it('focuses the search on /, without typing it', async () => {
    const page = await go('#upyun/40400001');
    await page.click('#code-view h2');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    expect(await page.inputValue('#search')).toBe('');
    // Typing from the code's view goes back to searching.
    await page.keyboard.type('4290');
    expect(await shown(page)).toEqual(['upyun/42900002']);
  });

  it("shows each variant's example body exactly as errorResponse() gives it", async () => {
    const page = await go('#');
    const want = expectedExamples(fixture, fixtureErrorResponse);
    expect(await examplesOnPage(page, want)).toEqual(want.map((code) => code.views));
  });

  it("shows a vendor's text as text, never as markup", async () => {
    const page = await go('#q=alert');
    expect(await page.$$eval('#results script', (scripts) => scripts.length)).toBe(0);
    expect(await page.textContent('#results')).toContain('<script>alert(1)</script> & "quotes"');
  });

  it('fits a phone and follows the dark colour scheme', async () => {
    const page = await open(`${fixtureUrl}#kingsoft-live/InvalidParameterValue`);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
  });
});

describe('the committed page', () => {
  it("opens from file:// and gives errorResponse()'s body for every code set, repeated code and alias", async () => {
    const model = await requireModel(path.join(ROOT, 'tables'));
    const committed = path.join(ROOT, 'generated', CATALOG_PAGE_PATH);
    const pkg = (await import(path.join(ROOT, 'generated', 'src', 'index.ts'))) as {
      errorResponse: ErrorResponse;
    };
    const page = await open(`${pathToFileURL(committed).href}#`);
    // Not every code (a code's view is a navigation, about 20 ms each): each code set's first and
    // last code, every code with more than one variant, every code with an alias.
    const sample = (code: CodeNode, codeSet: CodeSetNode, vendor: VendorNode): boolean =>
      code === codeSet.codes[0] ||
      code === codeSet.codes[codeSet.codes.length - 1] ||
      code.variants.length > 1 ||
      vendor.aliases.some((alias) => alias.codeSet === codeSet.prefix && alias.code === code.code);
    const want = expectedExamples(model, pkg.errorResponse, sample);
    expect(want.length).toBeGreaterThan(2 * model.vendors.length);
    expect(await examplesOnPage(page, want)).toEqual(want.map((code) => code.views));
  });
});
