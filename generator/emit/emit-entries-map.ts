// Emits entries.ts: each code set's frozen map from code to its documented variants, and its CodeSetTable.
import type { CodeSetNode, EntryNode, VendorNode } from '../model/model.js';
import type { VendorModuleEmitter } from './lib/emitter.js';
import {
  codeSetName,
  codeSetTables,
  codeValueName,
  entriesName,
  moduleSpecifier,
  VENDOR_MODULES,
} from './lib/names.js';
import { finalBlock } from './lib/final-form.js';
import { objectProperty, propertyLine, spaces } from './lib/final-ts.js';
import {
  tsConst,
  tsDocs,
  tsFrozen,
  tsFrozenRecord,
  tsFrozenRecordOf,
  tsImport,
  tsLiteral,
  tsObject,
  tsPropertyKey,
  tsPure,
  tsWithBlocks,
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

/**
 * One variant as an expanded ErrorEntry literal at `indent`, in final form; absent cells stay
 * absent.
 */
export function entryLiteral(entry: EntryNode, sourceName: string, indent: number): string {
  const inner = indent + 2;
  const description: [string, string][] = [];
  if (entry.description.zh !== undefined) description.push(['zh', tsLiteral(entry.description.zh)]);
  if (entry.description.en !== undefined) description.push(['en', tsLiteral(entry.description.en)]);
  const lines = [
    `${spaces(indent)}{`,
    propertyLine(inner, 'vendor', tsLiteral(entry.vendor)),
    propertyLine(inner, 'code', tsLiteral(entry.code)),
    propertyLine(inner, 'name', tsLiteral(entry.name)),
  ];
  if (entry.httpStatus !== undefined)
    lines.push(propertyLine(inner, 'httpStatus', tsLiteral(entry.httpStatus)));
  if (entry.message !== undefined)
    lines.push(propertyLine(inner, 'message', tsLiteral(entry.message)));
  lines.push(
    objectProperty(inner, 'description', description),
    propertyLine(inner, 'category', tsLiteral(entry.category)),
    propertyLine(inner, 'retryable', tsLiteral(entry.retryable)),
    propertyLine(inner, 'source', sourceName),
    `${spaces(indent)}},`,
  );
  return lines.join('\n');
}

/** `{ readonly [Code in TencentLiveErrorCodeValue]: ErrorVariants }`: every code present, nothing else. */
const entryMapType = (codeSet: CodeSetNode): string =>
  `{ readonly [Code in ${codeValueName(codeSet)}]: ErrorVariants }`;

/**
 * The map as plain literals checked against ErrorEntry (`satisfies`), deep-frozen by one pure call
 * rather than a freeze per entry: a tenth of the text for large tables, and a bundler still drops it.
 * Its properties, every variant of every code, are printed in final form.
 */
function entriesDeclaration(
  codeSet: CodeSetNode,
  sourceNameOf: (entry: EntryNode) => string,
): Statement {
  const printCodes = (indent: number): string =>
    codeSet.codes
      .map((code) =>
        [
          `${spaces(indent)}${tsPropertyKey(code.code)}: [`,
          ...code.variants.map((entry) => entryLiteral(entry, sourceNameOf(entry), indent + 2)),
          `${spaces(indent)}],`,
        ].join('\n'),
      )
      .join('\n');
  const block = finalBlock(entriesName(codeSet), printCodes);
  const empty = codeSet.codes.length === 0;
  // An object whose first key is on a line of its own stays expanded, as the real map is.
  const literal = empty ? '{}' : `{\n${block.placeholder},\n}`;
  return tsWithBlocks(
    tsConst({
      name: entriesName(codeSet),
      docs: tsDocs([
        `Every documented variant of each ${codeSet.prefix} code, in document order. Frozen all the way down and without a prototype: only own codes are keys.`,
      ]),
      type: entryMapType(codeSet),
      initializer: tsFrozenRecordOf(
        tsPure('deepFreeze', [`${literal} satisfies ${entryMapType(codeSet)}`]),
      ),
    }),
    empty ? [] : [block],
  );
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
