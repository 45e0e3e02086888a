// The diff report's invariant on random table edits: it is empty exactly when generated/ (code and docs) is unchanged.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffTables } from '../generator/diff/diff-tables.js';
import { formatDiffReport, noChanges } from '../generator/diff/format-diff-report.js';
import { emitPackageShells } from '../generator/emit/registry.js';
import { formatFiles } from '../generator/format/format.js';
import { formatCsv } from '../generator/import/table-csv.js';
import { buildModel } from '../generator/model/build-model.js';
import type { PackageModel } from '../generator/model/model.js';
import {
  ALIASES_FILE,
  CATEGORIES,
  CATEGORY_RULE_COLUMNS,
  CATEGORY_RULES_FILE,
  ERROR_TABLE_COLUMNS,
  MANIFEST_COLUMNS,
  SOURCES_FILE,
} from '../generator/schema/schema.js';
import { familyRuleFor } from '../generator/shipped/runtime/family-rules.js';
import { FIXTURE_TABLES, schemaTables, TEST_RELEASE } from './helpers/tables.js';
import { useTemporaryDirs, writeTree } from './helpers/temporary.js';

const temporaryDir = useTemporaryDirs();

/** A CSV file as rows of cells, header first. */
type Csv = string[][];
/** The tables of a tables/ directory by file name (documents are left out: the schema alone builds the model). */
type Tables = Record<string, Csv>;

const LIST_TABLE = 'tencent-live-list.csv';

/**
 * The fixture project's tables, plus a code list for CSS Live that declares some of the page's
 * codes and one of its own: so that an edit can drop a page row of a code a list still declares.
 */
async function fixtureTables(): Promise<Tables> {
  const tables: Tables = {};
  for (const name of await readdir(FIXTURE_TABLES)) {
    if (!name.endsWith('.csv')) continue;
    tables[name] = parse(await readFile(path.join(FIXTURE_TABLES, name), 'utf8')) as Csv;
  }
  const manifest = tables[SOURCES_FILE]!;
  const column = (name: (typeof MANIFEST_COLUMNS)[number]): number =>
    MANIFEST_COLUMNS.indexOf(name);
  const page = manifest.find((row) => row[column('table')] === 'tencent-live.csv')!;
  const list = [...page];
  const listPath = 'tencentcloud/live/v20180801/errors.go';
  for (const [name, value] of [
    ['table', LIST_TABLE],
    ['document', 'tencentcloud-sdk-go live/v20180801/errors.go'],
    ['section', '此产品的特有错误码'],
    ['date', '2026-08-21'],
    ['source_file', `sources/tencentcloud-sdk-go/${listPath}`],
    ['document_url', ''],
    ['repository', 'TencentCloud/tencentcloud-sdk-go'],
    ['commit', '144f6c8d39e4'],
    ['repository_path', listPath],
  ] as const)
    list[column(name)] = value;
  manifest.push(list);
  const pageRows = tables['tencent-live.csv']!.slice(1);
  const cell = (row: string[], name: (typeof ERROR_TABLE_COLUMNS)[number]): string =>
    row[ERROR_TABLE_COLUMNS.indexOf(name)]!;
  tables[LIST_TABLE] = [
    [...ERROR_TABLE_COLUMNS],
    // A list declares a code with its description only; curated cells agree with the page's.
    ...pageRows
      .filter((_, index) => index % 2 === 0)
      .map((row) =>
        ERROR_TABLE_COLUMNS.map((name) =>
          name === 'http_status' || name === 'message' || name === 'description_en'
            ? ''
            : cell(row, name),
        ),
      ),
    [
      'InternalError.ListOnly',
      '',
      '',
      '只在列表中。',
      '',
      'InternalErrorListOnly',
      'internal',
      'true',
    ],
  ];
  // Family rules for the Tencent code sets: plain and keyword rules, an `unknown` class, a catch-all.
  tables[CATEGORY_RULES_FILE] = [
    [...CATEGORY_RULE_COLUMNS],
    ['tencent-api3', 'InternalError', '', 'internal', 'true', 'the server failed'],
    ['tencent-api3', 'FailedOperation', '', 'unknown', 'false', 'nothing to decide by'],
    ['tencent-api3', 'FailedOperation', 'Network|Busy', 'unavailable', 'true', 'a dependency'],
    ['tencent-api3', 'LimitExceeded', '', 'quota', 'false', 'a count is reached'],
    ['tencent-api3', 'LimitExceeded', 'Rate', 'rate-limit', 'true', 'per unit of time'],
    ['tencent-api3', '*', '', 'unknown', 'false', 'any other class'],
    ['tencent-api3', '*', 'NotFound|NotExist', 'not-found', 'false', 'not there'],
  ];
  return tables;
}

