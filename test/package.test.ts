// generated/ as a published package: it builds, packs, installs into a consumer, type-checks with TypeScript 5.9 and 7, runs as ESM and CJS, lints clean and tree-shakes.

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

/** PATH without the workspace's node_modules/.bin, to prove the build finds tsc by itself. */
const pathWithoutWorkspaceBin = (): string =>
  (process.env.PATH ?? '')
    .split(':')
    .filter((entry) => !entry.startsWith(join(ROOT, 'node_modules')))
    .join(':');

const hasGenerated = existsSync(join(GENERATED, 'package.json'));

describe.skipIf(!hasGenerated)('generated/ as a package', () => {
  let work = '';
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

    // The build must find tsc through npm's PATH (the parent project's node_modules/.bin), not ours.
    const built = run('npm', ['--prefix', 'generated', 'run', 'build'], ROOT, {
      ...process.env,
      PATH: pathWithoutWorkspaceBin(),
    });
    if (built.status !== 0)
      throw new Error(`npm --prefix generated run build failed:\n${output(built)}`);

    const packed = run('npm', ['pack', '--json', '--pack-destination', work], GENERATED);
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
    tsBlocks(readFileSync(join(GENERATED, 'README.md'), 'utf8')).forEach((code, index) =>
      writeFileSync(join(consumer, `readme-example-${index + 1}.ts`), code),
    );
    const manifest = JSON.parse(readFileSync(join(consumer, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    manifest.dependencies[packageJson.name] = `file:${tarball}`;
    writeFileSync(join(consumer, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const installed = run('npm', ['install', '--no-audit', '--no-fund', '--offline'], consumer);
    if (installed.status !== 0)
      throw new Error(`npm install of the tarball failed:\n${output(installed)}`);
  });

  afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  it('builds ESM and CJS with declarations, and marks dist/cjs as CommonJS', () => {
    for (const format of ['esm', 'cjs']) {
      for (const entry of ['index', ...vendors.map((vendor) => `${vendor}/index`)]) {
        expect(
          existsSync(join(GENERATED, 'dist', format, `${entry}.js`)),
          `${format}/${entry}.js`,
        ).toBe(true);
        expect(
          existsSync(join(GENERATED, 'dist', format, `${entry}.d.ts`)),
          `${format}/${entry}.d.ts`,
        ).toBe(true);
      }
    }
    expect(JSON.parse(readFileSync(join(GENERATED, 'dist/cjs/package.json'), 'utf8'))).toEqual({
      type: 'commonjs',
    });
    expect(readFileSync(join(GENERATED, 'dist/cjs/index.js'), 'utf8')).toMatch(
      /require\("\.\/registry\.js"\)/,
    );
    expect(readFileSync(join(GENERATED, 'dist/esm/index.js'), 'utf8')).toMatch(
      /from '\.\/registry\.js'/,
    );
  });

  it('exports the five vendors as subpaths', () => {
    expect(vendors).toEqual([
      'tencent-live',
      'tencent-streamlive',
      'baidu-vod',
      'kingsoft-live',
      'upyun',
    ]);
  });

  it('packs dist, src, docs and the README, and nothing of the build setup', () => {
    const listed = run('tar', ['-tzf', tarball], work);
    const files = listed.stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/README.md');
    expect(files).toContain('package/dist/cjs/package.json');
    expect(files).toContain('package/src/entry.ts');
    expect(files.some((file) => file.startsWith('package/docs/'))).toBe(true);
    expect(files.filter((file) => /tsconfig|node_modules|\.tgz$/.test(file))).toEqual([]);
  });

  it.each(Object.entries(COMPILERS))('type-checks the consumer with %s', (_name, tsc) => {
    const checked = run(process.execPath, [tsc, '-p', join(consumer, 'tsconfig.json')], consumer);
    expect(output(checked)).toBe('');
    expect(checked.status).toBe(0);
  });

  it('puts every README example into the type-checked consumer', () => {
    expect(
      readdirSync(consumer).filter((name) => name.startsWith('readme-example-')).length,
    ).toBeGreaterThan(vendors.length);
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
});
