// Tests the command line: the command table, usage and --help, generate and --check in process on the fixture
// project, and each command once as npm runs it (a subprocess).

import { execFile, spawn } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../generator/cli.js';
import { npmUsage } from '../generator/command.js';
import { runInProcess } from './helpers/commands.js';
import { fixtureProject } from './helpers/tables.js';
import { readTree, useTemporaryDirs } from './helpers/temporary.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const temporaryDir = useTemporaryDirs();

/** Runs main() in this process, collecting what it prints. */
const runMain = (argv: string[], rootDir = ROOT) => runInProcess(rootDir, argv);

describe('main', () => {
  it('has a command table that new commands plug into', () => {
    const names = COMMANDS.map((command) => command.name);
    expect(names.slice(0, 2)).toEqual(['validate', 'generate']);
    expect(new Set(names).size).toBe(names.length);
    for (const command of COMMANDS) {
      expect(command.usage.startsWith(command.name)).toBe(true);
      expect(command.summary).not.toBe('');
    }
  });

  const usageCases: { name: string; given: string[]; want: string; usage: string }[] = [
    {
      name: 'no command',
      given: [],
      want: 'usage: node generator/run-cli.mjs <command>',
      usage: 'npm run generate -- [--check]',
    },
    {
      name: 'an unknown command',
      given: ['build'],
      want: 'unknown command "build"',
      usage: 'npm run generate -- [--check]',
    },
    {
      name: 'validate with an argument',
      given: ['validate', 'tables'],
      want: 'validate takes no arguments, got tables',
      usage: 'usage: npm run validate\n',
    },
    {
      name: 'generate with an unknown flag',
      given: ['generate', '--force'],
      want: 'generate does not know --force',
      usage: 'usage: npm run generate -- [--check]',
    },
  ];
  it.each(usageCases)('exits 2 with the usage on $name', async ({ given, want, usage }) => {
    const { code, out, err } = await runMain(given);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(want);
    expect(err.join('\n')).toContain(usage);
  });

  it('answers --help with the program usage, and COMMAND --help with its usage and options, exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const { code, out, err } = await runMain(argv);
      expect({ code, err }).toEqual({ code: 0, err: [] });
      for (const command of COMMANDS) expect(out.join('\n')).toContain(npmUsage(command));
    }
    for (const command of COMMANDS) {
      const { code, out, err } = await runMain([command.name, '--help']);
      expect({ code, err }).toEqual({ code: 0, err: [] });
      const help = out.join('\n');
      expect(help.startsWith(`usage: ${npmUsage(command)}\n`)).toBe(true);
      expect(help).toContain(command.summary);
      for (const [option] of command.options) expect(help).toContain(option);
    }
  });

  it('validates tables with a row count per table', async () => {
    const { root } = await fixtureProject(temporaryDir);
    const { code, out, err } = await runMain(['validate'], root);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out).toEqual([
      'tables/ is valid: sources.csv 8, aliases.csv 1, tencent-common.csv 7, tencent-live.csv 8, baidu-vod-common.csv 4, baidu-vod.csv 4, kingsoft-live.csv 11, kingsoft-live-v1.csv 6, upyun.csv 8 rows',
    ]);
  });
});

/** One real generate of the fixture project, in process, shared by the tests: each works on its own copy. */
let generatedOnce:
  | Promise<{
      root: string;
      first: Awaited<ReturnType<typeof runMain>>;
      files: Map<string, Buffer>;
    }>
  | undefined;
const fixtureGenerated = () =>
  (generatedOnce ??= (async () => {
    const { root } = await fixtureProject(temporaryDir);
    const first = await runMain(['generate'], root);
    return { root, first, files: await readTree(path.join(root, 'generated')) };
  })());

