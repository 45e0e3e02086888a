// Parses aliases.csv: a vendor of the manifest, a spelling that is not itself a code, one documented target code.
// (That the alias occurs in its document is the fidelity check's part.)

import { excerpt, type Problem, type RawTables } from '../read-tables/table-file.js';
import {
  ALIAS_COLUMNS,
  SOURCE_FILE_PATTERN,
  type AliasEntry,
  type ManifestEntry,
} from '../schema/schema.js';

/** The code sets of each vendor, each with the codes its tables document; and whether all of them could be read. */
function codesByVendor(
  raw: RawTables,
  manifest: readonly ManifestEntry[],
  uncertainCodes: ReadonlySet<string>,
): Map<string, { readonly sets: Map<string, Set<string>>; complete: boolean }> {
  const tablesByName = new Map(raw.errorTables.map((table) => [table.name, table]));
  const byVendor = new Map<string, { sets: Map<string, Set<string>>; complete: boolean }>();
  for (const entry of manifest) {
    const vendor = byVendor.get(entry.vendor) ?? {
      sets: new Map<string, Set<string>>(),
      complete: true,
    };
    byVendor.set(entry.vendor, vendor);
    const codes = vendor.sets.get(entry.codeSet) ?? new Set<string>();
    vendor.sets.set(entry.codeSet, codes);
    const table = tablesByName.get(entry.table);
    if (table === undefined || !table.readable || uncertainCodes.has(table.name)) {
      vendor.complete = false;
      continue;
    }
    for (const record of table.records) codes.add(record.cells.code);
  }
  return byVendor;
}

export interface ParsedAliases {
  readonly entries: readonly AliasEntry[];
  readonly problems: readonly Problem[];
}

/**
 * The aliases and their problems. An alias of a vendor whose tables could not all be read is not
 * judged against them: the unreadable table is the problem, reported once where it is.
 */
export function parseAliases(
  raw: RawTables,
  manifest: readonly ManifestEntry[],
  /** Tables whose code cells have problems: an alias into them is not judged by their codes. */
  uncertainCodes: ReadonlySet<string> = new Set(),
): ParsedAliases {
  const aliases = raw.aliases;
  if (!aliases.readable) return { entries: [], problems: [] };
  const file = aliases.file;
  const byVendor = codesByVendor(raw, manifest, uncertainCodes);
  // Vendors as the manifest's rows name them, valid or not: a row with a bad date still names its
  // vendor. An alias of a vendor with a rejected row is not judged against an incomplete code list.
  const manifestRecords = raw.sources.records;
  const namedVendors = [...new Set(manifestRecords.map((record) => record.cells.vendor))];
  const entryLines = new Set(manifest.map((entry) => entry.line));
  const completeVendors = new Set(
    namedVendors.filter((vendor) =>
      manifestRecords.every(
        (record) => record.cells.vendor !== vendor || entryLines.has(record.line),
      ),
    ),
  );
  const entries: AliasEntry[] = [];
  const problems: Problem[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of aliases.records) {
    const messages: string[] = ALIAS_COLUMNS.filter((column) => cells[column] === '').map(
      (column) => `${column} is empty; it is required`,
    );
    const vendor = byVendor.get(cells.vendor);
    if (cells.vendor !== '' && manifestRecords.length > 0 && !namedVendors.includes(cells.vendor)) {
      messages.push(
        `vendor ${excerpt(cells.vendor)} has no table in sources.csv; its vendors: ${namedVendors.join(', ')}`,
      );
    }
    const codeSets = [...(vendor?.sets ?? new Map<string, Set<string>>())];
    const judged = vendor !== undefined && vendor.complete && completeVendors.has(cells.vendor);
    if (cells.alias !== '') {
      const key = `${cells.vendor}\u0000${cells.alias}`;
      const earlier = firstLine.get(key);
      if (earlier !== undefined)
        messages.push(
          `alias ${excerpt(cells.alias)} of ${cells.vendor} is already given at line ${earlier}`,
        );
      else firstLine.set(key, line);
      const documenting = codeSets
        .filter(([, codes]) => codes.has(cells.alias))
        .map(([codeSet]) => codeSet);
      if (documenting.length > 0) {
        messages.push(
          `alias ${excerpt(cells.alias)} is itself a documented code of ${documenting.join(', ')}; an alias is a second spelling`,
        );
      }
    }
    if (cells.code !== '' && judged) {
      const targets = codeSets
        .filter(([, codes]) => codes.has(cells.code))
        .map(([codeSet]) => codeSet);
      if (targets.length === 0) {
        messages.push(
          `code ${excerpt(cells.code)} is not a documented code of vendor ${cells.vendor}`,
        );
      } else if (targets.length > 1) {
        messages.push(
          `code ${excerpt(cells.code)} is documented in more than one code set (${targets.join(', ')}); an alias must name one`,
        );
      }
    }
    if (cells.source_file !== '' && !SOURCE_FILE_PATTERN.test(cells.source_file)) {
      messages.push(
        `source_file ${excerpt(cells.source_file)} is not a relative path inside tables/ (like sources/baidu-vod.txt)`,
      );
    }
    problems.push(...messages.map((message) => ({ file, line, message })));
    if (messages.length === 0) {
      entries.push({
        line,
        vendor: cells.vendor,
        alias: cells.alias,
        code: cells.code,
        sourceFile: cells.source_file,
      });
    }
  }
  return { entries, problems };
}
