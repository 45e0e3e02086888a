// Writes a seeded synthetic tables/ directory, N times the committed row counts, with source documents that pass fidelity.

import { mkdir, writeFile } from 'node:fs/promises';
import { STATUS_CODES } from 'node:http';
import path from 'node:path';
import fc from 'fast-check';
import { CATEGORIES, type ErrorCategory } from '../generator/model/model.js';
import { loadModel } from '../generator/load-model.js';
import { isCodeList } from '../generator/documents/source-kinds.js';
import { csvCell, formatCsv } from '../generator/import/table-csv.js';
import {
  ALIAS_COLUMNS,
  ERROR_TABLE_COLUMNS,
  type Envelope,
  type ManifestEntry,
} from '../generator/schema/schema.js';
import { bodyWith } from '../generator/shipped/runtime/envelope-fields.js';
import { twinKeys } from '../generator/validate/check-curation-twins.js';
import { CHANGELOG_FILE } from '../generator/release/changelog.js';

/** One synthetic row, in the columns of an error table. */
interface SyntheticRow {
  readonly code: string;
  readonly httpStatus?: number;
  readonly message?: string;
  readonly zh?: string;
  readonly en?: string;
  readonly name: string;
  readonly category: ErrorCategory;
  readonly retryable: boolean;
}

/** The random parts of one row; the parts that must be unique (codes, names) come from counters. */
interface RowDraw {
  readonly nameWords: readonly string[];
  readonly messageWords: readonly string[];
  readonly zhWords: readonly string[];
  readonly enWords: readonly string[];
  readonly category: ErrorCategory;
  readonly retryable: boolean;
  readonly status: number;
  readonly tencentCategory: string;
  /** 0-99: decides the shape-specific choices (template, extra variants, reuse, Upyun detail). */
  readonly roll: number;
  readonly gap: number;
}

/** A word list written as text: words separated by blanks. */
const words = (text: string): string[] => text.trim().split(/\s+/);

const NAME_WORDS = words(`
  Stream Domain Bucket Task Record Media Session Policy Quota Template Region Account
  Signature Timestamp File Upload Part Invalid Missing NotFound Exceeded Denied Expired Busy
  Conflict Config Cert Watermark Callback Snapshot Transcode Pull Push Channel Input Output
  Plan Key
`);
const MESSAGE_WORDS = words(`
  stream domain bucket request parameter invalid not found task record media session key
  policy quota limit exceeded template region account signature timestamp file upload part
  length missing denied expired busy the is of for this has been already too many wrong type
`);
const ZH_WORDS = words(`
  参数 错误 资源 不存在 请求 超过 限制 内部 服务 超时 权限 不足 域名 直播流 任务 录制 证书 模版 配置
  获取 失败 已 被 封禁 账号 欠费 请稍后重试 请检查 ， （ ）
`);
const TENCENT_CATEGORIES = words(`
  AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue
  LimitExceeded MissingParameter ResourceInUse ResourceNotFound ResourceUnavailable
  UnauthorizedOperation UnsupportedOperation
`);
const STATUSES = [400, 401, 403, 404, 409, 412, 429, 500, 503];

const rowDraw: fc.Arbitrary<RowDraw> = fc.record({
  nameWords: fc.array(fc.constantFrom(...NAME_WORDS), { minLength: 1, maxLength: 3 }),
  messageWords: fc.array(fc.constantFrom(...MESSAGE_WORDS), { minLength: 2, maxLength: 10 }),
  zhWords: fc.array(fc.constantFrom(...ZH_WORDS), { minLength: 2, maxLength: 12 }),
  enWords: fc.array(fc.constantFrom(...MESSAGE_WORDS), { minLength: 2, maxLength: 8 }),
  category: fc.constantFrom(...CATEGORIES),
  retryable: fc.boolean(),
  status: fc.constantFrom(...STATUSES),
  tencentCategory: fc.constantFrom(...TENCENT_CATEGORIES),
  roll: fc.integer({ min: 0, max: 99 }),
  gap: fc.integer({ min: 1, max: 2 }),
});

const sentence = (words: readonly string[]): string => {
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
};
// A description starts with a Han word: the Kingsoft v1 layout has no column marker before it.
const zhSentence = (words: readonly string[]): string => `${ZH_WORDS[0]}${words.join('')}。`;

