// Section 3: what the package adds to a consumer's type-check, under TypeScript 5.9 and 7.

import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseFunctionName, vendorErrorName, vendorSubpath } from '../generator/emit/lib/names.js';
import type { PackageModel, VendorNode } from '../generator/model/model.js';
import { linkPackage, type BuiltPackage } from './built-package.js';
import { count, median, ms } from './median.js';
import { markdownTable, type SectionReport, type TargetCheck } from './report.js';

const run = promisify(execFile);

const TARGET_ADDED_MS = 300;

/** `case` labels of every documented code of a vendor, as literals. */
const caseLabels = (vendor: VendorNode): string[] =>
  vendor.codeSets.flatMap((codeSet) =>
    codeSet.codes.map(
      (code) =>
        `    case ${JSON.stringify(code.code)}:\n      return ${JSON.stringify(code.name)};`,
    ),
  );

/**
 * A consumer module: for every vendor, parse a response with the vendor's subpath and switch over
 * every documented code, with an exhaustiveness check. With `withPackage` false the same switches
 * run over a local `{ known, code }` type and nothing is imported: the baseline.
 */
export function consumerSource(model: PackageModel, withPackage: boolean): string {
  const lines: string[] = [
    `// Consumer of cloud-error-codes${withPackage ? '' : ' (baseline: no import)'}, generated from the model.`,
  ];
  if (withPackage) {
    lines.push(`import { parseErrorResponse, type VendorError } from 'cloud-error-codes';`);
    for (const vendor of model.vendors) {
      lines.push(
        `import { ${parseFunctionName(vendor)}, type ${vendorErrorName(vendor)} } from 'cloud-error-codes/${vendorSubpath(vendor).slice(2)}';`,
      );
    }
  } else {
    lines.push(
      'interface LocalError {\n  readonly known: boolean;\n  readonly code: string | number;\n}',
    );
  }
  for (const vendor of model.vendors) {
    const errorType = withPackage ? vendorErrorName(vendor) : 'LocalError';
    lines.push(
      '',
      `export function describe${vendor.prefix}(error: ${errorType}): string {`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal of the emitted TypeScript
      '  if (!error.known) return `undocumented ${String(error.code)}`;',
      '  const code = error.code;',
      '  switch (code) {',
      ...caseLabels(vendor),
      '    default: {',
      withPackage
        ? '      const unreachable: never = code;\n      return unreachable;'
        : // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal of the emitted TypeScript
          '      return `other ${String(code)}`;',
      '    }',
      '  }',
      '}',
    );
  }
  lines.push(
    '',
    'export function describeAll(status: number, body: unknown): string[] {',
    '  const found: string[] = [];',
  );
  for (const vendor of model.vendors) {
    const parsed = withPackage
      ? `${parseFunctionName(vendor)}(status, body)`
      : `(body as LocalError | null)`;
    lines.push(
      `  {\n    const error = ${parsed};\n    if (error !== null) found.push(describe${vendor.prefix}(error));\n  }`,
    );
  }
  if (withPackage) {
    lines.push(
      "  const any: VendorError | null = parseErrorResponse('upyun', status, body);",
      '  if (any !== null && any.known) found.push(any.entry.name);',
    );
  }
  lines.push('  return found;', '}', '');
  return lines.join('\n');
}

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  files: ['consumer.ts'],
};

/** Writes a consumer project: package.json (ESM), tsconfig.json, consumer.ts, and the linked package. */
async function writeConsumer(dir: string, source: string, built: BuiltPackage): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module' })}\n`,
  );
  await writeFile(path.join(dir, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  await writeFile(path.join(dir, 'consumer.ts'), source);
  await linkPackage(dir, built);
}

interface Diagnostics {
  readonly checkMs: number;
  readonly totalMs: number;
  readonly types: number;
  readonly files: number;
  readonly memoryKb: number;
}

/** Reads `Check time: 0.52s`, `Types: 1234`, `Memory used: 123K` from --extendedDiagnostics output. */
function parseDiagnostics(output: string): Diagnostics {
  const field = (label: string): string | undefined =>
    new RegExp(`^${label}:\\s+(.+)$`, 'm').exec(output)?.[1]?.trim();
  const seconds = (label: string): number => {
    const value = field(label);
    if (value === undefined) return Number.NaN;
    return value.endsWith('ms') ? Number.parseFloat(value) : Number.parseFloat(value) * 1000;
  };
  const number = (label: string): number =>
    Number.parseInt((field(label) ?? 'NaN').replace(/[^0-9]/g, ''), 10);
  return {
    checkMs: seconds('Check time'),
    totalMs: seconds('Total time'),
    types: number('Types'),
    files: number('Files'),
    memoryKb: number('Memory used'),
  };
}

interface Compiler {
  readonly label: string;
  /** The tsc entry script, run with this Node. */
  readonly script: string;
}

async function typeCheck(compiler: Compiler, dir: string): Promise<Diagnostics> {
  const { stdout, stderr } = await run(
    process.execPath,
    [compiler.script, '-p', dir, '--extendedDiagnostics'],
    {
      cwd: dir,
      maxBuffer: 16 * 1024 * 1024,
    },
  ).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(
      `${compiler.label} found errors in ${dir}:\n${error.stdout ?? ''}${error.stderr ?? error.message}`,
    );
  });
  return parseDiagnostics(`${stdout}\n${stderr}`);
}

