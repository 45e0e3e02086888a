import pRetry from 'p-retry';
import {
  BaiduVodErrorCode,
  fromBceSdkError,
  isCloudApiError,
  isRetryable,
} from 'cloud-error-codes/baidu-vod';

/** The client of @baiducloud/sdk the service holds (`new VodClient({ endpoint, credentials })`). */
export interface BceVodClient {
  getMediaResource(mediaId: string): Promise<unknown>;
}

/** A media resource of Baidu VOD, or null when VOD has no such media. */
export async function mediaResource(client: BceVodClient, mediaId: string): Promise<unknown> {
  try {
    return await pRetry(
      async () => {
        try {
          return await client.getMediaResource(mediaId);
        } catch (err) {
          // The SDK rejects API errors with a plain object: make it a CloudApiError to throw.
          throw fromBceSdkError(err, { as: 'error' }) ?? err;
        }
      },
      { retries: 3, minTimeout: 100, shouldRetry: ({ error }) => isRetryable(error) },
    );
  } catch (e) {
    if (!isCloudApiError(e, 'baidu-vod')) throw e;
    console.error(JSON.stringify(e));
    // The document's alias MediaException.MediaNotFound arrives as MediaNotFound too.
    if (e.known && e.code === BaiduVodErrorCode.MediaNotFound) return null;
    throw e;
  }
}
