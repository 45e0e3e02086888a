// Runs generator/cli.ts with plain node from an esbuild bundle, rebuilt whenever a generator source changes.
//
// Usage: node generator/run-cli.mjs <command> [arguments]   (what the npm scripts call)
//
// The bundle is cached under node_modules/.cache/, keyed by a hash of every file under generator/
// (names and bytes), the project's path and esbuild's version: an edit to any source, a checkout
// or a moved clone builds anew, so stale code never runs. Packages stay outside the bundle and
// load from node_modules; the commands' dynamic imports become chunks, so `validate` never loads
// the emitters, and ts-morph (CommonJS) is loaded with require, which skips the ES module
// loader's scan of its exports.

import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const GENERATOR_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(GENERATOR_DIR);
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'cloud-error-codes-cli');
/** Packages loaded with require from the bundle: CommonJS whose exports the ESM loader would scan. */
const REQUIRED_PACKAGES = new Set(['ts-morph']);
/** A bundle this old and not the current one is deleted after a build. */
const STALE_MS = 60 * 60 * 1000;
/** CommonJS files at least this large load through a V8 code cache (typescript.js, under ts-morph). */
const CODE_CACHE_MIN_CHARS = 1 << 20;
const CODE_CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'cloud-error-codes-v8');

/**
 * Compiles large CommonJS files from a V8 code cache instead of from source: TypeScript's 9 MB
 * take most of ts-morph's load time, and the functions a generate compiles lazily (its parser and
 * printer) most of the first emit's. A missing or rejected cache is written when the process
 * exits, holding every function compiled by then. Keyed by the file's path, size and mtime and
 * node's version; V8 itself rejects a cache that does not match the source.
 */
function loadLargeCommonJsFromCodeCache() {
  const compile = Module.prototype._compile;
  const toWrite = [];
  Module.prototype._compile = function compileFromCodeCache(content, filename) {
    if (content.length < CODE_CACHE_MIN_CHARS) return compile.call(this, content, filename);
    const { size, mtimeMs } = statSync(filename);
    const key = createHash('sha256')
      .update(`${filename}\0${size}\0${mtimeMs}\0${process.version}`)
      .digest('hex')
      .slice(0, 24);
    const cacheFile = path.join(CODE_CACHE_DIR, `${key}.bin`);
    let cachedData;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) toWrite.push({ script, cacheFile });
    const require = createRequire(filename);
    return script
      .runInThisContext({ displayErrors: true })
      .call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };
  process.once('exit', () => {
    for (const { script, cacheFile } of toWrite) {
      try {
        mkdirSync(CODE_CACHE_DIR, { recursive: true });
        writeFileSync(`${cacheFile}.${process.pid}`, script.createCachedData());
        renameSync(`${cacheFile}.${process.pid}`, cacheFile);
      } catch {
        // A cache is an optimisation: a read-only node_modules only loses the speed.
      }
    }
  });
}

/** Every file under generator/, sorted, as paths relative to it. */
function sourceFiles() {
  return readdirSync(GENERATOR_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(GENERATOR_DIR, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The cache key: what the bundle is built from. */
function sourceHash() {
  const hash = createHash('sha256');
  const esbuildPackage = createRequire(import.meta.url).resolve('esbuild/package.json');
  hash.update(`${ROOT}\0${JSON.parse(readFileSync(esbuildPackage, 'utf8')).version}\0`);
  for (const file of sourceFiles()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(GENERATOR_DIR, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 24);
}

/**
 * esbuild plugin: a source's `import.meta.url` is its own file's URL (the runtime copies are read
 * next to their emitter), and bare imports stay packages, ts-morph through require.
 */
const sourcesInPlace = {
  name: 'sources-in-place',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.namespace === 'required-package' || !REQUIRED_PACKAGES.has(args.path))
        return { path: args.path, external: true };
      return { path: args.path, namespace: 'required-package' };
    });
    build.onLoad({ filter: /.*/, namespace: 'required-package' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      return {
        contents: source.replaceAll(
          'import.meta.url',
          JSON.stringify(pathToFileURL(args.path).href),
        ),
        loader: 'ts',
      };
    });
  },
};

/** Builds the bundle into a fresh directory, then moves it into place; returns its entry. */
async function build(key) {
  const outDir = path.join(CACHE_DIR, key);
  const entry = path.join(outDir, 'cli.mjs');
  const temporary = `${outDir}.${process.pid}.tmp`;
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: { cli: path.join(GENERATOR_DIR, 'cli.ts') },
    outdir: temporary,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // A require() in an ES module: the packages that load through it.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    plugins: [sourcesInPlace],
    logLevel: 'error',
  });
  try {
    renameSync(temporary, outDir);
  } catch (error) {
    // Another process built the same sources first: use theirs.
    rmSync(temporary, { recursive: true, force: true });
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
  }
  pruneStale(key);
  return entry;
}

/** Deletes bundles of older sources that nothing has used for a while. */
function pruneStale(current) {
  const now = Date.now();
  for (const name of readdirSync(CACHE_DIR)) {
    if (name === current) continue;
    const dir = path.join(CACHE_DIR, name);
    if (now - statSync(dir).mtimeMs > STALE_MS) rmSync(dir, { recursive: true, force: true });
  }
}

/** The bundle of the current sources, built if there is none. */
async function bundleEntry() {
  const key = sourceHash();
  const entry = path.join(CACHE_DIR, key, 'cli.mjs');
  try {
    statSync(entry);
    return entry;
  } catch {
    mkdirSync(CACHE_DIR, { recursive: true });
    return build(key);
  }
}

loadLargeCommonJsFromCodeCache();
const { runCommandLine } = await import(pathToFileURL(await bundleEntry()).href);
await runCommandLine(process.argv.slice(2));
