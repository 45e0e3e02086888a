// Runs both builds of the package in one process, as a dual install does: an error of either build is a CloudApiError to the other.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as esm from 'cloud-error-codes';
import * as esmLive from 'cloud-error-codes/tencent-live';

const cjs = createRequire(import.meta.url)('cloud-error-codes');
assert.notEqual(esm.CloudApiError, cjs.CloudApiError, 'two copies of the class are loaded');

const body = {
  Response: { Error: { Code: 'AuthFailure.SignatureExpire', Message: 'expired' }, RequestId: 'r' },
};
const fromEsm = esmLive.parseTencentLiveError(200, body, { as: 'error' });
const fromCjs = cjs.parseTencentLiveError(200, body, { as: 'error' });
for (const error of [fromEsm, fromCjs]) {
  assert.ok(error instanceof esm.CloudApiError);
  assert.ok(error instanceof cjs.CloudApiError);
  assert.ok(error instanceof esmLive.CloudApiError);
  assert.ok(error instanceof Error);
  assert.ok(esm.isCloudApiError(error, 'tencent-live'));
  assert.ok(cjs.isCloudApiError(error, 'tencent-live'));
  assert.ok(!esm.isCloudApiError(error, 'upyun'));
  assert.equal(error.name, 'CloudApiError');
  assert.equal(error.message, 'expired');
  assert.equal(error.code, 'AuthFailure.SignatureExpire');
  assert.equal(error.known, true);
  assert.equal(error.category, 'auth');
  assert.equal(error.retryable, false);
  assert.equal(error.httpStatus, 200);
  assert.equal(error.requestId, 'r');
  assert.equal(error.entry.name, 'AuthFailureSignatureExpire');
  assert.equal(error.cause, body);
  assert.equal(error.raw, body);
  assert.match(error.stack, /^CloudApiError \[tencent-live AuthFailure\.SignatureExpire\]: expired\n {4}at /);
  assert.equal(String(error), 'CloudApiError [tencent-live AuthFailure.SignatureExpire]: expired');
  assert.equal(error.decidedBy, 'code');
  assert.equal(JSON.parse(JSON.stringify(error)).message, 'expired');
  // Serialises without the body: cause stays out of JSON and of the enumerable keys, as a native cause does.
  assert.ok(!Object.keys(error).includes('cause'));
}
// Plain results by default, and toError makes the same Error of them.
const plain = esm.parseErrorResponse('upyun', 404, '{"code":40400001,"msg":"not found","id":"u"}');
assert.ok(!(plain instanceof esm.CloudApiError));
assert.ok(!(plain instanceof Error));
const thrown = cjs.toError(plain);
assert.ok(thrown instanceof esm.CloudApiError);
assert.equal(thrown.code, 40400001);
assert.equal(cjs.toError(thrown), thrown);
// No description is lost when the vendor sent no message.
for (const error of [plain, fromEsm]) {
  const { entry } = error;
  const bare = esm.toError({ ...error, message: undefined });
  assert.equal(bare.message, entry.description.en ?? entry.description.zh ?? entry.message);
}
const unknown = esm.parseErrorResponse('upyun', 502, '<html>Bad Gateway</html>', { as: 'error' });
assert.equal(unknown.message, 'upyun error http-502 (HTTP 502)');
assert.equal(unknown.retryable, true);
// Not every object is one: a look-alike, null, a hostile Proxy.
assert.ok(!({ ...fromEsm } instanceof esm.CloudApiError));
assert.ok(!(null instanceof esm.CloudApiError));
const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
  },
);
assert.equal(esm.isCloudApiError(hostile), false);
// A subclass keeps the ordinary prototype check.
class ServiceError extends esm.CloudApiError {}
assert.ok(new ServiceError(plain) instanceof esm.CloudApiError);
assert.ok(!(thrown instanceof ServiceError));
console.log('dual ok');
