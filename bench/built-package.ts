// Builds a copy of generated/ in a temp dir with the package's own build script, for the consumer-side sections.

import { execFile } from 'node:child_process';
import { cp, mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface BuiltPackage {
  /** The package root: package.json, src/, dist/esm, dist/cjs. */
  readonly dir: string;
  /** Wall time of `npm run build` in the copy. */
  readonly buildMs: number;
}

/** What the package ships or builds from; dist/ is rebuilt, never copied. */
const PACKAGE_ENTRIES = [
  'package.json',
  'src',
  'docs',
  'README.md',
  'tsconfig.esm.json',
  'tsconfig.cjs.json',
];

/**
 * Copies `packageDir` (generated/) to `<workDir>/cloud-error-codes` and runs its `npm run build`
 * there, with the workspace's node_modules as its installed devDependencies; generated/ itself is
 * not touched.
 */
export async function buildPackageCopy(
  rootDir: string,
  packageDir: string,
  workDir: string,
): Promise<BuiltPackage> {
  const dir = path.join(workDir, 'cloud-error-codes');
  await mkdir(dir, { recursive: true });
  for (const entry of PACKAGE_ENTRIES) {
    await cp(path.join(packageDir, entry), path.join(dir, entry), {
      recursive: true,
      force: true,
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  // The package's devDependencies (tsc, Node's types for its CLI) are the workspace's own, at the
  // same versions: link them in as `npm install` there would have installed them.
  await symlink(path.join(rootDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir').catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  const start = performance.now();
  await run('npm', ['run', '--silent', 'build'], {
    cwd: dir,
    env: {
      ...process.env,
      PATH: `${path.join(rootDir, 'node_modules', '.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { dir, buildMs: performance.now() - start };
}

/** Makes `cloud-error-codes` resolvable from `consumerDir`: node_modules/cloud-error-codes -> the built package. */
export async function linkPackage(consumerDir: string, built: BuiltPackage): Promise<void> {
  const { symlink } = await import('node:fs/promises');
  await mkdir(path.join(consumerDir, 'node_modules'), { recursive: true });
  await symlink(
    built.dir,
    path.join(consumerDir, 'node_modules', 'cloud-error-codes'),
    'dir',
  ).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}
