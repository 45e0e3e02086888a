// The package's lookup CLI, generated from a model whose text holds terminal escapes: they print visibly, never raw.

import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../generator/cli.js';
import { emitPackageShells } from '../generator/emit/registry.js';
import { formatFiles } from '../generator/format/format.js';
import { requireModel } from '../generator/load-model.js';
import type { PackageModel } from '../generator/model/model.js';
import { writeAtomic } from '../generator/write/write-atomic.js';
import { fixtureProject } from './helpers/tables.js';
import { useTemporaryDirs } from './helpers/temporary.js';

const temporaryDir = useTemporaryDirs();

/** What a terminal would obey: C0 but the line feed, DEL, C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters in the output
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** An OSC that retitles the terminal, a lone CSI that clears it, a bidi override. */
const HOSTILE = '\u001b]0;pwned\u0007 and \u009b2J then \u202egnirts';
const SHOWN = '\\x1b]0;pwned\\x07 and \\x9b2J then \\u202egnirts';

/** The model with HOSTILE as the English description of every variant of Upyun's 40001000. */
function withHostileText(model: PackageModel): PackageModel {
  const copy = structuredClone(model) as unknown;
  let replaced = 0;
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record['code'] === 40001000 && typeof record['description'] === 'object') {
      record['description'] = { ...(record['description'] as object), en: HOSTILE };
      replaced += 1;
    }
    for (const value of Object.values(record)) visit(value);
  };
  visit(copy);
  expect(replaced).toBeGreaterThan(0);
  return copy as PackageModel;
}

let cli = '';

beforeAll(async () => {
  const { root, tablesDir } = await fixtureProject(temporaryDir);
  // Validate refuses such a cell (test/validate.test.ts); the CLI escapes what it prints
  // anyway, whatever reaches it: the text goes into the model past validate.
  const upyun = path.join(tablesDir, 'upyun.csv');
  const refused: string[] = [];
  const table = await readFile(upyun, 'utf8');
  await writeFile(
    upyun,
    table.replace('40001000,400,wrong uri,,,', `40001000,400,wrong uri,,"${HOSTILE}",`),
  );
  expect(
    await main(['validate'], { rootDir: root, out: () => {}, err: (line) => refused.push(line) }),
  ).toBe(1);
  expect(refused.join('\n')).toMatch(/upyun\.csv:\d+: description_en: U\+001B/);
  await writeFile(upyun, table);

  const model = withHostileText(await requireModel(tablesDir));
  const generatedDir = path.join(root, 'generated');
  await writeAtomic(generatedDir, await formatFiles(emitPackageShells(model)));
  // The emitted src/cli.ts and what it imports, bundled to run with plain node.
  cli = path.join(root, 'cli.mjs');
  await build({
    entryPoints: [path.join(generatedDir, 'src', 'cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: cli,
    logLevel: 'silent',
  });
});

const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

describe('table text with terminal escapes', () => {
  it('prints them as escapes in the human output, and as \\u escapes in JSON', () => {
    const shown = run('40001000');
    expect(shown.status).toBe(0);
    expect(shown.stdout).not.toMatch(RAW_CONTROL);
    expect(shown.stdout).not.toContain('\u202e');
    expect(shown.stdout).toContain(`en:          ${SHOWN}`);

    const json = run('--json', '40001000');
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    expect(json.stdout).not.toContain('\u202e');
    const [match] = JSON.parse(json.stdout) as [{ description: { en: string } }];
    expect(match.description.en).toBe(HOSTILE);
  });

  it('finds the entry by words around them and still prints nothing raw', () => {
    const shown = run('--vendor', 'upyun', 'pwned');
    expect(shown.status).toBe(0);
    expect(shown.stdout + shown.stderr).not.toMatch(RAW_CONTROL);
    expect(shown.stdout).toContain('upyun 40001000');
  });
});
