// Round trip of every documented variant: errorResponseWith builds the response, parseWithCodeSets finds that entry again.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageMatches } from '../../generator/shipped/runtime/entry.js';
import type { CodeSetTable, ErrorEntry, VendorId } from '../../generator/shipped/runtime/entry.js';
import {
  errorResponseWith,
  parseWithCodeSets,
  quoteCode,
} from '../../generator/shipped/runtime/vendor-error.js';
import { codeSetSources } from './code-sets-under-test.js';
import { setsOf, type CodeSets } from './fixtures/code-sets.js';

interface Variant {
  readonly vendor: VendorId;
  readonly codeSet: CodeSetTable;
  readonly code: string | number;
  readonly index: number;
  readonly variants: readonly ErrorEntry[];
  readonly entry: ErrorEntry;
}

function everyVariant(codeSets: CodeSets): Variant[] {
  const all: Variant[] = [];
  for (const vendor of Object.keys(codeSets) as VendorId[]) {
    for (const codeSet of setsOf(codeSets, vendor)) {
      for (const variants of Object.values(codeSet.entries)) {
        if (variants === undefined) continue;
        variants.forEach((entry, index) => {
          all.push({ vendor, codeSet, code: entry.code, index, variants, entry });
        });
      }
    }
  }
  return all;
}

/**
 * The variant a response of `entry` must come back as: itself, unless an earlier variant of the
 * code has the same message and status (Tencent's common and business rows of one code), which no
 * response can tell apart; then the first of them.
 */
const expectedFor = ({ variants, entry }: Variant): ErrorEntry =>
  variants.find(
    (other) => other.message === entry.message && other.httpStatus === entry.httpStatus,
  ) ?? entry;

const OK_ENVELOPES = new Set(['tencent-api3', 'kingsoft-v1']);

/** The code and message a built body carries, read the way its envelope documents them. */
function envelopeFields(
  codeSet: CodeSetTable,
  body: unknown,
): { code: unknown; message: unknown; requestId: unknown } {
  const b = body as Record<string, Record<string, Record<string, unknown>>>;
  switch (codeSet.envelope) {
    case 'tencent-api3':
      return {
        code: b.Response?.Error?.Code,
        message: b.Response?.Error?.Message,
        requestId: b.Response?.RequestId,
      };
    case 'kingsoft-openapi':
      return { code: b.Error?.Code, message: b.Error?.Message, requestId: b.RequestId };
    case 'kingsoft-v1':
      return { code: b.Data?.RetCode, message: b.Data?.RetMsg, requestId: b.RequestId };
    case 'bce':
      return { code: b.code, message: b.message, requestId: b.requestId };
    case 'upyun':
      return { code: b.code, message: b.msg, requestId: b.id };
  }
}

