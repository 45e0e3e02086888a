// Emits README.md of the package: the main use first (a service's SDK errors, retried and handled), then the decision, the vendors and the API.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodeNode, CodeSetNode, PackageModel, VendorNode } from '../model/model.js';
import { CATEGORIES, CATEGORY_MEANINGS } from '../schema/schema.js';
import { PACKAGE_NAME } from './emit-package-json.js';
import { codeSetSources, } from './lib/describe.js';
import type { PackageEmitter } from './lib/emitter.js';
import { codeField, fieldPath } from './lib/envelopes.js';
import { codeSpan, mdCode, mdDocument, mdHeader, mdTable, mdText } from './lib/markdown.js';
import {
  docsPath,
  enumName,
  packageTables,
  parseFunctionName,
  vendorErrorName,
  vendorSubpath,
} from './lib/names.js';
import { adapterCodeSets, SDK_ADAPTERS, sdkAdaptersOf } from './lib/sdk-adapters.js';
import { tsLiteral } from './lib/ts.js';

const importPath = (vendor: VendorNode): string =>
  `${PACKAGE_NAME}/${vendorSubpath(vendor).slice(2)}`;

/** The code an example shows: the first with several variants, else the first code. */
const exampleCode = (codeSet: CodeSetNode): CodeNode | undefined =>
  codeSet.codes.find((code) => code.variants.length > 1) ?? codeSet.codes[0];

/** A TypeScript property access path as an expression (`body.Response.Error.Code`). */
const _accessPath = (root: string, path: readonly string[]): string => [root, ...path].join('.');

/** An example of the README's main use: a file of generator/shipped/readme/, which a test runs as printed. */
export interface ReadmeExample {
  readonly file: string;
  /** The vendor subpath it imports (`tencent-live`): it is printed when the package has that vendor. */
  readonly vendor: string;
  readonly source: string;
}

const EXAMPLES_DIR = fileURLToPath(new URL('../shipped/readme/', import.meta.url));

/** The main-use examples, in file order: each imports one vendor's subpath. */
export const README_EXAMPLES: readonly ReadmeExample[] = readdirSync(EXAMPLES_DIR)
  .filter((name) => name.endsWith('.ts'))
  .sort()
  .map((file) => {
    const source = readFileSync(`${EXAMPLES_DIR}${file}`, 'utf8').replace(/\r\n?/g, '\n');
    const vendor = new RegExp(`from '${PACKAGE_NAME}/([a-z0-9-]+)'`).exec(source)?.[1] ?? '';
    return { file, vendor, source };
  });

/** The vendors' table: subpath, envelope (the code's field), code type, codes, documents. */
function vendorTable(model: PackageModel): string {
  const rows = model.vendors.flatMap((vendor) =>
    vendor.codeSets.map((codeSet, index) => [
      index === 0 ? codeSpan(importPath(vendor)) : '',
      mdText([...new Set(vendor.sources.map((source) => source.product))].join(', ')),
      `${codeSpan(codeSet.envelope)} ${codeSpan(fieldPath(codeField(codeSet.envelope)))}`,
      `${codeSpan(enumName(codeSet))} (${codeSet.codeType}, ${codeSet.codes.length})`,
      [
        ...new Set(
          codeSetSources(vendor, codeSet).map((source) => `${source.document} › ${source.section}`),
        ),
      ]
        .map(mdText)
        .join('; '),
      index === 0 ? `[${docsPath(vendor)}](${docsPath(vendor)})` : '',
    ]),
  );
  return mdTable(
    ['import', 'product', 'envelope, code field', 'codes', 'documents', 'every code'],
    rows,
  );
}

function lookupExample(model: PackageModel): string {
  const lines = [`import { listErrors, lookupError } from '${PACKAGE_NAME}';`, ''];
  for (const vendor of model.vendors) {
    for (const codeSet of vendor.codeSets) {
      const code = exampleCode(codeSet);
      if (code === undefined) continue;
      const [, second] = code.variants;
      const message = second?.message;
      const args = [
        tsLiteral(vendor.id),
        tsLiteral(code.code),
        ...(message === undefined ? [] : [tsLiteral(message)]),
      ];
      lines.push(
        `lookupError(${args.join(', ')})?.category; // ${code.variants[message === undefined ? 0 : 1]?.category}`,
      );
    }
  }
  lines.push(
    `listErrors(${tsLiteral(model.vendors[0]?.id ?? 'upyun')}).length; // every documented variant`,
  );
  return mdCode('ts', lines.join('\n'));
}

