// The page tests' browser: CHROME_PATH, then chromium, chromium-browser, google-chrome on PATH; as root on
// Debian a missing one is installed with apt-get; otherwise one line says what to install.

import { execFile } from 'node:child_process';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  BROWSER_NAMES,
  findBrowser,
  findOrInstallBrowser,
  INSTALL_HINT,
} from '../scripts/find-browser.mjs';
import { ROOT, useTemporaryDirs } from './helpers/temporary.js';

const temporaryDir = useTemporaryDirs();
const run = promisify(execFile);

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';

/** A machine whose executables are exactly `files`. */
function hostWith(files: Iterable<string>, env: Record<string, string | undefined>) {
  const executables = new Set(files);
  return { env, isExecutable: (file: string) => executables.has(file), executables };
}

describe('findBrowser', () => {
  it('takes CHROME_PATH first, then each name in order over the PATH directories', () => {
    const everywhere = ['/opt/bin', '/usr/bin'].flatMap((dir) =>
      BROWSER_NAMES.map((name) => `${dir}/${name}`),
    );
    expect(findBrowser(hostWith(everywhere, { PATH: '/opt/bin:/usr/bin' }))).toEqual({
      path: `/opt/bin/${BROWSER_NAMES[0]}`,
    });
    // A later name is found only when no directory has an earlier one.
    for (const [index, name] of BROWSER_NAMES.entries()) {
      const later = everywhere.filter(
        (file) => !BROWSER_NAMES.slice(0, index).includes(path.basename(file)),
      );
      expect(findBrowser(hostWith(later, { PATH: '/opt/bin:/usr/bin' }))).toEqual({
        path: `/opt/bin/${name}`,
      });
    }
    expect(
      findBrowser(
        hostWith([...everywhere, '/x/chrome'], { PATH: '/usr/bin', CHROME_PATH: '/x/chrome' }),
      ),
    ).toEqual({ path: '/x/chrome' });
  });

  it('names a CHROME_PATH that is not there rather than looking elsewhere', () => {
    const found = findBrowser(
      hostWith(['/usr/bin/chromium'], { PATH: '/usr/bin', CHROME_PATH: '/gone' }),
    );
    expect(found).toEqual({ problem: expect.stringContaining('CHROME_PATH is /gone') });
  });

  it('says in one line what to install when there is none', () => {
    const found = findBrowser(hostWith(['/usr/bin/node'], { PATH: '/usr/bin' }));
    expect('problem' in found && found.problem).toContain(INSTALL_HINT);
    expect('problem' in found && found.problem).not.toContain('\n');
  });
});

describe('findOrInstallBrowser', () => {
  /** A machine without a browser whose apt-get puts Debian's chromium in /usr/bin, recording its calls. */
  function bareMachine(osRelease: string, uid: number | undefined, aptSucceeds = true) {
    const host = hostWith(['/usr/bin/node'], { PATH: '/usr/local/bin:/usr/bin' });
    const calls: string[] = [];
    return {
      calls,
      host: {
        ...host,
        osRelease,
        uid,
        run: (command: string, args: readonly string[]) => {
          calls.push([command, ...args].join(' '));
          if (aptSucceeds && args.includes('install')) host.executables.add('/usr/bin/chromium');
          return aptSucceeds;
        },
      },
    };
  }

  it('installs Debian’s chromium with apt-get as root on Debian, then finds it', () => {
    const { calls, host } = bareMachine(DEBIAN, 0);
    expect(findOrInstallBrowser(host)).toEqual({ path: '/usr/bin/chromium' });
    expect(calls).toEqual([
      'apt-get update',
      expect.stringMatching(/^apt-get install -y .*\bchromium$/),
    ]);
  });

  it('installs nothing when a browser is there, as another user, or on another system', () => {
    for (const [osRelease, uid] of [
      [DEBIAN, 1000],
      [UBUNTU, 0],
      ['', 0],
      [DEBIAN, undefined],
    ] as const) {
      const { calls, host } = bareMachine(osRelease, uid);
      const found = findOrInstallBrowser(host);
      expect(calls).toEqual([]);
      expect('problem' in found && found.problem).toContain(INSTALL_HINT);
    }
    const { calls, host } = bareMachine(DEBIAN, 0);
    host.executables.add('/usr/local/bin/google-chrome');
    expect(findOrInstallBrowser(host)).toEqual({ path: '/usr/local/bin/google-chrome' });
    expect(calls).toEqual([]);
  });

  it('says so in one line when apt-get fails', () => {
    const { host } = bareMachine(DEBIAN, 0, false);
    const found = findOrInstallBrowser(host);
    expect('problem' in found && found.problem).toMatch(/^apt-get install chromium failed: /);
  });
});

describe('scripts/find-browser.mjs as make test runs it', () => {
  it('prints the browser it finds, or exits 1 with one line on a PATH without one', async () => {
    const bin = await temporaryDir('find-browser-');
    await mkdir(path.join(bin, 'bin'));
    await symlink(process.execPath, path.join(bin, 'bin', 'node'));
    const script = path.join(ROOT, 'scripts', 'find-browser.mjs');
    const env = { PATH: path.join(bin, 'bin') };
    // Without --install: nothing is installed, whoever runs it.
    const missing = await run(process.execPath, [script], { env }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(INSTALL_HINT)]);

    const chrome = path.join(bin, 'bin', 'google-chrome');
    await writeFile(chrome, '#!/bin/sh\n');
    await chmod(chrome, 0o755);
    expect((await run(process.execPath, [script], { env })).stdout).toBe(`${chrome}\n`);
  });
});
