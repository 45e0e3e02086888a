// The command line: `npm run <command>` (generator/run-cli.mjs), one entry per command in a small table.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GenerateResult } from './generate.js';
import { formatProblem, type Problem } from './read-tables/table-file.js';
import { validateDir } from './validate/validate-dir.js';

/** Where a command prints; tests pass their own. */
export interface CommandIo {
  /** The project root: tables/ and generated/ are under it. */
  readonly rootDir: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  readonly run: (args: readonly string[], io: CommandIo) => Promise<number>;
}

const printProblems = (problems: readonly Problem[], io: CommandIo): void => {
  for (const problem of problems) io.err(formatProblem(problem));
  io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} in tables/`);
};

const milliseconds = (value: number): string => `${Math.round(value)} ms`;

const validateCommand: Command = {
  name: 'validate',
  usage: 'validate',
  summary: 'check tables/ against the schema and the source documents',
  run: async (args, io) => {
    if (args.length > 0) throw new UsageError(`validate takes no arguments, got ${args.join(' ')}`);
    const result = await validateDir({ rootDir: io.rootDir });
    if (!result.ok) {
      printProblems(result.problems, io);
      return 1;
    }
    const rows = result.tables
      .map((table) => `${path.posix.basename(table.file)} ${table.rows}`)
      .join(', ');
    io.out(`tables/ is valid: ${rows} rows`);
    return 0;
  },
};

function printDifferences(result: GenerateResult, io: CommandIo): void {
  const outDir = path.relative(io.rootDir, result.outDir) || '.';
  io.err(`${outDir}/ is not what tables/ generate (run npm run generate):`);
  for (const difference of result.differences)
    io.err(`  ${difference.kind}: ${outDir}/${difference.path}`);
  for (const difference of result.differences) io.err(difference.patch.trimEnd());
}

const generateCommand: Command = {
  name: 'generate',
  usage: 'generate [--check]',
  summary:
    'write generated/ from tables/; with --check, only compare generated/ with a fresh generate',
  run: async (args, io) => {
    const unknown = args.filter((arg) => arg !== '--check');
    if (unknown.length > 0) throw new UsageError(`generate does not know ${unknown.join(' ')}`);
    const check = args.includes('--check');
    // Loaded on demand: validate needs neither the emitters nor the formatter.
    const { generate } = await import('./generate.js');
    const result = await generate({ rootDir: io.rootDir, check });
    if (result.problems.length > 0) {
      printProblems(result.problems, io);
      io.err('nothing was written');
      return 1;
    }
    const outDir = path.relative(io.rootDir, result.outDir) || '.';
    for (const vendor of result.vendors) {
      io.out(
        `${vendor.vendor}: ${vendor.codes} codes, ${vendor.variants} variants, ${vendor.files} files`,
      );
    }
    if (check) {
      if (!result.ok) {
        printDifferences(result, io);
        return 1;
      }
      io.out(
        `${outDir}/ is up to date: ${result.files.length} files, checked in ${milliseconds(result.totalMs)}`,
      );
      return 0;
    }
    io.out(`wrote ${result.files.length} files to ${outDir}/ in ${milliseconds(result.totalMs)}`);
    return 0;
  },
};

const diffCommand: Command = {
  name: 'diff',
  usage: 'diff [BASE]',
  summary:
    'how tables/ changed since git revision BASE (default HEAD), with the semver impact; --json, --tables DIR, --base-tables DIR',
  run: async (args, io) => (await import('./diff/diff-command.js')).runDiffCommand(args, io),
};

const importCommand: Command = {
  name: 'import',
  usage: 'import VENDOR DOC',
  summary:
    "rewrite a vendor's tables from a new copy of its document, keeping curated cells; --dry-run, --tables DIR",
  run: async (args, io) => (await import('./import/import-command.js')).runImportCommand(args, io),
};

/** The commands by name; a new command is one more entry. */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  generateCommand,
  diffCommand,
  importCommand,
];

/** A mistake in the command line itself: printed with the usage, exit 2. */
export class UsageError extends Error {}

const usage = (): string =>
  [
    'usage: tsx generator/cli.ts <command>',
    ...COMMANDS.map((command) => `  ${command.usage.padEnd(20)} ${command.summary}`),
  ].join('\n');

/** Runs one command line; resolves to the process exit code. */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    io.err(name === undefined ? usage() : `unknown command ${JSON.stringify(name)}\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${usage()}`);
      return 2;
    }
    throw error;
  }
}

/** Runs one command line in this process, printing to stdout and stderr, and sets the exit code. */
export async function runCommandLine(argv: readonly string[]): Promise<void> {
  const io: CommandIo = {
    rootDir: process.cwd(),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
  process.exitCode = await main(argv, io);
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
)
  await runCommandLine(process.argv.slice(2));
