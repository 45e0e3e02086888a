// Temporary directories for a test file, removed after its last test: one setup instead of a copy per file.

import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Call once at the top of a test file: returns a maker of temporary directories removed after the file's tests. */
export function useTemporaryDirs(): (prefix: string) => Promise<string> {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async (prefix) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/** Files by path relative to a directory. */
export type FileTree = Readonly<Record<string, string | Uint8Array>>;

/** Writes `files` under `dir`, making folders as needed. */
export async function writeTree(dir: string, files: FileTree): Promise<void> {
  for (const [name, contents] of Object.entries(files)) {
    const target = path.join(dir, ...name.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
}

/** Every file under a directory with its bytes, by posix path relative to it. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = new Map<string, Buffer>();
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), await readFile(full));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Copies a directory tree (a fixture, the committed tables) under `dir`. */
export const copyTree = (from: string, to: string): Promise<void> =>
  cp(from, to, { recursive: true });
