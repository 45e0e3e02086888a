// End to end: the real Tencent Cloud and Baidu SDKs, and plain fetch, against a loopback server that answers documented errors.

import { Agent, createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { CommonClient } from 'tencentcloud-sdk-nodejs-common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeSetTable, ErrorEntry, VendorId } from '../../generator/shipped/runtime/entry.js';
import { errorResponseWith } from '../../generator/shipped/runtime/vendor-error.js';
import { runtimePackages } from './runtime-package.js';
import type { SdkAdapters, StandInRegistry } from './runtime-package.js';

/** What the loopback server answers next. */
interface Answer {
  readonly status: number;
  readonly contentType?: string;
  readonly body: string;
}

let server: Server;
let port = 0;
let answer: Answer = { status: 200, contentType: 'application/json', body: '{}' };
let lastRequest: { method?: string; url?: string } = {};
let adapters: SdkAdapters;
let registry: StandInRegistry;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    lastRequest = { method: req.method, url: req.url };
    req.resume();
    req.on('end', () => {
      res.writeHead(
        answer.status,
        answer.contentType === undefined ? {} : { 'Content-Type': answer.contentType },
      );
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const setsOf = (vendor: VendorId): readonly CodeSetTable[] => registry.CODE_SETS[vendor] ?? [];

function documented(vendor: VendorId, code: string | number, index = 0): ErrorEntry {
  for (const set of setsOf(vendor)) {
    const entry = set.entries[String(code)]?.[index];
    if (entry !== undefined) return entry;
  }
  throw new Error(`the registry lacks ${vendor} ${String(code)}`);
}

/** Serve the documented response of a code, as a mock server of the vendor would. */
function answerDocumented(
  vendor: VendorId,
  code: string | number,
  opts: { requestId?: string; message?: string } = {},
): unknown {
  const { status, body } = errorResponseWith(vendor, setsOf(vendor), code, opts);
  answer = { status, contentType: 'application/json', body: JSON.stringify(body) };
  return body;
}

/** The rejection of a promise (or a failure when it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the SDK call to reject');
}

// The same calls on the runtime with the stand-in registry and, once generated, on generated/src.
for (const runtime of await runtimePackages()) {
  describe.skipIf(runtime.load === undefined)(
    `on ${runtime.name}${runtime.why ? ` (${runtime.why})` : ''}`,
    () => {
      let dispose: () => void = () => {};
      beforeAll(async () => {
        if (runtime.load === undefined) return;
        ({ adapters, registry, dispose } = await runtime.load());
      });
      afterAll(() => dispose());

      describe('tencentcloud-sdk-nodejs-common CommonClient -> fromTencentCloudSdkError', () => {
        const client = (product: 'live' | 'mdl') =>
          new CommonClient(
            `${product}.tencentcloudapi.com`,
            product === 'live' ? '2018-08-01' : '2020-03-26',
            {
              credential: { secretId: 'AKIDEXAMPLE', secretKey: 'example-secret-key' },
              region: 'ap-guangzhou',
              // An explicit agent keeps any http_proxy of the environment off the loopback call.
              profile: {
                httpProfile: {
                  endpoint: `127.0.0.1:${port}`,
                  protocol: 'http://',
                  agent: new Agent(),
                },
              },
            },
          );

        it('a documented CSS Live code becomes its entry', async () => {
          const served = answerDocumented('tencent-live', 'AuthFailure.SignatureFailure', {
            requestId: 'tc-req-1',
          }) as { Response: { Error: { Message: string } } };
          const err = await rejectionOf(
            client('live').request('DescribeLiveStreamOnlineList', { PageNum: 1 }),
          );
          expect(lastRequest.method).toBe('POST');
          const got = adapters.fromTencentCloudSdkError(err, 'tencent-live');
          if (got === null || !got.known)
            throw new Error(`expected a known error, got ${JSON.stringify(got)}`);
          expect(got.entry).toBe(documented('tencent-live', 'AuthFailure.SignatureFailure'));
          expect(got).toMatchObject({
            vendor: 'tencent-live',
            code: 'AuthFailure.SignatureFailure',
            httpStatus: 200,
            requestId: 'tc-req-1',
            message: served.Response.Error.Message,
            category: 'auth',
            retryable: false,
          });
          expect(got.raw).toBe(err);
        });

        it('a documented StreamLive code, typed for StreamLive', async () => {
          answerDocumented('tencent-streamlive', 'RequestLimitExceeded', {
            message: 'Requests limit exceeded.',
          });
          const err = await rejectionOf(client('mdl').request('DescribeStreamLiveChannels', {}));
          const got = adapters.fromTencentCloudSdkError(err, 'tencent-streamlive');
          expect(got).toMatchObject({
            vendor: 'tencent-streamlive',
            known: true,
            code: 'RequestLimitExceeded',
            message: 'Requests limit exceeded.',
            category: 'rate-limit',
            retryable: true,
            requestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
          });
          expect(got?.entry).toBe(documented('tencent-streamlive', 'RequestLimitExceeded'));
        });

        it('an undocumented code is kept, known: false, category unknown (HTTP 200)', async () => {
          answer = {
            status: 200,
            contentType: 'application/json',
            body: JSON.stringify({
              Response: {
                Error: { Code: 'FailedOperation.NewThing', Message: 'new' },
                RequestId: 'tc-2',
              },
            }),
          };
          const err = await rejectionOf(client('live').request('DescribeLiveDomains', {}));
          expect(adapters.fromTencentCloudSdkError(err, 'tencent-live')).toMatchObject({
            known: false,
            code: 'FailedOperation.NewThing',
            message: 'new',
            requestId: 'tc-2',
            httpStatus: 200,
            category: 'unknown',
            retryable: false,
          });
        });

        it("a gateway's 502 page becomes http-502 with the status text", async () => {
          answer = {
            status: 502,
            contentType: 'text/html',
            body: '<html><body>502 Bad Gateway</body></html>',
          };
          const err = await rejectionOf(client('live').request('DescribeLiveDomains', {}));
          expect(adapters.fromTencentCloudSdkError(err, 'tencent-live')).toMatchObject({
            known: false,
            code: 'http-502',
            httpStatus: 502,
            message: 'Bad Gateway',
            category: 'unavailable',
            retryable: true,
          });
        });

        it('a success resolves and is no error', async () => {
          answer = {
            status: 200,
            contentType: 'application/json',
            body: JSON.stringify({ Response: { RequestId: 'ok-1' } }),
          };
          await expect(client('live').request('DescribeLiveDomains', {})).resolves.toMatchObject({
            RequestId: 'ok-1',
          });
        });

        it('a network failure is no vendor error: null', async () => {
          const closed = createServer();
          await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
          const closedPort = (closed.address() as AddressInfo).port;
          await new Promise<void>((resolve) => closed.close(() => resolve()));
          const offline = new CommonClient('live.tencentcloudapi.com', '2018-08-01', {
            credential: { secretId: 'AKIDEXAMPLE', secretKey: 'example-secret-key' },
            region: 'ap-guangzhou',
            profile: {
              httpProfile: {
                endpoint: `127.0.0.1:${closedPort}`,
                protocol: 'http://',
                agent: new Agent(),
              },
            },
          });
          const err = await rejectionOf(offline.request('DescribeLiveDomains', {}));
          expect(err).toBeInstanceOf(Error);
          expect(adapters.fromTencentCloudSdkError(err, 'tencent-live')).toBeNull();
        });

        it('values that are no SDK error give null', () => {
          const notSdkErrors: unknown[] = [
            null,
            undefined,
            'AuthFailure.SignatureFailure',
            new Error('socket hang up'),
            Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
            Object.create({ requestId: 'inherited', code: 'InternalError' }),
            new Proxy(
              {},
              {
                getOwnPropertyDescriptor: () => {
                  throw new Error('trap');
                },
              },
            ),
          ];
          for (const value of notSdkErrors)
            expect(adapters.fromTencentCloudSdkError(value, 'tencent-live')).toBeNull();
        });
      });

      interface BceVodClient {
        getMediaResource(mediaId: string): Promise<unknown>;
      }
      const bceSdk = createRequire(import.meta.url)('@baiducloud/sdk') as {
        VodClient: new (config: {
          endpoint: string;
          credentials: { ak: string; sk: string };
        }) => BceVodClient;
      };

      describe('@baiducloud/sdk VodClient -> fromBceSdkError', () => {
        const vod = () =>
          new bceSdk.VodClient({
            endpoint: `http://127.0.0.1:${port}`,
            credentials: { ak: 'example-ak', sk: 'example-sk' },
          });

        it("the document's alias MediaException.MediaNotFound becomes the MediaNotFound entry", async () => {
          answerDocumented('baidu-vod', 'MediaException.MediaNotFound', { requestId: 'bce-req-1' });
          const err = await rejectionOf(vod().getMediaResource('mda-jdekywp8pek91e0n'));
          expect(lastRequest).toMatchObject({
            method: 'GET',
            url: '/v1/media/mda-jdekywp8pek91e0n',
          });
          const got = adapters.fromBceSdkError(err);
          if (got === null || !got.known)
            throw new Error(`expected a known error, got ${JSON.stringify(got)}`);
          expect(got.entry).toBe(documented('baidu-vod', 'MediaNotFound'));
          expect(got).toMatchObject({
            vendor: 'baidu-vod',
            code: 'MediaNotFound',
            httpStatus: 404,
            requestId: 'bce-req-1',
            message: 'Media not found with mda-jdekywp8pek91e0n',
            category: 'not-found',
          });
          expect(got.raw).toBe(err);
          expect(got.raw).toMatchObject({ code: 'MediaException.MediaNotFound' });
        });

        it('a body without requestId (the SDK puts the body in message) still resolves', async () => {
          answer = {
            status: 403,
            contentType: 'application/json',
            body: JSON.stringify({ code: 'AccessDenied', message: 'Access denied.' }),
          };
          const err = await rejectionOf(vod().getMediaResource('mda-1'));
          expect(adapters.fromBceSdkError(err)).toMatchObject({
            known: true,
            code: 'AccessDenied',
            httpStatus: 403,
            message: 'Access denied.',
          });
        });

        it("an undocumented code is kept with the status's category", async () => {
          answer = {
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({ requestId: 'bce-2', code: 'ServiceBusy', message: 'busy' }),
          };
          const err = await rejectionOf(vod().getMediaResource('mda-1'));
          expect(adapters.fromBceSdkError(err)).toMatchObject({
            known: false,
            code: 'ServiceBusy',
            requestId: 'bce-2',
            category: 'unavailable',
            retryable: true,
          });
        });

        it("a gateway's HTML page becomes http-502", async () => {
          answer = {
            status: 502,
            contentType: 'text/html',
            body: '<html><body>502 Bad Gateway</body></html>',
          };
          const err = await rejectionOf(vod().getMediaResource('mda-1'));
          expect(adapters.fromBceSdkError(err)).toMatchObject({
            known: false,
            code: 'http-502',
            category: 'unavailable',
          });
        });

        it('JSON that does not parse becomes http-500', async () => {
          answer = {
            status: 500,
            contentType: 'application/json',
            body: '{"requestId": "bce-3", "code": "Inter',
          };
          const err = await rejectionOf(vod().getMediaResource('mda-1'));
          expect(adapters.fromBceSdkError(err)).toMatchObject({
            known: false,
            code: 'http-500',
            httpStatus: 500,
          });
        });

        it("a JSON error body sent as text/plain is parsed from the SDK's text", async () => {
          answer = {
            status: 409,
            contentType: 'text/plain',
            body: JSON.stringify({
              code: 'RequestConflict',
              message: 'Your concurrent request is conflict, please retry later',
            }),
          };
          const err = await rejectionOf(vod().getMediaResource('mda-1'));
          expect(adapters.fromBceSdkError(err)).toMatchObject({
            known: true,
            code: 'RequestConflict',
            retryable: true,
          });
        });

        it('a network failure and values that are no SDK rejection give null', async () => {
          const offline = new bceSdk.VodClient({
            endpoint: 'http://127.0.0.1:1',
            credentials: { ak: 'a', sk: 's' },
          });
          const err = await rejectionOf(offline.getMediaResource('mda-1'));
          expect(adapters.fromBceSdkError(err)).toBeNull();
          for (const value of [
            null,
            'x',
            new Error('x'),
            { status_code: '404', code: 'AccessDenied' },
            Object.create({ status_code: 404 }),
          ]) {
            expect(adapters.fromBceSdkError(value)).toBeNull();
          }
        });
      });

      describe('plain fetch -> parseErrorResponse (Upyun, Kingsoft)', () => {
        const get = () => fetch(`http://127.0.0.1:${port}/bucket/path/to/file`);

        it('Upyun: a documented code from the text body', async () => {
          answerDocumented('upyun', 40400001, { requestId: 'up-1' });
          const res = await get();
          const got = adapters.parseErrorResponse('upyun', res.status, await res.text());
          expect(got?.entry).toBe(documented('upyun', 40400001));
          expect(got).toMatchObject({
            known: true,
            code: 40400001,
            httpStatus: 404,
            requestId: 'up-1',
            message: 'file or directory not found',
          });
        });

        it('Upyun: the same from the bytes', async () => {
          answerDocumented('upyun', 42900001);
          const res = await get();
          const got = adapters.parseErrorResponse(
            'upyun',
            res.status,
            new Uint8Array(await res.arrayBuffer()),
          );
          expect(got).toMatchObject({
            known: true,
            code: 42900001,
            httpStatus: 429,
            retryable: true,
          });
        });

        it('Kingsoft openAPI: the variant the message names', async () => {
          answerDocumented('kingsoft-live', 'InvalidParameterValue', {
            message: 'Uniquename, pubdomain and app do not match.',
          });
          const res = await get();
          const got = adapters.parseErrorResponse('kingsoft-live', res.status, await res.text());
          expect(got?.entry).toBe(documented('kingsoft-live', 'InvalidParameterValue', 2));
          expect(got).toMatchObject({
            known: true,
            httpStatus: 400,
            requestId: '68093a99-2f63-4f39-8f70-3047ab8ecb5b',
          });
        });

        it('Kingsoft v1: HTTP 200 with Data.RetCode', async () => {
          answerDocumented('kingsoft-live', 8201);
          const res = await get();
          expect(res.status).toBe(200);
          const got = adapters.parseErrorResponse('kingsoft-live', res.status, await res.text());
          expect(got?.entry).toBe(documented('kingsoft-live', 8201));
          expect(got).toMatchObject({
            known: true,
            code: 8201,
            message: 'stream is not on the blacklist',
          });
        });

        it('successes are null', async () => {
          const successes: ReadonlyArray<readonly [VendorId, Answer]> = [
            ['upyun', { status: 200, contentType: 'application/json', body: '{"files":[]}' }],
            ['upyun', { status: 200, contentType: 'application/octet-stream', body: 'file bytes' }],
            [
              'kingsoft-live',
              {
                status: 200,
                contentType: 'application/json',
                body: '{"Data":{"StreamList":[]},"RequestId":"r"}',
              },
            ],
            [
              'kingsoft-live',
              {
                status: 200,
                contentType: 'application/json',
                body: '{"RequestId":"r","Streams":[]}',
              },
            ],
          ];
          for (const [vendor, success] of successes) {
            answer = success;
            const res = await get();
            expect(adapters.parseErrorResponse(vendor, res.status, await res.text())).toBeNull();
          }
        });

        it('a vendor name that is no vendor parses by status alone', () => {
          expect(
            adapters.parseErrorResponse(
              '__proto__' as VendorId,
              404,
              '{"code":40400001,"msg":"x","id":"y"}',
            ),
          ).toMatchObject({
            known: false,
            code: 'http-404',
          });
          expect(adapters.parseErrorResponse('toString' as VendorId, 200, '{}')).toBeNull();
        });
      });
    },
  );
}
