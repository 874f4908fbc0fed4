/**
 * A pull request's run through the bundled action, against the demo history on a real git server
 * and the OpenAPI-checked GitHub stand-in: the run verdict leads the summary, every failing test
 * gets an annotation on its file and line (the protection's not repeated), and the optional
 * pull-request comment is written once, kept when nothing changed, and never tried on a fork.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { start, type GitHubStandIn } from '../support/github-server.js'
import type { GitServer } from '../support/git-server.js'
import { startDemoGitServer } from '../support/demo-history.js'
import { demoIncidentIssues } from '../incidents/issue-form.js'
import { runAction, type ActionEnv } from '../support/run-action.js'
import { examplePayload } from '../support/webhooks.js'

const TOKEN = 'ghs_prVerdictE2eToken0123456789abcdefAB'
const REPO = 'octo-org/shop'
const MARKER = '<!-- test-incident-loop:pull-request -->'

const BROKEN_ON_MAIN = 'tests/test_util.py::test_money_format'
const BROKEN_BY_PR = 'tests/test_search.py::test_search_empty_query'
const FLAKY = 'tests/test_auth.py::test_token_refresh'
const LOAD_BEARING = 'tests/test_inventory.py::test_stock_race_two_buyers'
const CLOSES_GAP = 'tests/test_recommendations.py::test_widget_not_empty'

let git: GitServer
let gitBase: string
let home: string
let github: GitHubStandIn | null = null

interface JsonTest {
  nodeid: string
  lineno: number
  outcome: string
  metadata?: unknown
  call?: Record<string, unknown>
}
interface JsonReport {
  created: number
  exitcode: number
  summary: Record<string, number>
  tests: JsonTest[]
}

/** The demo's latest report, run now, with these tests failed as pytest writes a failure. */
function report(failing: string[], extra: JsonTest[] = []): JsonReport {
  const r = JSON.parse(readFileSync('demo/reports/day-238.json', 'utf8')) as JsonReport
  r.created = Date.now() / 1000
  for (const nodeid of failing) {
    const t = r.tests.find((x) => x.nodeid === nodeid)
    if (!t) throw new Error(`${nodeid} is not in the demo report`)
    t.outcome = 'failed'
    t.call = { duration: 0.01, outcome: 'failed', crash: { path: t.nodeid.split('::')[0], lineno: t.lineno + 3, message: `AssertionError: ${nodeid} broke` }, longrepr: 'assert False' }
  }
  r.tests.push(...extra)
  // as pytest would count it: a report whose summary disagrees with its tests is not stored
  const counts: Record<string, number> = {}
  for (const t of r.tests) counts[t.outcome] = (counts[t.outcome] ?? 0) + 1
  r.summary = { ...counts, total: r.tests.length, collected: r.tests.length }
  r.exitcode = (counts.failed ?? 0) + (counts.error ?? 0) > 0 ? 1 : 0
  return r
}

function workspaceWith(r: JsonReport): string {
  const ws = mkdtempSync(join(tmpdir(), 'ws-'))
  writeFileSync(join(ws, '.report.json'), JSON.stringify(r))
  return ws
}

const lineOf = (r: JsonReport, nodeid: string): number => (r.tests.find((t) => t.nodeid === nodeid) as JsonTest).lineno + 1

async function startGitHub(extra: Parameters<typeof start>[0] = {}): Promise<GitHubStandIn> {
  const incidents = demoIncidentIssues()
  github = await start({ repository: REPO, defaultBranch: 'main', token: TOKEN, issues: [...incidents, { number: 2, title: 'Update the search', labels: [], state: 'open', pull_request: true }], ...extra })
  return github
}

