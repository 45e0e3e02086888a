// The workflow's report step on a pull request, run as GitHub runs it: a git repository whose branch changes
// tables, GitHub's environment (event payload, GITHUB_BASE_REF, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT); and the
// comment upsert, which keeps one marked comment per pull request.

import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  COMMENT_LIMIT,
  COMMENT_MARKER,
  reportTexts,
  upsertReportComment,
} from '../.github/scripts/pull-request-report.mjs';
import { FIXTURE_TABLES } from './helpers/tables.js';
import { copyTree, ROOT, useTemporaryDirs } from './helpers/temporary.js';
import { git } from './helpers/commands.js';

const temporaryDir = useTemporaryDirs();
const run = promisify(execFile);

/** Replaces `from` with `to` in a file of tables/, which must contain it. */
async function edit(tablesDir: string, file: string, from: string, to: string): Promise<void> {
  const text = await readFile(path.join(tablesDir, file), 'utf8');
  expect(text).toContain(from);
  await writeFile(path.join(tablesDir, file), text.replace(from, to));
}

/**
 * A checkout as the workflow's report job has one: the project's package.json, generator and
 * workflow scripts, the fixture project's tables, and its installed packages (linked, so the
 * generator's bundle cache stays inside the copy). `main` holds the tables; the branch
 * `kingsoft-update` adds a code, removes one and rewords a message, as an import of a new page
 * would; after the branch left it, `main` rewords an Upyun message that the report must not claim.
 */
async function pullRequestCheckout() {
  const root = await temporaryDir('pull-request-');
  const tablesDir = path.join(root, 'tables');
  for (const part of ['generator', path.join('.github', 'scripts')])
    await copyTree(path.join(ROOT, part), path.join(root, part));
  await writeFile(path.join(root, 'package.json'), await readFile(path.join(ROOT, 'package.json')));
  await mkdir(path.join(root, 'node_modules'));
  for (const name of await readdir(path.join(ROOT, 'node_modules')))
    if (name !== '.cache')
      await symlink(path.join(ROOT, 'node_modules', name), path.join(root, 'node_modules', name));
  await copyTree(FIXTURE_TABLES, tablesDir);
  await writeFile(path.join(root, '.gitignore'), 'node_modules/\n');
  await git(root, 'init', '-q', '-b', 'main');
  await git(root, 'add', '.');
  await git(root, 'commit', '-q', '-m', 'tables');

  await git(root, 'switch', '-q', '-c', 'kingsoft-update');
  const page = 'sources/kingsoft-live.txt';
  await edit(
    tablesDir,
    page,
    'UnknownError The request',
    'StreamBanned The Live stream is banned. 403 直播流已被封禁\nUnknownError The request',
  );
  await edit(
    tablesDir,
    'kingsoft-live.csv',
    '\nUnknownError,',
    '\nStreamBanned,403,The Live stream is banned.,直播流已被封禁,,StreamBanned,permission,false\nUnknownError,',
  );
  await edit(
    tablesDir,
    page,
    'UnavaliableAccountID The Account ID is invalid. 401 账户id不合法,请调整您的id后再重新发起请求\n',
    '',
  );
  const csv = await readFile(path.join(tablesDir, 'kingsoft-live.csv'), 'utf8');
  const removedRow = csv.split('\n').find((line) => line.startsWith('UnavaliableAccountID,'))!;
  await edit(tablesDir, 'kingsoft-live.csv', `${removedRow}\n`, '');
  const [before, after] = [
    'Undefine Internal Error. Pls Contact With Admin.',
    'Undefined internal error. Please contact support.',
  ];
  await edit(tablesDir, page, before, after);
  await edit(tablesDir, 'kingsoft-live.csv', before, after);
  await git(root, 'commit', '-q', '-am', 'Kingsoft: the new page');

  await git(root, 'switch', '-q', 'main');
  await edit(tablesDir, 'sources/upyun.txt', '| wrong uri |', '| wrong URI |');
  await edit(tablesDir, 'upyun.csv', ',wrong uri,', ',wrong URI,');
  await git(root, 'commit', '-q', '-am', 'Upyun: a reworded message');
  const mainSha = (await git(root, 'rev-parse', 'HEAD')).stdout.trim();
  await git(root, 'switch', '-q', 'kingsoft-update');
  return { root, mainSha, reworded: { before, after } };
}

