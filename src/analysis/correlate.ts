/**
 * One incident against the history (CONTRACT.md "Per incident"): covering tests, failing tests in
 * the half-open window, the gap and what closed it. Uses the history view's indexes, so the cost is
 * log(component failures) plus the failures in the window, not the whole suite.
 */
import type { Incident } from '../incidents/types.js'
import {
  compareStrings,
  failureEvidence,
  firstFailureFrom,
  type ComponentIndex,
  type HistoryView,
  type TestView
} from './history-view.js'
import { DAY_MS, matchKey, round2, toIso, toMillis } from './time.js'
import type { FailingTestEvidence, GapClosure, GapType, IncidentFinding } from './types.js'
import { lowerBound, upperBound } from './search.js'

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
  /** flaky by either rule (same sha or flip rate): what `flaky` of the evidence says */
  flakyAny: ReadonlySet<string>
): IncidentResult {
  const { incident, detectedAt, detectedIso } = ci
  const index = view.component(ci.componentKey)
  const windowStart = toIso(detectedAt - windowMs)

  // covering: first_seen <= detected_at (first_seen sorted, so a binary search counts them)
  const currentCovering = index === null ? 0 : upperBound(index.firstSeen, detectedIso)
  // groups are sorted by first_seen: the mode is covered when the earliest test with it covers
  const sameMode = index?.byMode.get(matchKey(incident.failure_mode))
  const failureModeCovered = sameMode !== undefined && sameMode[0].firstSeen <= detectedIso

  let failureCount = 0
  const failing = index === null ? [] : testsFailingIn(index, windowStart, detectedIso)
  const evidence: FailingTestEvidence[] = []
  for (const test of failing) {
    // every failure in [detected_at - window, detected_at), not only the latest (the original sketch's flaw)
    const from = firstFailureFrom(test.failures, windowStart)
    const to = firstFailureFrom(test.failures, detectedIso)
    failureCount += to - from
    const failures = []
    for (let i = from; i < to; i++) failures.push(failureEvidence(view, test, i))
    const stillFailing = lastRunBeforeFailed(view, test, test.failures[to - 1][1], detectedIso)
    // the verdict is the load-bearing one, filled in once every incident is correlated
    evidence.push({ nodeid: test.nodeid, failures, flaky: flakyAny.has(test.nodeid), still_failing_at_detection: stillFailing, verdict: 'possible' })
  }
  // a test moved since counted for this component when it failed here (time-correct tags): it covered the incident
  const coveringCount = currentCovering + failing.filter((t) => t.componentKey !== ci.componentKey).length
  const onlySkipped = index !== null && currentCovering > 0 && failing.length === 0 && noneRanIn(index.tests, windowStart, detectedIso)

  const gapType: GapType | null =
    coveringCount === 0 ? 'no_test_coverage' : failing.length === 0 ? 'tests_pass_but_incident_occurred' : null
  const closure = gapType === null ? null : findGapClosure(view, ci)
  const closureDays = closure === null ? null : round2((Date.parse(closure.first_seen) - detectedAt) / DAY_MS)

  const finding: IncidentFinding = {
    incident_id: incident.id,
    component: ci.component,
    total_component_tests: index?.testCount ?? 0,
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
    gap_closure: closure,
    predicted_by: [],
    only_skipped_tests: onlySkipped
  }
  return { finding, failing }
}

/**
 * Was the test's last run before detection a failing one? The last failure in the window is in
 * run `failedRun`; it was still failing unless a later run before detection, on a branch the test
 * was seen on and inside its seen span, holds it without failing (a run of those is taken to
 * contain it: the rollup keeps presence per branch, not per run).
 */
function lastRunBeforeFailed(view: HistoryView, test: TestView, failedRun: string, detectedIso: string): boolean {
  const failedAt = view.runs.get(failedRun)?.created
  if (failedAt === undefined) return false
  const runs = view.runList
  for (let i = upperBound(view.runTimes, failedAt); i < runs.length && runs[i].created < detectedIso; i++) {
    const run = runs[i]
    if (run.created > test.lastSeen || !test.branches.has(run.branch)) continue
    if (!failedInRun(test, run.id, run.created)) return false
  }
  return true
}

/** did the test fail in this run? (its failures at the run's time, by binary search) */
function failedInRun(test: TestView, runId: string, created: string): boolean {
  for (let i = firstFailureFrom(test.failures, created); i < test.failures.length && test.failures[i][0] === created; i++) {
    if (test.failures[i][1] === runId) return true
  }
  return false
}

/**
 * CONTRACT "only_skipped_tests": the component's tests were present around the incident but none
 * of them ran (only skipped or xfailed) in [start, end). `ranFirst`/`ranLast` bound the runs in
 * which a test really ran, so "ran in the window" is its ran span meeting the window.
 */
function noneRanIn(tests: TestView[], start: string, end: string): boolean {
  let present = false
  for (const test of tests) {
    if (test.firstSeen > end || test.lastSeen < start) continue
    present = true
    if (test.ranFirst !== null && test.ranLast !== null && test.ranFirst < end && test.ranLast >= start) return false
  }
  return present
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
  const byTag = firstAfter(view.byIncidentTag(matchKey(ci.incident.id)), ci.detectedIso)
  const byMode = firstAfter(view.component(ci.componentKey)?.byMode.get(matchKey(ci.incident.failure_mode)), ci.detectedIso)
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

/**
 * The covering tests (first_seen <= end) with a failure in [start, end), by nodeid: a binary search
 * of the component's merged failures, so the cost is the failures in the window, not the component.
 */
function testsFailingIn(index: ComponentIndex, start: string, end: string): TestView[] {
  const times = index.failureTimes
  const failing: TestView[] = []
  for (let i = lowerBound(times, start); i < times.length && times[i] < end; i++) {
    const test = index.failureOwners[i]
    // a test that first appeared later cannot have covered the incident
    if (test.firstSeen <= end) failing.push(test)
  }
  if (failing.length < 2) return failing
  failing.sort((a, b) => compareStrings(a.nodeid, b.nodeid))
  return failing.filter((test, i) => i === 0 || test !== failing[i - 1])
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
