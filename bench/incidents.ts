/**
 * Benchmarks of reading incidents (src/incidents) and writing their comments (src/comments):
 * parsing issue-form bodies, the worst case of a hostile body (the parser's work must stay bounded
 * whatever a stranger writes), paging through incident issues, and the calls one comment costs,
 * against the GitHub stand-in of the tests. Data comes from a fixed seed.
 */
import { upsertIncidentComment } from '../src/comments/upsert.js'
import { createOctokit } from '../src/github.js'
import { fetchIncidentIssues } from '../src/incidents/github.js'
import { incidentFromIssue, type IssueLike } from '../src/incidents/parse.js'
import { start, type IssueSeed } from '../__tests__/support/github-server.js'
import { median, type BenchFigure, type BenchModule } from './types.js'
import { seededRandom } from './prng.js'


function formBody(rnd: () => number, n: number): string {
  const prose = 'The gateway answered 502 for a share of checkouts; retries made it worse. '.repeat(1 + Math.floor(rnd() * 20))
  return [
    `### Component\n\nsvc-${n % 25}`,
    `### Failure mode\n\n${rnd() < 0.3 ? '_No response_' : `mode_${n % 7}`}`,
    `### Detected at\n\n2026-${String(1 + (n % 12)).padStart(2, '0')}-10T14:05:00Z`,
    '### Started at\n\n_No response_',
    '### Resolved at\n\n_No response_',
    `### What happened\n\n${prose}`
  ].join('\n\n')
}

function time(fn: () => void, repeats: number): number {
  const samples: number[] = []
  for (let i = 0; i < repeats; i++) {
    const t0 = process.hrtime.bigint()
    fn()
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  return median(samples)
}

const bench: BenchModule = async ({ quick }) => {
  const rnd = seededRandom(7)
  const count = quick ? 500 : 5_000
  const issues: IssueLike[] = Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    title: `Incident ${i + 1}`,
    body: formBody(rnd, i),
    labels: [{ name: 'incident' }],
    html_url: `https://github.com/o/r/issues/${i + 1}`,
    created_at: '2026-01-01T00:00:00Z',
    closed_at: null
  }))
  const parseMs = time(() => issues.forEach((issue) => incidentFromIssue(issue)), quick ? 3 : 5)

  // The longest body GitHub stores, built to make naive patterns backtrack.
  const hostile: IssueLike = {
    number: 1,
    body: [`### ${' '.repeat(20_000)}x`, `Component:${' '.repeat(20_000)}`, `${'**'.repeat(5_000)}Failure mode`, '#'.repeat(5_536)].join('\n').slice(0, 65_536),
    created_at: '2026-01-01T00:00:00Z'
  }
  const hostileMs = time(() => incidentFromIssue(hostile), quick ? 3 : 9)

  const figures: BenchFigure[] = [
    { name: `parse ${count} issue-form bodies`, value: `${parseMs.toFixed(1)} ms (${((parseMs / count) * 1000).toFixed(1)} µs per issue, median)` },
    { name: 'parse one hostile 65,536-character body', value: `${hostileMs.toFixed(2)} ms (median)`, target: '< 50 ms', met: hostileMs < 50 }
  ]

  const incidentCount = quick ? 250 : 2_000
  const seeds: IssueSeed[] = Array.from({ length: incidentCount }, (_, i) => ({ number: i + 1, labels: ['incident', `component:svc-${i % 25}`], body: formBody(rnd, i) }))
  const server = await start({ issues: seeds })
  try {
    const octokit = createOctokit('bench', { baseUrl: server.url, log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } })
    const t0 = process.hrtime.bigint()
    const incidents = await fetchIncidentIssues(octokit, { owner: 'octo-org', repo: 'shop', label: 'incident', componentPrefix: 'component:', failureModePrefix: 'failure-mode:' })
    const fetchMs = Number(process.hrtime.bigint() - t0) / 1e6
    const pages = server.calls.length
    figures.push({ name: `read ${incidents.length} incident issues from the stand-in`, value: `${pages} API calls, ${fetchMs.toFixed(0)} ms` })

    const first = await upsertIncidentComment(octokit, { owner: 'octo-org', repo: 'shop', issueNumber: 1, body: 'findings v1' })
    const same = await upsertIncidentComment(octokit, { owner: 'octo-org', repo: 'shop', issueNumber: 1, body: 'findings v1' })
    const changed = await upsertIncidentComment(octokit, { owner: 'octo-org', repo: 'shop', issueNumber: 1, body: 'findings v2' })
    figures.push({
      name: 'API calls per incident comment (create / unchanged / update)',
      value: `${first.calls} / ${same.calls} / ${changed.calls}`,
      target: 'unchanged = 1 read, 0 writes',
      met: same.calls === 1
    })
    if (server.violations.length > 0) throw new Error(`stand-in violations: ${server.violations.join('; ')}`)
  } finally {
    await server.stop()
  }

  return {
    title: 'Incidents and comments',
    method:
      `Seeded issue-form bodies (${count}) parsed in process; a 65,536-character body built to make naive patterns backtrack; ` +
      'incident issues and comments through the real Octokit client (retry + throttling) against the OpenAPI-checked GitHub stand-in on 127.0.0.1.',
    figures,
    notes: ['Writes are spaced by at least one second by the throttling plugin (GitHub\'s advice for secondary rate limits), so the comment figures count calls, not time.']
  }
}

export default bench
