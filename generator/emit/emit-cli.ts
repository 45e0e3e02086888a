// Emits src/cli.ts and its modules from generator/shipped/cli/: the package's lookup CLI, run as `npx cloud-error-codes`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackageEmitter } from './lib/emitter.js';
import { tsHeader } from './lib/ts.js';

const CLI_DIR = fileURLToPath(new URL('../shipped/cli/', import.meta.url));

/** The CLI's module in src/, and as built: package.json's `bin` points at it. */
export const CLI_MODULE = 'cli';

/** The shebang comes first, before the header: the built file is run as a program. */
const SHEBANG = '#!/usr/bin/env node';

export const cliEmitter: PackageEmitter = {
  type: 'package-emitter',
  kind: 'cli',
  emit: () =>
    readdirSync(CLI_DIR)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
      .sort()
      .map((name) => {
        const text = readFileSync(join(CLI_DIR, name), 'utf8').replace(/\r\n?/g, '\n');
        const header = tsHeader([`generator/shipped/cli/${name}`]);
        return {
          path: `src/${name}`,
          contents:
            name === `${CLI_MODULE}.ts` ? `${SHEBANG}\n${header}\n${text}` : `${header}\n${text}`,
        };
      }),
};
