// Properties of the vendor error runtime over arbitrary input (fast-check): it never throws, documented codes round-trip, unknown codes stay intact.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { variantsOf } from '../../generator/shipped/runtime/entry.js';
import type {
  CodeSetTable,
  Envelope,
  ErrorEntry,
  VendorId,
} from '../../generator/shipped/runtime/entry.js';
import { errorResponseWith, parseWithCodeSets } from '../../generator/shipped/runtime/vendor-error.js';
import type { VendorErrorOf } from '../../generator/shipped/runtime/vendor-error.js';
import { CATEGORIES as MODEL_CATEGORIES } from '../../generator/model/model.js';
import { codeSetSources } from './code-sets-under-test.js';
import { setsOf, type CodeSets } from './fixtures/code-sets.js';

const CATEGORIES: ReadonlySet<string> = new Set(MODEL_CATEGORIES);

/** What every result must be, whatever the input: a well-formed value that only documents known codes. */
function assertWellFormed(
  codeSets: readonly CodeSetTable[],
  vendor: VendorId,
  got: VendorErrorOf<VendorId, string | number> | null,
): void {
  if (got === null) return;
  expect(got.vendor).toBe(vendor);
  expect(Number.isInteger(got.httpStatus)).toBe(true);
  expect(CATEGORIES.has(got.category)).toBe(true);
  expect(typeof got.retryable).toBe('boolean');
  expect(['string', 'number']).toContain(typeof got.code);
  if (got.message !== undefined) expect(typeof got.message).toBe('string');
  if (got.requestId !== undefined) expect(typeof got.requestId).toBe('string');
  if (got.known) {
    // The entry is one of the documented variants of the code, never something off a prototype.
    const documented = codeSets.some((set) => variantsOf(set, got.code)?.includes(got.entry));
    expect(documented).toBe(true);
    expect(got.code).toBe(got.entry.code);
  } else {
    expect(got.entry).toBeUndefined();
  }
}

/** A body of an envelope around arbitrary values in the places the code, message and request id go. */
function envelopeBody(
  envelope: Envelope,
  code: unknown,
  message: unknown,
  requestId: unknown,
): unknown {
  switch (envelope) {
    case 'tencent-api3':
      return { Response: { Error: { Code: code, Message: message }, RequestId: requestId } };
    case 'kingsoft-openapi':
      return { RequestId: requestId, Error: { Type: 'Sender', Code: code, Message: message } };
    case 'kingsoft-v1':
      return { Data: { RetCode: code, RetMsg: message }, RequestId: requestId };
    case 'bce':
      return { requestId, code, message };
    case 'upyun':
      return { msg: message, code, id: requestId };
  }
}

const statusArbitrary = fc.oneof(fc.integer({ min: 100, max: 599 }), fc.anything());

