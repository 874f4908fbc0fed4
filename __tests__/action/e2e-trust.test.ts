/**
 * Trust and first-run correctness through the bundled action (`node dist/index.js`), with the
 * OpenAPI-validated GitHub stand-in, a real git server and real webhook payloads: a stranger's
 * incident costs nothing, an unfinished pytest is not stored, an incident that cannot be judged
 * says so instead of giving a verdict.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ACTIONS_BOT, start, STRANGER, type GitHubStandIn, type IssueSeed, type StoredIssue } from '../support/github-server.js'
import type { GitServer } from '../support/git-server.js'
import { startDemoGitServer } from '../support/demo-history.js'
import { demoIncidentIssues, renderIssueForm, templateFields } from '../incidents/issue-form.js'
import { runPytestProject, UNFINISHED_PROJECTS } from '../support/pytest-project.js'
import { DIST_CLI, runAction, spawnNode, type ActionEnv } from '../support/run-action.js'
import { examplePayload } from '../support/webhooks.js'
import { DEFAULT_MARKER } from '../../src/comments/body.js'

const TOKEN = 'ghs_trustE2eToken0123456789abcdefABCDEF'
const REPO = 'octo-org/shop'
const EMPTY_REPO = 'octo-org/new-shop'
const DEMO_INCIDENTS = JSON.parse(readFileSync('demo/incidents.json', 'utf8')) as Array<Record<string, string>>

let git: GitServer
let gitBase: string
let home: string

beforeAll(async () => {
  ;({ git, gitBase, home } = await startDemoGitServer(TOKEN, REPO))
  git.url(EMPTY_REPO) // a repository whose history branch does not exist yet
}, 120000)
afterAll(async () => git.stop())

let github: GitHubStandIn | null = null
afterEach(async () => {
  await github?.stop()
  github = null
})

async function startGitHub(issues: IssueSeed[], extra: Parameters<typeof start>[0] = {}): Promise<GitHubStandIn> {
  github = await start({ repository: REPO, defaultBranch: 'main', token: TOKEN, issues, ...extra })
  return github
}

/** A real `issues.<action>` payload carrying `issue`, its author association changed to `association`. */
function issuesEvent(action: 'labeled' | 'opened', issue: StoredIssue, apiUrl: string, association: string, repository = REPO): ActionEnv {
  const payload = examplePayload('issues', action)
  const real = payload.issue as Record<string, unknown>
  payload.issue = {
    ...real,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    created_at: issue.created_at,
    closed_at: issue.closed_at,
    labels: issue.labels.map((name) => ({ name })),
    user: { ...(real.user as object), login: issue.user.login, id: issue.user.id },
    author_association: association
  }
  payload.repository = { ...(payload.repository as object), full_name: repository, default_branch: 'main' }
  return {
    workspace: mkdtempSync(join(tmpdir(), 'ws-')),
    eventName: 'issues',
    payload,
    repository,
    ref: 'refs/heads/main',
    apiUrl,
    serverUrl: gitBase,
    inputs: { 'github-token': TOKEN },
    env: { HOME: home }
  }
}

function pushEnv(ws: string, apiUrl: string, inputs: Record<string, string>, repository = REPO): ActionEnv {
  const payload = examplePayload('push', undefined, (p) => p.ref === 'refs/heads/master')
  payload.repository = { ...(payload.repository as object), full_name: repository, default_branch: 'main' }
  return { workspace: ws, eventName: 'push', payload, repository, ref: 'refs/heads/main', apiUrl, serverUrl: gitBase, inputs: { 'github-token': TOKEN, ...inputs }, env: { HOME: home } }
}

/** The summary's text with the escapes of untrusted text (notices) undone, to compare with plain strings. */
const plain = (summary: string): string => summary.replace(/\u200b/g, '').replace(/\\(.)/g, '$1')

