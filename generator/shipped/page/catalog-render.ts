// The page's HTML fragments as strings: a result, a code's view, the TypeScript that handles a code.
import type { ErrorCategory } from '../runtime/entry.js';
import { answersErrorsWithOk } from '../runtime/vendor-error.js';
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
 * Where the (lower-cased) needle first occurs in the text, as [start, end), or null. Only where
 * lower-casing keeps every position (it does not for a few letters such as `İ`), else null.
 */
export function highlightSpan(text: string, needle: string): readonly [number, number] | null {
  if (needle === '') return null;
  const lowered = text.toLowerCase();
  const at = lowered.length === text.length ? lowered.indexOf(needle) : -1;
  return at < 0 ? null : [at, at + needle.length];
}

/**
 * The address of a code's view, `#tencent-live/AuthFailure.SignatureFailure`, or of one of its
 * variants, `#kingsoft-live/InvalidParameterValue/2` (1-based, as the view numbers them).
 */
export const codeHash = (vendor: string, code: string | number, variant?: number): string =>
  `#${vendor}/${encodeURIComponent(String(code))}${variant === undefined ? '' : `/${variant + 1}`}`;

/**
 * A code or name as HTML that a narrow screen may break after a dot or before a capital that
 * follows a small letter (`AuthFailure.<wbr>Signature<wbr>Failure`), rather than mid-word.
 */
export const breakable = (text: string): string =>
  escapeHtml(text)
    .replace(/\./g, '.<wbr>')
    .replace(/([a-z0-9])(?=[A-Z])/g, '$1<wbr>');

export const sourceText = (source: CatalogSource): string =>
  `${source.document} › ${source.section}`;

/** HTML: the text as a link to the document's address where there is one (always https://, as validate checks). */
export const documentLink = (url: string | null, text: string): string =>
  url === null
    ? escapeHtml(text)
    : `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(text)}</a>`;

const retryText = (retryable: boolean): string => (retryable ? 'retryable' : 'not retryable');

/** The product as its documents name it, marked with the vendor id that addresses and filters use. */
const productHtml = (entry: CatalogEntry): string =>
  `<span class="vendor" data-vendor="${escapeHtml(entry.vendor)}">${escapeHtml(entry.source.product)}</span>`;

/** What to do about an error: act, and why. */
export interface Advice {
  /** `retry`, `fix-request`, `fix-credentials`, `fix-account`, `report`, `none`, `read`. */
  readonly action: string;
  readonly title: string;
  readonly detail: string;
}

/** Not retryable: what a person changes, by category (tables/README.md says what each means). */
const FIX: Readonly<Record<ErrorCategory, Advice>> = {
  auth: {
    action: 'fix-credentials',
    title: 'Fix the credentials',
    detail: 'The key, signature, token or timestamp is bad, missing or expired.',
  },
  permission: {
    action: 'fix-account',
    title: 'Fix the account',
    detail:
      'The caller is known but may not do this: grant the permission, subscribe to the service or settle the account.',
  },
  'invalid-request': {
    action: 'fix-request',
    title: 'Fix the request',
    detail: 'A parameter, value, format, action or version is wrong.',
  },
  'not-found': {
    action: 'fix-request',
    title: 'Fix the request',
    detail: 'The resource the request names does not exist: check its name or id, or create it first.',
  },
  conflict: {
    action: 'fix-request',
    title: 'Fix the request',
    detail: "The resource exists but its state forbids this: change the state first, or don't ask.",
  },
  'rate-limit': {
    action: 'fix-account',
    title: 'Fix the account',
    detail: 'This limit does not lift by waiting: raise it, or send fewer requests.',
  },
  quota: {
    action: 'fix-account',
    title: 'Fix the account',
    detail: 'A count or size limit of the account or resource is reached: raise the quota or free some.',
  },
  unavailable: {
    action: 'report',
    title: 'Report it to the vendor',
    detail: 'The service is unavailable and the documents do not expect it to pass on a retry.',
  },
  internal: {
    action: 'report',
    title: 'Report it to the vendor',
    detail: "The vendor's server failed: report it with the response's request id.",
  },
  'dry-run': {
    action: 'none',
    title: 'Nothing to fix',
    detail: 'Not a failure: the dry run says the request would have succeeded.',
  },
  unknown: {
    action: 'read',
    title: "Read the vendor's description",
    detail: 'The document does not say enough to tell what kind of failure it is.',
  },
};

/** What to do, from the variant's category and retryable: retry with backoff, or fix something. */
export function adviceOf(entry: CatalogEntry): Advice {
  if (!entry.retryable) return FIX[entry.category];
  return {
    action: 'retry',
    title: 'Retry with backoff',
    detail:
      entry.category === 'rate-limit'
        ? 'Too many requests for now: wait, then send the same request again, waiting longer each time.'
        : 'The same request may pass if sent again later: retry it after a pause that grows each time.',
  };
}

