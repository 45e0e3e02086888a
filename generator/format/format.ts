// Formats generated files with prettier under fixed options, so the output never depends on a user's config.

import path from 'node:path';
import { format, util, type Options } from 'prettier';
import { defaultWorkerCount, formatTasks, type FormatOutcome } from './format-pool.js';
import { splitMarkdownTables } from './markdown-table-pieces.js';
import type { PiecePlan } from './piece-plan.js';
import { splitStatements } from './statement-pieces.js';

/** The one style of generated/; passed explicitly, no prettier config file is ever resolved. */
export const PRETTIER_OPTIONS: Readonly<Options> = {
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  endOfLine: 'lf',
  // A table wider than the page is printed unpadded, one source line per row: a changed row is a
  // one-line diff instead of a re-padded table. Paragraphs keep their one line as emitted.
  proseWrap: 'never',
};

/**
 * Parsers to try, in order. babel-ts prints our TypeScript byte for byte as the typescript parser
 * does and parses it about three times as fast; typescript is the fallback for syntax babel-ts
 * lacks.
 */
const PARSERS_BY_EXTENSION: Readonly<Record<string, readonly string[]>> = {
  '.ts': ['babel-ts', 'typescript'],
  '.mts': ['babel-ts', 'typescript'],
  '.cts': ['babel-ts', 'typescript'],
  '.js': ['babel'],
  '.mjs': ['babel'],
  '.cjs': ['babel'],
  '.json': ['json'],
  '.md': ['markdown'],
};

/** Files are cut into pieces of about this many characters (see piece-plan.ts). */
export const PIECE_CHARS = 128 * 1024;

export interface FileToFormat {
  /** Path relative to generated/, posix; its extension picks the parser. */
  readonly path: string;
  readonly contents: string;
}

export interface FormatOptions {
  /** Worker threads formatting at once; 0 formats on this thread. Default: see defaultWorkerCount. */
  readonly workers?: number;
  /** Size of the pieces a large file is cut into; Infinity formats every file whole. */
  readonly pieceChars?: number;
}

/** LF line endings and exactly one final newline, for files prettier has no parser for as well. */
export function normalizeLineEndings(text: string): string {
  const lf = text.replace(/\r\n?/g, '\n');
  let end = lf.length;
  while (end > 0 && lf[end - 1] === '\n') end -= 1;
  return `${lf.slice(0, end)}\n`;
}

function parsersFor(filePath: string): readonly string[] {
  const extension = path.posix.extname(filePath);
  return Object.prototype.hasOwnProperty.call(PARSERS_BY_EXTENSION, extension)
    ? PARSERS_BY_EXTENSION[extension]!
    : [];
}

/**
 * The options for one file. `filepath` tells the TypeScript parsers the file is not TSX; without
 * it they guess with a regular expression over the whole text, most of the time on a large enum.
 */
export const prettierOptionsFor = (filePath: string, parser: string): Options => ({
  ...PRETTIER_OPTIONS,
  parser,
  filepath: filePath,
});

/** Pieces for a large file whose format allows them; undefined formats it whole. */
function piecePlan(file: FileToFormat, parser: string, pieceChars: number): PiecePlan | undefined {
  if (!Number.isFinite(pieceChars)) return undefined;
  if (parser === 'markdown')
    return splitMarkdownTables(file.contents, pieceChars, util.getStringWidth);
  if (parser === 'babel-ts' || parser === 'babel')
    return splitStatements(file.contents, pieceChars);
  return undefined;
}

const errorOf = (outcome: FormatOutcome): Error | undefined =>
  outcome.ok ? undefined : outcome.error;

/** One file formatted whole, on this thread: the bytes formatFiles must reproduce. */
export async function formatFile<T extends FileToFormat>(file: T): Promise<T> {
  const parsers = parsersFor(file.path);
  if (parsers.length === 0) return { ...file, contents: normalizeLineEndings(file.contents) };
  let lastError: unknown;
  for (const parser of parsers) {
    try {
      const formatted = await format(file.contents, prettierOptionsFor(file.path, parser));
      return { ...file, contents: normalizeLineEndings(formatted) };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** One way to format a file: its pieces with one parser, and their join. */
interface Attempt {
  readonly parser: string;
  readonly plan: PiecePlan;
}

const whole = (text: string): PiecePlan => ({ pieces: [text], join: (formatted) => formatted[0] });

/**
 * Every file formatted, in the order given, byte for byte as formatFile formats it. Large files are
 * cut into pieces; all pieces of all files are formatted together, largest first, on worker threads
 * unless the job is small. A file whose pieces fail to parse or to prove their join is formatted
 * whole in a second round.
 */
export async function formatFiles<T extends FileToFormat>(
  files: readonly T[],
  options: FormatOptions = {},
): Promise<T[]> {
  const workers =
    options.workers ??
    defaultWorkerCount(files.reduce((sum, file) => sum + file.contents.length, 0));
  const pieceChars = options.pieceChars ?? PIECE_CHARS;
  // Each file's attempts, first to last: its pieces (if any), then whole with each parser.
  const attempts = files.map((file): Attempt[] => {
    const parsers = parsersFor(file.path);
    const plan = parsers.length > 0 ? piecePlan(file, parsers[0]!, pieceChars) : undefined;
    return [
      ...(plan === undefined ? [] : [{ parser: parsers[0]!, plan }]),
      ...parsers.map((parser) => ({ parser, plan: whole(file.contents) })),
    ];
  });
  const results: (string | undefined)[] = files.map((file, index) =>
    attempts[index]!.length === 0 ? file.contents : undefined,
  );
  const errors: (Error | undefined)[] = files.map(() => undefined);

  for (let round = 0; ; round += 1) {
    const pending = files
      .map((_, index) => index)
      .filter((index) => results[index] === undefined && round < attempts[index]!.length);
    if (pending.length === 0) break;
    const tasks = pending.flatMap((index) => {
      const attempt = attempts[index]![round]!;
      const taskOptions = prettierOptionsFor(files[index]!.path, attempt.parser);
      return attempt.plan.pieces.map((text) => ({ text, options: taskOptions }));
    });
    const outcomes = await formatTasks(tasks, workers);
    let next = 0;
    for (const index of pending) {
      const { plan } = attempts[index]![round]!;
      const mine = outcomes.slice(next, next + plan.pieces.length);
      next += plan.pieces.length;
      const failure = mine.map(errorOf).find((error) => error !== undefined);
      if (failure !== undefined) {
        errors[index] = failure;
        continue;
      }
      results[index] = plan.join(mine.map((outcome) => (outcome.ok ? outcome.formatted : '')));
    }
  }

  return files.map((file, index) => {
    const result = results[index];
    if (result === undefined) {
      const error = errors[index] ?? new Error('prettier gave no result');
      throw Object.assign(new Error(`${file.path}: ${error.message}`, { cause: error }), {
        name: error.name,
      });
    }
    return { ...file, contents: normalizeLineEndings(result) };
  });
}
