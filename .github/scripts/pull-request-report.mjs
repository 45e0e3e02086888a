// @ts-check
// The table change report of a pull request, for GitHub Actions: run as a step, it compares the
// tables with where the branch left its base (`npm run diff -- BASE`), appends the report to the
// job summary and writes the comment body; the workflow's github-script step then calls
// upsertReportComment, which keeps one marked comment on the pull request and updates it in place.
//
// Usage (in the workflow): node .github/scripts/pull-request-report.mjs
// Reads GITHUB_EVENT_PATH (the pull_request payload: base.sha, base.ref), GITHUB_BASE_REF,
// GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, RUNNER_TEMP and the run's URL parts; sets the outputs
// `impact` and `comment-file`.

import { execFile } from 'node:child_process';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Finds the report's comment among a pull request's comments; hidden when GitHub renders it. */
export const COMMENT_MARKER = '<!-- cloud-error-codes: table change report -->';

/** GitHub refuses a comment body longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

/** GitHub drops a step summary larger than 1 MiB; this leaves room for the lines around the report. */
export const SUMMARY_LIMIT = 1_000_000;

/** @typedef {'major' | 'minor' | 'patch' | 'none'} SemverImpact */
/** @typedef {Readonly<Record<string, string | undefined>>} Environment */

/**
 * @typedef {object} PullRequestEvent What the report reads of the pull_request event payload.
 * @property {{ readonly number?: number, readonly base?: { readonly sha?: string, readonly ref?: string } }} [pull_request]
 */

/**
 * A Markdown code span around any text: a fence longer than the longest run of backticks in it.
 * @param {string} text
 */
