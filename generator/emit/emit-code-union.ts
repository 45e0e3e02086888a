// Emits `PErrorCodeValue`: the union of a code set's literal codes, for plain compares and erasableSyntaxOnly users.
import type { CodeSetNode } from '../model/model.js';
import { finalBlock, type FinalBlock } from './lib/final-form.js';
import { docsLines, typeAliasOfUnion } from './lib/final-ts.js';
import { codeValueName, enumName } from './lib/names.js';
import { tsDocs, tsLiteral } from './lib/ts.js';

/** The union as a statement printed in final form: it holds every code of the set. */
export function codeUnionDeclaration(codeSet: CodeSetNode): FinalBlock {
  const docs = tsDocs([
    `A code of {@link ${enumName(codeSet)}} as a literal ${codeSet.codeType === 'integer' ? 'number' : 'string'}, usable without the enum.`,
  ]);
  const union = typeAliasOfUnion(
    codeValueName(codeSet),
    codeSet.codes.map((code) => tsLiteral(code.code)),
  );
  return finalBlock(codeValueName(codeSet), (indent) =>
    [...docsLines(indent, docs, true), union].join('\n'),
  );
}
