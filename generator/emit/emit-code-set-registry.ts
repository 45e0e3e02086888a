// Emits src/registry.ts: every vendor's code sets (CODE_SETS), VENDORS, and the per-vendor code and error types.
import type { PackageModel, VendorNode } from '../model/model.js';
import type { PackageEmitter } from './lib/emitter.js';
import {
  codeSetName,
  codeValueName,
  packageTables,
  VENDOR_MODULES,
  vendorErrorName,
} from './lib/names.js';
import {
  tsConst,
  tsDocs,
  tsFrozen,
  tsFrozenRecord,
  tsHeader,
  tsImport,
  tsInterface,
  tsLiteral,
  tsPropertyKey,
  type Statement,
} from './lib/ts.js';

/** `./tencent-live/entries.js`, as imported from src/. */
export const vendorModule = (vendorId: string, file: string): string =>
  `./${vendorId}/${file.replace(/\.ts$/, '.js')}`;

/** `{ readonly 'MediaException.MediaNotFound': 'MediaNotFound' }`, `{}` for a vendor without aliases. */
const aliasMapType = (vendor: VendorNode): string =>
  `{ ${vendor.aliases.map((alias) => `readonly ${tsPropertyKey(alias.alias)}: ${tsLiteral(alias.code)};`).join(' ')} }`;

export function registryStatements(model: PackageModel): Statement[] {
  const { vendors } = model;
  return [
    tsImport(['CodeSetTable', 'VendorId'], './entry.js', { typeOnly: true }),
    ...vendors.flatMap((vendor) => [
      tsImport(vendor.codeSets.map(codeSetName), vendorModule(vendor.id, VENDOR_MODULES.entries)),
      tsImport(vendor.codeSets.map(codeValueName), vendorModule(vendor.id, VENDOR_MODULES.codes), {
        typeOnly: true,
      }),
      tsImport([vendorErrorName(vendor)], vendorModule(vendor.id, VENDOR_MODULES.index), {
        typeOnly: true,
      }),
    ]),
    tsConst({
      name: 'VENDORS',
      docs: tsDocs(['Every vendor the package documents, in a fixed order.']),
      type: 'readonly VendorId[]',
      initializer: tsFrozen(`[${vendors.map((vendor) => tsLiteral(vendor.id)).join(', ')}]`),
    }),
    tsConst({
      name: 'CODE_SETS',
      docs: tsDocs([
        "Each vendor's code sets, in the order a response's envelopes are tried (Kingsoft Live: openAPI, then v1). Frozen and without a prototype.",
      ]),
      type: 'Readonly<Record<VendorId, readonly CodeSetTable[]>>',
      initializer: tsFrozenRecord(
        vendors.map((vendor) => [
          vendor.id,
          tsFrozen(`[${vendor.codeSets.map(codeSetName).join(', ')}]`),
        ]),
      ),
    }),
    tsInterface({
      name: 'VendorCodes',
      docs: tsDocs(["Each vendor's documented codes, over all its code sets."]),
      properties: vendors.map((vendor) => [
        vendor.id,
        vendor.codeSets.map(codeValueName).join(' | ') || 'never',
      ]),
    }),
    tsInterface({
      name: 'VendorAliases',
      docs: tsDocs([
        "Each vendor's aliases (a spelling a document shows for a code: Baidu's `MediaException.MediaNotFound`), each to the documented code it stands for.",
      ]),
      properties: vendors.map((vendor) => [vendor.id, aliasMapType(vendor)]),
    }),
    tsInterface({
      name: 'VendorEnvelopes',
      docs: tsDocs([
        "Each vendor's error body envelopes, over all its code sets: what picks the SDK adapters a vendor has.",
      ]),
      properties: vendors.map((vendor) => [
        vendor.id,
        [...new Set(vendor.codeSets.map((codeSet) => tsLiteral(codeSet.envelope)))].join(' | '),
      ]),
    }),
    tsInterface({
      name: 'VendorErrors',
      docs: tsDocs(["Each vendor's parsed error type: `VendorErrors['upyun']` is `UpyunError`."]),
      properties: vendors.map((vendor) => [vendor.id, vendorErrorName(vendor)]),
    }),
  ];
}

export const codeSetRegistryEmitter: PackageEmitter = {
  type: 'package-emitter',
  kind: 'code-set-registry',
  emit: (model, { printTs }) => {
    const path = 'src/registry.ts';
    return [
      { path, contents: printTs(path, tsHeader(packageTables(model)), registryStatements(model)) },
    ];
  },
};
