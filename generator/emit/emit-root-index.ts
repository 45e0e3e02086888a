// Emits src/index.ts, the package root: lookups over every vendor, every vendor's exports, and the parse API.
import type { PackageModel } from '../model/model.js';
import type { PackageEmitter } from './lib/emitter.js';
import { packageTables, VENDOR_MODULES, vendorErrorName } from './lib/names.js';
import {
  tsDocs,
  tsExportFrom,
  tsFunction,
  tsHeader,
  tsImport,
  tsTypeAlias,
  tsUnion,
  type Statement,
} from './lib/ts.js';
import { vendorModule } from './emit-code-set-registry.js';

/**
 * The own-property check the lookups use, so `__proto__` or `toString` is never a vendor, and a
 * value no key can be made of (an object without a prototype) is none either, without a throw.
 */
const IS_VENDOR =
  "typeof vendor === 'string' && Object.prototype.hasOwnProperty.call(CODE_SETS, vendor)";

export function rootIndexStatements(model: PackageModel): Statement[] {
  const { vendors } = model;
  return [
    tsImport(['chooseVariant', 'variantsOf'], './entry.js'),
    tsImport(['CodeSetTable', 'ErrorEntry', 'VendorId'], './entry.js', { typeOnly: true }),
    tsImport(['CODE_SETS', 'VENDORS'], './registry.js'),
    tsImport(['isRetryableWith'], './retry.js'),
    tsImport(['VendorAliases', 'VendorCodes'], './registry.js', { typeOnly: true }),
    tsImport(['errorResponseWith', 'quoteCode'], './vendor-error.js'),
    tsImport(['extractErrorCodeWith'], './pasted-code.js'),
    tsImport(['PastedCode'], './pasted-code.js', { typeOnly: true }),
    ...vendors.map((vendor) =>
      tsImport([vendorErrorName(vendor)], vendorModule(vendor.id, VENDOR_MODULES.index), {
        typeOnly: true,
      }),
    ),
    tsExportFrom(
      [
        'CodeSetTable',
        'CodeType',
        'EntrySource',
        'Envelope',
        'ErrorCategory',
        'ErrorEntry',
        'ErrorVariants',
        'VendorId',
      ],
      './entry.js',
      {
        typeOnly: true,
      },
    ),
    tsExportFrom(['CODE_SETS', 'VENDORS'], './registry.js'),
    tsExportFrom(
      ['VendorAliases', 'VendorCodes', 'VendorEnvelopes', 'VendorErrors'],
      './registry.js',
      {
        typeOnly: true,
      },
    ),
    tsExportFrom(['CloudApiError', 'isCloudApiError', 'toError'], './cloud-api-error.js'),
    tsExportFrom(
      [
        'CloudApiErrorFor',
        'CloudApiErrorJson',
        'CloudApiErrorOf',
        'CloudApiErrorTypes',
        'CloudApiErrors',
        'ParseOptions',
        'Parsed',
      ],
      './cloud-api-error.js',
      {
        typeOnly: true,
      },
    ),
    tsExportFrom(['categoryFromStatus', 'retryableFromCategory'], './vendor-error.js'),
    tsExportFrom(['isRetryableWith'], './retry.js'),
    tsExportFrom(['familyRuleFor'], './family-rules.js'),
    tsExportFrom(['FamilyRule', 'FamilyRuleKey'], './family-rules.js', { typeOnly: true }),
    tsExportFrom(
      ['DecidedBy', 'KnownVendorError', 'UnknownVendorError', 'VendorErrorFields', 'VendorErrorOf'],
      './vendor-error.js',
      {
        typeOnly: true,
      },
    ),
    tsExportFrom(
      ['fromBceSdkError', 'fromTencentCloudSdkError', 'parseErrorResponse'],
      './sdk-adapters.js',
    ),
    tsExportFrom(
      ['BceProduct', 'TencentCloudProduct', 'VendorsWithEnvelope'],
      './sdk-adapters.js',
      {
        typeOnly: true,
      },
    ),
    tsExportFrom(['PastedCode'], './pasted-code.js', { typeOnly: true }),
    ...vendors.map((vendor) => tsExportFrom('*', vendorModule(vendor.id, VENDOR_MODULES.index))),
    tsTypeAlias({
      name: 'VendorError',
      docs: tsDocs([
        'A parsed error response of any vendor: `switch (error.vendor)` narrows to one vendor, then `error.known` and `error.code` to one code.',
      ]),
      type: tsUnion(vendors.map(vendorErrorName)),
    }),
    tsFunction({
      name: 'isRetryable',
      docs: tsDocs([
        "May the call that failed with `error` succeed if made again, unchanged? Anything a call throws or rejects with: a parsed error or CloudApiError of any vendor (its decision), a rejection of an SDK with a vendor code (read with the first vendor's codes of the SDK's envelope), a transport failure (connection refused or reset, DNS, timeout, fetch failed, HTTP 429/5xx): retryable; the caller's abort and anything else: not. Never throws: see isRetryableWith for the rules.",
        'Fits a retry library as it is: `pRetry(call, { shouldRetry: ({ error }) => isRetryable(error) })`.',
      ]),
      parameters: [['error', 'unknown']],
      returnType: 'boolean',
      body: (writer) =>
        writer.writeLine(
          'return isRetryableWith(VENDORS.flatMap((vendor) => CODE_SETS[vendor]), error);',
        ),
    }),
    tsFunction({
      name: 'listErrors',
      docs: tsDocs([
        'Every documented variant of every code of a vendor, code set by code set, codes in table order, variants in document order. Frozen; empty for a vendor the package does not know.',
      ]),
      parameters: [['vendor', 'VendorId']],
      returnType: 'readonly ErrorEntry[]',
      body: (writer) => {
        writer.writeLine('const entries: ErrorEntry[] = [];');
        writer.write(`if (${IS_VENDOR}) `).block(() => {
          writer.write('for (const codeSet of CODE_SETS[vendor]) ').block(() => {
            writer.write('for (const variants of Object.values(codeSet.entries)) ').block(() => {
              writer.writeLine('if (variants !== undefined) entries.push(...variants);');
            });
          });
        });
        writer.writeLine('return Object.freeze(entries);');
      },
    }),
    tsFunction({
      name: 'lookupError',
      docs: tsDocs([
        "The documented entry of a vendor's code (`'AuthFailure.SignatureExpire'`, `40400001`; integer codes also as canonical strings). A message picks the variant of a code the document lists more than once (exactly, then by template); without one it is the first documented variant.",
        'Undefined for codes the vendor does not document, for prototype keys such as `constructor`, and for unknown vendors: it never throws.',
      ]),
      parameters: [
        ['vendor', 'VendorId'],
        ['code', 'string | number'],
        ['message?', 'string'],
      ],
      returnType: 'ErrorEntry | undefined',
      body: (writer) => {
        // CODE_SETS has no prototype, so `__proto__` or `toString` reads as undefined: one read
        // instead of an own-property check and a read on every lookup.
        writer.writeLine(
          `const codeSets: readonly CodeSetTable[] | undefined = ${IS_VENDOR} ? CODE_SETS[vendor] : undefined;`,
        );
        writer.writeLine('if (codeSets === undefined) return undefined;');
        writer.write('for (const codeSet of codeSets) ').block(() => {
          writer.writeLine('const variants = variantsOf(codeSet, code);');
          writer.writeLine('if (variants !== undefined) return chooseVariant(variants, message);');
        });
        writer.writeLine('return undefined;');
      },
    }),
    tsFunction({
      name: 'extractErrorCode',
      docs: tsDocs([
        'The error codes in what an on-call engineer pastes, most telling first: a JSON error body of any vendor (its code, its message, and the vendors that answer in its envelope), a log line (`code=…`, `Code: …`, `"RetCode": 8201`), an SDK error\'s text (`[TencentCloudSDKError] Code=…, Message=…`), a bare code. Look each up with lookupError: a code no vendor documents is no error code.',
        'Never throws: anything but a string gives `[]`, text past 1 MiB is not read, and the work is linear in the length.',
      ]),
      parameters: [['text', 'unknown']],
      returnType: 'PastedCode<VendorId>[]',
      body: (writer) =>
        writer.writeLine(
          'return extractErrorCodeWith(VENDORS.flatMap((vendor) => CODE_SETS[vendor]), text);',
        ),
    }),
    tsTypeAlias({
      name: 'ErrorEntryOf',
      docs: tsDocs([
        'The documented entry of one code of one vendor, as `getError` returns it: `vendor` and `code` are literal.',
      ]),
      typeParameters: ['V extends VendorId', 'C extends string | number'],
      type: 'ErrorEntry & { readonly vendor: V; readonly code: C }',
    }),
    tsTypeAlias({
      name: 'DocumentedCode',
      docs: tsDocs([
        "What `getError` and `errorResponse` take for a vendor: a documented code, or an alias of one (Baidu's `MediaException.MediaNotFound`).",
      ]),
      typeParameters: ['V extends VendorId'],
      type: 'VendorCodes[V] | Extract<keyof VendorAliases[V], string>',
    }),
    tsTypeAlias({
      name: 'CodeOf',
      docs: tsDocs(['The documented code a code or an alias of a vendor stands for.']),
      typeParameters: ['V extends VendorId', 'C extends DocumentedCode<V>'],
      type: 'C extends keyof VendorAliases[V] ? Extract<VendorAliases[V][C], string | number> : C',
    }),
    tsFunction({
      name: 'getError',
      docs: tsDocs([
        "The documented entry of a code written in the source: `getError('tencent-live', 'AuthFailure.SignatureExpire')`. The code completes in editors, and a code the vendor does not document is a compile error. A message picks the variant of a code the document lists more than once, as in lookupError.",
        'For codes of unknown origin (a log, a response) use lookupError, which answers undefined instead. Throws a RangeError when called, from untyped code, with an undocumented code or a value that is no code (a bigint, an object); never another error.',
      ]),
      typeParameters: ['V extends VendorId', 'C extends DocumentedCode<V>'],
      parameters: [
        ['vendor', 'V'],
        ['code', 'C'],
        ['message?', 'string'],
      ],
      returnType: 'ErrorEntryOf<V, CodeOf<V, C>>',
      body: (writer) => {
        writer.writeLine('const entry = lookupError(vendor, code, message);');
        writer.write('if (entry === undefined) ').block(() => {
          writer.writeLine(
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal of the emitted TypeScript
            "throw new RangeError(`${typeof vendor === 'string' ? vendor : quoteCode(vendor)} documents no error code ${quoteCode(code)}`);",
          );
        });
        writer.writeLine('return entry as ErrorEntryOf<V, CodeOf<V, C>>;');
      },
    }),
    tsFunction({
      name: 'errorResponse',
      docs: tsDocs([
        "A realistic error response of a vendor's documented code, for tests and mock servers: the documented HTTP status and the body in the vendor's envelope. An alias is sent as spelled, as the vendor's example does. Throws a RangeError for an undocumented code; see errorResponseWith.",
      ]),
      typeParameters: ['V extends VendorId'],
      parameters: [
        ['vendor', 'V'],
        ['code', 'DocumentedCode<V>'],
        ['opts?', 'Parameters<typeof errorResponseWith>[3]'],
      ],
      returnType: '{ status: number; body: unknown }',
      body: (writer) =>
        writer.writeLine(
          `return errorResponseWith(vendor, ${IS_VENDOR} ? CODE_SETS[vendor] : [], code, opts);`,
        ),
    }),
  ];
}

export const rootIndexEmitter: PackageEmitter = {
  type: 'package-emitter',
  kind: 'root-index',
  emit: (model, { printTs }) => {
    const path = 'src/index.ts';
    return [
      { path, contents: printTs(path, tsHeader(packageTables(model)), rootIndexStatements(model)) },
    ];
  },
};
