// Parses a vendor's code list, a Go `errors.go` of Tencent Cloud's SDKs, into its constants: code and description.

/** One constant of a code list: `// description` above `NAME = "Code"`. */
export interface CodeListEntry {
  /** 1-based line of the constant in the file. */
  readonly line: number;
  /** The Go identifier (`FAILEDOPERATION_NETWORKERROR`). */
  readonly constant: string;
  /** The constant's value: the error code as the API returns it (`FailedOperation.NetworkError`). */
  readonly code: string;
  /** The comment directly above the constant, as one cell (see tables/README.md); absent when empty. */
  readonly description?: string;
}

export interface CodeList {
  /** The comment that opens the const block (`此产品的特有错误码`); empty when there is none. */
  readonly section: string;
  readonly entries: readonly CodeListEntry[];
}

/** A malformed code list: the line and what is wrong with it. */
export class CodeListError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'CodeListError';
  }
}

const COMMENT = /^\s*\/\/(.*)$/;
// The SDKs' generator writes only interpreted string literals; escapes are decoded as Go does for the simple ones.
const CONSTANT = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*("(?:[^"\\\n]|\\.)*")\s*$/;
const CONST_OPEN = /^\s*const\s*\(\s*$/;
const CONST_CLOSE = /^\s*\)\s*$/;
const SINGLE_CONST = /^\s*const\s+([A-Za-z_][A-Za-z0-9_]*)\s*=\s*("(?:[^"\\\n]|\\.)*")\s*$/;
const PACKAGE = /^\s*package\s+[A-Za-z_][A-Za-z0-9_]*\s*$/;

/** A Go interpreted string literal's value; the escapes Go and JSON share decode the same way. */
function goString(literal: string, line: number): string {
  try {
    const value: unknown = JSON.parse(literal);
    if (typeof value === 'string') return value;
  } catch {
    // reported below
  }
  throw new CodeListError(line, `cannot read the string literal ${literal}`);
}

/**
 * A comment block as one cell: each line's text after `//`, without the blanks around it, the
 * lines joined with a line feed; empty lines at either end dropped. Empty block: undefined.
 */
export function commentText(lines: readonly string[]): string | undefined {
  const texts = lines.map((line) => line.trim());
  while (texts.length > 0 && texts[0] === '') texts.shift();
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return texts.length === 0 ? undefined : texts.join('\n');
}

/**
 * The constants of a Go code list in file order. A comment belongs to the constant directly below
 * it; a comment followed by a blank line is not a description (the file's licence, the block's
 * heading). Throws CodeListError for a line that is none of: blank, comment, `package`, a const
 * block's bracket, a string constant, and for a file without a const block.
 */
export function parseCodeList(text: string): CodeList {
  const lines = text.split('\n');
  const entries: CodeListEntry[] = [];
  let comment: string[] = [];
  let inBlock = false;
  let blockOpened = false;
  let section = '';
  let sectionDecided = false;

  lines.forEach((raw, index) => {
    const line = index + 1;
    const source = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const commentMatch = COMMENT.exec(source);
    if (commentMatch) {
      comment.push(commentMatch[1] ?? '');
      return;
    }
    if (source.trim() === '') {
      // The first comment of a const block, set off by a blank line, is its heading.
      if (inBlock && !sectionDecided && comment.length > 0 && entries.length === 0) {
        section = commentText(comment) ?? '';
        sectionDecided = true;
      }
      comment = [];
      return;
    }
    const constant = inBlock ? CONSTANT.exec(source) : SINGLE_CONST.exec(source);
    if (constant) {
      const description = commentText(comment);
      entries.push({
        line,
        constant: constant[1]!,
        code: goString(constant[2]!, line),
        ...(description !== undefined ? { description } : {}),
      });
      comment = [];
      sectionDecided = true;
      return;
    }
    if (!inBlock && CONST_OPEN.test(source)) {
      comment = [];
      inBlock = true;
      blockOpened = true;
      return;
    }
    if (inBlock && CONST_CLOSE.test(source)) {
      // A block with its heading and no code (a product without codes of its own).
      if (!sectionDecided && entries.length === 0) section = commentText(comment) ?? '';
      sectionDecided = true;
      inBlock = false;
      comment = [];
      return;
    }
    comment = [];
    if (!inBlock && PACKAGE.test(source)) return;
    throw new CodeListError(
      line,
      `expected a comment or a constant NAME = "Code", found ${JSON.stringify(source.trim().slice(0, 80))}`,
    );
  });

  if (inBlock) throw new CodeListError(lines.length, 'the const block is not closed');
  // A product without codes of its own has an empty block (Tencent's ai3d); a file without one is no code list.
  if (!blockOpened && entries.length === 0) throw new CodeListError(1, 'declares no const block');
  return { section, entries };
}
