// Section 5: ops/s of lookupError, is<Prefix>ErrorBody and parseErrorResponse against a linear-search baseline, by table size.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { unformattedText } from '../generator/emit/lib/final-form.js';
import { emitPackage } from '../generator/emit/registry.js';
import { requireModel } from '../generator/load-model.js';
import type { BuiltPackage } from './built-package.js';
import type { SyntheticRoot } from './scaling.js';
import { count, median, ratio } from './median.js';
import { markdownTable, type SectionReport, type TargetCheck } from './report.js';

/** The part of the package's root module this section calls; loaded at run time, so typed here. */
interface EntryLike {
  readonly code: string | number;
  readonly message?: string;
}
interface CodeSetLike {
  readonly prefix: string;
  readonly entries: { readonly [code: string]: readonly EntryLike[] | undefined };
}
interface PackageModule {
  readonly VENDORS: readonly string[];
  readonly CODE_SETS: { readonly [vendor: string]: readonly CodeSetLike[] };
  listErrors(vendor: string): readonly EntryLike[];
  lookupError(vendor: string, code: string | number, message?: string): unknown;
  errorResponse(
    vendor: string,
    code: string | number,
    opts?: { readonly variant?: number },
  ): { status: number; body: unknown };
  parseErrorResponse(vendor: string, status: unknown, body: unknown): unknown;
  readonly [guard: `is${string}ErrorBody`]: (value: unknown) => boolean;
}

interface Lookup {
  readonly vendor: string;
  readonly code: string | number;
  readonly message?: string;
}
interface Response {
  readonly vendor: string;
  readonly status: number;
  readonly body: unknown;
  readonly guard: (value: unknown) => boolean;
}

/** Inputs at most this many, spread evenly over all: the same work per pass at every table size. */
const SAMPLE = 4000;
const spread = <T>(items: readonly T[]): T[] => {
  if (items.length <= SAMPLE) return [...items];
  const step = items.length / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, index) => items[Math.floor(index * step)]!);
};

/**
 * Mixed inputs from the package itself: every documented variant (its code, its message when
 * the code has several), bodies from errorResponse() of each, the same bodies with an
 * undocumented code, prototype keys, and bodies that are no error at all.
 */
