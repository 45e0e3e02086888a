// Builds the PackageModel from validated tables: vendors, their code sets, codes with variants, sources, aliases.

import type { ErrorRow, ManifestEntry, ValidTables } from '../schema/schema.js';
import type {
  AliasNode,
  CodeNode,
  CodeSetNode,
  CodeType,
  EntryNode,
  PackageModel,
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

/** One row of a table as the variant that one manifest entry gives to its vendor. */
function toEntry(row: ErrorRow, entry: ManifestEntry): EntryNode {
  const source = { document: entry.document, section: entry.section, table: entry.table, line: row.line };
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
    source,
    sources: [source],
  };
}

/** A code set from its manifest entries: variants in document order, codes sorted by code. */
function toCodeSet(
  entries: readonly [ManifestEntry, ...ManifestEntry[]],
  tables: ValidTables['tables'],
): CodeSetNode {
  const [first] = entries;
  const variantsByCode = new Map<string, [EntryNode, ...EntryNode[]]>();
  for (const entry of entries) {
    for (const row of tables.get(entry.table) ?? []) {
      const variant = toEntry(row, entry);
      const variants = variantsByCode.get(row.code);
      if (variants === undefined) variantsByCode.set(row.code, [variant]);
      else variants.push(variant);
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
export function buildModel(valid: ValidTables): PackageModel {
  const vendors = groupBy(valid.manifest, (entry) => entry.vendor).map(
    (vendorEntries): VendorNode => {
      const codeSets = groupBy(vendorEntries, (entry) => entry.codeSet).map((setEntries) =>
        toCodeSet(setEntries, valid.tables),
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
  return { type: 'package', vendors };
}
