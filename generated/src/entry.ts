// Generated from generator/emit/runtime/entry.ts by npm run generate. Do not edit.
// The runtime shape of a documented error and how a code plus a message finds its variant.

export type VendorId =
  'tencent-live' | 'tencent-streamlive' | 'baidu-vod' | 'kingsoft-live' | 'upyun';

/** One fixed taxonomy for every vendor; see tables/README.md for what each means. */
export type ErrorCategory =
  | 'auth'
  | 'permission'
  | 'invalid-request'
  | 'not-found'
  | 'conflict'
  | 'rate-limit'
  | 'quota'
  | 'unavailable'
  | 'internal'
  | 'dry-run'
  | 'unknown';

/** One documented variant of a vendor's error code. */
export interface ErrorEntry {
  readonly vendor: VendorId;
  readonly code: string | number;
  /** The enum member name of the code. */
  readonly name: string;
  readonly httpStatus?: number;
  /** The vendor's message or message template (`%s`, `xxx`, `mda-xxx` stand for any text). */
  readonly message?: string;
  readonly description: { readonly zh?: string; readonly en?: string };
  readonly category: ErrorCategory;
  readonly retryable: boolean;
  readonly source: { readonly document: string; readonly section: string };
}

/** Every documented variant of one code, in document order: never empty. */
export type ErrorVariants = readonly [ErrorEntry, ...ErrorEntry[]];

/** Where a vendor's error body carries its code. */
export type Envelope = 'tencent-api3' | 'bce' | 'kingsoft-openapi' | 'kingsoft-v1' | 'upyun';

/** A vendor's set of codes as the runtime sees it: one per generated enum. */
export interface CodeSetTable {
  readonly vendor: VendorId;
  readonly prefix: string;
  readonly codeType: 'string' | 'integer';
  readonly envelope: Envelope;
  /** Code (as a string key) to its variants in document order; null prototype, frozen. */
  readonly entries: { readonly [code: string]: ErrorVariants | undefined };
  /** Spellings the documents show for a code (Baidu's `MediaException.MediaNotFound`). */
  readonly aliases: { readonly [alias: string]: string | number | undefined };
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

const hasOwn = (object: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(object, key);

/** The key of a code in a table, or undefined when the value cannot be one of its codes. */
export function codeKey(table: CodeSetTable, code: unknown): string | undefined {
  if (table.codeType === 'integer') {
    if (typeof code === 'number') return Number.isSafeInteger(code) ? String(code) : undefined;
    // Codes sometimes travel as strings (query strings, logs): accept the canonical form only.
    if (typeof code === 'string' && /^(0|[1-9][0-9]{0,14})$/.test(code)) return code;
    return undefined;
  }
  return typeof code === 'string' && code.length <= 256 ? code : undefined;
}

/** The documented variants of a code, following the table's aliases; never a prototype key. */
export function variantsOf(table: CodeSetTable, code: unknown): ErrorVariants | undefined {
  let key = codeKey(table, code);
  if (key === undefined) return undefined;
  if (!hasOwn(table.entries, key) && hasOwn(table.aliases, key)) {
    const target = table.aliases[key];
    key = target === undefined ? undefined : String(target);
  }
  return key !== undefined && hasOwn(table.entries, key) ? table.entries[key] : undefined;
}

const templateCache = new Map<string, RegExp>();

/** A vendor template as a regular expression: `%s`, `xxx` and longer runs of x match any text. */
function templatePattern(template: string): RegExp {
  let pattern = templateCache.get(template);
  if (pattern === undefined) {
    const source = template
      .trim()
      .split(/%s|x{3,}/)
      .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s\\S]*?');
    pattern = new RegExp(`^${source}$`, 'i');
    templateCache.set(template, pattern);
  }
  return pattern;
}

/** Does a message that a vendor returned fill this documented template? */
export function messageMatches(template: string, message: string): boolean {
  if (message.length > MAX_MESSAGE_LENGTH) return false;
  if (template === message) return true;
  return templatePattern(template).test(message.trim());
}

/** Literal characters of a template: the more, the more specific a match is. */
const specificity = (template: string): number => template.replace(/%s|x{3,}/g, '').length;

/**
 * The variant of a code that a response names: by message (exact, then template), then by
 * HTTP status, else the first documented variant. Undefined for codes the table lacks.
 */
export function findEntry(
  table: CodeSetTable,
  code: unknown,
  hints: { readonly message?: unknown; readonly httpStatus?: unknown } = {},
): ErrorEntry | undefined {
  const variants = variantsOf(table, code);
  if (variants === undefined) return undefined;
  if (variants.length === 1) return variants[0];
  const message = typeof hints.message === 'string' ? hints.message : undefined;
  if (message !== undefined) {
    const exact = variants.find((entry) => entry.message === message);
    if (exact) return exact;
    let best: ErrorEntry | undefined;
    for (const entry of variants) {
      if (entry.message === undefined || !messageMatches(entry.message, message)) continue;
      if (best === undefined || specificity(entry.message) > specificity(best.message ?? ''))
        best = entry;
    }
    if (best) return best;
  }
  if (typeof hints.httpStatus === 'number') {
    const byStatus = variants.find((entry) => entry.httpStatus === hints.httpStatus);
    if (byStatus) return byStatus;
  }
  return variants[0];
}
