// What the emitters ask of the envelope field table (generator/shipped/runtime/envelope-fields.ts): body types and guards.
import type { Envelope } from '../../model/model.js';
import { ENVELOPE_FIELDS, type EnvelopeField } from '../../shipped/runtime/envelope-fields.js';

export { ENVELOPE_FIELDS, type EnvelopeField };

/** The field that holds the code (`Response.Error.Code`). */
export function codeField(envelope: Envelope): EnvelopeField {
  const field = ENVELOPE_FIELDS[envelope].find((candidate) => candidate.role === 'code');
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