const isErrorTable = (name: string): boolean =>
  name !== SOURCES_FILE && name !== ALIASES_FILE && name !== CATEGORY_RULES_FILE;

/** One random edit of the tables, as a maintainer or an import makes it; indexes wrap around. */
type Edit =
  | {
      kind: 'cell';
      table: number;
      row: number;
      column: 'message' | 'description_zh' | 'description_en';
      value: string;
    }
  | { kind: 'status'; table: number; row: number; value: string }
  | { kind: 'curated'; table: number; row: number; column: 'category' | 'retryable'; value: string }
  | { kind: 'rename'; table: number; row: number }
  | { kind: 'remove'; table: number; row: number }
  | { kind: 'swap'; table: number; row: number; other: number }
  | { kind: 'add'; table: number; row: number; variant: boolean }
  | { kind: 'manifest'; row: number; column: 'date' | 'document_url' | 'section'; value: string }
  | {
      kind: 'rule';
      row: number;
      column: 'keyword' | 'category' | 'retryable' | 'reason';
      value: string;
    }
  | { kind: 'remove-rule'; row: number }
  | { kind: 'swap-rules'; row: number; other: number }
  | { kind: 'add-rule'; row: number; prefix: string; keyword: string; category: string };

/** Text with the characters Markdown and CSV treat specially, so that escaping is exercised too. */
const cellText = fc
  .array(fc.constantFrom('a', 'B', ' ', '|', '*', '_', '`', ',', '"', '错', '<', '%s'), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join('').trim())
  .filter((text) => text !== '');

const index = fc.nat({ max: 50 });

const RULE_PREFIXES = ['InternalError', 'FailedOperation', 'LimitExceeded', 'NewClass', '*'];
const RULE_KEYWORDS = ['', 'Busy', 'Rate', 'NotFound', 'Timeout|Busy', 'NotExist'];

const RULE_EDIT: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('rule' as const),
    row: index,
    column: fc.constantFrom(
      'keyword' as const,
      'category' as const,
      'retryable' as const,
      'reason' as const,
    ),
    value: fc.oneof(fc.constantFrom(...RULE_KEYWORDS, ...CATEGORIES, 'true', 'false'), cellText),
  }),
  fc.record({ kind: fc.constant('remove-rule' as const), row: index }),
  fc.record({ kind: fc.constant('swap-rules' as const), row: index, other: index }),
  fc.record({
    kind: fc.constant('add-rule' as const),
    row: index,
    prefix: fc.constantFrom(...RULE_PREFIXES),
    keyword: fc.constantFrom(...RULE_KEYWORDS),
    category: fc.constantFrom(...CATEGORIES),
  }),
);

const EDIT: fc.Arbitrary<Edit> = fc.oneof(
  RULE_EDIT,
  fc.record({
    kind: fc.constant('cell' as const),
    table: index,
    row: index,
    column: fc.constantFrom(
      'message' as const,
      'description_zh' as const,
      'description_en' as const,
    ),
    value: cellText,
  }),
  fc.record({
    kind: fc.constant('status' as const),
    table: index,
    row: index,
    value: fc.constantFrom('', '400', '404', '503'),
  }),
  fc.record({
    kind: fc.constant('curated' as const),
    table: index,
    row: index,
    column: fc.constantFrom('category' as const, 'retryable' as const),
    value: fc.constantFrom(...CATEGORIES, 'true', 'false'),
  }),
  fc.record({ kind: fc.constant('rename' as const), table: index, row: index }),
  fc.record({ kind: fc.constant('remove' as const), table: index, row: index }),
  fc.record({ kind: fc.constant('swap' as const), table: index, row: index, other: index }),
  fc.record({ kind: fc.constant('add' as const), table: index, row: index, variant: fc.boolean() }),
  fc.record({
    kind: fc.constant('manifest' as const),
    row: index,
    column: fc.constantFrom('date' as const, 'document_url' as const, 'section' as const),
    value: fc.constantFrom('', '2027-01-02', 'https://example.com/errors', 'Other section'),
  }),
);

