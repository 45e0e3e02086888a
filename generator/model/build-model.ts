// Builds the PackageModel from validated tables: vendors, their code sets, codes with variants, sources, aliases.

import { isCodeList } from '../documents/source-kinds.js';
import type { ErrorRow, ManifestEntry, ValidTables } from '../schema/schema.js';
import type {
  AliasNode,
  CodeNode,
  CodeSetNode,
  CodeType,
  EntryNode,
  EntrySourceNode,
  PackageModel,
  ReleaseNode,
  SourceNode,
  VendorNode,
} from './model.js';

/** The code as the vendor's response body carries it: a number for integer code sets. */
const codeValue = (code: string, codeType: CodeType): string | number =>
  codeType === 'integer' ? Number(code) : code;

/** Numbers numerically, strings by UTF-16 code units (not locale order: output must not depend on the machine). */
export function compareCodes(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

const sourceOf = (row: ErrorRow, entry: ManifestEntry): EntrySourceNode => ({
  document: entry.document,
  section: entry.section,
  table: entry.table,
  line: row.line,
});

/** One row of a table as the variant that one manifest entry (or a table's lists) gives to its vendor. */
function toEntry(
  row: ErrorRow,
  entry: ManifestEntry,
  sources: readonly [EntrySourceNode, ...EntrySourceNode[]],
): EntryNode {
  return {
    type: 'entry',
    vendor: entry.vendor,
    code: codeValue(row.code, entry.codeType),
    name: row.name,
    ...(row.httpStatus !== undefined ? { httpStatus: row.httpStatus } : {}),
    ...(row.message !== undefined ? { message: row.message } : {}),
    description: { ...row.description },
    category: row.category,
    retryable: row.retryable,
    source: sources[0],
    sources,
  };
}

/**
 * The lists of a list table that name a row: each list that describes the code in its language,
 * or the table's first list when none does (a constant with an empty comment).
 */
function listSources(
  row: ErrorRow,
  lists: readonly [ManifestEntry, ...ManifestEntry[]],
): [EntrySourceNode, ...EntrySourceNode[]] {
  const describing = lists.filter((list) => row.description[list.language] !== undefined);
  const [first, ...rest] = describing.length > 0 ? describing : [lists[0]];
  return [sourceOf(row, first!), ...rest.map((list) => sourceOf(row, list))];
}

/**
 * A code on a page and on a list is one code: the page's variants stay what consumers see, each
 * now naming the list too, and the list's description fills a language the page leaves empty.
 */
function withList(variant: EntryNode, row: ErrorRow, sources: readonly EntrySourceNode[]): EntryNode {
  return {
    ...variant,
    description: { ...row.description, ...variant.description },
    sources: [variant.sources[0], ...variant.sources.slice(1), ...sources],
  };
}

/**
 * A code set from its manifest entries: pages first, each row a variant in document order; then
 * code lists, one row per code, merged into the page's code where a page documents it. Codes are
 * sorted by code.
 */
function toCodeSet(
  entries: readonly [ManifestEntry, ...ManifestEntry[]],
  tables: ValidTables['tables'],
  rules: ValidTables['rules'],
): CodeSetNode {
  const [first] = entries;
  const variantsByCode = new Map<string, [EntryNode, ...EntryNode[]]>();
  for (const entry of entries.filter((candidate) => !isCodeList(candidate.sourceFile))) {
    for (const row of tables.get(entry.table) ?? []) {
      const variant = toEntry(row, entry, [sourceOf(row, entry)]);
      const variants = variantsByCode.get(row.code);
      if (variants === undefined) variantsByCode.set(row.code, [variant]);
      else variants.push(variant);
    }
  }
  const lists = groupBy(
    entries.filter((candidate) => isCodeList(candidate.sourceFile)),
    (entry) => entry.table,
  );
  for (const tableLists of lists) {
    for (const row of tables.get(tableLists[0].table) ?? []) {
      const sources = listSources(row, tableLists);
      const variants = variantsByCode.get(row.code);
      if (variants === undefined) variantsByCode.set(row.code, [toEntry(row, tableLists[0], sources)]);
      else {
        const [head, ...rest] = variants.map((variant) => withList(variant, row, sources));
        variantsByCode.set(row.code, [head!, ...rest]);
      }
    }
  }
  const codes = [...variantsByCode.values()]
    .map((variants): CodeNode => ({
      type: 'code',
      code: variants[0].code,
      name: variants[0].name,
      variants,
    }))
    .sort((a, b) => compareCodes(a.code, b.code));
  return {
    type: 'code-set',
    vendor: first.vendor,
    prefix: first.codeSet,
    codeType: first.codeType,
    envelope: first.envelope,
    codes,
    tables: [...new Set(entries.map((entry) => entry.table))],
    familyRules: rules
      .filter((rule) => rule.envelope === first.envelope)
      .map((rule) => ({
        type: 'family-rule',
        prefix: rule.prefix,
        ...(rule.keyword !== undefined && { keyword: rule.keyword }),
        category: rule.category,
        retryable: rule.retryable,
      })),
  };
}

const toSource = (entry: ManifestEntry): SourceNode => ({
  type: 'source',
  table: entry.table,
  vendor: entry.vendor,
  product: entry.product,
  api: entry.api,
  document: entry.document,
  section: entry.section,
  language: entry.language,
  ...(entry.date !== undefined ? { date: entry.date } : {}),
  sourceFile: entry.sourceFile,
  ...(entry.documentUrl !== undefined ? { url: entry.documentUrl } : {}),
});

/** Groups `items` by `key`, groups in first-seen order, items in order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [T, ...T[]][] {
  const groups = new Map<string, [T, ...T[]]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return [...groups.values()];
}

/**
 * The model of validated tables: vendors in the order the manifest first names them, code sets
 * likewise within a vendor. ValidTables guarantees the rest: every alias names one documented code.
 */
export function buildModel(valid: ValidTables, release: ReleaseNode): PackageModel {
  const vendors = groupBy(valid.manifest, (entry) => entry.vendor).map(
    (vendorEntries): VendorNode => {
      const codeSets = groupBy(vendorEntries, (entry) => entry.codeSet).map((setEntries) =>
        toCodeSet(setEntries, valid.tables, valid.rules),
      );
      const id = vendorEntries[0].vendor;
      const aliases = valid.aliases
        .filter((alias) => alias.vendor === id)
        .flatMap((alias): AliasNode[] => {
          const codeSet = codeSets.find((set) =>
            set.codes.some((code) => String(code.code) === alias.code),
          );
          return codeSet === undefined
            ? []
            : [
                {
                  type: 'alias',
                  alias: alias.alias,
                  code: codeValue(alias.code, codeSet.codeType),
                  codeSet: codeSet.prefix,
                },
              ];
        });
      return {
        type: 'vendor',
        id,
        prefix: vendorEntries[0].codeSet,
        codeSets,
        sources: vendorEntries.map(toSource),
        aliases,
      };
    },
  );
  return { type: 'package', vendors, release };
}
