/**
 * prediction_rate_by_chance (src/analysis/chance-rate.ts) takes its steady tests from running sums;
 * here it is held against the formula written out, test by test, on histories with the cases the
 * sums must not get wrong: tests added inside windows and retired, tests seen on only some
 * branches, tests moved from another component, and an incident after the latest run.
 */
import { describe, expect, it } from '@jest/globals'
import { generate } from '../../bench/analysis.js'
import { plantedSuite } from '../../bench/planted-truth.js'
import { predictionRateByChance } from '../../src/analysis/chance-rate.js'
import { clusterEvents, ConfidenceModel } from '../../src/analysis/confidence.js'
import { classify, correlateIncident, type ClassifiedIncident } from '../../src/analysis/correlate.js'
import { flakyTests } from '../../src/analysis/health.js'
import { buildHistoryView, type TestView } from '../../src/analysis/history-view.js'
import { effectiveOptions } from '../../src/analysis/index.js'
import { applyRenames } from '../../src/analysis/renames.js'
import { TestRuns } from '../../src/analysis/test-runs.js'
import { DAY_MS } from '../../src/analysis/time.js'
import type { Rollup } from '../../src/history/types.js'
import type { Incident } from '../../src/incidents/types.js'

/** The engine's inputs to the chance rate, built as analyze() builds them; and the rate by the formula. */
function bothWays(history: Rollup, incidents: Incident[], now: Date): { fast: number | null; direct: number | null; incidents: number } {
  const opts = effectiveOptions({})
  const view = buildHistoryView(applyRenames(history, undefined, true).rollup, opts.analysis_branches)
  const windowMs = opts.window_days * DAY_MS
  const classified = incidents.map(classify).filter((ci): ci is ClassifiedIncident => ci !== null)
  const runs = new TestRuns(view)
  const flaky = new Set(flakyTests(view, now.getTime(), opts.flaky_days, runs).map((f) => f.nodeid))
  const results = classified.map((ci) => correlateIncident(view, ci, windowMs, flaky))
  const model = new ConfidenceModel(view, runs, clusterEvents(classified, windowMs), flaky)
  const fast = predictionRateByChance(view, classified, results, model, runs, windowMs)
  // the formula: for each incident, the chance that at least one covering test fails by chance
  let expected = 0
  classified.forEach((ci, i) => {
    const from = ci.detectedAt - windowMs
    const to = ci.detectedAt
    const covering: TestView[] = (view.component(ci.componentKey)?.tests ?? []).filter((t) => t.firstSeen <= ci.detectedIso)
    for (const t of results[i].failing) if (t.componentKey !== ci.componentKey) covering.push(t)
    let logNone = 0
    for (const t of covering) logNone += runs.count(t, from, to) * model.logQ(t)
    expected += -Math.expm1(logNone)
  })
  const direct = classified.length === 0 ? null : Math.round((expected / classified.length) * 100 * 100) / 100
  return { fast, direct, incidents: classified.length }
}

describe('prediction_rate_by_chance', () => {
  it('equals the formula on a planted suite (moved and renamed tests, clustered incidents)', () => {
    const suite = plantedSuite({ seed: 101 })
    const r = bothWays(suite.rollup, suite.incidents, suite.now)
    expect(r.incidents).toBeGreaterThan(20)
    expect(r.fast).toBeGreaterThan(0)
    expect(r.fast).toBeCloseTo(r.direct as number, 6)
  })

  it('equals the formula on a year of runs on two branches with tests added and retired, and an incident after the latest run', () => {
    const { rollup, incidents } = generate({ tests: 800, runs: 300, incidents: 60 }, 3)
    const latest = rollup.runs.at(-1)?.created as string
    const late: Incident = { ...incidents[0], id: 'INC-LATE', detected_at: new Date(Date.parse(latest) + 2 * DAY_MS).toISOString() }
    const branches = new Set(rollup.runs.map((r) => r.branch))
    expect(branches.size).toBeGreaterThan(1)
    const r = bothWays(rollup, [...incidents, late], new Date(Date.parse(latest) + 3 * DAY_MS))
    expect(r.incidents).toBe(61)
    expect(r.fast).toBeCloseTo(r.direct as number, 6)
  })
})
