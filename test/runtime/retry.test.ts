// isRetryable over what calls really throw: Node's, fetch's and both SDKs' failures on loopback, p-retry, and any value.

import { Agent, createServer, get } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import pRetry from 'p-retry';
import { CommonClient } from 'tencentcloud-sdk-nodejs-common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudApiError } from '../../generator/shipped/runtime/cloud-api-error.js';
import type { CodeSetTable } from '../../generator/shipped/runtime/entry.js';
import { isRetryableWith } from '../../generator/shipped/runtime/retry.js';
import { parseWithCodeSets } from '../../generator/shipped/runtime/vendor-error.js';
import { codeSetSources } from './code-sets-under-test.js';

const tables = (await codeSetSources()).find((source) => source.name === 'tables/')?.codeSets;
if (tables === undefined) throw new Error('the committed tables do not load');
const allCodeSets: readonly CodeSetTable[] = Object.values(tables).flat();
const isRetryable = (error: unknown): boolean => isRetryableWith(allCodeSets, error);

/** A vendor of the tables with a code set of the envelope (derived, never written out). */
function vendorWith(envelope: CodeSetTable['envelope']): readonly CodeSetTable[] {
  const sets = allCodeSets.filter((set) => set.envelope === envelope);
  if (sets[0] === undefined) throw new Error(`no code set of ${envelope}`);
  return allCodeSets.filter((set) => set.vendor === sets[0]?.vendor);
}

const listen = async (server: Server): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};
const close = (server: Server): Promise<void> =>
  new Promise<void>((resolve) => server.close(() => resolve()));

/** A server that drops each connection as soon as a request arrives. */
const resetting = createServer((req) => req.socket.destroy());
/** A server that never answers. */
const silent = createServer(() => {});
/** A server that answers the status given, with no body. */
let emptyStatus = 503;
const empty = createServer((_req, res) => {
  res.writeHead(emptyStatus);
  res.end();
});
let resetPort = 0;
let silentPort = 0;
let emptyPort = 0;
let refusedPort = 0;

beforeAll(async () => {
  resetPort = await listen(resetting);
  silentPort = await listen(silent);
  emptyPort = await listen(empty);
  const closed = createServer();
  refusedPort = await listen(closed);
  await close(closed);
});

afterAll(async () => {
  silent.closeAllConnections();
  await Promise.all([close(resetting), close(silent), close(empty)]);
});

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** The error of a plain node:http GET. */
const nodeGet = (port: number): Promise<unknown> =>
  rejectionOf(
    new Promise((resolve, reject) => {
      get({ host: '127.0.0.1', port, agent: new Agent() }, resolve).on('error', reject);
    }),
  );

