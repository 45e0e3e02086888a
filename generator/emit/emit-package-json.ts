// Emits package.json of cloud-error-codes (a dual ESM/CJS package with one export subpath per vendor) and src/version.ts.
import { readFileSync } from 'node:fs';
import type { PackageModel } from '../model/model.js';
import { CHANGELOG_FILE } from '../release/changelog.js';
import { CLI_MODULE } from './emit-cli.js';
import { PACKAGE_LICENSE } from './emit-license.js';
import type { PackageEmitter } from './lib/emitter.js';
import { vendorSubpath } from './lib/names.js';
import { tsHeader, tsString } from './lib/ts.js';

export const PACKAGE_NAME = 'cloud-error-codes';

/** The conditions of one entry point: each format with its own declarations, types first. */
function entryPoint(modulePath: string): Record<string, Record<string, string>> {
  return {
    import: { types: `./dist/esm/${modulePath}.d.ts`, default: `./dist/esm/${modulePath}.js` },
    require: { types: `./dist/cjs/${modulePath}.d.ts`, default: `./dist/cjs/${modulePath}.js` },
  };
}

/** dist/cjs holds CommonJS inside a "type": "module" package, so the build marks the folder. */
const MARK_CJS = `node -e "require('fs').writeFileSync('dist/cjs/package.json', JSON.stringify({ type: 'commonjs' }) + '\\n')"`;

/**
 * What the package's own build needs, at the versions this workspace builds and tests it with
 * (read from its package.json, so the two never drift): tsc, and Node's types for the CLI.
 */
const BUILD_TOOLS = ['typescript', '@types/node'] as const;

function buildDevDependencies(): Record<string, string> {
  const workspace = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { devDependencies?: Record<string, string> };
  return Object.fromEntries(
    BUILD_TOOLS.map((name) => {
      const range = workspace.devDependencies?.[name];
      if (range === undefined)
        throw new Error(`the workspace package.json has no ${name} to build with`);
      return [name, range];
    }),
  );
}

export function packageJson(model: PackageModel): Record<string, unknown> {
  const products = [
    ...new Set(model.vendors.flatMap((vendor) => vendor.sources.map((source) => source.product))),
  ];
  return {
    name: PACKAGE_NAME,
    // The heading of the changelog's newest section: `npm run release` writes it, nothing else.
    version: model.release.version,
    description: `Typed API error codes of ${products.join(', ')}: enums, error bodies, parsers, SDK adapters, an Error class and a lookup CLI, generated from the vendors' error-code documents`,
    keywords: [
      'error-codes',
      'errors',
      'error-handling',
      'api-errors',
      'typescript',
      'cli',
      ...model.vendors.map((vendor) => vendor.id),
    ],
    license: PACKAGE_LICENSE,
    type: 'module',
    sideEffects: false,
    // node:util parseArgs, which the CLI uses, arrived in Node 18.3.
    engines: { node: '>=18.3' },
    bin: { [PACKAGE_NAME]: `./dist/esm/${CLI_MODULE}.js` },
    files: ['dist', 'src', 'docs', 'README.md', CHANGELOG_FILE, 'LICENSE'],
    main: './dist/cjs/index.js',
    module: './dist/esm/index.js',
    types: './dist/cjs/index.d.ts',
    // TypeScript's node10 resolution ("moduleResolution": "node") reads no exports map: it finds subpath types here.
    typesVersions: {
      '*': Object.fromEntries(
        model.vendors.map((vendor) => [vendor.id, [`./dist/cjs/${vendor.id}/index.d.ts`]]),
      ),
    },
    exports: {
      '.': entryPoint('index'),
      ...Object.fromEntries(
        model.vendors.map((vendor) => [vendorSubpath(vendor), entryPoint(`${vendor.id}/index`)]),
      ),
      './package.json': './package.json',
    },
    scripts: {
      clean: `node -e "require('fs').rmSync('dist', { recursive: true, force: true })"`,
      'build:esm': 'tsc -p tsconfig.esm.json',
      'build:cjs': `tsc -p tsconfig.cjs.json && ${MARK_CJS}`,
      build: 'npm run clean && npm run build:esm && npm run build:cjs',
    },
    devDependencies: buildDevDependencies(),
  };
}

export const packageJsonEmitter: PackageEmitter = {
  type: 'package-emitter',
  kind: 'package-json',
  emit: (model) => [
    { path: 'package.json', contents: `${JSON.stringify(packageJson(model), null, 2)}\n` },
    // The version written once, here: the CLI's --version reads it from this module.
    {
      path: 'src/version.ts',
      contents: `${tsHeader([`tables/${CHANGELOG_FILE}`])}\n/** The package's version, as its package.json gives it. */\nexport const PACKAGE_VERSION = ${tsString(model.release.version)};\n`,
    },
  ],
};
