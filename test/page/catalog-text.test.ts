// The catalog page in Chromium carries hostile vendor text: its data parses back as written, results and code views show it exactly, and nothing around it changes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogPageHtml } from '../../generator/emit/emit-catalog-page.js';
import { catalogData } from '../../generator/emit/page/catalog-data.js';
import type { CodeNode, EntryNode, PackageModel } from '../../generator/model/model.js';
import { catalogEntries } from '../../generator/shipped/page/catalog-entries.js';
import { codeHash, handlingSnippet } from '../../generator/shipped/page/catalog-render.js';
import { hasSuspectCharacter } from '../../generator/validate/check-characters.js';
import { hostileCell, hostileString, RUNS } from '../helpers/hostile-text.js';
import { catalogFixtureModel } from './catalog-fixture.js';
import { launchChromium, type Chromium } from './chromium.js';

/** The cells of one generated row; `message` and `name` are one-line cells, as the schema has them. */
interface RowText {
  readonly message: string;
  readonly zh: string;
  readonly en: string;
  readonly name: string;
}

/** One row's cells from the given text of a one-line and of a multi-line cell. */
const rowOf = (text: (lineBreaks: boolean) => fc.Arbitrary<string>): fc.Arbitrary<RowText> =>
  fc.record({ message: text(false), zh: text(true), en: text(true), name: text(false) });

/**
 * Mostly rows validate accepts; a quarter of any strings at all (controls, lone surrogates,
 * U+2028), which the page's data must carry though no table holds them.
 */
const rowText: fc.Arbitrary<RowText> = fc.oneof(
  { weight: 3, arbitrary: rowOf((lineBreaks) => hostileCell({ lineBreaks })) },
  { weight: 1, arbitrary: rowOf(() => hostileString) },
);

/** Plain text in the same cells: the row every hostile row's markup is compared with. */
const PLAIN: RowText = { message: 'plain message', zh: '普通', en: 'plain', name: 'Plain' };

/** Codes that sort as they are numbered, so the model's order (and the page's) is the rows' order. */
const codeOf = (index: number): string => `Text${String(index).padStart(5, '0')}`;

/** One row in VIEW_EVERY has its code view opened: each view is a navigation, all results one page. */
const VIEW_EVERY = 10;

/** Whether the HTML parser shows the cells as they are: it turns CR into LF and drops NUL, which validate refuses. */
const shownAsIs = (text: RowText): boolean =>
  !hasSuspectCharacter(text.message, false) &&
  !hasSuspectCharacter(text.zh, true) &&
  !hasSuspectCharacter(text.en, true) &&
  !hasSuspectCharacter(text.name, false);

/** The fixture with its first string code set's codes replaced by one code per row: the plain row first. */
function modelWith(fixture: PackageModel, texts: readonly RowText[]): PackageModel {
  const model = structuredClone(fixture);
  const codeSet = model.vendors
    .flatMap((vendor) => vendor.codeSets)
    .find((candidate) => candidate.codeType === 'string')!;
  const template = codeSet.codes[0]!.variants[0];
  (codeSet as { codes: readonly CodeNode[] }).codes = [PLAIN, ...texts].map(
    (text, index): CodeNode => {
      const entry: EntryNode = {
        ...template,
        code: codeOf(index),
        name: text.name,
        message: text.message,
        description: { zh: text.zh, en: text.en },
      };
      return { type: 'code', code: entry.code, name: entry.name, variants: [entry] };
    },
  );
  return model;
}

/**
 * Tag names and ids of an element and everything in it, in document order: the markup without its
 * text. Defined in the page before its script runs, for the evaluations below.
 */
declare const skeletonOf: (element: Element) => string;
const SKELETON_SCRIPT = `globalThis.skeletonOf = (element) => [element, ...element.querySelectorAll('*')].map((node) => node.tagName + (node.id === '' ? '' : '#' + node.id)).join(' ');`;

/** The page's elements outside the parts its script fills from the data (their own children), and its scripts. */
async function pageOutline(page: Page): Promise<{ outline: string[]; scripts: string[] }> {
  return page.evaluate(() => {
    const filled = '#results, #code-view, #sources, select';
    return {
      outline: [...document.querySelectorAll('*')]
        .filter((element) => element.parentElement?.closest(filled) == null)
        .map((element) => element.tagName + (element.id === '' ? '' : `#${element.id}`)),
      scripts: [...document.scripts].map((script) => `${script.id}:${script.type}`),
    };
  });
}

let chromium: Chromium;
let fixture: PackageModel;
let disposeFixture = async (): Promise<void> => {};
let work = '';

beforeAll(async () => {
  const loaded = await catalogFixtureModel();
  fixture = loaded.model;
  disposeFixture = loaded.dispose;
  work = await mkdtemp(path.join(os.tmpdir(), 'catalog-text-'));
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await disposeFixture();
  if (work !== '') await rm(work, { recursive: true, force: true });
});

/** Writes the page the real emitter makes of the model, opens it and returns it with what it logged as a problem. */
async function openPage(
  model: PackageModel,
  name: string,
): Promise<{ page: Page; problems: string[] }> {
  const at = path.join(work, `${name}.html`);
  await writeFile(at, catalogPageHtml(model));
  const page = await chromium.context.newPage();
  await page.addInitScript(SKELETON_SCRIPT);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(pathToFileURL(at).href);
  return { page, problems };
}

