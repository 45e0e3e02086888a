// Emits src/<file>.ts for every file of generator/shipped/runtime/: the runtime that the generated modules import.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedFile, PackageEmitter } from './lib/emitter.js';
import { tsHeader } from './lib/ts.js';

export const RUNTIME_DIR = fileURLToPath(new URL('../shipped/runtime/', import.meta.url));

/** Each runtime file verbatim under its header, sorted by name; `dir` is for tests. */
export function runtimeCopies(dir: string = RUNTIME_DIR): GeneratedFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8').replace(/\r\n?/g, '\n');
      return {
        path: `src/${name}`,
        contents: `${tsHeader([`generator/shipped/runtime/${name}`])}\n${text}`,
      };
    });
}

export const runtimeCopyEmitter: PackageEmitter = {
  type: 'package-emitter',
  kind: 'runtime-copy',
  emit: () => runtimeCopies(),
};
