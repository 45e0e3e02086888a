// `import VENDOR DOCUMENT`: rewrites the vendor's tables from a new copy of its document and prints what changed.

import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { commandHelp, messageOf, type Command, type CommandIo } from '../command.js';
import { displayPath } from '../load-model.js';
import { readTables } from '../read-tables/read-tables.js';
import type { Problem, RawTables } from '../read-tables/table-file.js';
import type { ManifestEntry } from '../schema/schema.js';
import { parseManifest } from '../validate/parse-manifest.js';
import { formatProblem } from '../read-tables/table-file.js';
import { decodeUtf8, describeInvalidUtf8 } from '../read-tables/utf8.js';
import { SOURCES_FILE } from '../schema/schema.js';
import { isCodeList } from '../documents/source-kinds.js';
import { CATEGORIES, ENVELOPES, ERROR_TABLE_COLUMNS, MANIFEST_COLUMNS } from '../schema/schema.js';
import {
  productRows,
  readVendorLists,
  TENCENT_COMMON_TABLE,
  type ProductRows,
} from './add-product.js';

/** Where Tencent's SDK code lists are, beside the repository. */
const DEFAULT_LISTS_DIR = '../shared/vendor-lists';
import { CATEGORY_RULES_FILE, parseCategoryRules, type CategoryRule } from './category-rules.js';
import { formatImportReport, formatListImportReport } from './format-import-report.js';
import { importListTable, readCodeList } from './import-code-list.js';
import { sourceForDocument } from './source-for-document.js';
import { formatCsv } from './table-csv.js';
import { excessiveRemovals, ImportError, importDocument } from './import-document.js';
import { DOCUMENT_SIZE_LIMIT, describeOversizedDocument } from '../validate/check-characters.js';
import { validateTables } from '../validate/validate-tables.js';
import { swapDirectory } from '../write/write-atomic.js';

interface ImportArgs {
  readonly vendor: string;
  readonly document: string;
  readonly tablesDir: string;
  readonly dryRun: boolean;
  readonly allowRemovals: boolean;
}

/** The arguments, or the reason they are not usable. */
function parseImportArgs(args: readonly string[]): ImportArgs | string {
  const positional: string[] = [];
  let tablesDir = 'tables';
  let dryRun = false;
  let allowRemovals = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--allow-removals') allowRemovals = true;
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
  return { vendor: positional[0]!, document: positional[1]!, tablesDir, dryRun, allowRemovals };
}

interface ImportTables {
  readonly raw: RawTables;
  readonly manifest: readonly ManifestEntry[];
  readonly manifestProblems: readonly Problem[];
}

/**
 * The tables as import needs them: read, and the manifest parsed. Not the whole validation: an
 * import rewrites one vendor's tables from its document, and other vendors' rows (17,000 for
 * Tencent's catalog) need no comparison with theirs; npm run validate does that afterwards.
 */
async function readForImport(
  tablesDir: string,
  displayDir: string,
  replaced?: ReadonlyMap<string, Uint8Array>,
): Promise<ImportTables> {
  const raw = await readTables(tablesDir, { displayDir, ...(replaced ? { replaced } : {}) });
  const manifest = parseManifest(raw);
  return { raw, manifest: manifest.entries, manifestProblems: manifest.problems };
}

/**
 * An import that stops: why, in one line, first (a long list of problems or removals after it
 * would push the cause off the screen); then each line of the detail. Nothing has been written.
 */
function stop(io: CommandIo, cause: string, detail: readonly string[] = []): number {
  io.err(`import stopped, nothing was written: ${cause}`);
  for (const line of detail) io.err(line);
  return 1;
}

/** One problem is its own cause; several are counted, then listed. */
const causeOf = (lines: readonly string[], several: string): string =>
  lines.length === 1 ? lines[0]! : `${lines.length} ${several}, listed below`;

/** The files an import writes, by their path inside tables/ (`upyun.csv`, `sources/upyun.txt`). */
type TableWrites = Map<string, Uint8Array>;

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/** A new row's curated cell the import left empty for a person: validate's only expected refusal. */
interface LeftToCurate {
  readonly file: string;
  readonly line: number;
  readonly missing: readonly string[];
}

/**
 * The problems validate would report in the tables/ the import would leave, read from memory: in
 * every file it writes (in sources.csv, the vendor's lines), and any it would make elsewhere (an
 * alias whose code the page dropped). The curated cells left for a person are not among them: the
 * report lists those, and validate asks for them later.
 */
