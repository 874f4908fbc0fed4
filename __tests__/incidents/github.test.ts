import { afterEach, describe, expect, it } from '@jest/globals'
import { fetchIncidentIssues } from '../../src/incidents/github.js'
import { InputError } from '../../src/errors.js'
import { createOctokit } from '../../src/github.js'
import { start, type GitHubStandIn, type IssueSeed } from '../support/github-server.js'
import { testOctokit } from '../support/octokit.js'

let server: GitHubStandIn | null = null
afterEach(async () => {
  const current = server
  server = null
  await current?.stop()
  if (current) expect(current.violations).toEqual([])
})

const OPTS = { owner: 'octo-org', repo: 'shop', label: 'incident', componentPrefix: 'component:', failureModePrefix: 'failure-mode:' }

/** 230 incident issues (every third closed, every tenth a pull request) plus unrelated issues. */
function manyIssues(): IssueSeed[] {
  const seeds: IssueSeed[] = []
  for (let n = 1; n <= 260; n++) {
    if (n > 230) {
      seeds.push({ number: n, labels: ['bug'], body: 'Component: not-an-incident' })
      continue
    }
    seeds.push({
      number: n,
      labels: n % 10 === 0 ? ['incident'] : ['incident', `component:svc-${n % 4}`],
      state: n % 3 === 0 ? 'closed' : 'open',
      pull_request: n % 10 === 0,
      body: n % 7 === 0 ? '### Failure mode\n\ntimeout' : null
    })
  }
  return seeds
}

