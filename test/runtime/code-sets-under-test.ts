// The code sets the runtime's round-trip and property tests run on: the fixtures, the tables, the generated registry.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodeSetTable, ErrorEntry, VendorId } from '../../generator/shipped/runtime/entry.js';
import { loadModel } from '../../generator/load-model.js';
import type { CodeSetNode, EntryNode, VendorNode } from '../../generator/model/model.js';
import { FIXTURE_CODE_SETS, type CodeSets } from './fixtures/code-sets.js';

export type { CodeSets };

export interface CodeSetSource {
  readonly name: string;
  /** Undefined when the source is not there yet; `why` says what is missing. */
  readonly codeSets: CodeSets | undefined;
  readonly why?: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The model's vendor ids are the manifest's; the runtime's VendorId names the same vendors. */
const runtimeVendor = (id: string): VendorId => id as VendorId;
const sourceOf = ({ document, section }: EntryNode['source']): ErrorEntry['source'] => ({ document, section });

function entryOf(node: EntryNode): ErrorEntry {
  return {
    vendor: runtimeVendor(node.vendor),
    code: node.code,
    name: node.name,
    ...(node.httpStatus !== undefined && { httpStatus: node.httpStatus }),
    ...(node.message !== undefined && { message: node.message }),
    description: node.description,
    category: node.category,
    retryable: node.retryable,
    source: { document: node.source.document, section: node.source.section },
    sources: [sourceOf(node.sources[0]), ...node.sources.slice(1).map(sourceOf)],
  };
}

/** The CodeSetTable a code set of the model stands for, as entry.ts defines it. */
function tableOf(vendor: VendorNode, set: CodeSetNode): CodeSetTable {
  const entries: Record<string, readonly [ErrorEntry, ...ErrorEntry[]]> = Object.create(null);
  for (const code of set.codes) {
    const [first, ...rest] = code.variants;
    entries[String(code.code)] = [entryOf(first), ...rest.map(entryOf)];
  }
  const aliases: Record<string, string | number> = Object.create(null);
  for (const alias of vendor.aliases)
    if (alias.codeSet === set.prefix) aliases[alias.alias] = alias.code;
  return {
    vendor: runtimeVendor(set.vendor),
    prefix: set.prefix,
    codeType: set.codeType,
    envelope: set.envelope,
    entries,
    aliases,
    rules: set.familyRules.map(({ type: _type, ...rule }) => rule),
  };
}

/** Every documented table, through the generator's own reader, validator and model. */
async function fromTables(): Promise<CodeSetSource> {
  const loaded = await loadModel(`${ROOT}tables`);
  if (!loaded.ok)
    return {
      name: 'tables/',
      codeSets: undefined,
      why: `${loaded.problems.length} table problems`,
    };
  const codeSets: Partial<Record<VendorId, readonly CodeSetTable[]>> = {};
  for (const vendor of loaded.model.vendors)
    codeSets[runtimeVendor(vendor.id)] = vendor.codeSets.map((set) => tableOf(vendor, set));
  return { name: 'tables/', codeSets };
}

const GENERATED_DIR = `${ROOT}generated`;

/** Skipped only before the first `npm run generate`; once generated/ exists its registry must load. */
async function fromGenerated(): Promise<CodeSetSource> {
  if (!existsSync(GENERATED_DIR)) {
    return { name: 'generated/', codeSets: undefined, why: 'no generated/ yet' };
  }
  // Computed specifier: the registry is generated, and the workspace type check must not need it.
  const registry = (await import(`${GENERATED_DIR}/src/registry.ts`)) as { CODE_SETS: CodeSets };
  return { name: 'generated/', codeSets: registry.CODE_SETS };
}

export async function codeSetSources(): Promise<readonly CodeSetSource[]> {
  return [
    { name: 'fixtures', codeSets: FIXTURE_CODE_SETS },
    await fromTables(),
    await fromGenerated(),
  ];
}
