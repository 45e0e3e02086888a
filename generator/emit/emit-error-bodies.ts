// Emits bodies.ts: each code set's error response bodies as a union discriminated by the vendor's own code field.
import type { CodeSetNode, Envelope } from '../model/model.js';
import type { VendorModuleEmitter } from './lib/emitter.js';
import { ENVELOPE_FIELDS, codeField, fieldPath, fieldTree } from './lib/envelopes.js';
import {
  bodyName,
  bodyOfName,
  codeSetTables,
  codeValueName,
  moduleSpecifier,
  VENDOR_MODULES,
} from './lib/names.js';
import { tsDocs, tsImport, tsObjectType, tsTypeAlias, type Statement } from './lib/ts.js';

/** The body type of one code: the envelope's fields in the vendor's order, the code field holding `codeType`. */
export function bodyType(envelope: Envelope, codeType: string): string {
  const print = (nodes: ReturnType<typeof fieldTree>): string =>
    tsObjectType(
      nodes.map((node) => [
        node.key,
        node.leaf === undefined
          ? print(node.children)
          : node.leaf.role === 'code'
            ? codeType
            : 'string',
      ]),
    );
  return print(fieldTree(ENVELOPE_FIELDS[envelope]));
}

/** `PErrorBodyOf<Code>`: the body of one code, as the vendor's example shows it. */
export function errorBodyOfDeclaration(codeSet: CodeSetNode): Statement {
  return tsTypeAlias({
    name: bodyOfName(codeSet),
    docs: tsDocs([
      `The error response body of one ${codeSet.prefix} code, in the vendor's envelope.`,
    ]),
    typeParameters: [`Code extends ${codeValueName(codeSet)}`],
    type: bodyType(codeSet.envelope, 'Code'),
  });
}

/**
 * `PErrorBody`: one member per code. Written as a mapped type indexed by every code, which the
 * compiler expands to exactly that union, so the file stays a few lines for any number of codes.
 */
export function errorBodyDeclaration(codeSet: CodeSetNode): Statement {
  const field = fieldPath(codeField(codeSet.envelope));
  const codes = codeValueName(codeSet);
  return tsTypeAlias({
    name: bodyName(codeSet),
    docs: tsDocs([
      `An error response body of a ${codeSet.prefix} code: the union of ${bodyOfName(codeSet)} over every code, discriminated by \`${field}\`, so a \`switch\` on it narrows to one code's body.`,
    ]),
    type: `{ [Code in ${codes}]: ${bodyOfName(codeSet)}<Code> }[${codes}]`,
  });
}

/** `src/<vendor>/bodies.ts`: types only, nothing at run time. */
export const bodiesModule: VendorModuleEmitter = {
  type: 'vendor-module-emitter',
  kind: 'bodies',
  file: VENDOR_MODULES.bodies,
  tables: (vendor) => [
    ...new Set(vendor.codeSets.flatMap((codeSet) => codeSetTables(vendor, codeSet, false))),
  ],
  statements: (vendor) => [
    tsImport(vendor.codeSets.map(codeValueName), moduleSpecifier(VENDOR_MODULES.codes), {
      typeOnly: true,
    }),
    ...vendor.codeSets.flatMap((codeSet) => [
      errorBodyOfDeclaration(codeSet),
      errorBodyDeclaration(codeSet),
    ]),
  ],
};
