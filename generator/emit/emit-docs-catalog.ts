// Emits docs/<vendor>.md: a Markdown catalog of every documented error of a vendor, one table per document table.

import type {
  CodeSetNode,
  EntryNode,
  PackageModel,
  VendorNode,
} from '../model/model.js';
import { documentCitations } from './lib/describe.js';
import { PRINT_WIDTH, textWidth } from './lib/text-width.js';
import type { GeneratedFile, PackageEmitter } from './lib/emitter.js';
import { codeSpan, mdTable, mdTableCell, mdTableCode, mdText } from './lib/markdown.js';

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

const entryCells = (entry: EntryNode): string[] => [
  mdTableCode(String(entry.code)),
  mdTableCell(entry.name),
  entry.httpStatus === undefined ? '' : String(entry.httpStatus),
  entry.category,
  String(entry.retryable),
  entry.message === undefined ? '' : mdTableCode(entry.message),
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
  return ['## Source documents', '', ...documentCitations(vendor).map((line) => `- ${line}`), ''];
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
      `### ${mdText(source === undefined ? table : `${source.document} › ${source.section}`)}`,
      '',
    );
    lines.push(`${count(entries.length, 'row')} of the document's table, in its order.`, '');
    lines.push(mdTable(CATALOG_COLUMNS, entries.map(entryCells)), '');
  }
  return lines;
}

/** Characters prettier's Markdown printer may escape or read as markup in plain text. */
const MARKUP = /[*_\\<>[\]`~&|#]/;

/** A code span prettier prints as it is: no backtick inside, no blank at either end. */
const plainSpan = (text: string): boolean => !/[`|]/.test(text) && text.trim() === text;

/**
 * Whether prettier leaves the catalog as emitted, so the format stage can pass it through: every
 * table is wider than the page when aligned (prettier then prints it compact, as emitted: a
 * table that fits is padded), and no vendor text holds Markdown prettier would rewrite.
 */
function isFinalForm(vendor: VendorNode): boolean {
  const plain = (text: string | undefined): boolean => text === undefined || !MARKUP.test(text);
  if (
    !vendor.sources.every((source) =>
      [
        source.product,
        source.document,
        source.section,
        source.api,
        source.table,
        source.sourceFile,
      ].every(plain),
    )
  )
    return false;
  return vendor.codeSets.every((codeSet) =>
    codeSet.tables.every((table) => {
      const entries = tableEntries(codeSet, table);
      // Column widths grow row by row; the table is wide as soon as their sum passes the page.
      const widths = CATALOG_COLUMNS.map((header) => Math.max(3, textWidth(header)));
      const alignedWidthSoFar = (): number => widths.reduce((sum, width) => sum + width + 3, 1);
      for (const entry of entries) {
        if (alignedWidthSoFar() > PRINT_WIDTH) break;
        entryCells(entry).forEach((cell, column) => {
          widths[column] = Math.max(widths[column]!, textWidth(cell));
        });
      }
      const alignedWidth = alignedWidthSoFar();
      return (
        alignedWidth > PRINT_WIDTH &&
        plain(codeSet.prefix) &&
        entries.every(
          (entry) =>
            plainSpan(String(entry.code)) &&
            (entry.message === undefined || plainSpan(entry.message)) &&
            [entry.name, entry.description.zh, entry.description.en].every(plain),
        )
      );
    }),
  );
}

function vendorCatalog(vendor: VendorNode): GeneratedFile {
  const tables = vendorTables(vendor).map((table) => `tables/${table}`);
  const products = [...new Set(vendor.sources.map((source) => source.product))];
  const lines = [
    `<!-- Generated from ${tables.join(', ')} by npm run generate. Do not edit. -->`,
    '',
    `# ${vendor.id} error codes`,
    '',
    `Every error code that ${mdText(products.join(' / '))} documents, as the package knows it: one row per documented variant.`,
    '',
    ...sourcesSection(vendor),
    ...vendor.codeSets.flatMap((codeSet) => codeSetSection(vendor, codeSet)),
  ];
  while (lines[lines.length - 1] === '') lines.pop();
  const file = { path: `docs/${vendor.id}.md`, contents: `${lines.join('\n')}\n` };
  return isFinalForm(vendor) ? { ...file, layout: 'final' } : file;
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
