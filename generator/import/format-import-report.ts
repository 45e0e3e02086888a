// Prints what an import did: rows added, removed and changed per table, and the new rows a person must curate.

import type { ListTableImport } from './import-code-list.js';
import type { DocumentImport, ImportedRow, TableImport } from './import-document.js';

export interface ImportOutcome {
  readonly result: DocumentImport;
  /** The page as the person named it on the command line. */
  readonly documentName: string;
  /** How the tables directory is named in messages (`tables`). */
  readonly displayDir: string;
  /** What became of the files: written, a dry run, or refused (too many removals). */
  readonly mode: 'written' | 'dry-run' | 'refused';
  /** Where the document was copied to, when the given path was not its copy in tables/ and the bytes differed. */
  readonly copiedTo?: string;
}

const quote = (value: string): string => JSON.stringify(value);

const describeRow = (row: ImportedRow): string =>
  `${row.code}${row.message === '' ? '' : ` ${quote(row.message)}`}`;

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

const STATE: Readonly<Record<ImportOutcome['mode'], string>> = {
  written: 'rewritten',
  'dry-run': 'would be rewritten (dry run)',
  refused: 'not rewritten',
};

function tableLines(table: TableImport, displayDir: string, mode: ImportOutcome['mode']): string[] {
  const file = `${displayDir}/${table.table}`;
  const unchanged = table.before === table.after;
  const counts = `${table.added.length} added, ${table.removed.length} removed, ${table.changed.length} changed`;
  const state = unchanged ? 'unchanged' : STATE[mode];
  const lines = [
    `${file} (${table.section}, description_${table.language}): ${plural(table.rows, 'row')}, ${counts}: ${state}`,
  ];
  for (const row of table.added) {
    lines.push(
      `  added    ${file}:${row.line} ${describeRow(row)} (document line ${row.documentLine})`,
    );
  }
  for (const row of table.changed) {
    const cells = row.cells
      .map((change) => `${change.column} ${quote(change.before)} -> ${quote(change.after)}`)
      .join('; ');
    lines.push(`  changed  ${file}:${row.line} ${describeRow(row)}: ${cells}`);
  }
  for (const row of table.removed) {
    lines.push(
      `  removed  ${file}:${row.line} (before the import) ${describeRow(row)}: no longer in the document`,
    );
  }
  for (const shared of table.sharedWith) {
    if (table.added.length + table.removed.length > 0) {
      lines.push(
        `  note     ${table.table} is also transcribed from ${shared.sourceFile} (description_${shared.language}): import that document too, or fill those cells of the new rows`,
      );
    }
  }
  return lines;
}

/** The import summary, one fact a line, ending with what a person has to do next. */
export function formatImportReport(outcome: ImportOutcome): string {
  const { result, displayDir, mode } = outcome;
  const lines = [
    `${mode === 'refused' ? 'Did not import' : 'Imported'} ${outcome.documentName} into ${result.vendor}'s tables (its copy: ${displayDir}/${result.sourceFile}):`,
  ];
  // One line at a time: a table of a million rows has a million lines, too many to spread into a call.
  for (const table of result.tables) {
    for (const line of tableLines(table, displayDir, mode)) lines.push(line);
  }
  if (result.dateChange !== undefined) {
    const change = result.dateChange;
    lines.push(
      `${displayDir}/sources.csv: date ${quote(change.before)} -> ${quote(change.after)} (line${change.lines.length === 1 ? '' : 's'} ${change.lines.join(', ')}), as the document gives it`,
    );
  }
  if (outcome.copiedTo !== undefined) {
    lines.push(
      `${mode === 'written' ? 'copied' : mode === 'dry-run' ? 'would copy (dry run)' : 'did not copy'} the document to ${outcome.copiedTo}`,
    );
  }

  if (mode === 'refused') return `${lines.join('\n')}\n`;
  const filled = result.tables.flatMap((table) => table.filled.map((row) => ({ table, row })));
  if (filled.length > 0) {
    lines.push(
      '',
      `${plural(filled.length, 'new row')} with curated cells the import proposed; read them:`,
    );
    for (const { table, row } of filled) {
      const parts = [
        ...(row.name !== undefined ? [`name ${row.name} from the code`] : []),
        ...(row.curated !== undefined
          ? [
              `${row.curated.category}, retryable ${row.curated.retryable}, as ${displayDir}/${row.curated.from}`,
            ]
          : []),
      ];
      lines.push(`  ${displayDir}/${table.table}:${row.line} ${describeRow(row)}: ${parts.join('; ')}`);
    }
  }
  const toCurate = result.tables.flatMap((table) => table.toCurate.map((row) => ({ table, row })));
  if (toCurate.length > 0) {
    lines.push(
      '',
      `${plural(toCurate.length, 'new row')} to curate: the cells below are empty and npm run validate fails until a person fills them:`,
    );
    for (const { table, row } of toCurate) {
      lines.push(
        `  ${displayDir}/${table.table}:${row.line} ${describeRow(row)}: ${row.missing.join(', ')}`,
      );
    }
  }
  const changedAnything =
    result.tables.some((table) => table.before !== table.after) || result.dateChange !== undefined;
  lines.push(
    '',
    changedAnything
      ? `Next: ${toCurate.length > 0 ? 'fill the curated cells, then ' : ''}npm run validate, npm run generate, npm run diff.`
      : 'The tables already transcribe this document: nothing to do.',
  );
  return `${lines.join('\n')}\n`;
}

