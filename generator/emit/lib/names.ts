// The names and paths of everything the package exports, derived from code-set prefixes and vendor ids.
import type { CodeSetNode, PackageModel, VendorNode } from '../../model/model.js';

/** `TencentLiveErrorCode`: the enum of a code set. */
export const enumName = (codeSet: CodeSetNode): string => `${codeSet.prefix}ErrorCode`;
/** `TencentLiveErrorCodeValue`: the union of a code set's literal codes. */
export const codeValueName = (codeSet: CodeSetNode): string => `${codeSet.prefix}ErrorCodeValue`;
/** `TencentLiveErrorEntries`: a code set's code to its documented variants. */
export const entriesName = (codeSet: CodeSetNode): string => `${codeSet.prefix}ErrorEntries`;
/** `TencentLiveCodeSet`: a code set as the runtime sees it (CodeSetTable). */
export const codeSetName = (codeSet: CodeSetNode): string => `${codeSet.prefix}CodeSet`;
/** `TencentLiveErrorBody`: the union of a code set's error response bodies. */
export const bodyName = (codeSet: CodeSetNode): string => `${codeSet.prefix}ErrorBody`;
/** `TencentLiveErrorBodyOf<Code>`: the error response body of one code. */
export const bodyOfName = (codeSet: CodeSetNode): string => `${codeSet.prefix}ErrorBodyOf`;
/** `isTencentLiveErrorCode`: the guard of a code set's codes. */
export const codeGuardName = (codeSet: CodeSetNode): string => `is${codeSet.prefix}ErrorCode`;
/** `isTencentLiveErrorBody`: the guard of a code set's error bodies. */
export const bodyGuardName = (codeSet: CodeSetNode): string => `is${codeSet.prefix}ErrorBody`;

/** `KingsoftLiveError`: a parsed error of a vendor, over every code set of it. */
export const vendorErrorName = (vendor: VendorNode): string => `${vendor.prefix}Error`;
/** `parseKingsoftLiveError`: a vendor's typed parse of an error response. */
export const parseFunctionName = (vendor: VendorNode): string => `parse${vendor.prefix}Error`;

/** The folder of a vendor's modules, relative to generated/. */
export const vendorFolder = (vendor: VendorNode): string => `src/${vendor.id}`;
/** The package subpath of a vendor (`./kingsoft-live`). */
export const vendorSubpath = (vendor: VendorNode): string => `./${vendor.id}`;

/** The markdown catalog of a vendor's codes, relative to generated/. */
export const docsPath = (vendor: VendorNode): string => `docs/${vendor.id}.md`;

/** The files of one vendor module, relative to its folder; a bundler pulls only the ones imported. */
export const VENDOR_MODULES = {
  codes: 'codes.ts',
  entries: 'entries.ts',
  bodies: 'bodies.ts',
  guards: 'guards.ts',
  index: 'index.ts',
} as const;

/** An import specifier for a sibling module (`./codes.js`): NodeNext wants the emitted extension. */
export const moduleSpecifier = (file: string): string => `./${file.replace(/\.ts$/, '.js')}`;

/** The table a file's aliases come from (tables/README.md). */
const ALIASES_TABLE = 'aliases.csv';

/** The tables a vendor's files come from, as `tables/X.csv`, in manifest order without repeats. */
export function vendorTables(vendor: VendorNode): string[] {
  const tables = vendor.codeSets.flatMap((codeSet) => codeSet.tables);
  if (vendor.aliases.length > 0) tables.push(ALIASES_TABLE);
  return [...new Set(tables)].map((table) => `tables/${table}`);
}

/** The tables of a code set, with the aliases table when the set has aliases. */
export function codeSetTables(
  vendor: VendorNode,
  codeSet: CodeSetNode,
  withAliases: boolean,
): string[] {
  const tables = [...codeSet.tables];
  if (withAliases && vendor.aliases.some((alias) => alias.codeSet === codeSet.prefix))
    tables.push(ALIASES_TABLE);
  return [...new Set(tables)].map((table) => `tables/${table}`);
}

/** The tables of the whole package, in vendor then manifest order without repeats. */
export function packageTables(model: PackageModel): string[] {
  return [...new Set(model.vendors.flatMap(vendorTables))];
}