/** `npx cloud-error-codes ...` for a code of each kind the tables have, a pasted log line, and a word search. */
function cliExamples(model: PackageModel): string {
  const codes = model.vendors.flatMap((vendor) =>
    vendor.codeSets.flatMap((codeSet) => codeSet.codes.map((code) => ({ vendor, code }))),
  );
  // The examples a log shows: the longest integer code (Upyun's eight digits), a dotted code.
  const integer = codes
    .filter(({ code }) => typeof code.code === 'number')
    .reduce<(typeof codes)[number] | undefined>(
      (longest, candidate) =>
        longest === undefined ||
        String(candidate.code.code).length > String(longest.code.code).length
          ? candidate
          : longest,
      undefined,
    );
  const text =
    codes.find(({ code }) => typeof code.code === 'string' && code.code.includes('.')) ??
    codes.find(({ code }) => typeof code.code === 'string');
  const described = codes.find(({ code }) => (code.variants[0].description.zh?.length ?? 0) >= 2);
  return [
    ...(integer === undefined ? [] : [`npx ${PACKAGE_NAME} ${String(integer.code.code)}`]),
    ...(text === undefined
      ? []
      : [
          `npx ${PACKAGE_NAME} ${String(text.code.code)}`,
          `npx ${PACKAGE_NAME} 'level=error code=${String(text.code.code)} msg="call failed"'`,
        ]),
    `pbpaste | npx ${PACKAGE_NAME} -`,
    ...(described === undefined
      ? []
      : [
          `npx ${PACKAGE_NAME} --vendor ${described.vendor.id} ${described.code.variants[0].description.zh?.slice(0, 2) ?? ''}`,
        ]),
    `npx ${PACKAGE_NAME} --json ${String((integer ?? text)?.code.code ?? '')}`,
  ].join('\n');
}

/** Typed lookups of a code written in the source: the first vendor's example code. */
function getErrorExample(model: PackageModel): string {
  const vendor = model.vendors[0];
  const codeSet = vendor?.codeSets[0];
  const code = codeSet === undefined ? undefined : exampleCode(codeSet);
  if (vendor === undefined || code === undefined) return '';
  return mdCode(
    'ts',
    [
      `import { getError } from '${PACKAGE_NAME}';`,
      '',
      `// The code completes in editors; a misspelt code does not compile.`,
      `export const documented = getError(${tsLiteral(vendor.id)}, ${tsLiteral(code.code)});`,
      `export const code: ${tsLiteral(code.code)} = documented.code;`,
    ].join('\n'),
  );
}

/** Throwing and catching CloudApiError in a one-vendor service, with that vendor's SDK adapter. */
function errorClassExample(model: PackageModel): string {
  const vendor = model.vendors.find((candidate) => sdkAdaptersOf(candidate).length > 0);
  const adapter = vendor === undefined ? undefined : sdkAdaptersOf(vendor)[0];
  const codeSet =
    vendor === undefined || adapter === undefined ? undefined : adapterCodeSets(vendor, adapter)[0];
  const code = codeSet === undefined ? undefined : exampleCode(codeSet);
  if (vendor === undefined || adapter === undefined || code === undefined) return '';
  return mdCode(
    'ts',
    [
      `import { ${adapter.name}, isCloudApiError } from '${importPath(vendor)}';`,
      '',
      `/** Calls the ${adapter.sdk} client and throws its API errors as CloudApiError: a stack, the SDK's error as cause. */`,
      'export async function call<T>(request: () => Promise<T>): Promise<T> {',
      '  try {',
      '    return await request();',
      '  } catch (err) {',
      `    throw ${adapter.name}(err, { as: 'error' }) ?? err;`,
      '  }',
      '}',
      '',
      `/** One check narrows a caught error to ${vendor.id}'s codes. */`,
      `export function isDocumented${vendor.prefix}Code(e: unknown): boolean {`,
      `  return isCloudApiError(e, ${tsLiteral(vendor.id)}) && e.known && e.code === ${tsLiteral(code.code)};`,
      '}',
    ].join('\n'),
  );
}

