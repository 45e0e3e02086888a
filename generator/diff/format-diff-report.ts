// Prints a TableDiffReport as the Markdown a pull request shows: impact first, then per vendor and code set.

import { codeSpan, mdTable, mdTableCode, mdText } from '../emit/lib/markdown.js';
import type {
  CellValue,
  CitedDocument,
  CodeChange,
  CodeSetDiff,
  CodeSummary,
  VariantSummary,
} from './diff-codes.js';
import type { FamilyRulesDiff, RuleSummary } from './diff-rules.js';
import type { TableDiffReport, VendorDiff } from './diff-tables.js';
import { CHANGE_IMPACT, type SemverImpact } from './impact.js';

/** Lists longer than this fold into a <details> block, so a new vendor does not bury the rest. */
const FOLD_AFTER_ROWS = 20;

const EMPTY = '*(empty)*';

/** Appends one line at a time: a report of a million rows is too many arguments for one push. */
const appendLines = (lines: string[], more: readonly string[]): void => {
  for (const line of more) lines.push(line);
};

const text = (value: CellValue | undefined): string =>
  value === undefined ? EMPTY : mdText(typeof value === 'string' ? value : String(value));

const codeCell = (code: string | number): string => mdTableCode(String(code));

const table = (header: readonly string[], rows: readonly (readonly string[])[]): string[] =>
  mdTable(header, rows).split('\n');

/** A titled table, folded when long. */
function section(
  title: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  if (rows.length === 0) return [];
  const lines = table(header, rows);
  if (rows.length <= FOLD_AFTER_ROWS) return [`${title}:`, '', ...lines, ''];
  return [
    `<details><summary>${title} (${rows.length} rows)</summary>`,
    '',
    ...lines,
    '',
    '</details>',
    '',
  ];
}

interface VariantRow {
  readonly code: string | number;
  readonly name: string;
  readonly variant: VariantSummary;
}

/**
 * A column of the added and removed codes' tables. An optional one is printed only when some row
 * of the table has it: Tencent's API 3.0 documents give no HTTP status and no message, and a
 * column of empty cells would say nothing about what a new code means.
 */
interface VariantColumn {
  readonly header: string;
  readonly cell: (row: VariantRow) => string;
  readonly has?: (variant: VariantSummary) => boolean;
}

/** A code added or removed, with what it means: its message and descriptions, as the documents give them. */
const VARIANT_COLUMNS: readonly VariantColumn[] = [
  { header: 'code', cell: (row) => codeCell(row.code) },
  { header: 'name', cell: (row) => mdText(row.name) },
  { header: 'variant', cell: (row) => String(row.variant.index) },
  {
    header: 'HTTP status',
    cell: (row) => text(row.variant.httpStatus),
    has: (variant) => variant.httpStatus !== undefined,
  },
  { header: 'category', cell: (row) => row.variant.category },
  { header: 'retryable', cell: (row) => String(row.variant.retryable) },
  {
    header: 'message',
    cell: (row) => text(row.variant.message),
    has: (variant) => variant.message !== undefined,
  },
  {
    header: 'description zh',
    cell: (row) => mdText(row.variant.description.zh ?? ''),
    has: (variant) => variant.description.zh !== undefined,
  },
  {
    header: 'description en',
    cell: (row) => mdText(row.variant.description.en ?? ''),
    has: (variant) => variant.description.en !== undefined,
  },
  { header: 'table', cell: (row) => `${mdText(row.variant.table)}:${row.variant.line}` },
];

/** The titled table of codes added or removed, leaving out optional columns that no row has, and saying so. */
function codesSection(title: string, codes: readonly CodeSummary[]): string[] {
  const rows = codes.flatMap((code) =>
    code.variants.map((variant): VariantRow => ({ code: code.code, name: code.name, variant })),
  );
  const shown = (column: VariantColumn): boolean =>
    column.has === undefined || rows.some((row) => column.has!(row.variant));
  const columns = VARIANT_COLUMNS.filter(shown);
  const lines = section(
    title,
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => column.cell(row))),
  );
  const absent = VARIANT_COLUMNS.filter((column) => !shown(column)).map((column) => column.header);
  if (lines.length === 0 || absent.length === 0) return lines;
  return [...lines, `Not documented for these codes: ${absent.join(', ')}.`, ''];
}

/** A document as an entry cites it: `title › section`, escaped as the Markdown text it is. */
const citation = (document: CitedDocument): string =>
  mdText(`${document.document} › ${document.section}`);

/** The documents that list a variant, the one its entry cites first. */
const citations = (documents: readonly CitedDocument[]): string =>
  documents.length === 0 ? EMPTY : documents.map(citation).join('; ');

/**
 * What a reviewer must be told in words: a document stopped listing a code that another still
 * declares (a page drops a row a code list keeps), and what the code's entry cites now.
 */
