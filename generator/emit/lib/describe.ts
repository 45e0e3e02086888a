// Plain-text descriptions of codes, variants and code sets, shared by JSDoc hovers and the markdown docs.
import type {
  CodeNode,
  CodeSetNode,
  EntryNode,
  SourceNode,
  VendorNode,
} from '../../model/model.js';
import { codeField, fieldPath } from './envelopes.js';
import { codeSpan, mdText } from './markdown.js';

/** `Document › Section`: where a variant is documented. */
export const sourceLabel = (entry: EntryNode): string =>
  `${entry.source.document} › ${entry.source.section}`;

/** The facts of one variant, as markdown list lines. */
export function variantFacts(entry: EntryNode): string[] {
  const facts: string[] = [];
  if (entry.httpStatus !== undefined) facts.push(`- HTTP status: ${entry.httpStatus}`);
  if (entry.message !== undefined) facts.push(`- Message: ${codeSpan(entry.message)}`);
  facts.push(
    `- Category: ${codeSpan(entry.category)}, ${entry.retryable ? 'retryable' : 'not retryable'}`,
  );
  facts.push(`- Document: ${sourceLabel(entry)}`);
  return facts;
}

/** The descriptions of a variant, Chinese first as the documents are, each as it is written. */
export const variantDescriptions = (entry: EntryNode): string[] =>
  [entry.description.zh, entry.description.en].filter((text): text is string => text !== undefined);

/** What an editor shows on hover over a code: every variant with its descriptions and facts. */
export function describeCode(code: CodeNode): (string | undefined)[] {
  if (code.variants.length === 1) {
    const [entry] = code.variants;
    return [...variantDescriptions(entry), variantFacts(entry).join('\n')];
  }
  return [
    `${codeSpan(String(code.code))} has ${code.variants.length} documented variants, in document order.`,
    ...code.variants.map((entry, index) =>
      [
        `**Variant ${index + 1}.** ${variantDescriptions(entry).join('\n') || '(no description)'}`,
        ...variantFacts(entry),
      ].join('\n'),
    ),
  ];
}

/** The manifest rows a code set is transcribed from, in manifest order. */
export function codeSetSources(vendor: VendorNode, codeSet: CodeSetNode): SourceNode[] {
  return vendor.sources.filter((source) => codeSet.tables.includes(source.table));
}

/** The product a code set belongs to, as its documents name it. */
export function productOf(vendor: VendorNode, codeSet: CodeSetNode): string {
  const [source] = codeSetSources(vendor, codeSet);
  return source === undefined ? vendor.id : `${source.product} (API ${codeSpan(source.api)})`;
}

/** What an editor shows on hover over a code set's enum. */
export function describeCodeSet(vendor: VendorNode, codeSet: CodeSetNode): string[] {
  const sources = codeSetSources(vendor, codeSet);
  const documents = sources.map(
    (source) => `${source.document} › ${source.section}${source.date ? ` (${source.date})` : ''}`,
  );
  return [
    `Error codes of ${productOf(vendor, codeSet)}, as the error body carries them in ${codeSpan(fieldPath(codeField(codeSet.envelope)))}.`,
    `Documents: ${[...new Set(documents)].join('; ')}.`,
  ];
}

/** Where a reader finds a document: the vendor's address where a source gives one, else says so. */
const documentAddress = (source: SourceNode): string =>
  source.url === undefined
    ? 'page address not known (no source gives it)'
    : `documentation at <${source.url}>`;

/**
 * A vendor's documents, one line each, by the vendor's own names: product, API, title, language,
 * date, the sections transcribed and the address. Never a file of this repository: the package
 * does not ship the tables.
 */
export function documentCitations(vendor: VendorNode): string[] {
  const documents = new Map<string, SourceNode[]>();
  for (const source of vendor.sources) {
    documents.set(source.sourceFile, [...(documents.get(source.sourceFile) ?? []), source]);
  }
  return [...documents.values()].map((sources) => {
    const [first] = sources as [SourceNode, ...SourceNode[]];
    const date = first.date === undefined ? 'no date given' : `last updated ${first.date}`;
    const sections = mdText(sources.map((source) => source.section).join(', '));
    return `${mdText(first.product)}, API ${codeSpan(first.api)}: ${mdText(first.document)} (${first.language === 'zh' ? 'Chinese' : 'English'}, ${date}), section${sources.length === 1 ? '' : 's'} ${sections}; ${documentAddress(first)}.`;
  });
}
