// Emits src/<vendor>/index.ts: the vendor subpath, re-exporting its modules plus its typed error parse.
import type { VendorNode } from '../model/model.js';
import type { VendorModuleEmitter } from './lib/emitter.js';
import { codeField, fieldPath } from './lib/envelopes.js';
import {
  bodyGuardName,
  bodyName,
  bodyOfName,
  codeGuardName,
  codeSetName,
  codeValueName,
  entriesName,
  enumName,
  moduleSpecifier,
  parseFunctionName,
  VENDOR_MODULES,
  vendorErrorName,
  vendorTables,
} from './lib/names.js';
import {
  tsDocs,
  tsExportFrom,
  tsFunction,
  tsImport,
  tsLiteral,
  tsTypeAlias,
  type Statement,
} from './lib/ts.js';

/** `VendorErrorOf<'kingsoft-live', KingsoftLiveErrorCodeValue | KingsoftLiveV1ErrorCodeValue>`. */
export const vendorErrorType = (vendor: VendorNode): string =>
  `VendorErrorOf<${tsLiteral(vendor.id)}, ${vendor.codeSets.map(codeValueName).join(' | ') || 'never'}>`;

export function vendorIndexStatements(vendor: VendorNode): Statement[] {
  const { codeSets } = vendor;
  const fields = [
    ...new Set(codeSets.map((codeSet) => `\`${fieldPath(codeField(codeSet.envelope))}\``)),
  ].join(' or ');
  return [
    tsImport(['parseWithCodeSets'], '../vendor-error.js'),
    tsImport(['VendorErrorOf'], '../vendor-error.js', { typeOnly: true }),
    tsImport(codeSets.map(codeSetName), moduleSpecifier(VENDOR_MODULES.entries)),
    tsImport(codeSets.map(codeValueName), moduleSpecifier(VENDOR_MODULES.codes), {
      typeOnly: true,
    }),
    tsExportFrom(codeSets.map(enumName), moduleSpecifier(VENDOR_MODULES.codes)),
    tsExportFrom(codeSets.map(codeValueName), moduleSpecifier(VENDOR_MODULES.codes), {
      typeOnly: true,
    }),
    tsExportFrom(
      codeSets.flatMap((codeSet) => [entriesName(codeSet), codeSetName(codeSet)]),
      moduleSpecifier(VENDOR_MODULES.entries),
    ),
    tsExportFrom(
      codeSets.flatMap((codeSet) => [bodyName(codeSet), bodyOfName(codeSet)]),
      moduleSpecifier(VENDOR_MODULES.bodies),
      { typeOnly: true },
    ),
    tsExportFrom(
      codeSets.flatMap((codeSet) => [codeGuardName(codeSet), bodyGuardName(codeSet)]),
      moduleSpecifier(VENDOR_MODULES.guards),
    ),
    tsTypeAlias({
      name: vendorErrorName(vendor),
      docs: tsDocs([
        `A parsed ${vendor.id} error response: \`known\` with a documented code and its entry, or \`known: false\` with the code as sent.`,
      ]),
      type: vendorErrorType(vendor),
    }),
    tsFunction({
      name: parseFunctionName(vendor),
      docs: tsDocs([
        `Parses a ${vendor.id} HTTP response (status, and the body as parsed JSON, text or bytes) into a typed error, or null when it is not an error. The code is read from ${fields}.`,
        'Never throws: see parseWithCodeSets for the rules.',
      ]),
      parameters: [
        ['httpStatus', 'unknown'],
        ['body', 'unknown'],
      ],
      returnType: `${vendorErrorName(vendor)} | null`,
      body: (writer) =>
        writer.writeLine(
          `return parseWithCodeSets(${tsLiteral(vendor.id)}, [${codeSets.map(codeSetName).join(', ')}], httpStatus, body) as ${vendorErrorName(vendor)} | null;`,
        ),
    }),
  ];
}

/** `src/<vendor>/index.ts`. */
export const vendorIndexModule: VendorModuleEmitter = {
  type: 'vendor-module-emitter',
  kind: 'vendor-index',
  file: VENDOR_MODULES.index,
  tables: vendorTables,
  statements: vendorIndexStatements,
};
