// Generated from generator/shipped/runtime/vendor-error.ts by npm run generate. Do not edit.
// Parses a vendor's error response, in any documented envelope and any body form, into one typed result.

import { findEntry, PLACEHOLDERS, variantsOf } from './entry.js';
import { bodyWith, envelopePath, valueAt, type EnvelopeFieldRole } from './envelope-fields.js';
import { familyRuleFor } from './family-rules.js';
import type { CodeSetTable, Envelope, ErrorCategory, ErrorEntry, VendorId } from './entry.js';

/**
 * What decided an error's category and retryable:
 *
 * - `code`: the vendor documents the code; its row in the tables says.
 * - `family`: the code is undocumented, but its class and the words of its sub-code are the
 *   vendor's family rules' (tables/category-rules.csv): a new `RequestLimitExceeded.X` is a rate
 *   limit on the day it appears. A family rule wins over the HTTP status: Tencent Cloud API 3.0
 *   answers every error with HTTP 200, and where another status comes with a code, the code is
 *   the vendor's own word on this failure while the status may be a proxy's.
 * - `status`: no documented code and no rule that decides (an `http-<status>` answer, a class the
 *   rules leave `unknown`): the HTTP status (see categoryFromStatus).
 * - `none`: nothing to decide by; `unknown` and not retryable.
 */
export type DecidedBy = 'code' | 'family' | 'status' | 'none';

/** What every parsed error response carries, documented code or not. */
export interface VendorErrorFields<V extends VendorId> {
  readonly vendor: V;
  /**
   * The response's HTTP status. When the caller gives none (or no integer 100-599): 200 for
   * the envelopes that always answer errors with HTTP 200 (Tencent API 3.0, Kingsoft v1), else 0.
   */
  readonly httpStatus: number;
  /** The message the vendor returned (not the documented template); undefined when it sent none. */
  readonly message?: string;
  /** The vendor's request id, to quote to the vendor's support. */
  readonly requestId?: string;
  readonly category: ErrorCategory;
  /** May the same request succeed if sent again later, unchanged? */
  readonly retryable: boolean;
  /** What decided `category` and `retryable`: see DecidedBy. */
  readonly decidedBy: DecidedBy;
  /**
   * The body as parsed JSON; the body exactly as given when it is not JSON. The vendor's own
   * spelling of the code stays visible here (Baidu's alias `MediaException.MediaNotFound`).
   */
  readonly raw: unknown;
}

/** An error whose code the vendor documents: `entry` is the documented variant the response names. */
export interface KnownVendorError<
  V extends VendorId,
  C extends string | number,
> extends VendorErrorFields<V> {
  /** The documented code, also when the response spelled it as an alias or a numeric string. */
  readonly code: C;
  readonly known: true;
  readonly entry: ErrorEntry;
  readonly decidedBy: 'code';
}

/**
 * An error whose code the vendor's documents do not list. `code` is the vendor's code as sent
 * (a string, or a number for vendors with numeric codes); when the response carries no usable
 * code (a gateway's HTML page, an empty or truncated body, a code that is not a non-empty string
 * of at most 256 characters or a finite number) it is `http-<status>`, e.g. `http-502`, and
 * `http-0` when the status is unknown. Category and retryable come from the vendor's family
 * rules, else from the HTTP status (see DecidedBy).
 */
export interface UnknownVendorError<V extends VendorId> extends VendorErrorFields<V> {
  readonly code: string | number;
  readonly known: false;
  readonly entry?: undefined;
  readonly decidedBy: 'family' | 'status' | 'none';
}

/** `switch (e.vendor)` then `if (e.known) switch (e.code)` narrows to documented codes. */
export type VendorErrorOf<V extends VendorId, C extends string | number> =
  KnownVendorError<V, C> | UnknownVendorError<V>;

/** Bodies longer than this (characters, or bytes) are not parsed: bounded work on hostile input. */
const MAX_BODY_LENGTH = 1024 * 1024;

/** Codes longer than this are no vendor's code (the documents' longest are about 40). */
const MAX_CODE_LENGTH = 256;