function droppedDocumentNotes(set: CodeSetDiff): string[] {
  return set.codesChanged.flatMap((change) =>
    change.variantsChanged.flatMap((variant) => {
      const documents = variant.documents;
      if (documents === undefined || documents.dropped.length === 0) return [];
      const dropped = documents.dropped
        .map((document) => `${citation(document)} (${codeSpan(document.table)})`)
        .join(', ');
      const [cited, ...others] = documents.after;
      const still =
        cited === undefined
          ? ''
          : `${[cited, ...others].map(citation).join(', ')} still ${documents.after.length === 1 ? 'lists' : 'list'} it, and its entry now cites ${citation(cited)}`;
      return [
        `- ${codeSpan(String(change.code))} (variant ${variant.headIndex}): no longer listed by ${dropped}${still === '' ? '' : `; ${still}`}.`,
      ];
    }),
  );
}

const CHANGE_HEADER = ['code', 'name', 'variant', 'change', 'before', 'after', 'impact'];

/** One line per thing that changed in a code: a rename, a variant in or out, a column. */
function changeRows(change: CodeChange): string[][] {
  const lead = [codeCell(change.code), mdText(change.name)];
  const rows: string[][] = [];
  if (change.renamedFrom !== undefined) {
    rows.push([
      ...lead,
      'all',
      'name',
      text(change.renamedFrom),
      text(change.name),
      CHANGE_IMPACT['enum member renamed'],
    ]);
  }
  for (const variant of change.variantsRemoved) {
    rows.push([
      ...lead,
      String(variant.index),
      'variant removed',
      text(variant.message),
      '',
      CHANGE_IMPACT['variant removed'],
    ]);
  }
  for (const variant of change.variantsAdded) {
    rows.push([
      ...lead,
      String(variant.index),
      'variant added',
      '',
      text(variant.message),
      CHANGE_IMPACT['variant added'],
    ]);
  }
  for (const variant of change.variantsChanged) {
    const place =
      variant.baseIndex === variant.headIndex
        ? String(variant.headIndex)
        : `${variant.baseIndex} → ${variant.headIndex}`;
    for (const column of variant.columns) {
      rows.push([
        ...lead,
        place,
        column.column,
        text(column.before),
        text(column.after),
        column.impact,
      ]);
    }
    if (variant.documents !== undefined) {
      rows.push([
        ...lead,
        place,
        'documents',
        citations(variant.documents.before),
        citations(variant.documents.after),
        variant.documents.impact,
      ]);
    }
  }
  if (change.reordered)
    rows.push([...lead, 'all', 'variant order', '', '', CHANGE_IMPACT['variants reordered']]);
  return rows;
}

function formatCodeSet(set: CodeSetDiff): string[] {
  const status = set.status === 'changed' ? '' : ` (${set.status})`;
  const lines = [`#### ${set.prefix}${status}`, ''];
  for (const setting of set.settings) {
    lines.push(
      `- ${setting.setting}: ${codeSpan(setting.before)} → ${codeSpan(setting.after)} (${setting.impact})`,
    );
  }
  if (set.settings.length > 0) lines.push('');
  appendLines(lines, codesSection(`Codes added (${CHANGE_IMPACT['code added']})`, set.codesAdded));
  appendLines(
    lines,
    codesSection(`Codes removed (${CHANGE_IMPACT['code removed']})`, set.codesRemoved),
  );
  appendLines(lines, section('Codes changed', CHANGE_HEADER, set.codesChanged.flatMap(changeRows)));
  const notes = droppedDocumentNotes(set);
  if (notes.length > 0) appendLines(lines, [...notes, '']);
  if (set.rowsReordered.length > 0) {
    lines.push(
      `- Rows in a new document order (${CHANGE_IMPACT['rows reordered']}): ${set.rowsReordered.map((table) => codeSpan(table)).join(', ')}`,
      '',
    );
  }
  return lines;
}

function formatVendor(vendor: VendorDiff): string[] {
  const status = vendor.status === 'changed' ? '' : ` (${vendor.status})`;
  const lines = [`### ${vendor.vendor}${status}: ${vendor.impact}`, ''];
  for (const source of vendor.sources) {
    const where = `${codeSpan(source.table)} from ${codeSpan(source.sourceFile)}`;
    if (source.status !== 'changed') {
      lines.push(`- Source ${source.status}: ${where}`);
      continue;
    }
    const fields = source.fields.map(
      (field) =>
        `${field.field} ${field.before === undefined ? EMPTY : codeSpan(field.before)} → ${field.after === undefined ? EMPTY : codeSpan(field.after)}`,
    );
    lines.push(`- Source changed: ${where}: ${fields.join(', ')}`);
  }
  for (const alias of vendor.aliases) {
    const target = (code: string | number | undefined): string =>
      code === undefined ? EMPTY : codeSpan(String(code));
    const what =
      alias.status === 'added'
        ? `→ ${target(alias.after)}`
        : alias.status === 'removed'
          ? `(was → ${target(alias.before)})`
          : `→ ${target(alias.before)} is now → ${target(alias.after)}`;
    lines.push(
      `- Alias ${alias.status}: ${codeSpan(alias.alias)} ${what} in ${alias.codeSet} (${alias.impact})`,
    );
  }
  if (vendor.sources.length + vendor.aliases.length > 0) lines.push('');
  for (const set of vendor.codeSets) appendLines(lines, formatCodeSet(set));
  return lines;
}