/** An HTTP server that counts the requests it gets (a Prometheus that must not be asked). */
async function countingServer(): Promise<{ url: string; requests: string[]; server: Server }> {
  const requests: string[] = []
  const server = createServer((req, res) => {
    requests.push(req.url ?? '')
    res.writeHead(500).end()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server }
}

describe("a stranger's incident (author_association NONE)", () => {
  it.each(['labeled', 'opened'] as const)('issues.%s: no comment, no API call, no history read; the summary says why', async (action) => {
    const gh = await startGitHub([{ number: 300, title: 'Checkout is down', labels: ['incident'], body: 'Component: checkout-service', user: STRANGER, author_association: 'NONE' }])
    const run = await runAction(issuesEvent(action, gh.state.issues.get(300) as StoredIssue, gh.url, 'NONE'))
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(gh.commentsOn(300)).toHaveLength(0)
    expect(gh.calls).toHaveLength(0)
    expect(run.summary).toContain('Incident #300 was opened by `stranger` (`NONE`), who is not in `incident-authors`: not analysed, no comment written.')
    expect(gh.violations).toEqual([])
  })

  it('the same issue by a MEMBER is analysed and commented (the guard is the association, not the payload)', async () => {
    const gh = await startGitHub([...demoIncidentIssues(), { number: 300, title: 'Checkout is down', labels: ['incident'], body: 'Component: checkout-service' }])
    const run = await runAction(issuesEvent('labeled', gh.state.issues.get(300) as StoredIssue, gh.url, 'MEMBER'))
    expect(run.exitCode).toBe(0)
    expect(gh.commentsOn(300)).toHaveLength(1)
    expect(gh.violations).toEqual([])
  })

  it('a login named in incident-authors is trusted whatever its association', async () => {
    const gh = await startGitHub([...demoIncidentIssues(), { number: 300, title: 'Checkout is down', labels: ['incident'], body: 'Component: checkout-service', user: STRANGER, author_association: 'NONE' }])
    const env = issuesEvent('opened', gh.state.issues.get(300) as StoredIssue, gh.url, 'NONE')
    const run = await runAction({ ...env, inputs: { 'github-token': TOKEN, 'incident-authors': 'OWNER, MEMBER\n@stranger' } })
    expect(run.exitCode).toBe(0)
    expect(gh.commentsOn(300)).toHaveLength(1)
  })

  it('push runs: strangers\' incidents are listed as untrusted, get no comment, fail no protection and query no metrics', async () => {
    const gh = await startGitHub(demoIncidentIssues({ user: STRANGER, author_association: 'NONE' }))
    const prometheus = await countingServer()
    try {
      const report = JSON.parse(readFileSync('demo/reports/day-238.json', 'utf8'))
      const race = report.tests.find((t: { nodeid: string }) => t.nodeid === 'tests/test_inventory.py::test_stock_race_two_buyers')
      race.outcome = 'skipped' // load-bearing when the demo incidents count
      race.setup.outcome = 'skipped'
      delete race.call
      const ws = mkdtempSync(join(tmpdir(), 'ws-'))
      writeFileSync(join(ws, '.report.json'), JSON.stringify(report))
      const inputs = { 'protect-load-bearing': 'fail', 'prometheus-url': prometheus.url, 'store-history': 'never' }
      const run = await runAction(pushEnv(ws, gh.url, inputs))
      expect(run.stderr).toBe('')
      expect(run.exitCode).toBe(0)
      expect(run.stdout).not.toContain('::error')
      expect(gh.writes()).toHaveLength(0)
      expect(prometheus.requests).toEqual([])
      const findings = JSON.parse(readFileSync(run.outputs['findings-file'], 'utf8'))
      expect(findings.incident_count).toBe(0)
      expect(findings.untrusted_incidents.map((u: { incident_id: string }) => u.incident_id)).toEqual(DEMO_INCIDENTS.map((_, i) => `#${101 + i}`))
      expect(findings.untrusted_incidents[0]).toMatchObject({ author: 'stranger', author_association: 'NONE' })
      expect(plain(run.summary)).toContain(`${DEMO_INCIDENTS.length} incident issue(s) by authors outside \`incident-authors\` were not analysed`)

      // control: the same run with the team's own incidents fails on the skipped load-bearing test
      const trusted = await runAction(pushEnv(ws, gh.url, { ...inputs, 'incident-authors': '*' }))
      expect(trusted.exitCode).toBe(1)
      expect(trusted.stdout).toContain('::error title=Load-bearing test skipped')
      expect(gh.violations).toEqual([])
    } finally {
      prometheus.server.close()
    }
  })

  it('the command line (analyze --github) applies the same rule: strangers listed, never analysed; --incident-authors widens it', async () => {
    const issues: IssueSeed[] = demoIncidentIssues()
    issues[0] = { ...issues[0], user: STRANGER, author_association: 'NONE' }
    const gh = await startGitHub(issues)
    const env = { PATH: process.env.PATH, HOME: home, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url }
    const args = [DIST_CLI, 'analyze', '--repo', git.url(REPO), '--github', REPO, '--now', '2026-11-26T12:00:00Z', '--json', '-']
    const strict = await spawnNode(args, env, process.cwd())
    expect(strict.stderr).toBe('')
    expect(strict.code).toBe(0)
    const findings = JSON.parse(strict.stdout)
    expect(findings.untrusted_incidents).toEqual([expect.objectContaining({ incident_id: '#101', author: 'stranger', author_association: 'NONE' })])
    expect(findings.incidents.map((i: { incident_id: string }) => i.incident_id)).not.toContain('#101')
    const everybody = JSON.parse((await spawnNode([...args, '--incident-authors', '*'], env, process.cwd())).stdout)
    expect(everybody.untrusted_incidents).toEqual([])
    expect(everybody.incidents.map((i: { incident_id: string }) => i.incident_id)).toContain('#101')
    const team = await spawnNode([...args, '--incident-authors', '@octo-org/sre'], env, process.cwd())
    expect(team.code).toBe(2)
    expect(team.stderr).toContain('--incident-authors')
    expect(team.stderr).not.toMatch(/\n\s+at /)
    expect(gh.writes()).toHaveLength(0)
    expect(gh.violations).toEqual([])
  })

  it('mode: review leaves strangers\' incidents out of the review and names them in it', async () => {
    const issues: IssueSeed[] = demoIncidentIssues()
    issues[2] = { ...issues[2], user: STRANGER, author_association: 'NONE' }
    const gh = await startGitHub(issues)
    const payload = examplePayload('workflow_dispatch')
    payload.repository = { ...(payload.repository as object), full_name: REPO, default_branch: 'main' }
    const env: ActionEnv = { workspace: mkdtempSync(join(tmpdir(), 'ws-')), eventName: 'workflow_dispatch', payload, repository: REPO, ref: 'refs/heads/main', apiUrl: gh.url, serverUrl: gitBase, inputs: { 'github-token': TOKEN, mode: 'review', 'review-quarter': '2026Q3' }, env: { HOME: home } }
    const run = await runAction(env)
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    const [review] = [...gh.state.issues.values()].filter((i) => i.labels.includes('test-health-review'))
    expect(plain(review.body ?? '')).toContain('### Incidents left out of this review')
    expect(plain(review.body ?? '')).toContain(`1 incident issue(s) by authors outside \`incident-authors\` were not analysed (no comment, no metrics): #${issues[2].number} was opened by \`stranger\` (\`NONE\`)`)
    expect(gh.violations).toEqual([])
  })

  it('a team (@org/team) in incident-authors fails the step with one paragraph naming the input', async () => {
    const gh = await startGitHub([])
    const ws = mkdtempSync(join(tmpdir(), 'ws-'))
    copyFileSync('demo/reports/day-238.json', join(ws, '.report.json'))
    const run = await runAction(pushEnv(ws, gh.url, { 'incident-authors': 'OWNER, @octo-org/sre' }))
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::An input is not valid\. input `incident-authors` is "OWNER, @octo-org\/sre": expected .*"@octo-org\/sre" is neither a GitHub login nor one of OWNER, .*teams are not supported/)
    expect(run.stdout).not.toMatch(/\n\s+at /)
  })
})