describe('the report step of the workflow', () => {
  it('writes the job summary and the comment: the impact first, then each changed code with its meaning', async () => {
    const { root, mainSha, reworded } = await pullRequestCheckout();
    const github = await temporaryDir('github-');
    const files = {
      event: path.join(github, 'event.json'),
      summary: path.join(github, 'step_summary'),
      output: path.join(github, 'output'),
    };
    await writeFile(
      files.event,
      JSON.stringify({
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          base: { ref: 'main', sha: mainSha },
          head: { ref: 'kingsoft-update' },
        },
      }),
    );
    await writeFile(files.summary, '');
    await writeFile(files.output, '');
    const { stdout } = await run('node', ['.github/scripts/pull-request-report.mjs'], {
      cwd: root,
      env: {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: files.event,
        GITHUB_BASE_REF: 'main',
        GITHUB_HEAD_REF: 'kingsoft-update',
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_OUTPUT: files.output,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'example/cloud-error-codes',
        GITHUB_RUN_ID: '42',
        RUNNER_TEMP: github,
      },
    });
    expect(stdout).toContain('semver impact major');

    const outputs = Object.fromEntries(
      (await readFile(files.output, 'utf8'))
        .trimEnd()
        .split('\n')
        .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
    );
    expect(outputs).toEqual({ impact: 'major', 'comment-file': expect.any(String) });
    const summary = await readFile(files.summary, 'utf8');
    const comment = await readFile(outputs['comment-file']!, 'utf8');
    const forkPoint = (await git(root, 'merge-base', 'main', 'HEAD')).stdout.trim();

    for (const text of [summary, comment]) {
      const [first] = text.split('\n');
      expect(first).toMatch(/semver impact major\b/);
      // Compared with where the branch left main, not with main's newer commit.
      expect(first).toContain(forkPoint.slice(0, 12));
      // The impact is said once: the report's own impact line gives way to this one.
      expect(text.match(/semver impact/gi)).toHaveLength(1);
      // Each changed code, with what it means: the added and removed codes' messages and
      // descriptions, and the reworded message before and after.
      expect(text).toMatch(
        /\| `StreamBanned` \|.*\| The Live stream is banned\. \| 直播流已被封禁 \|/,
      );
      expect(text).toMatch(/\| `UnavaliableAccountID` \|.*\| The Account ID is invalid\. \|/);
      expect(text).toMatch(
        new RegExp(
          `\\| \`UndefinedError\` \\|.*\\| ${reworded.before.replace(/\./g, '\\.')} \\| ${reworded.after.replace(/\./g, '\\.')} \\|`,
        ),
      );
      expect(text).not.toContain('40001000');
    }
    expect(comment.trimEnd().endsWith(COMMENT_MARKER)).toBe(true);
    expect(summary).not.toContain(COMMENT_MARKER);
  });

  it('fails with one line when the checkout lacks the base', async () => {
    const { root } = await pullRequestCheckout();
    const failed = await run('node', ['.github/scripts/pull-request-report.mjs'], {
      cwd: root,
      env: { PATH: process.env['PATH'], GITHUB_BASE_REF: 'release' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(
      /^no merge base of HEAD with origin\/release or release: .*fetch-depth: 0\)\n$/,
    );
  });

  it('cuts a report too long for a comment at a line, closes its fold and points to the summary', () => {
    const row = `| \`Code\` | ${'x'.repeat(200)} |`;
    const report = [
      '## report',
      '',
      '<details><summary>codes</summary>',
      '',
      ...Array(1000).fill(row),
      '',
      '</details>',
    ].join('\n');
    const { comment, summary } = reportTexts({
      impact: 'minor',
      report,
      base: { revision: 'a'.repeat(40), branch: 'main' },
      runUrl: 'https://github.com/example/repo/actions/runs/1',
    });
    expect(summary).toContain(report);
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(comment.split('\n')[0]).toMatch(/semver impact minor/);
    expect(comment).toContain(
      "[the job's summary](https://github.com/example/repo/actions/runs/1)",
    );
    expect(comment.match(/<details>/g)).toHaveLength(1);
    expect(comment.match(/<\/details>/g)).toHaveLength(1);
    expect(comment.trimEnd().endsWith(COMMENT_MARKER)).toBe(true);
  });
});

describe('upsertReportComment', () => {
  interface StoredComment {
    id: number;
    body: string;
    user: { type: string };
    html_url: string;
  }

  /** An Octokit stand-in holding one pull request's comments, recording the calls that write. */
  function fakeGitHub(comments: StoredComment[]) {
    const writes: string[] = [];
    let nextId = 100;
    const listComments = async (params: { issue_number: number; per_page: number }) => {
      expect(params.issue_number).toBe(7);
      return { data: comments.slice() };
    };
    return {
      writes,
      comments,
      github: {
        paginate: async (method: unknown, params: { issue_number: number; per_page: number }) => {
          expect(method).toBe(listComments);
          return (await listComments(params)).data;
        },
        rest: {
          issues: {
            listComments,
            createComment: async ({ body }: { body: string }) => {
              const comment = { id: nextId++, body, user: { type: 'Bot' }, html_url: `#${nextId}` };
              comments.push(comment);
              writes.push(`create ${comment.id}`);
              return { data: comment };
            },
            updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
              const comment = comments.find((candidate) => candidate.id === comment_id)!;
              comment.body = body;
              writes.push(`update ${comment_id}`);
              return { data: comment };
            },
          },
        },
      },
    };
  }

  const context = { repo: { owner: 'example', repo: 'cloud-error-codes' }, issue: { number: 7 } };
  const body = (impact: string) =>
    `**Error tables: semver impact ${impact}**\n\nreport\n\n${COMMENT_MARKER}\n`;

  it('creates the comment on the first push, then updates that one in place', async () => {
    const human = { id: 1, body: 'Looks good', user: { type: 'User' }, html_url: '#1' };
    const fake = fakeGitHub([human]);
    expect(
      await upsertReportComment({ github: fake.github, context, body: body('minor') }),
    ).toMatchObject({ action: 'created' });
    expect(
      await upsertReportComment({ github: fake.github, context, body: body('major') }),
    ).toMatchObject({ action: 'updated' });
    expect(
      await upsertReportComment({ github: fake.github, context, body: body('major') }),
    ).toMatchObject({ action: 'unchanged' });
    expect(fake.writes).toEqual(['create 100', 'update 100']);
    expect(fake.comments.map((comment) => comment.body)).toEqual(['Looks good', body('major')]);
  });

  it("updates the bot's marked comment, not a person's comment quoting it", async () => {
    const quoted = { id: 1, body: `> ${body('patch')}`, user: { type: 'User' }, html_url: '#1' };
    const ours = { id: 2, body: body('patch'), user: { type: 'Bot' }, html_url: '#2' };
    const fake = fakeGitHub([quoted, ours]);
    expect(
      await upsertReportComment({ github: fake.github, context, body: body('minor') }),
    ).toEqual({ action: 'updated', url: '#2' });
    expect(fake.writes).toEqual(['update 2']);
    expect(quoted.body).toBe(`> ${body('patch')}`);
  });
});
