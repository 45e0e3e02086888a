// Data printed as TypeScript in prettier's final layout with plain string building: object properties, enum members, unions, number arrays.
import { fits, PRINT_WIDTH, textWidth } from './text-width.js';
import { tsPropertyKey } from './ts.js';

const INDENTS: string[] = [];

/** `count` spaces (the few indentations in use, each made once). */
export const spaces = (count: number): string => (INDENTS[count] ??= ' '.repeat(count));

const KEYS = new Map<string, string>();

/** An object key as code, remembered: the data's keys are a handful of field names. */
const propertyKey = (key: string): string => {
  let name = KEYS.get(key);
  if (name === undefined) {
    name = tsPropertyKey(key);
    if (KEYS.size < 256) KEYS.set(key, name);
  }
  return name;
};

/**
 * prettier's object keys that never break after the colon: a key narrower than the indent plus
 * three columns leaves too little to gain (`code:`, `zh:`).
 */
const isShortKey = (key: string): boolean => textWidth(key) < 2 + 3;

/**
 * One `key: value,` line of an expanded object at `indent`. A string value that does not fit moves
 * to the next line, as prettier does, unless its key is short.
 */
export function propertyLine(indent: number, key: string, value: string): string {
  const name = propertyKey(key);
  const line = `${spaces(indent)}${name}: ${value},`;
  if (fits(line) || isShortKey(name) || (value[0] !== "'" && value[0] !== '"')) return line;
  return `${spaces(indent)}${name}:\n${spaces(indent + 2)}${value},`;
}

/**
 * `key: { a: 1, b: 2 },` on one line when it fits, else expanded with one property a line. The
 * values are literals; prettier keeps an object expanded once its first key is on a new line.
 */
export function objectProperty(
  indent: number,
  key: string,
  properties: readonly (readonly [key: string, value: string])[],
): string {
  const name = propertyKey(key);
  if (properties.length === 0) return `${spaces(indent)}${name}: {},`;
  const inline = `${spaces(indent)}${name}: { ${properties.map(([k, v]) => `${propertyKey(k)}: ${v}`).join(', ')} },`;
  if (fits(inline)) return inline;
  return [
    `${spaces(indent)}${name}: {`,
    ...properties.map(([k, v]) => propertyLine(indent + 2, k, v)),
    `${spaces(indent)}},`,
  ].join('\n');
}

/** `key: [a, b],` on one line when it fits, else one item a line (items are names or strings). */
export function arrayProperty(indent: number, key: string, items: readonly string[]): string {
  const name = propertyKey(key);
  const inline = `${spaces(indent)}${name}: [${items.join(', ')}],`;
  if (items.length === 0 || fits(inline)) return inline;
  return [
    `${spaces(indent)}${name}: [`,
    ...items.map((item) => `${spaces(indent + 2)}${item},`),
    `${spaces(indent)}],`,
  ].join('\n');
}

/**
 * A JSDoc block at `indent` for text made by tsDocs; nothing for empty text. `short` puts
 * one-line text on one line (`/** text *\/`), as ts-morph prints a declaration's docs; prettier
 * keeps a comment as it is written.
 */
export function docsLines(indent: number, docs: string | undefined, short: boolean): string[] {
  if (docs === undefined || docs === '') return [];
  const pad = spaces(indent);
  if (short && !docs.includes('\n')) return [`${pad}/** ${docs} */`];
  return [
    `${pad}/**`,
    ...docs.split('\n').map((line) => (line === '' ? `${pad} *` : `${pad} * ${line}`)),
    `${pad} */`,
  ];
}

/**
 * `export type Name = A | B;` as prettier lays it out: on one line if it fits, else the union on
 * one indented line if that fits, else one `| member` a line.
 */
export function typeAliasOfUnion(name: string, members: readonly string[]): string {
  const head = `export type ${name} =`;
  if (members.length === 0) return `${head} never;`;
  const joined = members.join(' | ');
  if (fits(`${head} ${joined};`)) return `${head} ${joined};`;
  if (members.length === 1 || fits(`  ${joined};`)) return `${head}\n  ${joined};`;
  return `${head}\n${members.map((member) => `  | ${member}`).join('\n')};`;
}

/**
 * The items of an expanded array of numbers at `indent`, as prettier fills them: as many to a
 * line as fit, each with its comma.
 */
export function filledNumbers(indent: number, items: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line !== '' && line.length + 1 + item.length + 1 <= PRINT_WIDTH) line += ` ${item},`;
    else {
      if (line !== '') lines.push(line);
      line = `${spaces(indent)}${item},`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
