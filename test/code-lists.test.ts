// The committed package knows every code of the committed code lists, and every page row still resolves to its own entry.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCodeList } from '../generator/documents/parse-code-list.js';
import { isCodeList } from '../generator/documents/source-kinds.js';
import { loadModel } from '../generator/load-model.js';
import type { ErrorEntry } from '../generator/shipped/runtime/entry.js';
import type { ManifestEntry, ValidTables } from '../generator/schema/schema.js';
import { ROOT } from './helpers/temporary.js';

type LookupError = (vendor: string, code: string | number, message?: string) => ErrorEntry | undefined;
type CodeSets = Readonly<Record<string, readonly { readonly entries: { readonly [code: string]: readonly ErrorEntry[] | undefined } }[]>>;

const TABLES = path.join(ROOT, 'tables');

let manifest: readonly ManifestEntry[] = [];
let tables: ValidTables['tables'] = new Map();
let lookupError: LookupError;
let codeSets: CodeSets;

beforeAll(async () => {
  const loaded = await loadModel(TABLES);
  if (!loaded.ok) throw new Error('the committed tables do not validate');
  manifest = loaded.tables.manifest;
  tables = loaded.tables.tables;
  ({ lookupError, CODE_SETS: codeSets } = (await import(path.join(ROOT, 'generated', 'src', 'index.ts'))) as {
    lookupError: LookupError;
    CODE_SETS: CodeSets;
  });
});

/** The vendor's page tables (not code lists), and the codes they document. */
const pageCodes = (vendor: string): Set<string> =>
  new Set(
    manifest
      .filter((entry) => entry.vendor === vendor && !isCodeList(entry.sourceFile))
      .flatMap((entry) => (tables.get(entry.table) ?? []).map((row) => row.code)),
  );

describe('the committed code lists', () => {
  it('have a list in sources.csv', () => {
    expect(manifest.some((entry) => isCodeList(entry.sourceFile))).toBe(true);
  });

  it('every constant is a known code of its vendor, naming the list, with the list\'s words where no page has them', async () => {
    for (const entry of manifest.filter((candidate) => isCodeList(candidate.sourceFile))) {
      const list = parseCodeList(await readFile(path.join(TABLES, entry.sourceFile), 'utf8'));
      const onPage = pageCodes(entry.vendor);
      for (const constant of list.entries) {
        const found = lookupError(entry.vendor, constant.code);
        const where = `${entry.vendor} ${constant.code} (${entry.sourceFile}:${constant.line})`;
        expect(found, where).toBeDefined();
        if (constant.description === undefined) continue;
        expect(found!.sources.map((source) => source.document), where).toContain(entry.document);
        const described = found!.description[entry.language];
        // A page's own description wins; the list fills the language the page leaves empty.
        if (onPage.has(constant.code)) expect(described, where).toBeDefined();
        else expect(described, where).toBe(constant.description);
      }
    }
  });
});

describe('the committed pages', () => {
  it('every documented row still resolves to its own entry', () => {
    for (const entry of manifest.filter((candidate) => !isCodeList(candidate.sourceFile))) {
      for (const row of tables.get(entry.table) ?? []) {
        const code = entry.codeType === 'integer' ? Number(row.code) : row.code;
        const where = `${entry.vendor} ${entry.table}:${row.line}`;
        expect(lookupError(entry.vendor, code, row.message), where).toBeDefined();
        // A code two sections list with one message (DryRunOperation) is two variants of it: the
        // lookup gives the first, and the row's own is among the code's variants.
        const variants = (codeSets[entry.vendor] ?? []).flatMap((set) => set.entries[row.code] ?? []);
        const found = variants.find(
          (variant) =>
            variant.source.document === entry.document &&
            variant.source.section === entry.section &&
            variant.message === row.message &&
            variant.httpStatus === row.httpStatus,
        );
        expect(found, where).toBeDefined();
        expect(found!.httpStatus, where).toBe(row.httpStatus);
        expect(found!.message, where).toBe(row.message);
        expect(found!.name, where).toBe(row.name);
        expect(found!.category, where).toBe(row.category);
        expect(found!.retryable, where).toBe(row.retryable);
        if (row.description[entry.language] !== undefined)
          expect(found!.description[entry.language], where).toBe(row.description[entry.language]);
      }
    }
  });
});
