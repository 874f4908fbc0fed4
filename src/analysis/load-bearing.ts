/**
 * Load-bearing tests (the union of every incident's failing tests) with their strength: a of n
 * incidents of the component preceded, base rate p0, lift and a one-sided binomial p-value.
 */
import type { ClassifiedIncident, IncidentResult } from './correlate.js'
import type { TestView } from './history-view.js'
import { compareStrings } from './history-view.js'
import { lowerBound } from './search.js'
import { baseRate, binomialTail, strengthOf } from './stats.js'
import type { LoadBearingDetail, LoadBearingEvidence } from './types.js'

export function loadBearing(
  incidents: ClassifiedIncident[],
  results: IncidentResult[],
  now: number,
  windowMs: number,
  flakyNow: ReadonlySet<string>
): LoadBearingDetail[] {
  const detectedByComponent = new Map<string, number[]>()
  for (const ci of incidents) {
    const list = detectedByComponent.get(ci.componentKey)
    if (list) list.push(ci.detectedAt)
    else detectedByComponent.set(ci.componentKey, [ci.detectedAt])
  }
  for (const list of detectedByComponent.values()) list.sort((a, b) => a - b)

  const preceded = new Map<string, { test: TestView; evidence: LoadBearingEvidence[] }>()
  results.forEach(({ finding, failing }) => {
    // failing[i] and failing_test_evidence[i] are the same test
    failing.forEach((test, i) => {
      const entry = preceded.get(test.nodeid) ?? { test, evidence: [] }
      preceded.set(test.nodeid, entry)
      const failures = finding.failing_test_evidence[i].failures
      entry.evidence.push({ incident: finding.incident_id, detected_at: finding.detected_at, failures })
    })
  })

  const details: LoadBearingDetail[] = []
  for (const { test, evidence } of preceded.values()) {
    const a = evidence.length
    // the component's incidents it could have preceded: those it existed for (first_seen <= detected_at)
    const detected = detectedByComponent.get(test.componentKey) ?? []
    const firstSeen = Date.parse(test.firstSeen)
    const n = detected.length - lowerBound(detected, firstSeen)
    const rate = baseRate(
      test.failures.map((f) => Date.parse(f[0])),
      firstSeen,
      now,
      windowMs
    )
    const pValue = binomialTail(a, n, rate.p0)
    details.push({
      nodeid: test.nodeid,
      component: test.component,
      incidents: evidence.map((e) => e.incident),
      a,
      n,
      p0: rate.p0,
      days: rate.days,
      days_with_failure_window: rate.daysWithFailureWindow,
      lift: a / n / rate.p0,
      p_value: pValue,
      strength: strengthOf(a, pValue),
      flaky: flakyNow.has(test.nodeid),
      flaky_failures: evidence.reduce((sum, e) => sum + e.failures.filter((f) => f.flaky_sha).length, 0),
      evidence,
      // interim until the confidence layer (issue 10) judges each test
      verdict: 'possible',
      verdict_reason: 'not judged yet',
      confidence: 0
    })
  }
  return details.sort((x, y) => compareStrings(x.nodeid, y.nodeid))
}
