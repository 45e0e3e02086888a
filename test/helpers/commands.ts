// The project's commands and git, as the tests that build repositories run them.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { main } from '../../generator/cli.js';

const run = promisify(execFile);

/** Runs a command's main() in this process: its exit code and the lines it printed. */
export async function runInProcess(
  rootDir: string,
  argv: readonly string[],
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...argv], {
    rootDir,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

/** Runs a command as `npm run` would, in process: its exit code and what it printed. */
export async function npmRun(rootDir: string, ...argv: string[]) {
  const { code, out, err } = await runInProcess(rootDir, argv);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** git in `cwd`, as a maintainer with no global configuration. */
export const git = (cwd: string, ...args: string[]) =>
  run(
    'git',
    [
      '-c',
      'user.name=Maintainer',
      '-c',
      'user.email=maintainer@example.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd },
  );
