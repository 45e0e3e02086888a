// Runs the package as CommonJS (require): the same answers as the ES module build.
const assert = require('node:assert/strict');
const {
  CODE_SETS,
  CloudApiError,
  errorResponse,
  fromTencentCloudSdkError,
  getError,
  lookupError,
  listErrors,
  parseErrorResponse,
} = require('cloud-error-codes');
const live = require('cloud-error-codes/tencent-live');
const { isKingsoftLiveV1ErrorBody } = require('cloud-error-codes/kingsoft-live');
const { TencentLiveErrorCode, isTencentLiveErrorCode } = require('cloud-error-codes/tencent-live');
const { isUpyunErrorCode } = require('cloud-error-codes/upyun');

assert.equal(lookupError('upyun', 40400001).name, 'FileOrDirectoryNotFound');
assert.equal(lookupError('upyun', '40400001').name, 'FileOrDirectoryNotFound');
assert.equal(
  lookupError('tencent-streamlive', TencentLiveErrorCode.AuthFailureSignatureExpire).category,
  'auth',
);
assert.equal(lookupError('tencent-live', 'constructor'), undefined);
assert.equal(lookupError('nope', 'InternalError'), undefined);
assert.ok(listErrors('tencent-live').length > 0);
assert.deepEqual(listErrors('nope'), []);
assert.equal(Object.isFrozen(CODE_SETS.upyun[0].entries), true);
assert.equal(isTencentLiveErrorCode('toString'), false);
assert.equal(isUpyunErrorCode(40400001), true);
assert.equal(
  isKingsoftLiveV1ErrorBody({
    Data: { RetCode: 8201, RetMsg: 'stream is not on the blacklist' },
    RequestId: 'r',
  }),
  true,
);
const error = parseErrorResponse('kingsoft-live', 200, {
  Data: { RetCode: 8201, RetMsg: 'stream is not on the blacklist' },
  RequestId: 'r',
});
assert.equal(error.known, true);
assert.equal(error.code, 8201);
// The root's adapter takes the product; the subpath's is the product's own.
const sdkError = { requestId: 'r', code: 'InternalError', message: 'boom' };
assert.equal(fromTencentCloudSdkError(sdkError, 'tencent-streamlive').vendor, 'tencent-streamlive');
assert.equal(live.fromTencentCloudSdkError(sdkError).vendor, 'tencent-live');
assert.ok(live.fromTencentCloudSdkError(sdkError, { as: 'error' }) instanceof CloudApiError);
assert.equal(getError('baidu-vod', 'MediaException.MediaNotFound').code, 'MediaNotFound');
assert.throws(() => getError('tencent-live', 'AuthFailure.SignatureExpird'), RangeError);
const aliased = errorResponse('baidu-vod', 'MediaException.MediaNotFound');
assert.equal(aliased.status, 404);
assert.equal(aliased.body.code, 'MediaException.MediaNotFound');
console.log('cjs ok');
