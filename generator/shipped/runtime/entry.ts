// The runtime shape of a documented error and how a code plus a message finds its variant.

import type { FamilyRule } from './family-rules.js';
import type { CodeType, Envelope, ErrorEntry, VendorId } from './vocabulary.js';

// What the package knows of its vendors is generated from tables/ (src/vocabulary.ts), written once.
export type {
  CodeType,
  EntrySource,
  Envelope,
  ErrorCategory,
  ErrorEntry,
  VendorId,
} from './vocabulary.js';

/** Every documented variant of one code, in document order: never empty. */
export type ErrorVariants = readonly [ErrorEntry, ...ErrorEntry[]];

/** A vendor's set of codes as the runtime sees it: one per generated enum. */
export interface CodeSetTable {
  readonly vendor: VendorId;
  readonly prefix: string;
  readonly codeType: CodeType;
  readonly envelope: Envelope;
  /** Code (as a string key) to its variants in document order; null prototype, frozen. */
  readonly entries: { readonly [code: string]: ErrorVariants | undefined };
  /** Spellings the documents show for a code (Baidu's `MediaException.MediaNotFound`). */
  readonly aliases: { readonly [alias: string]: string | number | undefined };
  /** The family rules of the envelope (tables/category-rules.csv), in table order: how undocumented codes are decided. */
  readonly rules: readonly FamilyRule[];
}

/**
 * Freezes generated data and every object and array it holds, so that no caller can change the
 * tables every caller shares. The data is acyclic; an object already frozen is taken as done.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as { readonly [key: string]: unknown })[key]);
    }
  }
  return value;
}

/** Messages longer than this are not matched against templates: bounded work on hostile input. */
const MAX_MESSAGE_LENGTH = 4096;

/** String codes longer than this are no vendor's: bounded work (hashing) on hostile input. */
const MAX_CODE_LENGTH = 256;

/** An integer code sent as a string (query strings, logs): canonical digits only, a safe integer. */
const CANONICAL_INTEGER = /^(0|[1-9][0-9]{0,14})$/;

const hasOwn = (object: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(object, key);

/** A table's codes and aliases as one Map: integer code sets keyed by number, string ones by string. */
type CodeIndex = ReadonlyMap<string | number, ErrorVariants>;

/**
 * Each table's index, built on the first lookup: a Map has no prototype, so `__proto__` or
 * `toString` is simply absent, and its get is O(1) with no String(code) for integer codes. Built
 * lazily so a bundle that never looks a code up keeps no index; tables are frozen, so it stays true.
 */
const codeIndexes = /* @__PURE__ */ new WeakMap<CodeSetTable, CodeIndex>();

/** The index key of a table's code or alias as its `entries`/`aliases` spell it; undefined when unreachable. */
function indexKey(table: CodeSetTable, key: string): string | number | undefined {
  if (table.codeType === 'string') return key;
  return CANONICAL_INTEGER.test(key) ? Number(key) : undefined;
}

function buildIndex(table: CodeSetTable): CodeIndex {
  const index = new Map<string | number, ErrorVariants>();
  // Own keys only, so nothing the prototype chain holds becomes a code.
  for (const key of Object.keys(table.entries)) {
    const variants = table.entries[key];
    const indexed = indexKey(table, key);
    if (variants !== undefined && indexed !== undefined) index.set(indexed, variants);
  }
  // An alias never hides a code of the same spelling: codes win.
  for (const alias of Object.keys(table.aliases)) {
    const target = table.aliases[alias];
    const indexed = indexKey(table, alias);
    if (target === undefined || indexed === undefined || index.has(indexed)) continue;
    const key = String(target);
    const variants = hasOwn(table.entries, key) ? table.entries[key] : undefined;
    if (variants !== undefined) index.set(indexed, variants);
  }
  return index;
}

function codeIndexOf(table: CodeSetTable): CodeIndex {
  let index = codeIndexes.get(table);
  if (index === undefined) {
    index = buildIndex(table);
    codeIndexes.set(table, index);
  }
  return index;
}

/** The key of a code in a table's index, or undefined when the value cannot be one of its codes. */
function lookupKey(table: CodeSetTable, code: unknown): string | number | undefined {
  if (table.codeType === 'integer') {
    if (typeof code === 'number') return Number.isSafeInteger(code) ? code : undefined;
    // Codes sometimes travel as strings (query strings, logs): accept the canonical form only.
    if (typeof code === 'string' && CANONICAL_INTEGER.test(code)) return Number(code);
    return undefined;
  }
  return typeof code === 'string' && code.length <= MAX_CODE_LENGTH ? code : undefined;
}

/** The key of a code in a table's `entries`, or undefined when the value cannot be one of its codes. */
export function codeKey(table: CodeSetTable, code: unknown): string | undefined {
  const key = lookupKey(table, code);
  return key === undefined ? undefined : String(key);
}

/** The documented variants of a code, following the table's aliases; never a prototype key. O(1). */
export function variantsOf(table: CodeSetTable, code: unknown): ErrorVariants | undefined {
  const key = lookupKey(table, code);
  return key === undefined ? undefined : codeIndexOf(table).get(key);
}

/** A placeholder of a vendor's message template: `%s`, or three or more x (`xxx`, `mda-xxx`). */
export const PLACEHOLDERS = /%s|x{3,}/g;

/** Does a documented message have placeholders, so that a returned message fills it rather than equals it? */
export function isTemplate(message: string): boolean {
  return message.search(PLACEHOLDERS) >= 0;
}

const templateCache = new Map<string, RegExp>();

/** A vendor template as a regular expression: `%s`, `xxx` and longer runs of x match any text; quotes straightened. */
function templatePattern(template: string): RegExp {
  let pattern = templateCache.get(template);
  if (pattern === undefined) {
    const source = straightQuotes(template)
      .trim()
      .split(PLACEHOLDERS)
      .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s\\S]*?');
    pattern = new RegExp(`^${source}$`, 'i');
    templateCache.set(template, pattern);
  }
  return pattern;
}