/** HTML of the HTTP status a variant answers with: the document's, or the envelope's 200 and why. */
function statusHtml(entry: CatalogEntry): string {
  if (entry.httpStatus !== null) return String(entry.httpStatus);
  if (answersErrorsWithOk(entry.codeSet.envelope))
    return `200 <span class="why">(this API answers errors with HTTP 200; the code is in <code>${escapeHtml(entry.codeSet.codeField)}</code>)</span>`;
  return 'not documented';
}

function facts(entry: CatalogEntry): string {
  const items = [
    productHtml(entry),
    entry.httpStatus === null ? '' : `<span class="status">HTTP ${entry.httpStatus}</span>`,
    `<span class="category" data-category="${escapeHtml(entry.category)}">${escapeHtml(entry.category)}</span>`,
    `<span class="retry${entry.retryable ? ' yes' : ''}">${retryText(entry.retryable)}</span>`,
    entry.variants > 1
      ? `<span class="variant">variant ${entry.variant + 1} of ${entry.variants}</span>`
      : '',
  ];
  return items.filter((item) => item !== '').join('');
}

/**
 * The elements of a result whose text the search matches, each holding its text as one text
 * node: the page marks the match in them with a highlight range, not markup, so that a keystroke
 * that keeps a result changes none of its layout.
 */
export const MATCHED_TEXT = 'hl';

/** An element whose whole text the search may mark: its classes, the marker class among them. */
const matched = (
  tag: string,
  text: string,
  attributes: { readonly className?: string; readonly lang?: string } = {},
): string => {
  const className =
    attributes.className === undefined ? MATCHED_TEXT : `${attributes.className} ${MATCHED_TEXT}`;
  const lang = attributes.lang === undefined ? '' : ` lang="${escapeHtml(attributes.lang)}"`;
  return `<${tag} class="${escapeHtml(className)}"${lang}>${escapeHtml(text)}</${tag}>`;
};

function texts(entry: CatalogEntry): string {
  const parts: string[] = [];
  if (entry.zh !== null)
    parts.push(matched('p', entry.zh, { className: 'description', lang: 'zh' }));
  if (entry.en !== null)
    parts.push(matched('p', entry.en, { className: 'description', lang: 'en' }));
  if (entry.message !== null)
    parts.push(`<p class="message"><span>message</span> ${matched('code', entry.message)}</p>`);
  return parts.join('');
}

/**
 * One search result: the variant's facts, texts and document; the code links to its view (the
 * variant's, for one of several). The same for every query: the page keeps a result's card while
 * it stays among the results.
 */
