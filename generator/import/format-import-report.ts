// Prints what an import did: rows added, removed and changed per table, and the new rows a person must curate.

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
  for (const table of result.tables) lines.push(...tableLines(table, displayDir, mode));
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
