// Emits entries.ts: each code set's frozen map from code to its documented variants, and its CodeSetTable.
import type { CodeNode, CodeSetNode, EntryNode, VendorNode } from '../model/model.js';
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
function sourceNames(
  vendor: VendorNode,
): Map<string, { readonly name: string; readonly entry: EntryNode }> {
  const names = new Map<string, { readonly name: string; readonly entry: EntryNode }>();
  for (const codeSet of vendor.codeSets) {
    for (const code of codeSet.codes) {
      for (const entry of code.variants) {
        const key = sourceKey(entry);
        if (!names.has(key)) names.set(key, { name: `source${names.size + 1}`, entry });
      }
    }
  }
  return names;
}

const sourceKey = (entry: EntryNode): string =>
  JSON.stringify([entry.source.document, entry.source.section]);

/** One variant as an ErrorEntry literal; absent cells stay absent. */
export function entryLiteral(entry: EntryNode, sourceName: string): string {
  const description: [string, string][] = [];
  if (entry.description.zh !== undefined) description.push(['zh', tsLiteral(entry.description.zh)]);
  if (entry.description.en !== undefined) description.push(['en', tsLiteral(entry.description.en)]);
  const properties: [string, string][] = [
    ['vendor', tsLiteral(entry.vendor)],
    ['code', tsLiteral(entry.code)],
    ['name', tsLiteral(entry.name)],
  ];
  if (entry.httpStatus !== undefined) properties.push(['httpStatus', tsLiteral(entry.httpStatus)]);
  if (entry.message !== undefined) properties.push(['message', tsLiteral(entry.message)]);
  properties.push(
    ['description', tsObject(description)],
    ['category', tsLiteral(entry.category)],
    ['retryable', tsLiteral(entry.retryable)],
    ['source', sourceName],
  );
  return tsObject(properties);
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
  sourceNameOf: (entry: EntryNode) => string,
): Statement {
  const variants = (code: CodeNode): string =>
    `[${code.variants.map((entry) => entryLiteral(entry, sourceNameOf(entry))).join(', ')}]`;
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
    const sourceNameOf = (entry: EntryNode): string => {
      const source = sources.get(sourceKey(entry));
      if (source === undefined)
        throw new Error(`no source name for ${entry.source.table}:${entry.source.line}`);
      return source.name;
    };
    return [
      tsImport(['deepFreeze'], '../entry.js'),
      tsImport(['CodeSetTable', 'ErrorVariants'], '../entry.js', { typeOnly: true }),
      tsImport(vendor.codeSets.map(codeValueName), moduleSpecifier(VENDOR_MODULES.codes), {
        typeOnly: true,
      }),
      ...[...sources.values()].map(({ name, entry }) =>
        tsConst({
          name,
          isExported: false,
          // Frozen with the entries that share it.
          initializer: tsObject([
            ['document', tsLiteral(entry.source.document)],
            ['section', tsLiteral(entry.source.section)],
          ]),
        }),
      ),
      ...vendor.codeSets.flatMap((codeSet) => [
        entriesDeclaration(codeSet, sourceNameOf),
        codeSetDeclaration(vendor, codeSet),
      ]),
    ];
  },
};
