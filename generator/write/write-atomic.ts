// Replaces generated/ with a new set of files in one swap, keeping its node_modules/ and dist/.

import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KEPT_ENTRIES, assertOutputPaths, type OutputFile } from './output-files.js';

const exists = async (target: string): Promise<boolean> =>
  stat(target).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );

/** Writes every file under `dir`, creating each directory once. */
async function writeTree(dir: string, files: readonly OutputFile[]): Promise<void> {
  const directories = new Set(
    files.map((file) => path.dirname(path.join(dir, ...file.path.split('/')))),
  );
  directories.add(dir);
  for (const directory of [...directories].sort()) await mkdir(directory, { recursive: true });
  await Promise.all(
    files.map((file) => writeFile(path.join(dir, ...file.path.split('/')), file.contents, 'utf8')),
  );
}

/** Moves each kept entry that exists from one directory to the other; returns what it moved. */
async function moveKept(from: string, to: string, entries: readonly string[]): Promise<string[]> {
  const moved: string[] = [];
  for (const entry of entries) {
    if (!(await exists(path.join(from, entry)))) continue;
    await rename(path.join(from, entry), path.join(to, entry));
    moved.push(entry);
  }
  return moved;
}

/**
 * Writes `files` into a fresh directory beside `outDir` (same file system, so renames are moves),
 * then swaps it in: outDir -> backup, kept entries -> new, new -> outDir, backup removed. If any
 * step fails, outDir is put back as it was and the error is rethrown.
 */
export async function writeAtomic(outDir: string, files: readonly OutputFile[]): Promise<void> {
  assertOutputPaths(files);
  const target = path.resolve(outDir);
  const swap = await mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}-swap-`));
  const fresh = path.join(swap, 'new');
  const backup = path.join(swap, 'old');
  try {
    await writeTree(fresh, files);
    const hadOutput = await exists(target);
    if (hadOutput) await rename(target, backup);
    let carried: string[] = [];
    try {
      if (hadOutput) carried = await moveKept(backup, fresh, KEPT_ENTRIES);
      await rename(fresh, target);
    } catch (error) {
      // Put the old output back exactly: its kept entries first, then the directory itself.
      if (hadOutput) {
        await moveKept(fresh, backup, carried);
        if (!(await exists(target))) await rename(backup, target);
      }
      throw error;
    }
  } finally {
    await rm(swap, { recursive: true, force: true });
  }
}
