// Runs every schema check of tables/ (everything but the comparison with the documents).

import {
  ALIASES_HEADER,
  ERROR_TABLE_HEADER,
  SOURCES_HEADER,
} from '../read-tables/table-headers.js';
import type { Problem, RawTables, TableFile } from '../read-tables/table-file.js';
import { checkAliases } from './check-aliases.js';
import { checkErrorTables } from './check-error-tables.js';
import {
  checkCellWhitespace,
  checkEncoding,
  checkHeader,
  headerMatches,
} from './check-file-text.js';
import { checkManifest } from './check-manifest.js';

/** What every file gets checked for, whatever it holds. */
function checkFile(table: TableFile, header: readonly string[]): Problem[] {
  return [
    ...checkEncoding(table),
    ...checkHeader(table, header),
    ...(headerMatches(table, header) ? checkCellWhitespace(table) : []),
  ];
}

export function checkTables(raw: RawTables): Problem[] {
  return [
    ...checkFile(raw.sources, SOURCES_HEADER),
    ...checkFile(raw.aliases, ALIASES_HEADER),
    ...raw.errorTables.flatMap((table) => checkFile(table, ERROR_TABLE_HEADER)),
    ...(headerMatches(raw.sources, SOURCES_HEADER) ? checkManifest(raw) : []),
    ...checkAliases(raw),
    ...checkErrorTables(raw),
  ];
}
