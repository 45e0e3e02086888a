#!/usr/bin/env node
// Generated from generator/shipped/cli/cli.ts by npm run generate. Do not edit.
/// <reference types="node" />
// `npx cloud-error-codes <code | name | words | pasted text>`: looks a documented error up from a terminal, for the engineer with a line from a log.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DOCUMENTS, type SourceDocument } from './documents.js';
import { messageMatches, straightQuotes } from './entry.js';
import { VENDORS, extractErrorCode, listErrors, lookupError } from './index.js';
import type { EntrySource, ErrorEntry, VendorId } from './index.js';
import { terminalJson, terminalLine, terminalText } from './terminal-text.js';
import { PACKAGE_VERSION } from './version.js';

/** Exit statuses, as grep has them: a match, none, a usage error. */
const EXIT_MATCH = 0;
const EXIT_NO_MATCH = 1;
const EXIT_USAGE = 2;

const USAGE = `Usage: cloud-error-codes [--vendor <id>] [--json] <code | name | words | pasted text...>
       cloud-error-codes [--vendor <id>] [--json] -      (reads the text from standard input)

Looks up the error codes that the vendors document: ${VENDORS.join(', ')}.

  cloud-error-codes 40400001                          a code, any vendor
  cloud-error-codes AuthFailure.SignatureFailure      a code (or a documented alias)
  cloud-error-codes 'code=AuthFailure.SignatureExpire'                   a log line
  cloud-error-codes '{"msg":"file or directory not found","code":40400001}'  an error body
  cloud-error-codes 'Media not found with mda-jdekywp8pek91e0n'          a message
  cloud-error-codes --vendor tencent-live 签名        words in codes, names, messages, descriptions

A code, an alias or an enum member name that a vendor documents gives exactly that error.
Else the codes in the text: a vendor's JSON error body (it names its vendor), a log line's
code field (code=…, Code: …, "RetCode": 8201), an SDK error's text ([TencentCloudSDKError]
Code=…, Message=…). Else the text is searched, case-insensitively and whatever the quote
style, in every code, name, message and the Chinese and English descriptions (with several
words, each must occur), and as a message that fills a documented template.

Options:
  --vendor <id>   only this vendor (${VENDORS.join(', ')})
  --json          print the matches as a JSON array, for scripts
  -h, --help      print this help
  --version       print the package's version

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

/** Text past this length is not read from standard input: a paste, not a file. */
const MAX_STDIN_LENGTH = 1024 * 1024;

/** The command line as options, 'help' or 'version'; a UsageError for anything it cannot mean. */
function readArguments(args: readonly string[]): Options | 'help' | 'version' {
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
        version: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) return 'help';
  if (values.version === true) return 'version';
  const vendor = values.vendor;
  if (vendor !== undefined && !isVendor(vendor)) {
    throw new UsageError(`unknown vendor ${JSON.stringify(vendor)}: one of ${VENDORS.join(', ')}`);
  }
  const query = (
    positionals.length === 1 && positionals[0] === '-'
      ? readFileSync(0, 'utf8').slice(0, MAX_STDIN_LENGTH)
      : positionals.join(' ')
  ).trim();
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

/** Every variant of each documented code in pasted text, over the vendors its error body names (else every vendor asked). */
function pastedMatches(options: Options): ErrorEntry[] {
  const matches = new Set<ErrorEntry>();
  for (const { code, vendors } of extractErrorCode(options.query)) {
    for (const vendor of options.vendors) {
      if (vendors.length > 0 && !vendors.includes(vendor)) continue;
      const documented = lookupError(vendor, code)?.code;
      if (documented === undefined) continue;
      for (const entry of listErrors(vendor)) if (entry.code === documented) matches.add(entry);
    }
  }
  return [...matches];
}

/** Text as the search compares it: lower case, straight quotes. */
const comparable = (text: string): string => straightQuotes(text.toLowerCase());

/** Every text of an entry that a search reads. */
const searchedText = (entry: ErrorEntry): string =>
  comparable(
    [
      String(entry.code),
      entry.name,
      entry.message ?? '',
      entry.description.zh ?? '',
      entry.description.en ?? '',
    ].join('\n'),
  );

/** Entries that hold every word of the query, or whose message template the query fills. */
function textMatches(vendor: VendorId, query: string): ErrorEntry[] {
  const words = comparable(query).split(/\s+/).filter(Boolean);
  return listErrors(vendor).filter((entry) => {
    if (entry.message !== undefined && messageMatches(entry.message, query)) return true;
    const text = searchedText(entry);
    return words.every((word) => text.includes(word));
  });
}

/** The first of: exact matches of the whole query, the documented codes in it, the text search. */
function search(options: Options): ErrorEntry[] {
  const exact = options.vendors.flatMap((vendor) => exactMatches(vendor, options.query));
  if (exact.length > 0) return exact;
  const pasted = pastedMatches(options);
  if (pasted.length > 0) return pasted;
  return options.vendors.flatMap((vendor) => textMatches(vendor, options.query));
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
    ...entry.sources.map((source, index): [string, string] => [
      index === 0 ? 'document' : 'also in',
      documentLine(entry, source),
    ]),
  ];
  // Table text is the vendors' (and an import's): a control character in it is shown, never obeyed.
  return [
    terminalLine(`${entry.vendor} ${String(entry.code)}`),
    ...lines
      .filter((line): line is [string, string] => line[1] !== undefined)
      .map(
        ([label, value]) =>
          `  ${`${label}:`.padEnd(13)}${terminalText(value).replace(/\n/g, '\n               ')}`,
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
  let options: Options | 'help' | 'version';
  try {
    options = readArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`cloud-error-codes: ${terminalLine(error.message)}\nTry 'cloud-error-codes --help'.\n`);
    return EXIT_USAGE;
  }
  if (options === 'help') {
    out(USAGE);
    return EXIT_MATCH;
  }
  if (options === 'version') {
    out(`${PACKAGE_VERSION}\n`);
    return EXIT_MATCH;
  }
  const matches = search(options);
  if (options.json) {
    out(`${terminalJson(matches.map(asJson))}\n`);
  } else if (matches.length > 0) {
    out(`${matches.map(humanReadable).join('\n\n')}\n`);
  } else {
    err(`cloud-error-codes: no documented error matches "${terminalLine(options.query)}"\n`);
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