/** GitHub's own `pull_request.opened` example, pointed at this repository (from a fork when `fork`). */
function pullRequestEnv(apiUrl: string, ws: string, inputs: Record<string, string>, fork = false): ActionEnv {
  const payload = examplePayload('pull_request', 'opened')
  const pr = payload.pull_request as { number: number; head: { repo: { full_name: string } }; base: { repo: { full_name: string } } }
  pr.base.repo.full_name = REPO
  pr.head.repo.full_name = fork ? 'stranger/shop' : REPO
  payload.repository = { ...(payload.repository as object), full_name: REPO, default_branch: 'main' }
  return { workspace: ws, eventName: 'pull_request', payload, repository: REPO, ref: `refs/pull/${pr.number}/merge`, headRef: 'search-update', apiUrl, serverUrl: gitBase, runId: '9100', inputs: { 'github-token': TOKEN, ...inputs }, env: { HOME: home } }
}

/** The workflow-command lines (annotations) the action printed. */
const annotations = (stdout: string): string[] => stdout.split('\n').filter((l) => /^::(error|warning|notice)\b/.test(l))

beforeAll(async () => {
  ;({ git, gitBase, home } = await startDemoGitServer(TOKEN, REPO))
  // main breaks one test before the pull request is opened: a push run stores that
  const gh = await startGitHub()
  const push = examplePayload('push', undefined, (p) => p.ref === 'refs/heads/master')
  push.repository = { ...(push.repository as object), full_name: REPO, default_branch: 'main' }
  const stored = await runAction({ workspace: workspaceWith(report([BROKEN_ON_MAIN])), eventName: 'push', payload: push, repository: REPO, ref: 'refs/heads/main', apiUrl: gh.url, serverUrl: gitBase, runId: '9000', inputs: { 'github-token': TOKEN }, env: { HOME: home } })
  expect(stored.exitCode).toBe(0)
  expect(stored.outputs['history-commit']).toMatch(/^[0-9a-f]{40}$/)
  expect(stored.summary).toContain('1 new in this push')
  await gh.stop()
  github = null
}, 120000)
afterAll(async () => git.stop())
afterEach(async () => {
  await github?.stop()
  github = null
})

