// What an emitter is: a function of the model to generated files, or to the statements of one vendor module.
import type { PackageModel, VendorNode } from '../../model/model.js';
import type { FinalBlock } from './final-form.js';
import type { PrintTs, PrintTsShell, Statement } from './ts.js';

/** One file of the generated package. */
export interface GeneratedFile {
  /** Relative to generated/, posix separators. */
  readonly path: string;
  /** Unformatted (the formatter runs later, once, over every file), unless `layout` is 'final'. */
  readonly contents: string;
  /** Blocks printed in final form, spliced in for their placeholders once the rest is formatted. */
  readonly blocks?: readonly FinalBlock[];
  /** 'final': the emitter printed the whole file in final form; it is written as it is. */
  readonly layout?: 'final';
}

export interface EmitContext {
  readonly printTs: PrintTs;
  readonly printTsShell: PrintTsShell;
}

/** Emits files of the package from the whole model. */
export interface PackageEmitter {
  readonly type: 'package-emitter';
  readonly kind: string;
  emit(model: PackageModel, context: EmitContext): GeneratedFile[];
}

/** Emits one module of every vendor folder (`src/<vendor>/codes.ts`). */
export interface VendorModuleEmitter {
  readonly type: 'vendor-module-emitter';
  readonly kind: string;
  /** The module's file name inside the vendor folder. */
  readonly file: string;
  /** The tables the module comes from, for its header. */
  tables(vendor: VendorNode): readonly string[];
  statements(vendor: VendorNode): Statement[];
}

export type Emitter = PackageEmitter | VendorModuleEmitter;
