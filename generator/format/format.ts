// Formats generated files with oxfmt under fixed options, in prettier's layout, so the output never depends on a user's config.

import path from 'node:path';
import { format } from 'oxfmt';
import type { FormatConfig } from 'oxfmt';
import type { Options } from 'prettier';
import { spliceBlocks, type FinalBlock } from '../emit/lib/final-form.js';
import { unionsInPrettierLayout } from './union-layout.js';

/**
 * The one style of generated/, as prettier options: prettier is the reference (a test proves that
 * every committed file is already formatted under these), oxfmt prints the bytes.
 */
export const PRETTIER_OPTIONS: Readonly<Options> = {
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  endOfLine: 'lf',
  // A table wider than the page is printed unpadded, one source line per row: a changed row is a
  // one-line diff instead of a re-padded table. Paragraphs keep their one line as emitted.
  proseWrap: 'never',
};

/** The same style for oxfmt, which reads prettier's option names; no config file is ever resolved. */
const OXFMT_OPTIONS: FormatConfig = {
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  endOfLine: 'lf',
  proseWrap: 'never',
  // prettier, the reference, keeps a package.json's key order.
  sortPackageJson: false,
};

/** prettier's parser for each extension oxfmt formats: the reference the prettier test checks with. */
export const PRETTIER_PARSERS: Readonly<Record<string, string>> = {
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.js': 'babel',
  '.mjs': 'babel',
  '.cjs': 'babel',
  '.json': 'json',
  '.md': 'markdown',
};

export interface FileToFormat {
  /** Path relative to generated/, posix; its extension picks the language. */
  readonly path: string;
  readonly contents: string;
  /** Final-form blocks whose placeholders stand in contents: spliced in once the rest is formatted. */
  readonly blocks?: readonly FinalBlock[];
  /** 'final': printed in final form by its emitter, written as it is. */
  readonly layout?: 'final';
}

/** A formatted file: its whole text, nothing left to splice. */
export interface FormattedFile {
  readonly path: string;
  readonly contents: string;
}

/** LF line endings and exactly one final newline, for files no formatter knows as well. */
export function normalizeLineEndings(text: string): string {
  const lf = text.replace(/\r\n?/g, '\n');
  let end = lf.length;
  while (end > 0 && lf[end - 1] === '\n') end -= 1;
  return `${lf.slice(0, end)}\n`;
}

const extensionOf = (filePath: string): string | undefined => {
  const extension = path.posix.extname(filePath);
  return Object.prototype.hasOwnProperty.call(PRETTIER_PARSERS, extension) ? extension : undefined;
};

/**
 * One file formatted, then its final-form blocks spliced in. oxfmt is told only the extension: its
 * rules for file names (package.json's key sort and one-item-per-line arrays) are not prettier's
 * under the parser prettier is given.
 */
export async function formatFile(file: FileToFormat): Promise<FormattedFile> {
  const { blocks = [], layout } = file;
  const rest = { path: file.path };
  if (layout === 'final') return { ...rest, contents: file.contents };
  const extension = extensionOf(file.path);
  if (extension === undefined) {
    const text = normalizeLineEndings(file.contents);
    return { ...rest, contents: spliceBlocks(text, blocks, file.path) };
  }
  const result = await format(`generated${extension}`, file.contents, OXFMT_OPTIONS);
  const error = result.errors.find((candidate) => candidate.severity === 'Error');
  if (error !== undefined) {
    const where = error.labels[0] === undefined ? '' : ` (at offset ${error.labels[0].start})`;
    throw new Error(`${file.path}: ${error.message}${where}`);
  }
  let code = normalizeLineEndings(result.code);
  if (extension.endsWith('ts')) code = unionsInPrettierLayout(code);
  return { ...rest, contents: spliceBlocks(code, blocks, file.path) };
}

/** Every file formatted, in the order given; the first failure names its file. */
export async function formatFiles(files: readonly FileToFormat[]): Promise<FormattedFile[]> {
  return Promise.all(files.map((file) => formatFile(file)));
}
