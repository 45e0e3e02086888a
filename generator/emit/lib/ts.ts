// The small vocabulary of ts-morph builders that emitters compose, so an emitter reads as its declarations.
import {
  printStructure,
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type ExportDeclarationStructure,
  type FunctionDeclarationStructure,
  type ImportDeclarationStructure,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
  type WriterFunction,
} from 'ts-morph';
import { spliceBlocks, type FinalBlock } from './final-form.js';

/** Prints a TypeScript file from its header line and statements, final-form blocks in place. */
export type PrintTs = (path: string, header: string, statements: readonly Statement[]) => string;

/** Prints a TypeScript file as the format stage takes it: contents with placeholders, and the blocks. */
export type PrintTsShell = (
  header: string,
  statements: readonly Statement[],
) => { readonly contents: string; readonly blocks?: readonly FinalBlock[] };

/**
 * A statement of an emitted file: a ts-morph structure, a writer, a block printed in final form
 * (large data), or a declaration whose shell holds such blocks.
 */
export type Statement = PlainStatement | FinalBlock | WithBlocks;

type PlainStatement = StatementStructures | WriterFunction | string;

/** A declaration whose text holds the placeholders of blocks printed in final form. */
export interface WithBlocks {
  readonly type: 'with-blocks';
  readonly statement: PlainStatement;
  readonly blocks: readonly FinalBlock[];
}

export const tsWithBlocks = (
  statement: PlainStatement,
  blocks: readonly FinalBlock[],
): WithBlocks => ({ type: 'with-blocks', statement, blocks });

/** A literal that can stand in emitted code as a value or as a type. */
export type Literal = string | number | boolean;

/** The one header line every generated TypeScript file opens with. */
export function tsHeader(sources: readonly string[]): string {
  return `// Generated from ${sources.join(', ')} by npm run generate. Do not edit.`;
}

/**
 * Characters a string literal writes as `\uXXXX`: controls and invisible format characters (a bidi
 * override in a source file makes a reviewed diff read otherwise, CVE-2021-42574) and lone
 * surrogates, which a UTF-8 file cannot hold. Validate keeps them out of the tables; a literal
 * carries any text all the same.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029\uD800-\uDFFF]/u;

/**
 * A string literal as prettier prints it: in single quotes unless the text holds more single
 * quotes than double ones; escapes what would end or break it and what cannot be seen, keeps
 * other text as written.
 */
export function tsString(value: string): string {
  let quote = "'";
  if (value.includes("'")) {
    let balance = 0;
    for (const char of value) balance += char === "'" ? 1 : char === '"' ? -1 : 0;
    if (balance > 0) quote = '"';
  }
  const special = new RegExp(`[\\\\${quote}]|${INVISIBLE.source}`, 'gu');
  const escaped = value.replace(special, (char) => {
    switch (char) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\\':
      case quote:
        return `\\${char}`;
      default:
        // Every UTF-16 unit: a format character beyond U+FFFF (a tag, U+E0020) is a pair.
        return Array.from(
          { length: char.length },
          (_, unit) => `\\u${char.charCodeAt(unit).toString(16).toUpperCase().padStart(4, '0')}`,
        ).join('');
    }
  });
  return `${quote}${escaped}${quote}`;
}

