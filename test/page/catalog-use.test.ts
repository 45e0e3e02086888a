// The catalog page as on-call engineers use it, in Chromium: axe-core on every view, a phone, the keyboard, Back, the advice, copying.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogPageHtml, CATALOG_PAGE_PATH } from '../../generator/emit/emit-catalog-page.js';
import { enumName } from '../../generator/emit/lib/names.js';
import { requireModel } from '../../generator/load-model.js';
import type { CodeNode, EntryNode, PackageModel } from '../../generator/model/model.js';
import { vendorWords } from '../../generator/shipped/page/catalog-scope.js';
import { catalogFixtureModel } from './catalog-fixture.js';
import { launchChromium, type Chromium } from './chromium.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let chromium: Chromium;
let work = '';
let fixture: PackageModel;
let committed: PackageModel;
let disposeFixture = async (): Promise<void> => {};
let fixtureUrl = '';
const committedUrl = pathToFileURL(path.join(ROOT, 'generated', CATALOG_PAGE_PATH)).href;
let problems: string[] = [];
const pages: Page[] = [];

beforeAll(async () => {
  const loaded = await catalogFixtureModel();
  fixture = loaded.model;
  disposeFixture = loaded.dispose;
  committed = await requireModel(path.join(ROOT, 'tables'));
  work = await mkdtemp(path.join(os.tmpdir(), 'catalog-use-'));
  await writeFile(path.join(work, 'index.html'), catalogPageHtml(fixture));
  fixtureUrl = pathToFileURL(path.join(work, 'index.html')).href;
  chromium = await launchChromium();
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

/** A new tab at the address, in the colour scheme and size given. */
async function open(
  url: string,
  options: { scheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  const page = await chromium.context.newPage();
  pages.push(page);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.setViewportSize(options.viewport ?? DESKTOP);
  await page.emulateMedia({ colorScheme: options.scheme ?? 'light' });
  await page.goto(url);
  return page;
}

/** Follows an address in the same tab, as a pasted link. */
async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate(async (wanted) => {
    const changed = new Promise((resolve) =>
      window.addEventListener('hashchange', resolve, { once: true }),
    );
    location.hash = wanted;
    await changed;
  }, hash);
}

/** axe-core's violations of any impact on the page as it is: `impact rule: target` each. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.impact} ${violation.id}: ${node.target.join(' ')}`,
      ),
    );
  });
}

const scrollWidth = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth);

const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.closest('li.result') !== null && active?.closest('li.result') !== undefined
      ? `result ${[...document.querySelectorAll('#results li.result')].indexOf(active.closest('li.result')!)}`
      : active === null
        ? ''
        : active.id || active.tagName;
  });

const resultCount = (page: Page): Promise<number> =>
  page.$$eval('#results li.result', (items) => items.length);

const entriesOf = (model: PackageModel): EntryNode[] =>
  model.vendors.flatMap((vendor) =>
    vendor.codeSets.flatMap((codeSet) => codeSet.codes.flatMap((code) => code.variants)),
  );

/** A code of the fixture whose variants differ, one with a class and siblings, a Tencent one. */
const MULTI = '#kingsoft-live/InvalidParameterValue';
const TENCENT = '#tencent-live/AuthFailure.SignatureExpire';

describe('accessibility (axe-core, every impact)', () => {
  const views: { name: string; hash: string; scheme: 'light' | 'dark'; phone?: boolean }[] = [
    { name: 'results, light', hash: '#', scheme: 'light' },
    { name: 'results with highlights, dark', hash: '#q=signature', scheme: 'dark' },
    { name: 'results with highlights, light', hash: '#q=signature', scheme: 'light' },
    { name: 'results on a phone, dark', hash: '#q=auth', scheme: 'dark', phone: true },
    { name: 'a code view, light', hash: MULTI, scheme: 'light' },
    { name: 'a code view, dark', hash: TENCENT, scheme: 'dark' },
    { name: 'a code view on a phone, light', hash: TENCENT, scheme: 'light', phone: true },
    { name: 'a code view on a phone, dark', hash: MULTI, scheme: 'dark', phone: true },
    { name: 'no documented code', hash: '#upyun/12345', scheme: 'dark' },
  ];
  it.each(views)('has no violation: $name', async ({ hash, scheme, phone }) => {
    const page = await open(`${fixtureUrl}${hash}`, {
      scheme,
      viewport: phone === true ? PHONE : DESKTOP,
    });
    expect(await axeViolations(page)).toEqual([]);
    if (phone === true) expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
  });

  // axe reads elements, and a match is marked by a highlight range, which it does not see: the
  // highlight's own colours are checked here, with axe's colour functions, where it paints.
  it.each(['light', 'dark'] as const)(
    'marks the matches in %s at a contrast of 4.5:1 or more',
    async (scheme) => {
      const page = await open(`${fixtureUrl}#q=signature`, { scheme });
      await axeViolations(page);
      const contrasts = await page.evaluate(() => {
        const { color } = (
          window as unknown as {
            axe: {
              commons: {
                color: {
                  Color: new () => { parseString(text: string): unknown };
                  getContrast(background: unknown, foreground: unknown): number;
                };
              };
            };
          }
        ).axe.commons;
        const parse = (text: string): unknown => {
          const parsed = new color.Color();
          parsed.parseString(text);
          return parsed;
        };
        return [...(CSS.highlights.get('search') ?? [])].map((range) => {
          const painted = getComputedStyle(
            range.startContainer.parentElement!,
            '::highlight(search)',
          );
          return color.getContrast(parse(painted.backgroundColor), parse(painted.color));
        });
      });
      expect(contrasts.length).toBeGreaterThan(0);
      expect(Math.min(...contrasts)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('has no violation with the filters open and set', async () => {
    const page = await open(`${fixtureUrl}#vendor=upyun&retryable=no`, { scheme: 'dark' });
    expect(await page.$eval('#filters', (box) => (box as HTMLDetailsElement).open)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('a phone (390 x 844)', () => {
  it('never scrolls sideways, on the committed codes with the widest views', async () => {
    // The longest codes and enum members of every code set: the lines that used to overflow.
    const width = (code: CodeNode, prefix: string): number =>
      Math.max(String(code.code).length, `${prefix}ErrorCode.${code.name}`.length);
    const widest = committed.vendors.flatMap((vendor) =>
      vendor.codeSets.flatMap((codeSet) =>
        [...codeSet.codes]
          .sort((a, b) => width(b, codeSet.prefix) - width(a, codeSet.prefix))
          .slice(0, 3)
          .map((code) => `#${vendor.id}/${encodeURIComponent(String(code.code))}`),
      ),
    );
    const page = await open(`${committedUrl}#`, { viewport: PHONE });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    for (const hash of widest) {
      await go(page, hash);
      expect(await page.isVisible('#code-view .advice'), hash).toBe(true);
      expect(await scrollWidth(page), hash).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('breaks a long code between its words, never inside one', async () => {
    const page = await open(`${fixtureUrl}#tencent-live/ResourceNotFound.DomainNotExist`, {
      viewport: { width: 320, height: 640 },
    });
    expect(await page.innerHTML('#code-view h2 code')).toBe(
      'Resource<wbr>Not<wbr>Found.<wbr>Domain<wbr>Not<wbr>Exist',
    );
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
  });
});

describe('the keyboard', () => {
  it('reaches each code block, a focusable region, with Tab', async () => {
    const page = await open(`${fixtureUrl}${MULTI}`);
    const blocks = await page.$$eval('#code-view pre', (pres) =>
      pres.map((pre) => [
        pre.getAttribute('tabindex'),
        pre.getAttribute('role'),
        pre.getAttribute('aria-label') ?? '',
      ]),
    );
    expect(blocks.length).toBeGreaterThan(1);
    for (const [tabindex, role, label] of blocks) {
      expect([tabindex, role]).toEqual(['0', 'region']);
      expect(label).not.toBe('');
    }
    const reached = new Set<string>();
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() =>
        document.activeElement?.tagName === 'PRE'
          ? document.activeElement.getAttribute('aria-label')
          : null,
      );
      if (label !== null) reached.add(label);
    }
    expect([...reached].sort()).toEqual(blocks.map(([, , label]) => label).sort());
  });

  it('goes from the search to the results with one Tab past the folded filters', async () => {
    const page = await open(`${fixtureUrl}#q=auth`);
    await page.focus('#search');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('result 0');
  });

  it('moves with the arrows, opens with Enter, comes back with Escape', async () => {
    const page = await open(`${fixtureUrl}#`);
    await page.focus('#search');
    await page.keyboard.type('auth');
    const count = await resultCount(page);
    expect(count).toBeGreaterThan(3);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('result 0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('result 1');
    await page.keyboard.press('End');
    expect(await focused(page)).toBe(`result ${count - 1}`);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const opened = await page.$eval('#results li.result:nth-child(2) a.code', (link) =>
      link.getAttribute('href'),
    );
    await page.keyboard.press('Enter');
    await page.waitForSelector('#code-view:not([hidden])');
    expect(new URL(page.url()).hash).toBe(opened);
    expect(await focused(page)).toBe('H2');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#search-view:not([hidden])');
    expect(await page.inputValue('#search')).toBe('auth');
    expect(await resultCount(page)).toBe(count);
    expect(await focused(page)).toBe('result 1');
    // ArrowUp from the first result, and Escape in the results, go back to the search box.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('search');
  });

  it('comes back with Escape from a code opened by its address, to the last search', async () => {
    const page = await open(`${fixtureUrl}#q=banned`);
    await go(page, '#upyun/40400001');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#search-view:not([hidden])');
    expect(await page.inputValue('#search')).toBe('banned');
  });
});

describe('Back', () => {
  it('restores the results shown after "Show more", the scroll position and the focus on the result opened', async () => {
    const page = await open(`${committedUrl}#`);
    const first = await resultCount(page);
    await page.click('#more');
    const shown = await resultCount(page);
    expect(shown).toBeGreaterThan(first);
    const position = first + Math.floor((shown - first) / 2);
    const link = page.locator('#results li.result a.code').nth(position);
    expect(position).toBeGreaterThan(first);
    await link.scrollIntoViewIfNeeded();
    const href = await link.getAttribute('href');
    const top = (): Promise<number> =>
      link.evaluate((element) => Math.round(element.closest('li')!.getBoundingClientRect().top));
    const scrollY = await page.evaluate(() => window.scrollY);
    expect(scrollY).toBeGreaterThan(0);
    const onScreen = await top();
    await link.click();
    await page.waitForSelector('#code-view:not([hidden])');
    expect(new URL(page.url()).hash).toBe(href);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.goBack();
    await page.waitForSelector('#search-view:not([hidden])');
    expect(await resultCount(page)).toBe(shown);
    // Where the reader was: the result opened at the same place on screen, the page scrolled as far.
    expect(await top()).toBe(onScreen);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    expect(await focused(page)).toBe(`result ${position}`);
    // And forward again, to the same code.
    await page.goForward();
    await page.waitForSelector('#code-view:not([hidden])');
    expect(new URL(page.url()).hash).toBe(href);
  });

  it('"Back to search" in a view opened from the results is the same step back', async () => {
    const page = await open(`${fixtureUrl}#q=auth`);
    const before = await page.evaluate(() => history.length);
    await page.click('#results li.result:nth-child(3) a.code');
    await page.waitForSelector('#code-view:not([hidden])');
    await page.click('#code-view p.back a');
    await page.waitForSelector('#search-view:not([hidden])');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    expect(await focused(page)).toBe('result 2');
  });
});

describe('the advice first', () => {
  /** What a person does about each category, when a retry does not help. */
  const FIXES: Readonly<Record<string, string>> = {
    auth: 'fix-credentials',
    permission: 'fix-account',
    quota: 'fix-account',
    'rate-limit': 'fix-account',
    'invalid-request': 'fix-request',
    'not-found': 'fix-request',
    conflict: 'fix-request',
    internal: 'report',
    unavailable: 'report',
    'dry-run': 'none',
    unknown: 'read',
  };
  it('opens every code with what to do, from its category and retryable, before the variants', async () => {
    const page = await open(`${fixtureUrl}#`);
    for (const vendor of fixture.vendors)
      for (const codeSet of vendor.codeSets)
        for (const code of codeSet.codes) {
          const hash = `#${vendor.id}/${encodeURIComponent(String(code.code))}`;
          await go(page, hash);
          const want = [
            ...new Set(
              code.variants.map((entry) => (entry.retryable ? 'retry' : FIXES[entry.category])),
            ),
          ];
          expect(
            await page.$$eval('#code-view .advice-item', (items) =>
              items.map((item) => item.getAttribute('data-action')),
            ),
            hash,
          ).toEqual(want);
          // The advice comes before the first variant, and names the table that decided it.
          expect(
            await page.$eval('#code-view', (view) => {
              const sections = [...view.querySelectorAll('section')].map(
                (section) => section.className,
              );
              return sections.indexOf('advice') < sections.indexOf('variant');
            }),
          ).toBe(true);
          for (const table of new Set(code.variants.map((entry) => entry.source.table)))
            expect(await page.textContent('#code-view .advice')).toContain(`tables/${table}`);
        }
  });

  it('shows a Tencent code as HTTP 200, with the reason, as its example response is', async () => {
    const page = await open(`${fixtureUrl}${TENCENT}`);
    const status = await page.$eval('#code-view .variant dd', (dd) => dd.textContent ?? '');
    expect(status).toMatch(/^200 /);
    expect(status).toContain('Response.Error.Code');
    expect(await page.textContent('#code-view .variant .http')).toBe('HTTP 200');
    await go(page, '#upyun/40400001');
    expect(await page.$eval('#code-view .variant dd', (dd) => dd.textContent)).toBe('404');
  });

  it('names the product, not the vendor id, in results, views and the vendor filter', async () => {
    const page = await open(`${fixtureUrl}#q=auth`);
    const products = new Map(
      fixture.vendors.map((vendor) => [vendor.id, vendor.sources.map((source) => source.product)]),
    );
    const chips = await page.$$eval('#results .facts .vendor', (spans) =>
      spans.map((span) => [span.getAttribute('data-vendor') ?? '', span.textContent ?? '']),
    );
    expect(chips.length).toBeGreaterThan(0);
    for (const [vendor = '', text = ''] of chips) expect(products.get(vendor)).toContain(text);
    const options = await page.$$eval('#filter-vendor option', (items) =>
      items.slice(1).map((item) => item.textContent ?? ''),
    );
    for (const [index, vendor] of fixture.vendors.entries())
      expect(options[index]).toContain(vendor.sources[0]!.product);
    await go(page, TENCENT);
    expect(await page.textContent('#code-view .code-meta .vendor')).toBe(
      products.get('tencent-live')![0],
    );
  });

  it('gives each variant its own link, which opens the view at that variant', async () => {
    const page = await open(`${fixtureUrl}${MULTI}`);
    const links = await page.$$eval('#code-view .variant .permalink', (items) =>
      items.map((item) => item.getAttribute('href')),
    );
    expect(links).toEqual([`${MULTI}/1`, `${MULTI}/2`]);
    await go(page, `${MULTI}/2`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('variant-2');
    // A result of one of several variants links to that variant.
    await go(page, '#q=Service busy');
    expect(await page.getAttribute('#results li.result a.code', 'href')).toBe(`${MULTI}/2`);
  });

  it('links the same code at other vendors and its family', async () => {
    const page = await open(`${fixtureUrl}${TENCENT}`);
    const related = await page.$$eval('#code-view .related a', (links) =>
      links.map((link) => link.getAttribute('href')),
    );
    const code = 'AuthFailure.SignatureExpire';
    const elsewhere = fixture.vendors
      .filter(
        (vendor) =>
          vendor.id !== 'tencent-live' &&
          vendor.codeSets.some((set) => set.codes.some((node) => node.code === code)),
      )
      .map((vendor) => `#${vendor.id}/${code}`);
    expect(elsewhere.length).toBeGreaterThan(0);
    const siblings = fixture.vendors
      .find((vendor) => vendor.id === 'tencent-live')!
      .codeSets.flatMap((set) => set.codes)
      .map((node) => String(node.code))
      .filter(
        (other) => other !== code && (other === 'AuthFailure' || other.startsWith('AuthFailure.')),
      )
      .map((other) => `#tencent-live/${other}`);
    expect(related).toEqual([...elsewhere, ...siblings]);
  });
});

describe('copy buttons', () => {
  it('copy the code, the enum member, each example response and the snippet', async () => {
    const page = await open(`${fixtureUrl}${MULTI}`);
    await page.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      // What the buttons hand the clipboard, recorded: a headless page has no clipboard to read.
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text: string) => void copied.push(text) },
      });
    });
    const buttons = page.locator('#code-view button.copy');
    const labels = await buttons.evaluateAll((items) =>
      items.map((item) => item.getAttribute('aria-label')),
    );
    for (let index = 0; index < labels.length; index += 1) await buttons.nth(index).click();
    const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    const kingsoft = fixture.vendors.find((vendor) => vendor.id === 'kingsoft-live')!;
    const codeSet = kingsoft.codeSets.find((set) =>
      set.codes.some((node) => node.code === 'InvalidParameterValue'),
    )!;
    const bodies = await page.$$eval('#code-view .example-body', (pres) =>
      pres.map((pre) => pre.textContent),
    );
    expect(labels).toEqual([
      'Copy the code',
      'Copy the enum member',
      'Copy the example response of variant 1',
      'Copy the example response of variant 2',
      'Copy the TypeScript snippet',
    ]);
    expect(copied).toEqual([
      'InvalidParameterValue',
      `${enumName(codeSet)}.InvalidParameterValue`,
      ...bodies,
      await page.textContent('#code-view .snippet'),
    ]);
    expect(JSON.parse(copied[2]!)).toHaveProperty('Error.Code', 'InvalidParameterValue');
    expect(await page.textContent('#copy-status')).toBe('Copied the TypeScript snippet.');
  });
});

describe('search under a vendor', () => {
  it("ranks the named vendor's own code first, on codes several vendors document", async () => {
    // Codes that more than one vendor documents, from the committed model (Tencent's CSS Live and
    // StreamLive share most of theirs), each with its vendors.
    const vendorsOf = new Map<string, Set<string>>();
    for (const entry of entriesOf(committed))
      if (typeof entry.code === 'string')
        vendorsOf.set(entry.code, (vendorsOf.get(entry.code) ?? new Set()).add(entry.vendor));
    const shared = [...vendorsOf].filter(([, vendors]) => vendors.size > 1);
    expect(shared.length).toBeGreaterThan(0);
    // The words the page takes for a vendor, by the page's own rule.
    const words = [...vendorWords(committed.vendors)];
    const ownWord = (id: string): string | undefined =>
      words.find(([word, vendor]) => vendor === id && word !== id)?.[0];
    const page = await open(`${committedUrl}#`);
    const first = async (): Promise<string> =>
      page.$eval(
        '#results li.result',
        (item) =>
          `${item.querySelector('.vendor')?.getAttribute('data-vendor')}/${item.querySelector('.code')?.textContent}`,
      );
    // A handful of the shared codes, spread over the list: enough to cover each vendor pair.
    const step = Math.max(1, Math.floor(shared.length / 5));
    for (const [code, vendors] of shared.filter((_, index) => index % step === 0)) {
      for (const vendor of vendors) {
        const word = ownWord(vendor);
        const queries = [`${vendor} ${code}`, `${code.toLowerCase()} ${vendor}`];
        if (word !== undefined) queries.push(`${word} ${code}`, `${code} ${word.toUpperCase()}`);
        for (const query of queries) {
          await go(page, `#q=${encodeURIComponent(query)}`);
          expect(await first(), query).toBe(`${vendor}/${code}`);
        }
        await go(page, `#q=${encodeURIComponent(code)}&vendor=${vendor}`);
        expect(await first(), `${code} filtered to ${vendor}`).toBe(`${vendor}/${code}`);
      }
      // Without a vendor, the exact code at every vendor comes before codes it begins.
      await go(page, `#q=${encodeURIComponent(code)}`);
      const codes = await page.$$eval('#results li.result .code', (items) =>
        items.map((item) => item.textContent),
      );
      const exact = entriesOf(committed).filter((entry) => entry.code === code).length;
      expect(codes.slice(0, exact), code).toEqual(Array(exact).fill(code));
      expect(codes.slice(exact), code).not.toContain(code);
    }
  });
});