function mixedInputs(pkg: PackageModule): { lookups: Lookup[]; responses: Response[] } {
  const lookups: Lookup[] = [];
  const responses: Response[] = [];
  for (const vendor of pkg.VENDORS) {
    const codeSets = pkg.CODE_SETS[vendor]!;
    const guardOf = (codeSet: CodeSetLike): ((value: unknown) => boolean) => {
      const guard = pkg[`is${codeSet.prefix}ErrorBody`];
      if (guard === undefined)
        throw new Error(`the package exports no is${codeSet.prefix}ErrorBody`);
      return guard;
    };
    for (const codeSet of codeSets) {
      const integer = Object.values(codeSet.entries).some(
        (variants) => typeof variants?.[0]?.code === 'number',
      );
      const unknownCode = integer ? 99_999_999 : 'NoSuchCode.FromBenchmark';
      let index = 0;
      for (const variants of Object.values(codeSet.entries)) {
        if (variants === undefined) continue;
        variants.forEach((entry, variant) => {
          lookups.push(
            variants.length > 1 && entry.message !== undefined
              ? { vendor, code: entry.code, message: entry.message }
              : { vendor, code: entry.code },
          );
          const { status, body } = pkg.errorResponse(vendor, entry.code, { variant });
          responses.push({ vendor, status, body, guard: guardOf(codeSet) });
          // One in eight: the same body with a code the vendor does not document.
          if (index % 8 === 0) {
            const json = JSON.stringify(body).replace(
              `:${JSON.stringify(entry.code)}`,
              `:${JSON.stringify(unknownCode)}`,
            );
            responses.push({ vendor, status, body: JSON.parse(json), guard: guardOf(codeSet) });
            lookups.push({ vendor, code: unknownCode });
          }
          index += 1;
        });
      }
      for (const key of ['constructor', '__proto__', 'toString'])
        lookups.push({ vendor, code: key });
    }
    const guard = guardOf(codeSets[0]!);
    // Success and non-error answers of every envelope, and a gateway's error page.
    for (const [status, body] of [
      [200, { Response: { RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' } }],
      [200, { Data: { RetCode: 0, RetMsg: 'success' }, RequestId: '36d7f12e' }],
      [200, {}],
      [204, null],
      [200, 'not json'],
      [502, '<html><body>502 Bad Gateway</body></html>'],
    ] as const) {
      responses.push({ vendor, status, body, guard });
    }
  }
  return { lookups, responses };
}

/** Calls per second of `call` over `inputs`, median of `samples` timed passes of at least `minMs` each. */
function opsPerSecond<T>(
  inputs: readonly T[],
  call: (input: T) => unknown,
  samples = 5,
  minMs = 100,
): number {
  let sink = 0;
  const pass = (): void => {
    for (const input of inputs) if (call(input) !== undefined) sink += 1;
  };
  pass();
  pass();
  const rates: number[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      pass();
      calls += inputs.length;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    rates.push(calls / (elapsed / 1000));
  }
  // The sink keeps the calls from being optimised away.
  if (sink === -1) console.log(sink);
  return median(rates);
}

interface Measured {
  readonly label: string;
  readonly codes: number;
  readonly lookup: number;
  readonly baseline: number;
  readonly guard: number;
  readonly parse: number;
}

function measure(label: string, pkg: PackageModule): Measured {
  const { lookups, responses } = mixedInputs(pkg);
  const lists = new Map(pkg.VENDORS.map((vendor) => [vendor, pkg.listErrors(vendor)]));
  const lookupSample = spread(lookups);
  const responseSample = spread(responses);
  const codes = pkg.VENDORS.reduce(
    (sum, vendor) =>
      sum +
      pkg.CODE_SETS[vendor]!.reduce((n, codeSet) => n + Object.keys(codeSet.entries).length, 0),
    0,
  );
  return {
    label,
    codes,
    lookup: opsPerSecond(lookupSample, (input) =>
      pkg.lookupError(input.vendor, input.code, input.message),
    ),
    // The naive way: scan the vendor's list of every documented entry.
    baseline: opsPerSecond(lookupSample, (input) =>
      lists.get(input.vendor)!.find((entry) => entry.code === input.code),
    ),
    guard: opsPerSecond(responseSample, (input) => (input.guard(input.body) ? true : undefined)),
    parse: opsPerSecond(
      responseSample,
      (input) => pkg.parseErrorResponse(input.vendor, input.status, input.body) ?? undefined,
    ),
  };
}

/** The package's src/ emitted from synthetic tables, unformatted (prettier does not change behaviour), loaded through tsx. */
async function emittedPackage(
  syntheticRoot: string,
  workDir: string,
  scale: number,
): Promise<PackageModule> {
  const model = await requireModel(path.join(syntheticRoot, 'tables'));
  const dir = path.join(workDir, `runtime-${scale}x`);
  await mkdir(dir, { recursive: true });
  // As the package itself is: ESM. Without this tsx loads it as CommonJS, and every imported name
  // becomes a getter call that the committed dist/esm row does not pay.
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  for (const file of emitPackage(model)) {
    if (!file.path.startsWith('src/')) continue;
    await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
    await writeFile(path.join(dir, file.path), unformattedText(file));
  }
  return (await import(pathToFileURL(path.join(dir, 'src', 'index.ts')).href)) as PackageModule;
}

const perSecond = (value: number): string => `${(value / 1e6).toFixed(2)} M/s`;
const nanoseconds = (opsPerSec: number): string => `${(1e9 / opsPerSec).toFixed(0)} ns`;

export async function benchRuntimeSpeed(
  workDir: string,
  built: BuiltPackage,
  syntheticRoots: ReadonlyMap<number, SyntheticRoot>,
): Promise<{ report: SectionReport; targets: readonly TargetCheck[] }> {
  const committed = measure(
    'committed (dist/esm)',
    (await import(
      pathToFileURL(path.join(built.dir, 'dist', 'esm', 'index.js')).href
    )) as PackageModule,
  );
  const headline = markdownTable(
    [
      'call (committed package, dist/esm)',
      'calls/s',
      'per call',
      'vs linear search over listErrors()',
    ],
    [
      [
        'lookupError(vendor, code, message?)',
        perSecond(committed.lookup),
        nanoseconds(committed.lookup),
        ratio(committed.lookup / committed.baseline),
      ],
      ['is<Prefix>ErrorBody(body)', perSecond(committed.guard), nanoseconds(committed.guard), ''],
      [
        'parseErrorResponse(vendor, status, body)',
        perSecond(committed.parse),
        nanoseconds(committed.parse),
        '',
      ],
      [
        'baseline: listErrors(vendor).find(code)',
        perSecond(committed.baseline),
        nanoseconds(committed.baseline),
        '1x',
      ],
    ],
  );

  const scaled: Measured[] = [];
  for (const [scale, root] of [...syntheticRoots].sort((a, b) => a[0] - b[0])) {
    scaled.push(measure(`synthetic ${scale}x`, await emittedPackage(root.dir, workDir, scale)));
  }
  const bySize = markdownTable(
    [
      'tables',
      'codes',
      'lookupError',
      'baseline (linear)',
      'is<Prefix>ErrorBody',
      'parseErrorResponse',
    ],
    [committed, ...scaled].map((row) => [
      row.label,
      count(row.codes),
      nanoseconds(row.lookup),
      nanoseconds(row.baseline),
      nanoseconds(row.guard),
      nanoseconds(row.parse),
    ]),
  );

  const small = scaled[0];
  const large = scaled[scaled.length - 1];
  const growth = (pick: (row: Measured) => number): number =>
    small && large ? pick(small) / pick(large) : Number.NaN;
  const targets: TargetCheck[] = [
    {
      target: 'lookupError >= 5 million lookups/s',
      measured: perSecond(committed.lookup),
      met: committed.lookup >= 5e6,
    },
  ];
  if (small && large && small !== large) {
    const rows = `${small.label} -> ${large.label}, ${ratio(large.codes / small.codes)} the codes`;
    targets.push({
      target: 'lookupError O(1): time per lookup flat in table size',
      measured: `${ratio(growth((row) => row.lookup))} per lookup (${rows})`,
      met: growth((row) => row.lookup) < 2,
    });
    targets.push({
      target: 'is<Prefix>ErrorBody O(1) as well',
      measured: `${ratio(growth((row) => row.guard))} per call`,
      met: growth((row) => row.guard) < 2,
    });
  }
  return {
    report: {
      title: '5. Runtime',
      tables: [headline, bySize],
      notes: [
        `Inputs: every documented variant of every vendor (code, plus its message where a code has several), bodies from errorResponse() of each, one in eight again with an undocumented code, prototype keys, and success / non-JSON / gateway bodies; at most ${count(SAMPLE)} of each kind spread evenly, so every size does the same work per pass. Median of 5 passes of >= 100 ms.`,
        'Synthetic rows: src/ emitted from the synthetic tables (unformatted) and loaded through tsx; the committed row is the built dist/esm.',
      ],
    },
    targets,
  };
}
