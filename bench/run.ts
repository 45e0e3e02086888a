// The benchmark (`npm run bench`): generate time, scaling, consumer type-check, bundle and runtime cost, as Markdown.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { requireModel } from '../generator/load-model.js';
import { buildPackageCopy } from './built-package.js';
import { runCatalogSection } from './catalog.js';
import { benchBundleCost } from './bundle-cost.js';
import { benchCatalogPage, syntheticCatalog } from './catalog-page.js';
import { benchGenerateTime } from './generate-time.js';
import { ms } from './median.js';
import { targetTable, type SectionReport, type TargetCheck } from './report.js';
import { benchRuntimeSpeed } from './runtime-speed.js';
import { benchScaling, writeSyntheticRoots } from './scaling.js';
import { benchTypecheckCost } from './typecheck-cost.js';

/** The whole benchmark must end within this; the 100x generate gets what the other sections leave. */
const BUDGET_MS = 285_000;
/** Kept for the sections that run after the 100x generate: the notes and cleanup. */
const RESERVE_MS = 5_000;
const SEED = 20_240_601;
const SCALES = [1, 10, 100];

const rootDir = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

// `npm run bench -- catalog`: that section alone (the whole Tencent catalog as data; minutes).
const requested = process.argv.slice(2);
if (requested.length > 0) {
  if (requested.length === 1 && requested[0] === 'catalog') {
    process.exit(await runCatalogSection(rootDir));
  }
  process.stderr.write(`bench knows one section by name, catalog; got ${requested.join(' ')}\nusage: npm run bench [-- catalog]\n`);
  process.exit(2);
}
const started = performance.now();
const workDir = await mkdtemp(path.join(os.tmpdir(), 'cloud-error-codes-bench-'));

/** `npm run bench -- page`: only the catalog page section. */
const onlyPage = process.argv.slice(2).includes('page');

try {
  const model = await requireModel(path.join(rootDir, 'tables'));
  const pageSection = async () =>
    benchCatalogPage(
      { label: 'committed tables', model },
      await syntheticCatalog(rootDir, workDir, model, SEED),
    );
  if (onlyPage) {
    const page = await pageSection();
    process.stdout.write(
      `${['## ' + page.report.title, '', ...page.report.tables, '', ...page.report.notes.map((note) => `- ${note}`), '', targetTable(page.targets)].join('\n')}\n`,
    );
    process.exit(0);
  }
  const synthetic = await writeSyntheticRoots(rootDir, workDir, SCALES, SEED);

  const generateTime = await benchGenerateTime(rootDir, workDir, 5);
  const built = await buildPackageCopy(rootDir, path.join(rootDir, 'generated'), workDir);
  const typecheck = await benchTypecheckCost(rootDir, workDir, model, built, 3);
  const bundleCost = await benchBundleCost(workDir, model, built);
  const runtime = await benchRuntimeSpeed(workDir, built, synthetic);
  const catalogPage = await pageSection();
  // Last, because the 100x generate takes whatever time is left.
  const scaling = await benchScaling(
    synthetic,
    [
      { scale: 1, runs: 3, warmUp: true, timeLimitMs: () => 60_000 },
      { scale: 10, runs: 3, warmUp: false, timeLimitMs: () => 90_000 },
      {
        scale: 100,
        runs: 1,
        warmUp: false,
        timeLimitMs: () => Math.max(10_000, BUDGET_MS - RESERVE_MS - (performance.now() - started)),
      },
    ],
    SEED,
  );

  const sections: SectionReport[] = [
    generateTime.report,
    scaling.report,
    typecheck.report,
    bundleCost.report,
    runtime.report,
    catalogPage.report,
  ];
  const targets: TargetCheck[] = [
    generateTime.targets,
    scaling.targets,
    typecheck.targets,
    bundleCost.targets,
    runtime.targets,
    catalogPage.targets,
  ].flat();
  const cpus = os.cpus();
  const out: string[] = [
    '# cloud-error-codes benchmark',
    '',
    `Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}, ${os.platform()} ${os.release()}; load average at the end ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' / ')}.`,
  ];
  for (const section of sections) {
    out.push('', `## ${section.title}`, '');
    for (const table of section.tables) out.push(table, '');
    for (const note of section.notes) out.push(`- ${note}`);
  }
  out.push(
    '',
    '## Targets',
    '',
    targetTable(targets),
    '',
    `Package build (npm run build of a copy of generated/, esm + cjs): ${ms(built.buildMs)}. Benchmark wall time: ${ms(performance.now() - started)}.`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  await rm(workDir, { recursive: true, force: true });
}
