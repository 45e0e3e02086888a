// The catalog page in the browser: reads the inline data, searches as you type, opens a code's view, keeps the state in the address.
import type { ErrorCategory, VendorId } from '../runtime/entry.js';
import type { CatalogData } from './catalog-data.js';
import { catalogEntries, codeEntries, type CatalogEntry } from './catalog-entries.js';
import { ExampleResponses } from './catalog-examples.js';
import {
  codeHash,
  codeViewHtml,
  documentLink,
  escapeHtml,
  highlightSpan,
  MATCHED_TEXT,
  resultHtml,
  type Related,
  type RelatedCode,
} from './catalog-render.js';
import { scopeQuery, vendorFirst, vendorWords } from './catalog-scope.js';
import {
  NO_FILTERS,
  searchCatalog,
  searchIndex,
  type Filters,
  type SearchResult,
} from './catalog-search.js';

/**
 * Results rendered at once; more on request. A keystroke renders at most this many: about a
 * screenful (ten cards at 1280x900), since laying out and painting the cards is most of its time.
 */
const PAGE_SIZE = 12;

/** Sibling codes a code's view lists before linking the search for the whole family. */
const SIBLINGS_SHOWN = 12;

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
const filtersBox = byId<HTMLDetailsElement>('filters');
const vendorSelect = byId<HTMLSelectElement>('filter-vendor');
const categorySelect = byId<HTMLSelectElement>('filter-category');
const retryableSelect = byId<HTMLSelectElement>('filter-retryable');
const searchView = byId<HTMLElement>('search-view');
const status = byId<HTMLElement>('search-status');
const list = byId<HTMLOListElement>('results');
const more = byId<HTMLButtonElement>('more');
const codeView = byId<HTMLElement>('code-view');
const copyStatus = byId<HTMLElement>('copy-status');
const words = vendorWords(data.vendors);
// Back and forward put back the results and the place in them themselves (see route()).
history.scrollRestoration = 'manual';
const baseTitle = document.title;

interface SearchState {
  readonly query: string;
  readonly filters: Filters;
}

