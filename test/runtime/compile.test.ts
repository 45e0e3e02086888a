// The runtime compiles under strict NodeNext with TypeScript 5.9 and 7, as ESM and CJS, narrows as documented, and runs.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeRuntimeFiles } from './runtime-package.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMPILERS = {
  'TypeScript 5.9': join(ROOT, 'node_modules/typescript/bin/tsc'),
  'TypeScript 7': join(ROOT, 'node_modules/typescript-7/bin/tsc'),
} as const;

/** Uses the runtime as a consumer would; every @ts-expect-error must be an error. */
const CONSUMER = `// A consumer of the runtime: the narrowing the JSDoc promises.
import { fromBceSdkError, fromTencentCloudSdkError, parseErrorResponse } from './sdk-adapters.js';
import type { VendorErrors } from './registry.js';
import { categoryFromStatus, errorResponseWith } from './vendor-error.js';
import { isRetryableWith } from './retry.js';
import type { KnownVendorError, UnknownVendorError, VendorErrorOf } from './vendor-error.js';
import type { ErrorCategory } from './entry.js';

export function describeUpyun(body: unknown): string {
  const error = parseErrorResponse('upyun', 404, body);
  if (error === null) return 'ok';
  if (error.known) {
    const documented: number = error.code;
    switch (error.code) {
      case 40400001:
        return error.entry.name;
      // @ts-expect-error 12345 is no documented Upyun code
      case 12345:
        return 'impossible';
    }
    return String(documented);
  }
  // @ts-expect-error an unknown error has no entry
  error.entry.name;
  const kept: string | number = error.code;
  return String(kept);
}

export function byVendor(error: VendorErrors[keyof VendorErrors]): string {
  switch (error.vendor) {
    case 'baidu-vod':
      if (error.known) {
        const code: 'AccessDenied' | 'InternalError' | 'MalformedJSON' | 'RequestExpired' | 'MediaNotFound'
          | 'MediaProcessParamError' | 'MediaTaskNotFound' | 'UserNotFound' | 'RequestConflict' | 'InvalidRequest' = error.code;
        return code;
      }
      return String(error.code);
    case 'kingsoft-live':
      return error.known ? String(error.code) : 'unknown';
    default:
      return error.vendor;
  }
}

export function adapters(err: unknown): Array<string | undefined> {
  const live: VendorErrors['tencent-live'] | null = fromTencentCloudSdkError(err, 'tencent-live');
  const streamLive: VendorErrors['tencent-streamlive'] | null = fromTencentCloudSdkError(err, 'tencent-streamlive');
  // @ts-expect-error the Tencent adapter is for Tencent products only
  fromTencentCloudSdkError(err, 'baidu-vod');
  const vod: VendorErrorOf<'baidu-vod', string> | null = fromBceSdkError(err);
  const known: KnownVendorError<'tencent-live', string> | UnknownVendorError<'tencent-live'> | null = live;
  const category: ErrorCategory = categoryFromStatus(503);
  const retry = isRetryableWith([], vod);
  const sample = errorResponseWith('upyun', [], 40400001, { requestId: 'r' });
  return [known?.requestId, streamLive?.message, category, String(retry), String(sample.status)];
}
`;

/** Calls the built package the way its module system loads it. */
const RUN_ESM = `
const { parseErrorResponse } = await import('./dist/sdk-adapters.js');
console.log(JSON.stringify(parseErrorResponse('upyun', 404, '{"msg":"file or directory not found","code":40400001,"id":"u"}')));
`;
const RUN_CJS = `
const { parseErrorResponse } = require('./dist/sdk-adapters.js');
console.log(JSON.stringify(parseErrorResponse('upyun', 404, '{"msg":"file or directory not found","code":40400001,"id":"u"}')));
`;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function packageFor(type: 'module' | 'commonjs'): string {
  const dir = mkdtempSync(join(tmpdir(), `cloud-error-codes-compile-${type}-`));
  dirs.push(dir);
  mkdirSync(join(dir, 'src'));
  writeRuntimeFiles(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'consumer.ts'), CONSUMER);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'runtime-under-test', private: true, type }),
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        // No DOM and no Node types: the runtime may use neither's globals unguarded. ES2020 is
        // the generated package's own lib, so no newer built-in may slip in.
        lib: ['ES2020'],
        types: [],
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        noImplicitOverride: true,
        noPropertyAccessFromIndexSignature: true,
        isolatedModules: true,
        declaration: true,
        rootDir: 'src',
        outDir: 'dist',
      },
      include: ['src'],
    }),
  );
  return dir;
}

describe.each(['module', 'commonjs'] as const)('package type %s', (type) => {
  const dir = packageFor(type);

  for (const [compiler, bin] of Object.entries(COMPILERS)) {
    it(`${compiler} compiles it without an error`, () => {
      const outDir = compiler === 'TypeScript 7' ? 'dist7' : 'dist';
      const result = spawnSync(process.execPath, [bin, '-p', dir, '--outDir', join(dir, outDir)], {
        encoding: 'utf8',
      });
      expect(`${result.stdout}${result.stderr}`).toBe('');
      expect(result.status).toBe(0);
    });
  }

  it('the TypeScript 5.9 build runs', () => {
    const build = spawnSync(process.execPath, [COMPILERS['TypeScript 5.9'], '-p', dir], {
      encoding: 'utf8',
    });
    expect(build.status).toBe(0);
    const args =
      type === 'module'
        ? ['--input-type=module', '-e', RUN_ESM]
        : ['--input-type=commonjs', '-e', RUN_CJS];
    const run = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({
      vendor: 'upyun',
      code: 40400001,
      known: true,
      entry: { name: 'FileOrDirectoryNotFound' },
      requestId: 'u',
    });
  });
});
