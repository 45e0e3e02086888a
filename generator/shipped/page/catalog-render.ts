// The page's HTML fragments as strings: a result, a code's view, the TypeScript that handles a code.
import type { CatalogSource } from './catalog-data.js';
import type { CatalogEntry } from './catalog-entries.js';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or an attribute value. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);

/**
 * Text with the first occurrence of the (lower-cased) needle marked. Only where lower-casing
 * keeps every position (it does not for a few letters such as `İ`), else the text unmarked.
 */
export function highlight(text: string, needle: string): string {
  if (needle === '') return escapeHtml(text);
  const lowered = text.toLowerCase();
  const at = lowered.length === text.length ? lowered.indexOf(needle) : -1;
  if (at < 0) return escapeHtml(text);
  const end = at + needle.length;
  return `${escapeHtml(text.slice(0, at))}<mark>${escapeHtml(text.slice(at, end))}</mark>${escapeHtml(text.slice(end))}`;
}

/** The address of a code's view: `#tencent-live/AuthFailure.SignatureFailure`. */
export const codeHash = (vendor: string, code: string | number): string =>
  `#${vendor}/${encodeURIComponent(String(code))}`;

export const sourceText = (source: CatalogSource): string =>
  `${source.document} › ${source.section}`;

/** HTML: the text as a link to the document's address where there is one (always https://, as validate checks). */
export const documentLink = (url: string | null, text: string): string =>
  url === null
    ? escapeHtml(text)
    : `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(text)}</a>`;

const retryText = (retryable: boolean): string => (retryable ? 'retryable' : 'not retryable');

function facts(entry: CatalogEntry): string {
  const items = [
    `<span class="vendor">${escapeHtml(entry.vendor)}</span>`,
    entry.httpStatus === null ? '' : `<span class="status">HTTP ${entry.httpStatus}</span>`,
    `<span class="category" data-category="${escapeHtml(entry.category)}">${escapeHtml(entry.category)}</span>`,
    `<span class="retry${entry.retryable ? ' yes' : ''}">${retryText(entry.retryable)}</span>`,
    entry.variants > 1
      ? `<span class="variant">variant ${entry.variant + 1} of ${entry.variants}</span>`
      : '',
  ];
  return items.filter((item) => item !== '').join('');
}

function texts(entry: CatalogEntry, needle: string): string {
  const parts: string[] = [];
  if (entry.zh !== null)
    parts.push(`<p class="description" lang="zh">${highlight(entry.zh, needle)}</p>`);
  if (entry.en !== null)
    parts.push(`<p class="description" lang="en">${highlight(entry.en, needle)}</p>`);
  if (entry.message !== null)
    parts.push(
      `<p class="message"><span>message</span> <code>${highlight(entry.message, needle)}</code></p>`,
    );
  return parts.join('');
}

/** One search result: the variant's facts, texts and document; the code links to its view. */
export function resultHtml(entry: CatalogEntry, needle: string): string {
  return (
    `<li class="result"><div class="head"><a class="code" href="${escapeHtml(codeHash(entry.vendor, entry.code))}"><code>${highlight(String(entry.code), needle)}</code></a>` +
    `<span class="name">${highlight(entry.name, needle)}</span></div>` +
    `<div class="facts">${facts(entry)}</div>${texts(entry, needle)}` +
    `<p class="source">${escapeHtml(sourceText(entry.source))}${entry.alsoIn.map((source) => ` · also in ${escapeHtml(source.document)}`).join('')}</p></li>`
  );
}