describe('a pull request run', () => {
  const prReport = report([BROKEN_ON_MAIN, BROKEN_BY_PR, FLAKY, LOAD_BEARING], [
    { nodeid: CLOSES_GAP, lineno: 9, outcome: 'passed', metadata: { component: 'recommendations', failure_mode: 'general', incident: '#107' } }
  ])

  it('leads the summary with the verdict, annotates every failing test once, and keeps one comment on the pull request', async () => {
    const gh = await startGitHub()
    const env = pullRequestEnv(gh.url, workspaceWith(prReport), { 'comment-on-pull-request': 'true' })
    const first = await runAction(env)
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)

    // the verdict comes first, with every failure classified against main's history
    expect(first.summary.startsWith('# Test incident loop\n\n## What this run means\n\n**4 of 19 tests failed**: 2 new in this pull request, 1 already failing on `main`, 1 known flaky.\n')).toBe(true)
    expect(first.summary).toContain(`- New in this pull request: \`${LOAD_BEARING}\`, \`${BROKEN_BY_PR}\``)
    expect(first.summary).toContain(`- Already failing on \`main\`: \`${BROKEN_ON_MAIN}\``)
    expect(first.summary).toContain(`- Known flaky: \`${FLAKY}\``)
    expect(first.summary).toContain(`- \`${CLOSES_GAP}\` closes the open gap of [#\u200b107](`)
    expect(first.summary).toMatch(/\*\*Open gaps\*\*: 1, oldest first: \[#\u200b107\]\(http[^)]+\/issues\/107\)/)
    expect(first.summary).toContain('_4 failing tests annotated on their file and line._')
    expect(first.summary.indexOf('## What this run means')).toBeLessThan(first.summary.indexOf('## Open coverage gaps'))

    // one annotation per failing test, on its file and line; the protection's is not repeated
    const lines = annotations(first.stdout)
    expect(lines).toContain(`::error title=Test failed,file=tests/test_search.py,line=${lineOf(prReport, BROKEN_BY_PR)}::${BROKEN_BY_PR} failed: AssertionError: ${BROKEN_BY_PR} broke. New in this pull request: it was not failing on main.`)
    expect(lines.filter((l) => l.startsWith(`::warning title=Test already failing on main,file=tests/test_util.py,line=${lineOf(prReport, BROKEN_ON_MAIN)}::${BROKEN_ON_MAIN} failed`))).toHaveLength(1)
    expect(lines.filter((l) => l.startsWith(`::notice title=Known flaky test failed,file=tests/test_auth.py,line=${lineOf(prReport, FLAKY)}::${FLAKY} failed`))).toHaveLength(1)
    expect(lines.filter((l) => l.includes(`::${LOAD_BEARING}`) || l.includes(`::Load-bearing test ${LOAD_BEARING}`))).toEqual([
      `::warning title=Load-bearing test failed,file=tests/test_inventory.py,line=${lineOf(prReport, LOAD_BEARING)}::Load-bearing test ${LOAD_BEARING} failed in this run: it failed before an incident of its component before; treat this failure as a production risk.`
    ])
    expect(lines).toHaveLength(4)

    // the comment: created once, marked, the same verdict with a link to the run
    const comments = gh.commentsOn(2)
    expect(comments).toHaveLength(1)
    expect(comments[0].body.startsWith(`${MARKER}\n## What this run means\n\n**4 of 19 tests failed**`)).toBe(true)
    expect(comments[0].body).toContain(`details in the job summary, under [Checks](${gitBase}/${REPO}/pull/2/checks)`)
    expect(comments[0].body).not.toContain('annotated')
    expect(first.summary).toContain('Pull-request comment on #2: created.')

    // a second run (a new workflow run) with the same result writes nothing
    const writes = gh.writes().length
    const second = await runAction({ ...env, runId: '9101' })
    expect(second.exitCode).toBe(0)
    expect(gh.writes()).toHaveLength(writes)
    expect(gh.commentsOn(2)).toHaveLength(1)
    expect(second.summary).toContain('Pull-request comment on #2: unchanged.')

    // a later commit that fixes its own failure edits the same comment
    const fixed = await runAction({ ...env, workspace: workspaceWith(report([BROKEN_ON_MAIN])) })
    expect(fixed.exitCode).toBe(0)
    expect(gh.commentsOn(2)).toHaveLength(1)
    expect(gh.commentsOn(2)[0].body).toContain('**1 of 18 tests failed**: 1 already failing on `main`.')
    expect(fixed.summary).toContain('Pull-request comment on #2: updated.')
    expect(gh.violations).toEqual([])
  })

  it('writes no comment without `comment-on-pull-request`', async () => {
    const gh = await startGitHub()
    const run = await runAction(pullRequestEnv(gh.url, workspaceWith(prReport), {}))
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('## What this run means')
    expect(gh.calls.filter((c) => c.url.includes('/issues/2/'))).toEqual([])
    expect(gh.writes()).toEqual([])
  })

  it('from a fork: the verdict in the summary, no comment, no write, no failure', async () => {
    const gh = await startGitHub({ readOnly: true })
    const run = await runAction(pullRequestEnv(gh.url, workspaceWith(prReport), { 'comment-on-pull-request': 'true' }, true))
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('**4 of 19 tests failed**')
    expect(run.summary).toContain('No pull-request comment: this pull request comes from a fork')
    expect(gh.calls.filter((c) => c.url.includes('/issues/2/'))).toEqual([])
    expect(gh.writes()).toEqual([])
    expect(gh.violations).toEqual([])
  })

  it('with a read-only token: a notice that names the permission, and the step still succeeds', async () => {
    const gh = await startGitHub({ readOnly: true })
    const run = await runAction(pullRequestEnv(gh.url, workspaceWith(prReport), { 'comment-on-pull-request': 'true' }))
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('No pull-request comment: the token may not comment on pull request #\u200b2 (HTTP 403); give the job the permission pull-requests: write.')
    expect(gh.commentsOn(2)).toEqual([])
    expect(gh.violations).toEqual([])
  })
})
