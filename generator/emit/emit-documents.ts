// Emits src/documents.ts: the vendor documents the tables transcribe (product, title, section, address), for the lookup CLI.
import type { PackageModel } from '../model/model.js';
import type { PackageEmitter } from './lib/emitter.js';
import { tsConst, tsDocs, tsHeader, tsImport, type Statement } from './lib/ts.js';

/** The manifest, whose rows name the documents. */
const SOURCES_TABLE = 'tables/sources.csv';

export function documentsStatements(model: PackageModel): Statement[] {
  const documents = model.vendors.flatMap((vendor) =>
    vendor.sources.map((source) => ({
      vendor: source.vendor,
      product: source.product,
      document: source.document,
      section: source.section,
      language: source.language,
      ...(source.date !== undefined ? { date: source.date } : {}),
      ...(source.url !== undefined ? { url: source.url } : {}),
    })),
  );
  return [
    tsImport(['VendorId'], './entry.js', { typeOnly: true }),
    [
      '/** A section of a vendor document that the tables transcribe. */',
      'export interface SourceDocument {',
      '  readonly vendor: VendorId;',
      '  /** The vendor and product, as the document names them. */',
      '  readonly product: string;',
      "  /** The document's title. */",
      '  readonly document: string;',
      '  /** The heading of the table in the document. */',
      '  readonly section: string;',
      "  readonly language: 'zh' | 'en';",
      "  /** The document's own last-updated date, YYYY-MM-DD, where it gives one. */",
      '  readonly date?: string;',
      "  /** The vendor's documentation address, where a source gives one. */",
      '  readonly url?: string;',
      '}',
    ].join('\n'),
    tsConst({
      name: 'DOCUMENTS',
      docs: tsDocs(['Every vendor document section of the tables, in manifest order.']),
      type: 'readonly SourceDocument[]',
      initializer: JSON.stringify(documents, null, 2),
    }),
  ];
}

export const documentsEmitter: PackageEmitter = {
  type: 'package-emitter',
  kind: 'documents',
  emit: (model, { printTs }) => {
    const path = 'src/documents.ts';
    return [
      { path, contents: printTs(path, tsHeader([SOURCES_TABLE]), documentsStatements(model)) },
    ];
  },
};
