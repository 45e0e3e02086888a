// The emit stage on a small hand-built model: lib/ts.ts builders, each emitter, whole-file snapshots, and the emitted code run.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeUnionDeclaration } from '../generator/emit/emit-code-union.js';
import { enumDeclaration } from '../generator/emit/emit-enum.js';
import { bodyType } from '../generator/emit/emit-error-bodies.js';
import { cliEmitter } from '../generator/emit/emit-cli.js';
import { packageJson } from '../generator/emit/emit-package-json.js';
import { runtimeCopies } from '../generator/emit/emit-runtime-copy.js';
import { describeCode } from '../generator/emit/lib/describe.js';
import { codeSpan, mdText } from '../generator/emit/lib/markdown.js';
import {
  createTsPrinter,
  tsDocs,
  tsFrozenRecord,
  tsHeader,
  tsLiteral,
  tsObject,
  tsObjectType,
  tsPropertyKey,
  tsPure,
  tsString,
  tsTypeAlias,
  tsUnion,
  type Statement,
} from '../generator/emit/lib/ts.js';
import { emitPackage, type GeneratedFile } from '../generator/emit/registry.js';
import { unformattedText } from '../generator/emit/lib/final-form.js';
import { formatFiles } from '../generator/format/format.js';
import type {
  CodeNode,
  CodeSetNode,
  EntryNode,
  PackageModel,
  SourceNode,
  VendorId,
  VendorNode,
} from '../generator/model/model.js';
import { TEST_RELEASE } from './helpers/tables.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

// ---------------------------------------------------------------- a small model, built by hand

type Variant = Partial<Pick<EntryNode, 'httpStatus' | 'message' | 'category' | 'retryable'>> & {
  readonly zh?: string;
  readonly en?: string;
  readonly table: string;
  readonly section: string;
};

function code(
  vendor: VendorId,
  value: string | number,
  name: string,
  variants: readonly [Variant, ...Variant[]],
): CodeNode {
  const entries = variants.map((variant, index): EntryNode => {
    const source = {
      document: '错误码',
      section: variant.section,
      table: variant.table,
      line: index + 2,
    };
    return {
      type: 'entry',
      vendor,
      code: value,
      name,
      ...(variant.httpStatus !== undefined && { httpStatus: variant.httpStatus }),
      ...(variant.message !== undefined && { message: variant.message }),
      description: {
        ...(variant.zh !== undefined && { zh: variant.zh }),
        ...(variant.en !== undefined && { en: variant.en }),
      },
      category: variant.category ?? 'invalid-request',
      retryable: variant.retryable ?? false,
      source,
      sources: [source],
    };
  });
  return { type: 'code', code: value, name, variants: entries as [EntryNode, ...EntryNode[]] };
}

const source = (
  vendor: VendorId,
  table: string,
  section: string,
  language: 'zh' | 'en' = 'zh',
): SourceNode => ({
  type: 'source',
  table,
  vendor,
  product: `产品 ${vendor}`,
  api: 'api',
  document: '错误码',
  section,
  language,
  date: '2025-01-02',
  sourceFile: `sources/${vendor}.txt`,
});

const codeSet = (
  vendor: VendorId,
  prefix: string,
  codeType: CodeSetNode['codeType'],
  envelope: CodeSetNode['envelope'],
  tables: readonly string[],
  codes: readonly CodeNode[],
): CodeSetNode => ({
  type: 'code-set',
  vendor,
  prefix,
  codeType,
  envelope,
  tables,
  codes,
  familyRules: [],
});

const vendor = (
  id: VendorId,
  codeSets: readonly CodeSetNode[],
  sources: readonly SourceNode[],
  aliases: VendorNode['aliases'] = [],
): VendorNode => ({
  type: 'vendor',
  id,
  prefix: codeSets[0]?.prefix ?? '',
  codeSets,
  sources,
  aliases,
});