/** Tencent API 3.0 and Kingsoft v1 answer errors with HTTP 200 and put the failure in the body. */
export const answersErrorsWithOk = (envelope: Envelope): boolean =>
  envelope === 'tencent-api3' || envelope === 'kingsoft-v1';

/**
 * The category an HTTP status implies, for codes the documents do not list: 429 rate-limit,
 * 502/503/504 unavailable (a gateway or an overloaded service: the request may pass later), other 5xx internal, 401 auth, 403 permission, 404 not-found,
 * 409 conflict, other 4xx invalid-request, anything else unknown.
 */
export function categoryFromStatus(httpStatus: number): ErrorCategory {
  if (!Number.isInteger(httpStatus)) return 'unknown';
  if (httpStatus === 429) return 'rate-limit';
  if (httpStatus === 502 || httpStatus === 503 || httpStatus === 504) return 'unavailable';
  if (httpStatus >= 500 && httpStatus <= 599) return 'internal';
  if (httpStatus === 401) return 'auth';
  if (httpStatus === 403) return 'permission';
  if (httpStatus === 404) return 'not-found';
  if (httpStatus === 409) return 'conflict';
  if (httpStatus >= 400 && httpStatus <= 499) return 'invalid-request';
  return 'unknown';
}

/**
 * Whether an undocumented error of this category is worth retrying unchanged: flow control
 * (rate-limit), a temporarily unavailable service and a failed server (internal, as the
 * vendors' 5xx advice "please try again" says) are; everything else is not.
 */
export function retryableFromCategory(category: ErrorCategory): boolean {
  return category === 'rate-limit' || category === 'unavailable' || category === 'internal';
}

/**
 * The decision for a code the documents do not list: the code set's family rule for it, else the
 * HTTP status, else none. A rule that says `unknown` (a class whose sub-codes differ too much,
 * `FailedOperation`) leaves the decision to the status.
 */
function undocumentedDecision(
  codeSet: CodeSetTable | undefined,
  code: string | number | undefined,
  httpStatus: number,
): Pick<UnknownVendorError<VendorId>, 'category' | 'retryable' | 'decidedBy'> {
  const rule = codeSet === undefined ? undefined : familyRuleFor(codeSet.rules ?? [], code);
  if (rule !== undefined && rule.category !== 'unknown')
    return { category: rule.category, retryable: rule.retryable, decidedBy: 'family' };
  const category = categoryFromStatus(httpStatus);
  if (category === 'unknown') return { category, retryable: false, decidedBy: 'none' };
  return { category, retryable: retryableFromCategory(category), decidedBy: 'status' };
}

const isRecord = (value: unknown): value is object =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !ArrayBuffer.isView(value);

/** A value that can be a vendor's code; anything else (object, boolean, huge string) cannot. */
export function usableCode(value: unknown): string | number | undefined {
  if (typeof value === 'string')
    return value.length > 0 && value.length <= MAX_CODE_LENGTH ? value : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return undefined;
}

const stringOrUndefined = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}

/** UTF-8 bytes as text; the global TextDecoder exists in browsers and Node alike. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  const Decoder = (globalThis as { TextDecoder?: new (label?: string) => TextDecoderLike })
    .TextDecoder;
  return Decoder === undefined ? undefined : new Decoder('utf-8').decode(bytes);
}

/** An ArrayBuffer, also one from another realm (a worker, a vm context). */
const isArrayBuffer = (value: unknown): value is ArrayBuffer =>
  value instanceof ArrayBuffer || Object.prototype.toString.call(value) === '[object ArrayBuffer]';

const NOT_JSON = Symbol('not JSON');