async function problemsOfWrites(options: {
  /** tables/ as it is: the problems it has already are not the import's. */
  readonly current: RawTables;
  readonly tablesDir: string;
  readonly displayDir: string;
  readonly vendor: string;
  readonly writes: TableWrites;
  readonly vendorTables: readonly string[];
  readonly leftToCurate: readonly LeftToCurate[];
}): Promise<Problem[]> {
  const { displayDir, writes } = options;
  const raw = await readTables(options.tablesDir, { displayDir, replaced: writes });
  const validation = validateTables(raw);
  if (validation.ok) return [];
  const existing = new Set(validateTables(options.current).problems.map(formatProblem));
  const checked = new Set(
    [...writes.keys(), ...options.vendorTables].map((name) => `${displayDir}/${name}`),
  );
  const vendorLines = new Set(
    raw.sources.records
      .filter((record) => record.cells.vendor === options.vendor)
      .map((record) => record.line),
  );
  const expected = (problem: Problem): boolean =>
    options.leftToCurate.some(
      (row) =>
        row.file === problem.file &&
        row.line === problem.line &&
        problem.column !== undefined &&
        row.missing.includes(problem.column),
    );
  const theImports = (problem: Problem): boolean =>
    checked.has(problem.file)
      ? problem.file !== raw.sources.file || vendorLines.has(problem.line)
      : !existing.has(formatProblem(problem));
  return validation.problems.filter((problem) => theImports(problem) && !expected(problem));
}

/**
 * Writes the import's files into tables/ together, by swapping in a copy of tables/ that has them
 * (as generate swaps generated/): an import killed midway leaves tables/ as it was.
 */
async function writeTables(tablesDir: string, writes: TableWrites): Promise<void> {
  if (writes.size === 0) return;
  await swapDirectory(tablesDir, async (fresh) => {
    await cp(tablesDir, fresh, { recursive: true });
    for (const [name, contents] of writes) {
      const target = path.join(fresh, ...name.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, contents);
    }
  });
}

/** Refuses an import validate would refuse after it: prints why; true when it may go on. */
async function checkWrites(
  io: CommandIo,
  options: Parameters<typeof problemsOfWrites>[0],
): Promise<boolean> {
  const problems = await problemsOfWrites(options);
  if (problems.length === 0) return true;
  const lines = problems.map(formatProblem);
  stop(
    io,
    causeOf(lines, 'problems npm run validate would refuse in the tables this import makes'),
    lines.length > 1 ? lines : [],
  );
  return false;
}

/**
 * Runs the import; resolves to the exit code (0 imported, 1 bad input, 2 bad command line).
 *
 * The document is also copied over its copy in tables/ (the `source_file` of the vendor's rows in
 * sources.csv) when it is another file with other bytes: the tables are checked against that copy,
 * so tables imported from a newer page than the copy would fail validation.
 */
