// @ts-check
// Finds the Chromium the catalog page's tests and bench drive: CHROME_PATH, else Debian's
// `chromium`, `chromium-browser` or `google-chrome` on PATH (GitHub's Ubuntu runners have Google
// Chrome). Never a downloaded browser build.
//
// Usage: node scripts/find-browser.mjs [--install]
// Prints the browser's path. With --install (what `make test` runs), a missing browser is
// installed from Debian's packages (apt-get install chromium) when running as root on Debian;
// otherwise it exits 1 with one line saying what to install.

import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The executables looked for on PATH, in order: Debian's package, older Debian and Ubuntu's name, Google Chrome. */
export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

export const INSTALL_HINT =
  "install Debian's chromium (apt-get install -y chromium), or set CHROME_PATH to a Chromium or Chrome executable";

/**
 * @typedef {object} BrowserHost What the finder reads of the machine, given by tests.
 * @property {Readonly<Record<string, string | undefined>>} env
 * @property {(file: string) => boolean} isExecutable
 */

/** @type {BrowserHost} */
const THIS_HOST = {
  env: process.env,
  isExecutable: (file) => {
    try {
      if (!statSync(file).isFile()) return false;
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
};

/**
 * The browser to drive, or why there is none.
 * @param {BrowserHost} [host]
 * @returns {{ readonly path: string } | { readonly problem: string }}
 */
export function findBrowser(host = THIS_HOST) {
  const chromePath = host.env['CHROME_PATH'];
  if (chromePath !== undefined && chromePath !== '') {
    return host.isExecutable(chromePath)
      ? { path: chromePath }
      : {
          problem: `CHROME_PATH is ${chromePath}, which is not an executable file: ${INSTALL_HINT}`,
        };
  }
  const dirs = (host.env['PATH'] ?? '').split(path.delimiter).filter((dir) => dir !== '');
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (host.isExecutable(candidate)) return { path: candidate };
    }
  }
  return {
    problem: `no browser for the page tests (none of ${BROWSER_NAMES.join(', ')} on PATH): ${INSTALL_HINT}`,
  };
}

/**
 * Whether apt-get may install Debian's chromium here: root on Debian itself (Ubuntu's chromium
 * packages install a snap, which containers cannot run).
 * @param {string} osRelease the text of /etc/os-release
 * @param {number | undefined} uid
 */
export function canInstallDebianChromium(osRelease, uid) {
  return uid === 0 && /^ID="?debian"?$/m.test(osRelease);
}

/**
 * @typedef {object} InstallingHost
 * @property {string} osRelease
 * @property {number | undefined} uid
 * @property {(command: string, args: readonly string[]) => boolean} run runs a command, true when it succeeded
 */

/**
 * Finds the browser, installing Debian's chromium first when it is missing and that is allowed.
 * @param {BrowserHost & InstallingHost} host
 * @returns {{ readonly path: string } | { readonly problem: string }}
 */
export function findOrInstallBrowser(host) {
  const found = findBrowser(host);
  if ('path' in found || host.env['CHROME_PATH']) return found;
  if (!canInstallDebianChromium(host.osRelease, host.uid)) return found;
  const installed =
    host.run('apt-get', ['update']) &&
    host.run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
  const after = findBrowser(host);
  if ('path' in after) return after;
  return {
    problem: installed
      ? `apt-get installed chromium but it is not on PATH: ${INSTALL_HINT}`
      : `apt-get install chromium failed: ${INSTALL_HINT}`,
  };
}

function readOsRelease() {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const install = process.argv.includes('--install');
  const found = install
    ? findOrInstallBrowser({
        ...THIS_HOST,
        osRelease: readOsRelease(),
        uid: process.getuid?.(),
        run: (command, args) => {
          console.error(`${command} ${args.join(' ')}`);
          const result = spawnSync(command, args, {
            stdio: ['ignore', 2, 2],
            env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
          });
          return result.status === 0;
        },
      })
    : findBrowser();
  if ('path' in found) console.log(found.path);
  else {
    console.error(found.problem);
    process.exitCode = 1;
  }
}