/** The body as a JSON value: objects are taken as already parsed, strings and bytes are parsed. */
function jsonOf(body: unknown): unknown {
  let text: string | undefined;
  if (typeof body === 'string') {
    text = body;
  } else if (isArrayBuffer(body)) {
    if (body.byteLength > MAX_BODY_LENGTH) return NOT_JSON;
    text = decodeUtf8(new Uint8Array(body));
  } else if (ArrayBuffer.isView(body)) {
    // Buffer, Uint8Array and other views, also from another realm.
    if (body.byteLength > MAX_BODY_LENGTH) return NOT_JSON;
    text = decodeUtf8(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
  } else if (typeof body === 'object' && body !== null) {
    return body;
  } else {
    return NOT_JSON;
  }
  if (text === undefined || text.length > MAX_BODY_LENGTH) return NOT_JSON;
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return NOT_JSON;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return NOT_JSON;
  }
}

/** What one envelope finds in a body. */
export type Reading =
  /** The envelope says the call failed. `complete`: the documented error shape, not a stray field. */
  | {
      readonly kind: 'error';
      readonly complete: boolean;
      readonly code: unknown;
      readonly message: unknown;
      readonly requestId: unknown;
    }
  /** The envelope says the call succeeded; its request id, if any, serves a 4xx/5xx fallback. */
  | { readonly kind: 'success'; readonly message: undefined; readonly requestId: unknown }
  /** Not this envelope (or no code in it); message and request id, if any, serve the fallback. */
  | { readonly kind: 'absent'; readonly message: unknown; readonly requestId: unknown };

const ABSENT_FIELDS = { message: undefined, requestId: undefined } as const;
const ABSENT: Reading = { kind: 'absent', ...ABSENT_FIELDS };

/** Reads a JSON body through one envelope, as the vendors' documents show it. */
export function readEnvelope(envelope: Envelope, json: unknown): Reading {
  if (!isRecord(json)) return ABSENT;
  const read = (role: EnvelopeFieldRole): unknown => {
    const path = envelopePath(envelope, role);
    return path === undefined ? undefined : valueAt(json, path);
  };
  const codePath = envelopePath(envelope, 'code') ?? [];
  // The object that holds the code (`Response.Error`, `Error`, `Data`), or the body itself.
  const holder = valueAt(json, codePath.slice(0, -1));
  const code = read('code');
  const message = read('message');
  const requestId = read('request-id');
  const error = { kind: 'error', complete: true, code, message, requestId } as const;
  switch (envelope) {
    case 'tencent-api3':
      // Success has no Error; a falsy Error is success, as tencentcloud-sdk-nodejs itself decides.
      if (!isRecord(valueAt(json, codePath.slice(0, 1)))) return ABSENT;
      return holder ? error : { kind: 'success', message: undefined, requestId };
    case 'kingsoft-openapi':
      // Errors come with HTTP 4xx/5xx.
      return isRecord(holder) ? error : { kind: 'absent', message: undefined, requestId };
    case 'kingsoft-v1':
      // Errors come with HTTP 200; success has no RetCode, or RetCode 0.
      if (!isRecord(holder)) return ABSENT;
      return code === undefined || code === null || code === 0 || code === '0'
        ? { kind: 'success', message: undefined, requestId }
        : error;
    case 'bce':
    case 'upyun':
      if (code === undefined || code === null) return { kind: 'absent', message, requestId };
      // A success body may have a field called `code`; only code plus message or id is an error body.
      return {
        ...error,
        complete: typeof message === 'string' || typeof requestId === 'string',
      };
  }
}

/** The status the caller gave, when it is one. */
const givenStatus = (httpStatus: unknown): number | undefined =>
  typeof httpStatus === 'number' &&
  Number.isInteger(httpStatus) &&
  httpStatus >= 100 &&
  httpStatus <= 599
    ? httpStatus
    : undefined;

function statusFor(codeSet: CodeSetTable | undefined, httpStatus: number | undefined): number {
  if (httpStatus !== undefined) return httpStatus;
  return codeSet !== undefined && answersErrorsWithOk(codeSet.envelope) ? 200 : 0;
}