/** How a table's rows look and how its document lays them out; picked by the table's layout. */
interface TableShape {
  /** Builds the rows; `draws` has one draw per row (plus spares), `count` is the target row count. */
  readonly rows: (draws: RowDraw[], count: number, context: ShapeContext) => SyntheticRow[];
  readonly layout: 'markdown' | 'upyun-pipe' | 'space' | 'code-list';
  /** Space layout: the header line, as the vendor writes it. */
  readonly header?: string;
  /** Space layout: write the reason phrase after the status (`404 Not Found`), as Baidu does. */
  readonly reasonPhrase?: boolean;
}

/**
 * What tables of one code set share: a counter that keeps codes and names unique, earlier rows;
 * and what the table being written takes from its manifest rows.
 */
interface ShapeContext {
  next: number;
  readonly earlierRows: ReadonlyMap<string, readonly SyntheticRow[]>;
  /** The code set's first page table (Tencent's common codes), once one is written. */
  firstPageTable?: string;
  /** The description languages the table's documents fill. */
  languages: ReadonlySet<'zh' | 'en'>;
}

const counter = (context: ShapeContext): number => {
  context.next += 1;
  return context.next;
};

/** Tencent API 3.0: dotted codes (`InternalError.ConfNotFound`), names without the dot, no status. */
function tencentRows(
  draws: RowDraw[],
  count: number,
  context: ShapeContext,
  reuseFrom?: string,
): SyntheticRow[] {
  // Each common code once, in its own order.
  const reusable = [
    ...new Map(
      (context.earlierRows.get(reuseFrom ?? '') ?? []).map((row) => [row.code, row]),
    ).values(),
  ];
  const descriptions = (draw: RowDraw, zh: string): Pick<SyntheticRow, 'zh' | 'en'> => ({
    ...(context.languages.has('zh') ? { zh } : {}),
    ...(context.languages.has('en') ? { en: sentence(draw.enWords) } : {}),
  });
  return draws.slice(0, count).map((draw): SyntheticRow => {
    // About a quarter of the business codes repeat a common code, as 14 of CSS Live's 50 do.
    const reused = draw.roll < 28 ? reusable.shift() : undefined;
    const zh = zhSentence(draw.zhWords);
    if (reused !== undefined) {
      return {
        code: reused.code,
        name: reused.name,
        ...descriptions(draw, zh),
        category: reused.category,
        retryable: reused.retryable,
      };
    }
    const detail = `${draw.nameWords.join('')}${counter(context)}`;
    const code =
      draw.roll < 35
        ? `${draw.tencentCategory}${counter(context)}`
        : `${draw.tencentCategory}.${detail}`;
    return {
      code,
      name: code.replace('.', ''),
      ...descriptions(draw, zh),
      category: draw.category,
      retryable: draw.retryable,
    };
  });
}

/**
 * String codes with an HTTP status and an English message; a third of the codes come in two or
 * three variants that differ in message and status (Kingsoft's InvalidParameterValue).
 */
function variantRows(
  draws: RowDraw[],
  count: number,
  context: ShapeContext,
  template: (draw: RowDraw) => string,
  maxVariants: number,
): SyntheticRow[] {
  const rows: SyntheticRow[] = [];
  let drawIndex = 0;
  while (rows.length < count) {
    const draw = draws[drawIndex++]!;
    const id = counter(context);
    const code = `${draw.nameWords.join('')}${id}`;
    const variants = Math.min(
      draw.roll < 20 ? 3 : draw.roll < 35 ? 2 : 1,
      maxVariants,
      count - rows.length,
    );
    const messages = new Set<string>();
    for (let variant = 0; variant < variants; variant += 1) {
      const variantDraw = variant === 0 ? draw : draws[drawIndex++]!;
      let message = template(variantDraw);
      // Variants are told apart by message: never two equal ones.
      while (messages.has(message)) message = `${message} Again`;
      messages.add(message);
      rows.push({
        code,
        name: code,
        httpStatus: variantDraw.status,
        message,
        zh: zhSentence(variantDraw.zhWords),
        category: draw.category,
        retryable: draw.retryable,
      });
    }
  }
  return rows;
}

const kingsoftMessage = (draw: RowDraw): string =>
  draw.roll % 3 === 0
    ? `The input parameter “%s” ${draw.messageWords.join(' ')}.`
    : sentence(draw.messageWords);