/** Typographic quotes, single then double: the documents and the responses use either style. */
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\uff07]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\uff02]/g;

/**
 * The text with curly (and full-width) quotes as straight ones, so that `can't` matches `can’t`
 * and `"%s"` matches `“%s”`. One character for one: positions in the text stay valid.
 */
export function straightQuotes(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

/** Does a message that a vendor returned (or someone pasted) fill this documented template? Quote style does not count. */
export function messageMatches(template: string, message: string): boolean {
  if (message.length > MAX_MESSAGE_LENGTH) return false;
  if (template === message) return true;
  return templatePattern(template).test(straightQuotes(message).trim());
}

/** Literal characters of a template: the more, the more specific a match is. */
const specificity = (template: string): number => template.replace(PLACEHOLDERS, '').length;

/**
 * The variant of a code's variants that a response names: by message (exact, then template), then
 * by HTTP status, else the first documented variant. A lone variant is returned at once.
 */
export function chooseVariant(
  variants: ErrorVariants,
  message: unknown,
  httpStatus?: unknown,
): ErrorEntry {
  if (variants.length === 1) return variants[0];
  if (typeof message === 'string') {
    for (const entry of variants) if (entry.message === message) return entry;
    let best: ErrorEntry | undefined;
    let bestSpecificity = -1;
    for (const entry of variants) {
      if (entry.message === undefined || !messageMatches(entry.message, message)) continue;
      const literal = specificity(entry.message);
      if (literal > bestSpecificity) {
        best = entry;
        bestSpecificity = literal;
      }
    }
    if (best !== undefined) return best;
  }
  if (typeof httpStatus === 'number') {
    for (const entry of variants) if (entry.httpStatus === httpStatus) return entry;
  }
  return variants[0];
}

/** The hints of a call that gives none, shared rather than allocated per call. */
const NO_HINTS: { readonly message?: unknown; readonly httpStatus?: unknown } =
  /* @__PURE__ */ Object.freeze({});

/**
 * The variant of a code that a response names: by message (exact, then template), then by
 * HTTP status, else the first documented variant. Undefined for codes the table lacks.
 */
export function findEntry(
  table: CodeSetTable,
  code: unknown,
  hints: { readonly message?: unknown; readonly httpStatus?: unknown } = NO_HINTS,
): ErrorEntry | undefined {
  const variants = variantsOf(table, code);
  return variants === undefined
    ? undefined
    : chooseVariant(variants, hints.message, hints.httpStatus);
}
