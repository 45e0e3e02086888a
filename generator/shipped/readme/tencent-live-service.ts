import pRetry from 'p-retry';
import {
  TencentLiveErrorCode,
  fromTencentCloudSdkError,
  isCloudApiError,
  isRetryable,
} from 'cloud-error-codes/tencent-live';

/** The client of tencentcloud-sdk-nodejs the service holds (`new CommonClient(...)`, `live.v20180801.Client`). */
export interface TencentClient {
  request(action: string, params: object): Promise<unknown>;
}

/** The state of a live stream, or null when CSS Live has no such stream. */
export async function streamState(client: TencentClient, stream: string): Promise<unknown> {
  try {
    return await pRetry(
      async () => {
        try {
          const params = { AppName: 'live', DomainName: 'push.example.com', StreamName: stream };
          return await client.request('DescribeLiveStreamState', params);
        } catch (err) {
          // An API error becomes a CloudApiError; a network failure stays as the SDK threw it.
          throw fromTencentCloudSdkError(err, { as: 'error' }) ?? err;
        }
      },
      // Rate limits, 5xx, refused or reset connections and timeouts are retried; the rest is not.
      { retries: 3, minTimeout: 100, shouldRetry: ({ error }) => isRetryable(error) },
    );
  } catch (e) {
    if (!isCloudApiError(e, 'tencent-live')) throw e;
    // {"name":"CloudApiError","message":…,"vendor":"tencent-live","code":…,"category":…,"retryable":…,"decidedBy":…,"requestId":…}
    console.error(JSON.stringify(e));
    if (e.known && e.code === TencentLiveErrorCode.ResourceUnavailableStreamNotExist) return null;
    if (e.category === 'auth') throw new Error('check the service account key', { cause: e });
    throw e;
  }
}
