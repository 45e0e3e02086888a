// What a command of the command line is: its usage, its options, and a run function that resolves to the exit code.

/** Where a command prints; tests pass their own. */
export interface CommandIo {
  /** The project root: tables/ and generated/ are under it. */
  readonly rootDir: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export interface Command {
  readonly name: string;
  /** The command line after the program (`import VENDOR DOCUMENT [--dry-run]`). */
  readonly usage: string;
  readonly summary: string;
  /** Each option and what it does, for `--help`. */
  readonly options: readonly (readonly [string, string])[];
  /** Runs with the arguments after the command name; resolves to the exit code. */
  readonly run: (args: readonly string[], io: CommandIo) => Promise<number>;
}

/** What a thrown value says: an Error's message, anything else (a thrown string) as text. */
export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** A mistake in the command line itself: printed with the usage, exit 2. */
export class UsageError extends Error {}

/** The program the npm scripts run. */
export const PROGRAM = 'node generator/run-cli.mjs';

/** A command line as the README writes it: `npm run import -- VENDOR DOCUMENT`. */
export function npmUsage(command: Command): string {
  const [, ...args] = command.usage.split(' ');
  return `npm run ${command.name}${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`;
}

/** What `COMMAND --help` prints. */
export function commandHelp(command: Command): string {
  const width = Math.max(0, ...command.options.map(([flag]) => flag.length));
  return [
    `usage: ${npmUsage(command)}`,
    '',
    command.summary,
    ...(command.options.length > 0
      ? [
          '',
          'options:',
          ...command.options.map(([flag, what]) => `  ${flag.padEnd(width)}  ${what}`),
        ]
      : []),
  ].join('\n');
}

/** Does the command line ask for help? */
export const asksForHelp = (args: readonly string[]): boolean =>
  args.includes('--help') || args.includes('-h');