/** A literal as code: a quoted string, a number or a boolean. */
export function tsLiteral(value: Literal): string {
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error(`not a finite number literal: ${value}`);
  return String(value);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const CANONICAL_INDEX = /^(0|[1-9][0-9]*)$/;

/**
 * An object key as code: bare when it is an identifier or a canonical integer, quoted only when it
 * must be. `__proto__` is computed: written bare or quoted in an object literal it would set the
 * object's prototype instead of making a key, and a vendor's code is data, whatever it spells.
 */
export function tsPropertyKey(key: string | number): string {
  const text = String(key);
  if (text === '__proto__') return `[${tsString(text)}]`;
  if (IDENTIFIER.test(text)) return text;
  if (CANONICAL_INDEX.test(text) && Number.isSafeInteger(Number(text))) return text;
  return tsString(text);
}

/**
 * JSDoc text from paragraphs: blank lines between them, and nothing in vendor text can end the
 * comment early (`*\/`) or turn a line into a tag (a line that opens with `@`). Each escape adds
 * one backslash, also to a text that already has some there (`*\\/`), so the text reads back.
 */
export function tsDocs(paragraphs: readonly (string | undefined)[]): string {
  return paragraphs
    .filter((paragraph): paragraph is string => paragraph !== undefined && paragraph.trim() !== '')
    .map((paragraph) =>
      paragraph
        .replace(/\r\n?/g, '\n')
        .replace(/\*(\\*)\//g, '*$1\\/')
        .split('\n')
        .map((line) => line.trimEnd().replace(/^(\s*)(\\*)@/, '$1$2\\@'))
        .join('\n'),
    )
    .join('\n\n');
}

/** Writes a JSDoc block for text made by tsDocs; writes nothing for empty text. */
export function writeDocs(writer: CodeBlockWriter, docs: string | undefined): void {
  if (docs === undefined || docs === '') return;
  writer.writeLine('/**');
  for (const line of docs.split('\n')) writer.writeLine(line === '' ? ' *' : ` * ${line}`);
  writer.writeLine(' */');
}

/** A union type of the given member types, one per line; `never` when empty. */
export function tsUnion(members: readonly string[]): WriterFunction {
  return (writer) => {
    if (members.length === 0) {
      writer.write('never');
      return;
    }
    // One pass over the members: a union may hold tens of thousands of codes.
    writer.write(members.map((member) => `\n  | ${member}`).join(''));
  };
}

/** An object literal type `{ key: type; ... }` from ordered properties. */
export function tsObjectType(
  properties: readonly (readonly [key: string, type: string])[],
): string {
  return `{ ${properties.map(([key, type]) => `${tsPropertyKey(key)}: ${type}`).join('; ')} }`;
}

/** An object literal `{ key: value, ... }` from ordered properties, on one line: the formatter breaks it where it must. */
export function tsObject(
  properties: readonly (readonly [key: string | number, value: string])[],
): string {
  if (properties.length === 0) return '{}';
  return `{ ${properties.map(([key, value]) => `${tsPropertyKey(key)}: ${value}`).join(', ')} }`;
}

/** A call that bundlers may drop when its result is unused: arguments must be pure as well. */
export function tsPure(
  callee: string,
  args: readonly string[],
  typeArguments: readonly string[] = [],
): string {
  const typeList = typeArguments.length === 0 ? '' : `<${typeArguments.join(', ')}>`;
  return `/* @__PURE__ */ ${callee}${typeList}(${args.join(', ')})`;
}

/** A frozen value: `Object.freeze<T>(value)`, pure. */
export function tsFrozen(value: string, type?: string): string {
  return tsPure('Object.freeze', [value], type === undefined ? [] : [type]);
}

/**
 * A frozen record without a prototype, so no key such as `__proto__`, `constructor` or `toString`
 * is ever found on it except its own. `recordType` types the empty record the properties go into.
 */
export function tsFrozenRecord(
  properties: readonly (readonly [key: string | number, value: string])[],
  recordType = 'object',
): string {
  return tsFrozenRecordOf(tsObject(properties), recordType);
}

/** tsFrozenRecord of an object expression already written. */
export function tsFrozenRecordOf(object: string, recordType = 'object'): string {
  return tsFrozen(
    tsPure('Object.assign', [`${tsPure('Object.create', ['null'])} as ${recordType}`, object]),
  );
}

/** An exported type alias. */
export function tsTypeAlias(declaration: {
  readonly name: string;
  readonly docs?: string;
  readonly typeParameters?: readonly string[];
  readonly type: string | WriterFunction;
}): TypeAliasDeclarationStructure {
  return {
    kind: StructureKind.TypeAlias,
    name: declaration.name,
    isExported: true,
    typeParameters: [...(declaration.typeParameters ?? [])],
    type: declaration.type,
    docs: declaration.docs ? [declaration.docs] : [],
  };
}

/** A `const` declaration, exported unless said otherwise. */
export function tsConst(declaration: {
  readonly name: string;
  readonly docs?: string;
  readonly type?: string;
  readonly initializer: string | WriterFunction;
  readonly isExported?: boolean;
}): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    isExported: declaration.isExported ?? true,
    docs: declaration.docs ? [declaration.docs] : [],
    declarations: [
      {
        name: declaration.name,
        type: declaration.type,
        initializer: declaration.initializer,
      },
    ],
  };
}

/** An exported function whose body is written by a writer. */
export function tsFunction(declaration: {
  readonly name: string;
  readonly docs?: string;
  readonly typeParameters?: readonly string[];
  readonly parameters: readonly (readonly [name: string, type: string])[];
  readonly returnType: string;
  readonly body: WriterFunction;
}): FunctionDeclarationStructure {
  const parameters: OptionalKind<ParameterDeclarationStructure>[] = declaration.parameters.map(
    ([name, type]) => ({
      name: name.endsWith('?') ? name.slice(0, -1) : name,
      hasQuestionToken: name.endsWith('?'),
      type,
    }),
  );
  return {
    kind: StructureKind.Function,
    name: declaration.name,
    isExported: true,
    docs: declaration.docs ? [declaration.docs] : [],
    typeParameters: [...(declaration.typeParameters ?? [])],
    parameters,
    returnType: declaration.returnType,
    statements: [declaration.body],
  };
}

