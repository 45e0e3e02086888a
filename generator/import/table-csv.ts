// Writes table rows as CSV text in the one form tables/README.md allows, byte for byte as the committed files are.

/**
 * A cell as tables/README.md writes it (RFC 4180, minimal quoting): quoted only when it holds a
 * comma, a quote or a line break, with each quote inside doubled. Full-width commas and curly
 * quotes in the vendors' text (`，`, `“%s”`) are ordinary characters and stay unquoted.
 */
export const csvCell = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** The header and the rows, LF after every record including the last; no BOM. */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((cells) => `${cells.map(csvCell).join(',')}\n`).join('');
}

/**
 * The line each record starts on once formatCsv writes it under its header (the header is line
 * 1): a line break inside a quoted cell adds a line.
 */
export function recordLines<Column extends string>(
  columns: readonly Column[],
  rows: readonly Readonly<Record<Column, string>>[],
): number[] {
  let line = 2;
  return rows.map((cells) => {
    const start = line;
    for (const column of columns) line += cells[column].match(/\r\n|\r|\n/g)?.length ?? 0;
    line += 1;
    return start;
  });
}
