// The benchmark (`npm run bench [-- SECTION... --before DIR]`): start-up, generate time, scaling, consumer type-check, bundle and runtime cost, the family rules' score, as Markdown.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CATALOG_PAGE_PATH } from '../generator/emit/emit-catalog-page.js';
import { requireModel } from '../generator/load-model.js';
import { buildPackageCopy } from './built-package.js';
import { runCatalogSection } from './catalog.js';
import { benchBundleCost } from './bundle-cost.js';
import {
  benchCatalogPage,
  KEYSTROKE_TARGET_MS,
  pageOf,
  syntheticCatalog,
} from './catalog-page.js';
import { benchGenerateTime } from './generate-time.js';
import { benchPasteExtractor } from './paste-extractor.js';
import { ms } from './median.js';
import { targetTable, type SectionReport, type TargetCheck } from './report.js';
import { benchRuleScore } from './rule-score.js';
import { benchRuntimeSpeed } from './runtime-speed.js';
import {
  benchScaling,
  writeSyntheticRoots,
  writeSyntheticRootsIn,
  type ScalePlan,
} from './scaling.js';
import { benchStartup } from './startup.js';
import { benchTypecheckCost } from './typecheck-cost.js';

const SEED = 20_240_601;
const SCALES = [1, 10, 100];

/** The sections, in the order they run; `npm run bench -- startup scaling` runs only those. */
const SECTIONS = [
  'startup',
  'generate',
  'typecheck',
  'bundle',
  'runtime',
  'page',
  'rules',
  'paste',
  'scaling',
] as const;
type Section = (typeof SECTIONS)[number];

/** The sections asked for and the --before checkout (an earlier commit with its own npm ci). */
function parseArguments(args: readonly string[]): {
  readonly sections: ReadonlySet<Section>;
  readonly beforeDir?: string;
} {
  const sections = new Set<Section>();
  let beforeDir: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--before') {
      beforeDir = args[index + 1];
      if (beforeDir === undefined) throw new Error('--before needs a directory');
      beforeDir = path.resolve(beforeDir);
      index += 1;
    } else if ((SECTIONS as readonly string[]).includes(arg)) sections.add(arg as Section);
    else throw new Error(`unknown section ${arg}; the sections are ${SECTIONS.join(', ')}`);
  }
  return { sections: sections.size === 0 ? new Set(SECTIONS) : sections, beforeDir };
}

const rootDir = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

// `npm run bench -- catalog`: the whole Tencent catalog added as data and generated (minutes, and
// ../shared/vendor-lists), so it runs alone and only when asked for.
const requested = process.argv.slice(2);
if (requested.includes('catalog')) {
  if (requested.length !== 1) {
    process.stderr.write('the catalog section runs alone: npm run bench -- catalog\n');
    process.exit(2);
  }
  process.exit(await runCatalogSection(rootDir));
}
const { sections: chosen, beforeDir } = parseArguments(requested);
const started = performance.now();
const loadAtStart = os
  .loadavg()
  .map((load) => load.toFixed(1))
  .join(' / ');
const workDir = await mkdtemp(path.join(os.tmpdir(), 'cloud-error-codes-bench-'));

try {
  const model = await requireModel(path.join(rootDir, 'tables'));
  const synthetic = await writeSyntheticRoots(rootDir, workDir, SCALES, SEED);

  const sections: SectionReport[] = [];
  const targets: TargetCheck[] = [];
  const add = (result: { report: SectionReport; targets: readonly TargetCheck[] }): void => {
    sections.push(result.report);
    targets.push(...result.targets);
  };
  if (chosen.has('startup')) add(benchStartup(rootDir, 7, beforeDir));
  if (chosen.has('generate')) add(await benchGenerateTime(rootDir, workDir, 5));
  const needsBuild = chosen.has('typecheck') || chosen.has('bundle') || chosen.has('runtime');
  const built = needsBuild
    ? await buildPackageCopy(rootDir, path.join(rootDir, 'generated'), workDir)
    : undefined;
  if (built !== undefined && chosen.has('typecheck'))
    add(await benchTypecheckCost(rootDir, workDir, model, built, 3));
  if (built !== undefined && chosen.has('bundle'))
    add(await benchBundleCost(workDir, model, built));
  if (built !== undefined && chosen.has('runtime'))
    add(await benchRuntimeSpeed(workDir, built, synthetic));
  if (chosen.has('page'))
    add(
      await benchCatalogPage(
        pageOf('committed tables', model, KEYSTROKE_TARGET_MS.committed),
        await syntheticCatalog(rootDir, workDir, model, SEED),
        // The earlier checkout's committed page, typed into in the same rounds.
        ...(beforeDir === undefined
          ? []
          : [
              {
                label: `committed tables, ${path.basename(beforeDir)}`,
                html: await readFile(path.join(beforeDir, 'generated', CATALOG_PAGE_PATH), 'utf8'),
              },
            ]),
      ),
    );
  if (chosen.has('rules')) add(await benchRuleScore(rootDir));
  if (chosen.has('paste')) add(benchPasteExtractor(model));
  // Last, because the 100x generate takes whatever time is left.
  if (chosen.has('scaling')) {
    const plans: ScalePlan[] = [
      { scale: 1, runs: 3, warmUp: true, timeLimitMs: () => 60_000 },
      { scale: 10, runs: 3, warmUp: false, timeLimitMs: () => 90_000 },
      { scale: 100, runs: 1, warmUp: false, timeLimitMs: () => 120_000 },
    ];
    // The earlier checkout's 1x and 100x, each just before the current code's own run.
    if (beforeDir !== undefined) {
      const beforeRoots = writeSyntheticRootsIn(
        beforeDir,
        path.join(workDir, 'before'),
        [1, 100],
        SEED,
      );
      plans.splice(0, 0, {
        scale: 1,
        runs: 3,
        warmUp: true,
        timeLimitMs: () => 60_000,
        checkout: beforeDir,
        root: beforeRoots.get(1),
      });
      plans.splice(3, 0, {
        scale: 100,
        runs: 1,
        warmUp: false,
        timeLimitMs: () => 300_000,
        checkout: beforeDir,
        root: beforeRoots.get(100),
      });
    }
    add(await benchScaling(synthetic, plans, SEED));
  }

  const cpus = os.cpus();
  const out: string[] = [
    '# cloud-error-codes benchmark',
    '',
    `Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}, ${os.platform()} ${os.release()}; load average at the start ${loadAtStart}, at the end ${os
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
    `${built === undefined ? '' : `Package build (npm run build of a copy of generated/, esm + cjs): ${ms(built.buildMs)}. `}Benchmark wall time: ${ms(performance.now() - started)}.`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  await rm(workDir, { recursive: true, force: true });
}
