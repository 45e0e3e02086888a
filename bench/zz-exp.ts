import { readFileSync } from 'node:fs';
import { catalogEntries } from '../generator/emit/page/client/catalog-entries.js';
import { searchCatalog, searchIndex } from '../generator/emit/page/client/catalog-search.js';
const html = readFileSync('/tmp/p13/catalog.html', 'utf8');
const json = html.slice(html.indexOf('<script id="catalog-data" type="application/json">') + 51, html.indexOf('</script>', html.indexOf('catalog-data')));
const data = JSON.parse(json);
const entries = catalogEntries(data);
const index = searchIndex(entries);
for (const q of process.argv.slice(2)) {
  const times: number[] = [];
  for (let i = 0; i < 30; i++) { const t = performance.now(); searchCatalog(index, q); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(q, 'min', times[0]!.toFixed(2), 'median', times[15]!.toFixed(2));
}