/** What an import of a code list did, for the report. */
export interface ListImportOutcome {
  readonly vendor: string;
  /** The list's copy in tables/ (`sources/tencentcloud-sdk-go/tencentcloud/vod/v20180717/errors.go`). */
  readonly sourceFile: string;
  readonly tables: readonly ListTableImport[];
  readonly displayDir: string;
  readonly written: boolean;
  readonly copiedTo?: string;
  /** Tables created with their header because sources.csv names them and they did not exist. */
  readonly created: readonly string[];
  /** The rule table, as problems name it (`tables/category-rules.csv`). */
  readonly rulesFile: string;
}

/** The import summary of a code list: rows per table, where new rows' curated cells came from, what a person checks. */
export function formatListImportReport(outcome: ListImportOutcome): string {
  const { displayDir, written } = outcome;
  const lines = [`Imported ${outcome.vendor} from ${displayDir}/${outcome.sourceFile}:`];
  for (const table of outcome.tables) {
    const file = `${displayDir}/${table.table}`;
    const state =
      table.before === table.after ? 'unchanged' : written ? 'rewritten' : 'would be rewritten (dry run)';
    const created = outcome.created.includes(table.table) ? ' (created)' : '';
    lines.push(
      `${file}${created}: ${plural(table.rows, 'row')}, ${table.added.length} added, ${table.removed.length} removed, ${table.changed.length} changed: ${state}`,
    );
    // Hundreds of rows at once for a new product: list them only when there are few.
    if (table.added.length <= 20)
      for (const row of table.added)
        lines.push(`  added    ${file}:${row.line} ${row.code} (list line ${row.listLine ?? '?'})`);
    for (const row of table.changed) {
      const cells = row.cells
        .map((change) => `${change.column} ${quote(change.before)} -> ${quote(change.after)}`)
        .join('; ');
      lines.push(`  changed  ${file}:${row.line} ${row.code}: ${cells}`);
    }
    for (const row of table.removed)
      lines.push(`  removed  ${file}:${row.line} (before the import) ${row.code}: no longer in the list`);
    for (const row of table.fromPage)
      lines.push(`  page     ${file}:${row.line} ${row.code}: name, category, retryable of ${displayDir}/${row.table} (a page documents it)`);
    for (const use of table.byRule)
      lines.push(
        `  rule     ${plural(use.rows, 'new row')} ${use.rule.prefix === '*' ? 'of any class' : `of class ${use.rule.prefix}`}${use.rule.keyword === '' ? '' : ` with ${use.rule.keyword}`}: ${use.rule.category}, retryable ${use.rule.retryable} (${outcome.rulesFile}:${use.rule.line})`,
      );
  }
  if (outcome.copiedTo !== undefined)
    lines.push(`${written ? 'copied' : 'would copy (dry run)'} the list to ${outcome.copiedTo}`);

  const renamed = outcome.tables.flatMap((table) => table.renamed.map((row) => ({ table, row })));
  if (renamed.length > 0) {
    lines.push('', `${plural(renamed.length, 'new name')} with a number, the code set having the plain one; a better name is a person's call:`);
    for (const { table, row } of renamed) lines.push(`  ${displayDir}/${table.table}:${row.line} ${row.code}: ${row.name}`);
  }
  const toCurate = outcome.tables.flatMap((table) => table.toCurate.map((row) => ({ table, row })));
  if (toCurate.length > 0) {
    lines.push('', `${plural(toCurate.length, 'new row')} to curate: no rule covers them, and npm run validate fails until a person fills them:`);
    for (const { table, row } of toCurate)
      lines.push(`  ${displayDir}/${table.table}:${row.line} ${row.code}: ${row.missing.join(', ')}`);
  }
  const newRows = outcome.tables.reduce((sum, table) => sum + table.added.length, 0);
  const changedAnything = outcome.tables.some((table) => table.before !== table.after);
  lines.push(
    '',
    changedAnything
      ? `Next: ${newRows > 0 ? 'read the new rows where a description says otherwise than its class (a retry, a rate limit) and correct them, then ' : ''}npm run validate, npm run generate, npm run diff.`
      : 'The tables already transcribe this list: nothing to do.',
  );
  return `${lines.join('\n')}\n`;
}