for (const source of await codeSetSources()) {
  describe.skipIf(source.codeSets === undefined)(
    `round trip on ${source.name}${source.why ? ` (${source.why})` : ''}`,
    () => {
      const codeSets = source.codeSets ?? ({} as CodeSets);
      const variants = everyVariant(codeSets);

      it('has variants to test', () => expect(variants.length).toBeGreaterThan(0));

      it.each(
        variants.map(
          (v) => [`${v.vendor} ${v.codeSet.prefix} ${String(v.code)} #${v.index}`, v] as const,
        ),
      )('%s', (_name, variant) => {
        const { vendor, codeSet, code, index, entry } = variant;
        const sets = setsOf(codeSets, vendor);
        const response = errorResponseWith(vendor, sets, code, { variant: index });

        // The response is the documented one: status, envelope, code type, message filling the template.
        expect(response.status).toBe(
          OK_ENVELOPES.has(codeSet.envelope) ? 200 : (entry.httpStatus ?? response.status),
        );
        const fields = envelopeFields(codeSet, response.body);
        expect(fields.code).toBe(entry.code);
        expect(typeof fields.requestId).toBe('string');
        expect(typeof fields.message).toBe('string');
        if (entry.message !== undefined) {
          expect(messageMatches(entry.message, fields.message as string)).toBe(true);
          expect(fields.message).not.toMatch(/%s|xxx/);
        }

        const want = expectedFor(variant);
        for (const body of [
          response.body,
          JSON.stringify(response.body),
          new TextEncoder().encode(JSON.stringify(response.body)),
        ]) {
          const got = parseWithCodeSets(vendor, sets, response.status, body);
          if (got === null || !got.known)
            throw new Error(`expected ${vendor} ${String(code)} back, got ${JSON.stringify(got)}`);
          expect(got.entry).toBe(want);
          expect(got.code).toBe(entry.code);
          expect(got.message).toBe(fields.message);
          expect(got.requestId).toBe(fields.requestId);
          expect(got.category).toBe(want.category);
          expect(got.retryable).toBe(want.retryable);
        }

        // opts.requestId and opts.message reach the body and come back.
        const custom = errorResponseWith(vendor, sets, code, {
          variant: index,
          requestId: 'req-42',
          message: 'custom text',
        });
        const got = parseWithCodeSets(vendor, sets, custom.status, custom.body);
        expect(got).toMatchObject({
          known: true,
          code: entry.code,
          requestId: 'req-42',
          message: 'custom text',
        });
      });

      it('a template given as opts.message names its variant', () => {
        for (const variant of variants) {
          if (variant.entry.message === undefined) continue;
          const response = errorResponseWith(
            variant.vendor,
            setsOf(codeSets, variant.vendor),
            variant.code,
            {
              message: variant.entry.message,
            },
          );
          const got = parseWithCodeSets(
            variant.vendor,
            setsOf(codeSets, variant.vendor),
            response.status,
            response.body,
          );
          expect(got?.entry).toBe(
            variant.variants.find((other) => other.message === variant.entry.message),
          );
        }
      });

      it('aliases build the body with the alias and parse to the documented entry', () => {
        for (const vendor of Object.keys(codeSets) as VendorId[]) {
          for (const codeSet of setsOf(codeSets, vendor)) {
            for (const [alias, target] of Object.entries(codeSet.aliases)) {
              if (target === undefined) continue;
              const response = errorResponseWith(vendor, setsOf(codeSets, vendor), alias);
              expect(envelopeFields(codeSet, response.body).code).toBe(alias);
              const got = parseWithCodeSets(
                vendor,
                setsOf(codeSets, vendor),
                response.status,
                response.body,
              );
              expect(got).toMatchObject({ known: true, code: target });
            }
          }
        }
      });

      it('undocumented codes and variants throw a RangeError', () => {
        for (const vendor of Object.keys(codeSets) as VendorId[]) {
          const sets = setsOf(codeSets, vendor);
          for (const code of [
            'NoSuchDocumentedCode',
            99999999,
            '__proto__',
            'constructor',
            'toString',
            '',
          ]) {
            expect(() => errorResponseWith(vendor, sets, code)).toThrow(RangeError);
          }
          const first = everyVariant({ [vendor]: sets } as unknown as CodeSets)[0];
          if (first === undefined) continue;
          expect(() =>
            errorResponseWith(vendor, sets, first.code, { variant: first.variants.length }),
          ).toThrow(RangeError);
          expect(() => errorResponseWith(vendor, sets, first.code, { variant: -1 })).toThrow(
            RangeError,
          );
          expect(() => errorResponseWith(vendor, sets, first.code, { variant: 0.5 })).toThrow(
            RangeError,
          );
        }
      });

      it('values that are no code throw the documented RangeError, never a serialization error', () => {
        for (const vendor of Object.keys(codeSets) as VendorId[]) {
          for (const code of [
            1n,
            Symbol('code'),
            Object.create(null),
            [1],
            { a: 1 },
            null,
            'x'.repeat(1e6),
          ]) {
            expect(() =>
              errorResponseWith(vendor, setsOf(codeSets, vendor), code as never),
            ).toThrow(RangeError);
          }
        }
        expect(quoteCode(1n)).toBe('1n');
        expect(quoteCode(Object.create(null))).toBe('a value of type object');
        expect(quoteCode('x'.repeat(1e6))).toHaveLength(103);
      });

      it('the default request id is the same on every call', () => {
        for (const variant of variants.slice(0, 20)) {
          const sets = setsOf(codeSets, variant.vendor);
          expect(errorResponseWith(variant.vendor, sets, variant.code)).toEqual(
            errorResponseWith(variant.vendor, sets, variant.code),
          );
        }
      });
    },
  );
}

describe('getError of the generated package', () => {
  it('throws the RangeError its documentation names for a value that is no code', async () => {
    const root = path.resolve(import.meta.dirname, '..', '..');
    const pkg = (await import(path.join(root, 'generated', 'src', 'index.ts'))) as {
      getError: (vendor: unknown, code: unknown) => unknown;
      CODE_SETS: Record<string, unknown>;
    };
    for (const vendor of Object.keys(pkg.CODE_SETS)) {
      for (const code of [1n, Symbol('code'), Object.create(null), 'NoSuchDocumentedCode']) {
        expect(() => pkg.getError(vendor, code)).toThrow(RangeError);
      }
    }
    expect(() => pkg.getError(Object.create(null), 1n)).toThrow(RangeError);
  });
});
