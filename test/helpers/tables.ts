// Tables for tests: headers from the schema, typed tables without documents, and vendor pages rendered from rows.

import path from 'node:path';
import { formatCsv } from '../../generator/import/table-csv.js';
import type { ReleaseNode } from '../../generator/model/model.js';
import { readTables } from '../../generator/read-tables/read-tables.js';
import { formatProblem } from '../../generator/read-tables/table-file.js';
import {
  ALIAS_COLUMNS,
  ERROR_TABLE_COLUMNS,
  MANIFEST_COLUMNS,
  type ErrorColumn,
  type Language,
  type ValidTables,
} from '../../generator/schema/schema.js';
import { parseAliases } from '../../generator/validate/parse-aliases.js';
import { parseErrorTables } from '../../generator/validate/parse-error-tables.js';
import { parseManifest } from '../../generator/validate/parse-manifest.js';
import { parseRules } from '../../generator/validate/validate-tables.js';
import { copyTree, ROOT } from './temporary.js';

export const ERROR_HEADER = ERROR_TABLE_COLUMNS.join(',');

/** A release for models that tests build without a changelog of their own. */
export const TEST_RELEASE: ReleaseNode = {
  type: 'release',
  version: '1.0.0',
  changelog: '# Changelog\n\n## 1.0.0\n\nThe first release.\n',
};
export const SOURCES_HEADER = MANIFEST_COLUMNS.join(',');
export const ALIASES_HEADER = ALIAS_COLUMNS.join(',');

/**
 * The typed tables of a tables/ directory by the schema alone, without comparing them with
 * documents: for tests of what comes after validation (the model, the diff) on tables a test
 * writes without pages. Throws on any schema problem.
 */
export async function schemaTables(tablesDir: string): Promise<ValidTables> {
  const raw = await readTables(tablesDir);
  const manifest = parseManifest(raw);
  const aliases = parseAliases(raw, manifest.entries);
  const errorTables = parseErrorTables(raw.errorTables, manifest.entries);
  const rules = parseRules(raw);
  const documentless = raw.problems.filter(
    (problem) => !/source_file .* does not exist/.test(problem.message),
  );
  const problems = [
    ...documentless,
    ...manifest.problems,
    ...aliases.problems,
    ...errorTables.problems,
    ...rules.problems,
  ];
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return {
    manifest: manifest.entries,
    aliases: aliases.entries,
    tables: errorTables.tables,
    rules: rules.rules,
  };
}

/** One row of an error table, by column; empty columns may be left out. */
export type RowCells = Partial<Record<ErrorColumn, string>>;

/** An error table's CSV text from rows. */
export const tableCsv = (rows: readonly RowCells[]): string =>
  formatCsv(
    ERROR_TABLE_COLUMNS,
    rows.map((row) => ERROR_TABLE_COLUMNS.map((column) => row[column] ?? '')),
  );

/** One section of a page: its heading and the rows its table shows in the page's language. */
export interface PageSection {
  readonly section: string;
  readonly language: Language;
  readonly rows: readonly RowCells[];
}

/**
 * A vendor page as text, the way the importer and the fidelity check read one: a heading per
 * section and a Markdown pipe table under it, with the columns its rows use (HTTP status and
 * message only when some row has them). `extra` lines go under the title (an example body).
 */
export function pageOf(
  title: string,
  sections: readonly PageSection[],
  extra: readonly string[] = [],
): string {
  const lines = [`# ${title}`, '', ...extra, ...(extra.length > 0 ? [''] : [])];
  for (const { section, language, rows } of sections) {
    const description: ErrorColumn = `description_${language}`;
    const withStatus = rows.some((row) => (row.http_status ?? '') !== '');
    const withMessage = rows.some((row) => (row.message ?? '') !== '');
    const columns: [string, ErrorColumn][] = [
      ...(withStatus ? [['HTTP 状态码', 'http_status'] as [string, ErrorColumn]] : []),
      ['错误码', 'code'],
      ...(withMessage ? [['错误消息', 'message'] as [string, ErrorColumn]] : []),
      ['说明', description],
    ];
    lines.push(
      `## ${section}`,
      '',
      `| ${columns.map(([label]) => label).join(' | ')} |`,
      `| ${columns.map(() => '---').join(' | ')} |`,
      ...rows.map((row) => `| ${columns.map(([, column]) => row[column] ?? '').join(' | ')} |`),
      '',
    );
  }
  return lines.join('\n');
}

/** The tables/ of the fixture project the tests own (test/fixtures/project). */
export const FIXTURE_TABLES = path.join(ROOT, 'test', 'fixtures', 'project', 'tables');

/** A project root with a copy of the fixture's tables/, for a test to change. */
export async function fixtureProject(
  temporaryDir: (prefix: string) => Promise<string>,
): Promise<{ readonly root: string; readonly tablesDir: string }> {
  const root = await temporaryDir('fixture-');
  const tablesDir = path.join(root, 'tables');
  await copyTree(FIXTURE_TABLES, tablesDir);
  return { root, tablesDir };
}
