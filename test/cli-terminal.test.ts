// The package's lookup CLI, generated from a fixture whose table text holds terminal escapes (as an errors.go comment can): they print visibly, never raw.

import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../generator/cli.js';
import { fixtureProject } from './helpers/tables.js';
import { useTemporaryDirs } from './helpers/temporary.js';

const temporaryDir = useTemporaryDirs();

/** What a terminal would obey: C0 but the line feed, DEL, C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters in the output
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** An OSC that retitles the terminal, a lone CSI that clears it, a bidi override. */
const HOSTILE = '\u001b]0;pwned\u0007 and \u009b2J then \u202egnirts';
const SHOWN = '\\x1b]0;pwned\\x07 and \\x9b2J then \\u202egnirts';

let cli = '';

beforeAll(async () => {
  const { root, tablesDir } = await fixtureProject(temporaryDir);
  // Upyun's page is in Chinese: the English description is a curated cell, free text.
  const upyun = path.join(tablesDir, 'upyun.csv');
  const table = await readFile(upyun, 'utf8');
  const edited = table.replace(
    '40001000,400,wrong uri,,,',
    `40001000,400,wrong uri,,"${HOSTILE}",`,
  );
  expect(edited).not.toBe(table);
  await writeFile(upyun, edited);
  const generated = await main(['generate'], { rootDir: root, out: () => {}, err: () => {} });
  expect(generated).toBe(0);
  // The emitted src/cli.ts and what it imports, bundled to run with plain node.
  cli = path.join(root, 'cli.mjs');
  await build({
    entryPoints: [path.join(root, 'generated', 'src', 'cli.ts')],
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
