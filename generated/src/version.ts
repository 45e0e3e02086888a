// Generated from tables/CHANGELOG.md by npm run generate. Do not edit.
/** The package's version, as its package.json gives it. */
export const PACKAGE_VERSION = '2.0.0';