describe('an incident issue with 1,250 comments', () => {
  it('finds the action\'s comment buried among them and edits it in place: no duplicate, twice in a row', async () => {
    const chatter = Array.from({ length: 1249 }, (_, i) => ({ issue_number: 103, body: `me too ${i}`, user: STRANGER, author_association: 'NONE' as const }))
    chatter.splice(640, 0, { issue_number: 103, body: `${DEFAULT_MARKER}\nan old analysis`, user: ACTIONS_BOT, author_association: 'NONE' as const })
    const gh = await startGitHub(demoIncidentIssues(), { comments: chatter })
    const ours = gh.commentsOn(103)[640]
    const env = issuesEvent('labeled', gh.state.issues.get(103) as StoredIssue, gh.url, 'OWNER')
    for (let i = 0; i < 2; i++) {
      const run = await runAction(env)
      expect(run.exitCode).toBe(0)
      expect(gh.commentsOn(103)).toHaveLength(1250)
      expect(gh.commentsOn(103).filter((c) => c.body.startsWith(DEFAULT_MARKER)).map((c) => c.id)).toEqual([ours.id])
    }
    expect(gh.state.comments.get(ours.id)?.body).toContain('Could a test have caught this incident?')
    expect(gh.writes().filter((c) => c.operationId === 'issues/create-comment')).toHaveLength(0)
    expect(gh.violations).toEqual([])
  })
})

