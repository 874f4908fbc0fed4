import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { appendRuns, openHistory, type HistoryClone } from '../../src/history/index.js'
import { renderReview } from '../../src/render/review.js'
import { buildReview, type Review } from '../../src/review/index.js'
import { chartProblems, mermaidCharts } from '../trends/xychart-check.js'
import { bareRepo, EVIL, reviewIncidents, reviewRuns, runAt } from './history.js'
import { incident } from '../analysis/history-builder.js'

const NOW = new Date('2026-11-12T00:00:00Z')
const OPTIONS = { deadWeightDays: 60 }

let work = ''
let clone: HistoryClone
let review: Review
let body = ''

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'review-test-'))
  clone = await openHistory({ remote: await bareRepo(work), tempDir: work })
  const stored = await appendRuns(clone, reviewRuns(), { retentionDays: 0 })
  expect(stored.status).toBe('stored')
  review = buildReview(clone.rollup(), reviewIncidents(), { quarter: '2026Q4', now: NOW, analysisOptions: OPTIONS, runs: clone, repository: 'octo-org/shop' })
  body = renderReview(review)
})

afterAll(async () => {
  await clone?.dispose()
  await rm(work, { recursive: true, force: true })
})

describe('buildReview on a real history spanning two quarters', () => {
  it('maps the quarter\'s incidents to coverage, with open gaps and closure times against the target', () => {
    expect(review.quarter).toBe('2026Q4')
    expect(review.complete).toBe(false)
    expect(review.incidents.map((i) => [i.incident_id, i.status])).toEqual([
      ['INC-B', 'gap_open'],
      ['INC-C', 'gap_closed']
    ])
    expect(review.open_gaps.map((g) => [g.incident_id, Math.floor(g.age_days), g.over_target])).toEqual([['INC-B', 32, true]])
    expect(review.closed_gaps).toEqual([
      expect.objectContaining({ incident_id: 'INC-C', closed_by: 'tests/search.py::test_latency_guard', matched_by: 'incident', days: expect.any(Number), within_target: true })
    ])
    expect(review.closed_gaps[0].days).toBeCloseTo(6.92, 2) // first run with it: 27 October
  })

  it('lists the load-bearing test with its strength and that it is skipped', () => {
    expect(review.protect).toHaveLength(1)
    const pay = review.protect[0]
    expect(pay).toMatchObject({ nodeid: 'tests/checkout.py::test_pay', strength: 'anecdotal', a: 1, n: 1, last_outcome: 'skipped' })
    expect(pay.skipped_runs).toBeGreaterThan(5)
    expect(pay.warnings.join(' ')).toMatch(/skipped in \d+ of \d+ runs/)
  })

  it('costs the dead-weight candidates from the run files, exact or bounded, costliest first', () => {
    expect(review.dead_weight.map((d) => d.nodeid)).toEqual(['tests/legacy.py::test_old_1', EVIL, 'tests/legacy.py::test_old_2'])
    const [old1, evil, old2] = review.dead_weight
    expect(old1.runs).toBe(review.run_files_read)
    expect(old1).toMatchObject({ cost_basis: 'exact', cost_ms: 5000 * old1.runs })
    expect(evil).toMatchObject({ cost_basis: 'exact', cost_ms: 3000 * evil.runs })
    // 20 ms is never among the 50 slowest: bounded by each run's cut-off
    expect(old2.cost_basis).toBe('at_most')
    expect(old2.cost_ms).toBeGreaterThan(20 * old2.runs)
    expect(old2.reasons.join(' ')).toMatch(/never failed .* no incident ever in its component `legacy`/)
  })

  it('ranks flaky tests by failures on commits where they also passed, and finds the slowdown', () => {
    expect(review.flaky.map((f) => f.nodeid)).toEqual(['tests/checkout.py::test_cart'])
    expect(review.flaky[0].failures_on_passing_commits).toBe(review.flaky[0].flaky_commits)
    expect(review.flaky[0].flaky_commits).toBeGreaterThanOrEqual(2)
    expect(review.slowdowns[0]).toMatchObject({ nodeid: 'tests/search.py::test_slow' })
    expect(review.slowdowns[0].after_ms).toBeGreaterThan(review.slowdowns[0].before_ms * 1.3)
    const sd = review.suite_duration!
    expect(sd.quarters.map((q) => q.quarter)).toEqual(['2026Q1', '2026Q2', '2026Q3', '2026Q4'])
    expect(sd.quarters.map((q) => q.median_s === null)).toEqual([true, true, false, false])
    expect(sd.quarters[3].median_s!).toBeGreaterThan(sd.quarters[2].median_s!)
    expect(sd.weeks.length).toBeGreaterThan(4)
  })

  it('renders task lists with stable keys, the trend table and well-formed charts', () => {
    expect(body.startsWith('<!-- test-incident-loop:review:2026Q4 -->\n# Test suite health review 2026Q4')).toBe(true)
    const tasks = body.split('\n').filter((l) => l.startsWith('- [ ]'))
    expect(tasks.length).toBe(1 + 1 + 3 + 1 + review.slowdowns.length)
    for (const t of tasks) expect(t).toMatch(/ <!-- key:(gap|protect|retire|flaky|perf):[0-9a-f]{12} -->$/)
    expect(body).toContain('| Metric | 2026Q1 | 2026Q2 | 2026Q3 | 2026Q4 (to date) | Trend | Change | Target |')
    expect(body).toMatch(/- \[ \] Protect `tests\/checkout.py::test_pay` \(`checkout`\): \*\*(predictive|possible|noise)\*\* \(confidence \d+ %, \*\*anecdotal\*\*\), preceded 1 of 1 incidents .* ⚠️ skipped in/)
    expect(body).toMatch(/open 32 days ❌/)
    expect(body).toContain('Median suite duration per week of 2026Q4')
    const charts = mermaidCharts(body)
    expect(charts.length).toBeGreaterThanOrEqual(5)
    expect(body.length).toBeLessThan(65_536)
    for (const chart of charts) expect(chartProblems(chart)).toEqual([])
    // the checklist first; every chart collapsed
    expect(body.indexOf('- [ ] ')).toBeGreaterThan(0)
    expect(body.indexOf('- [ ] ')).toBeLessThan(body.indexOf('```mermaid'))
    const outsideDetails = body.replace(/<details>[\s\S]*?<\/details>/g, '')
    expect(outsideDetails).not.toContain('```mermaid')
  })

  it('escapes hostile test names and incident titles', () => {
    // outside inline code (where nothing is interpreted) no HTML, mention or issue reference survives
    // (our own collapsing tags aside)
    const prose = body.replace(/(`+)[\s\S]*?\1/g, '').replace(/<!-- [^>]*-->/g, '').replace(/<\/?(details|summary|sub)>/g, '')
    expect(prose).not.toMatch(/<[a-z]/i)
    expect(prose).not.toMatch(/@(team|octocat)/)
    expect(prose).not.toMatch(/#12/)
    expect(body).toContain('Payments down @\u200bteam #\u200b12 &lt;img src=x onerror=alert(1)&gt;')
    // the hostile nodeid's "-->" stays inside inline code, and its item still ends with its key
    const evilLine = body.split('\n').find((l) => l.includes('test_x['))!
    expect(evilLine).toMatch(/^- \[ \] Retire or consolidate `+ ?tests\/evil\.py::test_x\[<script>alert\(1\)<\/script>\\\|@octocat --> `x` #12\] ?`+: /)
    expect(evilLine).toMatch(/<!-- key:retire:[0-9a-f]{12} -->$/)
    expect((evilLine.match(/<!--/g) ?? []).length).toBe(1)
  })

  it('calls an incident predicted only when a predictive test failed before it, as the job summary does', async () => {
    // test_cart fails every fourth run all along: its failure two days before INC-D is what it always does
    // (the rest of the history as in the other tests)
    const runs = reviewRuns().map((r, i) => (i % 4 === 0 ? runAt(r.info.created, i, { 'tests/checkout.py::test_cart': 'failed' }) : r))
    const noisy = await openHistory({ remote: await bareRepo(await mkdtemp(join(work, 'noisy-'))), tempDir: work })
    try {
      expect((await appendRuns(noisy, runs, { retentionDays: 0 })).status).toBe('stored')
      const cartFailures = runs.filter((r) => r.run.tests.some((t) => t.nodeid === 'tests/checkout.py::test_cart' && t.outcome === 'failed')).map((r) => r.info.created)
      const lastInQ4 = cartFailures.filter((c) => c >= '2026-10-01' && c < '2026-11-05').sort().at(-1) as string
      const incidents = [...reviewIncidents(), incident('INC-D', 'checkout', new Date(Date.parse(lastInQ4) + 2 * 86_400_000).toISOString())]
      const noisyReview = buildReview(noisy.rollup(), incidents, { quarter: '2026Q4', now: NOW, analysisOptions: OPTIONS })
      const d = noisyReview.incidents.find((i) => i.incident_id === 'INC-D')
      expect(d).toMatchObject({ status: 'not_reliable', was_predictable: true, predicted_by: [] })
      expect(d?.failing_tests).toContain('tests/checkout.py::test_cart')
      // the quarter's trend: the incidents a real warning preceded are fewer than those any failure preceded
      const latest = (metric: string) => noisyReview.trends.metrics.find((m) => m.metric === metric)?.points.at(-1)?.value as number
      expect(latest('predicted_incident_rate')).toBeLessThan(latest('prediction_rate'))
      expect(renderReview(noisyReview)).toMatch(/INC-D.*\| ⚠️ not reliably predicted: \d+ covering test\(s\) failed in the week before, as often as they do without an incident or flakily \|/)
    } finally {
      await noisy.dispose()
    }
  })

  it('refuses a quarter that has not started, and works without run files', () => {
    expect(() => buildReview(clone.rollup(), [], { quarter: '2027Q1', now: NOW })).toThrow(/has not started yet/)
    const past = buildReview(clone.rollup(), reviewIncidents(), { quarter: '2026Q3', now: NOW, analysisOptions: OPTIONS })
    expect(past.complete).toBe(true)
    expect(past.at).toBe('2026-09-30T23:59:59.999Z')
    expect(past.incidents.map((i) => [i.incident_id, i.status])).toEqual([['INC-A', 'predicted']])
    expect(past.suite_duration).toBeNull()
    expect(past.limits.join(' ')).toMatch(/run files were not read/)
    const text = renderReview(past)
    expect(text).toContain('the quarter is over')
    mermaidCharts(text)
  })
})
