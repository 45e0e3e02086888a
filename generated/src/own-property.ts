// Generated from generator/shipped/runtime/own-property.ts by npm run generate. Do not edit.
// Reads a property of an untrusted value (parsed JSON) without trusting its prototype or running its code.

/**
 * The value of an own data property of a non-array object, else undefined. Never an inherited
 * member (`constructor`, `toString`, `__proto__`), never a getter's result, and never a throw:
 * a hostile Proxy's traps are caught.
 */
export function ownProperty(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    if (Array.isArray(value)) return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
  } catch {
    return undefined;
  }
}
