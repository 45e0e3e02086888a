// The command line: `npm run <command>` (generator/run-cli.mjs), one entry per command in a small table.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  asksForHelp,
  commandHelp,
  npmUsage,
  PROGRAM,
  UsageError,
  type Command,
  type CommandIo,
} from './command.js';
import { diffCommand } from './diff/diff-command.js';
import type { GenerateResult } from './generate.js';
import { importCommand } from './import/import-command.js';
import { releaseCommand } from './release/release-command.js';
import { displayPath, loadModel } from './load-model.js';
import { formatProblem, type Problem } from './read-tables/table-file.js';

export { UsageError, type Command, type CommandIo } from './command.js';

const printProblems = (problems: readonly Problem[], io: CommandIo): void => {
  for (const problem of problems) io.err(formatProblem(problem));
  io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} in tables/`);
};

const milliseconds = (value: number): string => `${Math.round(value)} ms`;

const validateCommand: Command = {
  name: 'validate',
  usage: 'validate',
  summary: 'check tables/ against the schema and the source documents',
  options: [],
  run: async (args, io) => {
    if (args.length > 0) throw new UsageError(`validate takes no arguments, got ${args.join(' ')}`);
    const tablesDir = path.resolve(io.rootDir, 'tables');
    const loaded = await loadModel(tablesDir, { displayDir: displayPath(io.rootDir, tablesDir) });
    if (!loaded.ok) {
      printProblems(loaded.problems, io);
      return 1;
    }
    const rows = loaded.stats
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
  summary: 'write generated/ from tables/ (atomically: a failed run leaves it as it was)',
  options: [
    ['--check', 'only compare generated/ with a fresh generate; exit 1 with a diff if it differs'],
  ],
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

/** The commands by name; a new command is one more entry. */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  generateCommand,
  diffCommand,
  importCommand,
  releaseCommand,
];

const usage = (): string =>
  [
    `usage: ${PROGRAM} <command> [--help]`,
    '',
    'commands:',
    ...COMMANDS.flatMap((command) => [`  ${npmUsage(command)}`, `      ${command.summary}`]),
  ].join('\n');

/** Runs one command line; resolves to the process exit code. */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    io.err(name === undefined ? usage() : `unknown command ${JSON.stringify(name)}\n${usage()}`);
    return 2;
  }
  if (asksForHelp(args)) {
    io.out(commandHelp(command));
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${commandHelp(command)}`);
      return 2;
    }
    throw error;
  }
}

/**
 * Writes lines to a stream until its reader goes away. `npm run diff -- --json | head` closes the
 * pipe after ten lines: the rest is not wanted, so the command finishes its work (an import still
 * writes its tables) and stays silent instead of dying of an unhandled EPIPE.
 */
export function lineWriter(stream: NodeJS.WriteStream): (line: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (line) => {
    if (!closed) stream.write(`${line}\n`);
  };
}

/** Runs one command line in this process, printing to stdout and stderr, and sets the exit code. */
export async function runCommandLine(argv: readonly string[]): Promise<void> {
  const io: CommandIo = {
    rootDir: process.cwd(),
    out: lineWriter(process.stdout),
    err: lineWriter(process.stderr),
  };
  process.exitCode = await main(argv, io);
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
)
  await runCommandLine(process.argv.slice(2));