/** Every vendor, one or two codes each: the cases an emitter can get wrong. */
const MODEL: PackageModel = {
  type: 'package',
  release: TEST_RELEASE,
  vendors: [
    vendor(
      'tencent-live',
      [
        codeSet(
          'tencent-live',
          'TencentLive',
          'string',
          'tencent-api3',
          ['t-common.csv', 't-live.csv'],
          [
            // A dotted code, CJK text, and a code two tables list (two variants without messages).
            code('tencent-live', 'AuthFailure.SignatureExpire', 'AuthFailureSignatureExpire', [
              {
                zh: '签名过期。Timestamp 与服务器时间相差不得超过五分钟。',
                en: 'Signature expired.',
                category: 'auth',
                table: 't-common.csv',
                section: '公共错误码',
              },
            ]),
            code('tencent-live', 'InternalError', 'InternalError', [
              {
                zh: '内部错误。',
                en: 'Internal error.',
                category: 'internal',
                retryable: true,
                table: 't-common.csv',
                section: '公共错误码',
              },
              {
                zh: '内部错误',
                category: 'internal',
                retryable: true,
                table: 't-live.csv',
                section: '业务错误码',
              },
            ]),
          ],
        ),
      ],
      [
        source('tencent-live', 't-common.csv', '公共错误码'),
        source('tencent-live', 't-live.csv', '业务错误码'),
      ],
    ),
    vendor(
      'tencent-streamlive',
      [
        codeSet(
          'tencent-streamlive',
          'TencentStreamLive',
          'string',
          'tencent-api3',
          ['t-common.csv'],
          [
            code('tencent-streamlive', 'UnsupportedOperation', 'UnsupportedOperation', [
              {
                en: 'Unsupported operation.',
                table: 't-common.csv',
                section: 'Common Error Codes',
              },
            ]),
          ],
        ),
      ],
      [source('tencent-streamlive', 't-common.csv', 'Common Error Codes', 'en')],
    ),
    vendor(
      'baidu-vod',
      [
        codeSet(
          'baidu-vod',
          'BaiduVod',
          'string',
          'bce',
          ['b.csv'],
          [
            // Text that could end a JSDoc comment or open a tag, and a quote, must stay text.
            code('baidu-vod', 'MediaNotFound', 'MediaNotFound', [
              {
                httpStatus: 404,
                message: "Media not found with mda-xxx, see */ and 'quotes'",
                zh: '没有找到对应的媒资 */ 结束\n@deprecated 不是标签',
                category: 'not-found',
                table: 'b.csv',
                section: 'VOD错误返回码',
              },
            ]),
          ],
        ),
      ],
      [source('baidu-vod', 'b.csv', 'VOD错误返回码')],
      [
        {
          type: 'alias',
          alias: 'MediaException.MediaNotFound',
          code: 'MediaNotFound',
          codeSet: 'BaiduVod',
        },
      ],
    ),
    vendor(
      'kingsoft-live',
      [
        codeSet(
          'kingsoft-live',
          'KingsoftLive',
          'string',
          'kingsoft-openapi',
          ['k.csv'],
          [
            // One code, three documented messages.
            code('kingsoft-live', 'InvalidParameterValue', 'InvalidParameterValue', [
              {
                httpStatus: 400,
                message: 'The input parameter value “%s” is not valid.',
                zh: '参数value值错误',
                table: 'k.csv',
                section: '公共错误',
              },
              {
                httpStatus: 400,
                message: 'The input parameter value type error.',
                zh: '参数value值类型错误',
                table: 'k.csv',
                section: '公共错误',
              },
              {
                httpStatus: 400,
                message: 'Uniquename, pubdomain and app do not match.',
                zh: 'UniqueName、Pubdomain、App不匹配',
                table: 'k.csv',
                section: '公共错误',
              },
            ]),
          ],
        ),
        codeSet(
          'kingsoft-live',
          'KingsoftLiveV1',
          'integer',
          'kingsoft-v1',
          ['k-v1.csv'],
          [
            code('kingsoft-live', 8201, 'StreamBanned', [
              {
                message: 'stream is banned',
                zh: '流已被禁播',
                category: 'conflict',
                table: 'k-v1.csv',
                section: '特殊错误',
              },
            ]),
          ],
        ),
      ],
      [
        source('kingsoft-live', 'k.csv', '公共错误'),
        source('kingsoft-live', 'k-v1.csv', '特殊错误'),
      ],
    ),
    vendor(
      'upyun',
      [
        codeSet(
          'upyun',
          'Upyun',
          'integer',
          'upyun',
          ['u.csv'],
          [
            code('upyun', 40100002, 'NeedAuthorization', [
              {
                httpStatus: 401,
                message: 'need authorization',
                category: 'auth',
                table: 'u.csv',
                section: 'API 错误码表',
              },
            ]),
            code('upyun', 40400001, 'FileOrDirectoryNotFound', [
              {
                httpStatus: 404,
                message: 'file or directory not found',
                zh: '文件或目录不存在',
                category: 'not-found',
                table: 'u.csv',
                section: 'API 错误码表',
              },
            ]),
          ],
        ),
      ],
      [source('upyun', 'u.csv', 'API 错误码表')],
    ),
  ],
};

