// The README's first examples, as the README prints them, run against the real Tencent Cloud and Baidu SDKs on loopback.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommonClient } from 'tencentcloud-sdk-nodejs-common';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { README_EXAMPLES } from '../generator/emit/emit-readme.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'cloud-error-codes-readme-'));

/** Answers, in order, for the requests to come; the last one repeats. */
let answers: { status: number; body: string }[] = [];
let requests = 0;
const server = createServer((req, res) => {
  requests += 1;
  req.resume();
  req.on('end', () => {
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    res.writeHead(answer.status, { 'Content-Type': 'application/json' });
    res.end(answer.body);
  });
});
let port = 0;
let refusedPort = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  refusedPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(async () => {
  vi.restoreAllMocks();
  rmSync(work, { recursive: true, force: true });
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/**
 * An example's source exactly as the README prints it, with the package's name pointed at
 * generated/src and p-retry at the workspace's copy, imported as a module.
 */
async function loadExample<T>(file: string): Promise<T> {
  const example = README_EXAMPLES.find((candidate) => candidate.file === file);
  if (example === undefined) throw new Error(`the README has no example ${file}`);
  const source = example.source
    .replace(
      /from 'cloud-error-codes\/([a-z-]+)'/g,
      (_match, vendor: string) => `from '${ROOT}generated/src/${vendor}/index.ts'`,
    )
    .replace(/from 'p-retry'/, `from '${createRequire(import.meta.url).resolve('p-retry')}'`);
  const path = join(work, file);
  writeFileSync(path, source);
  return (await import(path)) as T;
}

const tencentBody = (code: string) =>
  JSON.stringify({ Response: { Error: { Code: code, Message: code }, RequestId: 'req-1' } });

describe("the README's Tencent Cloud example, with tencentcloud-sdk-nodejs", () => {
  const client = (to: number) =>
    new CommonClient('live.tencentcloudapi.com', '2018-08-01', {
      credential: { secretId: 'AKIDEXAMPLE', secretKey: 'example-secret-key' },
      region: 'ap-guangzhou',
      profile: {
        httpProfile: { endpoint: `127.0.0.1:${to}`, protocol: 'http://', agent: new Agent() },
      },
    });
  type Example = { streamState(client: unknown, stream: string): Promise<unknown> };

  it('retries a rate limit (an undocumented sub-code of its family too) and returns the answer', async () => {
    const { streamState } = await loadExample<Example>('tencent-live-service.ts');
    answers = [
      { status: 200, body: tencentBody('RequestLimitExceeded') },
      { status: 200, body: tencentBody('RequestLimitExceeded.NewInThisRelease') },
      {
        status: 200,
        body: JSON.stringify({ Response: { StreamState: 'active', RequestId: 'r' } }),
      },
    ];
    requests = 0;
    expect(await streamState(client(port), 'stream-1')).toMatchObject({ StreamState: 'active' });
    expect(requests).toBe(3);
  });

  it('a missing stream is null at once; a signature failure is not retried', async () => {
    const { streamState } = await loadExample<Example>('tencent-live-service.ts');
    answers = [{ status: 200, body: tencentBody('ResourceUnavailable.StreamNotExist') }];
    requests = 0;
    expect(await streamState(client(port), 'gone')).toBeNull();
    expect(requests).toBe(1);
    answers = [{ status: 200, body: tencentBody('AuthFailure.SignatureFailure') }];
    requests = 0;
    await expect(streamState(client(port), 'x')).rejects.toThrow('check the service account key');
    expect(requests).toBe(1);
  });

  it('a refused connection is retried, then thrown as the SDK threw it', async () => {
    const { streamState } = await loadExample<Example>('tencent-live-service.ts');
    await expect(streamState(client(refusedPort), 'x')).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe("the README's Baidu example, with @baiducloud/sdk", () => {
  const bce = createRequire(import.meta.url)('@baiducloud/sdk') as {
    VodClient: new (config: {
      endpoint: string;
      credentials: { ak: string; sk: string };
    }) => unknown;
  };
  const client = (to: number) =>
    new bce.VodClient({ endpoint: `http://127.0.0.1:${to}`, credentials: { ak: 'a', sk: 's' } });
  type Example = { mediaResource(client: unknown, mediaId: string): Promise<unknown> };

  it("retries a gateway's 502, then returns the media", async () => {
    const { mediaResource } = await loadExample<Example>('baidu-vod-service.ts');
    answers = [
      { status: 502, body: '<html>Bad Gateway</html>' },
      { status: 200, body: JSON.stringify({ mediaId: 'mda-1', status: 'PUBLISHED' }) },
    ];
    requests = 0;
    expect(await mediaResource(client(port), 'mda-1')).toMatchObject({
      body: { mediaId: 'mda-1' },
    });
    expect(requests).toBe(2);
  });

  it("the document's alias of a missing media is null at once", async () => {
    const { mediaResource } = await loadExample<Example>('baidu-vod-service.ts');
    answers = [
      {
        status: 404,
        body: JSON.stringify({
          requestId: 'bce-1',
          code: 'MediaException.MediaNotFound',
          message: 'Media not found with mda-1',
        }),
      },
    ];
    requests = 0;
    expect(await mediaResource(client(port), 'mda-1')).toBeNull();
    expect(requests).toBe(1);
  });
});
