// Emits README.md of the package: what it is, install, a short example per vendor, the parse API and the docs.
import type { CodeNode, CodeSetNode, PackageModel, VendorNode } from '../model/model.js';
import { PACKAGE_NAME } from './emit-package-json.js';
import { codeSetSources, documentCitations } from './lib/describe.js';
import type { PackageEmitter } from './lib/emitter.js';
import { codeField, fieldPath } from './lib/envelopes.js';
import { codeSpan, mdCode, mdDocument, mdHeader, mdTable, mdText } from './lib/markdown.js';
import {
  bodyGuardName,
  bodyName,
  codeGuardName,
  codeValueName,
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
const accessPath = (root: string, path: readonly string[]): string => [root, ...path].join('.');

function vendorExample(vendor: VendorNode): string {
  const [first] = vendor.codeSets;
  const code = first === undefined ? undefined : exampleCode(first);
  if (first === undefined || code === undefined) return '';
  const field = codeField(first.envelope);
  const imports = [
    enumName(first),
    `type ${bodyName(first)}`,
    `type ${codeValueName(first)}`,
    parseFunctionName(vendor),
    bodyGuardName(first),
    codeGuardName(first),
  ];
  const lines = [
    `import { ${imports.join(', ')} } from '${importPath(vendor)}';`,
    '',
    `/** What went wrong, from a ${vendor.id} HTTP response (body as text, bytes or parsed JSON). */`,
    `export function explain${vendor.prefix}(status: number, text: string): string {`,
    `  const error = ${parseFunctionName(vendor)}(status, text);`,
    `  if (error === null) return 'not an error';`,
    `  if (!error.known) return \`undocumented \${String(error.code)}: \${error.message ?? ''}\`;`,
    `  // Here error.code is a ${codeValueName(first)}: compare it with the enum or a literal.`,
    `  if (error.code === ${enumName(first)}.${code.name}) return error.entry.description.zh ?? error.entry.name;`,
    `  return \`\${error.entry.name} (\${error.category}\${error.retryable ? ', retry later' : ''})\`;`,
    '}',
    '',
    `/** The body union is discriminated by the vendor's own code field: a switch narrows it. */`,
    `export function codeOf${vendor.prefix}(body: ${bodyName(first)}): string {`,
    `  switch (${accessPath('body', field.path)}) {`,
    `    case ${tsLiteral(code.code)}: {`,
    `      const documented: ${tsLiteral(code.code)} = ${accessPath('body', field.path)};`,
    '      return String(documented);',
    '    }',
    '    default:',
    `      return String(${accessPath('body', field.path)});`,
    '  }',
    '}',
    '',
    '/** The guards check untrusted values without throwing. */',
    `export function documented${vendor.prefix}Code(value: unknown): ${codeValueName(first)} | undefined {`,
    `  if (${bodyGuardName(first)}(value)) return ${accessPath('value', field.path)};`,
    `  return ${codeGuardName(first)}(value) ? value : undefined;`,
    '}',
  ];
  return mdCode('ts', lines.join('\n'));
}

function vendorSection(vendor: VendorNode): string {
  const products = [...new Set(vendor.sources.map((source) => source.product))];
  const sets = vendor.codeSets.map((codeSet) => {
    const documents = [
      ...new Set(
        codeSetSources(vendor, codeSet).map((source) => `${source.document} › ${source.section}`),
      ),
    ];
    return `- ${codeSpan(enumName(codeSet))}: ${codeSet.codes.length} ${codeSet.codeType} code${codeSet.codes.length === 1 ? '' : 's'} read from ${codeSpan(fieldPath(codeField(codeSet.envelope)))} (${mdText(documents.join('; '))})`;
  });
  return mdDocument([
    `### ${vendor.id}: ${mdText(products.join(', '))}`,
    sets.join('\n'),
    `Documents: ${documentCitations(vendor).join(' ')}`,
    vendorExample(vendor),
    `Every code: [${docsPath(vendor)}](${docsPath(vendor)}).`,
  ]).trimEnd();
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
      'export function shouldRetry(e: unknown): boolean {',
      `  if (!isCloudApiError(e, ${tsLiteral(vendor.id)})) return false;`,
      `  if (e.known && e.code === ${tsLiteral(code.code)}) return ${String(code.variants[0].retryable)};`,
      '  return e.retryable;',
      '}',
    ].join('\n'),
  );
}

