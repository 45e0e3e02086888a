// A realistic vendor update of two pages, as a maintainer would receive it: rows added, a description
// reworded, a row removed. Every edit is located through the page's own rows, so it applies to whatever
// the committed pages say today.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocumentTable, type DocumentRow } from '../../generator/documents/parse-document.js';

export interface PageUpdate {
  readonly vendor: string;
  /** The page's copy in tables/ the update starts from (`sources/tencent-live.txt`). */
  readonly sourceFile: string;
  readonly section: string;
  /** New rows as the page writes them, inserted after the table's first row, with their codes. */
  readonly added: readonly {
    readonly code: string;
    readonly line: string;
    readonly description: string;
  }[];
  /** The description appended to the second row's. */
  readonly rewordSuffix: string;
}

/** Two vendors, the layouts they print: Tencent's pipe table and Kingsoft's space-separated one. */
export const VENDOR_UPDATES: readonly PageUpdate[] = [
  {
    vendor: 'tencent-live',
    sourceFile: 'sources/tencent-live.txt',
    section: '业务错误码',
    added: [
      {
        code: 'FailedOperation.StreamLimitExceeded',
        line: '| FailedOperation.StreamLimitExceeded | 推流数量超过限制。 |',
        description: '推流数量超过限制。',
      },
      {
        code: 'ResourceNotFound.StreamNotAlive',
        line: '| ResourceNotFound.StreamNotAlive | 流不活跃。 |',
        description: '流不活跃。',
      },
    ],
    rewordSuffix: '请稍后重试。',
  },
  {
    vendor: 'kingsoft-live',
    sourceFile: 'sources/kingsoft-live.txt',
    section: '公共错误',
    added: [
      {
        code: 'StreamBanned',
        line: 'StreamBanned The Live stream is banned. 403 直播流已被封禁',
        description: '直播流已被封禁',
      },
    ],
    rewordSuffix: '(已更新)',
  },
];

export interface AppliedUpdate {
  readonly update: PageUpdate;
  /** The rows added, with the codes they have (suffixed where the page had the code already). */
  readonly added: PageUpdate['added'];
  /** Where the new page was saved (outside tables/, as a maintainer saves a page). */
  readonly pagePath: string;
  readonly reworded: DocumentRow;
  readonly removed: DocumentRow;
}

/** Writes each updated page to `<root>/pages/<vendor>.txt`, starting from its copy in `tablesDir`. */
export async function writeVendorUpdates(
  root: string,
  tablesDir: string,
): Promise<AppliedUpdate[]> {
  const applied: AppliedUpdate[] = [];
  for (const update of VENDOR_UPDATES) {
    const text = await readFile(path.join(tablesDir, update.sourceFile), 'utf8');
    // A code the page already has (a vendor added it meanwhile) gets a suffix: the update adds new codes.
    const added = update.added.map((row) => {
      let code = row.code;
      for (
        let suffix = 2;
        new RegExp(`(?:^|[|\\s])${code.replace(/\./g, '\\.')}(?:[|\\s]|$)`, 'm').test(text);
        suffix += 1
      )
        code = `${row.code}${suffix}`;
      return { ...row, code, line: row.line.replace(row.code, code) };
    });
    const { rows } = parseDocumentTable(text, update.section);
    const [first, reworded] = rows;
    const removed = rows[rows.length - 1];
    if (first === undefined || reworded === undefined || removed === undefined || rows.length < 4) {
      throw new Error(`${update.sourceFile} "${update.section}" has too few rows for the update`);
    }
    const lines = text.split('\n');
    const description = reworded.description ?? '';
    const line = lines[reworded.line - 1]!;
    const at = line.lastIndexOf(description);
    lines[reworded.line - 1] =
      line.slice(0, at + description.length) +
      update.rewordSuffix +
      line.slice(at + description.length);
    lines.splice(removed.line - 1, 1);
    lines.splice(first.line, 0, ...added.map((row) => row.line));
    const pagePath = path.join(root, 'pages', `${update.vendor}.txt`);
    await writeFile(pagePath, lines.join('\n'));
    applied.push({ update, added, pagePath, reworded, removed });
  }
  return applied;
}
