// The Error a parsed vendor error becomes: thrown with a stack, caught with one instanceof or one guard.

import type { ErrorCategory, VendorId } from './entry.js';
import type { VendorErrorOf } from './vendor-error.js';

type AnyVendorError = VendorErrorOf<VendorId, string | number>;

/**
 * The brand that `instanceof CloudApiError` checks. `Symbol.for` gives every copy of the package
 * the same symbol: the ESM and the CommonJS build of a dual install, or two installed versions,
 * each have their own class, and an error made by one is still a CloudApiError to the other.
 */
const BRAND = Symbol.for('cloud-error-codes.CloudApiError');

/** A CloudApiError as toJSON writes it. */
export interface CloudApiErrorJson<E extends AnyVendorError = AnyVendorError> {
  readonly name: 'CloudApiError';
  readonly message: string;
  readonly vendor: E['vendor'];
  readonly code: E['code'];
  readonly known: E['known'];
  readonly category: ErrorCategory;
  readonly retryable: boolean;
  readonly decidedBy: E['decidedBy'];
  readonly httpStatus: number;
  readonly requestId?: string;
}

/** The stack an Error was given, when it is a string (engines without stacks give none). */
function ownStack(error: Error): string | undefined {
  const stack = Object.getOwnPropertyDescriptor(error, 'stack');
  return stack !== undefined && 'value' in stack && typeof stack.value === 'string'
    ? stack.value
    : undefined;
}

/** The frames of a V8 stack (`\n    at ...` lines), without its header, which may span lines. */
function framesOf(stack: string): string {
  const frames = stack.indexOf('\n    at ');
  return frames < 0 ? '' : stack.slice(frames);
}