type Route =
  | { readonly kind: 'search'; readonly state: SearchState }
  | {
      readonly kind: 'code';
      readonly vendor: VendorId;
      readonly code: string;
      /** 0-based variant the address names (`#kingsoft-live/InvalidParameterValue/2`), or null. */
      readonly variant: number | null;
    };

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** `#q=签名过期&vendor=tencent-live`, `#tencent-live/AuthFailure.SignatureFailure[/2]`, or a bare `#40400001`. */
function parseHash(hash: string): Route {
  const text = hash.replace(/^#/, '');
  const slash = text.indexOf('/');
  const vendor = slash > 0 ? vendorIds.get(decode(text.slice(0, slash))) : undefined;
  if (vendor !== undefined) {
    // A code is written encoded (codeHash), so a slash left in the address starts the variant.
    const rest = text.slice(slash + 1);
    const variant = /^(.+)\/([1-9][0-9]{0,3})$/.exec(rest);
    return variant === null
      ? { kind: 'code', vendor, code: decode(rest), variant: null }
      : { kind: 'code', vendor, code: decode(variant[1]!), variant: Number(variant[2]) - 1 };
  }
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

/** One formatter for every count: toLocaleString builds one per call, on every keystroke. */
const numbers = new Intl.NumberFormat('en');

const count = (amount: number, noun: string): string =>
  `${numbers.format(amount)} ${noun}${amount === 1 ? '' : 's'}`;

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
  data.vendors.map((vendor) => [
    vendor.id,
    `${vendor.products.join(' / ')} (${vendorCounts.get(vendor.id) ?? 0})`,
  ]),
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
  // A filter the address sets shows; the closed box keeps the search one Tab from the results.
  if (Object.values(state.filters).some((value) => value !== null)) filtersBox.open = true;
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
  more.textContent = `Show ${Math.min(PAGE_SIZE, remaining)} more of ${numbers.format(remaining)}`;
}

/**
 * The cards shown, by entry: a keystroke keeps the cards of the results that stay (the browser
 * keeps their layout) and parses only the new ones, once each.
 */
const cards = new Map<number, HTMLLIElement>();
const cardParser = document.createElement('template');

/** Shows the cards of these entries, in this order, in the results list. */
function showCards(wanted: readonly number[]): void {
  const keep = new Set(wanted);
  for (const [index, card] of cards)
    if (!keep.has(index)) {
      card.remove();
      cards.delete(index);
    }
  const fresh = wanted.filter((index) => !cards.has(index));
  if (fresh.length > 0) {
    cardParser.innerHTML = fresh.map((index) => resultHtml(entries[index]!)).join('');
    const made = [...cardParser.content.children] as HTMLLIElement[];
    for (const [at, index] of fresh.entries()) cards.set(index, made[at]!);
  }
  // Only the cards not already in place move.
  let next = list.firstElementChild;
  for (const index of wanted) {
    const card = cards.get(index)!;
    if (card === next) next = next.nextElementSibling;
    else list.insertBefore(card, next);
  }
  markMatches();
}

/**
 * The search's matches, marked with the CSS Custom Highlight API: a range per text rather than a
 * `<mark>`, so marking repaints the text and lays out nothing. A browser without the API shows
 * the results unmarked.
 */
const matches = typeof Highlight === 'function' && 'highlights' in CSS ? new Highlight() : null;
if (matches !== null) CSS.highlights.set('search', matches);

function markMatches(): void {
  if (matches === null) return;
  matches.clear();
  if (needle === '') return;
  for (const card of cards.values())
    for (const element of card.getElementsByClassName(MATCHED_TEXT)) {
      const text = element.firstChild;
      if (!(text instanceof Text)) continue;
      const span = highlightSpan(text.data, needle);
      if (span === null) continue;
      const range = new Range();
      range.setStart(text, span[0]);
      range.setEnd(text, span[1]);
      matches.add(range);
    }
}

/** Renders the search: the first page of results, or at least `atLeast` of them (Back after "Show more"). */
function renderSearch(state: SearchState, atLeast = PAGE_SIZE): void {
  const scoped = scopeQuery(state.query, words);
  result = vendorFirst(searchCatalog(index, scoped.query, state.filters), entries, scoped.vendor);
  needle = scoped.query.trim().toLowerCase();
  shown = Math.min(Math.max(PAGE_SIZE, atLeast), result.matches.length);
  showCards(result.matches.slice(0, shown));
  const filtered = Object.values(state.filters).some((value) => value !== null);
  const total = result.matches.length;
  const scope =
    scoped.vendor === null
      ? ''
      : `, ${data.vendors.find((vendor) => vendor.id === scoped.vendor)?.products.join(' / ') ?? scoped.vendor} first`;
  status.textContent =
    needle === '' && !filtered
      ? `${count(total, 'documented error')} of ${count(data.vendors.length, 'vendor')}. Type a code, a message or a description.`
      : total === 0
        ? `Nothing matches${needle === '' ? '' : ` “${state.query.trim()}”`}${filtered ? ' with these filters' : ''}.`
        : `${count(total, 'result')}${needle === '' ? '' : ` for “${scoped.query.trim()}”`}${scope}${filtered ? ', filtered' : ''}.`;
  renderMore();
  codeView.hidden = true;
  searchView.hidden = false;
  document.title = baseTitle;
}

function showMore(): void {
  shown = Math.min(shown + PAGE_SIZE, result.matches.length);
  showCards(result.matches.slice(0, shown));
  renderMore();
}
more.addEventListener('click', showMore);

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

// Enter in the search opens the best match.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const best = result.matches[0];
  if (best !== undefined && codeView.hidden) {
    const entry = entries[best]!;
    openFromResults(codeHash(entry.vendor, entry.code, entry.variants > 1 ? entry.variant : undefined), 0);
  }
});

