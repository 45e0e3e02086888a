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
