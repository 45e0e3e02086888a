// Emits `PErrorCode`: one enum per code set, each member documented with every variant, and the codes.ts module.
import type { CodeSetNode, VendorNode } from '../model/model.js';
import { codeUnionDeclaration } from './emit-code-union.js';
import { describeCode, describeCodeSet } from './lib/describe.js';
import type { VendorModuleEmitter } from './lib/emitter.js';
import { finalBlock } from './lib/final-form.js';
import { docsLines, spaces } from './lib/final-ts.js';
import { codeSetTables, enumName, VENDOR_MODULES } from './lib/names.js';
import {
  tsDocs,
  tsLiteral,
  tsPropertyKey,
  tsWithBlocks,
  writeDocs,
  type Statement,
} from './lib/ts.js';

/**
 * A string enum for string codes, a numeric enum for integer codes; members named by the tables'
 * `name`. The members, one per code, are printed in final form (an enum is always expanded).
 */
export function enumDeclaration(vendor: VendorNode, codeSet: CodeSetNode): Statement {
  const members = codeSet.codes.map((code) => ({
    docs: tsDocs(describeCode(code)),
    line: `${tsPropertyKey(code.name)} = ${tsLiteral(codeSet.codeType === 'integer' ? Number(code.code) : String(code.code))},`,
  }));
  const block = finalBlock(`${enumName(codeSet)}_members`, (indent) =>
    members
      .flatMap(({ docs, line }) => [...docsLines(indent, docs, false), `${spaces(indent)}${line}`])
      .join('\n'),
  );
  return tsWithBlocks(
    (writer) => {
      writeDocs(writer, tsDocs(describeCodeSet(vendor, codeSet)));
      writer.write(`export enum ${enumName(codeSet)} `).inlineBlock(() => {
        if (members.length > 0) writer.writeLine(`${block.placeholder},`);
      });
    },
    members.length > 0 ? [block] : [],
  );
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
