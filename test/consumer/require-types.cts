// The CommonJS side of the package: `require` resolves to dist/cjs with its own declarations.
import root = require('cloud-error-codes');
import kingsoftLive = require('cloud-error-codes/kingsoft-live');
import upyun = require('cloud-error-codes/upyun');

export const v1: boolean = kingsoftLive.isKingsoftLiveV1ErrorCode(8201);
export const name: string | undefined = root.lookupError(
  'upyun',
  upyun.UpyunErrorCode.FileOrDirectoryNotFound,
)?.name;
// @ts-expect-error a code Upyun does not document
export const unknown: upyun.UpyunErrorCodeValue = 1;

// One check narrows under CommonJS as under ESM.
export function caught(e: unknown): string {
  if (root.isCloudApiError(e, 'upyun') && e.known) {
    const code: upyun.UpyunErrorCodeValue = e.code;
    return String(code);
  }
  return e instanceof root.CloudApiError ? e.message : '';
}
export const documented: 40400001 = root.getError('upyun', 40400001).code;
// @ts-expect-error a code Upyun does not document
root.getError('upyun', 40499999);
export const aliasResponse = root.errorResponse('baidu-vod', 'MediaException.MediaNotFound');
