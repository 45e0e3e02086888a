// Named views of sources.csv and aliases.csv records, as the validator and build-model read them.

import type { RawTables } from './table-file.js';

/** One row of sources.csv: one table given to one vendor's code set. Cells as written. */
export interface ManifestRow {
  readonly line: number;
  readonly table: string;
  readonly vendor: string;
  readonly codeSet: string;
  readonly codeType: string;
  readonly envelope: string;
  readonly product: string;
  readonly api: string;
  readonly document: string;
  readonly section: string;
  readonly language: string;
  readonly date: string;
  readonly sourceFile: string;
  readonly documentUrl: string;
}

/** One row of aliases.csv. Cells as written. */
export interface AliasRow {
  readonly line: number;
  readonly vendor: string;
  readonly alias: string;
  readonly code: string;
  readonly sourceFile: string;
}

export function manifestRows(raw: RawTables): ManifestRow[] {
  return raw.sources.records.map(({ line, cells }) => ({
    line,
    table: cells['table'] ?? '',
    vendor: cells['vendor'] ?? '',
    codeSet: cells['code_set'] ?? '',
    codeType: cells['code_type'] ?? '',
    envelope: cells['envelope'] ?? '',
    product: cells['product'] ?? '',
    api: cells['api'] ?? '',
    document: cells['document'] ?? '',
    section: cells['section'] ?? '',
    language: cells['language'] ?? '',
    date: cells['date'] ?? '',
    sourceFile: cells['source_file'] ?? '',
    documentUrl: cells['document_url'] ?? '',
  }));
}

export function aliasRows(raw: RawTables): AliasRow[] {
  return raw.aliases.records.map(({ line, cells }) => ({
    line,
    vendor: cells['vendor'] ?? '',
    alias: cells['alias'] ?? '',
    code: cells['code'] ?? '',
    sourceFile: cells['source_file'] ?? '',
  }));
}
