// Emits tsconfig.esm.json and tsconfig.cjs.json: how the package's build turns src/ into dist/esm and dist/cjs.
import type { PackageEmitter } from './lib/emitter.js';
import { tsHeader } from './lib/ts.js';

const HEADER = tsHeader(['generator/emit/emit-tsconfig.ts']);

/** Both builds share these; the runtime needs nothing beyond ES2020 and no Node types. */
const COMPILER_OPTIONS = {
  target: 'ES2020',
  lib: ['ES2020'],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  isolatedModules: true,
  declaration: true,
  declarationMap: true,
  sourceMap: true,
  skipLibCheck: true,
  rootDir: 'src',
};

export const TSCONFIGS: Readonly<Record<string, unknown>> = {
  // src/ is ESM ("type": "module"), so NodeNext emits ESM with the .js specifiers it is written with.
  'tsconfig.esm.json': {
    compilerOptions: {
      ...COMPILER_OPTIONS,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      outDir: 'dist/esm',
    },
    include: ['src'],
  },
  // NodeNext would emit ESM again from a "type": "module" package: CommonJS is asked for by name.
  'tsconfig.cjs.json': {
    compilerOptions: {
      ...COMPILER_OPTIONS,
      module: 'CommonJS',
      moduleResolution: 'Node10',
      outDir: 'dist/cjs',
    },
    include: ['src'],
    // The CLI is run, never required: package.json's bin points at its ES module build.
    exclude: ['src/cli.ts'],
  },
};

export const tsconfigEmitter: PackageEmitter = {
  type: 'package-emitter',
  kind: 'tsconfig',
  emit: () =>
    Object.entries(TSCONFIGS).map(([path, config]) => ({
      path,
      contents: `${HEADER}\n${JSON.stringify(config, null, 2)}\n`,
    })),
};
