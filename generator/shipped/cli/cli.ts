/// <reference types="node" />
// `npx cloud-error-codes <code | name | words>`: looks a documented error up from a terminal, for the engineer with a code from a log.

import { parseArgs } from 'node:util';
import { DOCUMENTS, type SourceDocument } from './documents.js';
import { VENDORS, listErrors, lookupError } from './index.js';
import type { EntrySource, ErrorEntry, VendorId } from './index.js';

/** Exit statuses, as grep has them: a match, none, a usage error. */
const EXIT_MATCH = 0;
const EXIT_NO_MATCH = 1;
const EXIT_USAGE = 2;

const USAGE = `Usage: cloud-error-codes [--vendor <id>] [--json] <code | name | words...>

Looks up the error codes that the vendors document: ${VENDORS.join(', ')}.

  cloud-error-codes 40400001                          a code, any vendor
  cloud-error-codes AuthFailure.SignatureFailure      a code (or a documented alias)
  cloud-error-codes --vendor tencent-live 签名        words in codes, names, messages, descriptions

A code, an alias or an enum member name that a vendor documents gives exactly that error.
Anything else is searched, case-insensitively, in every code, name, message and the Chinese
and English descriptions; with several words, each must occur.

Options:
  --vendor <id>   only this vendor (${VENDORS.join(', ')})
  --json          print the matches as a JSON array, for scripts
  -h, --help      print this help

Exit status: 0 when something matches, 1 when nothing does, 2 on a usage error.
`;

/** A usage error: said on stderr with a pointer to --help, exit 2. */
class UsageError extends Error {}

interface Options {
  readonly vendors: readonly VendorId[];
  readonly json: boolean;
  readonly query: string;
}

const isVendor = (value: string): value is VendorId =>
  (VENDORS as readonly string[]).includes(value);

/** The command line as options, or 'help'; a UsageError for anything it cannot mean. */
function readArguments(args: readonly string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        vendor: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) return 'help';
  const vendor = values.vendor;
  if (vendor !== undefined && !isVendor(vendor)) {
    throw new UsageError(`unknown vendor ${JSON.stringify(vendor)}: one of ${VENDORS.join(', ')}`);
  }
  const query = positionals.join(' ').trim();
  if (query === '') throw new UsageError('nothing to look up: give a code, a name or words');
  return { vendors: vendor === undefined ? VENDORS : [vendor], json: values.json === true, query };
}

/** The entries a code, alias or enum member name names exactly, every variant of them. */
function exactMatches(vendor: VendorId, query: string): ErrorEntry[] {
  const entries = listErrors(vendor);
  const documented = lookupError(vendor, query);
  // lookupError resolves aliases and integer codes written as digits; all variants of that code match.
  const code = documented?.code;
  return entries.filter((entry) => entry.code === code || entry.name === query);
}

/** Every text of an entry that a search reads. */
const searchedText = (entry: ErrorEntry): string =>
  [
    String(entry.code),
    entry.name,
    entry.message ?? '',
    entry.description.zh ?? '',
    entry.description.en ?? '',
  ]
    .join('\n')
    .toLowerCase();

function textMatches(vendor: VendorId, query: string): ErrorEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return listErrors(vendor).filter((entry) => {
    const text = searchedText(entry);
    return words.every((word) => text.includes(word));
  });
}

/** Exact matches over the vendors when there are any, else the text search. */
function search(options: Options): ErrorEntry[] {
  const exact = options.vendors.flatMap((vendor) => exactMatches(vendor, options.query));
  return exact.length > 0
    ? exact
    : options.vendors.flatMap((vendor) => textMatches(vendor, options.query));
}

/** A document that records an entry, with its product and address where known. */
const documentOf = (entry: ErrorEntry, source: EntrySource): SourceDocument | undefined =>
  DOCUMENTS.find(
    (document) =>
      document.vendor === entry.vendor &&
      document.document === source.document &&
      document.section === source.section,
  );

function documentLine(entry: ErrorEntry, source: EntrySource): string {
  const document = documentOf(entry, source);
  const where = `${source.document} › ${source.section}`;
  if (document === undefined) return where;
  return [document.product, where, document.url ?? 'address not known'].join(', ');
}

function humanReadable(entry: ErrorEntry): string {
  const lines: [string, string | undefined][] = [
    ['name', entry.name],
    ['HTTP status', entry.httpStatus === undefined ? 'not documented' : String(entry.httpStatus)],
    ['category', entry.category],
    ['retryable', entry.retryable ? 'yes' : 'no'],
    ['message', entry.message],
    ['zh', entry.description.zh],
    ['en', entry.description.en],
    // Every document that lists the code, the one whose cells the entry shows first: a code on
    // both a page and an SDK code list is cited from both.
    ...entry.sources.map(
      (source, index): [string, string] => [
        index === 0 ? 'document' : 'also in',
        documentLine(entry, source),
      ],
    ),
  ];
  return [
    `${entry.vendor} ${String(entry.code)}`,
    ...lines
      .filter((line): line is [string, string] => line[1] !== undefined)
      .map(
        ([label, value]) =>
          `  ${`${label}:`.padEnd(13)}${value.replace(/\n/g, '\n               ')}`,
      ),
  ].join('\n');
}

function documentJson(entry: ErrorEntry, source: EntrySource): object {
  const document = documentOf(entry, source);
  return {
    product: document?.product ?? null,
    title: source.document,
    section: source.section,
    url: document?.url ?? null,
  };
}

function asJson(entry: ErrorEntry): object {
  return {
    vendor: entry.vendor,
    code: entry.code,
    name: entry.name,
    httpStatus: entry.httpStatus ?? null,
    category: entry.category,
    retryable: entry.retryable,
    message: entry.message ?? null,
    description: { zh: entry.description.zh ?? null, en: entry.description.en ?? null },
    document: documentJson(entry, entry.source),
    documents: entry.sources.map((source) => documentJson(entry, source)),
  };
}

/** Runs the CLI; returns the exit status. */
function main(
  args: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  let options: Options | 'help';
  try {
    options = readArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`cloud-error-codes: ${error.message}\nTry 'cloud-error-codes --help'.\n`);
    return EXIT_USAGE;
  }
  if (options === 'help') {
    out(USAGE);
    return EXIT_MATCH;
  }
  const matches = search(options);
  if (options.json) {
    out(`${JSON.stringify(matches.map(asJson), null, 2)}\n`);
  } else if (matches.length > 0) {
    out(`${matches.map(humanReadable).join('\n\n')}\n`);
  } else {
    err(`cloud-error-codes: no documented error matches ${JSON.stringify(options.query)}\n`);
  }
  return matches.length > 0 ? EXIT_MATCH : EXIT_NO_MATCH;
}

// A reader that stops early (`| head`) closes the pipe: the rest is not wanted, so end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = main(
  process.argv.slice(2),
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
);
