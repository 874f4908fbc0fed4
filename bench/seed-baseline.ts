/**
 * The seed's algorithm written the straightforward way (incidents x tests x failures), fixed to
 * compute the same per-incident answer as the engine (every failure in the half-open window,
 * covering = first_seen <= detected_at, gap closure by a scan of every test), so the benchmark
 * compares algorithms, not answers. Like the seed, it works on the records as they come: names
 * are normalised and times parsed where they are compared.
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

const norm = (s: string): string => s.trim().toLowerCase()

function firstSeen(test: Rollup['tests'][string]): number {
  let first = Infinity
  for (const presence of Object.values(test.seen)) first = Math.min(first, Date.parse(presence.first))
  return first
}

export function seedBaseline(rollup: Rollup, incidents: Incident[], windowDays: number): BaselineIncident[] {
  const out: BaselineIncident[] = []
  for (const incident of incidents) {
    if (incident.component === null || incident.component.trim() === '') continue
    const detected = Date.parse(incident.detected_at)
    const windowStart = detected - windowDays * DAY_MS
    let covering = 0
    const failing: string[] = []
    for (const [nodeid, test] of Object.entries(rollup.tests)) {
      if (norm(test.component) !== norm(incident.component)) continue
      if (firstSeen(test) > detected) continue
      covering++
      for (const [at] of test.failures) {
        const t = Date.parse(at)
        if (t >= windowStart && t < detected) {
          failing.push(nodeid)
          break
        }
      }
    }
    const gapType = covering === 0 ? 'no_test_coverage' : failing.length === 0 ? 'tests_pass_but_incident_occurred' : null
    let closer: string | null = null
    let closerSeen = Infinity
    if (gapType !== null) {
      for (const [nodeid, test] of Object.entries(rollup.tests)) {
        const byIncident = test.incident !== null && norm(test.incident) === norm(incident.id)
        const byMode = norm(test.component) === norm(incident.component) && norm(test.failure_mode) === norm(incident.failure_mode)
        if (!byIncident && !byMode) continue
        const seen = firstSeen(test)
        if (seen <= detected) continue
        if (seen < closerSeen || (seen === closerSeen && closer !== null && nodeid < closer)) {
          closer = nodeid
          closerSeen = seen
        }
      }
    }
    out.push({
      incident_id: incident.id,
      covering_test_count: covering,
      failing_tests: failing.sort(),
      gap_type: gapType,
      gap_closed_by: closer,
      gap_closure_days: closer === null ? null : Math.round(((closerSeen - detected) / DAY_MS) * 100 + 1e-9) / 100
    })
  }
  return out
}
