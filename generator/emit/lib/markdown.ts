// The Markdown vocabulary of everything the generator writes as Markdown (the README, the catalogs, the diff
// report): header, table, table cell, code span, code block, and vendor text escaped once, here.

/** The one header line of every generated markdown file. */
export function mdHeader(sources: readonly string[]): string {
  return `<!-- Generated from ${sources.join(', ')} by npm run generate. Do not edit. -->`;
}

/** Characters Markdown or HTML reads as markup anywhere in a line: backslash-escaped (CommonMark). */
const INLINE_MARKUP = /[\\`*_[\]<>|~@]/g;

/**
 * Vendor text as inline Markdown that renders as exactly that text, and that the formatter prints
 * as it is. Escaped: what would start emphasis, code, a link, HTML, a table cell or a strikethrough
 * (`\ ` * _ [ ] < > | ~`), `&` (as `&amp;`, so no entity is read), what would make an address or
 * an e-mail address a link (`://`, `www.`, `@`), and at the start a block marker (`#`, `-`, `+`,
 * `=`, `>`, `1.`, `1)`) and at the end a `#` (a heading's closing run). A blank before a blank is `&#32;`, so a run of them stays; a line break
 * becomes `<br>`: a paragraph or a table row stays one line.
 */
export function mdText(text: string): string {
  return text
    .replace(INLINE_MARKUP, '\\$&')
    .replace(/&/g, '&amp;')
    // A run of blanks is the vendor's text; Markdown and its formatter would fold it into one.
    .replace(/ (?= )/g, '&#32;')
    .replace(/:\/\//g, '\\://')
    .replace(/(^|[^A-Za-z0-9])(www)\./gi, '$1$2\\.')
    .replace(/^([#+=-])/, '\\$1')
    // A heading drops a closing run of `#`.
    .replace(/(^|[^\\])#$/, '$1\\#')
    .replace(/^([0-9]+)([.)])/, '$1\\$2')
    // A line of nothing but combining marks has no width: the formatter takes it for a blank line.
    .replace(/^\p{M}/u, (mark) => `&#x${mark.codePointAt(0)!.toString(16).toUpperCase()};`)
    .replace(/\r\n?|\n/g, '<br>');
}

/**
 * Vendor text as one cell of a Markdown table: mdText, whose `\|` a table reads as a pipe inside
 * the cell and whose `<br>` keeps the row on one line (Kingsoft's v1 code 4999 has a numbered list).
 */
export const mdTableCell = (text: string): string => mdText(text);

/**
 * Text as inline code in a table cell: a code span with `|` escaped, which GFM unescapes before
 * the span is read. A span cannot hold a backslash right before a pipe (the table would take the
 * pipe as the cell's end) nor a line break: such text is a cell of plain text instead.
 */
export function mdTableCode(text: string): string {
  if (/\\\||[\r\n]/.test(text)) return mdTableCell(text);
  return codeSpan(text).replace(/\|/g, '\\|');
}

/** A table from a header row and rows of markdown cells (plain text goes through mdText first). */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The length of the longest match of `runs` in `text`, at least `least` (no spread: text may be long). */
const longestRun = (text: string, runs: RegExp, least: number): number =>
  (text.match(runs) ?? []).reduce((longest, run) => Math.max(longest, run.length), least);

/** A fenced code block. */
export function mdCode(language: string, code: string): string {
  const longestFence = longestRun(code, /`{3,}/g, 2);
  const fence = '`'.repeat(longestFence + 1);
  return `${fence}${language}\n${code.trimEnd()}\n${fence}`;
}

/** Markdown text of a document: blocks separated by blank lines, one final newline. */
export const mdDocument = (blocks: readonly (string | undefined)[]): string =>
  `${blocks.filter((block): block is string => block !== undefined && block !== '').join('\n\n')}\n`;

/** Inline code in Markdown, fenced with enough backticks for the text it holds. */
export function codeSpan(text: string): string {
  const fence = '`'.repeat(longestRun(text, /`+/g, 0) + 1);
  // CommonMark strips one blank from each end of a span that has one at both ends, and needs one
  // between a backtick of the text and the fence.
  const blankEnds = text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '';
  const pad = text.startsWith('`') || text.endsWith('`') || blankEnds ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
