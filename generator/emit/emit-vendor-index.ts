// Emits src/<vendor>/index.ts: the vendor subpath, re-exporting its modules plus its typed error parse.
import type { VendorNode } from '../model/model.js';
import type { VendorModuleEmitter } from './lib/emitter.js';
import { codeField, fieldPath } from './lib/envelopes.js';
import { adapterCodeSets, sdkAdaptersOf, type SdkAdapter } from './lib/sdk-adapters.js';
import {
  bodyGuardName,
  bodyName,
  bodyOfName,
  codeGuardName,
  codeSetName,
  codeValueName,
  entriesName,
  enumName,
  moduleSpecifier,
  parseFunctionName,
  VENDOR_MODULES,
  vendorErrorName,
  vendorTables,
} from './lib/names.js';
import {
  tsDocs,
  tsExportFrom,
  tsFunction,
  tsImport,
  tsLiteral,
  tsPropertyKey,
  tsTypeAlias,
  type Statement,
} from './lib/ts.js';

/** `VendorErrorOf<'kingsoft-live', KingsoftLiveErrorCodeValue | KingsoftLiveV1ErrorCodeValue>`. */
export const vendorErrorType = (vendor: VendorNode): string =>
  `VendorErrorOf<${tsLiteral(vendor.id)}, ${vendor.codeSets.map(codeValueName).join(' | ') || 'never'}>`;

/** The Error class and its helpers, exported by every vendor subpath as by the root. */
const ERROR_EXPORTS = ['CloudApiError', 'isCloudApiError', 'toError'];
const ERROR_TYPE_EXPORTS = [
  'CloudApiErrorFor',
  'CloudApiErrorJson',
  'CloudApiErrorOf',
  'CloudApiErrors',
  'ParseOptions',
  'Parsed',
];

/** `Parsed<TencentLiveError, O>`: the result type of a parser or adapter for options O. */
const parsedType = (vendor: VendorNode): string => `Parsed<${vendorErrorName(vendor)}, O>`;

/** A vendor's adapter: the runtime reader with the vendor's code sets of the SDK's envelope. */
function adapterFunction(vendor: VendorNode, adapter: SdkAdapter): Statement {
  return tsFunction({
    name: adapter.name,
    docs: tsDocs([
      `The typed ${vendor.id} error behind a rejection of ${adapter.sdk}, or null when the call never reached the vendor (network failure, timeout) or did not fail. \`{ as: 'error' }\` answers a CloudApiError to throw.`,
      `Never throws: see ${adapter.reader} for the rules.`,
    ]),
    typeParameters: ['O extends ParseOptions = {}'],
    parameters: [
      ['err', 'unknown'],
      ['options?', 'O'],
    ],
    returnType: parsedType(vendor),
    body: (writer) =>
      writer.writeLine(
        `return parsedAs(${adapter.reader}(${tsLiteral(vendor.id)}, [${adapterCodeSets(vendor, adapter).map(codeSetName).join(', ')}], err), options) as ${parsedType(vendor)};`,
      ),
  });
}

