// Generated from generator/shipped/runtime/envelope-fields.ts by npm run generate. Do not edit.
// The fields of each vendor's error response body, as the documents show them: read and built from this one table.

import { ownProperty } from './own-property.js';
import type { Envelope } from './vocabulary.js';

/** What a field of an error body holds: the code, the vendor's message, its request id, or Kingsoft's fault side. */
export type EnvelopeFieldRole = 'code' | 'message' | 'request-id' | 'fault';

/** One field of an error body: where it sits, and what it holds. */
export interface EnvelopeField {
  readonly path: readonly [string, ...string[]];
  readonly role: EnvelopeFieldRole;
}

const field = (role: EnvelopeFieldRole, ...path: [string, ...string[]]): EnvelopeField => ({
  path,
  role,
});

/** The fields of each envelope, in the order the vendor's example body lists them. */
export const ENVELOPE_FIELDS: Readonly<Record<Envelope, readonly EnvelopeField[]>> = {
  // {"Response": {"Error": {"Code": "...", "Message": "..."}, "RequestId": "..."}}
  'tencent-api3': [
    field('code', 'Response', 'Error', 'Code'),
    field('message', 'Response', 'Error', 'Message'),
    field('request-id', 'Response', 'RequestId'),
  ],
  // {"requestId": "...", "code": "...", "message": "..."}
  bce: [field('request-id', 'requestId'), field('code', 'code'), field('message', 'message')],
  // {"RequestId": "...", "Error": {"Type": "Sender", "Code": "...", "Message": "..."}}
  'kingsoft-openapi': [
    field('request-id', 'RequestId'),
    field('fault', 'Error', 'Type'),
    field('code', 'Error', 'Code'),
    field('message', 'Error', 'Message'),
  ],
  // {"Data": {"RetCode": 8201, "RetMsg": "..."}, "RequestId": "..."}
  'kingsoft-v1': [
    field('code', 'Data', 'RetCode'),
    field('message', 'Data', 'RetMsg'),
    field('request-id', 'RequestId'),
  ],
  // {"msg": "...", "code": 40400001, "id": "..."}
  upyun: [field('message', 'msg'), field('code', 'code'), field('request-id', 'id')],
};

/** The path of the field with this role (`Response.Error.Code` for a Tencent code), if the envelope has one. */
export function envelopePath(
  envelope: Envelope,
  role: EnvelopeFieldRole,
): readonly [string, ...string[]] | undefined {
  return ENVELOPE_FIELDS[envelope].find((candidate) => candidate.role === role)?.path;
}

/** The value at a path of own data properties, or undefined where the path leaves the objects. */
export function valueAt(json: unknown, path: readonly string[]): unknown {
  let value = json;
  for (const key of path) value = ownProperty(value, key);
  return value;
}

/** A body in the envelope's shape, the fields in the vendor's order, each role's value from `values`. */
export function bodyWith(
  envelope: Envelope,
  values: Readonly<Record<EnvelopeFieldRole, unknown>>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const { path, role } of ENVELOPE_FIELDS[envelope]) {
    let holder = body;
    for (const key of path.slice(0, -1)) {
      holder[key] ??= {};
      holder = holder[key] as Record<string, unknown>;
    }
    holder[path[path.length - 1]!] = values[role];
  }
  return body;
}