export function readme(model: PackageModel): string {
  // In the order of the vendors (Tencent Cloud, then Baidu), for the vendors the package has.
  const order = model.vendors.map((vendor) => vendor.id);
  const examples = README_EXAMPLES.filter((example) => order.includes(example.vendor)).sort(
    (a, b) => order.indexOf(a.vendor) - order.indexOf(b.vendor),
  );
  return mdDocument([
    mdHeader(packageTables(model)),
    `# ${PACKAGE_NAME}`,
    "Typed API errors of cloud vendors' SDKs and HTTP responses, from the vendors' own error-code documents: what a service needs to decide, when a call fails, whether to retry, what to log and which codes to handle by name. Zero dependencies, ESM and CommonJS, one subpath per vendor.",
    mdCode('sh', `npm install ${PACKAGE_NAME}`),
    '## Handle the errors of a vendor SDK in a service',
    `Wrap the SDK call: an API error becomes a ${codeSpan('CloudApiError')} (vendor, code, category, retryable, request id, the SDK's error as ${codeSpan('cause')}); a network failure stays as the SDK threw it. ${codeSpan('isRetryable')} takes either, so a retry library takes it as it is; ${codeSpan('JSON.stringify(e)')} logs the decision; ${codeSpan('e.known && e.code')} narrows to the vendor's documented codes, which complete in editors. The same service for Tencent Cloud (tencentcloud-sdk-nodejs) and Baidu AI Cloud (@baiducloud/sdk), with p-retry:`,
    ...examples.map((example) => mdCode('ts', example.source.trimEnd())),
    `These examples are the sources of the package's tests, which run them against the real SDKs on a loopback server: a rate limit and a gateway's 502 are retried, a missing stream or media is ${codeSpan('null')} at once, a refused connection is retried and then thrown as it came.`,
    '## What an error tells you',
    `${codeSpan('category')} is one of:`,
    mdTable(
      ['category', 'meaning'],
      CATEGORIES.map((category) => [codeSpan(category), mdText(CATEGORY_MEANINGS[category])]),
    ),
    `${codeSpan('retryable')}: may the same request succeed if sent again later, unchanged? True for rate limits, unavailable services and failed servers, as the vendor's document says for each code; a retry still needs a pause and a limit, which the retry library gives. ${codeSpan('decidedBy')} says where the decision came from: ${codeSpan("'code'")} (the vendor documents the code), ${codeSpan("'family'")}, ${codeSpan("'status'")} or ${codeSpan("'none'")} (below).`,
    '### Undocumented codes',
    `Vendors add codes before their documents list them. An undocumented code keeps its spelling in ${codeSpan('code')}, with ${codeSpan('known: false')}. Tencent Cloud API 3.0 codes carry their family in the first segment (${codeSpan('RequestLimitExceeded.X')}, ${codeSpan('InternalError.X')}), and words of the sub-code tell more (${codeSpan('NotFound')}, ${codeSpan('InUse')}, ${codeSpan('OutLimit')}, arrears): the package's family rules give such a code its family's category and retryable (${codeSpan("decidedBy: 'family'")}), so a new ${codeSpan('RequestLimitExceeded.X')} is a rate limit on the day it appears. A family whose sub-codes differ too much (${codeSpan('FailedOperation')}) says ${codeSpan('unknown')} rather than guess. Otherwise the HTTP status decides (${codeSpan("decidedBy: 'status'")}: 429 rate-limit, 502/503/504 unavailable, other 5xx internal, 401 auth, 403 permission, 404 not-found, 409 conflict, other 4xx invalid-request); Tencent answers errors with HTTP 200, so a code with no rule is ${codeSpan('unknown')}, not retryable (${codeSpan("decidedBy: 'none'")}). Where a family rule and the status disagree, the family rule wins: the code is the vendor's own word on the failure, the status may be a proxy's.`,
    '### `http-<status>` codes',
    `A response without a usable code (a gateway's HTML page, an empty or truncated body) is an error when its status is 400 or more, with ${codeSpan('code')} ${codeSpan('http-<status>')} (${codeSpan('http-502')}) and the category of the status; ${codeSpan('http-0')} when the status is not known.`,
    '### Transport errors',
    `A call that never reached the vendor has no vendor error: the adapters answer ${codeSpan('null')} (hence ${codeSpan('?? err')} above). ${codeSpan('isRetryable(error)')} decides those too: Node's ${['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'].map(codeSpan).join(', ')} and the like, fetch's ${codeSpan('TypeError: fetch failed')} (by its cause), timeouts (${codeSpan('TimeoutError')}), HTTP 429 and 5xx, the SDKs' own network errors: retryable; the caller's abort (${codeSpan('AbortError')}), a programming error (${codeSpan('TypeError: x is not a function')}) and anything else: not. It never throws, whatever it is given, and it follows ${codeSpan('cause')}.`,
    '## Vendors',
    vendorTable(model),
    '## Look up a code',
    'A message picks the variant of a code that the document lists more than once; without one, the first documented variant answers. Unknown codes, unknown vendors and prototype keys give undefined.',
    lookupExample(model),
    `${codeSpan('getError(vendor, code)')} is for codes written in the source: the entry typed with its literal code, and a compile error for a code the vendor does not document. ${codeSpan('lookupError')} is for codes of unknown origin (a log line, a response).`,
    getErrorExample(model),
    '## Look a code up from a terminal',
    `The package has a CLI with no dependencies: a code, an alias or an enum member name gives that error; else the codes in pasted text (a vendor's JSON error body, a log line's ${codeSpan('code=…')}, ${codeSpan('Code: …')} or ${codeSpan('"RetCode": 8201')}, an SDK error's text), with ${codeSpan('extractErrorCode(text)')}, which the package exports; else the words are searched in every code, name, message and both languages' descriptions, whatever the quote style, and a filled message finds its template. ${codeSpan('-')} reads the text from standard input.`,
    mdCode('sh', cliExamples(model)),
    `Each match shows vendor, code, HTTP status, category, retryable, message, descriptions and every document that lists the code (a page, then the SDK code lists). Control characters of the input or the tables print as escapes (${codeSpan('\\x1b')}), never raw. ${codeSpan('--json')} prints the matches as JSON for scripts; ${codeSpan('--version')} the package's version; the exit status is 0 for a match, 1 for none, 2 for a usage error; ${codeSpan('--help')} says the rest.`,
    '## Parse an error response',
    [
      `- ${codeSpan('parseErrorResponse(vendor, httpStatus, body)')}: a typed ${codeSpan('VendorErrors[vendor]')} or null when the response is no error; the body may be parsed JSON, text or bytes. Never throws.`,
      `- ${model.vendors.map((vendor) => codeSpan(`${parseFunctionName(vendor)}(httpStatus, body)`)).join(', ')}: the same for one vendor, returning ${model.vendors.map((vendor) => codeSpan(vendorErrorName(vendor))).join(', ')}.`,
      `- ${codeSpan('VendorError')}: any of them. ${codeSpan('error.known')} tells a documented code (with ${codeSpan('error.entry')}) from an undocumented one.`,
      `- ${codeSpan('errorResponse(vendor, code, opts)')}: a realistic status and body of a documented code, for tests and mock servers.`,
      `- ${SDK_ADAPTERS.map(
        (adapter) =>
          `${codeSpan(`${adapter.name}(err)`)} (${adapter.sdk}, from ${
            model.vendors
              .filter((vendor) => sdkAdaptersOf(vendor).includes(adapter))
              .map((vendor) => codeSpan(importPath(vendor)))
              .join(', ') || 'no vendor'
          })`,
      ).join(
        ', ',
      )}: the typed error behind a rejection of the vendor's SDK, bundling that vendor alone. The root has the same adapters with the product as second argument.`,
      `- ${codeSpan("{ as: 'error' }")}, the last argument of every parser and adapter: a ${codeSpan('CloudApiError')} instead of a plain object; ${codeSpan('toError(error)')} makes one of a plain result.`,
    ].join('\n'),
    '## Throw and catch errors',
    `${codeSpan('CloudApiError extends Error')}, exported by the root and by every vendor subpath, carries the parsed error's fields (${['vendor', 'code', 'known', 'entry', 'category', 'retryable', 'decidedBy', 'httpStatus', 'requestId'].map(codeSpan).join(', ')}), ${codeSpan('message')} (the vendor's, else the documented description) and ${codeSpan('cause')} (the SDK's error or the response body). ${codeSpan('String(e)')} and the stack's first line read ${codeSpan('CloudApiError [vendor code]: message')}; ${codeSpan('toJSON()')} gives name, message, vendor, code, known, category, retryable, decidedBy, httpStatus and requestId. ${codeSpan('instanceof CloudApiError')} holds for errors made by the ESM and the CommonJS build alike; ${codeSpan('isCloudApiError(e, vendor)')} narrows ${codeSpan('e.code')} to that vendor's codes in one check.`,
    errorClassExample(model),
    '## Docs',
    model.vendors
      .map(
        (vendor) =>
          `- [${docsPath(vendor)}](${docsPath(vendor)}): every ${vendor.id} code and variant`,
      )
      .join('\n'),
    '## Build from source',
    `The package builds on its own with the TypeScript it names in ${codeSpan('devDependencies')}:`,
    mdCode(
      'sh',
      'npm install\nnpm run build   # dist/esm and dist/cjs, with declarations\nnpm pack',
    ),
    '## Source',
    "Generated from CSV transcriptions of the vendors' documents by `npm run generate`; the tables, not this package, are edited.",
  ]);
}

export const readmeEmitter: PackageEmitter = {
  type: 'package-emitter',
  kind: 'readme',
  emit: (model) => [{ path: 'README.md', contents: readme(model) }],
};