export function codeSpan(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * @param {string} rootDir
 * @param {readonly string[]} args
 */
const git = async (rootDir, args) =>
  (await run('git', [...args], { cwd: rootDir, encoding: 'utf8' })).stdout.trim();

/**
 * The revision to compare with: where HEAD left the pull request's base, found from the base
 * commit the event names, else from the base branch (`origin/BRANCH`, then `BRANCH`). On the merge
 * commit actions/checkout checks out, that is the base commit itself; on the branch's own head,
 * its fork point.
 * @param {string} rootDir
 * @param {Environment} env
 * @param {PullRequestEvent | undefined} event
 * @returns {Promise<{ readonly revision: string, readonly branch: string }>}
 */
export async function baseRevision(rootDir, env, event) {
  const base = event?.pull_request?.base;
  const branch = env['GITHUB_BASE_REF'] || base?.ref || '';
  const candidates = [
    ...(typeof base?.sha === 'string' && /^[0-9a-f]{7,64}$/i.test(base.sha) ? [base.sha] : []),
    ...(branch === '' ? [] : [`origin/${branch}`, branch]),
  ];
  for (const candidate of candidates) {
    const mergeBase = await git(rootDir, ['merge-base', candidate, 'HEAD']).catch(() => '');
    if (mergeBase !== '') return { revision: mergeBase, branch: branch || candidate };
  }
  throw new Error(
    candidates.length === 0
      ? 'not a pull request: neither GITHUB_BASE_REF nor the event payload names a base'
      : `no merge base of HEAD with ${candidates.join(' or ')}: check out the history (actions/checkout fetch-depth: 0)`,
  );
}

/**
 * The first line of the summary and the comment: the impact, and what it was measured against.
 * @param {SemverImpact} impact
 * @param {{ readonly revision: string, readonly branch: string }} base
 */
export function impactLine(impact, base) {
  const since = `since ${codeSpan(base.branch)} at ${codeSpan(base.revision.slice(0, 12))}`;
  return impact === 'none'
    ? `**Error tables: no change** ${since}, semver impact none.`
    : `**Error tables: semver impact ${impact}** ${since}.`;
}

/**
 * The report's lines that fit in `limit` characters, cut at a line, with a closing tag for a
 * `<details>` block left open and `more` after them; the whole report when it fits.
 * @param {string} report
 * @param {number} limit
 * @param {string} more
 */
export function fitReport(report, limit, more) {
  if (report.length <= limit) return report;
  const kept = [];
  let length = more.length + '\n</details>\n\n'.length;
  for (const line of report.split('\n')) {
    if (length + line.length + 1 > limit) break;
    kept.push(line);
    length += line.length + 1;
  }
  const opened = kept.filter((line) => line.startsWith('<details>')).length;
  const closed = kept.filter((line) => line === '</details>').length;
  return [...kept, ...(opened > closed ? ['', '</details>'] : []), '', more].join('\n');
}

/** The first line of `npm run diff`'s report, which names its impact (formatDiffReport). */
const OWN_IMPACT_LINE = /^(?:## Semver impact: |No changes to the error tables)[^\n]*\n*/;

/**
 * The job summary's Markdown and the comment's body: the impact line first, then the report; the
 * comment ends with the marker that finds it again.
 * @param {{ readonly impact: SemverImpact, readonly report: string, readonly base: { readonly revision: string, readonly branch: string }, readonly runUrl?: string | undefined }} parts
 */
export function reportTexts({ impact, report, base, runUrl }) {
  const first = impactLine(impact, base);
  // The report's own first line names the impact and the base revision too; the impact line,
  // which also names the base branch, takes its place.
  const body = report.trimEnd().replace(OWN_IMPACT_LINE, '');
  const summary = `${first}\n\n${fitReport(
    body,
    SUMMARY_LIMIT - first.length,
    `*The report is longer than a job summary holds: run \`npm run diff -- ${base.revision}\` for all of it.*`,
  )}\n`;
  const where = runUrl === undefined ? "the job's summary" : `[the job's summary](${runUrl})`;
  const tail = `\n\n${COMMENT_MARKER}\n`;
  const comment = `${first}\n\n${fitReport(
    body,
    COMMENT_LIMIT - first.length - tail.length - 2,
    `*The report is longer than a comment holds: all of it is in ${where}.*`,
  )}${tail}`;
  return { summary, comment };
}

/**
 * Runs `npm run diff -- BASE` and `npm run diff -- BASE --json`, as a maintainer would.
 * @param {string} rootDir
 * @param {string} revision
 * @returns {Promise<{ readonly impact: SemverImpact, readonly report: string }>}
 */
async function diffSince(rootDir, revision) {
  const npm = (/** @type {string[]} */ ...args) =>
    run('npm', ['run', '--silent', 'diff', '--', revision, ...args], {
      cwd: rootDir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
  const [markdown, json] = await Promise.all([npm(), npm('--json')]);
  const impact = /** @type {{ impact?: unknown }} */ (JSON.parse(json.stdout)).impact;
  if (impact !== 'major' && impact !== 'minor' && impact !== 'patch' && impact !== 'none')
    throw new Error(`npm run diff -- --json gave no impact (got ${JSON.stringify(impact)})`);
  return { impact, report: markdown.stdout };
}

/**
 * The report step: writes the job summary, the comment body and the step's outputs.
 * @param {string} rootDir
 * @param {Environment} env
 */
export async function writePullRequestReport(rootDir, env) {
  const eventPath = env['GITHUB_EVENT_PATH'];
  /** @type {PullRequestEvent | undefined} */
  const event =
    eventPath === undefined || eventPath === ''
      ? undefined
      : JSON.parse(await readFile(eventPath, 'utf8'));
  const base = await baseRevision(rootDir, env, event);
  const { impact, report } = await diffSince(rootDir, base.revision);
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  const runUrl =
    server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
  const { summary, comment } = reportTexts({ impact, report, base, runUrl });
  const commentFile = path.join(env['RUNNER_TEMP'] || os.tmpdir(), 'table-change-report.md');
  await writeFile(commentFile, comment);
  if (env['GITHUB_STEP_SUMMARY']) await appendFile(env['GITHUB_STEP_SUMMARY'], summary);
  if (env['GITHUB_OUTPUT'])
    await appendFile(env['GITHUB_OUTPUT'], `impact=${impact}\ncomment-file=${commentFile}\n`);
  return { impact, summary, comment, commentFile };
}

/**
 * @typedef {object} IssueComment
 * @property {number} id
 * @property {string} [body]
 * @property {string} [html_url]
 * @property {{ readonly type?: string } | null} [user]
 */

/**
 * The part of actions/github-script's `github` (Octokit) that the comment needs.
 * @typedef {object} CommentClient
 * @property {(method: unknown, params: { owner: string, repo: string, issue_number: number, per_page: number }) => Promise<IssueComment[]>} paginate
 * @property {{ issues: {
 *   listComments: (params: { owner: string, repo: string, issue_number: number, per_page: number }) => Promise<{ data: IssueComment[] }>,
 *   createComment: (params: { owner: string, repo: string, issue_number: number, body: string }) => Promise<{ data: IssueComment }>,
 *   updateComment: (params: { owner: string, repo: string, comment_id: number, body: string }) => Promise<{ data: IssueComment }>,
 * } }} rest
 */

/**
 * Keeps one report comment on the pull request: updates the bot's comment that carries the marker
 * (left alone when its body is already this one), or creates it.
 * @param {{ readonly github: CommentClient, readonly context: { readonly repo: { owner: string, repo: string }, readonly issue: { number: number } }, readonly body: string }} options
 * @returns {Promise<{ readonly action: 'created' | 'updated' | 'unchanged', readonly url: string }>}
 */
export async function upsertReportComment({ github, context, body }) {
  const { owner, repo } = context.repo;
  const issue_number = context.issue.number;
  const comments = await github.paginate(github.rest.issues.listComments, {
    owner,
    repo,
    issue_number,
    per_page: 100,
  });
  const ours = comments.find(
    (comment) => comment.user?.type === 'Bot' && (comment.body ?? '').includes(COMMENT_MARKER),
  );
  if (ours === undefined) {
    const { data } = await github.rest.issues.createComment({ owner, repo, issue_number, body });
    return { action: 'created', url: data.html_url ?? '' };
  }
  if (ours.body === body) return { action: 'unchanged', url: ours.html_url ?? '' };
  const { data } = await github.rest.issues.updateComment({
    owner,
    repo,
    comment_id: ours.id,
    body,
  });
  return { action: 'updated', url: data.html_url ?? '' };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { impact, commentFile } = await writePullRequestReport(process.cwd(), process.env);
    console.log(`semver impact ${impact}; comment body in ${commentFile}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
