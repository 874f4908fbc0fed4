/**
 * One incident against the history (CONTRACT.md "Per incident"): covering tests, failing tests in
 * the half-open window, the gap and what closed it. Uses the history view's indexes, so the cost is
 * the incident's component size times log(failures), not the whole suite.
 */
import type { Incident } from '../incidents/types.js'
import { componentModeKey, failureEvidence, firstFailureFrom, type HistoryView, type TestView } from './history-view.js'
import { DAY_MS, matchKey, round2, toIso, toMillis } from './time.js'
import type { FailingTestEvidence, GapClosure, GapType, IncidentFinding } from './types.js'

export const RECOMMENDATION = {
  predictable: 'Investigate why failing tests were not acted upon',
  noTestCoverage: (component: string, failureMode: string): string => `Add tests for ${component} ${failureMode}`,
  testsPass: (component: string, failureMode: string): string =>
    `Tests for ${component} may not cover the ${failureMode} failure mode`
} as const

/** An incident with a component, its time parsed once. */
export interface ClassifiedIncident {
  incident: Incident
  component: string
  componentKey: string
  detectedAt: number
  /** canonical ISO of detectedAt */
  detectedIso: string
}

export function classify(incident: Incident): ClassifiedIncident | null {
  const component = incident.component?.trim() ?? ''
  if (component === '') return null
  const detectedAt = toMillis(incident.detected_at, `detected_at of incident ${incident.id} (${incident.source})`)
  return { incident, component, componentKey: matchKey(component), detectedAt, detectedIso: toIso(detectedAt) }
}

export interface IncidentResult {
  finding: IncidentFinding
  /** the failing tests' views, for the load-bearing scores */
  failing: TestView[]
}

export function correlateIncident(
  view: HistoryView,
  ci: ClassifiedIncident,
  windowMs: number,
  flakyNow: ReadonlySet<string>
): IncidentResult {
  const { incident, detectedAt, detectedIso } = ci
  const componentTests = view.byComponent.get(ci.componentKey) ?? []
  const windowStart = toIso(detectedAt - windowMs)

  // covering: first_seen <= detected_at (first_seen sorted, so a binary search counts them)
  const coveringCount = countAtOrBefore(view.firstSeenByComponent.get(ci.componentKey) ?? [], detectedIso)
  // groups are sorted by first_seen: the mode is covered when the earliest test with it covers
  const sameMode = view.byComponentMode.get(`${ci.componentKey}\u0000${matchKey(incident.failure_mode)}`)
  const failureModeCovered = sameMode !== undefined && sameMode[0].firstSeen <= detectedIso

  let failureCount = 0
  const failing: TestView[] = []
  const evidence: FailingTestEvidence[] = []
  // only tests that ever failed can have failed in the window
  for (const test of view.failingCapableByComponent.get(ci.componentKey) ?? []) {
    if (test.firstSeen > detectedIso) continue // first appeared later: cannot have covered it
    // every failure in [detected_at - window, detected_at), not only the latest (the seed's flaw)
    const from = firstFailureFrom(test.failures, windowStart)
    const to = firstFailureFrom(test.failures, detectedIso)
    if (to <= from) continue
    failing.push(test)
    failureCount += to - from
    const failures = []
    for (let i = from; i < to; i++) failures.push(failureEvidence(view, test, i))
    evidence.push({ nodeid: test.nodeid, failures, flaky: flakyNow.has(test.nodeid) })
  }

  const gapType: GapType | null =
    coveringCount === 0 ? 'no_test_coverage' : failing.length === 0 ? 'tests_pass_but_incident_occurred' : null
  const closure = gapType === null ? null : findGapClosure(view, ci)
  const closureDays = closure === null ? null : round2((Date.parse(closure.first_seen) - detectedAt) / DAY_MS)

  const finding: IncidentFinding = {
    incident_id: incident.id,
    component: ci.component,
    total_component_tests: componentTests.length,
    tests_failing_before_incident: failing.length,
    was_predictable: failing.length > 0,
    failing_tests: failing.map((t) => t.nodeid),
    failure_mode_covered: failureModeCovered,
    gap_type: gapType,
    gap_closed_by: closure?.nodeid ?? null,
    gap_closure_days: closureDays,
    recommendation: recommendationFor(gapType, ci.component, incident.failure_mode),
    failure_mode: incident.failure_mode,
    title: incident.title,
    url: incident.url,
    detected_at: detectedIso,
    window: { start: windowStart, end: detectedIso },
    covering_test_count: coveringCount,
    failures_before_incident: failureCount,
    failing_test_evidence: evidence,
    gap_closure: closure
  }
  return { finding, failing }
}

function recommendationFor(gapType: GapType | null, component: string, failureMode: string): string {
  if (gapType === 'no_test_coverage') return RECOMMENDATION.noTestCoverage(component, failureMode)
  if (gapType === 'tests_pass_but_incident_occurred') return RECOMMENDATION.testsPass(component, failureMode)
  return RECOMMENDATION.predictable
}

/**
 * The earliest test first seen after detected_at that carries the incident's id or matches its
 * component and failure mode (ties: the smaller nodeid; the same test by both routes: 'incident').
 */
export function findGapClosure(view: HistoryView, ci: ClassifiedIncident): GapClosure | null {
  const byTag = firstAfter(view.byIncidentTag.get(matchKey(ci.incident.id)), ci.detectedIso)
  const byMode = firstAfter(view.byComponentMode.get(componentModeKey(ci.component, ci.incident.failure_mode)), ci.detectedIso)
  let chosen: TestView | undefined
  let matchedBy: GapClosure['matched_by'] = 'incident'
  if (byTag && (!byMode || byTag.firstSeen < byMode.firstSeen || (byTag.firstSeen === byMode.firstSeen && byTag.nodeid <= byMode.nodeid))) {
    chosen = byTag
  } else if (byMode) {
    chosen = byMode
    matchedBy = 'component_failure_mode'
  }
  if (!chosen) return null
  const run = firstRunAt(view, chosen.firstSeen)
  return {
    nodeid: chosen.nodeid,
    first_seen: chosen.firstSeen,
    run: run?.id ?? null,
    sha: run?.sha ?? null,
    matched_by: matchedBy
  }
}

function countAtOrBefore(sorted: string[], time: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] <= time) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** First test of a (firstSeen, nodeid)-sorted group with firstSeen strictly after `time`. */
function firstAfter(group: TestView[] | undefined, time: string): TestView | undefined {
  if (!group) return undefined
  let lo = 0
  let hi = group.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (group[mid].firstSeen <= time) lo = mid + 1
    else hi = mid
  }
  return group[lo]
}

/** The run (on the analysed branches) created exactly when a test was first seen: the run that introduced it. */
function firstRunAt(view: HistoryView, time: string): HistoryView['runList'][number] | undefined {
  const runs = view.runList
  let lo = 0
  let hi = runs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (runs[mid].created < time) lo = mid + 1
    else hi = mid
  }
  return runs[lo]?.created === time ? runs[lo] : undefined
}
