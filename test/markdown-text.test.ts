// Tests that vendor text in Markdown (catalog cells, README and CHANGELOG lines) renders as exactly that text, with a real parser.

import fc from 'fast-check';
import { Marked } from 'marked';
import { format } from 'oxfmt';
import { describe, expect, it } from 'vitest';
import { emitDocsCatalog } from '../generator/emit/emit-docs-catalog.js';
import { readme } from '../generator/emit/emit-readme.js';
import { mdTable, mdTableCell, mdTableCode, mdText } from '../generator/emit/lib/markdown.js';
import { requireModel } from '../generator/load-model.js';
import { FIXTURE_TABLES } from './helpers/tables.js';
import { hostileCell, RUNS } from './helpers/hostile-text.js';

const marked = new Marked({ gfm: true });
const render = (markdown: string): string => marked.parse(markdown, { async: false });

/** The text of rendered inline HTML: `<br>` is a line break, any other tag is markup that got through. */
function textOf(html: string): string {
  const withoutBreaks = html.replace(/<br>/g, '\n');
  if (/<[a-z/!]/i.test(withoutBreaks)) throw new Error(`markup in the rendered text: ${html}`);
  return withoutBreaks
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The rendered cells of a table's body, row by row. */
function bodyCells(html: string): string[][] {
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]!),
  );
}

const OXFMT = { printWidth: 100, singleQuote: true, proseWrap: 'never' as const };

describe('Markdown text renders as the vendor wrote it', () => {
  it('a table cell, between cells that stay as they are, also once formatted', async () => {
    await fc.assert(
      fc.asyncProperty(hostileCell({ lineBreaks: true }), async (text) => {
        const markdown = `${mdTable(['before', 'cell', 'after'], [['a', mdTableCell(text), 'b']])}\n`;
        const formatted = (await format('catalog.md', markdown, OXFMT)).code;
        for (const document of [markdown, formatted]) {
          const rows = bodyCells(render(document));
          expect(rows).toHaveLength(1);
          expect(rows[0]).toHaveLength(3);
          expect(rows[0]![0]).toBe('a');
          expect(textOf(rows[0]![1]!)).toBe(text);
          expect(rows[0]![2]).toBe('b');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a code cell shows the code or message as written', () => {
    fc.assert(
      fc.property(hostileCell({ lineBreaks: false }), (text) => {
        const markdown = `${mdTable(['code', 'after'], [[mdTableCode(text), 'b']])}\n`;
        const [row] = bodyCells(render(markdown));
        expect(row).toHaveLength(2);
        const code = /^<code>([\s\S]*)<\/code>$/.exec(row![0]!);
        expect(textOf(code === null ? row![0]! : code[1]!)).toBe(text);
        expect(row![1]).toBe('b');
      }),
      { numRuns: RUNS },
    );
  });

  it('a paragraph and a heading (the README, the catalog, a CHANGELOG line), untouched by the formatter', async () => {
    await fc.assert(
      fc.asyncProperty(hostileCell({ lineBreaks: true }), async (text) => {
        const markdown = `before\n\n${mdText(text)}\n\n### ${mdText(text)}\n\nafter\n`;
        expect((await format('README.md', markdown, OXFMT)).code).toBe(markdown);
        const html = render(markdown);
        const blocks =
          /^<p>before<\/p>\n<p>([\s\S]*)<\/p>\n<h3>([\s\S]*)<\/h3>\n<p>after<\/p>\n$/.exec(html);
        expect(blocks, html).not.toBeNull();
        expect(textOf(blocks![1]!)).toBe(text);
        expect(textOf(blocks![2]!)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('escapes what the reviewer found rendered as markup', () => {
    expect(mdText('Key <bucket> is *required*')).toBe('Key \\<bucket\\> is \\*required\\*');
    expect(render(mdText('<img src=x onerror=alert(1)>'))).not.toContain('<img');
    expect(render(mdText('[link](javascript:alert(1))'))).not.toContain('<a');
  });

  it("shows sources.csv's product cell as text in the catalogs and the README", async () => {
    const product = 'Cloud <img src=x onerror=alert(1)> [docs](javascript:alert(1)) *Live*';
    const model = structuredClone(await requireModel(FIXTURE_TABLES));
    for (const vendor of model.vendors) {
      for (const source of vendor.sources) (source as { product: string }).product = product;
    }
    const shown = textOf(render(mdText(product)).replace(/^<p>|<\/p>\n$/g, ''));
    expect(shown).toBe(product);
    for (const markdown of [
      readme(model),
      ...emitDocsCatalog(model).map((file) => file.contents),
    ]) {
      const html = render(markdown);
      expect(markdown).toContain(mdText(product));
      expect(html).not.toMatch(/<img|href="javascript|<em>Live/);
    }
  });
});
