// The page's rows as entries: display fields, variant numbering and lower-cased search keys, built once at load.
import { isTemplate, straightQuotes } from '../runtime/entry.js';
import type { ErrorCategory, VendorId } from '../runtime/entry.js';
import type { CatalogCodeSet, CatalogData, CatalogSource } from './catalog-data.js';

/** One documented variant of a code, as the page shows and searches it. */
export interface CatalogEntry {
  /** Position in the data's rows: the model's order. */
  readonly index: number;
  readonly codeSetIndex: number;
  readonly codeSet: CatalogCodeSet;
  readonly vendor: VendorId;
  readonly code: string | number;
  readonly name: string;
  readonly httpStatus: number | null;
  readonly message: string | null;
  readonly zh: string | null;
  readonly en: string | null;
  readonly category: ErrorCategory;
  readonly retryable: boolean;
  readonly source: CatalogSource;
  /** The other documents that list the code: code lists, after the page whose cells the entry shows. */
  readonly alsoIn: readonly CatalogSource[];
  /** 0-based position among the code's variants (document order), and how many there are. */
  readonly variant: number;
  readonly variants: number;
  /** Search keys, lower-cased: the code, the aliases that name it, the name, and message plus descriptions (straight quotes). */
  readonly codeKey: string;
  readonly aliasKeys: readonly string[];
  readonly nameKey: string;
  readonly textKey: string;
  /** The message when it is a template (`Media not found with mda-xxx`), which a filled message matches. */
  readonly template: string | null;
}

/** A text as the search compares it: lower case, straight quotes. */
const lower = (text: string | null): string =>
  text === null ? '' : straightQuotes(text.toLowerCase());

/** Every row of the data as an entry, in the data's order. */
export function catalogEntries(data: CatalogData): CatalogEntry[] {
  const aliasesByCode = data.codeSets.map((codeSet) => {
    const byCode = new Map<string, string[]>();
    for (const [alias, code] of codeSet.aliases) {
      const key = String(code);
      byCode.set(key, [...(byCode.get(key) ?? []), alias.toLowerCase()]);
    }
    return byCode;
  });
  const none: readonly never[] = [];
  const entries: CatalogEntry[] = [];
  // Variants of a code are adjacent rows of one code set; `first` is where the current code began.
  let first = 0;
  data.rows.forEach((row, index) => {
    const [setIndex, code, name, httpStatus, message, zh, en, category, retryable, source, alsoIn] =
      row;
    const previous = entries[index - 1];
    if (previous === undefined || previous.codeSetIndex !== setIndex || previous.code !== code)
      first = index;
    const codeSet = data.codeSets[setIndex]!;
    const codeKey = String(code).toLowerCase();
    entries.push({
      index,
      codeSetIndex: setIndex,
      codeSet,
      vendor: codeSet.vendor,
      code,
      name,
      httpStatus,
      message,
      zh,
      en,
      category: data.categories[category]!,
      retryable: retryable === 1,
      source: data.sources[source]!,
      alsoIn: alsoIn === null ? none : alsoIn.map((index) => data.sources[index]!),
      variant: index - first,
      variants: 0,
      codeKey,
      aliasKeys: aliasesByCode[setIndex]!.get(String(code)) ?? none,
      nameKey: name.toLowerCase(),
      textKey: [lower(message), lower(zh), lower(en)].join('\n'),
      template: message !== null && isTemplate(message) ? message : null,
    });
  });
  // Second pass: each variant learns how many its code has.
  for (let end = entries.length; end > 0;) {
    const last = entries[end - 1]!;
    const count = last.variant + 1;
    for (let index = end - count; index < end; index += 1)
      (entries[index] as { variants: number }).variants = count;
    end -= count;
  }
  return entries;
}

/** The entries of one code of a vendor, every variant in document order (both code sets of a vendor). */
export function codeEntries(
  entries: readonly CatalogEntry[],
  vendor: string,
  code: string,
): CatalogEntry[] {
  return entries.filter((entry) => entry.vendor === vendor && String(entry.code) === code);
}
