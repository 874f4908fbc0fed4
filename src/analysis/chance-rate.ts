/**
 * metrics.prediction_rate_by_chance: the expected share of incidents with a failing covering test
 * in their window if every test failed only at its base rate (flaky tests included: their failures
 * are chance). Every incident meets every covering test, so per component the tests are sorted by
 * first appearance once, with the running sum of log q (the log chance of a run without a failure)
 * over the steady ones, those seen on every branch up to the latest run. An incident then costs one
 * lookup for the steady tests that were there all through its window, and a loop over the others.
 */
import type { ConfidenceModel } from './confidence.js'
import type { ClassifiedIncident, IncidentResult } from './correlate.js'
import type { HistoryView, TestView } from './history-view.js'
import { upperBound } from './search.js'
import { round2 } from './time.js'
import type { TestRuns } from './test-runs.js'

interface ComponentChance {
  /** the component's tests by first_seen, ascending */
  tests: TestView[]
  firstSeen: string[]
  /** first appearance in ms, same order */
  firstMs: number[]
  /** steadyLogQ[k]: the sum of log q over the steady tests among the first k */
  steadyLogQ: Float64Array
  /** positions of the tests that are not steady, ascending */
  others: number[]
}

export function predictionRateByChance(view: HistoryView, classified: ClassifiedIncident[], results: IncidentResult[], model: ConfidenceModel, runs: TestRuns, windowMs: number): number | null {
  if (classified.length === 0) return null
  const latest = runs.latestRunTime()
  const components = new Map<string, ComponentChance>()
  let expected = 0
  classified.forEach((ci, i) => {
    let c = components.get(ci.componentKey)
    if (!c) components.set(ci.componentKey, (c = prepare(view.component(ci.componentKey)?.tests ?? [], model, runs, latest)))
    const from = ci.detectedAt - windowMs
    const to = ci.detectedAt
    const everywhere = runs.countAll(from, to)
    const term = (test: TestView): number => (runs.coversAll(test, from, to) ? everywhere : runs.count(test, from, to)) * model.logQ(test)
    // covering: first seen by detection; steady ones seen by the window's start ran in all of it
    const covering = upperBound(c.firstSeen, ci.detectedIso)
    const throughout = to <= latest ? Math.min(covering, upperBound(c.firstMs, from)) : 0
    let logNone = everywhere * c.steadyLogQ[throughout]
    for (const k of c.others) {
      if (k >= throughout) break
      logNone += term(c.tests[k])
    }
    for (let k = throughout; k < covering; k++) logNone += term(c.tests[k])
    // failing tests counted here from another (former) component
    for (const test of results[i].failing) if (test.componentKey !== ci.componentKey) logNone += term(test)
    expected += -Math.expm1(logNone)
  })
  return round2((expected / classified.length) * 100)
}

function prepare(group: TestView[], model: ConfidenceModel, runs: TestRuns, latest: number): ComponentChance {
  const tests = [...group].sort((a, b) => (a.firstSeen < b.firstSeen ? -1 : a.firstSeen > b.firstSeen ? 1 : 0))
  const firstMs = tests.map((t) => runs.span(t).first)
  const steadyLogQ = new Float64Array(tests.length + 1)
  const others: number[] = []
  tests.forEach((test, k) => {
    const steady = runs.coversAll(test, firstMs[k], latest)
    steadyLogQ[k + 1] = steadyLogQ[k] + (steady ? model.logQ(test) : 0)
    if (!steady) others.push(k)
  })
  return { tests, firstSeen: tests.map((t) => t.firstSeen), firstMs, steadyLogQ, others }
}
