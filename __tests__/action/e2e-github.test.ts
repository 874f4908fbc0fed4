/**
 * The bundled action against the GitHub stand-in (every request and response checked against
 * GitHub's OpenAPI description) and a real git server holding a backfilled history: incident
 * issues events, comments kept in place, races, and fork pull requests.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { start, type GitHubStandIn, type StoredIssue } from '../support/github-server.js'
import type { GitServer } from '../support/git-server.js'
import { startDemoGitServer } from '../support/demo-history.js'
import { demoIncidentIssues } from '../incidents/issue-form.js'
import { runAction, type ActionEnv } from '../support/run-action.js'
import { examplePayload } from '../support/webhooks.js'

const TOKEN = 'ghs_githubE2eToken0123456789abcdefABCD'
const REPO = 'octo-org/shop'

let git: GitServer
let gitBase: string
let home: string

beforeAll(async () => {
  ;({ git, gitBase, home } = await startDemoGitServer(TOKEN, REPO))
}, 60000)
afterAll(async () => git.stop())

let github: GitHubStandIn | null = null
afterEach(async () => {
  await github?.stop()
  github = null
})

async function startGitHub(extra: Parameters<typeof start>[0] = {}): Promise<GitHubStandIn> {
  github = await start({ repository: REPO, defaultBranch: 'main', token: TOKEN, issues: [...demoIncidentIssues(), { number: 200, title: 'Not an incident', labels: ['bug'] }, { number: 201, title: 'A pull request', labels: ['incident'], pull_request: true }], ...extra })
  return github
}

function issuesEvent(action: string, issue: StoredIssue, apiUrl: string): ActionEnv {
  const payload = examplePayload('issues', action)
  payload.issue = { ...(payload.issue as object), number: issue.number, title: issue.title, body: issue.body, state: issue.state, created_at: issue.created_at, closed_at: issue.closed_at, labels: issue.labels.map((name) => ({ name })) }
  payload.repository = { ...(payload.repository as object), full_name: REPO, default_branch: 'main' }
  return {
    workspace: mkdtempSync(join(tmpdir(), 'ws-')),
    eventName: 'issues',
    payload,
    repository: REPO,
    ref: 'refs/heads/main',
    apiUrl,
    serverUrl: gitBase,
    inputs: { 'github-token': TOKEN },
    env: { HOME: home }
  }
}

describe('an issues event on an incident', () => {
  it('writes one findings comment, then costs no write when nothing changed', async () => {
    const gh = await startGitHub()
    const issue = gh.state.issues.get(103) as StoredIssue // INC-103: the stock race, predicted by a failing test
    const env = issuesEvent('labeled', issue, gh.url)
    const first = await runAction(env)
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)
    const comments = gh.commentsOn(103)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('Could a test have caught this incident?')
    // "Yes" only when the analysis judged a failing test predictive; otherwise the failures are named as not reliable
    const finding = JSON.parse(readFileSync(first.outputs['findings-file'], 'utf8')).incidents.find((i: { incident_id: string }) => i.incident_id === '#103')
    const answer = comments[0].body!.split('\n\n')[1]
    expect(answer.startsWith(finding.predicted_by.length > 0 ? '**Yes**' : '**Not reliably**')).toBe(true)
    expect(answer).toContain('`test_stock_race_two_buyers`')
    expect(first.summary).toContain('Analysed incident #103')
    expect(first.outputs['gap-count']).toBe('3')

    const writesBefore = gh.writes().length
    const second = await runAction(env)
    expect(second.exitCode).toBe(0)
    expect(gh.writes().length).toBe(writesBefore)
    expect(second.summary).toContain('1 unchanged')
    expect(gh.commentsOn(103)).toHaveLength(1)
    expect(gh.violations).toEqual([])
  })

  it('two jobs upserting the same incident comment at once leave exactly one comment', async () => {
    const gh = await startGitHub()
    const env = issuesEvent('edited', gh.state.issues.get(105) as StoredIssue, gh.url)
    const runs = await Promise.all([runAction(env), runAction(env)])
    expect(runs.map((r) => r.exitCode)).toEqual([0, 0])
    expect(gh.commentsOn(105)).toHaveLength(1)
    expect(gh.commentsOn(105)[0].body).toContain('its tests all passed')
    expect(gh.violations).toEqual([])
  })

  it('an issue without the incident label is left alone', async () => {
    const gh = await startGitHub()
    const run = await runAction(issuesEvent('labeled', gh.state.issues.get(200) as StoredIssue, gh.url))
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('does not carry the `incident` label')
    expect(gh.calls).toHaveLength(0)
  })
})

describe('a push run that closes a gap', () => {
  it('updates only the comment of the incident whose findings changed, with few API calls', async () => {
    const gh = await startGitHub()
    // a report of today's suite plus the test written after INC-107 (recommendations had no test)
    const report = JSON.parse(readFileSync('demo/reports/day-238.json', 'utf8'))
    report.created = Date.now() / 1000
    report.tests.push({ ...report.tests[0], nodeid: 'tests/test_recommendations.py::test_widget_not_empty', metadata: { component: 'recommendations', failure_mode: 'general', incident: '#107' } })
    // as pytest would count it: a report whose summary disagrees with its tests is not stored
    report.summary[report.tests[0].outcome] += 1
    report.summary.total += 1
    report.summary.collected += 1
    const ws = mkdtempSync(join(tmpdir(), 'ws-'))
    writeFileSync(join(ws, '.report.json'), JSON.stringify(report))
    const payload = examplePayload('push', undefined, (p) => p.ref === 'refs/heads/master')
    payload.repository = { ...(payload.repository as object), full_name: REPO, default_branch: 'main' }
    const run = await runAction({ workspace: ws, eventName: 'push', payload, repository: REPO, ref: 'refs/heads/main', apiUrl: gh.url, serverUrl: gitBase, runId: '77', inputs: { 'github-token': TOKEN }, env: { HOME: home } })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs['history-commit']).toMatch(/^[0-9a-f]{40}$/)
    const written = new Set(gh.writes().map((c) => c.url))
    expect([...written]).toEqual(['/repos/octo-org/shop/issues/107/comments'])
    expect(gh.commentsOn(107)[0].body).toContain('Closed by `tests/test_recommendations.py::test_widget_not_empty`')
    // 1 page of incident issues + (list + create) for the one changed comment
    expect(gh.calls.length).toBeLessThanOrEqual(2 + 1 + 2)
    expect(gh.violations).toEqual([])
  })
})

describe('a pull request from a fork', () => {
  it('writes the summary but no comment and no push, and exits 0', async () => {
    const gh = await startGitHub({ readOnly: true })
    git.setReadOnly(true)
    try {
      const payload = examplePayload('pull_request', 'opened')
      const pr = payload.pull_request as { head: { repo: { full_name: string } } }
      pr.head.repo.full_name = 'stranger/shop' // the same real payload, opened from a fork
      payload.repository = { ...(payload.repository as object), full_name: REPO, default_branch: 'main' }
      const ws = mkdtempSync(join(tmpdir(), 'ws-'))
      writeFileSync(join(ws, '.report.json'), readFileSync('demo/reports/day-238.json'))
      const run = await runAction({ workspace: ws, eventName: 'pull_request', payload, repository: REPO, ref: 'refs/pull/2/merge', headRef: 'changes', apiUrl: gh.url, serverUrl: gitBase, inputs: { 'github-token': TOKEN, 'store-history': 'always' }, env: { HOME: home } })
      expect(run.exitCode).toBe(0)
      expect(run.summary).toContain('## Open coverage gaps')
      expect(run.summary).toContain('This run was not stored')
      expect(run.outputs['history-commit']).toBe('')
      expect(gh.writes()).toHaveLength(0)
      expect(gh.violations).toEqual([])
    } finally {
      git.setReadOnly(false)
    }
  })
})

describe('protect-load-bearing', () => {
  it('annotates a skipped load-bearing test on its file and line and fails the step with `fail`', async () => {
    const gh = await startGitHub()
    const report = JSON.parse(readFileSync('demo/reports/day-238.json', 'utf8'))
    const race = report.tests.find((t: { nodeid: string }) => t.nodeid === 'tests/test_inventory.py::test_stock_race_two_buyers')
    race.outcome = 'skipped'
    race.setup.outcome = 'skipped'
    delete race.call
    const ws = mkdtempSync(join(tmpdir(), 'ws-'))
    writeFileSync(join(ws, '.report.json'), JSON.stringify(report))
    const payload = examplePayload('push', undefined, (p) => p.ref === 'refs/heads/master')
    payload.repository = { ...(payload.repository as object), full_name: REPO, default_branch: 'main' }
    const env = { workspace: ws, eventName: 'push', payload, repository: REPO, ref: 'refs/heads/feature', apiUrl: gh.url, serverUrl: gitBase, env: { HOME: home } }
    const failing = await runAction({ ...env, inputs: { 'github-token': TOKEN, 'protect-load-bearing': 'fail' } })
    expect(failing.exitCode).toBe(1)
    expect(failing.stdout).toMatch(/::error title=Load-bearing test skipped,file=tests\/test_inventory.py,line=\d+::Load-bearing test tests\/test_inventory.py::test_stock_race_two_buyers was skipped/)
    const warning = await runAction({ ...env, inputs: { 'github-token': TOKEN } })
    expect(warning.exitCode).toBe(0)
    expect(warning.stdout).toContain('::warning title=Load-bearing test skipped')
    expect(gh.violations).toEqual([])
  })
})

describe('production metrics on an incident', () => {
  it('adds the production impact and the recommended actions to the incident comment, from a metrics file', async () => {
    const gh = await startGitHub()
    const env = issuesEvent('edited', gh.state.issues.get(101) as StoredIssue, gh.url)
    writeFileSync(join(env.workspace, 'metrics.csv'), readFileSync('demo/metrics.csv'))
    const run = await runAction({ ...env, inputs: { 'github-token': TOKEN, 'metrics-file': 'metrics.csv', 'slo-latency-p99-ms': '500', 'slo-error-rate': '1%' } })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    const body = gh.commentsOn(101)[0].body
    expect(body).toContain('### Production impact')
    expect(body).toContain('peak error rate')
    expect(body).toContain('xychart-beta')
    expect(body).toContain('#### Recommended actions')
    expect(run.summary).toContain('## Recommended actions')
    const findings = JSON.parse(readFileSync(run.outputs['findings-file'], 'utf8'))
    expect(findings.production_impact.incidents.map((i: { incident_id: string }) => i.incident_id)).toEqual(['#101'])
    expect(gh.violations).toEqual([])
  })
})

describe('mode: review', () => {
  it('creates the quarter\'s review issue from the history, then keeps it in place', async () => {
    const gh = await startGitHub()
    const payload = examplePayload('workflow_dispatch')
    payload.repository = { ...(payload.repository as object), full_name: REPO, default_branch: 'main' }
    const env: ActionEnv = {
      workspace: mkdtempSync(join(tmpdir(), 'ws-')),
      eventName: 'workflow_dispatch',
      payload,
      repository: REPO,
      ref: 'refs/heads/main',
      apiUrl: gh.url,
      serverUrl: gitBase,
      inputs: { 'github-token': TOKEN, mode: 'review', 'review-quarter': '2026Q3' },
      env: { HOME: home }
    }
    const first = await runAction(env)
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)
    const reviews = [...gh.state.issues.values()].filter((i) => i.labels.includes('test-health-review'))
    expect(reviews).toHaveLength(1)
    expect(reviews[0].title).toContain('2026Q3')
    expect(reviews[0].body).toContain('- [ ]')
    expect(first.outputs['review-issue']).toBe(String(reviews[0].number))
    expect(first.summary).toContain('created')

    const writes = gh.writes().length
    const second = await runAction(env)
    expect(second.exitCode).toBe(0)
    expect(second.summary).toContain('unchanged')
    expect(gh.writes().length).toBe(writes)
    expect([...gh.state.issues.values()].filter((i) => i.labels.includes('test-health-review'))).toHaveLength(1)
    expect(gh.violations).toEqual([])
  })
})
