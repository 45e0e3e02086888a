// Emits docs/<vendor>.md: every documented code of a vendor as a table, with its documents and error body.
import type { CodeSetNode, EntryNode, VendorNode } from '../model/model.js';
import { bodyType } from './emit-error-bodies.js';
import { codeSetSources, codeSpan, productOf } from './lib/describe.js';
import type { PackageEmitter } from './lib/emitter.js';
import { codeField, fieldPath } from './lib/envelopes.js';
import { mdCode, mdDocument, mdHeader, mdTable, mdText } from './lib/markdown.js';
import { bodyName, codeSetTables, codeValueName, enumName, vendorSubpath, vendorTables } from './lib/names.js';
import { PACKAGE_NAME } from './emit-package-json.js';

export const docsPath = (vendor: VendorNode): string => `docs/${vendor.id}.md`;

const VARIANT_COLUMNS = ['Code', 'Name', 'HTTP', 'Message', 'Description', 'Category', 'Retryable'];

function variantRow(entry: EntryNode, index: number, count: number): string[] {
  const description = [entry.description.zh, entry.description.en].filter((text) => text !== undefined).map((text) => mdText(text));
  return [
    codeSpan(String(entry.code)) + (count > 1 ? ` (${index + 1}/${count})` : ''),
    entry.name,
    entry.httpStatus === undefined ? '' : String(entry.httpStatus),
    entry.message === undefined ? '' : mdText(entry.message),
    description.join('<br>'),
    entry.category,
    entry.retryable ? 'yes' : 'no',
  ];
}

function codeSetSection(vendor: VendorNode, codeSet: CodeSetNode): string {
  const documents = codeSetSources(vendor, codeSet).map(
    (source) =>
      `- ${mdText(source.document)} › ${mdText(source.section)} (${source.language === 'zh' ? 'Chinese' : 'English'}${source.date ? `, ${source.date}` : ''}): \`tables/${source.table}\`, transcribed from \`tables/${source.sourceFile}\``,
  );
  const variants = codeSet.codes.reduce((sum, code) => sum + code.variants.length, 0);
  return mdDocument([
    `## ${enumName(codeSet)}`,
    `${codeSet.codes.length} codes (${codeSet.codeType === 'integer' ? 'integers' : 'strings'}), ${variants} documented variants of ${mdText(productOf(vendor, codeSet))}. The error body carries the code in ${codeSpan(fieldPath(codeField(codeSet.envelope)))}; ${codeSpan(bodyName(codeSet))} is:`,
    mdCode('ts', `type ${bodyName(codeSet)}Shape = ${bodyType(codeSet.envelope, codeValueName(codeSet))};`),
    `Documents (tables ${codeSetTables(vendor, codeSet, true).map((table) => codeSpan(table)).join(', ')}):`,
    documents.join('\n'),
    mdTable(
      VARIANT_COLUMNS,
      codeSet.codes.flatMap((code) => code.variants.map((entry, index) => variantRow(entry, index, code.variants.length))),
    ),
  ]).trimEnd();
}

export function vendorDocs(vendor: VendorNode): string {
  const aliases = vendor.aliases.map(
    (alias) => `- ${codeSpan(alias.alias)} is read as ${codeSpan(String(alias.code))} (${alias.codeSet})`,
  );
  return mdDocument([
    mdHeader(vendorTables(vendor)),
    `# ${vendor.id} error codes`,
    `Import from ${codeSpan(`${PACKAGE_NAME}/${vendorSubpath(vendor).slice(2)}`)} (or the package root). Codes a document lists more than once are one row per listing: the message or HTTP status tells the variants apart.`,
    ...vendor.codeSets.map((codeSet) => codeSetSection(vendor, codeSet)),
    aliases.length > 0 ? `## Aliases\n\nSpellings the documents show besides the table's:\n\n${aliases.join('\n')}` : undefined,
  ]);
}

export const docsEmitter: PackageEmitter = {
  type: 'package-emitter',
  kind: 'docs',
  emit: (model) => model.vendors.map((vendor) => ({ path: docsPath(vendor), contents: vendorDocs(vendor) })),
};

