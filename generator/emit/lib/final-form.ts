// Text an emitter prints in final form (prettier's layout): the formatter formats the small shell around it, never the text itself.

/**
 * A block of a generated file printed in final form. The file's contents hold `placeholder` on a
 * line of its own where the block goes (an object property, an enum member or a statement, so the
 * shell around it is laid out as with the block in place); once the shell is formatted, the
 * placeholder's line is replaced by the block printed for that line's indentation.
 */
export interface FinalBlock {
  readonly type: 'final-block';
  readonly placeholder: string;
  /** The lines that replace the placeholder's line, indented by `indent` spaces, no final newline. */
  readonly print: (indent: number) => string;
}

/**
 * A block with a placeholder of its own: an identifier no vendor text can produce (the numbering
 * only tells blocks of one file apart; the placeholders never reach generated/).
 */
export function finalBlock(id: string, print: (indent: number) => string): FinalBlock {
  return { type: 'final-block', placeholder: `ɵfinal_${id.replace(/\W/g, '_')}`, print };
}

/** What may follow a placeholder on its line: a property's or member's comma, a statement's semicolon. */
const PLACEHOLDER_END = /^[,;]?$/;

/**
 * The blocks printed in place of their placeholders, each for its placeholder's indentation. One
 * pass over the text: linear in its size.
 */
export function spliceBlocks(
  text: string,
  blocks: readonly FinalBlock[],
  filePath: string,
): string {
  if (blocks.length === 0) return text;
  const found = blocks
    .map((block) => {
      const at = text.indexOf(block.placeholder);
      if (at < 0 || text.indexOf(block.placeholder, at + 1) >= 0)
        throw new Error(`${filePath}: placeholder ${block.placeholder} is not there exactly once`);
      return { block, at };
    })
    .sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let done = 0;
  for (const { block, at } of found) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const before = text.slice(lineStart, at);
    const after = text.slice(at + block.placeholder.length, end);
    if (!/^ *$/.test(before) || !PLACEHOLDER_END.test(after))
      throw new Error(
        `${filePath}: placeholder ${block.placeholder} does not stand on a line alone`,
      );
    parts.push(text.slice(done, lineStart), block.print(before.length));
    done = end;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

/** An emitted file's whole text before formatting: its blocks in place, for readers of raw output. */
export const unformattedText = (file: {
  readonly path: string;
  readonly contents: string;
  readonly blocks?: readonly FinalBlock[];
}): string => spliceBlocks(file.contents, file.blocks ?? [], file.path);