describe('generate on a copy of the fixture project', async () => {
  const generated = await fixtureGenerated();
  const { first, files: generatedFiles } = generated;

  /** A project copy with tables/ and the generated/ written from them. */
  async function generatedCopy(): Promise<string> {
    const { root } = await fixtureProject(temporaryDir);
    await cp(path.join(generated.root, 'generated'), path.join(root, 'generated'), {
      recursive: true,
    });
    return root;
  }

  it('generates, prints one line per vendor, and --check then passes', async () => {
    expect(first.code).toBe(0);
    expect(first.err).toEqual([]);
    expect(first.out.slice(0, 5).map((line) => line.split(':')[0])).toEqual([
      'tencent-live',
      'tencent-streamlive',
      'baidu-vod',
      'kingsoft-live',
      'upyun',
    ]);
    for (const line of first.out.slice(0, 5))
      expect(line).toMatch(/: [1-9]\d* codes, [1-9]\d* variants, \d+ files$/);
    expect(first.out[5]).toMatch(/^wrote [1-9]\d* files to generated\/ in \d+ ms$/);
    expect(generatedFiles.size).toBeGreaterThan(0);

    const checked = await runMain(['generate', '--check'], await generatedCopy());
    expect(checked.code).toBe(0);
    expect(checked.out.join('\n')).toMatch(/generated\/ is up to date: \d+ files/);
  });

  it('--check on an edited generated/ exits 1 naming the file with a unified diff, and writes nothing', async () => {
    const root = await generatedCopy();
    const packageJson = path.join(root, 'generated', 'package.json');
    const edited = (await readFile(packageJson, 'utf8')).replace('"name"', '"name" ');
    await writeFile(packageJson, edited);

    const checked = await runMain(['generate', '--check'], root);
    expect(checked.code).toBe(1);
    const err = checked.err.join('\n');
    expect(err).toContain('  changed: generated/package.json');
    expect(err).toContain('--- a/package.json\n+++ b/package.json\n');
    expect(await readFile(packageJson, 'utf8')).toBe(edited);
  });

  it('exits 1 on a broken table, prints the problem, and leaves generated/ untouched', async () => {
    const root = await generatedCopy();
    const before = await readTree(path.join(root, 'generated'));
    const upyun = path.join(root, 'tables', 'upyun.csv');
    await writeFile(
      upyun,
      (await readFile(upyun, 'utf8')).replace('WrongUri,invalid-request', 'WrongUri,invalid'),
    );

    const failed = await runMain(['generate'], root);
    expect(failed.code).toBe(1);
    expect(failed.err.join('\n')).toContain(`tables/upyun.csv:2: category "invalid" is not one of`);
    expect(failed.err).toContain('nothing was written');
    expect(await readTree(path.join(root, 'generated'))).toEqual(before);
  });
});

describe('the commands as npm runs them, one subprocess each', () => {
  const run = promisify(execFile);
  const runCli = path.join(ROOT, 'generator', 'run-cli.mjs');
  /** Runs `node generator/run-cli.mjs ARGS` in `cwd`, as the npm scripts do; resolves with the exit code. */
  const npmRun = (args: string[], cwd: string) =>
    run(process.execPath, [runCli, ...args], { cwd }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      }),
    );

  it('generate writes generated/ as the in-process run does', async () => {
    const { root } = await fixtureProject(temporaryDir);
    const result = await npmRun(['generate'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/wrote [1-9]\d* files to generated\/ in \d+ ms\n$/);
    expect(await readTree(path.join(root, 'generated'))).toEqual((await fixtureGenerated()).files);
  });

  it('import --dry-run previews and writes nothing; --help answers with the usage, exit 0', async () => {
    const { root, tablesDir } = await fixtureProject(temporaryDir);
    const before = await readTree(tablesDir);
    const result = await npmRun(
      ['import', 'kingsoft-live', 'tables/sources/kingsoft-live.txt', '--dry-run'],
      root,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('The tables already transcribe this document: nothing to do.');
    expect(await readTree(tablesDir)).toEqual(before);
    const help = await npmRun(['import', '--help'], root);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^usage: npm run import -- VENDOR DOCUMENT/);
  });

  it.each([['diff', '--base-tables', 'tables', '--json'], ['validate'], ['import', '--help']])(
    '%s survives a reader that closes the pipe (`| head`)',
    async (...args) => {
      const { root } = await fixtureProject(temporaryDir);
      const child = spawn(process.execPath, [runCli, ...args], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // The reader is gone before the command prints: its every write meets a closed pipe.
      child.stdout.destroy();
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    },
  );

  it('diff compares two directories of tables', async () => {
    const { root, tablesDir } = await fixtureProject(temporaryDir);
    const result = await npmRun(['diff', '--base-tables', tablesDir, '--tables', tablesDir], root);
    expect(result).toMatchObject({
      code: 0,
      stdout: 'No changes to the error tables since tables (semver impact: none).\n',
      stderr: '',
    });
  });
});
