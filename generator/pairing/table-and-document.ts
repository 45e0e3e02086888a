// Pairs an error table's records with the rows its document gives: the one pairing fidelity and import share.

import type { DocumentRow, KnownVariants } from '../documents/parse-document.js';
import type { TableRecord } from '../read-tables/table-file.js';
import { descriptionColumn, type ErrorColumn, type Language } from '../schema/schema.js';
import { pairRows, type PairPass, type Pairing } from './pair-rows.js';

type ErrorRecord = TableRecord<ErrorColumn>;

/** The table's own rows by code, so the reader splits ambiguous document rows the way the table did. */
export function knownVariants(records: readonly ErrorRecord[], language: Language): KnownVariants {
  const column = descriptionColumn(language);
  const known = new Map<string, { message?: string; description?: string }[]>();
  for (const { cells } of records) {
    const variants = known.get(cells.code) ?? [];
    variants.push({
      ...(cells.message !== '' ? { message: cells.message } : {}),
      ...(cells[column] !== '' ? { description: cells[column] } : {}),
    });
    known.set(cells.code, variants);
  }
  return known;
}

/**
 * Rows pair by code and message first, then by code alone. Kingsoft lists `InvalidParameterValue`
 * three times, told apart only by the message, so a row inserted among them must not shift the
 * others; a variant whose message the vendor reworded finds no equal and takes the next unpaired
 * row of its code. Fidelity adds pairing by place: a row whose code differs from the document's
 * in the same place is a mistyped code (one problem), where for import it is a new code.
 */
export function pairTableWithDocument(
  records: readonly ErrorRecord[],
  rows: readonly DocumentRow[],
  options: { readonly byPlace: boolean },
): Pairing {
  const passes: PairPass<ErrorRecord, DocumentRow>[] = [
    {
      by: 'key',
      left: ({ cells }) => `${cells.code}\u0000${cells.message}`,
      right: (row) => `${row.code}\u0000${row.message ?? ''}`,
    },
    { by: 'key', left: ({ cells }) => cells.code, right: (row) => row.code },
  ];
  if (options.byPlace) passes.push({ by: 'place' });
  return pairRows(records, rows, passes);
}
