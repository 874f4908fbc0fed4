/**
 * The algorithm of the original method description, written the straightforward way, as the baseline of bench/analysis.ts: for
 * each incident, for each test, scan its failures (incidents x tests x failures), with no index.
 * It is fixed to compute the same per-incident answer as the engine (every failure in the
 * half-open window, covering = first_seen <= detected_at, gap closure by a scan of every test), so
 * the benchmark compares algorithms, not answers.
 *
 * Like the original sketch, the loops run over ready records (`test_results`: names as they are compared,
 * times as instants); turning the rollup into those records is done once, inside the timed call.
 * Nothing is made slow on purpose: per-incident values are computed once per incident.
 */
import type { Rollup } from '../src/history/types.js'
import type { Incident } from '../src/incidents/types.js'

const DAY_MS = 86_400_000

export interface BaselineIncident {
  incident_id: string
  covering_test_count: number
  failing_tests: string[]
  gap_type: 'no_test_coverage' | 'tests_pass_but_incident_occurred' | null
  gap_closed_by: string | null
  gap_closure_days: number | null
}

/** One test as the original loops see it. */
interface TestRecord {
  nodeid: string
  component: string
  failureMode: string
  incident: string | null
  firstSeen: number
  /** failure times, ms */
  failures: number[]
}

const norm = (s: string): string => s.trim().toLowerCase()

/** The original sketch's `test_results`: one record per test, built once from the rollup. */
function testRecords(rollup: Rollup): TestRecord[] {
  const records: TestRecord[] = []
  for (const [nodeid, test] of Object.entries(rollup.tests)) {
    let firstSeen = Infinity
    for (const presence of Object.values(test.seen)) firstSeen = Math.min(firstSeen, Date.parse(presence.first))
    records.push({
      nodeid,
      component: norm(test.component),
      failureMode: norm(test.failure_mode),
      incident: test.incident === null ? null : norm(test.incident),
      firstSeen,
      failures: test.failures.map(([at]) => Date.parse(at))
    })
  }
  return records
}

export function originalBaseline(rollup: Rollup, incidents: Incident[], windowDays: number): BaselineIncident[] {
  const tests = testRecords(rollup)
  const out: BaselineIncident[] = []
  for (const incident of incidents) {
    const keys = keysOf(incident, windowDays)
    if (!keys) continue
    const { component, failureMode, id, detected, windowStart } = keys
    let covering = 0
    const failing: string[] = []
    for (const test of tests) {
      if (test.component !== component || test.firstSeen > detected) continue
      covering++
      for (const at of test.failures) {
        if (at >= windowStart && at < detected) {
          failing.push(test.nodeid)
          break
        }
      }
    }
    const gapType = gapTypeOf(covering, failing)
    let closer: string | null = null
    let closerSeen = Infinity
    if (gapType !== null) {
      for (const test of tests) {
        const matches = test.incident === id || (test.component === component && test.failureMode === failureMode)
        if (!matches || test.firstSeen <= detected) continue
        if (test.firstSeen < closerSeen || (test.firstSeen === closerSeen && closer !== null && test.nodeid < closer)) {
          closer = test.nodeid
          closerSeen = test.firstSeen
        }
      }
    }
    out.push(answer(incident.id, covering, failing, gapType, closer, closerSeen - detected))
  }
  return out
}

/**
 * For reference only: the same loops on the rollup as stored, normalising names and parsing times
 * at each comparison (per-incident values still computed once per incident). Shows how much of a
 * naive implementation's cost is parsing rather than the algorithm.
 */
export function parsingBaseline(rollup: Rollup, incidents: Incident[], windowDays: number): BaselineIncident[] {
  const tests = Object.entries(rollup.tests)
  const firstSeen = (test: Rollup['tests'][string]): number => {
    let first = Infinity
    for (const presence of Object.values(test.seen)) first = Math.min(first, Date.parse(presence.first))
    return first
  }
  const out: BaselineIncident[] = []
  for (const incident of incidents) {
    const keys = keysOf(incident, windowDays)
    if (!keys) continue
    const { component, failureMode, id, detected, windowStart } = keys
    let covering = 0
    const failing: string[] = []
    for (const [nodeid, test] of tests) {
      if (norm(test.component) !== component || firstSeen(test) > detected) continue
      covering++
      for (const [at] of test.failures) {
        const t = Date.parse(at)
        if (t >= windowStart && t < detected) {
          failing.push(nodeid)
          break
        }
      }
    }
    const gapType = gapTypeOf(covering, failing)
    let closer: string | null = null
    let closerSeen = Infinity
    if (gapType !== null) {
      for (const [nodeid, test] of tests) {
        const byIncident = test.incident !== null && norm(test.incident) === id
        const byMode = norm(test.component) === component && norm(test.failure_mode) === failureMode
        if (!byIncident && !byMode) continue
        const seen = firstSeen(test)
        if (seen <= detected) continue
        if (seen < closerSeen || (seen === closerSeen && closer !== null && nodeid < closer)) {
          closer = nodeid
          closerSeen = seen
        }
      }
    }
    out.push(answer(incident.id, covering, failing, gapType, closer, closerSeen - detected))
  }
  return out
}

/** What both loops compare an incident by (null: it names no component, so it is not classified). */
function keysOf(incident: Incident, windowDays: number): { component: string; failureMode: string; id: string; detected: number; windowStart: number } | null {
  if (incident.component === null || incident.component.trim() === '') return null
  const detected = Date.parse(incident.detected_at)
  return { component: norm(incident.component), failureMode: norm(incident.failure_mode), id: norm(incident.id), detected, windowStart: detected - windowDays * DAY_MS }
}

function gapTypeOf(covering: number, failing: string[]): BaselineIncident['gap_type'] {
  return covering === 0 ? 'no_test_coverage' : failing.length === 0 ? 'tests_pass_but_incident_occurred' : null
}

/** The per-incident answer; `closureMs` is from detection to the closing test's first run. */
function answer(incidentId: string, covering: number, failing: string[], gapType: BaselineIncident['gap_type'], closer: string | null, closureMs: number): BaselineIncident {
  return {
    incident_id: incidentId,
    covering_test_count: covering,
    failing_tests: failing.sort(),
    gap_type: gapType,
    gap_closed_by: closer,
    gap_closure_days: closer === null ? null : Math.round((closureMs / DAY_MS) * 100 + 1e-9) / 100
  }
}
