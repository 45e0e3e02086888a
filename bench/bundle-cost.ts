// Section 4: minified and gzipped esbuild bundles of small consumers, and whether one vendor pulls in another's table.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import {
  bodyGuardName,
  codeGuardName,
  parseFunctionName,
  vendorSubpath,
} from '../generator/emit/lib/names.js';
import { sdkAdaptersOf } from '../generator/emit/lib/sdk-adapters.js';
import type { PackageModel, VendorNode } from '../generator/model/model.js';
import { linkPackage, type BuiltPackage } from './built-package.js';
import { count } from './median.js';
import { markdownTable, type SectionReport, type TargetCheck } from './report.js';

const TARGET_GUARD_GZIP = 3 * 1024;
/** A one-vendor service that turns its SDK's rejections into CloudApiError: the vendor's parser, entries included. */
const TARGET_ADAPTER_GZIP = 8 * 1024;
const ADAPTER_LABEL = '(c)';

/** One consumer module and what it is meant to pull in. */
interface Consumer {
  readonly label: string;
  readonly source: string;
  /** The vendor it imports alone; undefined for the all-vendor consumer. */
  readonly vendor?: VendorNode;
}

async function bundle(consumerDir: string, source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: consumerDir, loader: 'ts', sourcefile: 'consumer.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Codes of a vendor, each as the minified bundle would spell it (`"Code"` or `40400001`). */
const spelledCodes = (vendor: VendorNode): Set<string> =>
  new Set(
    vendor.codeSets.flatMap((codeSet) =>
      codeSet.codes.map((code) =>
        typeof code.code === 'number' ? String(code.code) : JSON.stringify(code.code),
      ),
    ),
  );

/** Names of a vendor's codes, quoted as a bundle holds them in its entries table. */
const quotedNames = (vendor: VendorNode): Set<string> =>
  new Set(
    vendor.codeSets.flatMap((codeSet) => codeSet.codes.map((code) => JSON.stringify(code.name))),
  );

/**
 * The codes of other vendors that the bundle contains, leaving out strings the vendor has itself
 * (Tencent Live and StreamLive share the common codes; Upyun names a code `PreconditionFailed`,
 * which is a Baidu code). Numbers under 8 digits (Kingsoft v1's 1000) are too common in
 * minified code to be evidence, so they are not searched.
 */
function foreignCodes(
  text: string,
  vendor: VendorNode,
  model: PackageModel,
): { searched: number; found: string[] } {
  const own = new Set([...spelledCodes(vendor), ...quotedNames(vendor)]);
  const candidates = new Set<string>();
  for (const other of model.vendors) {
    if (other.id === vendor.id) continue;
    for (const code of spelledCodes(other))
      if (!own.has(code) && (code.startsWith('"') || code.length >= 8)) candidates.add(code);
  }
  const found = [...candidates].filter((code) =>
    code.startsWith('"')
      ? text.includes(code)
      : new RegExp(`(?<![0-9.])${code}(?![0-9])`).test(text),
  );
  return { searched: candidates.size, found };
}

/** Does the bundle carry the vendor's own entries table? Names that are not codes, and messages, only occur there. */
function carriesEntries(text: string, vendor: VendorNode): boolean {
  const codes = spelledCodes(vendor);
  const messages = vendor.codeSets.flatMap((codeSet) =>
    codeSet.codes.flatMap((code) =>
      code.variants.flatMap((entry) =>
        entry.message !== undefined && entry.message.length >= 12
          ? [JSON.stringify(entry.message)]
          : [],
      ),
    ),
  );
  return [...[...quotedNames(vendor)].filter((name) => !codes.has(name)), ...messages].some(
    (literal) => text.includes(literal),
  );
}

export async function benchBundleCost(
  workDir: string,
  model: PackageModel,
  built: BuiltPackage,
): Promise<{ report: SectionReport; targets: readonly TargetCheck[] }> {
  const consumerDir = path.join(workDir, 'consumer-bundle');
  await mkdir(consumerDir, { recursive: true });
  await linkPackage(consumerDir, built);

  const subpath = (vendor: VendorNode): string =>
    `cloud-error-codes/${vendorSubpath(vendor).slice(2)}`;
  const guardOf = (vendor: VendorNode): string => codeGuardName(vendor.codeSets[0]!);
  const consumers: Consumer[] = [
    ...model.vendors.map((vendor) => ({
      label: `(a) \`${guardOf(vendor)}\` from '${subpath(vendor)}'`,
      source: `import { ${guardOf(vendor)} } from '${subpath(vendor)}';\nexport const check = (value: unknown): boolean => ${guardOf(vendor)}(value);\n`,
      vendor,
    })),
    ...model.vendors.map((vendor) => ({
      label: `\`${bodyGuardName(vendor.codeSets[0]!)}\` + \`${parseFunctionName(vendor)}\` from '${subpath(vendor)}'`,
      source: `import { ${bodyGuardName(vendor.codeSets[0]!)}, ${parseFunctionName(vendor)} } from '${subpath(vendor)}';\nexport const body = ${bodyGuardName(vendor.codeSets[0]!)};\nexport const parse = ${parseFunctionName(vendor)};\n`,
      vendor,
    })),
    ...model.vendors.flatMap((vendor) =>
      sdkAdaptersOf(vendor).map((adapter) => ({
        label: `${ADAPTER_LABEL} \`${adapter.name}\` + \`CloudApiError\` from '${subpath(vendor)}'`,
        source: `import { ${adapter.name}, CloudApiError } from '${subpath(vendor)}';\nexport const adapt = (err: unknown) => ${adapter.name}(err, { as: 'error' });\nexport const isError = (err: unknown) => err instanceof CloudApiError;\n`,
        vendor,
      })),
    ),
    {
      label: "(b) `parseErrorResponse` (any vendor) from 'cloud-error-codes'",
      source:
        "import { parseErrorResponse, type VendorId } from 'cloud-error-codes';\nexport const parse = (vendor: VendorId, status: number, body: unknown) => parseErrorResponse(vendor, status, body);\n",
    },
  ];

  const rows: (string | number)[][] = [];
  const guards: { vendor: VendorNode; gzipped: number; foreign: number }[] = [];
  const adapters: { label: string; gzipped: number; foreign: number }[] = [];
  for (const consumer of consumers) {
    const text = await bundle(consumerDir, consumer.source);
    const bytes = Buffer.byteLength(text);
    const gzipped = gzipSync(text).byteLength;
    let isolation = '';
    let entries = '';
    if (consumer.vendor !== undefined) {
      const foreign = foreignCodes(text, consumer.vendor, model);
      isolation =
        foreign.found.length === 0
          ? `no (0 of ${foreign.searched})`
          : `YES: ${foreign.found.slice(0, 3).join(', ')} (${foreign.found.length} of ${foreign.searched})`;
      entries = carriesEntries(text, consumer.vendor) ? 'yes' : 'no';
      if (consumer.label.startsWith('(a)'))
        guards.push({ vendor: consumer.vendor, gzipped, foreign: foreign.found.length });
      if (consumer.label.startsWith(ADAPTER_LABEL))
        adapters.push({ label: consumer.label, gzipped, foreign: foreign.found.length });
    }
    rows.push([consumer.label, `${count(bytes)} B`, `${count(gzipped)} B`, isolation, entries]);
  }
  const largest = guards.reduce((a, b) => (a.gzipped >= b.gzipped ? a : b));
  const leaking = guards.filter((guard) => guard.foreign > 0);
  const targets: TargetCheck[] = [
    {
      target: "(a) one vendor's code guard < 3 KB gzip",
      measured: `largest ${count(largest.gzipped)} B (${guardOf(largest.vendor)})`,
      met: largest.gzipped < TARGET_GUARD_GZIP,
    },
    {
      target: "(a) one vendor's guard pulls in no other vendor's table",
      measured:
        leaking.length === 0
          ? `none of ${guards.length} guards does`
          : `${leaking.map((guard) => guardOf(guard.vendor)).join(', ')} do`,
      met: leaking.length === 0,
    },
    ...adapters.map((adapter) => ({
      target: `${adapter.label}: < 8 KB gzip, no other vendor's codes`,
      measured: `${count(adapter.gzipped)} B, ${adapter.foreign === 0 ? 'no other vendor' : `${adapter.foreign} other vendors' codes`}`,
      met: adapter.gzipped < TARGET_ADAPTER_GZIP && adapter.foreign === 0,
    })),
  ];
  return {
    report: {
      title: '4. Bundle cost',
      tables: [
        markdownTable(
          [
            'consumer imports',
            'minified',
            'gzip',
            "other vendors' codes in bundle",
            'own entries table in bundle',
          ],
          rows,
        ),
      ],
      notes: [
        'esbuild --bundle --minify --format=esm --platform=neutral against the built package (dist/esm via the `import` condition); gzip is zlib.gzipSync at its default level. "Other vendors\' codes" searches the bundle for every code of the other vendors that this vendor does not document itself (string codes quoted, numeric codes of 8 digits as whole numbers).',
      ],
    },
    targets,
  };
}
