// Writes a release's changelog section from the change report: each code added or removed with its meaning, each change in a line.

import type { CodeChange, CodeSummary, ColumnChange, VariantSummary } from '../diff/diff-codes.js';
import type { FamilyRulesDiff } from '../diff/diff-rules.js';
import type { TableDiffReport, VendorDiff } from '../diff/diff-tables.js';
import {
  IMPACT_MEANING,
  overridesText,
  ruleDecision,
  ruleName,
} from '../diff/format-diff-report.js';
import { codeSpan, mdText } from '../emit/lib/markdown.js';

/** What a variant means, as its documents say it: the message, then the descriptions. */
function meaning(variant: VariantSummary): string {
  const texts = [variant.message, variant.description.zh, variant.description.en].filter(
    (text): text is string => text !== undefined,
  );
  const facts = [
    variant.httpStatus === undefined ? undefined : `HTTP ${variant.httpStatus}`,
    variant.category,
    variant.retryable ? 'retryable' : 'not retryable',
  ].filter((fact): fact is string => fact !== undefined);
  return `${texts.map(mdText).join(' / ') || '(no description)'} (${facts.join(', ')})`;
}

/** A code added or removed, one line: the code, its name, and what each variant means. */
const codeLine = (verb: string, code: CodeSummary): string =>
  `- ${verb} ${codeSpan(String(code.code))} (${codeSpan(code.name)}): ${code.variants.map(meaning).join('; ')}`;

/**
 * One column's change: a decision (status, category, retryable) from before to after, which a
 * consumer branches on; a text column only by name, since the report shows its words.
 */
function columnLine(change: ColumnChange): string {
  if (
    change.column !== 'category' &&
    change.column !== 'retryable' &&
    change.column !== 'http_status'
  )
    return `${change.column} changed`;
  const cell = (value: ColumnChange['before']): string =>
    value === undefined ? '(empty)' : codeSpan(String(value));
  return `${change.column} ${cell(change.before)} → ${cell(change.after)}`;
}

/** A code changed, one line naming each change. */
function changeLine(change: CodeChange): string {
  const what = [
    ...(change.renamedFrom === undefined
      ? []
      : [`renamed from ${codeSpan(change.renamedFrom)} to ${codeSpan(change.name)}`]),
    ...change.variantsAdded.map((variant) => `variant added: ${meaning(variant)}`),
    ...change.variantsRemoved.map((variant) => `variant removed: ${meaning(variant)}`),
    ...change.variantsChanged.flatMap((variant) => [
      ...variant.columns.map(columnLine),
      ...(variant.documents === undefined
        ? []
        : [
            ...variant.documents.dropped.map(
              (document) =>
                `no longer listed by ${mdText(`${document.document} › ${document.section}`)}`,
            ),
            ...(variant.documents.after[0] === undefined
              ? []
              : [
                  `cites ${mdText(`${variant.documents.after[0].document} › ${variant.documents.after[0].section}`)}`,
                ]),
          ]),
    ]),
    ...(change.reordered ? ['variants in a new order'] : []),
  ];
  return `- Changed ${codeSpan(String(change.code))}: ${[...new Set(what)].join('; ')} (${change.impact})`;
}

function vendorLines(vendor: VendorDiff): string[] {
  const status = vendor.status === 'changed' ? '' : ` (${vendor.status})`;
  const lines = [`### ${vendor.vendor}${status}`, ''];
  for (const set of vendor.codeSets) {
    if (set.status !== 'changed') lines.push(`- Code set ${codeSpan(set.prefix)} ${set.status}`);
    for (const setting of set.settings)
      lines.push(
        `- ${codeSpan(set.prefix)} ${setting.setting}: ${codeSpan(setting.before)} → ${codeSpan(setting.after)}`,
      );
    lines.push(...set.codesAdded.map((code) => codeLine('Added', code)));
    lines.push(...set.codesRemoved.map((code) => codeLine('Removed', code)));
    lines.push(...set.codesChanged.map(changeLine));
    if (set.rowsReordered.length > 0)
      lines.push(
        `- Rows in a new document order: ${set.rowsReordered.map((table) => codeSpan(table)).join(', ')}`,
      );
  }
  for (const source of vendor.sources) {
    const fields = source.fields.map((field) => field.field).join(', ');
    lines.push(
      `- Document ${source.status}: ${mdText(source.table)} from ${mdText(source.sourceFile)}${fields === '' ? '' : ` (${fields})`}`,
    );
  }
  for (const alias of vendor.aliases) {
    const target = alias.after ?? alias.before;
    lines.push(
      `- Alias ${alias.status}: ${codeSpan(alias.alias)} → ${codeSpan(String(target))} in ${codeSpan(alias.codeSet)}`,
    );
  }
  return [...lines, ''];
}

/** An envelope's family rules: each rule added, removed or changed, in a line. */
function familyRuleLines(rules: FamilyRulesDiff): string[] {
  const lines = [
    `### Family rules of ${rules.envelope}`,
    '',
    ...rules.changes.map((change) => {
      const what =
        change.before === undefined
          ? `Added rule ${ruleName(change)}: ${ruleDecision(change.after!)}`
          : change.after === undefined
            ? `Removed rule ${ruleName(change)} (was ${ruleDecision(change.before)})`
            : `Changed rule ${ruleName(change)}: ${ruleDecision(change.before)} → ${ruleDecision(change.after)}`;
      const over =
        change.overrides.length === 0
          ? ''
          : `; for some codes over ${overridesText(change.overrides)}`;
      return `- ${what}${over} (${change.impact})`;
    }),
    ...(rules.reordered === undefined
      ? []
      : [`- Rules in a new order (${rules.reordered.impact})`]),
  ];
  return [...lines, ''];
}

/** The section of release `version`, from the report of the table changes since `previous`. */
export function changelogSection(
  version: string,
  previous: string,
  report: TableDiffReport,
): string {
  if (report.impact === 'none') throw new Error('a release needs a change');
  const lines = [
    `## ${version}`,
    '',
    `A ${report.impact} release: the error tables changed since ${previous}; ${IMPACT_MEANING[report.impact]}.`,
    '',
    ...report.rules.flatMap(familyRuleLines),
    ...report.vendors.flatMap(vendorLines),
  ];
  while (lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
