// Emits entries.ts: each code set's frozen map from code to its documented variants, and its CodeSetTable.
import { ENTRY_FIELDS, ENTRY_SOURCE_FIELDS, type EntryFieldKey } from '../model/entry-shape.js';
import type { CodeNode, CodeSetNode, EntryNode, EntrySourceNode, VendorNode } from '../model/model.js';
import type { VendorModuleEmitter } from './lib/emitter.js';
import {
  codeSetName,
  codeSetTables,
  codeValueName,
  entriesName,
  moduleSpecifier,
  VENDOR_MODULES,
} from './lib/names.js';
import {
  tsConst,
  tsDocs,
  tsFrozen,
  tsFrozenRecord,
  tsFrozenRecordOf,
  tsImport,
  tsLiteral,
  tsObject,
  tsPure,
  type Statement,
} from './lib/ts.js';

/** Module-private names of the distinct document sections, in first-use order: many entries share one. */
function sourceNames(vendor: VendorNode): Map<string, { readonly name: string; readonly source: EntrySourceNode }> {
  const names = new Map<string, { readonly name: string; readonly source: EntrySourceNode }>();
  for (const codeSet of vendor.codeSets) {
    for (const code of codeSet.codes) {
      for (const entry of code.variants) {
        for (const source of entry.sources) {
          const key = sourceKey(source);
          if (!names.has(key)) names.set(key, { name: `source${names.size + 1}`, source });
        }
      }
    }
  }
  return names;
}

const sourceKey = (source: EntrySourceNode): string => JSON.stringify([source.document, source.section]);

/** How each ErrorEntry field of a variant is written; undefined leaves an optional field out. */
const FIELD_LITERALS: {
  readonly [Key in EntryFieldKey]: (entry: EntryNode, sourceNameOf: (source: EntrySourceNode) => string) => string | undefined;
} = {
  vendor: (entry) => tsLiteral(entry.vendor),
  code: (entry) => tsLiteral(entry.code),
  name: (entry) => tsLiteral(entry.name),
  httpStatus: (entry) => (entry.httpStatus === undefined ? undefined : tsLiteral(entry.httpStatus)),
  message: (entry) => (entry.message === undefined ? undefined : tsLiteral(entry.message)),
  description: (entry) =>
    tsObject(
      (['zh', 'en'] as const).flatMap((language) => {
        const text = entry.description[language];
        return text === undefined ? [] : [[language, tsLiteral(text)] as const];
      }),
    ),
  category: (entry) => tsLiteral(entry.category),
  retryable: (entry) => tsLiteral(entry.retryable),
  source: (entry, sourceNameOf) => sourceNameOf(entry.source),
  sources: (entry, sourceNameOf) => `[${entry.sources.map(sourceNameOf).join(', ')}]`,
};

/** One variant as an ErrorEntry literal, its fields in ENTRY_FIELDS order; absent cells stay absent. */
export function entryLiteral(entry: EntryNode, sourceNameOf: (source: EntrySourceNode) => string): string {
  return tsObject(
    ENTRY_FIELDS.flatMap(({ key }) => {
      const literal = FIELD_LITERALS[key](entry, sourceNameOf);
      return literal === undefined ? [] : [[key, literal] as const];
    }),
  );
}

/** `{ readonly [Code in TencentLiveErrorCodeValue]: ErrorVariants }`: every code present, nothing else. */
const entryMapType = (codeSet: CodeSetNode): string =>
  `{ readonly [Code in ${codeValueName(codeSet)}]: ErrorVariants }`;

/**
 * The map as plain literals checked against ErrorEntry (`satisfies`), deep-frozen by one pure call
 * rather than a freeze per entry: a tenth of the text for large tables, and a bundler still drops it.
 */
function entriesDeclaration(
  codeSet: CodeSetNode,
  sourceNameOf: (source: EntrySourceNode) => string,
): Statement {
  const variants = (code: CodeNode): string =>
    `[${code.variants.map((entry) => entryLiteral(entry, sourceNameOf)).join(', ')}]`;
  const literal = tsObject(codeSet.codes.map((code) => [code.code, variants(code)]));
  return tsConst({
    name: entriesName(codeSet),
    docs: tsDocs([
      `Every documented variant of each ${codeSet.prefix} code, in document order. Frozen all the way down and without a prototype: only own codes are keys.`,
    ]),
    type: entryMapType(codeSet),
    initializer: tsFrozenRecordOf(
      tsPure('deepFreeze', [`${literal} satisfies ${entryMapType(codeSet)}`]),
    ),
  });
}

function codeSetDeclaration(vendor: VendorNode, codeSet: CodeSetNode): Statement {
  const aliases = vendor.aliases.filter((alias) => alias.codeSet === codeSet.prefix);
  return tsConst({
    name: codeSetName(codeSet),
    docs: tsDocs([`The ${codeSet.prefix} codes as the runtime lookups and parsers read them.`]),
    type: 'CodeSetTable',
    initializer: tsFrozen(
      tsObject([
        ['vendor', tsLiteral(codeSet.vendor)],
        ['prefix', tsLiteral(codeSet.prefix)],
        ['codeType', tsLiteral(codeSet.codeType)],
        ['envelope', tsLiteral(codeSet.envelope)],
        ['entries', entriesName(codeSet)],
        [
          'aliases',
          tsFrozenRecord(
            aliases.map((alias) => [alias.alias, tsLiteral(alias.code)]),
            "CodeSetTable['aliases']",
          ),
        ],
      ]),
      'CodeSetTable',
    ),
  });
}

/** `src/<vendor>/entries.ts`: the data of every code set of the vendor. */
export const entriesModule: VendorModuleEmitter = {
  type: 'vendor-module-emitter',
  kind: 'entries',
  file: VENDOR_MODULES.entries,
  tables: (vendor) => [
    ...new Set(vendor.codeSets.flatMap((codeSet) => codeSetTables(vendor, codeSet, true))),
  ],
  statements: (vendor) => {
    const sources = sourceNames(vendor);
    const sourceNameOf = (source: EntrySourceNode): string => {
      const named = sources.get(sourceKey(source));
      if (named === undefined) throw new Error(`no source name for ${source.table}:${source.line}`);
      return named.name;
    };
    return [
      tsImport(['deepFreeze'], '../entry.js'),
      tsImport(['CodeSetTable', 'ErrorVariants'], '../entry.js', { typeOnly: true }),
      tsImport(vendor.codeSets.map(codeValueName), moduleSpecifier(VENDOR_MODULES.codes), {
        typeOnly: true,
      }),
      ...[...sources.values()].map(({ name, source }) =>
        tsConst({
          name,
          isExported: false,
          // Frozen with the entries that share it.
          initializer: tsObject(ENTRY_SOURCE_FIELDS.map(({ key }) => [key, tsLiteral(source[key])])),
        }),
      ),
      ...vendor.codeSets.flatMap((codeSet) => [
        entriesDeclaration(codeSet, sourceNameOf),
        codeSetDeclaration(vendor, codeSet),
      ]),
    ];
  },
};
