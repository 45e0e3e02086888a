// Emits src/vocabulary.ts: what the runtime knows of the model (vendor ids, envelopes, categories, the ErrorEntry shape).
import { ENTRY_FIELDS, ENTRY_SOURCE_FIELDS, type EntryField } from '../model/entry-shape.js';
import { CATEGORIES, CODE_TYPES, ENVELOPES, type PackageModel } from '../model/model.js';
import type { PackageEmitter } from './lib/emitter.js';
import { tsDocs, tsHeader, tsInterface, tsLiteral, tsTypeAlias, tsUnion, type Statement } from './lib/ts.js';

const interfaceOf = (name: string, docs: string, fields: readonly EntryField[]): Statement =>
  tsInterface({
    name,
    docs: tsDocs([docs]),
    properties: fields.map((field) => [field.key, field.type, { optional: field.optional, docs: tsDocs([field.docs]) }]),
  });

export function vocabularyStatements(model: PackageModel): Statement[] {
  return [
    tsTypeAlias({
      name: 'VendorId',
      docs: tsDocs(['Every vendor (and product) the package documents, as tables/sources.csv names them.']),
      type: tsUnion(model.vendors.map((vendor) => tsLiteral(vendor.id))),
    }),
    tsTypeAlias({
      name: 'ErrorCategory',
      docs: tsDocs(['One fixed taxonomy for every vendor; tables/README.md of the source repository says what each means.']),
      type: tsUnion(CATEGORIES.map(tsLiteral)),
    }),
    tsTypeAlias({
      name: 'Envelope',
      docs: tsDocs(["The shapes of the vendors' error response bodies: where a body carries its code."]),
      type: tsUnion(ENVELOPES.map(tsLiteral)),
    }),
    tsTypeAlias({
      name: 'CodeType',
      docs: tsDocs(["The JSON type of a code set's codes in the vendor's response body."]),
      type: tsUnion(CODE_TYPES.map(tsLiteral)),
    }),
    interfaceOf('EntrySource', 'One place a code is documented: a page\'s table or a code list.', ENTRY_SOURCE_FIELDS),
    interfaceOf('ErrorEntry', "One documented variant of a vendor's error code.", ENTRY_FIELDS),
  ];
}

export const vocabularyEmitter: PackageEmitter = {
  type: 'package-emitter',
  kind: 'vocabulary',
  emit: (model, { printTs }) => {
    const path = 'src/vocabulary.ts';
    return [{ path, contents: printTs(path, tsHeader(['tables/sources.csv']), vocabularyStatements(model)) }];
  },
};