export async function runImportCommand(args: readonly string[], io: CommandIo): Promise<number> {
  if (args.some((arg) => arg === '--add-product' || arg.startsWith('--add-product=')))
    return runAddProduct(args, io);
  const parsed = parseImportArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n${commandHelp(importCommand)}`);
    return 2;
  }
  const rootDir = path.resolve(io.rootDir);
  const tablesDir = path.resolve(rootDir, parsed.tablesDir);
  const displayDir = displayPath(rootDir, tablesDir);
  const documentPath = path.resolve(rootDir, parsed.document);
  const documentName = parsed.document;

  let documentBytes: Uint8Array;
  try {
    documentBytes = await readFile(documentPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      `${documentName}: ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`}`,
    );
    return 1;
  }
  if (documentBytes.length > DOCUMENT_SIZE_LIMIT) {
    return stop(io, `${documentName}: ${describeOversizedDocument(documentBytes.length)}`);
  }
  const decoded = decodeUtf8(documentBytes);
  if (!decoded.ok) {
    io.err(`${documentName}:${decoded.line}: ${describeInvalidUtf8(decoded, "the page's text")}`);
    return 1;
  }
  if (decoded.text.trim() === '') {
    io.err(`${documentName}: is empty; save the vendor page's text into it`);
    return 1;
  }

  let loaded = await readForImport(tablesDir, displayDir);
  // A product just added to sources.csv has no table yet: its lists' import writes it, from the header.
  const missing = [
    ...new Set(
      loaded.manifest
        .filter((entry) => entry.vendor === parsed.vendor && isCodeList(entry.sourceFile))
        .map((entry) => entry.table)
        .filter((table) => !existsSync(path.join(tablesDir, table))),
    ),
  ];
  if (missing.length > 0) {
    if (parsed.dryRun) {
      io.err(
        `${missing.map((table) => `${displayDir}/${table}`).join(', ')} does not exist yet; import without --dry-run writes it`,
      );
      return 1;
    }
    // Made in memory, and written with the rest of the import, or not at all.
    const created = new Map(
      missing.map((table) => [table, utf8(formatCsv(ERROR_TABLE_COLUMNS, []))] as const),
    );
    loaded = await readForImport(tablesDir, displayDir, created);
  }
  // Import rewrites the vendor's tables from what was read: a row that could not be read would be
  // lost, and a manifest with problems cannot say which tables are the vendor's.
  const vendorFiles = new Set(
    loaded.manifest
      .filter((entry) => entry.vendor === parsed.vendor)
      .map((entry) => `${displayDir}/${entry.table}`),
  );
  // Other vendors' rows of sources.csv are theirs to fix (a table not yet imported, say).
  const otherVendorLines = new Set(
    loaded.raw.sources.records
      .filter((record) => record.cells.vendor !== parsed.vendor)
      .map((record) => record.line),
  );
  const blocking = [...loaded.raw.problems, ...loaded.manifestProblems].filter(
    (problem) =>
      (problem.file === loaded.raw.sources.file && !otherVendorLines.has(problem.line)) ||
      vendorFiles.has(problem.file),
  );
  if (blocking.length > 0) {
    const lines = blocking.map(formatProblem);
    return stop(
      io,
      causeOf(lines, `problems in ${displayDir} to fix first`),
      lines.length > 1 ? lines : [],
    );
  }
  const vendorEntries = loaded.manifest.filter((entry) => entry.vendor === parsed.vendor);
  const chosen =
    vendorEntries.length === 0
      ? undefined
      : sourceForDocument(vendorEntries, tablesDir, documentPath, decoded.text);
  if (chosen !== undefined && 'reason' in chosen) {
    io.err(`${documentName}: ${chosen.reason}`);
    return 1;
  }
  const { rules, problems: ruleProblems, rulesFile } = await readRules(tablesDir, displayDir);
  if (ruleProblems.length > 0) {
    return stop(
      io,
      causeOf(ruleProblems, `problems in ${rulesFile} to fix first`),
      ruleProblems.length > 1 ? ruleProblems : [],
    );
  }
  if (chosen !== undefined && isCodeList(chosen.sourceFile)) {
    return importList({
      rules,
      rulesFile,
      io,
      parsed,
      loaded,
      tablesDir,
      displayDir,
      documentPath,
      documentBytes,
      text: decoded.text,
      sourceFile: chosen.sourceFile,
      created: missing,
    });
  }
  let result;
  try {
    result = importDocument({
      raw: loaded.raw,
      manifest: loaded.manifest,
      vendor: parsed.vendor,
      document: decoded.text,
      documentName,
      ...(chosen !== undefined ? { sourceFile: chosen.sourceFile } : {}),
      rules,
    });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const lines = error.message.split('\n');
    return stop(io, causeOf(lines, `problems with ${documentName}`), lines.length > 1 ? lines : []);
  }

  const copyPath = path.join(tablesDir, result.sourceFile);
  let copiedTo: string | undefined;
  if (copyPath !== documentPath) {
    const current = await readFile(copyPath).catch(() => undefined);
    if (current === undefined || !Buffer.from(current).equals(Buffer.from(documentBytes))) {
      copiedTo = `${displayDir}/${result.sourceFile}`;
    }
  }
  const excessive = parsed.allowRemovals ? [] : excessiveRemovals(result);
  if (excessive.length > 0) {
    const removals = excessive.map(
      (table) =>
        `${displayDir}/${table.table} would lose ${table.removed.length} of its ${table.rowsBefore} rows, more than a quarter`,
    );
    io.err(
      `import stopped, nothing was written: ${causeOf(removals, 'tables would lose more than a quarter of their rows')}`,
    );
    io.out(
      formatImportReport({
        result,
        documentName,
        displayDir,
        mode: 'refused',
        ...(copiedTo !== undefined ? { copiedTo } : {}),
      }).trimEnd(),
    );
    for (const line of removals.length > 1 ? removals : []) io.err(line);
    io.err(
      'Is the page saved whole? If the vendor really dropped those rows, run again with --allow-removals',
    );
    return 1;
  }
  const writes: TableWrites = new Map();
  for (const table of result.tables) {
    if (table.after !== table.before) writes.set(table.table, utf8(table.after));
  }
  if (result.manifest.after !== result.manifest.before)
    writes.set(SOURCES_FILE, utf8(result.manifest.after));
  if (copiedTo !== undefined) writes.set(result.sourceFile, documentBytes);
  const acceptable = await checkWrites(io, {
    current: loaded.raw,
    tablesDir,
    displayDir,
    vendor: parsed.vendor,
    writes,
    vendorTables: result.tables.map((table) => table.table),
    leftToCurate: result.tables.flatMap((table) =>
      table.toCurate.map((row) => ({
        file: `${displayDir}/${table.table}`,
        line: row.line,
        missing: row.missing,
      })),
    ),
  });
  if (!acceptable) return 1;
  if (!parsed.dryRun) await writeTables(tablesDir, writes);
  io.out(
    formatImportReport({
      result,
      documentName,
      displayDir,
      mode: parsed.dryRun ? 'dry-run' : 'written',
      ...(copiedTo !== undefined ? { copiedTo } : {}),
    }).trimEnd(),
  );
  return 0;
}

