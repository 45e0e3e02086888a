// Emits site/index.html: the searchable catalog page, one self-contained file (inline CSS, script, data) that works from disk.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PackageModel } from '../model/model.js';
import type { GeneratedFile, PackageEmitter } from './lib/emitter.js';
import { packageTables } from './lib/names.js';
import type { CatalogData } from '../shipped/page/catalog-data.js';
import { catalogData } from './page/catalog-data.js';
import { pageScript } from './page/page-script.js';

export const CATALOG_PAGE_PATH = 'site/index.html';

const CSS_FILE = fileURLToPath(new URL('../shipped/page/catalog-page.css', import.meta.url));

/**
 * JSON that can stand inside `<script type="application/json">`: `<` is written `\u003c`, so no
 * text of a vendor's can end the element. One entry per line (a vendor, a code set, a source, a
 * row), so a changed table row or manifest row is a one-line diff.
 */
export function inlineJson(data: CatalogData): string {
  const json = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
  const fields = Object.entries(data).map(([key, value]) =>
    Array.isArray(value) && value.length > 0
      ? `${json(key)}:[\n${value.map(json).join(',\n')}\n]`
      : `${json(key)}:${json(value)}`,
  );
  return `{${fields.join(',\n')}}`;
}

/** The whole page; the same model gives the same bytes. */
export function catalogPageHtml(model: PackageModel): string {
  const css = readFileSync(CSS_FILE, 'utf8').replace(/\r\n?/g, '\n').trimEnd();
  const header = `<!-- Generated from ${packageTables(model).join(', ')} by npm run generate. Do not edit. -->`;
  return `${header}
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Cloud error codes</title>
<style>
${css}
</style>
</head>
<body>
<header class="top"><div class="wrap">
<h1><a href="#">Cloud error codes</a></h1>
<form id="search-form" role="search">
<div class="search-line"><label for="search">Search error codes, names, messages and descriptions</label><input id="search" type="search" placeholder="Code, message or description: 40400001, SignatureFailure, 签名过期" autocomplete="off" spellcheck="false"><kbd title="Press / to search" aria-hidden="true">/</kbd></div>
<details id="filters" class="filters"><summary>Filters</summary><div class="filter-fields">
<label>Vendor <select id="filter-vendor"><option value="">all</option></select></label>
<label>Category <select id="filter-category"><option value="">all</option></select></label>
<label>Retryable <select id="filter-retryable"><option value="">either</option><option value="yes">retryable</option><option value="no">not retryable</option></select></label>
</div></details>
</form>
</div></header>
<main class="wrap">
<noscript><p>This catalog searches with JavaScript. The same entries are in the package's docs/ folder as Markdown.</p></noscript>
<section id="search-view"><p id="search-status" role="status" aria-live="polite"></p><ol id="results" class="results"></ol><button id="more" type="button" hidden></button></section>
<article id="code-view" hidden></article>
<p id="copy-status" class="visually-hidden" role="status" aria-live="polite"></p>
</main>
<footer class="wrap">
<h2>Sources</h2>
<ul id="sources"></ul>
<p>Every documented error of the cloud-error-codes package, from the vendors' own documents. An entry's example response is what the package's errorResponse() returns for it.</p>
</footer>
<script id="catalog-data" type="application/json">
${inlineJson(catalogData(model))}
</script>
<script>
${pageScript().trimEnd()}
</script>
</body>
</html>
`;
}

/** The page as a registry entry. */
export const catalogPageEmitter: PackageEmitter = {
  type: 'package-emitter',
  kind: 'catalog-page',
  emit: (model): GeneratedFile[] => [{ path: CATALOG_PAGE_PATH, contents: catalogPageHtml(model) }],
};