for (const source of await codeSetSources()) {
  describe.skipIf(source.codeSets === undefined)(`properties on ${source.name}`, () => {
    const codeSets = source.codeSets ?? ({} as CodeSets);
    // Arbitraries are built inside the tests: a skipped source has no values to draw from.
    const vendors = (): VendorId[] => Object.keys(codeSets) as VendorId[];
    const vendorArbitrary = () => fc.constantFrom(...vendors());
    const documentedVariant = () => {
      const documented: Array<{
        vendor: VendorId;
        code: string | number;
        index: number;
        entry: ErrorEntry;
      }> = [];
      for (const vendor of vendors()) {
        for (const set of setsOf(codeSets, vendor)) {
          for (const variants of Object.values(set.entries)) {
            variants?.forEach((entry, index) => {
              documented.push({ vendor, code: entry.code, index, entry });
            });
          }
        }
      }
      return fc.constantFrom(...documented);
    };

    it('fc.anything() as body and status never throws and is well formed', () => {
      fc.assert(
        fc.property(
          vendorArbitrary(),
          statusArbitrary,
          fc.anything({ withNullPrototype: true, withObjectString: true }),
          (vendor, status, body) => {
            const got = parseWithCodeSets(vendor, setsOf(codeSets, vendor), status, body);
            assertWellFormed(setsOf(codeSets, vendor), vendor, got);
          },
        ),
        { numRuns: 2000 },
      );
    });

    it('arbitrary JSON text, objects and bytes give the same answer', () => {
      fc.assert(
        fc.property(
          vendorArbitrary(),
          fc.integer({ min: 100, max: 599 }),
          fc.jsonValue(),
          (vendor, status, json) => {
            const text = JSON.stringify(json);
            const fromText = parseWithCodeSets(vendor, setsOf(codeSets, vendor), status, text);
            const fromBytes = parseWithCodeSets(
              vendor,
              setsOf(codeSets, vendor),
              status,
              new TextEncoder().encode(text),
            );
            assertWellFormed(setsOf(codeSets, vendor), vendor, fromText);
            expect(fromBytes).toEqual(fromText);
            // A parsed object is taken as is; a string is always the body's text, so only objects compare.
            if (typeof json === 'object' && json !== null) {
              expect(
                parseWithCodeSets(vendor, setsOf(codeSets, vendor), status, JSON.parse(text) as unknown),
              ).toEqual(fromText);
            }
            // A 4xx/5xx response is always an error.
            if (status >= 400) expect(fromText).not.toBeNull();
          },
        ),
        { numRuns: 1000 },
      );
    });

    it("arbitrary values in every envelope's code, message and request id never throw", () => {
      fc.assert(
        fc.property(
          vendorArbitrary(),
          statusArbitrary,
          fc.anything(),
          fc.anything(),
          fc.anything(),
          (vendor, status, code, message, requestId) => {
            for (const set of setsOf(codeSets, vendor)) {
              const body = envelopeBody(set.envelope, code, message, requestId);
              assertWellFormed(
                setsOf(codeSets, vendor),
                vendor,
                parseWithCodeSets(vendor, setsOf(codeSets, vendor), status, body),
              );
            }
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('any documented variant survives the round trip with any request id, in any body form', () => {
      fc.assert(
        fc.property(
          documentedVariant(),
          fc.string({ minLength: 1, maxLength: 64 }),
          fc.constantFrom('object', 'text', 'bytes'),
          ({ vendor, code, index, entry }, requestId, form) => {
            const { status, body } = errorResponseWith(vendor, setsOf(codeSets, vendor), code, {
              variant: index,
              requestId,
            });
            const text = JSON.stringify(body);
            const given =
              form === 'object' ? body : form === 'text' ? text : new TextEncoder().encode(text);
            const got = parseWithCodeSets(vendor, setsOf(codeSets, vendor), status, given);
            expect(got).toMatchObject({
              known: true,
              code: entry.code,
              requestId,
              category: got?.entry?.category,
            });
            expect(got?.entry?.name).toBe(entry.name);
            expect(got?.entry?.code).toBe(entry.code);
          },
        ),
        { numRuns: 500 },
      );
    });

    it('undocumented codes come back known: false with the code intact', () => {
      const codeArbitrary = fc.oneof(
        fc.string({ minLength: 1, maxLength: 256 }),
        fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      );
      fc.assert(
        fc.property(
          vendorArbitrary(),
          codeArbitrary,
          fc.string(),
          fc.integer({ min: 400, max: 599 }),
          (vendor, code, message, errorStatus) => {
            const sets = setsOf(codeSets, vendor);
            fc.pre(sets.every((set) => variantsOf(set, code) === undefined));
            for (const set of sets) {
              const okEnvelope = set.envelope === 'tencent-api3' || set.envelope === 'kingsoft-v1';
              // Kingsoft v1 calls RetCode 0 success.
              fc.pre(!(set.envelope === 'kingsoft-v1' && (code === 0 || code === '0')));
              const status = okEnvelope ? 200 : errorStatus;
              const got = parseWithCodeSets(
                vendor,
                sets,
                status,
                envelopeBody(set.envelope, code, message, 'req'),
              );
              // Earlier envelopes of the vendor never read a later one's body.
              expect(got).toMatchObject({
                known: false,
                code,
                httpStatus: status,
                requestId: 'req',
              });
              expect(got?.message).toBe(message === '' ? undefined : message);
            }
          },
        ),
        { numRuns: 1000 },
      );
    });
  });
}
