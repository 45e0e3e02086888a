// Parses one error table out of a vendor document's text (the form of tables/sources/*.txt) into its rows.
import { STATUS_CODES } from 'node:http';

/** One row of a document's error table, as the document writes it. */
export interface DocumentRow {
  /** 1-based line of the row in the document (its first line, for rows that continue on later lines). */
  readonly line: number;
  readonly code: string;
  readonly httpStatus?: number;
  /** The English message or message template. */
  readonly message?: string;
  /** The description in the document's own language. */
  readonly description?: string;
}

/** A line inside a document's table that is not a row, and why. */
export interface DocumentProblem {
  readonly line: number;
  readonly message: string;
}

export interface DocumentTable {
  readonly section: string;
  readonly rows: readonly DocumentRow[];
  /** Every line inside the table that did not become a row: nothing in a table is skipped silently. */
  readonly problems: readonly DocumentProblem[];
}

/** Existing variants of a code (from a table), used to pick between equally valid ways to split a row. */
export type KnownVariants = ReadonlyMap<
  string,
  readonly { readonly message?: string; readonly description?: string }[]
>;

type ColumnRole = 'code' | 'status' | 'message' | 'description';

/** How the document lays its table out, decided from the header line. */
interface TableLayout {
  readonly kind: 'pipe' | 'space';
  /** Pipe tables: the role of each cell. Space tables: the roles in order (code first). */
  readonly columns: readonly ColumnRole[];
}

// Header labels of the code column, as the vendors write them: Tencent 错误码 / Error Code,
// Kingsoft 错误代码(Code) and v1 RetCode, Baidu 错误码, Upyun 返回代码.
const CODE_LABEL = /^(?:错误码|错误代码|Error Code|RetCode|返回代码)/;
const STATUS_LABEL = /HTTP|状态码/;
const MESSAGE_LABEL = /消息|Message|RetMsg/i;

// Codes are data: whatever the vendor prints in the code column is the code (dots, hyphens,
// underscores, `__proto__`). A table's codes are all numbers (Upyun, Kingsoft v1) or all words.
const NUMERIC_CODE = /^\d+$/;
// In a space-separated table the code is the line's first word: printable ASCII (a line that
// starts with a Chinese word continues the description above it).
const SPACE_CODE = /^[A-Za-z0-9_][\x21-\x7e]*$/;
const HTTP_STATUS = /^[1-5]\d\d$/;
const MARKDOWN_SEPARATOR = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
// Han ideographs and the CJK / full-width punctuation a Chinese description is written with.
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

type CodeKind = 'numeric' | 'word';

const codeKind = (code: string): CodeKind => (NUMERIC_CODE.test(code) ? 'numeric' : 'word');

/** A value for a message: quoted, cut to a readable length. */
const shown = (value: string): string =>
  JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

