// Emits `PErrorCodeValue`: the union of a code set's literal codes, for plain compares and erasableSyntaxOnly users.
import type { CodeSetNode } from '../model/model.js';
import { codeValueName, enumName } from './lib/names.js';
import { tsDocs, tsLiteral, tsTypeAlias, tsUnion, type Statement } from './lib/ts.js';

export function codeUnionDeclaration(codeSet: CodeSetNode): Statement {
  return tsTypeAlias({
    name: codeValueName(codeSet),
    docs: tsDocs([
      `A code of {@link ${enumName(codeSet)}} as a literal ${codeSet.codeType === 'integer' ? 'number' : 'string'}, usable without the enum.`,
    ]),
    type: tsUnion(codeSet.codes.map((code) => tsLiteral(code.code))),
  });
}