function resultOf(
  vendor: VendorId,
  codeSet: CodeSetTable | undefined,
  given: number | undefined,
  fields: { readonly code: unknown; readonly message: unknown; readonly requestId: unknown },
  raw: unknown,
): VendorErrorOf<VendorId, string | number> {
  const httpStatus = statusFor(codeSet, given);
  const message = stringOrUndefined(fields.message);
  const requestId = stringOrUndefined(fields.requestId);
  const code = usableCode(fields.code);
  const entry =
    codeSet !== undefined && code !== undefined
      ? findEntry(codeSet, code, { message, httpStatus: given })
      : undefined;
  const optional = {
    ...(message !== undefined && { message }),
    ...(requestId !== undefined && { requestId }),
  };
  if (entry !== undefined) {
    return {
      vendor,
      code: entry.code,
      known: true,
      entry,
      httpStatus,
      ...optional,
      category: entry.category,
      retryable: entry.retryable,
      decidedBy: 'code',
      raw,
    };
  }
  return {
    vendor,
    code: code ?? `http-${httpStatus}`,
    known: false,
    httpStatus,
    ...optional,
    ...undocumentedDecision(codeSet, code, httpStatus),
    raw,
  };
}

/**
 * Parses one HTTP response of a vendor into a typed error, or null when it is not an error.
 *
 * - `codeSets`: the vendor's code sets; each one's envelope is tried in order (Kingsoft Live
 *   has an openAPI set and a v1 set), and the first that finds an error decides.
 * - `body`: the parsed JSON, a JSON string, or the bytes (Uint8Array, Buffer, ArrayBuffer;
 *   decoded as UTF-8). Strings and bytes over 1 MiB are not parsed.
 * - Null exactly when the response is not an error: a status below 400 (or none) with a body
 *   that shows no error in any envelope (Tencent `Response` without `Error`, Kingsoft v1 `Data`
 *   without `RetCode` or with `RetCode` 0, no body, no JSON).
 * - A 4xx/5xx response is always an error; without a usable code it is `http-<status>`.
 * - Variants of a code are told apart by message and status (see findEntry); aliases resolve
 *   to the documented code.
 *
 * Never throws: hostile bodies (throwing proxies, prototype keys, deep nesting) give the
 * status-only answer.
 */
export function parseWithCodeSets(
  vendor: VendorId,
  codeSets: readonly CodeSetTable[],
  httpStatus: unknown,
  body: unknown,
): VendorErrorOf<VendorId, string | number> | null {
  const given = givenStatus(httpStatus);
  const isErrorStatus = given !== undefined && given >= 400;
  try {
    const json = jsonOf(body);
    const raw = json === NOT_JSON ? body : json;
    // The first envelope with a request id or message lends them to a code-less 4xx/5xx answer.
    let fallback: { readonly message: unknown; readonly requestId: unknown } = ABSENT_FIELDS;
    for (const codeSet of codeSets) {
      const reading = json === NOT_JSON ? ABSENT : readEnvelope(codeSet.envelope, json);
      if (reading.kind === 'error') {
        if (reading.complete || isErrorStatus)
          return resultOf(vendor, codeSet, given, reading, raw);
      } else if (
        fallback === ABSENT_FIELDS &&
        (reading.message !== undefined || reading.requestId !== undefined)
      ) {
        fallback = reading;
      }
    }
    if (!isErrorStatus) return null;
    return resultOf(vendor, undefined, given, { ...fallback, code: undefined }, raw);
  } catch {
    // A body that throws while being read (a Proxy, a revoked Proxy) says nothing but its status.
    if (!isErrorStatus) return null;
    return resultOf(vendor, undefined, given, { ...ABSENT_FIELDS, code: undefined }, body);
  }
}

/** Request ids from the vendors' own examples: realistic and the same on every run. */
const EXAMPLE_REQUEST_IDS: Readonly<Record<Envelope, string>> = {
  'tencent-api3': 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
  bce: '7a64abd6-5fd8-4f42-a795-bb51c8cf5c6a',
  'kingsoft-openapi': '68093a99-2f63-4f39-8f70-3047ab8ecb5b',
  'kingsoft-v1': '36d7f12e-2345-4e5e-a5f4-7hsjk1ff27eb',
  upyun: '11e4a729d24943409933a5e8314cd32e',
};