export function resultHtml(entry: CatalogEntry): string {
  const href = codeHash(entry.vendor, entry.code, entry.variants > 1 ? entry.variant : undefined);
  return (
    `<li class="result"><div class="head"><a class="code" href="${escapeHtml(href)}">${matched('code', String(entry.code))}</a>` +
    `${matched('span', entry.name, { className: 'name' })}</div>` +
    `<div class="facts">${facts(entry)}</div>${texts(entry)}` +
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

/** A button that copies a text given inline, or the text of the element with the id given. */
const copyButton = (what: string, source: { text: string } | { from: string }): string =>
  `<button type="button" class="copy" aria-label="Copy ${escapeHtml(what)}" ${
    'text' in source
      ? `data-copy="${escapeHtml(source.text)}"`
      : `data-copy-from="${escapeHtml(source.from)}"`
  }>Copy</button>`;

/** A block of code that scrolls sideways inside itself, reachable and scrollable by keyboard. */
const codeBlock = (id: string, label: string, text: string, className: string): string =>
  `<pre class="${className}" tabindex="0" role="region" aria-label="${escapeHtml(label)}"><code id="${escapeHtml(id)}">${escapeHtml(text)}</code></pre>`;

function variantHtml(entry: CatalogEntry, example: ExampleResponse): string {
  const rows: [string, string][] = [
    ['HTTP status', statusHtml(entry)],
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
  const several = entry.variants > 1;
  const title = several
    ? `<a class="permalink" href="${escapeHtml(codeHash(entry.vendor, entry.code, entry.variant))}">Variant ${entry.variant + 1} of ${entry.variants}</a>`
    : 'The documented error';
  const bodyId = `example-${entry.variant + 1}`;
  return (
    `<section class="variant" id="variant-${entry.variant + 1}" data-variant="${entry.variant}" aria-labelledby="variant-${entry.variant + 1}-title"><h3 id="variant-${entry.variant + 1}-title">${title}</h3><dl>` +
    rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('') +
    `</dl><div class="block-head"><h4>Example response <span class="http">HTTP ${example.status}</span></h4>${copyButton(several ? `the example response of variant ${entry.variant + 1}` : 'the example response', { from: bodyId })}</div>` +
    `${codeBlock(bodyId, several ? `Example response of variant ${entry.variant + 1}` : 'Example response', example.body, 'example-body')}</section>`
  );
}

/** A documented code elsewhere, as a link to its view. */
export interface RelatedCode {
  readonly vendor: string;
  readonly product: string;
  readonly code: string | number;
}

/** What a code's view links to beside it. */
export interface Related {
  /** The same code at other vendors. */
  readonly elsewhere: readonly RelatedCode[];
  /** The code's class at its vendor (`AuthFailure`), or null for a code that names none. */
  readonly family: string | null;
  /** Codes of that class at the vendor (`AuthFailure.SignatureExpire`), the code itself left out; at most `shown`. */
  readonly siblings: readonly RelatedCode[];
  /** How many the class has in all, the code left out. */
  readonly siblingCount: number;
  /** The search that lists the whole class. */
  readonly familyHash: string;
}

const relatedLink = (code: RelatedCode, withProduct: boolean): string =>
  `<li><a href="${escapeHtml(codeHash(code.vendor, code.code))}"><code>${breakable(String(code.code))}</code></a>${withProduct ? ` <span class="vendor" data-vendor="${escapeHtml(code.vendor)}">${escapeHtml(code.product)}</span>` : ''}</li>`;

function relatedHtml(related: Related): string {
  const parts: string[] = [];
  if (related.elsewhere.length > 0)
    parts.push(
      `<h4>The same code at other vendors</h4><ul class="related-list">${related.elsewhere.map((code) => relatedLink(code, true)).join('')}</ul>`,
    );
  if (related.family !== null && related.siblingCount > 0) {
    const more =
      related.siblingCount > related.siblings.length
        ? `<p><a href="${escapeHtml(related.familyHash)}">All ${related.siblingCount.toLocaleString('en')} codes of ${escapeHtml(related.family)}</a></p>`
        : '';
    parts.push(
      `<h4>Its family, <code>${escapeHtml(related.family)}</code></h4><ul class="related-list">${related.siblings.map((code) => relatedLink(code, false)).join('')}</ul>${more}`,
    );
  }
  return parts.length === 0
    ? ''
    : `<section class="related" aria-labelledby="related-title"><h3 id="related-title">Related codes</h3>${parts.join('')}</section>`;
}

/** What to do, first: one line per distinct advice among the variants, and where it was decided. */
function adviceHtml(variants: readonly [CatalogEntry, ...CatalogEntry[]]): string {
  const distinct = new Map<string, { advice: Advice; variants: number[]; tables: Set<string> }>();
  for (const entry of variants) {
    const advice = adviceOf(entry);
    const key = `${advice.title}\u0000${advice.detail}`;
    const found = distinct.get(key);
    if (found === undefined)
      distinct.set(key, {
        advice,
        variants: [entry.variant + 1],
        tables: new Set([entry.source.table]),
      });
    else {
      found.variants.push(entry.variant + 1);
      found.tables.add(entry.source.table);
    }
  }
  const several = distinct.size > 1;
  const items = [...distinct.values()].map(({ advice, variants: numbers, tables }) => {
    const which = several
      ? `<span class="which">${numbers.length === 1 ? 'Variant' : 'Variants'} ${numbers.join(', ')}: </span>`
      : '';
    return (
      `<div class="advice-item" data-action="${escapeHtml(advice.action)}"><p class="advice-title">${which}${escapeHtml(advice.title)}</p>` +
      `<p>${escapeHtml(advice.detail)}</p>` +
      `<p class="decided">Category and retryable from the code's row in ${[...tables].map((table) => `<code>${escapeHtml(table)}</code>`).join(', ')}.</p></div>`
    );
  });
  return `<section class="advice" aria-labelledby="advice-title"><h3 id="advice-title">What to do</h3>${items.join('')}</section>`;
}

/** A code's view: what to do, every variant with its example response, the TypeScript that handles the code, related codes. */
export function codeViewHtml(
  variants: readonly [CatalogEntry, ...CatalogEntry[]],
  aliases: readonly string[],
  examples: readonly ExampleResponse[],
  backHash: string,
  related: Related,
): string {
  const [first] = variants;
  const member = `${first.codeSet.enumName}.${first.name}`;
  const also =
    aliases.length === 0
      ? ''
      : `<p class="aliases">Also sent as ${aliases.map((alias) => `<code>${escapeHtml(alias)}</code>`).join(', ')}</p>`;
  return (
    `<p class="back"><a href="${escapeHtml(backHash)}">← Back to search</a></p>` +
    `<div class="title-line"><h2 tabindex="-1"><code>${breakable(String(first.code))}</code></h2>${copyButton('the code', { text: String(first.code) })}</div>` +
    `<p class="code-meta">${productHtml(first)} <code class="member">${breakable(member)}</code> ${copyButton('the enum member', { text: member })}</p>${also}` +
    adviceHtml(variants) +
    variants.map((entry, index) => variantHtml(entry, examples[index]!)).join('') +
    `<section class="handle" aria-labelledby="handle-title"><div class="block-head"><h3 id="handle-title">Handle it in TypeScript</h3>${copyButton('the TypeScript snippet', { from: 'snippet' })}</div>` +
    `${codeBlock('snippet', 'TypeScript that handles the code', handlingSnippet(variants), 'snippet')}</section>` +
    relatedHtml(related)
  );
}