describe('isRetryable: Node system errors', () => {
  it('a refused and a reset connection of node:http are retryable', async () => {
    const refused = await nodeGet(refusedPort);
    const reset = await nodeGet(resetPort);
    expect((refused as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
    expect((reset as NodeJS.ErrnoException).code).toBe('ECONNRESET');
    expect(isRetryable(refused)).toBe(true);
    expect(isRetryable(reset)).toBe(true);
  });

  it.each(['ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH'])(
    'a system error %s is retryable',
    (code) => {
      const error = Object.assign(new Error(`connect ${code} example.com`), {
        code,
        syscall: 'connect',
      });
      expect(isRetryable(error)).toBe(true);
    },
  );

  it('other system errors and programming errors are not', () => {
    expect(isRetryable(Object.assign(new Error('open ENOENT x'), { code: 'ENOENT' }))).toBe(false);
    expect(isRetryable(new TypeError('client.request is not a function'))).toBe(false);
    expect(isRetryable(new RangeError('Invalid array length'))).toBe(false);
  });
});

describe('isRetryable: fetch', () => {
  it('fetch failed (refused, reset) is retryable through its cause', async () => {
    const refused = await rejectionOf(fetch(`http://127.0.0.1:${refusedPort}/`));
    const reset = await rejectionOf(fetch(`http://127.0.0.1:${resetPort}/`));
    for (const error of [refused, reset]) {
      expect(error).toBeInstanceOf(TypeError);
      expect(isRetryable(error)).toBe(true);
    }
  });

  it("a timeout is retryable, the caller's abort is not", async () => {
    const timedOut = await rejectionOf(
      fetch(`http://127.0.0.1:${silentPort}/`, { signal: AbortSignal.timeout(50) }),
    );
    const controller = new AbortController();
    const aborted = fetch(`http://127.0.0.1:${silentPort}/`, { signal: controller.signal });
    controller.abort();
    expect((timedOut as Error).name).toBe('TimeoutError');
    expect(isRetryable(timedOut)).toBe(true);
    expect(isRetryable(await rejectionOf(aborted))).toBe(false);
  });

  it('a 5xx without a body is retryable, as the parsers decide it', async () => {
    for (const [status, retryable] of [
      [503, true],
      [502, true],
      [500, true],
      [429, true],
      [404, false],
    ] as const) {
      emptyStatus = status;
      const res = await fetch(`http://127.0.0.1:${emptyPort}/`);
      const parsed = parseWithCodeSets('upyun', [], res.status, await res.text());
      expect(parsed?.code).toBe(`http-${status}`);
      expect(isRetryable(parsed)).toBe(retryable);
      expect(isRetryable({ name: 'HTTPError', status })).toBe(retryable);
    }
  });
});

describe('isRetryable: the SDKs on loopback', () => {
  const tencent = (port: number) =>
    new CommonClient('live.tencentcloudapi.com', '2018-08-01', {
      credential: { secretId: 'AKIDEXAMPLE', secretKey: 'example-secret-key' },
      region: 'ap-guangzhou',
      profile: {
        httpProfile: {
          endpoint: `127.0.0.1:${port}`,
          protocol: 'http://',
          agent: new Agent(),
          reqTimeout: 1,
        },
      },
    });
  interface BceVodClient {
    getMediaResource(mediaId: string): Promise<unknown>;
  }
  const bce = createRequire(import.meta.url)('@baiducloud/sdk') as {
    VodClient: new (config: {
      endpoint: string;
      credentials: { ak: string; sk: string };
    }) => BceVodClient;
  };
  const vod = (port: number) =>
    new bce.VodClient({ endpoint: `http://127.0.0.1:${port}`, credentials: { ak: 'a', sk: 's' } });

  it('tencentcloud-sdk-nodejs: refused, reset and timed out calls are retryable', async () => {
    for (const port of [refusedPort, resetPort, silentPort]) {
      const error = await rejectionOf(tencent(port).request('DescribeLiveDomains', {}));
      expect(error).toBeInstanceOf(Error);
      expect(isRetryable(error)).toBe(true);
    }
  });

  it('@baiducloud/sdk: refused and reset calls, and a 502 without a body, are retryable', async () => {
    for (const port of [refusedPort, resetPort]) {
      expect(isRetryable(await rejectionOf(vod(port).getMediaResource('mda-1')))).toBe(true);
    }
    emptyStatus = 502;
    const gateway = await rejectionOf(vod(emptyPort).getMediaResource('mda-1'));
    expect((gateway as { status_code?: unknown }).status_code).toBe(502);
    expect(isRetryable(gateway)).toBe(true);
  });

  it("an SDK rejection with a vendor code is decided by the vendor's codes", () => {
    const sets = vendorWith('tencent-api3');
    const sdkError = (code: string) =>
      Object.assign(new Error(code), { code, requestId: 'req-1', traceId: '' });
    for (const code of ['RequestLimitExceeded', 'AuthFailure.SignatureFailure']) {
      const parsed = parseWithCodeSets(sets[0]!.vendor, sets, 200, {
        Response: { Error: { Code: code, Message: code }, RequestId: 'req-1' },
      });
      expect(isRetryable(sdkError(code))).toBe(parsed?.retryable);
    }
  });
});

describe('isRetryable with p-retry', () => {
  it('retries a refused connection, and stops at a CloudApiError that is final', async () => {
    let refusedAttempts = 0;
    await rejectionOf(
      pRetry(
        () => {
          refusedAttempts += 1;
          return fetch(`http://127.0.0.1:${refusedPort}/`);
        },
        {
          retries: 2,
          minTimeout: 0,
          maxTimeout: 0,
          shouldRetry: ({ error }) => isRetryable(error),
        },
      ),
    );
    expect(refusedAttempts).toBe(3);
    const sets = vendorWith('tencent-api3');
    const final = parseWithCodeSets(sets[0]!.vendor, sets, 200, {
      Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'x' }, RequestId: 'r' },
    });
    let finalAttempts = 0;
    const error = await rejectionOf(
      pRetry(
        () => {
          finalAttempts += 1;
          throw new CloudApiError(final!);
        },
        {
          retries: 2,
          minTimeout: 0,
          maxTimeout: 0,
          shouldRetry: ({ error }) => isRetryable(error),
        },
      ),
    );
    expect(error).toBeInstanceOf(CloudApiError);
    expect(finalAttempts).toBe(1);
  });
});

describe('isRetryable over any value', () => {
  it('never throws, and says true only for what it recognises', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    );
    expect(isRetryable(hostile)).toBe(false);
    let cyclic: { cause?: unknown } = {};
    cyclic.cause = cyclic;
    expect(isRetryable(cyclic)).toBe(false);
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true }),
        (value) => {
          expect(typeof isRetryable(value)).toBe('boolean');
          expect(typeof isRetryableWith([], value)).toBe('boolean');
        },
      ),
    );
    for (const value of [null, undefined, 0, 'ECONNRESET', [], {}, Symbol('x')]) {
      expect(isRetryable(value)).toBe(false);
    }
  });
});
