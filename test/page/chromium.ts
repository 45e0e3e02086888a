// Launches the machine's Chromium (never a downloaded browser build) headless, with a fresh profile, for the page's tests and bench.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findBrowser } from '../../scripts/find-browser.mjs';

/**
 * Headless and quiet: the background-networking flags keep Chromium from opening connections a
 * closed network refuses (which it would report as errors), and a fresh profile keeps runs apart.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export interface Chromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(
  options: { readonly viewport?: { width: number; height: number } } = {},
): Promise<Chromium> {
  // `make test` installs Debian's chromium first where it can (scripts/find-browser.mjs --install).
  const browser = findBrowser();
  if ('problem' in browser) throw new Error(browser.problem);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'catalog-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.path,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
