// Checks aliases.csv: a known vendor, a spelling that is not itself a code, one documented target code.
// (That the alias occurs in its document is the fidelity check's part.)

import { VENDOR_IDS } from '../model/model.js';
import { aliasRows, manifestRows } from '../read-tables/manifest-rows.js';
import { SOURCE_FILE_PATTERN } from '../read-tables/read-tables.js';
import { ALIASES_HEADER, ERROR_TABLE_HEADER } from '../read-tables/table-headers.js';
import type { Problem, RawTables } from '../read-tables/table-file.js';
import { excerpt, headerMatches } from './check-file-text.js';

/** The code sets of each vendor, each with the codes its readable tables document. */
function codesByVendor(raw: RawTables): Map<string, Map<string, Set<string>>> {
  const tablesByName = new Map(raw.errorTables.map((table) => [table.name, table]));
  const byVendor = new Map<string, Map<string, Set<string>>>();
  for (const row of manifestRows(raw)) {
    const table = tablesByName.get(row.table);
    const codeSets = byVendor.get(row.vendor) ?? new Map<string, Set<string>>();
    byVendor.set(row.vendor, codeSets);
    const codes = codeSets.get(row.codeSet) ?? new Set<string>();
    codeSets.set(row.codeSet, codes);
    if (table === undefined || !headerMatches(table, ERROR_TABLE_HEADER)) continue;
    for (const record of table.records) codes.add(record.cells['code'] ?? '');
  }
  return byVendor;
}

export function checkAliases(raw: RawTables): Problem[] {
  if (!headerMatches(raw.aliases, ALIASES_HEADER)) return [];
  const file = raw.aliases.file;
  const byVendor = codesByVendor(raw);
  const problems: Problem[] = [];
  const report = (line: number, message: string): void => {
    problems.push({ file, line, message });
  };
  const firstLine = new Map<string, number>();
  for (const row of aliasRows(raw)) {
    for (const [column, value] of [
      ['vendor', row.vendor],
      ['alias', row.alias],
      ['code', row.code],
      ['source_file', row.sourceFile],
    ] as const) {
      if (value === '') report(row.line, `${column} is empty; it is required`);
    }
    if (row.vendor !== '' && !(VENDOR_IDS as readonly string[]).includes(row.vendor)) {
      report(row.line, `vendor ${excerpt(row.vendor)} is not one of ${VENDOR_IDS.join(', ')}`);
    }
    const codeSets = [...(byVendor.get(row.vendor) ?? new Map<string, Set<string>>())];
    if (row.alias !== '') {
      const key = `${row.vendor}\u0000${row.alias}`;
      const earlier = firstLine.get(key);
      if (earlier !== undefined)
        report(
          row.line,
          `alias ${excerpt(row.alias)} of ${row.vendor} is already given at line ${earlier}`,
        );
      else firstLine.set(key, row.line);
      const documenting = codeSets
        .filter(([, codes]) => codes.has(row.alias))
        .map(([codeSet]) => codeSet);
      if (documenting.length > 0) {
        report(
          row.line,
          `alias ${excerpt(row.alias)} is itself a documented code of ${documenting.join(', ')}; an alias is a second spelling`,
        );
      }
    }
    if (row.code !== '' && codeSets.length > 0) {
      const targets = codeSets
        .filter(([, codes]) => codes.has(row.code))
        .map(([codeSet]) => codeSet);
      if (targets.length === 0) {
        report(
          row.line,
          `code ${excerpt(row.code)} is not a documented code of vendor ${row.vendor}`,
        );
      } else if (targets.length > 1) {
        report(
          row.line,
          `code ${excerpt(row.code)} is documented in more than one code set (${targets.join(', ')}); an alias must name one`,
        );
      }
    }
    if (row.sourceFile !== '' && !SOURCE_FILE_PATTERN.test(row.sourceFile)) {
      report(
        row.line,
        `source_file ${excerpt(row.sourceFile)} is not a relative path inside tables/ (like sources/baidu-vod.txt)`,
      );
    }
  }
  return problems;
}