describe('fetchIncidentIssues', () => {
  it('reads every incident issue, open and closed, over several pages, and skips pull requests', async () => {
    server = await start({ issues: manyIssues() })
    const { octokit } = testOctokit(server.url)
    const incidents = await fetchIncidentIssues(octokit, OPTS)
    expect(incidents).toHaveLength(207)
    expect(incidents.map((i) => i.id).slice(0, 3)).toEqual(['#1', '#2', '#3'])
    expect(incidents.some((i) => i.issue_number === 10)).toBe(false)
    expect(incidents.find((i) => i.id === '#3')).toMatchObject({ component: 'svc-3', resolved_at: expect.any(String) })
    expect(incidents.find((i) => i.id === '#7')).toMatchObject({ component: 'svc-3', failure_mode: 'timeout', resolved_at: null })
    const pages = server.calls.filter((c) => c.operationId === 'issues/list-for-repo')
    expect(pages.map((c) => new URL(c.url, server?.url).searchParams.get('page'))).toEqual([null, '2', '3'])
    expect(new URL(pages[0].url, server.url).searchParams.get('labels')).toBe('incident')
    expect(new URL(pages[0].url, server.url).searchParams.get('state')).toBe('all')
    expect(new URL(pages[0].url, server.url).searchParams.get('per_page')).toBe('100')
    expect(pages[0].authorization).toBe('token test-token')
  })

  it('stops at the page cap and says so', async () => {
    server = await start({ issues: manyIssues() })
    const { octokit } = testOctokit(server.url)
    const warnings: string[] = []
    const incidents = await fetchIncidentIssues(octokit, { ...OPTS, maxPages: 1, warn: (m) => warnings.push(m) })
    expect(incidents).toHaveLength(90)
    expect(server.calls).toHaveLength(1)
    expect(warnings).toEqual([expect.stringContaining('Read the first 100 issues labelled "incident" of octo-org/shop and stopped there')])
  })

  it('lists an incident without a component as unclassified instead of failing', async () => {
    server = await start({ issues: [{ number: 4, labels: ['incident'], body: 'no fields' }] })
    const [incident] = await fetchIncidentIssues(testOctokit(server.url).octokit, OPTS)
    expect(incident.component).toBeNull()
    expect(incident.problems[0]).toMatch(/^issue #4 has no component/)
  })

  it('waits for the primary rate limit to reset (x-ratelimit-reset) and retries', async () => {
    server = await start({ issues: [{ number: 1, labels: ['incident', 'component:a'] }] })
    server.failNext({ kind: 'rate-limit', resetInSeconds: 1 })
    const { octokit, warnings } = testOctokit(server.url)
    const incidents = await fetchIncidentIssues(octokit, OPTS)
    expect(incidents.map((i) => i.component)).toEqual(['a'])
    expect(server.calls.map((c) => c.status)).toEqual([403, 200])
    expect(warnings).toEqual([expect.stringMatching(/^GitHub rate limit hit by GET \/repos\/octo-org\/shop\/issues; retrying in \d s \(retry 1 of 2\)\.$/)])
  })

  it('honours retry-after of a secondary rate limit (429 and 403)', async () => {
    server = await start({ issues: [{ number: 1, labels: ['incident', 'component:a'] }] })
    server.failNext({ kind: 'secondary-rate-limit', retryAfterSeconds: 3 })
    server.failNext({ kind: 'secondary-rate-limit-403', retryAfterSeconds: 2 })
    const { octokit, warnings } = testOctokit(server.url)
    expect(await fetchIncidentIssues(octokit, OPTS)).toHaveLength(1)
    expect(server.calls.map((c) => c.status)).toEqual([429, 403, 200])
    expect(warnings).toEqual([
      expect.stringMatching(/secondary rate limit hit by .*; retrying in 3 s \(retry 1 of 2\)/),
      expect.stringMatching(/secondary rate limit hit by .*; retrying in 2 s \(retry 2 of 2\)/)
    ])
  })

  it('honours retry-after of a bare 429 too', async () => {
    server = await start({ issues: [{ number: 1, labels: ['incident', 'component:a'] }] })
    server.failNext({ kind: 'too-many-requests', retryAfterSeconds: 4 })
    const { octokit, warnings } = testOctokit(server.url)
    expect(await fetchIncidentIssues(octokit, OPTS)).toHaveLength(1)
    expect(server.calls.map((c) => c.status)).toEqual([429, 200])
    expect(warnings).toEqual(['GitHub answered 429 to GET /repos/octo-org/shop/issues; retrying in 4 s (retry 1 of 2).'])
  })

  it('gives up after a bounded number of rate-limit retries, and on a reset too far away', async () => {
    server = await start({ issues: [{ number: 1, labels: ['incident'] }] })
    server.failNext({ kind: 'secondary-rate-limit', count: 3 })
    const { octokit } = testOctokit(server.url)
    await expect(fetchIncidentIssues(octokit, OPTS)).rejects.toThrow(/rate limit stopped the reading of the incident issues of octo-org\/shop/)
    expect(server.calls).toHaveLength(3)
    server.calls.length = 0
    server.failNext({ kind: 'rate-limit', resetInSeconds: 3600 })
    const second = testOctokit(server.url)
    await expect(fetchIncidentIssues(second.octokit, OPTS)).rejects.toThrow(/rate limit/)
    expect(server.calls).toHaveLength(1)
    expect(second.warnings[0]).toMatch(/resets in \d+ s, longer than the 300 s this run waits/)
  })

  it('retries a transient server error', async () => {
    server = await start({ issues: [{ number: 1, labels: ['incident'] }] })
    server.failNext({ kind: 'server-error' })
    expect(await fetchIncidentIssues(testOctokit(server.url).octokit, OPTS)).toHaveLength(1)
    expect(server.calls.map((c) => c.status)).toEqual([500, 200])
  })

  it('explains a missing repository and a rejected token as InputErrors', async () => {
    server = await start({ token: 'good' })
    const missing = fetchIncidentIssues(testOctokit(server.url, 'good').octokit, { ...OPTS, repo: 'nope' })
    await expect(missing).rejects.toBeInstanceOf(InputError)
    await expect(missing).rejects.toThrow(/incident issues of octo-org\/nope: GitHub answered 404/)
    await expect(fetchIncidentIssues(testOctokit(server.url, 'bad').octokit, OPTS)).rejects.toThrow(/rejected the token .* \(HTTP 401\)/)
  })
})

describe('createOctokit', () => {
  it('talks to GITHUB_API_URL when no base URL is given (GitHub Enterprise, the stand-in)', async () => {
    server = await start({ token: 'env-token', issues: [{ number: 1, labels: ['incident', 'component:a'] }] })
    const saved = process.env.GITHUB_API_URL
    process.env.GITHUB_API_URL = `${server.url}/`
    try {
      const octokit = createOctokit('env-token', { log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } })
      expect(await fetchIncidentIssues(octokit, OPTS)).toHaveLength(1)
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL
      else process.env.GITHUB_API_URL = saved
    }
    expect(server.calls.map((c) => [c.status, c.authorization])).toEqual([[200, 'token env-token']])
  })
})
