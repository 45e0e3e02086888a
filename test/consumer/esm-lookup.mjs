// Runs the package as an ES module (import): lookups, guards and the parse answer as documented.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { CODE_SETS, VENDORS, listErrors, lookupError, parseErrorResponse } from 'cloud-error-codes';
import { KingsoftLiveErrorCode, isKingsoftLiveV1ErrorCode } from 'cloud-error-codes/kingsoft-live';
import { UpyunErrorCode, isUpyunErrorBody, parseUpyunError } from 'cloud-error-codes/upyun';

// VENDORS names the package's vendor subpaths, in order; each subpath loads, with its parser.
const { exports: subpaths } = createRequire(import.meta.url)('cloud-error-codes/package.json');
const vendorSubpaths = Object.keys(subpaths)
  .filter((subpath) => subpath !== '.' && subpath !== './package.json')
  .map((subpath) => subpath.slice(2));
assert.deepEqual(VENDORS, vendorSubpaths);
for (const vendor of VENDORS) {
  assert.ok(listErrors(vendor).length > 0, vendor);
  const module = await import(`cloud-error-codes/${vendor}`);
  assert.ok(Object.keys(module).some((name) => /^parse\w+Error$/.test(name)), vendor);
}
assert.equal(lookupError('upyun', 40400001)?.name, 'FileOrDirectoryNotFound');
assert.equal(lookupError('upyun', UpyunErrorCode.FileOrDirectoryNotFound)?.httpStatus, 404);
assert.equal(lookupError('tencent-live', 'AuthFailure.SignatureExpire')?.category, 'auth');
assert.equal(lookupError('baidu-vod', 'MediaException.MediaNotFound')?.code, 'MediaNotFound');
assert.equal(
  lookupError(
    'kingsoft-live',
    KingsoftLiveErrorCode.InvalidParameterValue,
    'The input parameter value type error.',
  )?.message,
  'The input parameter value type error.',
);
assert.equal(lookupError('kingsoft-live', 8201)?.name, 'StreamIsNotOnTheBlacklist');
for (const hostile of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
  assert.equal(lookupError('tencent-live', hostile), undefined);
  assert.equal(lookupError(hostile, 'InternalError'), undefined);
}
const kingsoftVariants = CODE_SETS['kingsoft-live'].flatMap((set) =>
  Object.values(set.entries).flat(),
);
assert.deepEqual(listErrors('kingsoft-live'), kingsoftVariants);
assert.equal(
  listErrors('kingsoft-live').filter((entry) => entry.code === 'InvalidParameterValue').length,
  3,
);
assert.ok(listErrors('kingsoft-live').some((entry) => entry.code === 8201));
assert.ok(Object.isFrozen(listErrors('upyun')));
assert.ok(Object.isFrozen(listErrors('upyun')[0]));
assert.equal(Object.getPrototypeOf(CODE_SETS), null);
assert.equal(CODE_SETS['kingsoft-live'].length, 2);
assert.equal(isKingsoftLiveV1ErrorCode(8201), true);
assert.equal(
  isUpyunErrorBody({ msg: 'file or directory not found', code: 40400001, id: 'x' }),
  true,
);
assert.equal(
  isUpyunErrorBody(JSON.parse('{"__proto__": {"msg": "m", "code": 40400001, "id": "x"}}')),
  false,
);
const error = parseUpyunError(
  404,
  '{"msg":"file or directory not found","code":40400001,"id":"x"}',
);
assert.equal(error?.known, true);
assert.equal(error?.entry?.name, 'FileOrDirectoryNotFound');
assert.equal(parseErrorResponse('tencent-live', 200, { Response: { RequestId: 'r' } }), null);
console.log('esm ok');
