// Puts a type alias's union on one indented line where it fits, as prettier does and oxfmt does not.

/** The page width of generated/ (PRETTIER_OPTIONS.printWidth). */
const PRINT_WIDTH = 100;

/**
 * Columns a line takes as prettier counts them: East Asian wide and fullwidth characters take two,
 * combining marks none.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    const point = character.codePointAt(0)!;
    if (point < 0x300) width += point < 0x20 ? 0 : 1;
    else if (point <= 0x36f) continue;
    else if (
      (point >= 0x1100 && point <= 0x115f) ||
      (point >= 0x2e80 && point <= 0xa4cf && point !== 0x303f) ||
      (point >= 0xac00 && point <= 0xd7a3) ||
      (point >= 0xf900 && point <= 0xfaff) ||
      (point >= 0xfe30 && point <= 0xfe4f) ||
      (point >= 0xff00 && point <= 0xff60) ||
      (point >= 0xffe0 && point <= 0xffe6) ||
      (point >= 0x1f300 && point <= 0x1f64f) ||
      (point >= 0x20000 && point <= 0x3fffd)
    )
      width += 2;
    else width += 1;
  }
  return width;
}

/** `export type Name<T> =` alone on its line: the head of a type alias whose value is broken. */
const ALIAS_HEAD = /^( *)(?:export )?(?:declare )?type [^=]*=$/;

/**
 * oxfmt breaks a union that does not fit beside its alias's name into one `| member` line each;
 * prettier first tries the whole union on one indented line:
 *
 *     export type VendorId =
 *       'tencent-live' | 'baidu-vod' | 'upyun';
 *
 * This rewrites oxfmt's form into prettier's wherever every member is one line and the joined
 * line fits the page. One pass over the lines: linear in the file's size.
 */
export function unionsInPrettierLayout(text: string): string {
  if (!text.includes('\n  | ') && !text.includes(' =\n')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    out.push(line);
    const head = ALIAS_HEAD.exec(line);
    if (head === null) continue;
    const memberPrefix = `${head[1]}  | `;
    const members: string[] = [];
    let end = index + 1;
    let closed = false;
    while (end < lines.length && lines[end]!.startsWith(memberPrefix)) {
      const member = lines[end]!.slice(memberPrefix.length);
      end += 1;
      if (member.endsWith(';')) {
        members.push(member.slice(0, -1));
        closed = true;
        break;
      }
      members.push(member);
    }
    if (!closed || members.length < 2) continue;
    const joined = `${head[1]}  ${members.join(' | ')};`;
    if (displayWidth(joined) > PRINT_WIDTH) continue;
    out.push(joined);
    index = end - 1;
  }
  return out.join('\n');
}
