// Compares a generated/ directory on disk with freshly generated files, as unified diffs.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { KEPT_ENTRIES, sortedByPath, type OutputFile } from './output-files.js';

export interface FileDifference {
  /** Path relative to the compared directory, posix. */
  readonly path: string;
  /** changed: contents differ; missing: generated but not on disk; extra: on disk but no longer generated. */
  readonly kind: 'changed' | 'missing' | 'extra';
  /** Unified diff from the file on disk to the generated one. */
  readonly patch: string;
}

/** Every file under `dir` (posix paths relative to it), leaving out the kept entries at its top. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(dir, ...prefix.split('/').filter(Boolean)), {
      withFileTypes: true,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && prefix === '') return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (prefix === '' && KEPT_ENTRIES.includes(entry.name)) continue;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, relative)));
    else files.push(relative);
  }
  return files;
}

const patch = (
  filePath: string,
  before: string,
  after: string,
  beforeName = `a/${filePath}`,
  afterName = `b/${filePath}`,
) =>
  createTwoFilesPatch(beforeName, afterName, before, after, undefined, undefined, { context: 3 });

/** What differs between `dir` and `files`, sorted by path; empty when the directory is up to date. */
export async function diffAgainst(
  dir: string,
  files: readonly OutputFile[],
): Promise<FileDifference[]> {
  const onDisk = new Set(await listFiles(dir));
  const differences: FileDifference[] = [];
  for (const file of files) {
    if (!onDisk.has(file.path)) {
      differences.push({
        path: file.path,
        kind: 'missing',
        patch: patch(file.path, '', file.contents, '/dev/null'),
      });
      continue;
    }
    onDisk.delete(file.path);
    const current = await readFile(path.join(dir, ...file.path.split('/')), 'utf8');
    if (current !== file.contents) {
      differences.push({
        path: file.path,
        kind: 'changed',
        patch: patch(file.path, current, file.contents),
      });
    }
  }
  for (const extra of onDisk) {
    const current = await readFile(path.join(dir, ...extra.split('/')), 'utf8').catch(() => '');
    differences.push({
      path: extra,
      kind: 'extra',
      patch: patch(extra, current, '', `a/${extra}`, '/dev/null'),
    });
  }
  return sortedByPath(differences);
}
