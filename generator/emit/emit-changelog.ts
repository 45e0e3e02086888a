// Emits CHANGELOG.md of the package: tables/CHANGELOG.md, which `npm run release` writes, under the generated-file header.
import { CHANGELOG_FILE } from '../release/changelog.js';
import type { PackageEmitter } from './lib/emitter.js';
import { mdHeader } from './lib/markdown.js';

export const changelogEmitter: PackageEmitter = {
  type: 'package-emitter',
  kind: 'changelog',
  emit: (model) => [
    {
      path: CHANGELOG_FILE,
      contents: `${mdHeader([`tables/${CHANGELOG_FILE}`])}\n\n${model.release.changelog}`,
    },
  ],
};
