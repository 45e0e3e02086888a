// What the generator writes into generated/, and the entries there it must never touch.

/** One file of the generated package. */
export interface OutputFile {
  /** Path relative to generated/, posix separators. */
  readonly path: string;
  readonly contents: string;
}

/**
 * Entries of generated/ the generator does not produce but must keep: the package's installed
 * dev dependencies, the lock file a standalone `npm install` there writes, and its build output
 * (all git-ignored). A generate must not delete a build.
 */
export const KEPT_ENTRIES: readonly string[] = ['node_modules', 'package-lock.json', 'dist'];

/** Why a path cannot be written inside generated/, or undefined when it can. */
export function outputPathProblem(filePath: string): string | undefined {
  if (filePath === '') return 'is empty';
  if (filePath.includes('\\')) return 'uses a backslash; paths are posix';
  if (filePath.startsWith('/')) return 'is absolute';
  const steps = filePath.split('/');
  if (steps.some((step) => step === '' || step === '.' || step === '..'))
    return 'has an empty, "." or ".." step';
  if (KEPT_ENTRIES.includes(steps[0] ?? ''))
    return `is inside ${steps[0]}/, which the generator keeps as it is`;
  return undefined;
}

/** Throws when any path is unsafe or listed twice: a bug in an emitter, not bad input. */
export function assertOutputPaths(files: readonly OutputFile[]): void {
  const seen = new Set<string>();
  for (const file of files) {
    const problem = outputPathProblem(file.path);
    if (problem !== undefined)
      throw new Error(`generated file path ${JSON.stringify(file.path)} ${problem}`);
    if (seen.has(file.path))
      throw new Error(`generated file path ${JSON.stringify(file.path)} is emitted twice`);
    seen.add(file.path);
  }
  // A file and a directory of one name cannot both exist.
  for (const file of files) {
    const steps = file.path.split('/');
    for (let length = 1; length < steps.length; length += 1) {
      const directory = steps.slice(0, length).join('/');
      if (seen.has(directory))
        throw new Error(`generated file path ${JSON.stringify(directory)} is also a directory`);
    }
  }
}

/** Files sorted by path (UTF-16 code units), without touching the input. */
export const sortedByPath = <T extends { readonly path: string }>(files: readonly T[]): T[] =>
  [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