describe('an issues event with no stored history', () => {
  it('comments that the history has no runs yet instead of a verdict, and keeps a verdict comment that exists', async () => {
    const gh = await startGitHub([{ number: 5, title: 'Search is slow', labels: ['incident'], body: 'Component: search\nDetected at: 2026-11-25T14:05:00Z' }], { repository: EMPTY_REPO })
    const env = issuesEvent('labeled', gh.state.issues.get(5) as StoredIssue, gh.url, 'MEMBER', EMPTY_REPO)
    const first = await runAction(env)
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)
    const [comment] = gh.commentsOn(5)
    expect(comment.body).toContain('**Cannot be judged yet**: the test history has no runs yet, so nothing can be judged.')
    expect(comment.body).not.toMatch(/\*\*(Yes|No)\*\*/)
    expect(first.summary).toContain('Incident #5 was not analysed: the history has no runs yet.')

    // a real verdict written earlier stays: a notice never replaces it
    const verdict = `${DEFAULT_MARKER}\n### Could a test have caught this incident?\n\n**Yes**: 1 covering test(s) failed in the 7 days before it was detected.\n`
    gh.state.comments.get(comment.id)!.body = verdict
    const second = await runAction(env)
    expect(second.exitCode).toBe(0)
    expect(gh.commentsOn(5).map((c) => c.body)).toEqual([verdict])
    expect(plain(second.summary)).toContain('The existing comment on #5 was kept as it is')
    expect(gh.violations).toEqual([])
  })
})

