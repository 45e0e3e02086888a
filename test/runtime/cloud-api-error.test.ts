// CloudApiError over arbitrary input (fast-check): the brand check and the guard never throw and never take a look-alike for one; toError keeps every field.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VendorId } from '../../generator/shipped/runtime/entry.js';
import type { VendorErrorOf } from '../../generator/shipped/runtime/vendor-error.js';
import { writeRuntimeFiles } from './runtime-package.js';

type AnyVendorError = VendorErrorOf<VendorId, string | number>;

/** cloud-api-error.ts as tests call it; its precise types are checked by the consumer tests. */
interface ErrorModule {
  CloudApiError: (new (error: AnyVendorError) => Error & AnyVendorError & { cause: unknown }) & {
    [Symbol.hasInstance](value: unknown): boolean;
  };
  isCloudApiError(value: unknown, vendor?: string): boolean;
  toError(error: AnyVendorError): Error & AnyVendorError & { cause: unknown };
  parsedAs(error: AnyVendorError | null, options?: { as?: 'error' | 'object' }): unknown;
}

let dir = '';
let runtime: ErrorModule;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cloud-error-codes-error-class-'));
  writeRuntimeFiles(dir);
  // A computed specifier: the workspace type check must not follow it to a registry it lacks.
  runtime = (await import(join(dir, 'cloud-api-error.ts'))) as ErrorModule;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

/** Values a catch block may see: anything JSON or JavaScript, objects with prototype keys, look-alikes. */
const caught = fc.oneof(
  fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }),
  fc.dictionary(fc.constantFrom(...PROTOTYPE_KEYS, 'vendor', 'code', 'known'), fc.anything()),
  fc.record({
    name: fc.constant('CloudApiError'),
    vendor: fc.constant('upyun'),
    code: fc.integer(),
    known: fc.boolean(),
  }),
);

const parsedError: fc.Arbitrary<AnyVendorError> = fc.record(
  {
    vendor: fc.constantFrom<VendorId>('upyun', 'tencent-live'),
    code: fc.oneof(fc.string({ maxLength: 20 }), fc.integer()),
    known: fc.constant(false as const),
    httpStatus: fc.integer({ min: 0, max: 599 }),
    message: fc.string({ maxLength: 40 }),
    requestId: fc.string({ minLength: 1, maxLength: 20 }),
    category: fc.constant('unknown' as const),
    retryable: fc.boolean(),
    decidedBy: fc.constant('none' as const),
    raw: fc.anything(),
  },
  {
    requiredKeys: ['vendor', 'code', 'known', 'httpStatus', 'category', 'retryable', 'decidedBy', 'raw'],
  },
);

describe('CloudApiError', () => {
  it('never takes a value it did not make for one, and never throws', () => {
    fc.assert(
      fc.property(caught, (value) => {
        expect(value instanceof runtime.CloudApiError).toBe(false);
        expect(runtime.isCloudApiError(value)).toBe(false);
        expect(runtime.isCloudApiError(value, 'upyun')).toBe(false);
      }),
    );
  });

  it('survives hostile proxies', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('get trap');
        },
        getPrototypeOf() {
          throw new Error('getPrototypeOf trap');
        },
      },
    );
    expect(throwing instanceof runtime.CloudApiError).toBe(false);
    expect(runtime.isCloudApiError(throwing)).toBe(false);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(runtime.isCloudApiError(proxy)).toBe(false);
  });

  it('keeps every field of the parsed error, the body as cause, and the vendor message', () => {
    fc.assert(
      fc.property(parsedError, (parsed) => {
        const error = runtime.toError(parsed);
        expect(error).toBeInstanceOf(Error);
        expect(error instanceof runtime.CloudApiError).toBe(true);
        expect(runtime.isCloudApiError(error, parsed.vendor)).toBe(true);
        expect(
          runtime.isCloudApiError(error, parsed.vendor === 'upyun' ? 'tencent-live' : 'upyun'),
        ).toBe(false);
        for (const field of [
          'vendor',
          'code',
          'known',
          'httpStatus',
          'category',
          'retryable',
        ] as const)
          expect(error[field]).toBe(parsed[field]);
        expect(error.requestId).toBe(parsed.requestId);
        expect(error.cause).toBe(parsed.raw);
        expect(error.message).toBe(
          parsed.message ??
            `${parsed.vendor} error ${String(parsed.code)} (HTTP ${parsed.httpStatus})`,
        );
        expect(error.name).toBe('CloudApiError');
        // cause stays out of the enumerable keys (and of JSON), as a native Error's does.
        expect(Object.keys(error)).not.toContain('cause');
        expect(runtime.toError(error)).toBe(error);
      }),
    );
  });

  it('answers a plain result by default and an error with { as: "error" }; null stays null', () => {
    fc.assert(
      fc.property(parsedError, (parsed) => {
        expect(runtime.parsedAs(parsed, undefined)).toBe(parsed);
        expect(runtime.parsedAs(parsed, { as: 'object' })).toBe(parsed);
        expect(runtime.parsedAs(parsed, { as: 'error' })).toBeInstanceOf(runtime.CloudApiError);
        expect(runtime.parsedAs(null, { as: 'error' })).toBeNull();
      }),
    );
  });
});