interface ListImportContext {
  readonly io: CommandIo;
  readonly parsed: ImportArgs;
  readonly loaded: ImportTables;
  readonly tablesDir: string;
  readonly displayDir: string;
  readonly documentPath: string;
  readonly documentBytes: Uint8Array;
  readonly text: string;
  readonly sourceFile: string;
  readonly created: readonly string[];
  readonly rules: readonly CategoryRule[];
  /** The rule table as messages name it (`tables/category-rules.csv`). */
  readonly rulesFile: string;
}

/** The rule table, or its problems; an absent table has no rules. */
async function readRules(
  tablesDir: string,
  displayDir: string,
): Promise<{
  readonly rules: readonly CategoryRule[];
  readonly problems: readonly string[];
  readonly rulesFile: string;
}> {
  const rulesFile = `${displayDir}/${CATEGORY_RULES_FILE}`;
  const rulesText = await readFile(path.join(tablesDir, CATEGORY_RULES_FILE), 'utf8').catch(
    () => '',
  );
  if (rulesText === '') return { rules: [], problems: [], rulesFile };
  return {
    ...parseCategoryRules(rulesText, rulesFile, { envelopes: ENVELOPES, categories: CATEGORIES }),
    rulesFile,
  };
}

/** Imports a code list into the vendor's tables whose source it is; the exit code. */
async function importList(context: ListImportContext): Promise<number> {
  const { io, parsed, loaded, tablesDir, displayDir, sourceFile } = context;
  const { rules, rulesFile } = context;
  let tables;
  try {
    const list = readCodeList(context.text, parsed.document);
    const listEntries = loaded.manifest.filter(
      (entry) => entry.vendor === parsed.vendor && isCodeList(entry.sourceFile),
    );
    const importedTables = new Set(
      listEntries.filter((entry) => entry.sourceFile === sourceFile).map((entry) => entry.table),
    );
    tables = [...importedTables].map((table) => {
      const [first, ...rest] = listEntries.filter((entry) => entry.table === table);
      return importListTable({
        raw: loaded.raw,
        manifest: loaded.manifest,
        rules,
        entries: [first!, ...rest],
        sourceFile,
        list,
      });
    });
  } catch (error) {
    return stop(io, messageOf(error));
  }
  const copyPath = path.join(tablesDir, sourceFile);
  let copiedTo: string | undefined;
  if (copyPath !== context.documentPath) {
    const current = await readFile(copyPath).catch(() => undefined);
    if (current === undefined || !Buffer.from(current).equals(Buffer.from(context.documentBytes)))
      copiedTo = `${displayDir}/${sourceFile}`;
  }
  const writes: TableWrites = new Map();
  for (const table of tables) {
    if (table.after !== table.before || context.created.includes(table.table))
      writes.set(table.table, utf8(table.after));
  }
  if (copiedTo !== undefined) writes.set(sourceFile, context.documentBytes);
  const acceptable = await checkWrites(io, {
    current: loaded.raw,
    tablesDir,
    displayDir,
    vendor: parsed.vendor,
    writes,
    vendorTables: tables.map((table) => table.table),
    leftToCurate: tables.flatMap((table) =>
      table.toCurate.map((row) => ({
        file: `${displayDir}/${table.table}`,
        line: row.line,
        missing: row.missing,
      })),
    ),
  });
  if (!acceptable) return 1;
  if (!parsed.dryRun) await writeTables(tablesDir, writes);
  io.out(
    formatListImportReport({
      vendor: parsed.vendor,
      sourceFile,
      tables,
      displayDir,
      written: !parsed.dryRun,
      created: context.created,
      rulesFile,
      ...(copiedTo !== undefined ? { copiedTo } : {}),
    }).trimEnd(),
  );
  return 0;
}