const baiduMessage = (draw: RowDraw): string =>
  draw.roll % 4 === 0
    ? `Media mda-xxx ${draw.messageWords.join(' ')}`
    : sentence(draw.messageWords);

/** Kingsoft v1: rising integer RetCodes with gaps, English RetMsg, Chinese meaning, no status. */
function retCodeRows(draws: RowDraw[], count: number, context: ShapeContext): SyntheticRow[] {
  let code = 999;
  return draws.slice(0, count).map((draw): SyntheticRow => {
    code += draw.gap;
    const words = draw.nameWords.join('');
    return {
      code: String(code),
      name: `${words}${counter(context)}`,
      message: draw.messageWords.join(' '),
      zh: zhSentence(draw.zhWords),
      category: draw.category,
      retryable: draw.retryable,
    };
  });
}

/** Upyun: 8-digit codes that begin with their HTTP status, lowercase message, rare Chinese detail. */
function upyunRows(draws: RowDraw[], count: number, context: ShapeContext): SyntheticRow[] {
  const nextOfStatus = new Map<number, number>();
  return draws.slice(0, count).map((draw): SyntheticRow => {
    const serial = nextOfStatus.get(draw.status) ?? 0;
    nextOfStatus.set(draw.status, serial + 1);
    return {
      code: String(draw.status * 100_000 + serial),
      httpStatus: draw.status,
      message: draw.messageWords.join(' '),
      ...(draw.roll < 10 ? { zh: zhSentence(draw.zhWords) } : {}),
      name: `${draw.nameWords.join('')}${counter(context)}`,
      category: draw.category,
      retryable: draw.retryable,
    };
  });
}

/** A row of a code list: its code and name marked as the list's own. */
const listRow = (row: SyntheticRow): SyntheticRow => ({
  ...row,
  code: `${row.code}Sdk`,
  name: `${row.name}Sdk`,
});

/** A page table's shape by its envelope: how that vendor's page lays out its codes. */
const PAGE_SHAPES: Readonly<Record<Envelope, TableShape>> = {
  // A later page table of a Tencent code set repeats some of its first's (common) codes.
  'tencent-api3': {
    layout: 'markdown',
    rows: (draws, count, context) => tencentRows(draws, count, context, context.firstPageTable),
  },
  bce: {
    layout: 'space',
    header: '错误码 错误消息 HTTP状态码 描述',
    reasonPhrase: true,
    // Baidu lists every code once.
    rows: (draws, count, context) => variantRows(draws, count, context, baiduMessage, 1),
  },
  'kingsoft-openapi': {
    layout: 'space',
    header: '错误代码(Code) 错误消息(Message) HTTP 状态码 中文描述(语义)',
    rows: (draws, count, context) => variantRows(draws, count, context, kingsoftMessage, 3),
  },
  'kingsoft-v1': { layout: 'space', header: 'RetCode RetMsg 含义', rows: retCodeRows },
  upyun: { layout: 'upyun-pipe', rows: upyunRows },
};

/**
 * Tencent's SDK code lists: codes of their own (a page's code set may share its table with
 * another set's counter, so the codes carry a mark), in the languages of the table's lists.
 */
const CODE_LIST_SHAPE: TableShape = {
  layout: 'code-list',
  rows: (draws, count, context) => tencentRows(draws, count, context).map(listRow),
};

/** A table's shape by its layout: a code list, else its envelope's page. */
const shapeOf = (entry: ManifestEntry): TableShape =>
  isCodeList(entry.sourceFile) ? CODE_LIST_SHAPE : PAGE_SHAPES[entry.envelope];

/**
 * Random words make twins (one description, or one sub-code, for two codes of a code set), which
 * validate requires to be curated alike: every row takes the category and retryable of the first
 * row it is a twin of, directly or through others.
 */