/** A heading line as plain text: markdown `#` marks and surrounding blanks removed. */
const headingText = (line: string): string => line.replace(/^\s*#+\s*/, '').trim();

const splitPipeCells = (line: string): string[] => {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|')) body = body.slice(0, -1);
  return body.split('|').map((cell) => cell.trim());
};

const pipeLayout = (header: string): TableLayout | undefined => {
  const labels = splitPipeCells(header);
  const codeIndex = labels.findIndex((label) => CODE_LABEL.test(label));
  if (codeIndex < 0) return undefined;
  const roles: ColumnRole[] = labels.map((label, index) =>
    index === codeIndex ? 'code' : STATUS_LABEL.test(label) ? 'status' : 'description',
  );
  // Two text columns: the first is the English message, the second the description (Upyun 含义 / 详细说明).
  const textColumns = roles.flatMap((role, index) => (role === 'description' ? [index] : []));
  if (textColumns.length > 2) return undefined;
  if (textColumns.length === 2) roles[textColumns[0]!] = 'message';
  return { kind: 'pipe', columns: roles };
};

const spaceLayout = (header: string): TableLayout | undefined => {
  if (!CODE_LABEL.test(header.trim())) return undefined;
  const columns: ColumnRole[] = ['code'];
  if (MESSAGE_LABEL.test(header)) columns.push('message');
  if (STATUS_LABEL.test(header)) {
    // The only layout with a status column: code, message, status, description (Kingsoft, Baidu).
    if (!columns.includes('message')) return undefined;
    columns.push('status');
  }
  columns.push('description');
  return { kind: 'space', columns };
};

interface RowText {
  readonly code: string;
  /** Pipe rows: cells by role. Space rows: the text after the code. */
  readonly cells?: Partial<Record<ColumnRole, string>>;
  readonly rest?: string;
}

/** A line of a table: a row's text, or why the line cannot be one. */
type LineRead = { readonly row: RowText } | { readonly problem: string };

const readPipeRow = (line: string, layout: TableLayout): LineRead => {
  const cells = splitPipeCells(line);
  // Upyun's last row stops after the message: trailing cells may be missing, never extra ones.
  if (cells.length > layout.columns.length) {
    return {
      problem: `has ${cells.length} cells but the table's header has ${layout.columns.length}; is a | inside a cell?`,
    };
  }
  const byRole: Partial<Record<ColumnRole, string>> = {};
  layout.columns.forEach((role, index) => {
    const cell = cells[index];
    if (cell !== undefined && cell !== '') byRole[role] = cell;
  });
  const code = byRole.code;
  if (code === undefined) return { problem: 'the code cell is empty' };
  const space = /\s/.exec(code);
  if (space !== null) {
    return {
      problem: `code ${shown(code)} contains ${space[0] === ' ' ? 'a space' : 'whitespace'}`,
    };
  }
  if (layout.columns.includes('status') && !HTTP_STATUS.test(byRole.status ?? '')) {
    return {
      problem: `HTTP status ${shown(byRole.status ?? '')} of code ${shown(code)} is not a status from 100 to 599`,
    };
  }
  return { row: { code, cells: byRole } };
};

const readSpaceRow = (line: string): RowText | undefined => {
  const match = /^(\S+) +(\S.*)$/.exec(line.trimEnd());
  if (!match || !SPACE_CODE.test(match[1]!)) return undefined;
  return { code: match[1]!, rest: match[2]! };
};

interface Split {
  readonly httpStatus?: number;
  readonly message?: string;
  readonly description: string;
}

/** Every way to read a space row's text as [message] [status [reason phrase]] description, best guess first. */
const candidateSplits = (rest: string, layout: TableLayout): Split[] => {
  const words = rest.split(' ');
  const hasMessage = layout.columns.includes('message');
  const hasStatus = layout.columns.includes('status');
  if (!hasMessage) return [{ description: rest }];
  const splits: Split[] = [];
  if (hasStatus) {
    // message STATUS [Reason Phrase] description; the first status-looking word is the best guess.
    for (let index = 1; index < words.length - 1; index += 1) {
      const word = words[index]!;
      if (!HTTP_STATUS.test(word)) continue;
      const status = Number(word);
      const message = words.slice(0, index).join(' ').trim();
      let after = words.slice(index + 1).join(' ');
      // Baidu writes the reason phrase after the status (`403 Forbidden`): it is part of the status, not the description.
      const reason = STATUS_CODES[status];
      if (reason !== undefined && after.startsWith(`${reason} `))
        after = after.slice(reason.length + 1);
      const description = after.trim();
      if (message !== '' && description !== '')
        splits.push({ httpStatus: status, message, description });
    }
    return splits;
  }
  // English message then Chinese description, with no column marker between them (Kingsoft v1):
  // the best guess splits before the first word that holds a CJK character.
  const firstCjk = words.findIndex((word) => CJK.test(word));
  const order = [...words.keys()].filter((index) => index > 0);
  if (firstCjk > 0) order.sort((a, b) => (a === firstCjk ? -1 : b === firstCjk ? 1 : 0));
  for (const index of order) {
    const message = words.slice(0, index).join(' ').trim();
    const description = words.slice(index).join(' ').trim();
    if (message !== '' && description !== '') splits.push({ message, description });
  }
  return firstCjk > 0 ? splits : [];
};

const chooseSplit = (
  code: string,
  splits: readonly Split[],
  known: KnownVariants | undefined,
): Split | undefined => {
  const variants = known?.get(code) ?? [];
  for (const variant of variants) {
    const agreed = splits.find(
      (split) =>
        (variant.message === undefined || variant.message === split.message) &&
        (variant.description === undefined ||
          variant.description === split.description ||
          // A description that continues on later lines starts with the row's own line.
          variant.description.startsWith(`${split.description}\n`)),
    );
    if (agreed !== undefined) return agreed;
  }
  return splits[0];
};

/** The index of the section's heading line: a line whose text, without markdown `#`, is the section. */
const findSection = (lines: readonly string[], section: string): number => {
  const wanted = section.trim();
  return lines.findIndex((line) => headingText(line) === wanted);
};

interface FoundTable {
  readonly headerIndex: number;
  readonly firstRowIndex: number;
  readonly layout: TableLayout;
}

/** The first table after the heading: a header line that names a code column, followed by a row. */
const findTable = (lines: readonly string[], from: number): FoundTable | undefined => {
  for (let index = from; index < lines.length; index += 1) {
    const header = lines[index]!;
    if (header.trim() === '') continue;
    const layout = header.includes('|') ? pipeLayout(header) : spaceLayout(header);
    if (layout === undefined) continue;
    let firstRowIndex = index + 1;
    if (layout.kind === 'pipe' && MARKDOWN_SEPARATOR.test(lines[firstRowIndex] ?? ''))
      firstRowIndex += 1;
    const first = lines[firstRowIndex];
    if (first === undefined) continue;
    const isRow =
      layout.kind === 'pipe'
        ? first.includes('|') && 'row' in readPipeRow(first, layout)
        : readSpaceRow(first) !== undefined;
    if (isRow) return { headerIndex: index, firstRowIndex, layout };
  }
  return undefined;
};

/**
 * Parses the table under `section` in `text`. `known` (existing variants by code) settles rows that
 * can be split more than one way; without it the parser takes its best guess.
 * Throws when the section or its table is missing.
 */
export function parseDocumentTable(
  text: string,
  section: string,
  known?: KnownVariants,
): DocumentTable {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  const sectionIndex = findSection(lines, section);
  if (sectionIndex < 0) throw new Error(`section "${section}" not found in the document`);
  const table = findTable(lines, sectionIndex + 1);
  if (table === undefined)
    throw new Error(`no error table found under section "${section}" (line ${sectionIndex + 1})`);
  const { layout } = table;

  const rows: DocumentRow[] = [];
  const problems: DocumentProblem[] = [];
  let kind: CodeKind | undefined;
  /** The row of a line, or why the line is not one; undefined for a line that continues a description. */
  const readRow = (line: string, lineNumber: number): DocumentRow | string | undefined => {
    let text: RowText;
    if (layout.kind === 'pipe') {
      const read = readPipeRow(line, layout);
      if ('problem' in read) return read.problem;
      text = read.row;
    } else {
      const read = readSpaceRow(line);
      if (read === undefined) return undefined;
      text = read;
    }
    if (kind !== undefined && codeKind(text.code) !== kind) {
      return `code ${shown(text.code)} is ${kind === 'numeric' ? 'not a number like' : 'a number unlike'} the table's other codes`;
    }
    if (text.cells !== undefined) {
      const status = text.cells.status;
      return {
        line: lineNumber,
        code: text.code,
        ...(status !== undefined ? { httpStatus: Number(status) } : {}),
        ...(text.cells.message !== undefined ? { message: text.cells.message } : {}),
        ...(text.cells.description !== undefined ? { description: text.cells.description } : {}),
      };
    }
    const split = chooseSplit(text.code, candidateSplits(text.rest ?? '', layout), known);
    if (split === undefined) {
      return `the text after code ${shown(text.code)} cannot be read as ${layout.columns.slice(1).join(', ')}`;
    }
    return {
      line: lineNumber,
      code: text.code,
      ...(split.httpStatus !== undefined ? { httpStatus: split.httpStatus } : {}),
      ...(split.message !== undefined ? { message: split.message } : {}),
      description: split.description,
    };
  };

  // The table runs to the first line that cannot belong to it: for a pipe table a line without a
  // pipe, for a space-separated one a blank line. Every line in between is a row, continues the
  // description of the row above (space tables break descriptions over lines: Kingsoft v1 4999),
  // or is reported: nothing inside a table is skipped.
  for (let index = table.firstRowIndex; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (layout.kind === 'pipe' ? !line.includes('|') : line.trim() === '') break;
    if (layout.kind === 'pipe' && MARKDOWN_SEPARATOR.test(line)) continue;
    const read = readRow(line, index + 1);
    if (typeof read === 'string') {
      problems.push({
        line: index + 1,
        message: `not a row of section ${shown(section)}: ${read}`,
      });
      continue;
    }
    if (read !== undefined) {
      kind ??= codeKind(read.code);
      rows.push(read);
      continue;
    }
    const previous = rows[rows.length - 1];
    if (previous === undefined) {
      problems.push({
        line: index + 1,
        message: `not a row of section ${shown(section)}: it does not start with a code`,
      });
      continue;
    }
    // Joined with the document's own line breaks, so the description still occurs in it verbatim.
    rows[rows.length - 1] = { ...previous, description: `${previous.description ?? ''}\n${line}` };
  }
  return { section, rows, problems };
}
