// The catalog page in the browser: reads the inline data, searches as you type, opens a code's view, keeps the state in the address.
import type { ErrorCategory, VendorId } from '../runtime/entry.js';
import type { CatalogData } from './catalog-data.js';
import { catalogEntries, codeEntries, type CatalogEntry } from './catalog-entries.js';
import { ExampleResponses } from './catalog-examples.js';
import { codeHash, codeViewHtml, documentLink, escapeHtml, resultHtml } from './catalog-render.js';
import {
  NO_FILTERS,
  searchCatalog,
  searchIndex,
  type Filters,
  type SearchResult,
} from './catalog-search.js';

/** Results rendered at once; more on request. A keystroke renders at most this many. */
const PAGE_SIZE = 30;

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the page has no #${id}`);
  return found as T;
}

const data = JSON.parse(byId('catalog-data').textContent ?? '') as CatalogData;
const entries = catalogEntries(data);
const index = searchIndex(entries);
const examples = new ExampleResponses(data, entries);
/** The data's vendor ids and categories by their text: an address parses into them, or into nothing. */
const vendorIds = new Map<string, VendorId>(data.vendors.map((vendor) => [vendor.id, vendor.id]));
const categoryNames = new Map<string, ErrorCategory>(
  data.categories.map((category) => [category, category]),
);

const input = byId<HTMLInputElement>('search');
const form = byId<HTMLFormElement>('search-form');
const vendorSelect = byId<HTMLSelectElement>('filter-vendor');
const categorySelect = byId<HTMLSelectElement>('filter-category');
const retryableSelect = byId<HTMLSelectElement>('filter-retryable');
const searchView = byId<HTMLElement>('search-view');
const status = byId<HTMLElement>('search-status');
const list = byId<HTMLOListElement>('results');
const more = byId<HTMLButtonElement>('more');
const codeView = byId<HTMLElement>('code-view');
const baseTitle = document.title;

interface SearchState {
  readonly query: string;
  readonly filters: Filters;
}