describe('an incident with an unreadable field', () => {
  it('"Detected at: 2026-11-25 14:05" (no zone) is named in the comment and the summary, never replaced by the creation time', async () => {
    const { fields } = templateFields()
    const body = renderIssueForm(fields, { component: 'inventory-service', failure_mode: 'stock_race', detected_at: '2026-11-25 14:05' })
    const gh = await startGitHub([...demoIncidentIssues(), { number: 400, title: 'Oversold again', labels: ['incident'], body }])
    const run = await runAction(issuesEvent('opened', gh.state.issues.get(400) as StoredIssue, gh.url, 'OWNER'))
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    const [comment] = gh.commentsOn(400)
    expect(comment.body).toContain('**Cannot be judged yet**: "Detected at" of issue #400 ("2026-11-25 14:05") has no time zone, so it is left out of the analysis until it is fixed. Write it in ISO 8601 with a zone')
    expect(plain(run.summary)).toContain('"Detected at" of issue #400')
    expect(gh.violations).toEqual([])
  })

  it('a component the tests do not know ("Inventory") is named in the comment with the closest known one', async () => {
    const gh = await startGitHub([...demoIncidentIssues(), { number: 401, title: 'Oversold', labels: ['incident'], body: 'Component: Inventory\nDetected at: 2026-11-25T14:05:00Z' }])
    const run = await runAction(issuesEvent('opened', gh.state.issues.get(401) as StoredIssue, gh.url, 'OWNER'))
    expect(run.exitCode).toBe(0)
    const [comment] = gh.commentsOn(401)
    expect(comment.body).toContain('**Incident fields**')
    expect(plain(comment.body)).toContain('the component "Inventory" of #401 matches no test\'s component in the history')
    expect(plain(comment.body)).toContain('(closest: `inventory-service`)')
    expect(plain(run.summary)).toContain('Incident #401: the component "Inventory" of #401 matches no test\'s component')
    expect(gh.violations).toEqual([])
  })

  it('push runs list unreadable incidents in the summary and leave them out of findings', async () => {
    const { fields } = templateFields()
    const body = renderIssueForm(fields, { component: 'inventory-service', detected_at: 'yesterday' })
    const gh = await startGitHub([...demoIncidentIssues(), { number: 400, title: 'Oversold again', labels: ['incident'], body }])
    const ws = mkdtempSync(join(tmpdir(), 'ws-'))
    copyFileSync('demo/reports/day-238.json', join(ws, '.report.json'))
    const run = await runAction(pushEnv(ws, gh.url, { 'store-history': 'never' }))
    expect(run.exitCode).toBe(0)
    expect(plain(run.summary)).toContain('1 incident(s) left out because a field is unreadable: "Detected at" of issue #400 ("yesterday") is not a date and time')
    const findings = JSON.parse(readFileSync(run.outputs['findings-file'], 'utf8'))
    expect(findings.incidents.map((i: { incident_id: string }) => i.incident_id)).not.toContain('#400')
    expect(findings.incident_count).toBe(DEMO_INCIDENTS.length)
  })

  it('an incidents file with one bad entry analyses the rest and names the bad one; exit 1 only when none is usable', async () => {
    const gh = await startGitHub([])
    const ws = mkdtempSync(join(tmpdir(), 'ws-'))
    copyFileSync('demo/reports/day-238.json', join(ws, '.report.json'))
    const good = DEMO_INCIDENTS.map((i) => ({ id: i.id, component: i.component, failure_mode: i.failure_mode, detected_at: i.detected_at }))
    writeFileSync(join(ws, 'incidents.json'), JSON.stringify([...good, { id: 'INC-BAD', component: 'search', detected_at: '2026-11-25 14:05' }]))
    const run = await runAction(pushEnv(ws, gh.url, { 'store-history': 'never', 'incidents-file': 'incidents.json' }))
    expect(run.exitCode).toBe(0)
    expect(plain(run.summary)).toContain(`1 entry of the incidents file left out: entry ${good.length} (id "INC-BAD"): field \`detected_at\` "2026-11-25 14:05" has no time zone`)
    expect(JSON.parse(readFileSync(run.outputs['findings-file'], 'utf8')).incident_count).toBe(good.length)

    writeFileSync(join(ws, 'incidents.json'), JSON.stringify([{ id: 'INC-BAD', component: 'search', detected_at: 'yesterday' }]))
    const none = await runAction(pushEnv(ws, gh.url, { 'store-history': 'never', 'incidents-file': 'incidents.json' }))
    expect(none.exitCode).toBe(1)
    expect(none.stdout).toContain('No entry of the incidents file')
    expect(none.stdout).not.toMatch(/\n\s+at /)
  })
})

