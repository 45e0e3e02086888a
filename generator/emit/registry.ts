// The emit stage: every emitter of the package, one per output kind, run over the model into sorted files.
import type { PackageModel } from '../model/model.js';
import { changelogEmitter } from './emit-changelog.js';
import { cliEmitter } from './emit-cli.js';
import { documentsEmitter } from './emit-documents.js';
import { bodiesModule } from './emit-error-bodies.js';
import { catalogPageEmitter } from './emit-catalog-page.js';
import { codeSetRegistryEmitter } from './emit-code-set-registry.js';
import { codesModule } from './emit-enum.js';
import { docsCatalogEmitter } from './emit-docs-catalog.js';
import { entriesModule } from './emit-entries-map.js';
import { packageJsonEmitter } from './emit-package-json.js';
import { readmeEmitter } from './emit-readme.js';
import { rootIndexEmitter } from './emit-root-index.js';
import { runtimeCopyEmitter } from './emit-runtime-copy.js';
import { tsconfigEmitter } from './emit-tsconfig.js';
import { licenseEmitter } from './emit-license.js';
import { guardsModule } from './emit-type-guards.js';
import { vendorIndexModule } from './emit-vendor-index.js';
import { vocabularyEmitter } from './emit-vocabulary.js';
import type { EmitContext, Emitter, GeneratedFile, VendorModuleEmitter } from './lib/emitter.js';
import { unformattedText } from './lib/final-form.js';
import { vendorFolder } from './lib/names.js';
import { createTsPrinter, createTsShellPrinter, tsHeader } from './lib/ts.js';

export type { GeneratedFile } from './lib/emitter.js';

/** Every emitter, one per output kind. */
export const EMITTERS: readonly Emitter[] = [
  runtimeCopyEmitter,
  vocabularyEmitter,
  codesModule,
  entriesModule,
  bodiesModule,
  guardsModule,
  vendorIndexModule,
  codeSetRegistryEmitter,
  rootIndexEmitter,
  documentsEmitter,
  cliEmitter,
  packageJsonEmitter,
  licenseEmitter,
  changelogEmitter,
  tsconfigEmitter,
  readmeEmitter,
  docsCatalogEmitter,
  catalogPageEmitter,
];

/** One vendor module emitter run over every vendor: `src/<vendor>/<file>`. */
function emitVendorModules(
  emitter: VendorModuleEmitter,
  model: PackageModel,
  context: EmitContext,
): GeneratedFile[] {
  return model.vendors.map((vendor) => {
    const path = `${vendorFolder(vendor)}/${emitter.file}`;
    return {
      path,
      ...context.printTsShell(tsHeader(emitter.tables(vendor)), emitter.statements(vendor)),
    };
  });
}

/** Runs emitters over the model; the files are sorted by path and no two share one. */
export function emitWith(emitters: readonly Emitter[], model: PackageModel): GeneratedFile[] {
  const printTsShell = createTsShellPrinter();
  const context: EmitContext = { printTs: createTsPrinter(), printTsShell };
  const files = emitters.flatMap((emitter) =>
    emitter.type === 'vendor-module-emitter'
      ? emitVendorModules(emitter, model, context)
      : emitter.emit(model, context),
  );
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  sorted.forEach((file, index) => {
    if (index > 0 && sorted[index - 1]?.path === file.path)
      throw new Error(`two emitters write ${file.path}`);
  });
  return sorted;
}

/**
 * The whole package from the model, as the format stage takes it: deterministic, sorted by path,
 * unformatted around its final-form blocks, which stand as placeholders until formatting.
 */
export function emitPackageShells(model: PackageModel): GeneratedFile[] {
  return emitWith(EMITTERS, model);
}

/** The whole package from the model: deterministic, sorted by path, unformatted, every file whole. */
export function emitPackage(model: PackageModel): GeneratedFile[] {
  return emitPackageShells(model).map((file) =>
    file.blocks === undefined ? file : { path: file.path, contents: unformattedText(file) },
  );
}