type Route =
  | { readonly kind: 'search'; readonly state: SearchState }
  | { readonly kind: 'code'; readonly vendor: VendorId; readonly code: string };

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** `#q=签名过期&vendor=tencent-live`, `#tencent-live/AuthFailure.SignatureFailure`, or a bare `#40400001`. */
function parseHash(hash: string): Route {
  const text = hash.replace(/^#/, '');
  const slash = text.indexOf('/');
  const vendor = slash > 0 ? vendorIds.get(decode(text.slice(0, slash))) : undefined;
  if (vendor !== undefined) return { kind: 'code', vendor, code: decode(text.slice(slash + 1)) };
  if (!text.includes('='))
    return { kind: 'search', state: { query: decode(text), filters: NO_FILTERS } };
  const params = new URLSearchParams(text);
  const retryable = params.get('retryable');
  return {
    kind: 'search',
    state: {
      query: params.get('q') ?? '',
      filters: {
        vendor: vendorIds.get(params.get('vendor') ?? '') ?? null,
        category: categoryNames.get(params.get('category') ?? '') ?? null,
        retryable: retryable === 'yes' ? true : retryable === 'no' ? false : null,
      },
    },
  };
}

function searchHash(state: SearchState): string {
  const parts: string[] = [];
  if (state.query !== '') parts.push(`q=${encodeURIComponent(state.query)}`);
  if (state.filters.vendor !== null)
    parts.push(`vendor=${encodeURIComponent(state.filters.vendor)}`);
  if (state.filters.category !== null)
    parts.push(`category=${encodeURIComponent(state.filters.category)}`);
  if (state.filters.retryable !== null)
    parts.push(`retryable=${state.filters.retryable ? 'yes' : 'no'}`);
  return `#${parts.join('&')}`;
}

// ------------------------------------------------------------------------------ filters

const count = (amount: number, noun: string): string =>
  `${amount.toLocaleString('en')} ${noun}${amount === 1 ? '' : 's'}`;

function fillOptions(
  select: HTMLSelectElement,
  options: readonly (readonly [string, string])[],
): void {
  select.insertAdjacentHTML(
    'beforeend',
    options
      .map(([value, label]) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`)
      .join(''),
  );
}

function tally(key: (entry: CatalogEntry) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(key(entry), (counts.get(key(entry)) ?? 0) + 1);
  return counts;
}

const vendorCounts = tally((entry) => entry.vendor);
const categoryCounts = tally((entry) => entry.category);
fillOptions(
  vendorSelect,
  data.vendors.map((vendor) => [vendor.id, `${vendor.id} (${vendorCounts.get(vendor.id) ?? 0})`]),
);
fillOptions(
  categorySelect,
  data.categories.map((category) => [
    category,
    `${category} (${categoryCounts.get(category) ?? 0})`,
  ]),
);

const filtersFromForm = (): Filters => ({
  vendor: vendorSelect.value === '' ? null : vendorSelect.value,
  category: categorySelect.value === '' ? null : categorySelect.value,
  retryable: retryableSelect.value === '' ? null : retryableSelect.value === 'yes',
});

function showState(state: SearchState): void {
  if (input.value !== state.query) input.value = state.query;
  vendorSelect.value = state.filters.vendor ?? '';
  categorySelect.value = state.filters.category ?? '';
  retryableSelect.value =
    state.filters.retryable === null ? '' : state.filters.retryable ? 'yes' : 'no';
}

/** The documents the rows come from, one line per vendor document with its sections. */
function renderSources(): void {
  const documents = new Map<
    string,
    {
      product: string;
      document: string;
      date: string | null;
      url: string | null;
      sections: string[];
    }
  >();
  for (const source of data.sources) {
    const key = `${source.vendor}\u0000${source.product}\u0000${source.document}`;
    const found = documents.get(key);
    if (found === undefined)
      documents.set(key, {
        product: source.product,
        document: source.document,
        date: source.date,
        url: source.url,
        sections: [source.section],
      });
    else if (!found.sections.includes(source.section)) found.sections.push(source.section);
  }
  byId('sources').innerHTML = [...documents.values()]
    .map(
      (doc) =>
        `<li>${escapeHtml(doc.product)}: ${documentLink(doc.url, doc.document)} (${doc.sections.map(escapeHtml).join(', ')})${doc.date === null ? '' : `, updated ${escapeHtml(doc.date)}`}</li>`,
    )
    .join('');
}
renderSources();

// ------------------------------------------------------------------------------ search view

let result: SearchResult = { matches: [], ranks: null };
let shown = 0;
let needle = '';
let lastSearchHash = '#';

function renderMore(): void {
  const remaining = result.matches.length - shown;
  more.hidden = remaining <= 0;
  more.textContent = `Show ${Math.min(PAGE_SIZE, remaining)} more of ${remaining.toLocaleString('en')}`;
}

function renderSearch(state: SearchState): void {
  result = searchCatalog(index, state.query, state.filters);
  needle = state.query.trim().toLowerCase();
  shown = Math.min(PAGE_SIZE, result.matches.length);
  let html = '';
  for (let index = 0; index < shown; index += 1)
    html += resultHtml(entries[result.matches[index]!]!, needle);
  list.innerHTML = html;
  const filtered = Object.values(state.filters).some((value) => value !== null);
  const total = result.matches.length;
  status.textContent =
    needle === '' && !filtered
      ? `${count(total, 'documented error')} of ${count(data.vendors.length, 'vendor')}. Type a code, a message or a description.`
      : total === 0
        ? `Nothing matches${needle === '' ? '' : ` “${state.query.trim()}”`}${filtered ? ' with these filters' : ''}.`
        : `${count(total, 'result')}${needle === '' ? '' : ` for “${state.query.trim()}”`}${filtered ? ', filtered' : ''}.`;
  renderMore();
  codeView.hidden = true;
  searchView.hidden = false;
  document.title = baseTitle;
}

more.addEventListener('click', () => {
  const next = Math.min(shown + PAGE_SIZE, result.matches.length);
  let html = '';
  for (let index = shown; index < next; index += 1)
    html += resultHtml(entries[result.matches[index]!]!, needle);
  list.insertAdjacentHTML('beforeend', html);
  shown = next;
  renderMore();
});

/** Typing writes the address once it pauses this long: the History API is slow to call per keystroke, and Chromium throttles it. */
const ADDRESS_DELAY_MS = 250;
let pendingHash: string | null = null;
let addressTimer: ReturnType<typeof setTimeout> | undefined;

/** Writes a pending search address now: before a link is followed, the page is hidden, or Enter opens a result. */
function flushAddress(): void {
  clearTimeout(addressTimer);
  if (pendingHash !== null && pendingHash !== location.hash)
    history.replaceState(null, '', pendingHash);
  pendingHash = null;
}

/** The form's state becomes the page's: rendered at once, written to the address (without a history entry per keystroke). */
function onSearchChange(event: Event): void {
  const state: SearchState = { query: input.value, filters: filtersFromForm() };
  const hash = searchHash(state);
  lastSearchHash = hash;
  if (!codeView.hidden) {
    // Searching from a code's view: the view stays one step back in the history.
    flushAddress();
    history.pushState(null, '', hash);
  } else if (event.type === 'input') {
    pendingHash = hash;
    clearTimeout(addressTimer);
    addressTimer = setTimeout(flushAddress, ADDRESS_DELAY_MS);
  } else {
    pendingHash = hash;
    flushAddress();
  }
  renderSearch(state);
}

// A click on a result follows its link after this capturing listener has run.
document.addEventListener('click', flushAddress, true);
document.addEventListener('visibilitychange', flushAddress);
window.addEventListener('pagehide', flushAddress);

input.addEventListener('input', onSearchChange);
for (const select of [vendorSelect, categorySelect, retryableSelect])
  select.addEventListener('change', onSearchChange);

// Enter opens the best match.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const best = result.matches[0];
  if (best !== undefined && codeView.hidden) {
    flushAddress();
    const entry = entries[best]!;
    location.hash = codeHash(entry.vendor, entry.code);
  }
});

// ------------------------------------------------------------------------------ code view

/** The aliases of a code, and the code an alias names. */
function aliasesOf(vendor: string, code: string): { aliases: string[]; target?: string } {
  const aliases: string[] = [];
  let target: string | undefined;
  for (const codeSet of data.codeSets) {
    if (codeSet.vendor !== vendor) continue;
    for (const [alias, aliased] of codeSet.aliases) {
      if (String(aliased) === code) aliases.push(alias);
      if (alias === code) target = String(aliased);
    }
  }
  return target === undefined ? { aliases } : { aliases, target };
}

function renderCode(vendor: string, code: string): void {
  let variants = codeEntries(entries, vendor, code);
  if (variants.length === 0) {
    // An alias opens the code it names (Baidu's MediaException.MediaNotFound).
    const { target } = aliasesOf(vendor, code);
    if (target !== undefined) variants = codeEntries(entries, vendor, target);
  }
  const [first, ...rest] = variants;
  if (first === undefined) {
    codeView.innerHTML =
      `<p class="back"><a href="${escapeHtml(lastSearchHash)}">← Back to search</a></p>` +
      `<h2 tabindex="-1">Not a documented code</h2><p>${escapeHtml(vendor)} documents no code <code>${escapeHtml(code)}</code>. ` +
      `<a href="${escapeHtml(searchHash({ query: code, filters: NO_FILTERS }))}">Search for it</a> across every vendor.</p>`;
  } else {
    const all = [first, ...rest] as const;
    codeView.innerHTML = codeViewHtml(
      all,
      aliasesOf(vendor, String(first.code)).aliases,
      all.map((entry) => examples.of(entry)),
      lastSearchHash,
    );
    document.title = `${String(first.code)} · ${vendor} · ${baseTitle}`;
  }
  searchView.hidden = true;
  codeView.hidden = false;
  window.scrollTo(0, 0);
  codeView.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
}

// ------------------------------------------------------------------------------ routing and keys

function route(): void {
  // An address from outside (a link, the back button) replaces whatever typing had pending.
  clearTimeout(addressTimer);
  pendingHash = null;
  const current = parseHash(location.hash);
  if (current.kind === 'code') {
    renderCode(current.vendor, current.code);
  } else {
    lastSearchHash = location.hash === '' ? '#' : location.hash;
    showState(current.state);
    renderSearch(current.state);
  }
}

window.addEventListener('hashchange', route);

// `/` focuses the search, as on GitHub and MDN; not while typing in a field.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (
    target !== null &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  )
    return;
  event.preventDefault();
  input.focus();
  input.select();
});

route();
