// Puts a type alias's union on one indented line where it fits, as prettier does and oxfmt does not.
import { fits } from '../emit/lib/text-width.js';

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
    if (!fits(joined)) continue;
    out.push(joined);
    index = end - 1;
  }
  return out.join('\n');
}