const col = (name: (typeof ERROR_TABLE_COLUMNS)[number]): number =>
  ERROR_TABLE_COLUMNS.indexOf(name);

/** Applies an edit to a copy of the tables; the edited tables may not validate (the run is then skipped). */
function applyEdit(tables: Tables, edit: Edit, serial: number): void {
  const rules = tables[CATEGORY_RULES_FILE]!;
  const ruleAt = (row: number): number => 1 + (row % Math.max(1, rules.length - 1));
  switch (edit.kind) {
    case 'rule': {
      const rule = rules[ruleAt(edit.row)];
      if (rule !== undefined) rule[CATEGORY_RULE_COLUMNS.indexOf(edit.column)] = edit.value;
      return;
    }
    case 'remove-rule':
      if (rules.length > 1) rules.splice(ruleAt(edit.row), 1);
      return;
    case 'swap-rules': {
      const [at, other] = [ruleAt(edit.row), ruleAt(edit.other)];
      if (rules[at] !== undefined && rules[other] !== undefined)
        [rules[at], rules[other]] = [rules[other]!, rules[at]!];
      return;
    }
    case 'add-rule': {
      const retryable = String(edit.category === 'unavailable' || edit.category === 'rate-limit');
      const rule = ['tencent-api3', edit.prefix, edit.keyword, edit.category, retryable, 'added'];
      rules.splice(ruleAt(edit.row), 0, rule);
      return;
    }
  }
  if (edit.kind === 'manifest') {
    const rows = tables[SOURCES_FILE]!;
    const row = rows[1 + (edit.row % (rows.length - 1))]!;
    row[MANIFEST_COLUMNS.indexOf(edit.column)] = edit.value;
    return;
  }
  const names = Object.keys(tables).filter(isErrorTable).sort();
  const rows = tables[names[edit.table % names.length]!]!;
  const at = 1 + (edit.row % (rows.length - 1));
  const row = rows[at]!;
  const code = row[col('code')]!;
  /** Curated cells are the code's, on every table that documents it: a list agrees with its page. */
  const everyRowOfCode = (apply: (other: string[]) => void): void => {
    for (const other of names.flatMap((name) => tables[name]!.slice(1)))
      if (other[col('code')] === code) apply(other);
  };
  switch (edit.kind) {
    case 'cell':
    case 'status':
      row[col(edit.kind === 'cell' ? edit.column : 'http_status')] = edit.value;
      return;
    case 'curated': {
      const column = edit.value === 'true' || edit.value === 'false' ? 'retryable' : 'category';
      everyRowOfCode((other) => (other[col(column)] = edit.value));
      return;
    }
    case 'rename':
      everyRowOfCode((other) => (other[col('name')] = `Renamed${serial}`));
      return;
    case 'remove':
      if (rows.length > 2) rows.splice(at, 1);
      return;
    case 'swap': {
      const other = 1 + (edit.other % (rows.length - 1));
      [rows[at], rows[other]] = [rows[other]!, rows[at]!];
      return;
    }
    case 'add': {
      const added = [...row];
      if (edit.variant) added[col('message')] = `Another message ${serial}.`;
      else {
        added[col('code')] = `${/^\d+$/.test(code) ? '9' : 'New.Code'}${serial}`;
        added[col('name')] = `NewCode${serial}`;
      }
      rows.splice(at + 1, 0, added);
    }
  }
}

/** The model of the tables by the schema alone, or undefined when they do not validate. */
async function modelOf(tables: Tables): Promise<PackageModel | undefined> {
  const dir = path.join(await temporaryDir('diff-property-'), 'tables');
  await writeTree(
    dir,
    Object.fromEntries(
      Object.entries(tables).map(([name, [header, ...rows]]) => [name, formatCsv(header!, rows)]),
    ),
  );
  try {
    return buildModel(await schemaTables(dir), TEST_RELEASE);
  } catch {
    return undefined;
  }
}

/** What generate writes for a model, formatted, by path. */
async function generatedFiles(model: PackageModel): Promise<Map<string, string>> {
  const files = await formatFiles(emitPackageShells(model));
  return new Map(files.map((file) => [file.path, file.contents]));
}

const sameFiles = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean =>
  a.size === b.size && [...a].every(([name, contents]) => b.get(name) === contents);

