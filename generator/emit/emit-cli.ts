// Emits src/cli.ts from generator/shipped/cli/cli.ts: the package's lookup CLI, run as `npx cloud-error-codes`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PackageEmitter } from './lib/emitter.js';
import { tsHeader } from './lib/ts.js';

const CLI_SOURCE = fileURLToPath(new URL('../shipped/cli/cli.ts', import.meta.url));

/** The CLI's module in src/, and as built: package.json's `bin` points at it. */
export const CLI_MODULE = 'cli';

/** The shebang comes first, before the header: the built file is run as a program. */
const SHEBANG = '#!/usr/bin/env node';

export const cliEmitter: PackageEmitter = {
  type: 'package-emitter',
  kind: 'cli',
  emit: () => {
    const text = readFileSync(CLI_SOURCE, 'utf8').replace(/\r\n?/g, '\n');
    return [
      {
        path: `src/${CLI_MODULE}.ts`,
        contents: `${SHEBANG}\n${tsHeader(['generator/shipped/cli/cli.ts'])}\n${text}`,
      },
    ];
  },
};