/** A status for the rare entry whose document gives none, in the spirit of its category. */
const STATUS_BY_CATEGORY: Readonly<Partial<Record<ErrorCategory, number>>> = {
  auth: 401,
  permission: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limit': 429,
  internal: 500,
  unavailable: 503,
};

/**
 * A documented message with its placeholders filled so that it still fills the template:
 * ids after a dash (`mda-xxx`, `tsk-xxx`) get an id like the one in Baidu's example, other
 * placeholders (`%s`, `xxx`) the word `example`.
 */
function filledMessage(template: string): string {
  return template.replace(PLACEHOLDERS, (_placeholder: string, offset: number) =>
    template[offset - 1] === '-' ? 'jdekywp8pek91e0n' : 'example',
  );
}

/** The code as the body spells it: an alias as given, otherwise the documented code (a number for numeric codes). */
function codeAsSent(
  codeSet: CodeSetTable,
  code: string | number,
  entry: ErrorEntry,
): string | number {
  const key = String(code);
  return Object.prototype.hasOwnProperty.call(codeSet.aliases, key) ? code : entry.code;
}

/**
 * A code as an error message quotes it, whatever untyped code passed: a string JSON-quoted (cut to
 * 100 characters), a number or bigint as written, anything else by its type. Never throws (a
 * bigint, a symbol or an object without a prototype cannot be serialized or converted).
 */
export function quoteCode(code: unknown): string {
  if (typeof code === 'string')
    return JSON.stringify(code.length > 100 ? `${code.slice(0, 100)}…` : code);
  if (typeof code === 'number' || typeof code === 'boolean') return String(code);
  if (typeof code === 'bigint') return `${code.toString()}n`;
  if (code === null || code === undefined) return String(code);
  return Array.isArray(code) ? 'an array' : `a value of type ${typeof code}`;
}

/**
 * A realistic error response for a documented code, for tests and mock servers: the status the
 * document gives (200 for Tencent API 3.0 and Kingsoft v1, which answer errors with HTTP 200),
 * and the body in the vendor's envelope with the documented message (templates filled so they
 * still match, or `opts.message`) and a request id (`opts.requestId`, else a fixed example id).
 * `opts.variant` picks a variant of a code the document lists more than once (0-based, document
 * order); without it the variant is the one `opts.message` names, else the first.
 *
 * This is a helper for documented codes only: an undocumented code, or a variant index the code
 * does not have, throws a RangeError.
 */
export function errorResponseWith(
  vendor: VendorId,
  codeSets: readonly CodeSetTable[],
  code: string | number,
  opts: { readonly requestId?: string; readonly message?: string; readonly variant?: number } = {},
): { status: number; body: unknown } {
  for (const codeSet of codeSets) {
    const variants = variantsOf(codeSet, code);
    if (variants === undefined) continue;
    let entry: ErrorEntry | undefined;
    if (opts.variant !== undefined) {
      entry = Number.isInteger(opts.variant) ? variants[opts.variant] : undefined;
      if (entry === undefined) {
        throw new RangeError(
          `${vendor} code ${quoteCode(code)} has no documented variant ${quoteCode(opts.variant)}`,
        );
      }
    } else {
      entry = findEntry(codeSet, code, { message: opts.message });
    }
    if (entry === undefined) continue;
    const status = answersErrorsWithOk(codeSet.envelope)
      ? 200
      : (entry.httpStatus ?? STATUS_BY_CATEGORY[entry.category] ?? 400);
    const documented =
      entry.message ?? entry.description.en ?? entry.description.zh ?? String(entry.code);
    const body = bodyWith(codeSet.envelope, {
      code: codeAsSent(codeSet, code, entry),
      message: opts.message ?? filledMessage(documented),
      'request-id': opts.requestId ?? EXAMPLE_REQUEST_IDS[codeSet.envelope],
      // Kingsoft's document shows Type "Sender" (the caller's fault); server faults are "Receiver".
      fault: status >= 500 ? 'Receiver' : 'Sender',
    });
    return { status, body };
  }
  throw new RangeError(
    `${typeof vendor === 'string' ? vendor : quoteCode(vendor)} documents no error code ${quoteCode(code)}`,
  );
}
