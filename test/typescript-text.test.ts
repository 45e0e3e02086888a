// Tests that vendor text in generated TypeScript (string literals, doc comments) reads back as written, with the compiler.

import fc from 'fast-check';
import { format } from 'oxfmt';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { tsDocs, tsString } from '../generator/emit/lib/ts.js';
import { hostileCell, hostileString, RUNS } from './helpers/hostile-text.js';

const parse = (source: string): ts.SourceFile =>
  ts.createSourceFile('generated.ts', source, ts.ScriptTarget.ESNext, true);

/** The syntax errors the parser met (the compiler keeps them on the file it parsed). */
const syntaxErrors = (file: ts.SourceFile): string[] =>
  (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics.map(
    (diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  );

/** The file's statements as `export const before = 1` ... : what must stay as it was around the text. */
const statementNames = (file: ts.SourceFile): string[] =>
  file.statements.map((statement) =>
    ts.isVariableStatement(statement)
      ? statement.declarationList.declarations
          .map((declaration) => declaration.name.getText())
          .join()
      : ts.SyntaxKind[statement.kind],
  );

/** The string a `const NAME = '...'` of the file holds, as the compiler reads it. */
function stringOf(file: ts.SourceFile, name: string): string | undefined {
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.name.getText() !== name) continue;
      const value = declaration.initializer;
      return value !== undefined && ts.isStringLiteral(value) ? value.text : undefined;
    }
  }
  return undefined;
}

/** The text of the one JSDoc block before the statement named `name`, without its frame. */
function docOf(file: ts.SourceFile, name: string): string[] {
  const statement = file.statements.find(
    (candidate) =>
      ts.isVariableStatement(candidate) &&
      candidate.declarationList.declarations[0]?.name.getText() === name,
  )!;
  const ranges = ts.getLeadingCommentRanges(file.text, statement.getFullStart()) ?? [];
  return ranges.map((range) =>
    file.text
      .slice(range.pos, range.end)
      .replace(/^\/\*\*\n/, '')
      .replace(/\n \*\/$/, '')
      .split('\n')
      .map((line) => line.replace(/^ \* ?/, ''))
      .join('\n'),
  );
}

/** tsDocs's escapes undone: each took one backslash more. */
const undoDocEscapes = (text: string): string =>
  text
    .replace(/\*(\\*)\\\//g, '*$1/')
    .split('\n')
    .map((line) => line.replace(/^(\s*)(\\*)\\@/, '$1$2@'))
    .join('\n');

const OXFMT = { printWidth: 100, singleQuote: true, trailingComma: 'all' as const };

describe('TypeScript text reads back as the vendor wrote it', () => {
  it('a string literal, any string at all, also once formatted', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (text) => {
        const source = `export const before = 1;\nexport const value = ${tsString(text)};\nexport const after = 2;\n`;
        // A UTF-8 file can hold it: no lone surrogate is written out.
        expect(source).not.toMatch(/[\uD800-\uDFFF]/u);
        const formatted = (await format('generated.ts', source, OXFMT)).code;
        for (const code of [source, formatted]) {
          const file = parse(code);
          expect(syntaxErrors(file)).toEqual([]);
          expect(statementNames(file)).toEqual(['before', 'value', 'after']);
          expect(stringOf(file, 'value')).toBe(text);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a doc comment ends where it should and reads back, also once formatted', async () => {
    await fc.assert(
      fc.asyncProperty(hostileCell({ lineBreaks: true }), async (text) => {
        const docs = tsDocs([text]);
        const comment = [
          '/**',
          ...docs.split('\n').map((line) => (line === '' ? ' *' : ` * ${line}`)),
          ' */',
        ];
        const source = `export const before = 1;\n${comment.join('\n')}\nexport const value = 1;\nexport const after = 2;\n`;
        const formatted = (await format('generated.ts', source, OXFMT)).code;
        for (const code of [source, formatted]) {
          const file = parse(code);
          expect(syntaxErrors(file)).toEqual([]);
          expect(statementNames(file)).toEqual(['before', 'value', 'after']);
          const read = docOf(file, 'value');
          expect(read).toHaveLength(1);
          expect(undoDocEscapes(read[0]!)).toBe(text);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('writes what cannot be seen as an escape, and ends no comment early', () => {
    expect(tsString('Key \u202etxt.exe')).toBe("'Key \\u202Etxt.exe'");
    expect(tsString('\ud800')).toBe("'\\uD800'");
    // A format character beyond U+FFFF (a tag) is two units, each escaped; the pair reads back.
    expect(tsString('\u{E0020}*/')).toBe("'\\uDB40\\uDC20*/'");
    expect(tsDocs(['a */ b', '@deprecated', 'c *\\/ d'])).toBe(
      'a *\\/ b\n\n\\@deprecated\n\nc *\\\\/ d',
    );
  });
});
