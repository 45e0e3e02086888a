// Formats generated files with prettier under fixed options, so the output never depends on a user's config.

import path from 'node:path';
import { format, type Options } from 'prettier';

/** The one style of generated/; passed explicitly, no prettier config file is ever resolved. */
export const PRETTIER_OPTIONS: Readonly<Options> = {
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  endOfLine: 'lf',
};

const PARSER_BY_EXTENSION: Readonly<Record<string, string>> = {
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
  /** Path relative to generated/, posix; its extension picks the parser. */
  readonly path: string;
  readonly contents: string;
}

/** LF line endings and exactly one final newline, for files prettier has no parser for as well. */
export function normalizeLineEndings(text: string): string {
  const lf = text.replace(/\r\n?/g, '\n');
  let end = lf.length;
  while (end > 0 && lf[end - 1] === '\n') end -= 1;
  return `${lf.slice(0, end)}\n`;
}

/** One file formatted once; a file type prettier does not know is only normalized. */
export async function formatFile<T extends FileToFormat>(file: T): Promise<T> {
  const extension = path.posix.extname(file.path);
  const parser = Object.prototype.hasOwnProperty.call(PARSER_BY_EXTENSION, extension)
    ? PARSER_BY_EXTENSION[extension]
    : undefined;
  const formatted =
    parser === undefined
      ? file.contents
      : await format(file.contents, { ...PRETTIER_OPTIONS, parser });
  return { ...file, contents: normalizeLineEndings(formatted) };
}

/** Every file formatted, in the order given. */
export function formatFiles<T extends FileToFormat>(files: readonly T[]): Promise<T[]> {
  return Promise.all(files.map((file) => formatFile(file)));
}
