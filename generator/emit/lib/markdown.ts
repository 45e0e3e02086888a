// The Markdown vocabulary of everything the generator writes as Markdown (the README, the catalogs, the diff
// report): header, table, table cell, code span, code block, and vendor text escaped once, here.

/** The one header line of every generated markdown file. */
export function mdHeader(sources: readonly string[]): string {
  return `<!-- Generated from ${sources.join(', ')} by npm run generate. Do not edit. -->`;
}

/**
 * Vendor text as markdown that shows it as written: emphasis, link, HTML and table characters are
 * escaped, and a line break (which would end a table row) becomes `<br>`.
 */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/\r\n?|\n/g, '<br>');
}

/** A table from a header row and rows of markdown cells (plain text goes through mdText first). */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A fenced code block. */
export function mdCode(language: string, code: string): string {
  const longestFence = Math.max(2, ...(code.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestFence + 1);
  return `${fence}${language}\n${code.trimEnd()}\n${fence}`;
}

/** Markdown text of a document: blocks separated by blank lines, one final newline. */
export const mdDocument = (blocks: readonly (string | undefined)[]): string =>
  `${blocks.filter((block): block is string => block !== undefined && block !== '').join('\n\n')}\n`;

/**
 * Text as one cell of a Markdown table: a pipe would end the cell and a line break the row, so
 * `|` becomes `\\|` and every line break `<br>` (Kingsoft's v1 code 4999 has a numbered list).
 */
export const mdTableCell = (text: string): string =>
  text.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');

/** Inline code in Markdown, fenced with enough backticks for the text it holds. */
export function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