/** A rule as a reviewer reads it: the codes it covers (`*`: any class), and its keyword's words. */
export const ruleName = (
  rule: Pick<RuleSummary, 'prefix' | 'keyword'>,
  code: (text: string) => string = codeSpan,
): string =>
  rule.keyword === undefined
    ? code(rule.prefix)
    : `${code(rule.prefix)} with ${code(rule.keyword)}`;

/** What a rule decides: its category and retryable. */
export const ruleDecision = (rule: RuleSummary): string =>
  `${rule.category}, ${rule.retryable ? 'retryable' : 'not retryable'}`;

/** Overridden rules named before the rest are counted: a `*` keyword rule outranks every class. */
const OVERRIDES_NAMED = 5;

/** The rules an added rule outranks for some codes, which decided them otherwise. */
export function overridesText(overrides: readonly RuleSummary[]): string {
  const named = overrides
    .slice(0, OVERRIDES_NAMED)
    .map((rule) => `${ruleName(rule)} (${ruleDecision(rule)})`);
  const more = overrides.length - named.length;
  return `${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

const RULE_HEADER = ['rule', 'change', 'before', 'after', 'impact'];

/** The family rules of an envelope: each rule added, removed or changed, then the rules it overrides. */
export function formatFamilyRules(rules: FamilyRulesDiff): string[] {
  const lines = [
    `### Family rules of ${rules.envelope}: ${rules.impact}`,
    '',
    `What the package decides for codes no document lists, in ${rules.codeSets.map(codeSpan).join(', ')} (\`tables/category-rules.csv\`).`,
    '',
  ];
  const rows = rules.changes.map((change) => [
    ruleName(change, mdTableCode),
    change.kind.replace(/^family rule /, ''),
    change.before === undefined ? '' : ruleDecision(change.before),
    change.after === undefined ? '' : ruleDecision(change.after),
    change.impact,
  ]);
  appendLines(lines, section('Rules', RULE_HEADER, rows));
  for (const change of rules.changes) {
    if (change.overrides.length === 0) continue;
    lines.push(
      `- ${ruleName(change)} outranks, for some codes, ${overridesText(change.overrides)}: those codes' decision changes.`,
    );
  }
  if (rules.changes.some((change) => change.overrides.length > 0)) lines.push('');
  if (rules.reordered !== undefined) {
    lines.push(
      rules.reordered.kind === 'family rules reordered'
        ? `- The rules are in a new order, which decides no code otherwise (${rules.reordered.impact}).`
        : `- Two rules of one prefix that decide differently swapped places: table order decides between them for a code holding equally long words of both (${rules.reordered.impact}).`,
      '',
    );
  }
  return lines;
}

export const IMPACT_MEANING: Readonly<Record<Exclude<SemverImpact, 'none'>, string>> = {
  major:
    'a consumer may break: something was removed or renamed, or a status, category or retryable flag changed, or the decision the family rules give undocumented codes',
  minor:
    'something new: codes, variants, code sets or aliases were added, or family rules for codes that had no family decision',
  patch: 'text only: messages, descriptions or document details changed',
};

/** What the report's first line says after its impact: since when. */
const since = (base: string | undefined): string => (base === undefined ? '' : ` since ${base}`);

/** The report when nothing changed: one line, which names the impact too. */
export const noChanges = (base?: string): string =>
  `No changes to the error tables${since(base)} (semver impact: none).`;

/**
 * The whole report. Its first line names the impact (a pull request comment's first line is what
 * a reviewer sees in a list), then says since which revision.
 */
export function formatDiffReport(report: TableDiffReport, base?: string): string {
  if (report.impact === 'none') return `${noChanges(base)}\n`;
  const impact = report.impact;
  const lines = [`## Semver impact: ${impact}: error table changes${since(base)}`, ''];
  lines.push(`Why ${impact}: ${IMPACT_MEANING[impact]}.`, '');
  lines.push(
    ...report.reasons.map((reason) => `- ${reason.impact}: ${reason.reason} × ${reason.count}`),
    '',
  );
  const summary = report.vendors.flatMap((vendor) =>
    vendor.codeSets.map((set) => [
      vendor.vendor,
      set.prefix,
      String(set.codesAdded.length),
      String(set.codesRemoved.length),
      String(set.codesChanged.length),
      set.impact,
    ]),
  );
  if (summary.length > 0) {
    lines.push(
      ...table(
        ['vendor', 'code set', 'codes added', 'codes removed', 'codes changed', 'impact'],
        summary,
      ),
      '',
    );
  }
  for (const rules of report.rules) appendLines(lines, formatFamilyRules(rules));
  for (const vendor of report.vendors) appendLines(lines, formatVendor(vendor));
  while (lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