describe('a pytest that did not finish', () => {
  const cases = Object.entries(UNFINISHED_PROJECTS).map(([name, p]) => [name, p.exit, p] as const)

  it.each(cases)('%s (exit %i): the push run is not stored, the summary says why, and the step fails', async (name, exit, project) => {
    const pytest = runPytestProject(project.files, project.args)
    expect(pytest.status).toBe(exit)
    const repo = `octo-org/unfinished-${name}`
    git.url(repo)
    const gh = await startGitHub([], { repository: repo })
    const ws = mkdtempSync(join(tmpdir(), 'ws-'))
    copyFileSync(join(pytest.dir, pytest.json), join(ws, '.report.json'))
    const run = await runAction(pushEnv(ws, gh.url, { 'comment-on-incidents': 'false' }, repo))
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(`::error::This run was not stored in the history: pytest did not finish (.report.json: `)
    expect(run.stdout).toContain(`exit code ${exit}`)
    expect(run.summary).toMatch(/History: not stored \(pytest did not finish \(\.report\.json: .*exit code \d/)
    expect(run.outputs['history-runs']).toBe('0')
    expect(run.outputs['history-commit']).toBe('')

    // a report without tests also fails `require-tests` (default true), whatever fail-on-store-error says
    const testCount = (JSON.parse(readFileSync(join(ws, '.report.json'), 'utf8')).tests ?? []).length
    if (testCount === 0) {
      const empty = await runAction(pushEnv(ws, gh.url, { 'comment-on-incidents': 'false', 'fail-on-store-error': 'false' }, repo))
      expect(empty.exitCode).toBe(1)
      expect(empty.stdout).toContain('holds no tests (require-tests: true)')
      expect(empty.outputs['history-runs']).toBe('0')
    }
    // with fail-on-store-error: false (and require-tests: false), a warning and exit 0; still nothing stored
    const lenient = await runAction(pushEnv(ws, gh.url, { 'comment-on-incidents': 'false', 'fail-on-store-error': 'false', 'require-tests': 'false' }, repo))
    expect(lenient.exitCode).toBe(0)
    expect(lenient.stdout).toContain('::warning::This run was not stored in the history: pytest did not finish')
    expect(lenient.outputs['history-runs']).toBe('0')
  })

  it('the command line (ingest) refuses the report of an interrupted session, and a backfill skips it with a warning', async () => {
    const project = UNFINISHED_PROJECTS.interrupted
    const pytest = runPytestProject(project.files, project.args)
    expect(pytest.status).toBe(project.exit)
    const repo = 'octo-org/cli-unfinished'
    const url = git.url(repo)
    const env = { PATH: process.env.PATH, HOME: home, GITHUB_TOKEN: TOKEN }
    const report = join(pytest.dir, pytest.json)
    const single = await spawnNode([DIST_CLI, 'ingest', '--repo', url, report], env, process.cwd())
    expect(single.code).toBe(1)
    expect(single.stderr).toContain('Not stored: pytest did not finish')
    expect(single.stderr).toContain(`exit code ${project.exit}`)
    expect(single.stderr).not.toMatch(/\n\s+at /)

    const dir = mkdtempSync(join(tmpdir(), 'backfill-'))
    copyFileSync(report, join(dir, 'interrupted.json'))
    copyFileSync('demo/reports/day-238.json', join(dir, 'finished.json'))
    const entry = (file: string, i: number) => ({ file, build_id: `b${i}`, sha: `${i}`.repeat(40), branch: 'main', created: `2026-11-2${i}T10:00:00Z` })
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify([entry('interrupted.json', 1), entry('finished.json', 2)]))
    const backfill = await spawnNode([DIST_CLI, 'ingest', '--repo', url, '--manifest', join(dir, 'manifest.json')], env, process.cwd())
    expect(backfill.code).toBe(0)
    expect(backfill.stderr).toContain('warning: a manifest entry was not stored: pytest did not finish (')
    expect(backfill.stderr).toContain('interrupted.json: pytest was interrupted (exit code 2')
    const listed = await spawnNode([DIST_CLI, 'history', '--repo', url, '--json', '-'], env, process.cwd())
    expect(listed.code).toBe(0)
    expect(JSON.parse(listed.stdout).runs).toBe(1)
  })

  it('the interrupted run in JUnit and reportlog form is not stored either; a finished one is', async () => {
    const project = UNFINISHED_PROJECTS.interrupted
    const pytest = runPytestProject(project.files)
    const repo = 'octo-org/unfinished-formats'
    git.url(repo)
    const gh = await startGitHub([], { repository: repo })
    for (const file of [pytest.junit, pytest.reportlog]) {
      const ws = mkdtempSync(join(tmpdir(), 'ws-'))
      copyFileSync(join(pytest.dir, file), join(ws, file))
      const run = await runAction(pushEnv(ws, gh.url, { 'comment-on-incidents': 'false', 'report-path': file }, repo))
      expect(run.exitCode).toBe(1)
      expect(run.summary).toContain('pytest did not finish')
      expect(run.outputs['history-runs']).toBe('0')
    }
    const ws = mkdtempSync(join(tmpdir(), 'ws-'))
    copyFileSync('demo/reports/day-238.json', join(ws, '.report.json'))
    const finished = await runAction(pushEnv(ws, gh.url, { 'comment-on-incidents': 'false' }, repo))
    expect(finished.exitCode).toBe(0)
    expect(finished.outputs['history-runs']).toBe('1')
  })
})
