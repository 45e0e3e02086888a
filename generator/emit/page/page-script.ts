// Bundles the catalog page's browser script (generator/emit/page/client/) with the package runtime it calls, once per process.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The browser entry; it imports the runtime's errorResponseWith and messageMatches, so the page answers as the package does. */
export const PAGE_CLIENT_ENTRY = fileURLToPath(new URL('./client/catalog-app.ts', import.meta.url));

/** Paths in the bundle's comments are relative to the project root, so the bytes do not depend on the working directory. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

let bundled: string | undefined;

/**
 * The script as one classic `<script>` (an IIFE: a module script would also work from file://,
 * but an IIFE needs no module loading at all). Not minified: the committed page stays
 * readable and its diffs small; the data, not the script, is most of the page.
 */
export function pageScript(): string {
  if (bundled !== undefined) return bundled;
  const result = buildSync({
    entryPoints: [PAGE_CLIENT_ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]?.text;
  if (text === undefined) throw new Error('esbuild wrote no page script');
  // Inside <script>, these would end the element or start an HTML comment.
  if (/<\/script|<!--/i.test(text))
    throw new Error(
      'the page script holds </script or <!--, which cannot stand in an inline script',
    );
  bundled = text;
  return text;
}
