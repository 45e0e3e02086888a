// Which of a vendor's sources a document given to `npm run import` is: a page and its code lists are imported separately.

import path from 'node:path';
import { isCodeList } from '../documents/source-kinds.js';
import { parseCodeList } from '../documents/parse-code-list.js';
import type { ManifestEntry } from '../schema/schema.js';

/** Han ideographs: a list whose descriptions have them is the Chinese one. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/**
 * The source_file of the vendor's source that `documentPath` (absolute) is, or the reason none is:
 * its copy in tables/ itself; else the one source whose path inside tables/sources/ ends the given
 * path (a list in the repositories' layout, `.../tencentcloud-sdk-go/tencentcloud/vod/v20180717/errors.go`);
 * else by what the text is: a code list or a page, and for a list, Chinese or English.
 */
export function sourceForDocument(
  vendorEntries: readonly ManifestEntry[],
  tablesDir: string,
  documentPath: string,
  text: string,
): { readonly sourceFile: string } | { readonly reason: string } {
  const sourceFiles = [...new Set(vendorEntries.map((entry) => entry.sourceFile))];
  if (sourceFiles.length === 1) return { sourceFile: sourceFiles[0]! };
  const given = documentPath.split(path.sep).join('/');
  const itself = sourceFiles.find((file) => path.join(tablesDir, file) === documentPath);
  if (itself !== undefined) return { sourceFile: itself };
  const bySuffix = sourceFiles.filter((file) => given.endsWith(`/${file.replace(/^sources\//, '')}`));
  if (bySuffix.length === 1) return { sourceFile: bySuffix[0]! };

  let list: ReturnType<typeof parseCodeList> | undefined;
  try {
    list = parseCodeList(text);
  } catch {
    list = undefined;
  }
  let candidates = sourceFiles.filter((file) => isCodeList(file) === (list !== undefined));
  if (list !== undefined && candidates.length > 1) {
    const language = list.entries.some((entry) => HAN.test(entry.description ?? '')) ? 'zh' : 'en';
    candidates = candidates.filter((file) =>
      vendorEntries.some((entry) => entry.sourceFile === file && entry.language === language),
    );
  }
  if (candidates.length === 1) return { sourceFile: candidates[0]! };
  return {
    reason: `cannot tell which of the vendor's ${sourceFiles.length} sources this is (${sourceFiles.join(', ')}); give the path of its copy in tables/`,
  };
}