// ------------------------------------------------------------------------------ history

/** Where the reader was in the results: kept in the search's history entry when a result opens. */
interface Place {
  /** Results shown ("Show more" adds to them). */
  readonly shown: number;
  readonly scrollY: number;
  /** Position among the results of the one opened, or null. */
  readonly focus: number | null;
  /** Where that result's top was in the window: Back puts it there again. */
  readonly focusTop: number;
}

/** A history entry's state as a place, or null for anything else (another page's, a hand-made one). */
function placeOf(state: unknown): Place | null {
  if (typeof state !== 'object' || state === null) return null;
  const { shown: count, scrollY, focus } = state as { [key: string]: unknown };
  const whole = (value: unknown): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0;
  const finite = (value: unknown): value is number =>
    typeof value === 'number' && Number.isFinite(value);
  if (!whole(count) || !finite(scrollY)) return null;
  const { focusTop } = state as { [key: string]: unknown };
  return {
    shown: count,
    scrollY,
    focus: whole(focus) ? focus : null,
    focusTop: finite(focusTop) ? focusTop : 0,
  };
}

/** A code view's state when a result opened it: Back (or Escape) returns to those results. */
const FROM_RESULTS = { fromResults: true } as const;
const openedFromResults = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && (state as { fromResults?: unknown }).fromResults === true;

/** Opens a result's code view as a new history entry, the results' place kept in the one before. */
function openFromResults(hash: string, position: number | null): void {
  flushAddress();
  const opened = position === null ? undefined : resultLinks()[position];
  const place: Place = {
    shown,
    scrollY: window.scrollY,
    focus: position,
    focusTop: opened?.closest('li')?.getBoundingClientRect().top ?? 0,
  };
  history.replaceState(place, '');
  history.pushState(FROM_RESULTS, '', hash);
  route();
}

/** Escape and "Back to search": the results the view was opened from, else the last search. */
function backToSearch(): void {
  if (openedFromResults(history.state)) history.back();
  else location.hash = lastSearchHash;
}

const resultLinks = (): HTMLAnchorElement[] => [
  ...list.querySelectorAll<HTMLAnchorElement>('li.result a.code'),
];

// A plain click (or Enter) on a result opens it through openFromResults; a click with a modifier
// (a new tab) follows the link as the browser does.
list.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.code');
  if (
    link === null ||
    link === undefined ||
    event.button !== 0 ||
    event.ctrlKey ||
    event.metaKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  event.preventDefault();
  openFromResults(link.getAttribute('href') ?? '#', resultLinks().indexOf(link));
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

/** The same code at other vendors, and the other codes of its class (`AuthFailure.*`) at its vendor. */
function relatedOf(first: CatalogEntry): Related {
  const code = String(first.code);
  const dot = code.indexOf('.');
  const family = typeof first.code === 'string' ? (dot > 0 ? code.slice(0, dot) : code) : null;
  const elsewhere = new Map<string, RelatedCode>();
  const siblings: RelatedCode[] = [];
  let siblingCount = 0;
  for (const entry of entries) {
    if (entry.variant !== 0) continue;
    const other = String(entry.code);
    if (entry.vendor !== first.vendor) {
      if (other === code && !elsewhere.has(entry.vendor))
        elsewhere.set(entry.vendor, {
          vendor: entry.vendor,
          product: entry.source.product,
          code: entry.code,
        });
    } else if (
      family !== null &&
      other !== code &&
      typeof entry.code === 'string' &&
      (other === family || other.startsWith(`${family}.`))
    ) {
      siblingCount += 1;
      if (siblings.length < SIBLINGS_SHOWN)
        siblings.push({ vendor: entry.vendor, product: entry.source.product, code: entry.code });
    }
  }
  return {
    elsewhere: [...elsewhere.values()],
    family: siblingCount === 0 ? null : family,
    siblings,
    siblingCount,
    familyHash: searchHash({
      query: `${family ?? code}.`,
      filters: { ...NO_FILTERS, vendor: first.vendor },
    }),
  };
}

function renderCode(vendor: VendorId, code: string, variant: number | null): void {
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
      relatedOf(first),
    );
    document.title = `${String(first.code)} · ${first.source.product} · ${baseTitle}`;
  }
  searchView.hidden = true;
  codeView.hidden = false;
  const section =
    variant === null ? null : codeView.querySelector<HTMLElement>(`#variant-${variant + 1}`);
  if (section !== null) {
    // A variant's own address: its section, in view and focused.
    section.tabIndex = -1;
    section.focus({ preventScroll: true });
    section.scrollIntoView();
  } else {
    window.scrollTo(0, 0);
    codeView.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }
}