/** How a service handles the code with the package: its vendor's parser and enum. */
export function handlingSnippet(variants: readonly [CatalogEntry, ...CatalogEntry[]]): string {
  const [first] = variants;
  const { codeSet } = first;
  const alike = variants.every(
    (entry) => entry.category === first.category && entry.retryable === first.retryable,
  );
  const advice = alike
    ? `${first.category}, ${
        first.retryable
          ? 'retryable: the same request may pass if sent again later'
          : 'not retryable: the same request will fail the same way'
      }`
    : 'the variants differ: error.entry is the one the response names, error.retryable says whether to retry';
  return [
    `import { ${codeSet.enumName}, ${codeSet.parseFunction} } from '${codeSet.module}';`,
    '',
    `const error = ${codeSet.parseFunction}(response.status, await response.json());`,
    `if (error?.known && error.code === ${codeSet.enumName}.${first.name}) {`,
    `  // ${advice}`,
    '}',
  ].join('\n');
}

/** An example response of one variant, as `errorResponse()` gives it. */
export interface ExampleResponse {
  readonly status: number;
  /** The body as JSON text, indented by two spaces. */
  readonly body: string;
}

function variantHtml(entry: CatalogEntry, example: ExampleResponse): string {
  const rows: [string, string][] = [
    ['HTTP status', entry.httpStatus === null ? 'not documented' : String(entry.httpStatus)],
    [
      'Category',
      `<span class="category" data-category="${escapeHtml(entry.category)}">${escapeHtml(entry.category)}</span>`,
    ],
    ['Retryable', entry.retryable ? 'yes' : 'no'],
  ];
  if (entry.message !== null) rows.push(['Message', `<code>${escapeHtml(entry.message)}</code>`]);
  if (entry.zh !== null) rows.push(['中文', `<span lang="zh">${escapeHtml(entry.zh)}</span>`]);
  if (entry.en !== null) rows.push(['English', `<span lang="en">${escapeHtml(entry.en)}</span>`]);
  const { source } = entry;
  rows.push([
    'Document',
    `${escapeHtml(source.product)}: ${documentLink(source.url, sourceText(source))}${source.date === null ? '' : `, updated ${escapeHtml(source.date)}`} <span class="table">(${escapeHtml(source.table)})</span>`,
  ]);
  if (entry.alsoIn.length > 0)
    rows.push([
      'Also listed in',
      entry.alsoIn
        .map(
          (other) =>
            `${documentLink(other.url, sourceText(other))} <span class="table">(${escapeHtml(other.table)})</span>`,
        )
        .join('<br>'),
    ]);
  const title =
    entry.variants > 1
      ? `Variant ${entry.variant + 1} of ${entry.variants}`
      : 'The documented error';
  return (
    `<section class="variant" data-variant="${entry.variant}"><h3>${title}</h3><dl>` +
    rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('') +
    `</dl><h4>Example response <span class="http">HTTP ${example.status}</span></h4>` +
    `<pre class="example-body"><code>${escapeHtml(example.body)}</code></pre></section>`
  );
}

/** A code's view: every variant with its example response, then the TypeScript that handles the code. */
export function codeViewHtml(
  variants: readonly [CatalogEntry, ...CatalogEntry[]],
  aliases: readonly string[],
  examples: readonly ExampleResponse[],
  backHash: string,
): string {
  const [first] = variants;
  const also =
    aliases.length === 0
      ? ''
      : `<p class="aliases">Also sent as ${aliases.map((alias) => `<code>${escapeHtml(alias)}</code>`).join(', ')}</p>`;
  return (
    `<p class="back"><a href="${escapeHtml(backHash)}">← Back to search</a></p>` +
    `<h2 tabindex="-1"><code>${escapeHtml(String(first.code))}</code></h2>` +
    `<p class="code-meta"><span class="vendor">${escapeHtml(first.vendor)}</span> <code>${escapeHtml(`${first.codeSet.enumName}.${first.name}`)}</code></p>${also}` +
    variants.map((entry, index) => variantHtml(entry, examples[index]!)).join('') +
    `<section class="handle"><h3>Handle it in TypeScript</h3><pre class="snippet"><code>${escapeHtml(handlingSnippet(variants))}</code></pre></section>`
  );
}
