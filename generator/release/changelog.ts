// The package's changelog, tables/CHANGELOG.md: its newest section's heading is the package version, the one place it is written.

import type { Problem } from '../read-tables/table-file.js';

/** The changelog's file name in tables/; generate copies it into the package. */
export const CHANGELOG_FILE = 'CHANGELOG.md';

/** A release section's heading: `## 1.2.0`. */
const SECTION_HEADING = /^## (\d+)\.(\d+)\.(\d+)$/;

export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

export const formatVersion = (version: Version): string =>
  `${version.major}.${version.minor}.${version.patch}`;

export type ParsedChangelog =
  | { readonly ok: true; readonly version: Version; readonly text: string }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The version a changelog releases: the heading of its first section, which must be `## X.Y.Z`
 * (the newest release; `npm run release` prepends each new one).
 */
export function parseChangelog(text: string, file: string): ParsedChangelog {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.startsWith('## '));
  const match = first < 0 ? null : SECTION_HEADING.exec(lines[first]!);
  if (match === null) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: first < 0 ? 1 : first + 1,
          message:
            first < 0
              ? 'has no release section; its first "## X.Y.Z" heading is the package version'
              : `the first section's heading is ${JSON.stringify(lines[first])}; want "## X.Y.Z", the package version`,
        },
      ],
    };
  }
  const [, major, minor, patch] = match.map(Number) as [number, number, number, number];
  return { ok: true, version: { major, minor, patch }, text };
}

/** The title and preamble of a changelog (everything before its first release section), and the rest. */
export function splitChangelog(text: string): { head: string; sections: string } {
  const at = text.search(/^## /m);
  return at < 0
    ? { head: text, sections: '' }
    : { head: text.slice(0, at), sections: text.slice(at) };
}
