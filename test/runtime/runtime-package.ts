// Lays out the runtime files as the generated package has them, with a stand-in registry, in a temporary directory.

import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vocabularyStatements } from '../../generator/emit/emit-vocabulary.js';
import { createTsPrinter } from '../../generator/emit/lib/ts.js';
import type { CodeSetTable, VendorId } from '../../generator/shipped/runtime/entry.js';
import type { PackageModel } from '../../generator/model/model.js';
import { TEST_RELEASE } from '../helpers/tables.js';
import type { VendorErrorOf } from '../../generator/shipped/runtime/vendor-error.js';
import { FIXTURE_CODE_SETS, setsOf, type CodeSets } from './fixtures/code-sets.js';

export const RUNTIME_DIR = fileURLToPath(new URL('../../generator/shipped/runtime/', import.meta.url));

type AnyVendorError = VendorErrorOf<VendorId, string | number>;

/** sdk-adapters.ts as tests call it; its precise types are checked by compile.test.ts. */
export interface SdkAdapters {
  parseErrorResponse(vendor: VendorId, httpStatus: unknown, body: unknown): AnyVendorError | null;
  fromTencentCloudSdkError(
    err: unknown,
    product: 'tencent-live' | 'tencent-streamlive',
  ): AnyVendorError | null;
  fromBceSdkError(err: unknown): AnyVendorError | null;
}

export interface StandInRegistry {
  readonly CODE_SETS: CodeSets;
}

/** The code set as the registry source declares it: plain data, rebuilt with null prototypes. */
function codeSetLiteral(codeSet: CodeSetTable): string {
  const entries = Object.fromEntries(Object.entries(codeSet.entries));
  const aliases = Object.fromEntries(Object.entries(codeSet.aliases));
  return `codeSet(${JSON.stringify({ ...codeSet, entries, aliases }, null, 2)})`;
}

/** A registry.ts like the generated one: VENDORS, CODE_SETS and the per-vendor types the runtime reads. */
export function standInRegistrySource(
  codeSets: CodeSets,
): string {
  const vendors = Object.keys(codeSets) as VendorId[];
  const codeUnion = (vendor: VendorId): string => {
    const codes = setsOf(codeSets, vendor).flatMap((set) =>
      Object.values(set.entries).map((variants) => variants?.[0]?.code),
    );
    return codes.map((code) => JSON.stringify(code)).join(' | ') || 'never';
  };
  return [
    "// Stand-in for the generated registry: the runtime tests' fixture code sets.",
    '',
    "import type { CodeSetTable, ErrorEntry } from './entry.js';",
    "import type { VendorId } from './entry.js';",
    "import type { VendorErrorOf } from './vendor-error.js';",
    '',
    'export interface VendorEnvelopes {',
    ...vendors.map(
      (vendor) =>
        `  readonly '${vendor}': ${[...new Set(setsOf(codeSets, vendor).map((set) => `'${set.envelope}'`))].join(' | ') || 'never'};`,
    ),
    '}',
    '',
    `export const VENDORS: readonly VendorId[] = ${JSON.stringify(vendors)};`,
    '',
    'export interface VendorErrors {',
    ...vendors.map(
      (vendor) => `  readonly '${vendor}': VendorErrorOf<'${vendor}', ${codeUnion(vendor)}>;`,
    ),
    '}',
    '',
    'interface CodeSetData extends Omit<CodeSetTable, "entries" | "aliases"> {',
    '  readonly entries: { readonly [code: string]: readonly [ErrorEntry, ...ErrorEntry[]] };',
    '  readonly aliases: { readonly [alias: string]: string | number };',
    '}',
    '',
    'function codeSet(data: CodeSetData): CodeSetTable {',
    '  const entries = Object.freeze(Object.assign(Object.create(null), data.entries));',
    '  const aliases = Object.freeze(Object.assign(Object.create(null), data.aliases));',
    '  return Object.freeze({ ...data, entries, aliases });',
    '}',
    '',
    'export const CODE_SETS: Readonly<Record<VendorId, readonly CodeSetTable[]>> = {',
    ...vendors.map(
      (vendor) => `  '${vendor}': [${setsOf(codeSets, vendor).map(codeSetLiteral).join(', ')}],`,
    ),
    '};',
    '',
  ].join('\n');
}

/** vocabulary.ts as the generator writes it for these code sets: their vendors and envelopes. */
export function standInVocabularySource(
  codeSets: CodeSets,
): string {
  const model: PackageModel = {
    type: 'package',
    release: TEST_RELEASE,
    vendors: (Object.keys(codeSets) as VendorId[]).map((vendor) => ({
      type: 'vendor',
      id: vendor,
      prefix: setsOf(codeSets, vendor)[0]?.prefix ?? '',
      codeSets: setsOf(codeSets, vendor).map((set) => ({
        type: 'code-set',
        vendor,
        prefix: set.prefix,
        codeType: set.codeType,
        envelope: set.envelope,
        codes: [],
        tables: [],
        familyRules: [],
      })),
      sources: [],
      aliases: [],
    })),
  };
  return createTsPrinter()('vocabulary.ts', '// Stand-in for the generated vocabulary.', vocabularyStatements(model));
}

/** Copies every runtime file and writes the stand-in registry and vocabulary into `dir`. */
export function writeRuntimeFiles(dir: string): void {
  for (const name of readdirSync(RUNTIME_DIR)) {
    if (name.endsWith('.ts')) copyFileSync(join(RUNTIME_DIR, name), join(dir, name));
  }
  writeFileSync(join(dir, 'registry.ts'), standInRegistrySource(FIXTURE_CODE_SETS));
  writeFileSync(join(dir, 'vocabulary.ts'), standInVocabularySource(FIXTURE_CODE_SETS));
}

interface LoadedPackage {
  readonly adapters: SdkAdapters;
  readonly registry: StandInRegistry;
  readonly dispose: () => void;
}

/** A temporary copy of the runtime with the stand-in registry, loaded; `dispose` removes it. */
export async function loadStandInPackage(): Promise<LoadedPackage & { readonly dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cloud-error-codes-runtime-'));
  writeRuntimeFiles(dir);
  // Computed specifiers: the workspace type check must not follow them to a registry it lacks.
  const adapters = (await import(join(dir, 'sdk-adapters.ts'))) as SdkAdapters;
  const registry = (await import(join(dir, 'registry.ts'))) as StandInRegistry;
  return { dir, adapters, registry, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

const GENERATED_DIR = fileURLToPath(new URL('../../generated/', import.meta.url));
const GENERATED_SRC = join(GENERATED_DIR, 'src');

/** The runtime as generated/src ships it, with the real registry. */
async function loadGeneratedPackage(): Promise<LoadedPackage> {
  const adapters = (await import(join(GENERATED_SRC, 'sdk-adapters.ts'))) as SdkAdapters;
  const registry = (await import(join(GENERATED_SRC, 'registry.ts'))) as StandInRegistry;
  return { adapters, registry, dispose: () => {} };
}

export interface RuntimePackage {
  readonly name: string;
  /** Undefined when the package is not there yet; `why` says what is missing. */
  readonly load: (() => Promise<LoadedPackage>) | undefined;
  readonly why?: string;
}

/** The stand-in always; generated/src once `npm run generate` has written generated/ (then it must load). */
export async function runtimePackages(): Promise<readonly RuntimePackage[]> {
  const generated = existsSync(GENERATED_DIR);
  return [
    { name: 'the stand-in registry', load: loadStandInPackage },
    generated
      ? { name: 'generated/src', load: loadGeneratedPackage }
      : { name: 'generated/src', load: undefined, why: 'not generated yet' },
  ];
}
