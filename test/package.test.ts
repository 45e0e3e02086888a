// generated/ as a published package: a copy of it alone installs its dev dependencies, builds and packs; the tarball installs into a consumer, type-checks with TypeScript 5.9 and 7, runs as ESM and CJS, lints clean, tree-shakes, and its CLI answers from an empty folder.

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../generator/load-model.js';
import type { EntryNode, EntrySourceNode, PackageModel } from '../generator/model/model.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const GENERATED = join(ROOT, 'generated');
const CONSUMER = join(ROOT, 'test/consumer');
const BIN = join(ROOT, 'node_modules/.bin');
const COMPILERS = {
  'TypeScript 5.9': join(ROOT, 'node_modules/typescript/bin/tsc'),
  'TypeScript 7': join(ROOT, 'node_modules/typescript-7/bin/tsc'),
} as const;
/** A vendor's guards, bundled and minified, must stay small: they carry the codes, not the descriptions. */
const GUARD_GZIP_LIMIT = 3 * 1024;

interface PackageJson {
  readonly name: string;
  readonly exports: Readonly<Record<string, unknown>>;
}

function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** A command's output, for an assertion message that says what went wrong. */
const output = (result: SpawnSyncReturns<string>): string =>
  `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;

/** The `ts` code blocks of a markdown document. */
const tsBlocks = (markdown: string): string[] =>
  [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');

/** What a copy of generated/ leaves out: what a build or an install there writes. */
const NOT_PACKAGE_SOURCE = new Set(['node_modules', 'dist', 'package-lock.json']);

/** PATH without the workspace's node_modules/.bin, to prove the build finds tsc by itself. */
const pathWithoutWorkspaceBin = (): string =>
  (process.env.PATH ?? '')
    .split(':')
    .filter((entry) => !entry.startsWith(join(ROOT, 'node_modules')))
    .join(':');

const hasGenerated = existsSync(join(GENERATED, 'package.json'));

describe.skipIf(!hasGenerated)('generated/ as a package', () => {
  let work = '';
  let standalone = '';
  let tarball = '';
  let consumer = '';
  let packageJson: PackageJson;
  let vendors: string[] = [];

  beforeAll(() => {
    packageJson = JSON.parse(readFileSync(join(GENERATED, 'package.json'), 'utf8')) as PackageJson;
    vendors = Object.keys(packageJson.exports)
      .filter((subpath) => subpath !== '.' && subpath !== './package.json')
      .map((subpath) => subpath.slice(2));
    work = mkdtempSync(join(tmpdir(), 'cloud-error-codes-package-'));

    // The package builds on its own: a copy of generated/ outside the workspace, so that no tsc
    // and no @types of the workspace is in reach, installs its devDependencies from the registry
    // (or npm's cache), builds and packs, as `cd generated && npm install && npm run build && npm pack`.
    standalone = join(work, 'standalone');
    cpSync(GENERATED, standalone, {
      recursive: true,
      filter: (source) =>
        source === GENERATED || !NOT_PACKAGE_SOURCE.has(source.slice(GENERATED.length + 1)),
    });
    const alone = { ...process.env, PATH: pathWithoutWorkspaceBin() };
    const installedDev = run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline'],
      standalone,
      alone,
    );
    if (installedDev.status !== 0)
      throw new Error(`npm install in a copy of generated/ failed:\n${output(installedDev)}`);
    const built = run('npm', ['run', 'build'], standalone, alone);
    if (built.status !== 0)
      throw new Error(`npm run build in a copy of generated/ failed:\n${output(built)}`);

    const packed = run('npm', ['pack', '--json', '--pack-destination', work], standalone, alone);
    if (packed.status !== 0) throw new Error(`npm pack failed:\n${output(packed)}`);
    const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
    tarball = join(work, filename);

    consumer = join(work, 'consumer');
    mkdirSync(consumer);
    for (const name of readdirSync(CONSUMER)) {
      if (name !== 'node_modules' && name !== 'package-lock.json')
        copyFileSync(join(CONSUMER, name), join(consumer, name));
    }
    // The README's examples are compiled as a consumer's own modules.
    tsBlocks(readFileSync(join(GENERATED, 'README.md'), 'utf8')).forEach((code, index) => {
      writeFileSync(join(consumer, `readme-example-${index + 1}.ts`), code);
    });
    const manifest = JSON.parse(readFileSync(join(consumer, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    manifest.dependencies[packageJson.name] = `file:${tarball}`;
    writeFileSync(join(consumer, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const installed = run('npm', ['install', '--no-audit', '--no-fund', '--offline'], consumer);
    if (installed.status !== 0)
      throw new Error(`npm install of the tarball failed:\n${output(installed)}`);
    // The README's service examples retry with p-retry: the consumer has the workspace's copy.
    symlinkSync(join(ROOT, 'node_modules/p-retry'), join(consumer, 'node_modules/p-retry'), 'dir');
  });

  afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  it('builds ESM and CJS with declarations, and marks dist/cjs as CommonJS', () => {
    for (const format of ['esm', 'cjs']) {
      for (const entry of ['index', ...vendors.map((vendor) => `${vendor}/index`)]) {
        expect(
          existsSync(join(standalone, 'dist', format, `${entry}.js`)),
          `${format}/${entry}.js`,
        ).toBe(true);
        expect(
          existsSync(join(standalone, 'dist', format, `${entry}.d.ts`)),
          `${format}/${entry}.d.ts`,
        ).toBe(true);
      }
    }
    expect(JSON.parse(readFileSync(join(standalone, 'dist/cjs/package.json'), 'utf8'))).toEqual({
      type: 'commonjs',
    });
    expect(readFileSync(join(standalone, 'dist/cjs/index.js'), 'utf8')).toMatch(
      /require\("\.\/registry\.js"\)/,
    );
    expect(readFileSync(join(standalone, 'dist/esm/index.js'), 'utf8')).toMatch(
      /from '\.\/registry\.js'/,
    );
  });

  it("exports each vendor of the tables as a subpath, in the manifest's order", async () => {
    const loaded = await loadModel(join(ROOT, 'tables'));
    if (!loaded.ok) throw new Error(`${loaded.problems.length} table problems`);
    expect(vendors).toEqual(loaded.model.vendors.map((vendor) => vendor.id));
  });

  it('builds with the dev dependencies it declares, at the versions the workspace tests', () => {
    const own = JSON.parse(readFileSync(join(GENERATED, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const workspace = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(own.devDependencies)).toContain('typescript');
    for (const [name, range] of Object.entries(own.devDependencies))
      expect(range, name).toBe(workspace.devDependencies[name]);
    expect(existsSync(join(standalone, 'node_modules/typescript/package.json'))).toBe(true);
  });

  it('packs dist, src, docs, the README, the CHANGELOG and the LICENSE, and nothing of the build setup', () => {
    const listed = run('tar', ['-tzf', tarball], work);
    const files = listed.stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/README.md');
    expect(files).toContain('package/CHANGELOG.md');
    expect(files).toContain('package/LICENSE');
    expect(files).toContain('package/dist/esm/cli.js');
    expect(files).toContain('package/dist/cjs/package.json');
    expect(files).toContain('package/src/entry.ts');
    expect(files.some((file) => file.startsWith('package/docs/'))).toBe(true);
    expect(files.filter((file) => /tsconfig|node_modules|package-lock|\.tgz$/.test(file))).toEqual(
      [],
    );
  });

  it('names its license, and cites no file of this repository in its docs', () => {
    const manifest = JSON.parse(readFileSync(join(GENERATED, 'package.json'), 'utf8')) as {
      license?: string;
      description?: string;
      keywords?: string[];
    };
    expect(manifest.license).toBe('MIT');
    expect(readFileSync(join(GENERATED, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(manifest.description).toMatch(/\S/);
    expect(manifest.keywords?.length).toBeGreaterThan(0);
    for (const name of [
      'README.md',
      ...readdirSync(join(GENERATED, 'docs')).map((doc) => `docs/${doc}`),
    ]) {
      // The first line is the generated-file header, which names the tables it comes from.
      const body = readFileSync(join(GENERATED, name), 'utf8').split('\n').slice(1).join('\n');
      expect(body, name).not.toMatch(/tables\/|\.csv\b|sources\/[\w-]+\.txt/);
    }
  });

  it.each(Object.entries(COMPILERS))('type-checks the consumer with %s', (_name, tsc) => {
    const checked = run(process.execPath, [tsc, '-p', join(consumer, 'tsconfig.json')], consumer);
    expect(output(checked)).toBe('');
    expect(checked.status).toBe(0);
  });

  it('puts every README example into the type-checked consumer', () => {
    const blocks = tsBlocks(readFileSync(join(GENERATED, 'README.md'), 'utf8')).length;
    expect(blocks).toBeGreaterThan(0);
    expect(readdirSync(consumer).filter((name) => name.startsWith('readme-example-')).length).toBe(
      blocks,
    );
  });

  it("type-checks one vendor's subpath without loading another vendor's declarations", () => {
    const declarations = (listed: string): string[] =>
      listed.split('\n').filter((file) => file.includes(`node_modules/${packageJson.name}/`));
    for (const vendor of vendors) {
      const entry = `only-${vendor}.ts`;
      writeFileSync(
        join(consumer, entry),
        `import * as only from '${packageJson.name}/${vendor}';\nexport const used = only;\n`,
      );
      const checked = run(
        process.execPath,
        [
          COMPILERS['TypeScript 5.9'],
          '--noEmit',
          '--listFiles',
          '--strict',
          '--module',
          'nodenext',
          '--lib',
          'es2022,dom',
          entry,
        ],
        consumer,
      );
      expect(checked.status, output(checked)).toBe(0);
      const loaded = declarations(checked.stdout);
      expect(loaded.some((file) => file.includes(`/${vendor}/`))).toBe(true);
      for (const other of vendors.filter((name) => name !== vendor))
        expect(
          loaded.filter((file) => file.includes(`/${other}/`)),
          `${vendor} loads ${other}`,
        ).toEqual([]);
      expect(loaded.filter((file) => file.endsWith('/registry.d.ts'))).toEqual([]);
    }
  });

  it.each([
    { file: 'esm-lookup.mjs', want: 'esm ok' },
    { file: 'cjs-lookup.cjs', want: 'cjs ok' },
    { file: 'dual-build.mjs', want: 'dual ok' },
  ])('runs $file with node', ({ file, want }) => {
    const ran = run(process.execPath, [file], consumer);
    expect(output(ran).trim()).toBe(want);
    expect(ran.status).toBe(0);
  });

  it('passes publint on the tarball, warnings included', () => {
    const linted = run(join(BIN, 'publint'), ['run', tarball, '--strict'], work);
    expect(output(linted)).toContain('All good!');
    expect(linted.status).toBe(0);
  });

  it('passes @arethetypeswrong/cli on the tarball under every resolution, node10 included', () => {
    const checked = run(join(BIN, 'attw'), [tarball, '--format', 'json'], work);
    const report = JSON.parse(checked.stdout) as { problems?: Record<string, unknown[]> };
    expect(Object.values(report.problems ?? {}).flat()).toEqual([]);
    expect(checked.status).toBe(0);
  });

  it("tree-shakes a vendor's guards down to its code list", async () => {
    for (const vendor of vendors) {
      const module = (await import(
        join(consumer, 'node_modules', packageJson.name, 'dist/esm', vendor, 'guards.js')
      )) as Record<string, unknown>;
      const guards = Object.keys(module).filter((name) => name.startsWith('is'));
      const entry = join(consumer, `guards-${vendor}.mjs`);
      writeFileSync(
        entry,
        `import { ${guards.join(', ')} } from '${packageJson.name}/${vendor}';\nconsole.log(${guards.join(', ')});\n`,
      );
      const bundled = await build({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        format: 'esm',
        write: false,
        absWorkingDir: consumer,
        logLevel: 'silent',
      });
      const text = bundled.outputFiles[0]?.text ?? '';
      expect(text, `${vendor}: the entries map is left out`).not.toMatch(/description|retryable/);
      expect(gzipSync(text).length, `${vendor}: gzip size of the guards`).toBeLessThan(
        GUARD_GZIP_LIMIT,
      );
    }
  });
  describe('the lookup CLI, installed from the tarball into an empty folder', () => {
    let folder = '';
    let model: PackageModel;

    /** The bin npm linked for the package, run as a program (its shebang and mode). */
    const cli = (...args: string[]): SpawnSyncReturns<string> =>
      run(join(folder, 'node_modules', '.bin', packageJson.name), args, folder);

    interface Match {
      readonly vendor: string;
      readonly code: string | number;
      readonly name: string;
      readonly httpStatus: number | null;
      readonly category: string;
      readonly retryable: boolean;
      readonly message: string | null;
      readonly description: { readonly zh: string | null; readonly en: string | null };
      readonly document: Cited;
      readonly documents: readonly Cited[];
    }

    interface Cited {
      readonly product: string | null;
      readonly title: string;
      readonly section: string;
      readonly url: string | null;
    }

    const json = (result: SpawnSyncReturns<string>): Match[] =>
      JSON.parse(result.stdout) as Match[];
    const entries = (): EntryNode[] =>
      model.vendors.flatMap((vendor) =>
        vendor.codeSets.flatMap((codeSet) => codeSet.codes.flatMap((code) => code.variants)),
      );
    /** A document that records an entry, as --json cites it, from the model's sources. */
    const cited = (entry: EntryNode, cite: EntrySourceNode): Cited => {
      const source = model.vendors
        .find((vendor) => vendor.id === entry.vendor)
        ?.sources.find(
          (candidate) => candidate.document === cite.document && candidate.section === cite.section,
        );
      return {
        product: source?.product ?? null,
        title: cite.document,
        section: cite.section,
        url: source?.url ?? null,
      };
    };
    /** What --json must print for an entry, from the model the package is generated from. */
    const want = (entry: EntryNode): Match => ({
      vendor: entry.vendor,
      code: entry.code,
      name: entry.name,
      httpStatus: entry.httpStatus ?? null,
      category: entry.category,
      retryable: entry.retryable,
      message: entry.message ?? null,
      description: { zh: entry.description.zh ?? null, en: entry.description.en ?? null },
      document: cited(entry, entry.source),
      documents: entry.sources.map((source) => cited(entry, source)),
    });
    const sorted = (matches: readonly Match[]): Match[] =>
      [...matches].sort((a, b) =>
        JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0,
      );

    beforeAll(async () => {
      const loaded = await loadModel(join(ROOT, 'tables'));
      if (!loaded.ok)
        throw new Error(`the committed tables do not validate: ${loaded.problems.length} problems`);
      model = loaded.model;
      folder = join(work, 'empty-folder');
      mkdirSync(folder);
      const installed = run(
        'npm',
        ['install', '--no-audit', '--no-fund', '--offline', tarball],
        folder,
      );
      if (installed.status !== 0)
        throw new Error(`npm install of the tarball failed:\n${output(installed)}`);
    });

    it('runs as `npx cloud-error-codes`, offline: the package brings its own bin', () => {
      const integer = entries().find((entry) => typeof entry.code === 'number');
      const viaNpx = run(
        'npx',
        ['--offline', '--no-install', packageJson.name, String(integer?.code)],
        folder,
      );
      expect(output(viaNpx)).toContain(`${integer?.vendor} ${String(integer?.code)}\n`);
      expect(viaNpx.status).toBe(0);
    });

    it('finds an integer code in every vendor that documents it, with every variant', () => {
      const integer = entries().find((entry) => typeof entry.code === 'number');
      expect(integer, 'the tables have an integer code').toBeDefined();
      const code = String(integer?.code);
      const expected = entries().filter((entry) => String(entry.code) === code);
      expect(sorted(json(cli(code, '--json')))).toEqual(sorted(expected.map(want)));

      const shown = cli(code);
      expect(shown.status).toBe(0);
      for (const entry of expected) {
        expect(shown.stdout).toContain(`${entry.vendor} ${code}\n`);
        expect(shown.stdout).toContain(`name:        ${entry.name}`);
      }
      for (const label of ['HTTP status:', 'category:', 'retryable:', 'document:'])
        expect(shown.stdout).toContain(label);
    });

    it('finds a string code and an enum member name exactly, and an alias as its code', () => {
      const dotted = entries().find(
        (entry) => typeof entry.code === 'string' && entry.code.includes('.'),
      );
      expect(dotted, 'the tables have a dotted string code').toBeDefined();
      const byCode = entries().filter((entry) => entry.code === dotted?.code);
      expect(sorted(json(cli(String(dotted?.code), '--json')))).toEqual(sorted(byCode.map(want)));

      const named = entries().filter((entry) => entry.name === dotted?.name);
      expect(sorted(json(cli(String(dotted?.name), '--json')))).toEqual(sorted(named.map(want)));

      for (const vendor of model.vendors) {
        for (const alias of vendor.aliases) {
          const target = entries().filter(
            (entry) => entry.vendor === vendor.id && entry.code === alias.code,
          );
          expect(json(cli('--vendor', vendor.id, alias.alias, '--json'))).toEqual(target.map(want));
        }
      }
    });

    it('searches words in the descriptions of one vendor, both languages, case-insensitively', () => {
      for (const language of ['zh', 'en'] as const) {
        const described = entries().find(
          (entry) => (entry.description[language]?.length ?? 0) >= 4,
        );
        if (described === undefined) continue;
        const word = described.description[language]!.slice(0, 2).toUpperCase();
        const found = json(cli('--vendor', described.vendor, word, '--json'));
        expect(found).toContainEqual(want(described));
        for (const match of found) {
          expect(match.vendor).toBe(described.vendor);
          const text = [
            match.code,
            match.name,
            match.message,
            match.description.zh,
            match.description.en,
          ]
            .join('\n')
            .toLowerCase();
          expect(text).toContain(word.toLowerCase());
        }
        const shown = cli('--vendor', described.vendor, word);
        expect(shown.status).toBe(0);
        expect(shown.stdout).toContain(`${described.vendor} ${String(described.code)}\n`);
      }
    });

    it('cites the document: product, title, section, and the address or that it is not known', () => {
      for (const vendor of model.vendors) {
        const [first] = vendor.codeSets[0]?.codes ?? [];
        if (first === undefined) continue;
        const shown = cli('--vendor', vendor.id, String(first.code));
        const source = vendor.sources.find(
          (candidate) => candidate.section === first.variants[0].source.section,
        );
        expect(shown.stdout).toContain(
          `document:    ${source?.product}, ${first.variants[0].source.document} › ${first.variants[0].source.section}, ${source?.url ?? 'address not known'}`,
        );
      }
    });

    it('cites every document that lists a code: the page, then each code list', () => {
      const listedTwice = entries().find((entry) => entry.sources.length > 1);
      expect(listedTwice, 'the tables have a code on a page and a code list').toBeDefined();
      if (listedTwice === undefined) return;
      const line = (source: Cited): string => {
        const where = `${source.title} › ${source.section}`;
        return source.product === null
          ? where
          : [source.product, where, source.url ?? 'address not known'].join(', ');
      };
      const [first, ...others] = want(listedTwice).documents;
      expect(others.length).toBeGreaterThan(0);
      const shown = cli('--vendor', listedTwice.vendor, String(listedTwice.code)).stdout;
      expect(shown).toContain(`document:    ${line(first!)}`);
      for (const other of others) expect(shown).toContain(`also in:     ${line(other)}`);
      expect(
        json(cli('--vendor', listedTwice.vendor, String(listedTwice.code), '--json')),
      ).toContainEqual(want(listedTwice));
    });

    it('exits 1 when nothing matches, printing [] with --json', () => {
      const none = cli('no-such-error-code-anywhere');
      expect(none.status).toBe(1);
      expect(none.stdout).toBe('');
      expect(none.stderr).toContain('no documented error matches "no-such-error-code-anywhere"');
      const noneJson = cli('--json', 'no-such-error-code-anywhere');
      expect(noneJson.status).toBe(1);
      expect(JSON.parse(noneJson.stdout)).toEqual([]);
    });

    /** The code sets of the model, each with the vendor's envelope and codes. */
    const codeSets = () => model.vendors.flatMap((vendor) => vendor.codeSets);
    /** What the package's errorResponse() gives for a code, run from the installed tarball. */
    const errorResponseOf = (
      vendor: string,
      code: string | number,
    ): { status: number; body: unknown } => {
      const script = `import('${packageJson.name}').then((m) => process.stdout.write(JSON.stringify(m.errorResponse(${JSON.stringify(vendor)}, ${JSON.stringify(code)}))))`;
      const result = run(process.execPath, ['-e', script], folder);
      if (result.status !== 0) throw new Error(`errorResponse failed:\n${output(result)}`);
      return JSON.parse(result.stdout) as { status: number; body: unknown };
    };
    /** The entries of a code at the vendors given, every variant. */
    const variantsAt = (vendors: readonly string[], code: string | number): EntryNode[] =>
      entries().filter((entry) => vendors.includes(entry.vendor) && entry.code === code);
    const vendorsWithEnvelope = (envelope: string): string[] => [
      ...new Set(
        codeSets()
          .filter((set) => set.envelope === envelope)
          .map((set) => set.vendor),
      ),
    ];

    describe('finds the code in what on-call engineers paste', () => {
      const dotted = () =>
        entries().find(
          (entry) => typeof entry.code === 'string' && /^[A-Z]\w*\.[A-Z]\w*$/.test(entry.code),
        )!;
      const everyVendor = () => model.vendors.map((vendor) => vendor.id);

      it.each([
        [
          'a logfmt line',
          (code: string) => `2026-12-05T08:00:00Z level=error code=${code} msg="call failed"`,
        ],
        ['a colon field', (code: string) => `upload failed. Code: ${code}`],
        [
          'a Go SDK error',
          (code: string) =>
            `[TencentCloudSDKError] Code=${code}, Message=The request failed, RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6`,
        ],
        [
          'a Python SDK error',
          (code: string) =>
            `[TencentCloudSDKException] code:${code} message:failed requestId:ed93f3cb`,
        ],
        [
          'a coloured log line',
          (code: string) => `\u001b[31mERROR\u001b[0m code=\u001b[1m${code}\u001b[0m`,
        ],
      ])('%s', (_kind, line) => {
        const entry = dotted();
        const found = json(cli(line(String(entry.code)), '--json'));
        expect(sorted(found)).toEqual(sorted(variantsAt(everyVendor(), entry.code).map(want)));
        const shown = cli(line(String(entry.code)));
        expect(shown.status).toBe(0);
        expect(shown.stdout).toContain(`${entry.vendor} ${String(entry.code)}\n`);
      });

      it('a JSON field of an integer code, as logs quote Kingsoft v1: "RetCode": 8201', () => {
        const integerSet = codeSets().find((set) => set.codeType === 'integer')!;
        const code = integerSet.codes[0]!.code;
        for (const line of [`"RetCode": ${code}`, `code: ${code}`, `{"code": ${code}}`]) {
          const found = json(cli(line, '--json'));
          expect(found, line).toContainEqual(want(integerSet.codes[0]!.variants[0]));
        }
      });

      it("each code set's error body as errorResponse() gives it: the code at the vendors of its envelope", () => {
        for (const codeSet of codeSets()) {
          const { code } = codeSet.codes[0]!;
          const { body } = errorResponseOf(codeSet.vendor, code);
          const vendors = vendorsWithEnvelope(codeSet.envelope);
          const expected = variantsAt(vendors, code).map(want);
          for (const pasted of [
            JSON.stringify(body),
            JSON.stringify(body, null, 2),
            `ERROR request failed: ${JSON.stringify(body)}`,
          ]) {
            expect(sorted(json(cli(pasted, '--json'))), pasted).toEqual(sorted(expected));
          }
          // From standard input too, as `pbpaste | npx cloud-error-codes -`.
          const piped = spawnSync(
            join(folder, 'node_modules', '.bin', packageJson.name),
            ['-', '--json'],
            {
              cwd: folder,
              input: `${JSON.stringify(body, null, 2)}\n`,
              encoding: 'utf8',
            },
          );
          expect(sorted(JSON.parse(piped.stdout) as Match[])).toEqual(sorted(expected));
        }
      });

      it('a message that fills a template, as errorResponse() fills it, whatever its quotes', () => {
        const templated = entries().filter(
          (entry) => entry.message !== undefined && /%s|x{3,}/.test(entry.message),
        );
        expect(templated.length, 'the tables have template messages').toBeGreaterThan(0);
        for (const vendor of model.vendors) {
          const entry = templated.find((candidate) => candidate.vendor === vendor.id);
          if (entry === undefined) continue;
          const { body } = errorResponseOf(entry.vendor, entry.code);
          const message = /"(?:Message|message|msg|RetMsg)":"((?:[^"\\]|\\.)*)"/.exec(
            JSON.stringify(body),
          )?.[1];
          expect(message).toBeDefined();
          const filled = JSON.parse(`"${message!}"`) as string;
          const found = cli('--vendor', entry.vendor, filled, '--json');
          expect(found.status, filled).toBe(0);
          expect(json(found)).toContainEqual(want(entry));
          const straight = filled.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
          const curly = filled.replace(/"([^"]*)"/g, '“$1”');
          for (const text of [straight, curly])
            expect(json(cli('--vendor', entry.vendor, text, '--json')), text).toContainEqual(
              want(entry),
            );
        }
      });

      it('prints --version as package.json has it', () => {
        const version = JSON.parse(readFileSync(join(GENERATED, 'package.json'), 'utf8')) as {
          version: string;
        };
        const shown = cli('--version');
        expect(shown).toMatchObject({ status: 0, stdout: `${version.version}\n`, stderr: '' });
      });

      it('never writes a control character of the input to the terminal raw', () => {
        const entry = dotted();
        const retitle = '\u001b]0;pwned\u0007';
        const csi = '\u009b2J';
        for (const args of [
          [`code=${String(entry.code)} ${retitle}${csi}`],
          [`${retitle}${csi}no-such-error-code`],
          ['--vendor', `x${retitle}`, 'code'],
          [`--bogus${retitle}`],
        ]) {
          const shown = cli(...args);
          expect(shown.stdout + shown.stderr).not.toMatch(
            // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters in the output
            /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/,
          );
        }
        expect(cli(`${retitle}${csi}no-such-error-code`).stderr).toContain(
          'no documented error matches "\\x1b]0;pwned\\x07\\x9b2Jno-such-error-code"',
        );
      });
    });

    it.each([
      { args: [], says: 'nothing to look up' },
      { args: ['--bogus', 'x'], says: "Unknown option '--bogus'" },
      { args: ['--vendor', 'aws', 'AccessDenied'], says: 'unknown vendor "aws"' },
      { args: ['--vendor'], says: "Option '--vendor <value>' argument missing" },
    ])('exits 2 on bad usage: $args', ({ args, says }) => {
      const bad = cli(...args);
      expect(bad.status).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toContain(says);
      expect(bad.stderr).toContain("Try 'cloud-error-codes --help'.");
    });

    it('prints its usage with --help and -h, exit 0', () => {
      for (const flag of ['--help', '-h']) {
        const help = cli(flag);
        expect(help.status).toBe(0);
        expect(help.stdout).toMatch(/^Usage: cloud-error-codes /);
        for (const vendor of model.vendors) expect(help.stdout).toContain(vendor.id);
      }
    });
  });
});