/** Copies text: the Clipboard API, else a selection and the copy command (older or restricted pages). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

codeView.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const back = target?.closest('p.back a');
  if (back !== null && back !== undefined && openedFromResults(history.state)) {
    event.preventDefault();
    history.back();
    return;
  }
  const button = target?.closest<HTMLButtonElement>('button.copy');
  if (button === null || button === undefined) return;
  const from = button.dataset['copyFrom'];
  const text =
    button.dataset['copy'] ?? (from === undefined ? '' : (document.getElementById(from)?.textContent ?? ''));
  const what = (button.getAttribute('aria-label') ?? 'Copy').replace(/^Copy /, '');
  void copyText(text).then((copied) => {
    button.textContent = copied ? 'Copied' : 'Copy failed';
    copyStatus.textContent = copied ? `Copied ${what}.` : `Could not copy ${what}.`;
    setTimeout(() => {
      button.textContent = 'Copy';
    }, 1500);
  });
});

// ------------------------------------------------------------------------------ routing and keys

function route(): void {
  // An address from outside (a link, the back button) replaces whatever typing had pending.
  clearTimeout(addressTimer);
  pendingHash = null;
  const current = parseHash(location.hash);
  if (current.kind === 'code') {
    renderCode(current.vendor, current.code, current.variant);
    return;
  }
  lastSearchHash = location.hash === '' ? '#' : location.hash;
  showState(current.state);
  const place = placeOf(history.state);
  renderSearch(current.state, place?.shown);
  window.scrollTo(0, place?.scrollY ?? 0);
  const opened = place?.focus == null ? undefined : resultLinks()[place.focus];
  if (place !== null && opened !== undefined) {
    // The same scrollY lands elsewhere once the layout differs (a window resized in the code's
    // view, a different width): the opened result goes back where it was on screen.
    const card = opened.closest('li');
    if (card !== null) window.scrollBy(0, card.getBoundingClientRect().top - place.focusTop);
    opened.focus({ preventScroll: true });
  }
}

window.addEventListener('hashchange', route);

/** Moves the focus among the results: arrows, Home and End; past the last, "Show more". */
function moveInResults(event: KeyboardEvent, link: HTMLAnchorElement): void {
  const links = resultLinks();
  const at = links.indexOf(link);
  let next: number;
  if (event.key === 'ArrowDown') next = at + 1;
  else if (event.key === 'ArrowUp') next = at - 1;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = links.length - 1;
  else if (event.key === 'Escape') next = -1;
  else return;
  event.preventDefault();
  if (next < 0) {
    input.focus();
    return;
  }
  if (next >= links.length && !more.hidden) showMore();
  resultLinks()[Math.min(next, resultLinks().length - 1)]?.focus();
}

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (!codeView.hidden && event.key === 'Escape') {
    event.preventDefault();
    backToSearch();
    return;
  }
  if (target === input && event.key === 'ArrowDown') {
    event.preventDefault();
    resultLinks()[0]?.focus();
    return;
  }
  const link = target?.closest<HTMLAnchorElement>('#results a.code');
  if (link !== null && link !== undefined) {
    moveInResults(event, link);
    return;
  }
  // `/` focuses the search, as on GitHub and MDN; not while typing in a field.
  if (event.key !== '/') return;
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
