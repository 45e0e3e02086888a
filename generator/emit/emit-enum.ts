// Emits `PErrorCode`: one enum per code set, each member documented with every variant, and the codes.ts module.
import type { CodeSetNode, VendorNode } from '../model/model.js';
import { codeUnionDeclaration } from './emit-code-union.js';
import { describeCode, describeCodeSet } from './lib/describe.js';
import type { VendorModuleEmitter } from './lib/emitter.js';
import { codeSetTables, enumName, VENDOR_MODULES } from './lib/names.js';
import { tsDocs, tsEnum, type Statement } from './lib/ts.js';

/** A string enum for string codes, a numeric enum for integer codes; members named by the tables' `name`. */
export function enumDeclaration(vendor: VendorNode, codeSet: CodeSetNode): Statement {
  return tsEnum({
    name: enumName(codeSet),
    docs: tsDocs(describeCodeSet(vendor, codeSet)),
    members: codeSet.codes.map((code) => ({
      name: code.name,
      value: codeSet.codeType === 'integer' ? Number(code.code) : String(code.code),
      docs: tsDocs(describeCode(code)),
    })),
  });
}

/** `src/<vendor>/codes.ts`: the enum and the literal union of every code set of the vendor. */
export const codesModule: VendorModuleEmitter = {
  type: 'vendor-module-emitter',
  kind: 'codes',
  file: VENDOR_MODULES.codes,
  tables: (vendor) => [
    ...new Set(vendor.codeSets.flatMap((codeSet) => codeSetTables(vendor, codeSet, false))),
  ],
  statements: (vendor) =>
    vendor.codeSets.flatMap((codeSet) => [
      enumDeclaration(vendor, codeSet),
      codeUnionDeclaration(codeSet),
    ]),
};