describe('the catalog page carries vendor text as written', () => {
  it(`parses back and shows ${RUNS} hostile rows in one page, with nothing around them changed`, async () => {
    const clean = await openPage(fixture, 'clean');
    const expectedOutline = await pageOutline(clean.page);
    await clean.page.close();

    await fc.assert(
      fc.asyncProperty(fc.array(rowText, { minLength: RUNS, maxLength: RUNS }), async (texts) => {
        const model = modelWith(fixture, texts);
        const data = catalogData(model);
        const { page, problems } = await openPage(model, 'hostile');
        try {
          // The data, parsed in the page as its script parses it: every row as generate wrote it.
          // Compared as JSON text, which writes a lone surrogate as an escape both sides.
          const parsed = await page.evaluate(() => {
            const read = JSON.parse(document.getElementById('catalog-data')!.textContent!);
            return {
              rows: (read.rows as unknown[]).map((row) => JSON.stringify(row)),
              rest: JSON.stringify({ ...read, rows: [] }),
            };
          });
          expect(parsed.rows).toEqual(data.rows.map((row) => JSON.stringify(row)));
          expect(parsed.rest).toBe(JSON.stringify({ ...data, rows: [] }));

          // The page around the data: the same elements and scripts as the fixture's own page.
          expect(await pageOutline(page)).toEqual(expectedOutline);

          // Every result, all pages of them: the cells' text, in the markup of the plain row.
          const results = await page.evaluate(() => {
            const more = document.getElementById('more')!;
            while (!more.hidden) more.click();
            return [...document.querySelectorAll('#results > li')].map((item) => ({
              code: item.querySelector('a.code')?.textContent ?? null,
              name: item.querySelector('.name')?.textContent ?? null,
              zh: item.querySelector('p.description[lang="zh"]')?.textContent ?? null,
              en: item.querySelector('p.description[lang="en"]')?.textContent ?? null,
              message: item.querySelector('p.message code')?.textContent ?? null,
              skeleton: skeletonOf(item),
            }));
          });
          const ours = results.filter((result) => result.code?.startsWith('Text'));
          expect(ours.map((result) => result.code)).toEqual(
            [PLAIN, ...texts].map((_, index) => codeOf(index)),
          );
          const [plain, ...hostile] = ours;
          expect(plain).toMatchObject(PLAIN);
          let shown = 0;
          texts.forEach((text, index) => {
            const result = hostile[index]!;
            expect(result.skeleton, result.code!).toBe(plain!.skeleton);
            if (!shownAsIs(text)) return;
            shown += 1;
            const { message, zh, en, name } = result;
            expect({ message, zh, en, name }, result.code!).toEqual(text);
          });
          expect(shown, 'rows with cells validate accepts').toBeGreaterThan(RUNS / 2);

          // A sample of the codes' views, opened by their addresses (each is a same-document
          // navigation, tens of milliseconds): the cells, the enum member and the TypeScript.
          const entries = catalogEntries(data);
          const { vendor } = entries.find((entry) => entry.code === codeOf(0))!;
          const sample = [
            0,
            ...texts.map((_, index) => index + 1).filter((row) => row % VIEW_EVERY === 0),
          ];
          const views = await page.evaluate(
            async (hashes) => {
              const view = document.getElementById('code-view')!;
              const read = [];
              for (const hash of hashes) {
                const changed = new Promise((done) =>
                  window.addEventListener('hashchange', done, { once: true }),
                );
                location.hash = hash;
                await changed;
                const terms = Object.fromEntries(
                  [...view.querySelectorAll('section.variant dt')].map((term) => [
                    term.textContent,
                    term.nextElementSibling?.textContent ?? null,
                  ]),
                );
                const member = view.querySelector('code.member');
                read.push({
                  message: terms['Message'] ?? null,
                  zh: terms['中文'] ?? null,
                  en: terms['English'] ?? null,
                  member: member?.textContent ?? null,
                  memberCopied: member?.nextElementSibling?.getAttribute('data-copy') ?? null,
                  snippet: document.getElementById('snippet')?.textContent ?? null,
                  // A code breaks after its dots (<wbr>): where depends on the text.
                  skeleton: skeletonOf(view).replace(/( WBR)+/g, ''),
                });
              }
              return read;
            },
            sample.map((row) => codeHash(vendor, codeOf(row))),
          );
          const [plainView, ...hostileViews] = views;
          sample.slice(1).forEach((row, at) => {
            const view = hostileViews[at]!;
            const text = texts[row - 1]!;
            expect(view.skeleton, codeOf(row)).toBe(plainView!.skeleton);
            if (!shownAsIs(text)) return;
            const entry = entries.find((candidate) => candidate.code === codeOf(row))!;
            const member = `${entry.codeSet.enumName}.${text.name}`;
            expect(view).toEqual({
              message: text.message,
              zh: text.zh,
              en: text.en,
              member,
              memberCopied: member,
              snippet: handlingSnippet([entry]),
              skeleton: view.skeleton,
            });
          });
          expect(problems, 'console errors and uncaught exceptions').toEqual([]);
        } finally {
          await page.close();
        }
      }),
      // One page of RUNS rows: a failure names its row; shrinking would reload the page per step.
      { numRuns: 1, endOnFailure: true },
    );
  });
});