const medianDiagnostics = (samples: readonly Diagnostics[]): Diagnostics => ({
  checkMs: median(samples.map((sample) => sample.checkMs)),
  totalMs: median(samples.map((sample) => sample.totalMs)),
  types: median(samples.map((sample) => sample.types)),
  files: median(samples.map((sample) => sample.files)),
  memoryKb: median(samples.map((sample) => sample.memoryKb)),
});

export async function benchTypecheckCost(
  rootDir: string,
  workDir: string,
  model: PackageModel,
  built: BuiltPackage,
  runs: number,
): Promise<{ report: SectionReport; targets: readonly TargetCheck[] }> {
  const withDir = path.join(workDir, 'consumer-typecheck');
  const withoutDir = path.join(workDir, 'consumer-typecheck-baseline');
  await writeConsumer(withDir, consumerSource(model, true), built);
  await writeConsumer(withoutDir, consumerSource(model, false), built);
  const compilers: Compiler[] = [
    {
      label: 'TypeScript 5.9',
      script: path.join(rootDir, 'node_modules', 'typescript', 'bin', 'tsc'),
    },
    {
      label: 'TypeScript 7',
      script: path.join(rootDir, 'node_modules', 'typescript-7', 'bin', 'tsc'),
    },
  ];

  const rows: (string | number)[][] = [];
  const targets: TargetCheck[] = [];
  for (const compiler of compilers) {
    const samples = { with: [] as Diagnostics[], without: [] as Diagnostics[] };
    // Alternating, so load from elsewhere on the machine hits both alike.
    for (let index = 0; index < runs; index += 1) {
      samples.without.push(await typeCheck(compiler, withoutDir));
      samples.with.push(await typeCheck(compiler, withDir));
    }
    const withPackage = medianDiagnostics(samples.with);
    const baseline = medianDiagnostics(samples.without);
    const added = withPackage.checkMs - baseline.checkMs;
    for (const [label, diagnostics] of [
      ['consumer without the package', baseline],
      ['consumer importing every vendor', withPackage],
    ] as const) {
      rows.push([
        compiler.label,
        label,
        ms(diagnostics.checkMs),
        ms(diagnostics.totalMs),
        count(diagnostics.types),
        count(diagnostics.files),
        `${count(diagnostics.memoryKb / 1024)} MB`,
      ]);
    }
    rows.push([
      compiler.label,
      '**added by the package**',
      `**${ms(added)}**`,
      ms(withPackage.totalMs - baseline.totalMs),
      count(withPackage.types - baseline.types),
      '',
      '',
    ]);
    if (compiler.label === 'TypeScript 5.9') {
      targets.push({
        target: 'package adds < 300 ms check time (TS 5.9)',
        measured: ms(added),
        met: added < TARGET_ADDED_MS,
      });
    }
  }
  const codes = model.vendors.reduce(
    (sum, vendor) => sum + vendor.codeSets.reduce((n, codeSet) => n + codeSet.codes.length, 0),
    0,
  );
  return {
    report: {
      title: '3. Consumer type-check',
      tables: [
        markdownTable(
          ['compiler', 'project', 'check time', 'total time', 'types', 'files', 'memory'],
          rows,
        ),
      ],
      notes: [
        `consumer.ts imports every vendor subpath and switches over all ${codes} documented codes with an exhaustiveness check (generated from the model); the baseline has the same switches over a local type. \`tsc -p --extendedDiagnostics\`, skipLibCheck, medians of ${runs}.`,
      ],
    },
    targets,
  };
}
