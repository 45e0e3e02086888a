// Emits bodies.ts: each code set's error response bodies as a union discriminated by the vendor's own code field.
import type { CodeSetNode, Envelope } from '../model/model.js';
import type { VendorModuleEmitter } from './lib/emitter.js';
import { ENVELOPE_FIELDS, codeField, fieldPath, fieldTree } from './lib/envelopes.js';
import { bodyName, codeSetTables, VENDOR_MODULES } from './lib/names.js';
import { tsDocs, tsLiteral, tsObjectType, tsTypeAlias, tsUnion, type Statement } from './lib/ts.js';

/** The body type of one code: the envelope's fields, the code field holding the code's literal. */
export function bodyType(envelope: Envelope, codeType: string): string {
  const print = (nodes: ReturnType<typeof fieldTree>): string =>
    tsObjectType(
      nodes.map((node) => [
        node.key,
        node.leaf === undefined ? print(node.children) : node.leaf.holds === 'code' ? codeType : 'string',
      ]),
    );
  return print(fieldTree(ENVELOPE_FIELDS[envelope]));
}

export function errorBodyDeclaration(codeSet: CodeSetNode): Statement {
  const field = fieldPath(codeField(codeSet.envelope));
  return tsTypeAlias({
    name: bodyName(codeSet),
    docs: tsDocs([
      `An error response body of a ${codeSet.prefix} code, one member per code: a \`switch\` on \`${field}\` narrows it to that code's body.`,
    ]),
    type: tsUnion(codeSet.codes.map((code) => bodyType(codeSet.envelope, tsLiteral(code.code)))),
  });
}

/** `src/<vendor>/bodies.ts`: types only, nothing at run time. */
export const bodiesModule: VendorModuleEmitter = {
  type: 'vendor-module-emitter',
  kind: 'bodies',
  file: VENDOR_MODULES.bodies,
  tables: (vendor) => [...new Set(vendor.codeSets.flatMap((codeSet) => codeSetTables(vendor, codeSet, false)))],
  statements: (vendor) => vendor.codeSets.map(errorBodyDeclaration),
};