const [TENCENT, , BAIDU, KINGSOFT, UPYUN] = MODEL.vendors as [
  VendorNode,
  VendorNode,
  VendorNode,
  VendorNode,
  VendorNode,
];
const KINGSOFT_SET = KINGSOFT.codeSets[0] as CodeSetNode;
const UPYUN_SET = UPYUN.codeSets[0] as CodeSetNode;

/** Prints statements as a file, the way the registry does, with its final-form blocks in place. */
function printed(statements: readonly Statement[]): string {
  return createTsPrinter()('test.ts', '// test', statements);
}

/** Syntax errors of TypeScript text: emitted text must always parse. */
function syntaxErrors(text: string): string[] {
  const file = ts.createSourceFile('test.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] })
    .parseDiagnostics;
  return diagnostics.map((diagnostic) =>
    ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  );
}

/** The JSDoc comments TypeScript attaches to a declaration name in the text. */
function jsDocOf(text: string, name: string): string[] {
  const file = ts.createSourceFile('test.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isEnumMember(node) || ts.isEnumDeclaration(node)) && node.name.getText(file) === name) {
      for (const doc of ts.getJSDocCommentsAndTags(node)) found.push(doc.getText(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

// ---------------------------------------------------------------- lib/ts.ts builders

describe('lib/ts.ts builders', () => {
  it.each([
    { given: 'plain', want: "'plain'" },
    // prettier's quotes: the one that needs fewer escapes, single on a tie.
    { given: "it's", want: '"it\'s"' },
    { given: `it's "x"`, want: `'it\\'s "x"'` },
    { given: 'back\\slash', want: "'back\\\\slash'" },
    { given: 'line\nbreak\r', want: "'line\\nbreak\\r'" },
    { given: 'sep\u2028arator', want: "'sep\\u2028arator'" },
    { given: '签名过期 “%s”', want: "'签名过期 “%s”'" },
  ])('tsString($given)', ({ given, want }) => {
    expect(tsString(given)).toBe(want);
    // What it writes reads back as the same string.
    // biome-ignore lint/security/noGlobalEval: the literal is what the generator writes into TypeScript; evaluating it is the check
    expect(eval(tsString(given))).toBe(given);
  });

  it.each([
    { given: 'a', want: "'a'" },
    { given: 40400001, want: '40400001' },
    { given: true, want: 'true' },
    { given: false, want: 'false' },
  ])('tsLiteral($given)', ({ given, want }) => {
    expect(tsLiteral(given)).toBe(want);
  });

  it('tsLiteral refuses numbers with no literal', () => {
    expect(() => tsLiteral(Number.NaN)).toThrow(/finite/);
  });

  it.each([
    { given: 'AuthFailure', want: 'AuthFailure' },
    { given: 'AuthFailure.SignatureExpire', want: "'AuthFailure.SignatureExpire'" },
    { given: 'tencent-live', want: "'tencent-live'" },
    { given: 'upyun', want: 'upyun' },
    { given: 40400001, want: '40400001' },
    { given: '0', want: '0' },
    { given: '007', want: "'007'" },
    // Bare or quoted, `__proto__:` in an object literal sets the prototype; computed, it is a key.
    { given: '__proto__', want: "['__proto__']" },
    { given: '中文', want: "'中文'" },
    { given: '', want: "''" },
  ])('tsPropertyKey($given)', ({ given, want }) => {
    expect(tsPropertyKey(given)).toBe(want);
  });

  it.each([
    { given: ['one'], want: 'one' },
    { given: ['one', undefined, '  ', 'two'], want: 'one\n\ntwo' },
    { given: ['ends */ early'], want: 'ends *\\/ early' },
    {
      given: ['a\n@tag at line start\n  @indented'],
      want: 'a\n\\@tag at line start\n  \\@indented',
    },
    { given: ['mail me@example.com'], want: 'mail me@example.com' },
    { given: ['crlf\r\nline  '], want: 'crlf\nline' },
  ])('tsDocs($given)', ({ given, want }) => {
    expect(tsDocs(given)).toBe(want);
  });

  it.each([
    { given: [], want: 'export type T = never;' },
    { given: ["'a'"], want: "export type T = | 'a';" },
    { given: ['1', '2'], want: 'export type T = | 1 | 2;' },
  ])('tsUnion($given)', ({ given, want }) => {
    const text = printed([tsTypeAlias({ name: 'T', type: tsUnion(given) })]);
    // One member a line before prettier runs; compared here with the line breaks folded.
    expect(text.replace(/\s+/g, ' ')).toBe(`// test ${want} `);
    expect(syntaxErrors(text)).toEqual([]);
  });

  it.each([
    { given: [] as [string, string][], want: '{}' },
    {
      given: [
        ['a', '1'],
        ['b.c', "'x'"],
      ] as [string, string][],
      want: "{ a: 1, 'b.c': 'x' }",
    },
  ])('tsObject($given)', ({ given, want }) => {
    expect(tsObject(given)).toBe(want);
  });

  it('tsObjectType keeps the order it is given', () => {
    expect(
      tsObjectType([
        ['msg', 'string'],
        ['code', '1'],
        ['id', 'string'],
      ]),
    ).toBe('{ msg: string; code: 1; id: string }');
  });

  it('tsPure marks the call for bundlers, with type arguments when given', () => {
    expect(tsPure('Object.freeze', ['x'])).toBe('/* @__PURE__ */ Object.freeze(x)');
    expect(tsPure('Object.freeze', ['x'], ['T'])).toBe('/* @__PURE__ */ Object.freeze<T>(x)');
  });

  it('tsFrozenRecord is a frozen null-prototype record, every call pure', () => {
    expect(tsFrozenRecord([['a', '1']])).toBe(
      '/* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(null) as object, { a: 1 }))',
    );
  });

  it('tsHeader lists the tables', () => {
    expect(tsHeader(['tables/a.csv', 'tables/b.csv'])).toBe(
      '// Generated from tables/a.csv, tables/b.csv by npm run generate. Do not edit.',
    );
  });
});

// ---------------------------------------------------------------- emitters

describe('emitters', () => {
  it('describes every variant of a code on hover: three Kingsoft messages', () => {
    const docs = tsDocs(describeCode(KINGSOFT_SET.codes[0] as CodeNode));
    expect(docs).toContain('has 3 documented variants');
    for (const message of [
      'The input parameter value “%s” is not valid.',
      'The input parameter value type error.',
      'Uniquename, pubdomain and app do not match.',
    ]) {
      expect(docs).toContain(codeSpan(message));
    }
    expect(docs.match(/- HTTP status: 400/g)).toHaveLength(3);
  });

  it.each([
    { given: 'plain', want: '`plain`' },
    { given: 'has `tick`', want: '`` has `tick` ``' },
    { given: 'a ``b``', want: '``` a ``b`` ```' },
    { given: '`edge', want: '`` `edge ``' },
  ])('codeSpan($given)', ({ given, want }) => {
    expect(codeSpan(given)).toBe(want);
  });

  it.each([
    { given: 'a|b', want: 'a\\|b' },
    { given: 'x*y_z', want: 'x\\*y\\_z' },
    { given: 'one\ntwo', want: 'one<br>two' },
    { given: '<tag>', want: '\\<tag\\>' },
  ])('mdText($given)', ({ given, want }) => {
    expect(mdText(given)).toBe(want);
  });

  it('emits a string enum with members named by the table and JSDoc that survives */', () => {
    const text = printed([enumDeclaration(BAIDU, BAIDU.codeSets[0] as CodeSetNode)]);
    expect(syntaxErrors(text)).toEqual([]);
    expect(text).toContain("MediaNotFound = 'MediaNotFound',");
    const [doc] = jsDocOf(text, 'MediaNotFound');
    expect(doc).toContain('没有找到对应的媒资 *\\/ 结束');
    expect(doc).toContain('\\@deprecated 不是标签');
    expect(doc).toContain('- HTTP status: 404');
    expect(doc).toContain('- Category: `not-found`, not retryable');
    expect(doc).toContain('- Document: 错误码 › VOD错误返回码');
  });

  it('emits a numeric enum for integer codes', () => {
    const text = printed([enumDeclaration(UPYUN, UPYUN_SET)]);
    expect(text).toContain('NeedAuthorization = 40100002,');
    expect(text).toContain('FileOrDirectoryNotFound = 40400001,');
  });

  it.each([
    {
      set: () => TENCENT.codeSets[0] as CodeSetNode,
      want: ["'AuthFailure.SignatureExpire'", "'InternalError'"],
    },
    { set: () => UPYUN_SET, want: ['40100002', '40400001'] },
  ])('emits the literal union of $want', ({ set, want }) => {
    const text = printed([codeUnionDeclaration(set())]);
    expect(syntaxErrors(text)).toEqual([]);
    const members = text
      .slice(text.indexOf('=') + 1)
      .split(/[|;]/)
      .map((member) => member.trim());
    for (const literal of want) expect(members).toContain(literal);
  });

  it.each([
    {
      envelope: 'tencent-api3',
      want: "{ Response: { Error: { Code: 'X'; Message: string }; RequestId: string } }",
    },
    { envelope: 'bce', want: "{ requestId: string; code: 'X'; message: string }" },
    {
      envelope: 'kingsoft-openapi',
      want: "{ RequestId: string; Error: { Type: string; Code: 'X'; Message: string } }",
    },
    {
      envelope: 'kingsoft-v1',
      want: "{ Data: { RetCode: 'X'; RetMsg: string }; RequestId: string }",
    },
    { envelope: 'upyun', want: "{ msg: string; code: 'X'; id: string }" },
  ] as const)('the $envelope body', ({ envelope, want }) => {
    expect(bodyType(envelope, "'X'")).toBe(want);
  });

  it('package.json is a dual package with one subpath per vendor', () => {
    const json = packageJson(MODEL) as {
      exports: Record<string, unknown>;
      version: string;
      sideEffects: boolean;
      files: string[];
    };
    expect(Object.keys(json.exports)).toEqual([
      '.',
      './tencent-live',
      './tencent-streamlive',
      './baidu-vod',
      './kingsoft-live',
      './upyun',
      './package.json',
    ]);
    expect(json.exports['./upyun']).toEqual({
      import: { types: './dist/esm/upyun/index.d.ts', default: './dist/esm/upyun/index.js' },
      require: { types: './dist/cjs/upyun/index.d.ts', default: './dist/cjs/upyun/index.js' },
    });
    expect(json.version).toBe(TEST_RELEASE.version);
    expect(json.sideEffects).toBe(false);
    expect(json.files).toEqual(['dist', 'src', 'docs', 'README.md', 'CHANGELOG.md', 'LICENSE']);
    expect(json).not.toHaveProperty('dependencies');
  });

  it('copies every runtime file verbatim under its header', () => {
    const copies = runtimeCopies();
    expect(copies.map((file) => file.path)).toContain('src/entry.ts');
    for (const file of copies) {
      const name = file.path.replace(/^src\//, '');
      const [header, ...rest] = file.contents.split('\n');
      expect(header).toBe(
        `// Generated from generator/shipped/runtime/${name} by npm run generate. Do not edit.`,
      );
      expect(rest.join('\n')).toBe(ts.sys.readFile(join(ROOT, 'generator/shipped/runtime', name)));
    }
  });
});

// ---------------------------------------------------------------- the whole package of the small model

describe('emitPackage on the small model', () => {
  const files = emitPackage(MODEL);
  const byPath = new Map(files.map((file) => [file.path, unformattedText(file)]));
  /** Files copied verbatim from the generator's own sources: the runtime and the CLI. */
  const runtimePaths = new Set([
    ...runtimeCopies().map((file) => file.path),
    ...cliEmitter.emit(MODEL, { printTs: () => '', printTsShell: () => ({ contents: '' }) }).map(
      (file) => file.path,
    ),
  ]);

  it('is deterministic and sorted by path, one file per path', () => {
    const text = (emitted: readonly GeneratedFile[]) =>
      emitted.map((file) => ({ path: file.path, text: unformattedText(file) }));
    expect(text(emitPackage(MODEL))).toEqual(text(files));
    const paths = files.map((file) => file.path);
    expect(paths).toEqual([...paths].sort());
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('writes the package layout', () => {
    const vendorFiles = ['bodies.ts', 'codes.ts', 'entries.ts', 'guards.ts', 'index.ts'];
    const want = [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'package.json',
      'site/index.html',
      'src/documents.ts',
      'src/index.ts',
      'src/registry.ts',
      'src/version.ts',
      'src/vocabulary.ts',
      'tsconfig.cjs.json',
      'tsconfig.esm.json',
      ...MODEL.vendors.flatMap((node) => [
        `docs/${node.id}.md`,
        ...vendorFiles.map((file) => `src/${node.id}/${file}`),
      ]),
      ...runtimePaths,
    ];
    expect([...byPath.keys()].sort()).toEqual(want.sort());
  });

  it('opens every generated file with its one header, listing the tables it comes from', () => {
    expect(byPath.get('src/kingsoft-live/codes.ts')?.split('\n')[0]).toBe(
      '// Generated from tables/k.csv, tables/k-v1.csv by npm run generate. Do not edit.',
    );
    expect(byPath.get('src/baidu-vod/entries.ts')?.split('\n')[0]).toBe(
      '// Generated from tables/b.csv, tables/aliases.csv by npm run generate. Do not edit.',
    );
    expect(byPath.get('tsconfig.esm.json')?.split('\n')[0]).toBe(
      '// Generated from generator/emit/emit-tsconfig.ts by npm run generate. Do not edit.',
    );
    expect(byPath.get('README.md')?.split('\n')[0]).toMatch(
      /^<!-- Generated from tables\/t-common\.csv, .* by npm run generate\. Do not edit\. -->$/,
    );
    for (const file of files) {
      // The CLI's shebang precedes the header: the built file is run as a program.
      if (file.path.endsWith('.ts'))
        expect(file.contents.replace(/^#!\/usr\/bin\/env node\n/, '')).toMatch(
          /^\/\/ Generated from \S.* by npm run generate\. Do not edit\.\n/,
        );
      expect(file.contents).not.toMatch(/\r|\d{4}-\d{2}-\d{2}T\d{2}/);
    }
  });

  it('emits TypeScript that parses', () => {
    for (const file of files.filter((candidate) => candidate.path.endsWith('.ts'))) {
      expect({ path: file.path, errors: syntaxErrors(unformattedText(file)) }).toEqual({
        path: file.path,
        errors: [],
      });
    }
  });

  it('keeps the guards free of the entries map', () => {
    for (const node of MODEL.vendors) {
      const guards = byPath.get(`src/${node.id}/guards.ts`) ?? '';
      expect(guards).not.toMatch(/entries\.js|description/);
    }
  });

  describe('formatted, as whole-file snapshots', async () => {
    const formatted = await formatFiles(files.filter((file) => !runtimePaths.has(file.path)));
    it.each(formatted.map((file) => [file.path, file] as const))('%s', async (_path, file) => {
      await expect(file.contents).toMatchFileSnapshot(`./snapshots/${file.path}.snap`);
    });
  });
});

// ---------------------------------------------------------------- the emitted package, compiled and run

describe('the emitted small package', () => {
  let dir = '';
  type Root = Record<string, (...args: unknown[]) => unknown>;
  let root: Root;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cloud-error-codes-emit-'));
    for (const file of emitPackage(MODEL) as GeneratedFile[]) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), unformattedText(file));
    }
    // As the package's `npm install` of its devDependencies would: tsc and Node's types for the CLI.
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    root = (await import(pathToFileURL(join(dir, 'src/index.ts')).href)) as Root;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('type-checks with the tsconfig it emits', () => {
    const tsc = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/typescript/bin/tsc'),
        '-p',
        join(dir, 'tsconfig.esm.json'),
        '--noEmit',
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  const lookups: { given: [string, unknown, string?]; want: string | undefined }[] = [
    { given: ['tencent-live', 'AuthFailure.SignatureExpire'], want: 'AuthFailureSignatureExpire' },
    { given: ['kingsoft-live', 8201], want: 'StreamBanned' },
    { given: ['kingsoft-live', '8201'], want: 'StreamBanned' },
    { given: ['upyun', 40400001], want: 'FileOrDirectoryNotFound' },
    { given: ['baidu-vod', 'MediaException.MediaNotFound'], want: 'MediaNotFound' },
    { given: ['upyun', 40400002], want: undefined },
    { given: ['upyun', '__proto__'], want: undefined },
    { given: ['tencent-live', 'constructor'], want: undefined },
    { given: ['tencent-live', 'toString'], want: undefined },
    { given: ['nope', 'InternalError'], want: undefined },
    { given: ['__proto__', 'InternalError'], want: undefined },
    { given: ['toString', 'InternalError'], want: undefined },
    { given: ['upyun', '40400001'], want: 'FileOrDirectoryNotFound' },
    { given: ['upyun', '040400001'], want: undefined },
    { given: ['upyun', '40400001.0'], want: undefined },
    { given: ['upyun', 40400001.5], want: undefined },
    { given: ['upyun', 'constructor'], want: undefined },
    { given: ['kingsoft-live', '08201'], want: undefined },
    { given: ['kingsoft-live', 'hasOwnProperty'], want: undefined },
    { given: ['tencent-live', '__proto__'], want: undefined },
    { given: ['baidu-vod', 'valueOf'], want: undefined },
    { given: ['baidu-vod', 'mediaexception.medianotfound'], want: undefined },
  ];
  it.each(lookups)('lookupError($given) names $want', ({ given, want }) => {
    const entry = root.lookupError?.(...given) as { name: string } | undefined;
    expect(entry?.name).toBe(want);
  });

  it.each([
    { message: undefined, want: 'The input parameter value “%s” is not valid.' },
    {
      message: 'The input parameter value type error.',
      want: 'The input parameter value type error.',
    },
    {
      message: 'The input parameter value “Foo” is not valid.',
      want: 'The input parameter value “%s” is not valid.',
    },
    {
      message: 'Uniquename, pubdomain and app do not match.',
      want: 'Uniquename, pubdomain and app do not match.',
    },
    { message: 'no such message', want: 'The input parameter value “%s” is not valid.' },
  ])('a message picks the variant: $message', ({ message, want }) => {
    const entry = root.lookupError?.('kingsoft-live', 'InvalidParameterValue', message) as {
      message: string;
    };
    expect(entry.message).toBe(want);
  });

  it('lists every variant, frozen all the way down', () => {
    const entries = root.listErrors?.('kingsoft-live') as {
      code: unknown;
      description: object;
      source: object;
    }[];
    expect(entries.map((entry) => entry.code)).toEqual([
      'InvalidParameterValue',
      'InvalidParameterValue',
      'InvalidParameterValue',
      8201,
    ]);
    expect(Object.isFrozen(entries)).toBe(true);
    for (const entry of entries) {
      expect(
        Object.isFrozen(entry) &&
          Object.isFrozen(entry.description) &&
          Object.isFrozen(entry.source),
      ).toBe(true);
    }
    expect(root.listErrors?.('nope' as VendorId)).toEqual([]);
    expect(root.listErrors?.('__proto__' as VendorId)).toEqual([]);
  });

  it('keeps the registry and entries maps frozen and without a prototype', () => {
    const codeSets = root.CODE_SETS as unknown as Record<
      string,
      { entries: object; aliases: object }[]
    >;
    expect(Object.getPrototypeOf(codeSets)).toBeNull();
    expect(Object.keys(codeSets)).toEqual([
      'tencent-live',
      'tencent-streamlive',
      'baidu-vod',
      'kingsoft-live',
      'upyun',
    ]);
    for (const sets of Object.values(codeSets)) {
      for (const set of sets) {
        expect(Object.getPrototypeOf(set.entries)).toBeNull();
        expect(Object.getPrototypeOf(set.aliases)).toBeNull();
        expect(
          Object.isFrozen(set.entries) && Object.isFrozen(set.aliases) && Object.isFrozen(set),
        ).toBe(true);
      }
    }
    expect(root.VENDORS).toEqual([
      'tencent-live',
      'tencent-streamlive',
      'baidu-vod',
      'kingsoft-live',
      'upyun',
    ]);
  });

  const hostile: { name: string; value: () => unknown }[] = [
    { name: 'null', value: () => null },
    { name: 'undefined', value: () => undefined },
    { name: 'an array', value: () => [40400001] },
    { name: '__proto__', value: () => '__proto__' },
    { name: 'constructor', value: () => 'constructor' },
    { name: 'toString', value: () => 'toString' },
    { name: 'a huge string', value: () => 'x'.repeat(5_000_000) },
    { name: 'NaN', value: () => Number.NaN },
    { name: 'a symbol', value: () => Symbol('x') },
    {
      name: 'a JSON __proto__ body',
      value: () => JSON.parse('{"__proto__": {"code": 40400001, "msg": "m", "id": "i"}}'),
    },
    {
      name: 'an inherited code',
      value: () => Object.create({ code: 40400001, msg: 'm', id: 'i' }),
    },
    {
      name: 'an array body',
      value: () => Object.assign([], { code: 40400001, msg: 'm', id: 'i' }),
    },
    {
      name: 'a getter that throws',
      value: () => ({
        msg: 'm',
        id: 'i',
        get code(): never {
          throw new Error('getter');
        },
      }),
    },
    {
      name: 'a proxy whose traps throw',
      value: () =>
        new Proxy(
          {},
          {
            getOwnPropertyDescriptor: () => {
              throw new Error('trap');
            },
            get: () => {
              throw new Error('trap');
            },
          },
        ),
    },
    {
      name: 'a revoked proxy',
      value: () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      },
    },
  ];
  const guardNames = (): string[] =>
    Object.keys(root).filter((name) => /^is[A-Z]\w*Error(Code|Body)$/.test(name));

  it('has a code guard and a body guard per code set', () => {
    expect(guardNames().sort()).toEqual(
      ['TencentLive', 'TencentStreamLive', 'BaiduVod', 'KingsoftLive', 'KingsoftLiveV1', 'Upyun']
        .flatMap((prefix) => [`is${prefix}ErrorCode`, `is${prefix}ErrorBody`])
        .sort(),
    );
  });

  it.each(hostile)('no guard throws on or accepts $name', ({ value }) => {
    for (const name of guardNames()) expect([name, root[name]?.(value())]).toEqual([name, false]);
  });

  it('no guard throws on any JSON-like value', () => {
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true, withBoxedValues: true }),
        (value) => {
          for (const name of guardNames()) expect(typeof root[name]?.(value)).toBe('boolean');
        },
      ),
    );
  });

  it.each([
    { guard: 'isUpyunErrorCode', given: 40400001, want: true },
    { guard: 'isUpyunErrorCode', given: '40400001', want: false },
    { guard: 'isUpyunErrorCode', given: 40400001.5, want: false },
    { guard: 'isUpyunErrorCode', given: 40400002, want: false },
    { guard: 'isUpyunErrorCode', given: 'toString', want: false },
    { guard: 'isUpyunErrorCode', given: 8201, want: false },
    { guard: 'isKingsoftLiveErrorCode', given: 8201, want: false },
    { guard: 'isKingsoftLiveV1ErrorCode', given: 'InvalidParameterValue', want: false },
    { guard: 'isTencentLiveErrorCode', given: 'hasOwnProperty', want: false },
    { guard: 'isTencentLiveErrorCode', given: 'InternalError', want: true },
    { guard: 'isKingsoftLiveV1ErrorCode', given: 8201, want: true },
    { guard: 'isKingsoftLiveErrorCode', given: 'InvalidParameterValue', want: true },
    { guard: 'isKingsoftLiveErrorCode', given: 'invalidparametervalue', want: false },
    { guard: 'isTencentLiveErrorCode', given: 'AuthFailure.SignatureExpire', want: true },
    { guard: 'isBaiduVodErrorCode', given: 'MediaException.MediaNotFound', want: false },
    {
      guard: 'isUpyunErrorBody',
      given: { msg: 'file or directory not found', code: 40400001, id: 'abc' },
      want: true,
    },
    { guard: 'isUpyunErrorBody', given: { msg: 'x', code: 40400001 }, want: false },
    { guard: 'isUpyunErrorBody', given: { msg: 'x', code: 40499999, id: 'a' }, want: false },
    {
      guard: 'isBaiduVodErrorBody',
      given: { requestId: 'r', code: 'MediaNotFound', message: 'm' },
      want: true,
    },
    {
      guard: 'isTencentLiveErrorBody',
      given: { Response: { Error: { Code: 'InternalError', Message: 'm' }, RequestId: 'r' } },
      want: true,
    },
    {
      guard: 'isTencentLiveErrorBody',
      given: { Response: { Error: { Code: 'InternalError', Message: 'm' } } },
      want: false,
    },
    {
      guard: 'isTencentLiveErrorBody',
      given: { Response: [{ Error: { Code: 'InternalError', Message: 'm' }, RequestId: 'r' }] },
      want: false,
    },
    {
      guard: 'isKingsoftLiveErrorBody',
      given: {
        RequestId: 'r',
        Error: { Type: 'Sender', Code: 'InvalidParameterValue', Message: 'm' },
      },
      want: true,
    },
    {
      guard: 'isKingsoftLiveV1ErrorBody',
      given: { Data: { RetCode: 8201, RetMsg: 'm' }, RequestId: 'r' },
      want: true,
    },
    {
      guard: 'isKingsoftLiveV1ErrorBody',
      given: { Data: { RetCode: '8201', RetMsg: 'm' }, RequestId: 'r' },
      want: false,
    },
  ])('$guard($given) is $want', ({ guard, given, want }) => {
    expect(root[guard]?.(given)).toBe(want);
  });

  it('parses through the typed wrappers', () => {
    const error = root.parseUpyunError?.(
      404,
      '{"msg":"file or directory not found","code":40400001,"id":"a"}',
    ) as {
      known: boolean;
      entry: { name: string };
    };
    expect(error.known).toBe(true);
    expect(error.entry.name).toBe('FileOrDirectoryNotFound');
    const v1 = root.parseKingsoftLiveError?.(200, {
      Data: { RetCode: 8201, RetMsg: 'stream is banned' },
      RequestId: 'r',
    }) as { code: unknown };
    expect(v1.code).toBe(8201);
    expect(root.parseTencentLiveError?.(200, { Response: { RequestId: 'r' } })).toBeNull();
    const response = root.errorResponse?.('upyun', 40400001) as { status: number; body: unknown };
    expect(response.status).toBe(404);
    expect(root.isUpyunErrorBody?.(response.body)).toBe(true);
  });
});
