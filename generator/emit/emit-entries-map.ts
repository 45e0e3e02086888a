// Emits entries.ts: each code set's frozen map from code to its documented variants, and its CodeSetTable.
import { ENTRY_FIELDS, ENTRY_SOURCE_FIELDS, type EntryFieldKey } from '../model/entry-shape.js';
import type { CodeSetNode, EntryNode, EntrySourceNode, VendorNode } from '../model/model.js';
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
import { arrayProperty, objectProperty, propertyLine, spaces } from './lib/final-ts.js';
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
): Map<string, { readonly name: string; readonly source: EntrySourceNode }> {
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

const sourceKey = (source: EntrySourceNode): string =>
  JSON.stringify([source.document, source.section]);

/** How each ErrorEntry field of a variant is printed at an indentation; undefined leaves an optional field out. */
const FIELD_LINES: {
  readonly [Key in EntryFieldKey]: (
    entry: EntryNode,
    sourceNameOf: (source: EntrySourceNode) => string,
    indent: number,
  ) => string | undefined;
} = {
  vendor: (entry, _, indent) => propertyLine(indent, 'vendor', tsLiteral(entry.vendor)),
  code: (entry, _, indent) => propertyLine(indent, 'code', tsLiteral(entry.code)),
  name: (entry, _, indent) => propertyLine(indent, 'name', tsLiteral(entry.name)),
  httpStatus: (entry, _, indent) =>
    entry.httpStatus === undefined
      ? undefined
      : propertyLine(indent, 'httpStatus', tsLiteral(entry.httpStatus)),
  message: (entry, _, indent) =>
    entry.message === undefined
      ? undefined
      : propertyLine(indent, 'message', tsLiteral(entry.message)),
  description: (entry, _, indent) =>
    objectProperty(
      indent,
      'description',
      (['zh', 'en'] as const).flatMap((language) => {
        const text = entry.description[language];
        return text === undefined ? [] : [[language, tsLiteral(text)] as const];
      }),
    ),
  category: (entry, _, indent) => propertyLine(indent, 'category', tsLiteral(entry.category)),
  retryable: (entry, _, indent) => propertyLine(indent, 'retryable', tsLiteral(entry.retryable)),
  source: (entry, sourceNameOf, indent) =>
    propertyLine(indent, 'source', sourceNameOf(entry.source)),
  sources: (entry, sourceNameOf, indent) =>
    arrayProperty(indent, 'sources', entry.sources.map(sourceNameOf)),
};

/**
 * One variant as an expanded ErrorEntry literal at `indent`, in final form, its fields in
 * ENTRY_FIELDS order; absent cells stay absent.
 */
export function entryLiteral(
  entry: EntryNode,
  sourceNameOf: (source: EntrySourceNode) => string,
  indent: number,
): string {
  const fields = ENTRY_FIELDS.flatMap(({ key }) => {
    const line = FIELD_LINES[key](entry, sourceNameOf, indent + 2);
    return line === undefined ? [] : [line];
  });
  return [`${spaces(indent)}{`, ...fields, `${spaces(indent)}},`].join('\n');
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
  sourceNameOf: (source: EntrySourceNode) => string,
): Statement {
  const printCodes = (indent: number): string =>
    codeSet.codes
      .map((code) =>
        [
          `${spaces(indent)}${tsPropertyKey(code.code)}: [`,
          ...code.variants.map((entry) => entryLiteral(entry, sourceNameOf, indent + 2)),
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

/** The code set's family rules as frozen literals, in table order: what decides its undocumented codes. */
function familyRulesLiteral(codeSet: CodeSetNode): string {
  const rules = codeSet.familyRules.map((rule) =>
    tsObject([
      ['prefix', tsLiteral(rule.prefix)],
      ...(rule.keyword !== undefined ? [['keyword', tsLiteral(rule.keyword)] as const] : []),
      ['category', tsLiteral(rule.category)],
      ['retryable', tsLiteral(rule.retryable)],
    ]),
  );
  return tsPure('deepFreeze', [`[${rules.join(', ')}] satisfies CodeSetTable['rules']`]);
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
        ['rules', familyRulesLiteral(codeSet)],
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
          initializer: tsObject(
            ENTRY_SOURCE_FIELDS.map(({ key }) => [key, tsLiteral(source[key])]),
          ),
        }),
      ),
      ...vendor.codeSets.flatMap((codeSet) => [
        entriesDeclaration(codeSet, sourceNameOf),
        codeSetDeclaration(vendor, codeSet),
      ]),
    ];
  },
};
