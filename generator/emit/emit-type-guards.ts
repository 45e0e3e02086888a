// Emits guards.ts: `isPErrorCode` and `isPErrorBody` over a small set of the codes, so a guard never pulls in entries.ts.
import type { CodeSetNode } from '../model/model.js';
import type { VendorModuleEmitter } from './lib/emitter.js';
import { finalBlock } from './lib/final-form.js';
import { docsLines, filledNumbers } from './lib/final-ts.js';
import { ENVELOPE_FIELDS, codeField, fieldPath, type EnvelopeField } from './lib/envelopes.js';
import {
  bodyGuardName,
  bodyName,
  codeGuardName,
  codeSetTables,
  codeValueName,
  moduleSpecifier,
  VENDOR_MODULES,
} from './lib/names.js';
import {
  tsConst,
  tsDocs,
  tsFunction,
  tsImport,
  tsLiteral,
  tsPure,
  tsString,
  type Statement,
} from './lib/ts.js';
import { fits } from './lib/text-width.js';

/** The module-private set of a code set's codes (`tencentLiveCodes`). */
const guardCodesName = (codeSet: CodeSetNode): string =>
  `${codeSet.prefix[0]?.toLowerCase()}${codeSet.prefix.slice(1)}Codes`;

/** The local variable holding the object at a path of the body (`responseError` for Response.Error). */
const objectVariable = (path: readonly string[]): string =>
  path
    .map((key, index) =>
      index === 0 ? key[0]?.toLowerCase() + key.slice(1) : key[0]?.toUpperCase() + key.slice(1),
    )
    .join('');

/**
 * The set of codes, printed in final form when its opening line fits the page (always, but for a
 * code-set prefix of some forty characters): on one line if all of it fits, else one string code
 * a line, or integer codes filled as many to a line as fit, as prettier prints them.
 */
function guardCodesDeclaration(codeSet: CodeSetNode): Statement {
  const docs = tsDocs([
    `The ${codeSet.prefix} codes for the guards alone, as a set so a check is O(1) however many codes there are: the entries map is many times larger. Module-private, so nothing can add to it.`,
  ]);
  const items = codeSet.codes.map((code) => tsLiteral(code.code));
  const head = `const ${guardCodesName(codeSet)}: ReadonlySet<unknown> = /* @__PURE__ */ new Set([`;
  const oneLine = `${head}${items.join(', ')}]);`;
  if (items.length === 0 || fits(oneLine) || !fits(head)) {
    return tsConst({
      name: guardCodesName(codeSet),
      isExported: false,
      docs,
      type: 'ReadonlySet<unknown>',
      initializer: tsPure('new Set', [`[${items.join(', ')}]`]),
    });
  }
  const body =
    codeSet.codeType === 'integer'
      ? filledNumbers(2, items)
      : items.map((item) => `  ${item},`).join('\n');
  // A statement of the module: the formatter leaves it at the first column.
  return finalBlock(guardCodesName(codeSet), () =>
    [...docsLines(0, docs, true), head, body, ']);'].join('\n'),
  );
}

function codeGuardDeclaration(codeSet: CodeSetNode): Statement {
  const jsType = codeSet.codeType === 'integer' ? 'number' : 'string';
  return tsFunction({
    name: codeGuardName(codeSet),
    docs: tsDocs([
      `Is the value one of the documented ${codeSet.prefix} codes (a ${jsType}, compared exactly)? Never throws.`,
    ]),
    parameters: [['value', 'unknown']],
    returnType: `value is ${codeValueName(codeSet)}`,
    body: (writer) =>
      writer.writeLine(
        `return typeof value === '${jsType}' && ${guardCodesName(codeSet)}.has(value);`,
      ),
  });
}

function bodyGuardDeclaration(codeSet: CodeSetNode): Statement {
  const fields = ENVELOPE_FIELDS[codeSet.envelope];
  // Every object on the way to a field, outermost first, each read once.
  const objectPaths = [
    ...new Set(
      fields.flatMap((field) =>
        field.path.slice(0, -1).map((_, depth) => field.path.slice(0, depth + 1).join('.')),
      ),
    ),
  ];
  const holderOf = (field: EnvelopeField): string =>
    field.path.length === 1 ? 'value' : objectVariable(field.path.slice(0, -1));
  const read = (field: EnvelopeField): string =>
    `ownProperty(${holderOf(field)}, ${tsString(field.path[field.path.length - 1] ?? '')})`;
  const checks = fields.map((field) =>
    field.role === 'code'
      ? `${codeGuardName(codeSet)}(${read(field)})`
      : `typeof ${read(field)} === 'string'`,
  );
  return tsFunction({
    name: bodyGuardName(codeSet),
    docs: tsDocs([
      `Is the value a ${codeSet.prefix} error body: \`${fieldPath(codeField(codeSet.envelope))}\` a documented code and every other field of the envelope a string? Reads own data properties only and never throws.`,
    ]),
    parameters: [['value', 'unknown']],
    returnType: `value is ${bodyName(codeSet)}`,
    body: (writer) => {
      for (const path of objectPaths) {
        const keys = path.split('.');
        const holder = keys.length === 1 ? 'value' : objectVariable(keys.slice(0, -1));
        writer.writeLine(
          `const ${objectVariable(keys)} = ownProperty(${holder}, ${tsString(keys[keys.length - 1] ?? '')});`,
        );
      }
      writer.writeLine(`return ${checks.join(' && ')};`);
    },
  });
}

/** `src/<vendor>/guards.ts`: guards of every code set of the vendor. */
export const guardsModule: VendorModuleEmitter = {
  type: 'vendor-module-emitter',
  kind: 'guards',
  file: VENDOR_MODULES.guards,
  tables: (vendor) => [
    ...new Set(vendor.codeSets.flatMap((codeSet) => codeSetTables(vendor, codeSet, false))),
  ],
  statements: (vendor) => [
    tsImport(['ownProperty'], '../own-property.js'),
    tsImport(vendor.codeSets.map(codeValueName), moduleSpecifier(VENDOR_MODULES.codes), {
      typeOnly: true,
    }),
    tsImport(vendor.codeSets.map(bodyName), moduleSpecifier(VENDOR_MODULES.bodies), {
      typeOnly: true,
    }),
    ...vendor.codeSets.flatMap((codeSet) => [
      guardCodesDeclaration(codeSet),
      codeGuardDeclaration(codeSet),
      bodyGuardDeclaration(codeSet),
    ]),
  ],
};
