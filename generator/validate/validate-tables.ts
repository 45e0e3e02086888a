// Validates tables/ as read: reading problems, schema checks and the comparison with the documents, all at once,
// returning the typed tables when there is nothing wrong (parse, don't validate).

import { sortProblems } from '../read-tables/sort-problems.js';
import type { Problem, RawTables, TableFile } from '../read-tables/table-file.js';
import {
  CATEGORIES,
  ENVELOPES,
  type FamilyRuleRow,
  descriptionColumn,
  LANGUAGES,
  type ManifestEntry,
  type ValidTables,
} from '../schema/schema.js';
import { parseCategoryRuleProblems } from '../import/category-rules.js';
import { checkCurationTwins } from './check-curation-twins.js';

import { cellKey, checkFidelity } from './check-fidelity.js';
import { checkCellCharacters } from './check-characters.js';
import { checkCellWhitespace, checkEncoding } from './check-file-text.js';
import { parseAliases } from './parse-aliases.js';
import { parseErrorTables } from './parse-error-tables.js';
import { parseManifest } from './parse-manifest.js';

/** The cells that may run over lines: a description the vendor writes as a list (Kingsoft v1's 4999). */
const DESCRIPTION_COLUMNS: ReadonlySet<string> = new Set(LANGUAGES.map(descriptionColumn));

export type Validation =
  | { readonly ok: true; readonly tables: ValidTables; readonly problems: readonly [] }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      /** The manifest entries that parsed (all of them when sources.csv has no problem). */
      readonly manifest: readonly ManifestEntry[];
    };

/** The same problem found twice (a table shared by two code sets) is reported once. */
function withoutRepeats(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}\u0000${problem.line}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every problem of the tables but the comparison with the documents: the schema's checks. */
export function checkSchema(raw: RawTables): Problem[] {
  return validateParts(raw).schemaProblems;
}

function validateParts(raw: RawTables) {
  const textProblems = <Column extends string>(
    file: TableFile<Column>,
    lineBreakColumns?: ReadonlySet<string>,
  ): Problem[] =>
    file.readable
      ? [
          ...checkEncoding(file),
          ...checkCellWhitespace(file),
          ...checkCellCharacters(file, lineBreakColumns),
        ]
      : [];
  const manifest = parseManifest(raw);
  const errorTables = parseErrorTables(raw.errorTables, manifest.entries);
  const aliases = parseAliases(raw, manifest.entries, errorTables.uncertainCodes);
  const rules = parseRules(raw);
  const schemaProblems = [
    ...rules.problems,
    ...raw.problems,
    ...textProblems(raw.sources),
    ...textProblems(raw.aliases),
    ...raw.errorTables.flatMap((table) => textProblems(table, DESCRIPTION_COLUMNS)),
    ...manifest.problems,
    ...aliases.problems,
    ...errorTables.problems,
  ];
  return { manifest, aliases, errorTables, rules, schemaProblems };
}

/** The rule table's rules in their types, or its problems; no table, no rules. */
export function parseRules(raw: RawTables): {
  readonly rules: readonly FamilyRuleRow[];
  readonly problems: readonly Problem[];
} {
  if (raw.rules === undefined) return { rules: [], problems: [] };
  const parsed = parseCategoryRuleProblems(raw.rules.text, raw.rules.file, {
    envelopes: ENVELOPES,
    categories: CATEGORIES,
    earlierHeaders: raw.earlierRevision,
  });
  const rules = parsed.rules.flatMap((rule): FamilyRuleRow[] => {
    const envelope = ENVELOPES.find((known) => known === rule.envelope);
    const category = CATEGORIES.find((known) => known === rule.category);
    if (envelope === undefined || category === undefined) return [];
    return [
      {
        line: rule.line,
        envelope,
        prefix: rule.prefix,
        ...(rule.keyword !== '' && { keyword: rule.keyword }),
        category,
        retryable: rule.retryable === 'true',
        reason: rule.reason,
      },
    ];
  });
  return { rules, problems: parsed.problems };
}

/**
 * Every problem of the tables, sorted by file then line, or the typed tables when there is none.
 * A cell a schema check found wrong is not also compared with the document.
 */
export function validateTables(raw: RawTables): Validation {
  const { manifest, aliases, errorTables, rules, schemaProblems } = validateParts(raw);
  const reportedCells = new Set(
    schemaProblems.flatMap((problem) =>
      problem.column === undefined
        ? []
        : [cellKey(problem.file, problem.recordLine ?? problem.line, problem.column)],
    ),
  );
  // Twins are compared once every cell is in its type. A check of curation, not of shape: an
  // earlier revision (a diff's base, the last release) was curated before it existed (e88a9ad).
  const twinProblems =
    schemaProblems.length === 0 && !raw.earlierRevision
      ? checkCurationTwins(raw, manifest.entries, errorTables.tables)
      : [];
  const problems = sortProblems(
    withoutRepeats([
      ...schemaProblems,
      ...twinProblems,
      ...checkFidelity(raw, manifest.entries, reportedCells),
    ]),
  );
  if (problems.length > 0) return { ok: false, problems, manifest: manifest.entries };
  return {
    ok: true,
    tables: {
      manifest: manifest.entries,
      aliases: aliases.entries,
      tables: errorTables.tables,
      rules: rules.rules,
    },
    problems: [],
  };
}