/** The value of `--name VALUE` or `--name=VALUE`; undefined when absent, '' when it has none. */
function optionValue(args: readonly string[], name: string): string | undefined {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index === -1) return undefined;
  const arg = args[index]!;
  return arg === name ? (args[index + 1] ?? '') : arg.slice(name.length + 1);
}

/**
 * `import --add-product ID [--lists DIR]`: copies a Tencent product's code lists from the
 * vendor-lists folder into tables/sources/, appends its manifest rows to sources.csv (from the
 * folder's README and products.md) and imports its lists into its new table.
 */
async function runAddProduct(args: readonly string[], io: CommandIo): Promise<number> {
  const rootDir = path.resolve(io.rootDir);
  const product = optionValue(args, '--add-product') ?? '';
  if (product === '' || product.startsWith('-')) {
    io.err(`--add-product needs a product id of products.md (mps)\n${commandHelp(importCommand)}`);
    return 2;
  }
  const tablesDir = path.resolve(rootDir, optionValue(args, '--tables') || 'tables');
  const listsDir = path.resolve(rootDir, optionValue(args, '--lists') || DEFAULT_LISTS_DIR);
  const displayDir = displayPath(rootDir, tablesDir);
  let added: ProductRows;
  let manifestText: string;
  try {
    const lists = await readVendorLists(listsDir);
    const raw = await readTables(tablesDir, { displayDir });
    manifestText = raw.sources.text;
    const commonRow = raw.sources.records.find(
      (record) => record.cells.table === TENCENT_COMMON_TABLE,
    )?.cells;
    added = await productRows(lists, product, commonRow);
    const known = raw.sources.records.find((record) => record.cells.vendor === added.vendor);
    if (known !== undefined)
      return stop(io, `${raw.sources.file}:${known.line} already gives a table to ${added.vendor}`);
  } catch (error) {
    return stop(io, messageOf(error));
  }
  const rows = added.rows.map((row) => MANIFEST_COLUMNS.map((column) => row[column]));
  const appended = formatCsv(MANIFEST_COLUMNS, rows).split('\n').slice(1).join('\n');
  // The lists' copies and the manifest rows land together, or not at all.
  const writes: TableWrites = new Map();
  for (const copy of added.copies) writes.set(copy.sourceFile, await readFile(copy.from));
  writes.set(SOURCES_FILE, utf8(`${manifestText.replace(/\n?$/, '\n')}${appended}`));
  await writeTables(tablesDir, writes);
  for (const copy of added.copies)
    io.out(`copied ${displayPath(rootDir, copy.from)} to ${displayDir}/${copy.sourceFile}`);
  io.out(`added ${rows.length} rows for ${added.vendor} to ${displayDir}/${SOURCES_FILE}`);
  const [first] = added.copies;
  if (first === undefined) return stop(io, `${product}: no list to import`);
  // The zh list; a table is built from all of its lists, so one import writes it whole.
  const relative = (to: string): string => path.relative(rootDir, to) || '.';
  return runImportCommand(
    [
      added.vendor,
      relative(path.join(tablesDir, first.sourceFile)),
      '--tables',
      relative(tablesDir),
    ],
    io,
  );
}

export const importCommand: Command = {
  name: 'import',
  usage:
    'import VENDOR DOCUMENT [--dry-run] [--allow-removals] [--tables DIR] | --add-product ID [--lists DIR]',
  summary:
    "rewrite a vendor's tables from a new copy of its page (saved as text), keeping the curated cells, and list what changed",
  options: [
    ['VENDOR', 'the vendor id, as sources.csv names it (kingsoft-live)'],
    [
      'DOCUMENT',
      "the page's text, UTF-8; copied over the vendor's copy in tables/sources/ when it differs",
    ],
    ['--dry-run', 'print what would change; write nothing'],
    [
      '--allow-removals',
      "remove more than a quarter of a table's rows when the page lacks them (otherwise import stops and writes nothing)",
    ],
    ['--tables DIR', 'the tables directory (default tables)'],
    [
      '--add-product ID',
      "add a Tencent Cloud product of the vendor lists' products.md (mps): copy its lists, write its sources.csv rows, import",
    ],
    ['--lists DIR', `the vendor-lists folder (default ${DEFAULT_LISTS_DIR})`],
  ],
  run: runImportCommand,
};