/** An exported interface of readonly properties, in the given order; a property may be optional and documented. */
export function tsInterface(declaration: {
  readonly name: string;
  readonly docs?: string;
  readonly properties: readonly (readonly [
    key: string,
    type: string,
    options?: { readonly optional?: boolean; readonly docs?: string },
  ])[];
}): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: declaration.name,
    isExported: true,
    docs: declaration.docs ? [declaration.docs] : [],
    properties: declaration.properties.map(([key, type, options]) => ({
      name: tsPropertyKey(key),
      type,
      isReadonly: true,
      hasQuestionToken: options?.optional ?? false,
      docs: options?.docs ? [options.docs] : [],
    })),
  };
}

/** `import { a, b } from 'x'` (or `import type`); names are sorted for stable output. */
export function tsImport(
  names: readonly string[],
  from: string,
  options: { readonly typeOnly?: boolean } = {},
): ImportDeclarationStructure {
  return {
    kind: StructureKind.ImportDeclaration,
    isTypeOnly: options.typeOnly ?? false,
    namedImports: [...new Set(names)].sort(),
    moduleSpecifier: from,
  };
}

/** `export { a, b } from 'x'` (or `export type`), or `export * from 'x'` without names. */
export function tsExportFrom(
  names: readonly string[] | '*',
  from: string,
  options: { readonly typeOnly?: boolean } = {},
): ExportDeclarationStructure {
  return {
    kind: StructureKind.ExportDeclaration,
    isTypeOnly: options.typeOnly ?? false,
    namedExports: names === '*' ? [] : [...new Set(names)].sort(),
    moduleSpecifier: from,
  };
}

const isModuleLink = (statement: PlainStatement): boolean =>
  typeof statement === 'object' &&
  (statement.kind === StructureKind.ImportDeclaration ||
    statement.kind === StructureKind.ExportDeclaration);

/** A blank line between declarations and after the imports; imports and re-exports stay together. */
function spaced(statements: readonly PlainStatement[]): PlainStatement[] {
  return statements.flatMap((statement, index) => {
    const previous = statements[index - 1];
    const together = previous !== undefined && isModuleLink(previous) && isModuleLink(statement);
    return index === 0 || together
      ? [statement]
      : [(writer: CodeBlockWriter) => writer.blankLineIfLastNot(), statement];
  });
}

const isFinalBlock = (statement: Statement): statement is FinalBlock =>
  typeof statement === 'object' && 'type' in statement && statement.type === 'final-block';

const isWithBlocks = (statement: Statement): statement is WithBlocks =>
  typeof statement === 'object' && 'type' in statement && statement.type === 'with-blocks';

/**
 * A file printer: ts-morph prints each file from its statements in one pass. A final-form block
 * stands as its placeholder, a statement of its own. printStructure writes the text without
 * parsing it into a source file, which the emitters never read back (in the full Tencent catalog,
 * parsing and forgetting 1,601 source files took 0.8 of 1.4 s of printing).
 */
export function createTsShellPrinter(): PrintTsShell {
  return (header, statements) => {
    const blocks: FinalBlock[] = [];
    const plain = statements.map((statement): PlainStatement => {
      if (isFinalBlock(statement)) {
        blocks.push(statement);
        return statement.placeholder;
      }
      if (isWithBlocks(statement)) {
        blocks.push(...statement.blocks);
        return statement.statement;
      }
      return statement;
    });
    const text = printStructure(
      {
        kind: StructureKind.SourceFile,
        statements: [header, ...spaced(plain)],
      },
      { indentNumberOfSpaces: 2, useSingleQuote: true, newLine: '\n' },
    );
    const contents = text.endsWith('\n') ? text : `${text}\n`;
    return blocks.length === 0 ? { contents } : { contents, blocks };
  };
}

/** A file printer whose output is whole: final-form blocks printed in place of their placeholders. */
export function createTsPrinter(): PrintTs {
  const printShell = createTsShellPrinter();
  return (path, header, statements) => {
    const { contents, blocks = [] } = printShell(header, statements);
    return spliceBlocks(contents, blocks, path);
  };
}