describe('the diff report on random table edits', () => {
  let baseTables: Tables;
  let baseModel: PackageModel;
  let baseFiles: Map<string, string>;
  beforeAll(async () => {
    baseTables = await fixtureTables();
    baseModel = (await modelOf(baseTables))!;
    expect(baseModel).toBeDefined();
    baseFiles = await generatedFiles(baseModel);
  });

  it('is empty exactly when generated/ is unchanged', async () => {
    let changed = 0;
    let unchanged = 0;
    let changedByRules = 0;
    let unchangedByRules = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(EDIT, { maxLength: 3 }), async (edits) => {
        const tables = structuredClone(baseTables);
        for (const [serial, edit] of edits.entries()) applyEdit(tables, edit, serial);
        const model = await modelOf(tables);
        fc.pre(model !== undefined);
        const same = sameFiles(baseFiles, await generatedFiles(model!));
        const report = diffTables(baseModel, model!);
        if (same) unchanged += 1;
        else changed += 1;
        expect(report.vendors.length + report.rules.length === 0, JSON.stringify(edits)).toBe(same);
        expect(report.impact === 'none').toBe(same);
        expect(formatDiffReport(report) === `${noChanges()}\n`).toBe(same);
        if (edits.some((edit) => edit.kind.includes('rule')))
          if (same) unchangedByRules += 1;
          else changedByRules += 1;
      }),
      // Each run generates the package once: bounded, so the property costs seconds. A rule's
      // reason alone is not in the package: that edit is always among the runs.
      {
        numRuns: 50,
        maxSkipsPerRun: 20,
        examples: [[[{ kind: 'rule', row: 2, column: 'reason', value: 'another reason' }]]],
      },
    );
    // Both sides of the "exactly when" were exercised.
    expect(changed).toBeGreaterThan(0);
    expect(unchanged).toBeGreaterThan(0);
    // Rule edits were among both (a reason alone reaches nothing generated).
    expect(changedByRules).toBeGreaterThan(0);
    expect(unchangedByRules).toBeGreaterThan(0);
  });

  /** Codes the rules can tell apart: each prefix alone, with no word, and with one or two words. */
  function probeCodes(): string[] {
    const words = ['', 'x', 'Network', 'Busy', 'Rate', 'NotFound', 'NotExist', 'Timeout'];
    const classes = ['InternalError', 'FailedOperation', 'LimitExceeded', 'NewClass', 'Other'];
    return classes.flatMap((prefix) => [
      prefix,
      ...words.flatMap((first) =>
        words.map((second) => `${prefix}.${first}${second === first ? '' : second}`),
      ),
    ]);
  }

  /** What the family rules decide for a code at run time: `unknown` leaves it to the status. */
  const decision = (model: PackageModel, code: string): string => {
    const codeSet = model.vendors
      .flatMap((vendor) => vendor.codeSets)
      .find((set) => set.envelope === 'tencent-api3')!;
    const rule = familyRuleFor(codeSet.familyRules, code);
    return rule === undefined || rule.category === 'unknown'
      ? 'none'
      : `${rule.category} ${rule.retryable}`;
  };

  it('calls a rule edit major when it changes a decision, minor when it only adds some', async () => {
    const codes = probeCodes();
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(RULE_EDIT, { minLength: 1, maxLength: 3 }), async (edits) => {
        const tables = structuredClone(baseTables);
        for (const [serial, edit] of edits.entries()) applyEdit(tables, edit, serial);
        const model = await modelOf(tables);
        fc.pre(model !== undefined);
        const pairs = codes.map((code) => [decision(baseModel, code), decision(model!, code)]);
        const changedDecision = pairs.some(
          ([before, after]) => before !== 'none' && before !== after,
        );
        const addedDecision = pairs.some(
          ([before, after]) => before === 'none' && after !== 'none',
        );
        const impact = diffTables(baseModel, model!).impact;
        seen.add(impact);
        if (changedDecision) expect(impact, JSON.stringify(edits)).toBe('major');
        else if (addedDecision) expect(['minor', 'major'], JSON.stringify(edits)).toContain(impact);
      }),
      // A rule for a new class, a rule removed and a reason are always among the runs.
      {
        numRuns: 200,
        maxSkipsPerRun: 20,
        examples: [
          [[{ kind: 'add-rule', row: 0, prefix: 'NewClass', keyword: '', category: 'internal' }]],
          [[{ kind: 'remove-rule', row: 0 }]],
          [[{ kind: 'rule', row: 0, column: 'reason', value: 'why' }]],
        ],
      },
    );
    expect([...seen]).toEqual(expect.arrayContaining(['major', 'minor', 'none']));
  });
});
