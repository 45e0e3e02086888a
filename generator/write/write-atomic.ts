// Replaces a directory in one swap (generated/ with a new set of files, keeping its node_modules/ and dist/;
// tables/ with an import's files), and clears what a swap killed midway left beside it.

import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
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

/** The prefix of the swap folders beside `target` (`.generated-swap-`). */
const swapPrefix = (target: string): string => `.${path.basename(target)}-swap-`;

/**
 * Clears the swap folders a run killed midway left beside `target`. A run killed between its two
 * renames left no `target` and the old directory in its swap folder: that is put back first (with
 * the kept entries it had already handed to the new one), so the next run starts from the old.
 */
export async function clearLeftoverSwaps(
  target: string,
  kept: readonly string[] = [],
): Promise<void> {
  const parent = path.dirname(target);
  const leftovers = (await readdir(parent).catch(() => [] as string[]))
    .filter((name) => name.startsWith(swapPrefix(target)))
    .sort();
  for (const name of leftovers) {
    const swap = path.join(parent, name);
    const backup = path.join(swap, 'old');
    if (!(await exists(target)) && (await exists(backup))) {
      await moveKept(path.join(swap, 'new'), backup, kept);
      await rename(backup, target);
    }
    await rm(swap, { recursive: true, force: true });
  }
}

/**
 * Fills a fresh directory beside `target` (same file system, so renames are moves), then swaps it
 * in: target -> backup, kept entries -> new, new -> target, backup removed. If any step fails,
 * target is put back as it was and the error is rethrown; a run killed midway is cleared up by the
 * next (clearLeftoverSwaps).
 */
export async function swapDirectory(
  target: string,
  fill: (fresh: string) => Promise<void>,
  kept: readonly string[] = [],
): Promise<void> {
  const resolved = path.resolve(target);
  await clearLeftoverSwaps(resolved, kept);
  const swap = await mkdtemp(path.join(path.dirname(resolved), swapPrefix(resolved)));
  const fresh = path.join(swap, 'new');
  const backup = path.join(swap, 'old');
  try {
    await fill(fresh);
    const hadOutput = await exists(resolved);
    if (hadOutput) await rename(resolved, backup);
    let carried: string[] = [];
    try {
      if (hadOutput) carried = await moveKept(backup, fresh, kept);
      await rename(fresh, resolved);
    } catch (error) {
      // Put the old directory back exactly: its kept entries first, then the directory itself.
      if (hadOutput) {
        await moveKept(fresh, backup, carried);
        if (!(await exists(resolved))) await rename(backup, resolved);
      }
      throw error;
    }
  } finally {
    await rm(swap, { recursive: true, force: true });
  }
}

/** Replaces generated/ with `files`, keeping its KEPT_ENTRIES, in one swap. */
export async function writeAtomic(outDir: string, files: readonly OutputFile[]): Promise<void> {
  assertOutputPaths(files);
  await swapDirectory(outDir, (fresh) => writeTree(fresh, files), KEPT_ENTRIES);
}
