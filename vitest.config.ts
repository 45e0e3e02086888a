import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Vitest runs one worker on a 2-core machine (cores - 1), but most test time waits on
    // child processes (npm, tsc, Chromium): two workers took make test's vitest run from
    // 114 s to 77 s on this machine, paired (see README, Performance).
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