/** A hidden, non-enumerable own property, like the `cause` and `name` of a native Error. */
function hide(target: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

/** The vendor's message, else the documented description or message, else the code: what `message` says. */
function messageOf(error: AnyVendorError): string {
  if (error.message !== undefined) return error.message;
  const entry = error.entry;
  return (
    entry?.description.en ??
    entry?.description.zh ??
    entry?.message ??
    `${error.vendor} error ${String(error.code)} (HTTP ${error.httpStatus})`
  );
}

/**
 * A vendor's API error as an Error: what `parse*Error`, `fromTencentCloudSdkError`,
 * `fromBceSdkError` and `parseErrorResponse` return with `{ as: 'error' }`, and what
 * `toError(error)` makes of their plain results. It carries every field of the parsed error
 * (`vendor`, `code`, `known`, `entry`, `category`, `retryable`, `httpStatus`, `requestId`), so a
 * function that takes a parsed error takes it too; `cause` (also `raw`) is the SDK's error or the
 * response body. `message` is the vendor's message, else the documented description.
 *
 * `e instanceof CloudApiError` holds for errors made by any copy of the package (its ESM and CJS
 * builds alike). To narrow to one vendor's codes in one check, use
 * `isCloudApiError(e, 'tencent-live')`.
 */
export class CloudApiError<E extends AnyVendorError = AnyVendorError> extends Error {
  /** Always `'CloudApiError'`. */
  declare readonly name: 'CloudApiError';
  declare readonly cause: E['raw'];
  readonly vendor: E['vendor'];
  /** The documented code when `known`, else the code as sent (or `http-<status>`). */
  readonly code: E['code'];
  readonly known: E['known'];
  /** The documented variant the response names; undefined when not `known`. */
  readonly entry: E['entry'];
  readonly category: ErrorCategory;
  /** May the same request succeed if sent again later, unchanged? */
  readonly retryable: boolean;
  /** What decided `category` and `retryable`: the documented code, its family, the status, or nothing. */
  readonly decidedBy: E['decidedBy'];
  readonly httpStatus: number;
  /** The vendor's request id, to quote to the vendor's support. */
  readonly requestId?: string;

  constructor(error: E) {
    super(messageOf(error));
    hide(this, 'name', 'CloudApiError');
    hide(this, 'cause', error.raw);
    hide(this, BRAND, true);
    this.vendor = error.vendor;
    this.code = error.code;
    this.known = error.known;
    this.entry = error.entry;
    this.category = error.category;
    this.retryable = error.retryable;
    this.decidedBy = error.decidedBy;
    this.httpStatus = error.httpStatus;
    if (error.requestId !== undefined) this.requestId = error.requestId;
    // The stack's first line is `${name}: ${message}` as the constructor saw it: give it the vendor and code too.
    const stack = ownStack(this);
    if (stack !== undefined) hide(this, 'stack', `${this.toString()}${framesOf(stack)}`);
  }

  /** `CloudApiError [tencent-live InternalError.ConfNotFound]: message`: what String(e) and the stack's first line say. */
  override toString(): string {
    return `CloudApiError [${this.vendor} ${String(this.code)}]: ${this.message}`;
  }

  /**
   * What JSON.stringify and structured loggers write: the decision and the fields to quote to the
   * vendor, without the body (`raw`) or the documented entry, which can be large.
   */
  toJSON(): CloudApiErrorJson<E> {
    return {
      name: 'CloudApiError',
      message: this.message,
      vendor: this.vendor,
      code: this.code,
      known: this.known,
      category: this.category,
      retryable: this.retryable,
      decidedBy: this.decidedBy,
      httpStatus: this.httpStatus,
      ...(this.requestId !== undefined && { requestId: this.requestId }),
    };
  }

  /** The SDK's error or the response body, as the parsed error's `raw` (same as `cause`). */
  get raw(): E['raw'] {
    return this.cause;
  }

  /**
   * Brand check instead of the prototype chain, so that an error from the other build of the
   * package is an instance too. A subclass keeps the ordinary prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    try {
      if (this !== CloudApiError) return Function.prototype[Symbol.hasInstance].call(this, value);
      return (
        typeof value === 'object' &&
        value !== null &&
        (value as { readonly [BRAND]?: unknown })[BRAND] === true
      );
    } catch {
      // A hostile Proxy's trap: whatever it is, it is no error this package made.
      return false;
    }
  }
}

/**
 * A CloudApiError per variant of a parsed error type: `CloudApiErrorOf<TencentLiveError>` is a
 * union that `known` discriminates, so `e.known && e.code` narrows to the documented codes.
 */
export type CloudApiErrorOf<E extends AnyVendorError> = E extends AnyVendorError
  ? CloudApiError<E>
  : never;

/**
 * Each vendor's parsed error type, by vendor id. Every vendor's subpath adds its own (a module
 * augmentation), so that a program that imports one vendor's subpath loads no other vendor's
 * declarations, and one that imports the root has them all.
 */
// biome-ignore lint/suspicious/noEmptyInterface: each vendor subpath augments this interface; a type alias cannot be merged
export interface CloudApiErrorTypes {}

/** A vendor's errors as CloudApiError: its codes once its subpath (or the root) is imported. */
export type CloudApiErrorFor<V extends VendorId> = V extends keyof CloudApiErrorTypes
  ? CloudApiErrorOf<Extract<CloudApiErrorTypes[V], AnyVendorError>>
  : CloudApiError<VendorErrorOf<V, string | number>>;

/** Each vendor's errors as CloudApiError: `CloudApiErrors['upyun']`. */
export type CloudApiErrors = { readonly [V in VendorId]: CloudApiErrorFor<V> };

/** A parsed error (from a parser or an SDK adapter) as a CloudApiError to throw; one already is returned as it is. */
export function toError<E extends AnyVendorError>(error: E): CloudApiErrorOf<E> {
  return (error instanceof CloudApiError ? error : new CloudApiError(error)) as CloudApiErrorOf<E>;
}

/**
 * Is the value a CloudApiError (of any copy of the package), and of this vendor when one is
 * given? One check narrows `e.vendor`, and after `e.known`, `e.code` to the vendor's documented
 * codes. Never throws.
 */
export function isCloudApiError<V extends VendorId = VendorId>(
  value: unknown,
  vendor?: V,
): value is CloudApiErrorFor<V> {
  // instanceof never throws here (see Symbol.hasInstance), and a CloudApiError's vendor is a data property.
  return value instanceof CloudApiError && (vendor === undefined || value.vendor === vendor);
}

/** How a parser or an SDK adapter answers: the plain parsed error (default), or `as: 'error'` a CloudApiError. */
export interface ParseOptions {
  readonly as?: 'error' | 'object';
}

/** A parser's result for options O: a CloudApiError when O asks `as: 'error'`. */
export type Parsed<E extends AnyVendorError, O extends ParseOptions | undefined> =
  (O extends { readonly as: 'error' } ? CloudApiErrorOf<E> : E) | null;

/** The parsed error in the form the options ask for. */
export function parsedAs(
  error: AnyVendorError | null,
  options: ParseOptions | undefined,
): AnyVendorError | null {
  return error !== null && options?.as === 'error' ? toError(error) : error;
}