function agreeTwins(tables: readonly string[], rowsByTable: Map<string, SyntheticRow[]>): void {
  const placed = tables.flatMap((table) =>
    (rowsByTable.get(table) ?? []).map((row, index) => ({ table, index, row })),
  );
  const parent = placed.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const firstWithKey = new Map<string, number>();
  placed.forEach(({ row }, index) => {
    const texts = { code: row.code, description: { zh: row.zh, en: row.en }, message: row.message };
    for (const key of [`the code ${row.code}`, ...twinKeys(texts)]) {
      const first = firstWithKey.get(key);
      if (first === undefined) firstWithKey.set(key, index);
      else {
        const [a, b] = [root(first), root(index)];
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  placed.forEach(({ table, index: rowIndex, row }, index) => {
    const { category, retryable } = placed[root(index)]!.row;
    rowsByTable.get(table)![rowIndex] = { ...row, category, retryable };
  });
}

/**
 * The tables whose rows validate compares as twins, each scope once: a code set's tables, joined
 * with every other code set's that shares a table with it (Tencent's common codes are listed for
 * two products), so that agreeing one code set cannot undo another's.
 */
function twinScopes(manifest: readonly ManifestEntry[]): string[][] {
  const scopes: Set<string>[] = [];
  for (const codeSet of new Set(manifest.map((row) => row.codeSet))) {
    const tables = new Set(
      manifest.filter((row) => row.codeSet === codeSet).map((row) => row.table),
    );
    for (const scope of scopes.filter((other) => [...other].some((table) => tables.has(table)))) {
      for (const table of scope) tables.add(table);
      scopes.splice(scopes.indexOf(scope), 1);
    }
    scopes.push(tables);
  }
  return scopes.map((scope) => [...scope]);
}

function tableCsv(rows: readonly SyntheticRow[]): string {
  const lines = rows.map((row) =>
    [
      row.code,
      row.httpStatus?.toString() ?? '',
      row.message ?? '',
      row.zh ?? '',
      row.en ?? '',
      row.name,
      row.category,
      String(row.retryable),
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[ERROR_TABLE_COLUMNS.join(','), ...lines].join('\n')}\n`;
}

/** The section of a document that holds one table, in the table's own layout and the manifest row's language. */
function documentSection(
  row: ManifestEntry,
  shape: TableShape,
  rows: readonly SyntheticRow[],
): string[] {
  const description = (synthetic: SyntheticRow): string =>
    (row.language === 'en' ? synthetic.en : synthetic.zh) ?? '';
  if (shape.layout === 'code-list') {
    // A const block: its heading, then each code under its description, as the SDKs write them.
    return [
      `\t// ${row.section}`,
      '',
      ...rows.flatMap((synthetic) => [
        `\t// ${description(synthetic)}`,
        `\t${synthetic.code.toUpperCase().replaceAll('.', '_')} = ${JSON.stringify(synthetic.code)}`,
        '',
      ]),
      ')',
      '',
    ];
  }
  const lines = [`## ${row.section}`, ''];
  if (shape.layout === 'markdown') {
    lines.push(
      row.language === 'en' ? '| Error Code | Description |' : '| 错误码 | 说明 |',
      '|--------|------|',
    );
    for (const synthetic of rows) lines.push(`| ${synthetic.code} | ${description(synthetic)} |`);
  } else if (shape.layout === 'upyun-pipe') {
    lines.push('HTTP 状态码 | 返回代码 | 含义 | 详细说明 |');
    for (const synthetic of rows) {
      const detail = description(synthetic);
      lines.push(
        `${synthetic.httpStatus} | ${synthetic.code} | ${synthetic.message} | ${detail === '' ? '' : `${detail} `}|`,
      );
    }
  } else {
    lines.push(shape.header!);
    for (const synthetic of rows) {
      const status = synthetic.httpStatus === undefined ? [] : [String(synthetic.httpStatus)];
      const reason =
        shape.reasonPhrase && synthetic.httpStatus !== undefined
          ? [STATUS_CODES[synthetic.httpStatus]!]
          : [];
      lines.push(
        [synthetic.code, synthetic.message!, ...status, ...reason, description(synthetic)].join(
          ' ',
        ),
      );
    }
  }
  lines.push('');
  return lines;
}

export interface SyntheticTablesOptions {
  /** The project root: the committed tables/ give the manifest and the row count of each table. */
  readonly rootDir: string;
  /** Rows per committed row: 1, 10, 100. */
  readonly scale: number;
  readonly seed: number;
}

export interface SyntheticTables {
  /** File contents by path relative to the tables directory. */
  readonly files: ReadonlyMap<string, string>;
  /** Error-table rows written, summed over the tables. */
  readonly rows: number;
}

/** The synthetic tables/ as file contents: same manifest, same shapes, `scale` times the rows. */
export async function syntheticTables(options: SyntheticTablesOptions): Promise<SyntheticTables> {
  const loaded = await loadModel(path.join(options.rootDir, 'tables'));
  if (!loaded.ok)
    throw new Error(
      `the committed tables have ${loaded.problems.length} problems; run npm run validate`,
    );
  const committed = loaded.raw;
  const manifest = loaded.manifest;
  const rowsByTable = new Map<string, SyntheticRow[]>();
  const contextOfSet = new Map<string, ShapeContext>();
  let seed = options.seed;
  for (const table of committed.errorTables) {
    const entries = manifest.filter((row) => row.table === table.name);
    const shape = shapeOf(entries[0]!);
    const codeSet = entries[0]!.codeSet;
    const context = contextOfSet.get(codeSet) ?? {
      next: 0,
      earlierRows: rowsByTable,
      languages: new Set(),
    };
    contextOfSet.set(codeSet, context);
    context.languages = new Set(entries.map((row) => row.language));
    const count = table.records.length * options.scale;
    // Spare draws for the extra variants of multi-variant codes.
    const draws = fc.sample(rowDraw, { seed: seed++, numRuns: count * 3 });
    rowsByTable.set(table.name, shape.rows(draws, count, context));
    if (shape.layout !== 'code-list') context.firstPageTable ??= table.name;
  }

  for (const tables of twinScopes(manifest)) agreeTwins(tables, rowsByTable);

  const files = new Map<string, string>();
  files.set('sources.csv', committed.sources.text);
  // The package version: the committed changelog's.
  files.set(CHANGELOG_FILE, loaded.model.release.changelog);
  for (const [name, rows] of rowsByTable) files.set(name, tableCsv(rows));

  // Each committed alias (Baidu's example body names a code with its exception prefix) stands
  // for the first synthetic code of its code's table, spelled the same way, in an example body
  // of its envelope in its document; aliases.csv maps it back.
  const aliases = committed.aliases.records.flatMap(({ cells }) => {
    const table = committed.errorTables.find(
      (candidate) =>
        manifest.some((row) => row.table === candidate.name && row.vendor === cells.vendor) &&
        candidate.records.some((record) => record.cells.code === cells.code),
    );
    const entry = manifest.find((row) => row.table === table?.name);
    const code = rowsByTable.get(table?.name ?? '')?.[0]?.code;
    if (entry === undefined || code === undefined) return [];
    const alias = cells.alias.includes(cells.code)
      ? cells.alias.replace(cells.code, code)
      : `${cells.alias}${code}`;
    const body = bodyWith(entry.envelope, {
      code: alias,
      message: 'Example message',
      'request-id': '7a64abd6',
      fault: 'Sender',
    });
    return [{ ...cells, alias, code, example: JSON.stringify(body) }];
  });
  const documents = new Map<string, string[]>();
  for (const row of manifest) {
    const shape = shapeOf(row);
    // The title never equals a section heading (Upyun's document and section share a name).
    const lines =
      documents.get(row.sourceFile) ??
      (shape.layout === 'code-list'
        ? ['package synthetic', '', 'const (']
        : [`# ${row.document} (synthetic)`, '']);
    for (const alias of aliases) {
      if (alias.source_file === row.sourceFile && !lines.includes(alias.example))
        lines.push(alias.example, '');
    }
    lines.push(...documentSection(row, shape, rowsByTable.get(row.table)!));
    documents.set(row.sourceFile, lines);
  }
  for (const [sourceFile, lines] of documents) files.set(sourceFile, lines.join('\n'));
  files.set(
    'aliases.csv',
    formatCsv(
      ALIAS_COLUMNS,
      aliases.map((alias) => ALIAS_COLUMNS.map((column) => alias[column])),
    ),
  );

  const rows = [...rowsByTable.values()].reduce((sum, rows) => sum + rows.length, 0);
  return { files, rows };
}

/** Writes the synthetic tables/ into `tablesDir`; resolves to the number of error-table rows. */
export async function writeSyntheticTables(
  tablesDir: string,
  options: SyntheticTablesOptions,
): Promise<number> {
  const { files, rows } = await syntheticTables(options);
  for (const [file, contents] of files) {
    await mkdir(path.dirname(path.join(tablesDir, file)), { recursive: true });
    await writeFile(path.join(tablesDir, file), contents);
  }
  return rows;
}
