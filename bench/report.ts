// What every benchmark section hands back, and Markdown tables to print it with.

/** One section of the printed report: a heading, one or more tables, short notes. */
export interface SectionReport {
  readonly title: string;
  readonly tables: readonly string[];
  readonly notes: readonly string[];
}

/** What a target looks like in the report: the figure, the goal, and whether it was met. */
export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

/** A GitHub-flavoured Markdown table; `|` inside a cell is escaped. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cell = (value: string | number): string => String(value).replaceAll('|', '\\|');
  const line = (cells: readonly (string | number)[]): string =>
    `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const targetTable = (targets: readonly TargetCheck[]): string =>
  markdownTable(
    ['target', 'measured', 'met'],
    targets.map((target) => [target.target, target.measured, target.met ? 'yes' : 'NO']),
  );
