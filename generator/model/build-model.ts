// Builds the PackageModel from validated tables: vendors, their code sets, codes with variants, sources, aliases.

import { aliasRows, manifestRows, type ManifestRow } from '../read-tables/manifest-rows.js';
import type { RawTables, TableFile, TableRecord } from '../read-tables/table-file.js';
import {
  VENDOR_IDS,
  type AliasNode,
  type CodeNode,
  type CodeSetNode,
  type CodeType,
  type EntryNode,
  type Envelope,
  type ErrorCategory,
  type PackageModel,
  type SourceNode,
  type VendorId,
  type VendorNode,
} from './model.js';

const cell = (record: TableRecord, column: string): string => record.cells[column] ?? '';

/** The code as the vendor's response body carries it: a number for integer code sets. */
const codeValue = (code: string, codeType: CodeType): string | number =>
  codeType === 'integer' ? Number(code) : code;

/** Numbers numerically, strings by UTF-16 code units (not locale order: output must not depend on the machine). */
function compareCodes(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** One row of a table as the variant that one manifest row gives to its vendor. */
function toEntry(record: TableRecord, row: ManifestRow, codeType: CodeType): EntryNode {
  const httpStatus = cell(record, 'http_status');
  const message = cell(record, 'message');
  const zh = cell(record, 'description_zh');
  const en = cell(record, 'description_en');
  const source = { document: row.document, section: row.section, table: row.table, line: record.line };
  return {
    type: 'entry',
    vendor: row.vendor as VendorId,
    code: codeValue(cell(record, 'code'), codeType),
    name: cell(record, 'name'),
    ...(httpStatus !== '' ? { httpStatus: Number(httpStatus) } : {}),
    ...(message !== '' ? { message } : {}),
    description: { ...(zh !== '' ? { zh } : {}), ...(en !== '' ? { en } : {}) },
    category: cell(record, 'category') as ErrorCategory,
    retryable: cell(record, 'retryable') === 'true',
    source,
    sources: [source],
  };
}

/** A code set from its manifest rows: variants in document order, codes sorted by code. */
function toCodeSet(
  rows: readonly [ManifestRow, ...ManifestRow[]],
  tablesByName: ReadonlyMap<string, TableFile>,
): CodeSetNode {
  const [first] = rows;
  const codeType = first.codeType as CodeType;
  const variantsByCode = new Map<string, EntryNode[]>();
  for (const row of rows) {
    for (const record of tablesByName.get(row.table)?.records ?? []) {
      const variants = variantsByCode.get(cell(record, 'code')) ?? [];
      variants.push(toEntry(record, row, codeType));
      variantsByCode.set(cell(record, 'code'), variants);
    }
  }
  const codes = [...variantsByCode.values()]
    .map((variants): CodeNode => {
      const [head, ...rest] = variants as [EntryNode, ...EntryNode[]];
      return { type: 'code', code: head.code, name: head.name, variants: [head, ...rest] };
    })
    .sort((a, b) => compareCodes(a.code, b.code));
  return {
    type: 'code-set',
    vendor: first.vendor as VendorId,
    prefix: first.codeSet,
    codeType,
    envelope: first.envelope as Envelope,
    codes,
    tables: [...new Set(rows.map((row) => row.table))],
  };
}

const toSource = (row: ManifestRow): SourceNode => ({
  type: 'source',
  table: row.table,
  vendor: row.vendor as VendorId,
  product: row.product,
  api: row.api,
  document: row.document,
  section: row.section,
  language: row.language as 'zh' | 'en',
  ...(row.date !== '' ? { date: row.date } : {}),
  sourceFile: row.sourceFile,
  ...(row.documentUrl !== '' ? { url: row.documentUrl } : {}),
});

/**
 * The model of validated tables. Assumes validateTables found no problem: cells hold what the
 * schema allows, every alias names one documented code, every vendor has a table.
 */
export function buildModel(raw: RawTables): PackageModel {
  const rows = manifestRows(raw);
  const tablesByName = new Map(raw.errorTables.map((table) => [table.name, table]));
  const aliases = aliasRows(raw);

  const vendors = VENDOR_IDS.map((id): VendorNode => {
    const vendorRows = rows.filter((row) => row.vendor === id);
    // Code sets in the order the manifest first names them.
    const rowsBySet = new Map<string, ManifestRow[]>();
    for (const row of vendorRows)
      rowsBySet.set(row.codeSet, [...(rowsBySet.get(row.codeSet) ?? []), row]);
    const codeSets = [...rowsBySet.values()].map((setRows) =>
      toCodeSet(setRows as [ManifestRow, ...ManifestRow[]], tablesByName),
    );
    const vendorAliases = aliases
      .filter((alias) => alias.vendor === id)
      .map((alias): AliasNode => {
        const codeSet = codeSets.find((set) =>
          set.codes.some((code) => String(code.code) === alias.code),
        );
        if (codeSet === undefined)
          throw new Error(`alias ${alias.alias} of ${id} names no documented code; validate first`);
        return {
          type: 'alias',
          alias: alias.alias,
          code: codeValue(alias.code, codeSet.codeType),
          codeSet: codeSet.prefix,
        };
      });
    const firstSet = codeSets[0];
    if (firstSet === undefined) throw new Error(`vendor ${id} has no table; validate first`);
    return {
      type: 'vendor',
      id,
      prefix: firstSet.prefix,
      codeSets,
      sources: vendorRows.map(toSource),
      aliases: vendorAliases,
    };
  });

  return { type: 'package', vendors };
}
