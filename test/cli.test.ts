// Tests the command line: the command table, usage errors, and generate / generate --check on a project copy.

import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, main } from '../generator/cli.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const temporaryDirs: string[] = [];
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Runs main() in this process, collecting what it prints. */
async function runMain(
  argv: string[],
  rootDir = ROOT,
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    rootDir,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

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
      want: 'usage: tsx generator/cli.ts <command>',
      usage: 'generate [--check]',
    },
    {
      name: 'an unknown command',
      given: ['build'],
      want: 'unknown command "build"',
      usage: 'generate [--check]',
    },
    {
      name: 'validate with an argument',
      given: ['validate', 'tables'],
      want: 'validate takes no arguments, got tables',
      usage: 'usage: tsx generator/cli.ts validate',
    },
    {
      name: 'generate with an unknown flag',
      given: ['generate', '--force'],
      want: 'generate does not know --force',
      usage: 'usage: tsx generator/cli.ts generate [--check]',
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
      for (const command of COMMANDS) expect(out.join('\n')).toContain(command.usage);
    }
    for (const command of COMMANDS) {
      const { code, out, err } = await runMain([command.name, '--help']);
      expect({ code, err }).toEqual({ code: 0, err: [] });
      const help = out.join('\n');
      expect(help.startsWith(`usage: tsx generator/cli.ts ${command.usage}\n`)).toBe(true);
      expect(help).toContain(command.summary);
      for (const [option] of command.options) expect(help).toContain(option);
    }
  });

  it('validates the committed tables with a row count per table', async () => {
    const { code, out, err } = await runMain(['validate']);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^tables\/ is valid: sources\.csv \d+, aliases\.csv \d+, (?:[a-z0-9-]+\.csv \d+, )*upyun\.csv \d+ rows$/,
    );
  });
});

describe('generate on a copy of the project', () => {
  const run = promisify(execFile);
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const cli = path.join(ROOT, 'generator', 'cli.ts');
  /** Runs the CLI as `npm run` would, in `cwd`; resolves with the exit code instead of throwing. */
  const runCli = (args: string[], cwd: string) =>
    run(tsx, [cli, ...args], { cwd }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      }),
    );

  async function projectCopy(): Promise<string> {
    const root = await mkdtemp(path.join(os.tmpdir(), 'cli-'));
    temporaryDirs.push(root);
    await cp(path.join(ROOT, 'tables'), path.join(root, 'tables'), { recursive: true });
    return root;
  }

  it('generates, prints one line per vendor, and --check then passes', async () => {
    const root = await projectCopy();
    const generated = await runCli(['generate'], root);
    expect(generated.code).toBe(0);
    const lines = generated.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 5).map((line) => line.split(':')[0])).toEqual([
      'tencent-live',
      'tencent-streamlive',
      'baidu-vod',
      'kingsoft-live',
      'upyun',
    ]);
    for (const line of lines.slice(0, 5))
      expect(line).toMatch(/: [1-9]\d* codes, [1-9]\d* variants, \d+ files$/);
    expect(lines[5]).toMatch(/^wrote [1-9]\d* files to generated\/ in \d+ ms$/);
    expect((await readdir(path.join(root, 'generated'))).length).toBeGreaterThan(0);

    const checked = await runCli(['generate', '--check'], root);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/generated\/ is up to date: \d+ files/);
  });

  it('--check on an edited generated/ exits 1 naming the file with a unified diff, and writes nothing', async () => {
    const root = await projectCopy();
    expect((await runCli(['generate'], root)).code).toBe(0);
    const packageJson = path.join(root, 'generated', 'package.json');
    const edited = (await readFile(packageJson, 'utf8')).replace('"name"', '"name" ');
    await writeFile(packageJson, edited);

    const checked = await runCli(['generate', '--check'], root);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('  changed: generated/package.json');
    expect(checked.stderr).toContain('--- a/package.json\n+++ b/package.json\n');
    expect(await readFile(packageJson, 'utf8')).toBe(edited);
  });

  it('exits 1 on a broken table, prints the problem, and leaves generated/ untouched', async () => {
    const root = await projectCopy();
    expect((await runCli(['generate'], root)).code).toBe(0);
    const before = await readdir(path.join(root, 'generated'), { recursive: true });
    const upyun = path.join(root, 'tables', 'upyun.csv');
    await writeFile(
      upyun,
      (await readFile(upyun, 'utf8')).replace('WrongUri,invalid-request', 'WrongUri,invalid'),
    );

    const failed = await runCli(['generate'], root);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`tables/upyun.csv:2: category "invalid" is not one of`);
    expect(failed.stderr).toContain('nothing was written');
    expect(await readdir(path.join(root, 'generated'), { recursive: true })).toEqual(before);
  });
});