export function readme(model: PackageModel): string {
  const vendorRows = model.vendors.map((vendor) => [
    codeSpan(vendor.id),
    codeSpan(importPath(vendor)),
    String(vendor.codeSets.reduce((sum, codeSet) => sum + codeSet.codes.length, 0)),
    `[${docsPath(vendor)}](${docsPath(vendor)})`,
  ]);
  return mdDocument([
    mdHeader(packageTables(model)),
    `# ${PACKAGE_NAME}`,
    'The API error codes of cloud vendors, as their own error-code documents list them, typed: an enum and a literal union per code set, every documented variant of a code (HTTP status, message template, Chinese and English description, category, retryable), the error response bodies as discriminated unions, type guards, and a parser that turns any error response into a typed error.',
    'Zero dependencies, ESM and CommonJS, tree-shakeable: each vendor is its own subpath, and a type guard does not pull in the descriptions.',
    '## Install',
    mdCode('sh', `npm install ${PACKAGE_NAME}`),
    '## Look up a code',
    'A message picks the variant of a code that the document lists more than once; without one, the first documented variant answers. Unknown codes, unknown vendors and prototype keys give undefined.',
    lookupExample(model),
    `${codeSpan('getError(vendor, code)')} is for codes written in the source: the entry typed with its literal code, and a compile error for a code the vendor does not document. ${codeSpan('lookupError')} is for codes of unknown origin (a log line, a response).`,
    getErrorExample(model),
    '## Look a code up from a terminal',
    `The package has a CLI with no dependencies: a code, an alias or an enum member name gives that error; else the codes in pasted text (a vendor's JSON error body, a log line's ${codeSpan('code=…')}, ${codeSpan('Code: …')} or ${codeSpan('"RetCode": 8201')}, an SDK error's text), with ${codeSpan('extractErrorCode(text)')}, which the package exports; else the words are searched in every code, name, message and both languages' descriptions, whatever the quote style, and a filled message finds its template. ${codeSpan('-')} reads the text from standard input.`,
    mdCode('sh', cliExamples(model)),
    `Each match shows vendor, code, HTTP status, category, retryable, message, descriptions and every document that lists the code (a page, then the SDK code lists). Control characters of the input or the tables print as escapes (${codeSpan('\\x1b')}), never raw. ${codeSpan('--json')} prints the matches as JSON for scripts; ${codeSpan('--version')} the package's version; the exit status is 0 for a match, 1 for none, 2 for a usage error; ${codeSpan('--help')} says the rest.`,
    '## Vendors',
    mdTable(['vendor', 'import', 'codes', 'docs'], vendorRows),
    ...model.vendors.map(vendorSection),
    '## Parse an error response',
    [
      `- ${codeSpan('parseErrorResponse(vendor, httpStatus, body)')}: a typed ${codeSpan('VendorErrors[vendor]')} or null when the response is no error; the body may be parsed JSON, text or bytes. Never throws.`,
      `- ${model.vendors.map((vendor) => codeSpan(`${parseFunctionName(vendor)}(httpStatus, body)`)).join(', ')}: the same for one vendor, returning ${model.vendors.map((vendor) => codeSpan(vendorErrorName(vendor))).join(', ')}.`,
      `- ${codeSpan('VendorError')}: any of them. ${codeSpan('error.known')} tells a documented code (with ${codeSpan('error.entry')}) from an undocumented one; ${codeSpan('isRetryable(error)')} says whether the same request may succeed later.`,
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
    mdCode(
      'ts',
      [
        `import { isRetryable, parseErrorResponse, type VendorError } from '${PACKAGE_NAME}';`,
        '',
        "export function shouldRetry(vendor: VendorError['vendor'], status: number, text: string): boolean {",
        '  const error = parseErrorResponse(vendor, status, text);',
        '  return error !== null && isRetryable(error);',
        '}',
      ].join('\n'),
    ),
    '## Throw and catch errors',
    `${codeSpan('CloudApiError extends Error')}, exported by the root and by every vendor subpath, carries the parsed error's fields (${['vendor', 'code', 'known', 'entry', 'category', 'retryable', 'httpStatus', 'requestId'].map(codeSpan).join(', ')}), ${codeSpan('message')} (the vendor's, else the documented description) and ${codeSpan('cause')} (the SDK's error or the response body). ${codeSpan('instanceof CloudApiError')} holds for errors made by the ESM and the CommonJS build alike; ${codeSpan('isCloudApiError(e, vendor)')} narrows ${codeSpan('e.code')} to that vendor's codes in one check.`,
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
