// Bundles the catalog page's browser script (generator/shipped/page/) with the package runtime it calls, cached by its sources.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync, version as esbuildVersion } from 'esbuild';

/** The browser entry; it imports the runtime's errorResponseWith and messageMatches, so the page answers as the package does. */
export const PAGE_CLIENT_ENTRY = fileURLToPath(
  new URL('../../shipped/page/catalog-app.ts', import.meta.url),
);

/** Paths in the bundle's comments are relative to the project root, so the bytes do not depend on the working directory. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Every input of the bundle lies in these folders (checked whenever it is built): they key the cache. */
const SOURCE_DIRS = [
  fileURLToPath(new URL('../../shipped/page/', import.meta.url)),
  fileURLToPath(new URL('../../shipped/runtime/', import.meta.url)),
];

/**
 * Built bundles, one file per key. esbuild runs as a child process: spawning it costs more than the
 * rest of the page's emit, so a generate whose page sources did not change reads the last bundle.
 */
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'cloud-error-codes-page');

/** Hash of esbuild's version and every file (name and bytes) of the source folders. */
function sourceKey(): string {
  const hash = createHash('sha256').update(`${esbuildVersion}\0`);
  for (const dir of SOURCE_DIRS) {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) {
      hash
        .update(`${path.relative(ROOT, file)}\0`)
        .update(readFileSync(file))
        .update('\0');
    }
  }
  return hash.digest('hex').slice(0, 24);
}

/**
 * The script as one classic `<script>` (an IIFE needs no module loading, which file:// pages
 * restrict). Not minified: the committed page stays readable and its diffs small; the data, not
 * the script, is most of the page.
 */
function bundle(): string {
  const result = buildSync({
    entryPoints: [PAGE_CLIENT_ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const outside = Object.keys(result.metafile.inputs)
    .map((input) => path.resolve(ROOT, input))
    .filter((input) => !SOURCE_DIRS.some((dir) => input.startsWith(dir)));
  if (outside.length > 0)
    throw new Error(
      `the page script imports ${outside.join(', ')}, outside the folders that key its cache (page-script.ts SOURCE_DIRS)`,
    );
  const text = result.outputFiles[0]?.text;
  if (text === undefined) throw new Error('esbuild wrote no page script');
  // Inside <script>, these would end the element or start an HTML comment.
  if (/<\/script|<!--/i.test(text))
    throw new Error(
      'the page script holds </script or <!--, which cannot stand in an inline script',
    );
  return text;
}

let script: string | undefined;

/** The bundled script: from the cache when the sources are unchanged, else built and cached. */
export function pageScript(): string {
  if (script !== undefined) return script;
  const file = path.join(CACHE_DIR, `${sourceKey()}.js`);
  try {
    script = readFileSync(file, 'utf8');
    return script;
  } catch {
    // Not built yet for these sources.
  }
  script = bundle();
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, script);
    renameSync(temporary, file);
  } catch {
    // A read-only node_modules only costs the next run a build.
  }
  return script;
}
