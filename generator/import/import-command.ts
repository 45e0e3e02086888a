// `import VENDOR DOCUMENT`: rewrites the vendor's tables from a new copy of its document and prints what changed.

import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CommandIo } from '../cli.js';
import { readTables, SOURCES_FILE } from '../read-tables/read-tables.js';
import { formatImportReport } from './format-import-report.js';
import { ImportError, importDocument } from './import-document.js';

export const IMPORT_USAGE = 'import VENDOR DOCUMENT [--tables DIR] [--dry-run]';

interface ImportArgs {
  readonly vendor: string;
  readonly document: string;
  readonly tablesDir: string;
  readonly dryRun: boolean;
}

/** The arguments, or the reason they are not usable. */
function parseImportArgs(args: readonly string[]): ImportArgs | string {
  const positional: string[] = [];
  let tablesDir = 'tables';
  let dryRun = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--tables') {
      const value = args[index + 1];
      if (value === undefined) return '--tables needs a directory';
      tablesDir = value;
      index += 1;
    } else if (arg.startsWith('--tables=')) tablesDir = arg.slice('--tables='.length);
    else if (arg.startsWith('-')) return `import does not know ${arg}`;
    else positional.push(arg);
  }
  if (positional.length !== 2)
    return `import takes a vendor and a document, got ${positional.length} argument(s)`;
  return { vendor: positional[0]!, document: positional[1]!, tablesDir, dryRun };
}

/** Replaces a file in one step: a failed write never leaves a half-written table. */
async function replaceFile(filePath: string, contents: string | Uint8Array): Promise<void> {
  const temporary = `${filePath}.${randomUUID()}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, filePath);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Runs the import; resolves to the exit code (0 imported, 1 bad input, 2 bad command line).
 *
 * The document is also copied over its copy in tables/ (the `source_file` of the vendor's rows in
 * sources.csv) when it is another file with other bytes: the tables are checked against that copy,
 * so tables imported from a newer page than the copy would fail validation.
 */
export async function runImportCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseImportArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\nusage: ${IMPORT_USAGE}`);
    return 2;
  }
  const rootDir = path.resolve(io.rootDir);
  const tablesDir = path.resolve(rootDir, parsed.tablesDir);
  // Inside the project a path as a person there types it (`tables`); outside it, absolute.
  const relative = path.relative(rootDir, tablesDir);
  const displayDir =
    relative.startsWith('..') || path.isAbsolute(relative)
      ? tablesDir
      : relative.split(path.sep).join('/') || '.';
  const documentPath = path.resolve(rootDir, parsed.document);

  let documentBytes: Uint8Array;
  try {
    documentBytes = await readFile(documentPath);
  } catch (error) {
    io.err(
      `${parsed.document}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
    return 1;
  }
  let documentText: string;
  try {
    documentText = utf8.decode(documentBytes);
  } catch {
    io.err(`${parsed.document}: is not valid UTF-8; save the page's text as UTF-8`);
    return 1;
  }

  const raw = await readTables(tablesDir, { displayDir });
  let result;
  try {
    result = importDocument(raw, parsed.vendor, documentText);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    io.err(error.message);
    return 1;
  }

  const copyPath = path.join(tablesDir, result.sourceFile);
  let copiedTo: string | undefined;
  if (copyPath !== documentPath) {
    const current = await readFile(copyPath).catch(() => undefined);
    if (current === undefined || !Buffer.from(current).equals(Buffer.from(documentBytes))) {
      copiedTo = `${displayDir}/${result.sourceFile}`;
    }
  }
  if (!parsed.dryRun) {
    for (const table of result.tables) {
      if (table.after !== table.before)
        await replaceFile(path.join(tablesDir, table.table), table.after);
    }
    if (result.manifest.after !== result.manifest.before) {
      await replaceFile(path.join(tablesDir, SOURCES_FILE), result.manifest.after);
    }
    if (copiedTo !== undefined) await replaceFile(copyPath, documentBytes);
  }
  io.out(
    formatImportReport({
      result,
      displayDir,
      written: !parsed.dryRun,
      ...(copiedTo !== undefined ? { copiedTo } : {}),
    }).trimEnd(),
  );
  return 0;
}
