// The fields of each vendor's error response body, as the documents show them: one source for body types and guards.
import type { Envelope } from '../../model/model.js';

/** One field of an error body: where it sits, and whether it holds the code or some text. */
export interface EnvelopeField {
  readonly type: 'envelope-field';
  readonly path: readonly [string, ...string[]];
  readonly holds: 'code' | 'string';
}

const code = (...path: [string, ...string[]]): EnvelopeField => ({
  type: 'envelope-field',
  path,
  holds: 'code',
});
const text = (...path: [string, ...string[]]): EnvelopeField => ({
  type: 'envelope-field',
  path,
  holds: 'string',
});

/** The fields of each envelope, in the order the vendor's example body lists them. */
export const ENVELOPE_FIELDS: Readonly<Record<Envelope, readonly EnvelopeField[]>> = {
  // {"Response": {"Error": {"Code": "...", "Message": "..."}, "RequestId": "..."}}
  'tencent-api3': [
    code('Response', 'Error', 'Code'),
    text('Response', 'Error', 'Message'),
    text('Response', 'RequestId'),
  ],
  // {"requestId": "...", "code": "...", "message": "..."}
  bce: [text('requestId'), code('code'), text('message')],
  // {"RequestId": "...", "Error": {"Type": "Sender", "Code": "...", "Message": "..."}}
  'kingsoft-openapi': [
    text('RequestId'),
    text('Error', 'Type'),
    code('Error', 'Code'),
    text('Error', 'Message'),
  ],
  // {"Data": {"RetCode": 8201, "RetMsg": "..."}, "RequestId": "..."}
  'kingsoft-v1': [code('Data', 'RetCode'), text('Data', 'RetMsg'), text('RequestId')],
  // {"msg": "...", "code": 40400001, "id": "..."}
  upyun: [text('msg'), code('code'), text('id')],
};

/** The field that holds the code (`Response.Error.Code`). */
export function codeField(envelope: Envelope): EnvelopeField {
  const field = ENVELOPE_FIELDS[envelope].find((candidate) => candidate.holds === 'code');
  if (field === undefined) throw new Error(`envelope ${envelope} has no code field`);
  return field;
}

/** A field's path as the vendor documents write it (`Response.Error.Code`). */
export const fieldPath = (field: EnvelopeField): string => field.path.join('.');

interface FieldTree {
  readonly key: string;
  readonly leaf?: EnvelopeField;
  readonly children: FieldTree[];
}

/** The fields as nested objects, keeping the vendor's order of first appearance. */
export function fieldTree(fields: readonly EnvelopeField[]): readonly FieldTree[] {
  const roots: FieldTree[] = [];
  for (const field of fields) {
    let level = roots;
    field.path.forEach((key, depth) => {
      const isLeaf = depth === field.path.length - 1;
      let node = level.find((candidate) => candidate.key === key);
      if (node === undefined) {
        node = isLeaf ? { key, leaf: field, children: [] } : { key, children: [] };
        level.push(node);
      }
      level = node.children;
    });
  }
  return roots;
}
