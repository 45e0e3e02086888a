// Generated from generator/emit/emit-package-json.ts by npm run generate. Do not edit.
/** The package's version, as its package.json gives it. */
export const PACKAGE_VERSION = '0.1.0';