export function vendorIndexStatements(vendor: VendorNode): Statement[] {
  const { codeSets } = vendor;
  const fields = [
    ...new Set(codeSets.map((codeSet) => `\`${fieldPath(codeField(codeSet.envelope))}\``)),
  ].join(' or ');
  const adapters = sdkAdaptersOf(vendor);
  return [
    tsImport(['parsedAs'], '../cloud-api-error.js'),
    tsImport(['ParseOptions', 'Parsed'], '../cloud-api-error.js', { typeOnly: true }),
    ...(adapters.length > 0
      ? [
          tsImport(
            adapters.map((adapter) => adapter.reader),
            '../sdk-errors.js',
          ),
        ]
      : []),
    tsImport(['isRetryableWith'], '../retry.js'),
    tsImport(['parseWithCodeSets'], '../vendor-error.js'),
    tsImport(['VendorErrorOf'], '../vendor-error.js', { typeOnly: true }),
    tsImport(codeSets.map(codeSetName), moduleSpecifier(VENDOR_MODULES.entries)),
    tsImport(codeSets.map(codeValueName), moduleSpecifier(VENDOR_MODULES.codes), {
      typeOnly: true,
    }),
    tsExportFrom(codeSets.map(enumName), moduleSpecifier(VENDOR_MODULES.codes)),
    tsExportFrom(codeSets.map(codeValueName), moduleSpecifier(VENDOR_MODULES.codes), {
      typeOnly: true,
    }),
    tsExportFrom(
      codeSets.flatMap((codeSet) => [entriesName(codeSet), codeSetName(codeSet)]),
      moduleSpecifier(VENDOR_MODULES.entries),
    ),
    tsExportFrom(
      codeSets.flatMap((codeSet) => [bodyName(codeSet), bodyOfName(codeSet)]),
      moduleSpecifier(VENDOR_MODULES.bodies),
      { typeOnly: true },
    ),
    tsExportFrom(
      codeSets.flatMap((codeSet) => [codeGuardName(codeSet), bodyGuardName(codeSet)]),
      moduleSpecifier(VENDOR_MODULES.guards),
    ),
    tsExportFrom(ERROR_EXPORTS, '../cloud-api-error.js'),
    tsExportFrom(ERROR_TYPE_EXPORTS, '../cloud-api-error.js', { typeOnly: true }),
    tsTypeAlias({
      name: vendorErrorName(vendor),
      docs: tsDocs([
        `A parsed ${vendor.id} error response: \`known\` with a documented code and its entry, or \`known: false\` with the code as sent.`,
      ]),
      type: vendorErrorType(vendor),
    }),
    // The vendor's entry in CloudApiErrorTypes: what isCloudApiError(e, vendor) narrows to.
    [
      "declare module '../cloud-api-error.js' {",
      '  interface CloudApiErrorTypes {',
      `    readonly ${tsPropertyKey(vendor.id)}: ${vendorErrorName(vendor)};`,
      '  }',
      '}',
    ].join('\n'),
    tsFunction({
      name: parseFunctionName(vendor),
      docs: tsDocs([
        `Parses a ${vendor.id} HTTP response (status, and the body as parsed JSON, text or bytes) into a typed error, or null when it is not an error. The code is read from ${fields}.`,
        "`{ as: 'error' }` answers a CloudApiError to throw. Never throws: see parseWithCodeSets for the rules.",
      ]),
      typeParameters: ['O extends ParseOptions = {}'],
      parameters: [
        ['httpStatus', 'unknown'],
        ['body', 'unknown'],
        ['options?', 'O'],
      ],
      returnType: parsedType(vendor),
      body: (writer) =>
        writer.writeLine(
          `return parsedAs(parseWithCodeSets(${tsLiteral(vendor.id)}, [${codeSets.map(codeSetName).join(', ')}], httpStatus, body), options) as ${parsedType(vendor)};`,
        ),
    }),
    ...adapters.map((adapter) => adapterFunction(vendor, adapter)),
    tsFunction({
      name: 'isRetryable',
      docs: tsDocs([
        `May the call that failed with \`error\` succeed if made again, unchanged? Anything a call throws or rejects with: a parsed ${vendor.id} error or CloudApiError (its decision), ${adapters.length > 0 ? `a rejection of ${adapters.map((adapter) => adapter.sdk).join(' or ')} (read with the ${vendor.id} codes), ` : ''}a transport failure (connection refused or reset, DNS, timeout, fetch failed, HTTP 429/5xx): retryable; the caller's abort and anything else: not. Never throws: see isRetryableWith for the rules.`,
        'Fits a retry library as it is: `pRetry(call, { shouldRetry: ({ error }) => isRetryable(error) })`.',
      ]),
      parameters: [['error', 'unknown']],
      returnType: 'boolean',
      body: (writer) =>
        writer.writeLine(
          `return isRetryableWith([${codeSets.map(codeSetName).join(', ')}], error);`,
        ),
    }),
  ];
}

/** `src/<vendor>/index.ts`. */
export const vendorIndexModule: VendorModuleEmitter = {
  type: 'vendor-module-emitter',
  kind: 'vendor-index',
  file: VENDOR_MODULES.index,
  tables: vendorTables,
  statements: vendorIndexStatements,
};
