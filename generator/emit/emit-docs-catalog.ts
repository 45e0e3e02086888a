// Emits docs/<vendor>.md: a Markdown catalog of every documented error of a vendor, one table per document table.

import type {
  CodeSetNode,
  EntryNode,
  PackageModel,
  SourceNode,
  VendorNode,
} from '../model/model.js';
import type { GeneratedFile, PackageEmitter } from './lib/emitter.js';
import { codeSpan, mdTable, mdTableCell } from './lib/markdown.js';

const CATALOG_COLUMNS = [
  'code',
  'name',
  'HTTP status',
  'category',
  'retryable',
  'message',
  'description zh',
  'description en',
] as const;

const count = (amount: number, noun: string): string =>
  `${amount} ${noun}${amount === 1 ? '' : 's'}`;

const entryRow = (entry: EntryNode): string[] => [
  mdTableCell(codeSpan(String(entry.code))),
  mdTableCell(entry.name),
  entry.httpStatus === undefined ? '' : String(entry.httpStatus),
  entry.category,
  String(entry.retryable),
  entry.message === undefined ? '' : mdTableCell(codeSpan(entry.message)),
  mdTableCell(entry.description.zh ?? ''),
  mdTableCell(entry.description.en ?? ''),
];

/** The tables a vendor is built from, once each, in manifest order. */
const vendorTables = (vendor: VendorNode): string[] => [
  ...new Set(vendor.sources.map((source) => source.table)),
];

/** A code set's rows of one table, back in document order (the model sorts codes, not rows). */
function tableEntries(codeSet: CodeSetNode, table: string): EntryNode[] {
  return codeSet.codes
    .flatMap((code) => code.variants.filter((entry) => entry.source.table === table))
    .sort((a, b) => a.source.line - b.source.line);
}

function sourcesSection(vendor: VendorNode): string[] {
  const documents = new Map<string, SourceNode[]>();
  for (const source of vendor.sources) {
    documents.set(source.sourceFile, [...(documents.get(source.sourceFile) ?? []), source]);
  }
  const lines = ['## Source documents', ''];
  for (const [sourceFile, sources] of documents) {
    const [first] = sources as [SourceNode, ...SourceNode[]];
    const date = first.date === undefined ? 'no date given' : `last updated ${first.date}`;
    const sections = sources
      .map((source) => `${source.section} (${codeSpan(`tables/${source.table}`)})`)
      .join(', ');
    lines.push(
      `- ${first.product}, API ${codeSpan(first.api)}: ${first.document} (${first.language === 'zh' ? 'Chinese' : 'English'}, ${date}; copy in ${codeSpan(`tables/${sourceFile}`)}). Tables: ${sections}.`,
    );
  }
  return [...lines, ''];
}

function codeSetSection(vendor: VendorNode, codeSet: CodeSetNode): string[] {
  const codes = codeSet.codes.length;
  const variants = codeSet.codes.reduce((sum, code) => sum + code.variants.length, 0);
  const lines = [
    `## ${codeSet.prefix}`,
    '',
    `${count(codes, 'code')}, ${count(variants, 'documented variant')}; ${codeSet.codeType} codes in the ${codeSpan(codeSet.envelope)} error body.`,
    '',
  ];
  for (const table of codeSet.tables) {
    const source = vendor.sources.find((candidate) => candidate.table === table);
    const entries = tableEntries(codeSet, table);
    lines.push(
      `### ${source === undefined ? table : `${source.document} › ${source.section}`}`,
      '',
    );
    lines.push(
      `From ${codeSpan(`tables/${table}`)}, ${count(entries.length, 'row')} in document order.`,
      '',
    );
    lines.push(mdTable(CATALOG_COLUMNS, entries.map(entryRow)), '');
  }
  return lines;
}

function vendorCatalog(vendor: VendorNode): GeneratedFile {
  const tables = vendorTables(vendor).map((table) => `tables/${table}`);
  const products = [...new Set(vendor.sources.map((source) => source.product))];
  const lines = [
    `<!-- Generated from ${tables.join(', ')} by npm run generate. Do not edit. -->`,
    '',
    `# ${vendor.id} error codes`,
    '',
    `Every error code that ${products.join(' / ')} documents, as the package knows it: one row per documented variant.`,
    '',
    ...sourcesSection(vendor),
    ...vendor.codeSets.flatMap((codeSet) => codeSetSection(vendor, codeSet)),
  ];
  while (lines[lines.length - 1] === '') lines.pop();
  return { path: `docs/${vendor.id}.md`, contents: `${lines.join('\n')}\n` };
}

/** One catalog per vendor, in model order. */
export function emitDocsCatalog(model: PackageModel): GeneratedFile[] {
  return model.vendors.map(vendorCatalog);
}

/** The catalog as a registry entry. */
export const docsCatalogEmitter: PackageEmitter = {
  type: 'package-emitter',
  kind: 'docs-catalog',
  emit: (model) => emitDocsCatalog(model),
};
