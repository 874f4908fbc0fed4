/**
 * # How findings are computed
 *
 * The engine follows docs/CONTRACT.md. It is a pure function of the history's rollup, the
 * incidents, the options and `now` (a parameter: the engine never reads the clock). Where the
 * contract is silent, it decides as follows.
 *
 * **Branches.** With `analysis-branches` set, only runs on those branches count: a test's
 * first_seen / last_seen / run count, its failures and its flaky observations all come from those
 * runs only, and a test never seen on them is left out entirely. Unset (or an empty list) means
 * every branch. A failure whose run is missing from the run index counts only when every branch
 * does. `branches` in findings.json lists the branches of the runs that were analysed.
 *
 * **Times.** All times are UTC instants; the history's times are compared in their canonical ISO
 * form (`2026-03-01T12:00:00.000Z`), and any other ISO form is normalised to it first.
 *
 * **Incidents.** An incident without a component is *unclassified*: it is listed under
 * `unclassified_incidents` with how to fix it, and is left out of `incident_count` and every
 * rate. Components, failure modes and incident ids match case-insensitively with surrounding
 * whitespace ignored. Incidents are listed by `detected_at`, then id.
 *
 * **Per incident.** `total_component_tests` counts every test of the component, whenever it first
 * appeared; `covering_test_count` only those with `first_seen <= detected_at`.
 * `tests_failing_before_incident` is the number of distinct failing tests (= `failing_tests`);
 * `failures_before_incident` counts their failures in the window. The window is half-open,
 * `[detected_at - window-days, detected_at)`: a failure exactly `window-days` before counts, one at
 * `detected_at` does not. Every failure in the window counts, not only a test's latest one.
 * `failing_test_evidence` names each failure's time, run, sha and branch, and whether the test
 * also passed on that sha (`flaky_sha`: the warning may be noise).
 * The recommendation: "Investigate why failing tests were not acted upon" when predictable;
 * "Add tests for {component} {failure_mode}" for `no_test_coverage`; "Tests for {component} may
 * not cover the {failure_mode} failure mode" for `tests_pass_but_incident_occurred`.
 * A gap is closed by the earliest test first seen strictly after `detected_at` that carries the
 * incident's id as its `incident` tag or matches both component and failure mode (ties: the
 * smaller nodeid); `gap_closure` names it, its first run and sha, and which rule matched.
 *
 * **Load-bearing strength.** For each load-bearing test: `a` = incidents of its component it
 * preceded; `n` = incidents of its component it could have preceded (those with
 * `first_seen <= detected_at`). The base rate p0: each UTC calendar day from the day of its
 * first_seen to the day of `now` is one trial, and a day counts when `[day_end - window, day_end)`
 * holds a failure of the test; p0 = counted days / days, clamped into `[1/(2·days), 1 - 1/(2·days)]`
 * so that it is never 0 or 1. `lift = (a/n) / p0`; `p_value = P(X >= a | n, p0)` for X binomial,
 * summed exactly term by term in log space. `strength`: strong when a >= 3 and p < 0.01,
 * moderate when a >= 2 and p < 0.05, anecdotal otherwise. `flaky` says the test is flaky at `now`;
 * `flaky_failures` counts its predicting failures that fell on a sha where it also passed.
 *
 * **Per test at `now`.** active: last_seen >= now - 30 days; quiet: active, first_seen <=
 * now - dead-weight-days, and no failure in (now - dead-weight-days, now]; dead weight: quiet and
 * no (classified) incident ever in its component. Flaky: a flaky observation recorded by the
 * history (a pass and a failure on one sha, or a `rerun` entry) in (now - flaky-days, now].
 * Tests tagged with the default component `unknown` are counted under `untagged_tests`.
 *
 * **Metrics.** Percentages are rounded half-up to 2 decimals. `incident_coverage_rate` and
 * `prediction_rate` are null with no incidents (`coverage_percentage` is 100, as in the original sketch);
 * `dead_weight_ratio` (quiet / active) is null with no active test; `test_gap_closure_days` is the
 * median of the closed gaps' `gap_closure_days` (themselves rounded), null when none is closed.
 * Quarters are 90 days: last = first_seen in (now - 90 d, now], previous = (now - 180 d, now - 90 d].
 * The suite-growth target is met when the last quarter added strictly fewer tests than the one
 * before (not judged when both are 0).
 *
 * **Confidence (CONTRACT.md "Confidence").** Each load-bearing test gets a verdict from
 * confidence.ts: its base rate is its rate of failure episodes per run outside its component's
 * incident windows (runs between its first and last appearance, on the branches it was seen on),
 * shrunk towards the suite's rate by a gamma prior fitted by moments; incidents whose windows
 * overlap are one event; the prior share of real warnings is learned from the suite (windows with
 * a failure minus those the base rates explain, over the test/event pairs compared), and the
 * confidence is the posterior probability that at least one of its failures before events was
 * real. predictive: confidence >= 0.5 and not flaky; noise: flaky (either rule) or confidence
 * < 0.1; possible otherwise. `expected_false_predictive` = sum of (1 - confidence) over the
 * predictive tests. Flaky by flip rate (flip-rate.ts): >= 3 failure episodes and outcome flips in
 * >= 5 % of consecutive runs within the flaky window; `flaky_tests` keeps the contract's rule.
 * `still_failing_at_detection`: no run of the test's branches, inside its seen span, between its
 * last failure in the window and detection passed it. A failure counts for the component recorded
 * with it (FailureEntry elements 3, 4), else the test's current one. Renames (renames.ts) merge
 * the old name's history into the new before anything else. Incidents detected before the first
 * analysed run, or less than window-days after it, go to `incidents_outside_history` (a history
 * with no analysed run keeps judging them as before) and count only for dead weight.
 */
import type { Rollup } from '../history/types.js'
import type { Incident } from '../incidents/types.js'
import { DEFAULT_COMPONENT } from '../report/constants.js'
import { InputError } from '../errors.js'
import { classify, correlateIncident, type ClassifiedIncident, type IncidentResult } from './correlate.js'
import { buildHistoryView, compareStrings } from './history-view.js'
import { flakyTests, suiteHealth } from './health.js'
import { loadBearing } from './load-bearing.js'
import { predictionRateByChance } from './chance-rate.js'
import { clusterEvents, ConfidenceModel } from './confidence.js'
import { TestRuns } from './test-runs.js'
import { applyRenames } from './renames.js'
import { DAY_MS, round2, toIso } from './time.js'
import {
  FINDINGS_SCHEMA_VERSION,
  type AnalysisOptions,
  type CoverageGap,
  type EffectiveOptions,
  type Findings,
  type IncidentFinding,
  type IncidentOutsideHistory,
  type LoadBearingDetail,
  type Metrics,
  type UnclassifiedIncident
} from './types.js'

export * from './types.js'
export { TARGETS, meetsTargets, type Target, type TargetedMetric, type TargetVerdicts } from './targets.js'
export { binomialTail } from './stats.js'
export { RECOMMENDATION } from './correlate.js'
export { readRenamesFile, applyRenames } from './renames.js'

export const DEFAULT_OPTIONS = { windowDays: 7, deadWeightDays: 180, flakyDays: 90 } as const
/** How many untagged tests findings.json names as examples. */
export const UNTAGGED_EXAMPLES = 10

export type AnalyzeOptions = AnalysisOptions & { now: Date }

export function analyze(history: Rollup, incidents: Incident[], options: AnalyzeOptions): Findings {
  const opts = effectiveOptions(options)
  const now = nowMillis(options.now)
  const { rollup, renames } = applyRenames(history, options.testRenames, options.detectRenames ?? true)
  const view = buildHistoryView(rollup, opts.analysis_branches)
  const windowMs = opts.window_days * DAY_MS

  const classified: ClassifiedIncident[] = []
  const unclassified: UnclassifiedIncident[] = []
  const outsideHistory: ClassifiedIncident[] = []
  const historyStart = view.runList.length === 0 ? null : Date.parse(view.runList[0].created)
  for (const incident of incidents) {
    const ci = classify(incident)
    if (!ci) unclassified.push(unclassifiedEntry(incident))
    else if (historyStart !== null && ci.detectedAt < historyStart + windowMs) outsideHistory.push(ci)
    else classified.push(ci)
  }
  classified.sort((x, y) => x.detectedAt - y.detectedAt || compareStrings(x.incident.id, y.incident.id))
  unclassified.sort((x, y) => compareStrings(x.detected_at, y.detected_at) || compareStrings(x.incident_id, y.incident_id))
  outsideHistory.sort((x, y) => x.detectedAt - y.detectedAt || compareStrings(x.incident.id, y.incident.id))

  const runs = new TestRuns(view)
  const flaky = flakyTests(view, now, opts.flaky_days, runs)
  // flaky_tests and `flaky` of the evidence keep the contract's rule; the verdicts use both rules
  const flakyNow = new Set(flaky.filter((f) => f.reason.includes('same_sha')).map((f) => f.nodeid))
  const flakyAny = new Set(flaky.map((f) => f.nodeid))
  const results: IncidentResult[] = classified.map((ci) => correlateIncident(view, ci, windowMs, flakyAny))
  const findings = results.map((r) => r.finding)
  const model = new ConfidenceModel(view, runs, clusterEvents(classified, windowMs), flakyAny)
  const load = loadBearing(classified, results, now, windowMs, model, flakyAny)
  applyVerdicts(findings, load)
  const gaps = findings.filter((f) => f.gap_type !== null).map(coverageGap)
  // an incident the history cannot judge still happened in its component: its tests are not dead weight
  const incidentComponents = new Set([...classified, ...outsideHistory].map((ci) => ci.componentKey))
  const health = suiteHealth(view, now, opts.dead_weight_days, incidentComponents)
  const predictive = load.filter((l) => l.verdict === 'predictive')

  const untagged = view.tests
    .filter((t) => t.componentKey === DEFAULT_COMPONENT)
    .map((t) => t.nodeid)
    .sort(compareStrings)
  const incidentCount = classified.length
  return {
    schema_version: FINDINGS_SCHEMA_VERSION,
    generated_at: toIso(options.generatedAt ? nowMillis(options.generatedAt) : now),
    now: toIso(now),
    incident_count: incidentCount,
    gap_count: gaps.length,
    coverage_percentage: incidentCount === 0 ? 100 : round2(((incidentCount - gaps.length) / incidentCount) * 100),
    coverage_gaps: gaps,
    load_bearing_tests: load.map((l) => l.nodeid),
    dead_weight_tests: health.deadWeight.map((d) => d.nodeid),
    flaky_tests: [...flakyNow].sort(compareStrings),
    incidents: findings,
    metrics: metrics(findings, health, predictionRateByChance(view, classified, results, model, runs, windowMs)),
    options: opts,
    branches: view.branches,
    test_count: view.tests.length,
    run_count: view.runList.length,
    load_bearing: load,
    flaky,
    dead_weight: health.deadWeight,
    unclassified_incidents: unclassified,
    untagged_tests: { count: untagged.length, examples: untagged.slice(0, UNTAGGED_EXAMPLES) },
    predictive_tests: predictive.map((l) => l.nodeid),
    expected_false_predictive: round2(predictive.reduce((sum, l) => sum + (1 - l.confidence), 0)),
    confidence_model: {
      suite_failure_episode_rate: model.prior.mean,
      prior_shape: model.prior.shape,
      precursor_share: model.prior.precursorShare,
      pairs_compared: model.prior.pairs,
      windows_with_failure: model.prior.windowsWithFailure,
      windows_explained_by_chance: round2(model.prior.expectedByChance)
    },
    renamed_tests: renames,
    incidents_outside_history: outsideHistory.map((ci) => outsideEntry(ci, historyStart ?? ci.detectedAt, opts.window_days)),
    untrusted_incidents: options.untrustedIncidents ?? []
  }
}

/** Copies each load-bearing test's verdict onto the incidents it preceded. */
function applyVerdicts(findings: IncidentFinding[], load: LoadBearingDetail[]): void {
  const verdicts = new Map(load.map((l) => [l.nodeid, l.verdict]))
  for (const f of findings) {
    for (const e of f.failing_test_evidence) e.verdict = verdicts.get(e.nodeid) ?? 'possible'
    f.predicted_by = f.failing_test_evidence.filter((e) => e.verdict === 'predictive').map((e) => e.nodeid)
  }
}

function outsideEntry(ci: ClassifiedIncident, historyStart: number, windowDays: number): IncidentOutsideHistory {
  const before = ci.detectedAt < historyStart
  return {
    incident_id: ci.incident.id,
    title: ci.incident.title,
    url: ci.incident.url,
    detected_at: ci.detectedIso,
    reason: before
      ? `Detected before the first analysed run (${toIso(historyStart)}): the history did not exist yet, so it can neither show a warning nor a gap.`
      : `Detected ${round2((ci.detectedAt - historyStart) / DAY_MS)} days after the first analysed run (${toIso(historyStart)}), less than window-days (${windowDays}): the history saw only part of its window.`
  }
}

/**
 * One incident (the `issues` event path), computed by `analyze` over that incident alone (its
 * verdicts then rest on that incident only). Returns null for an unclassified incident and for one
 * outside the history. `prepareHistory` checks the options once when analysing several.
 */
export function analyzeIncident(
  history: Rollup | PreparedHistory,
  incident: Incident,
  options: AnalyzeOptions
): IncidentFinding | null {
  const prepared = 'rollup' in history && 'options' in history ? history : prepareHistory(history, options)
  return analyze(prepared.rollup, [incident], options).incidents[0] ?? null
}

export interface PreparedHistory {
  rollup: Rollup
  options: EffectiveOptions
}

export function prepareHistory(rollup: Rollup, options: AnalyzeOptions): PreparedHistory {
  return { rollup, options: effectiveOptions(options) }
}

export function effectiveOptions(options: AnalysisOptions): EffectiveOptions {
  const branches = options.analysisBranches
  return {
    window_days: positive(options.windowDays ?? DEFAULT_OPTIONS.windowDays, 'window-days'),
    dead_weight_days: positive(options.deadWeightDays ?? DEFAULT_OPTIONS.deadWeightDays, 'dead-weight-days'),
    flaky_days: positive(options.flakyDays ?? DEFAULT_OPTIONS.flakyDays, 'flaky-days'),
    analysis_branches:
      branches === null || branches === undefined || branches.length === 0
        ? null
        : [...new Set(branches.map((b) => b.trim()))].sort(compareStrings)
  }
}

function positive(value: number, input: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new InputError(`The input \`${input}\` must be a positive number of days, got ${value}: set it to e.g. 7.`)
  }
  return value
}

function nowMillis(date: Date): number {
  const ms = date.getTime()
  if (Number.isNaN(ms)) throw new InputError('The analysis time `now` is not a valid date: pass a real date (e.g. 2026-03-01T00:00:00Z).')
  return ms
}

function coverageGap(f: IncidentFinding): CoverageGap {
  return {
    incident: f.incident_id,
    component: f.component,
    failure_mode: f.failure_mode,
    gap_type: f.gap_type ?? 'no_test_coverage',
    recommendation: f.recommendation,
    detected_at: f.detected_at,
    title: f.title,
    url: f.url,
    gap_closed_by: f.gap_closed_by,
    gap_closure_days: f.gap_closure_days
  }
}

function unclassifiedEntry(incident: Incident): UnclassifiedIncident {
  return {
    incident_id: incident.id,
    title: incident.title,
    url: incident.url,
    detected_at: incident.detected_at,
    fix:
      incident.issue_number !== null
        ? 'Add a component label (e.g. `component:<name>`) or fill the "Component" field of the issue.'
        : `Give the incident a "component" in ${incident.source}.`,
    problems: incident.problems
  }
}

function metrics(findings: IncidentFinding[], health: ReturnType<typeof suiteHealth>, byChance: number | null): Metrics {
  const count = findings.length
  const percent = (part: number, whole: number): number | null => (whole === 0 ? null : round2((part / whole) * 100))
  const closures = findings.map((f) => f.gap_closure_days).filter((d): d is number => d !== null)
  return {
    incident_coverage_rate: percent(findings.filter((f) => f.covering_test_count > 0).length, count),
    prediction_rate: percent(findings.filter((f) => f.was_predictable).length, count),
    test_gap_closure_days: closures.length === 0 ? null : round2(medianOf(closures)),
    dead_weight_ratio: percent(health.quietCount, health.activeCount),
    tests_added_last_quarter: health.addedLastQuarter,
    tests_added_previous_quarter: health.addedPreviousQuarter,
    active_test_count: health.activeCount,
    quiet_test_count: health.quietCount,
    dead_weight_count: health.deadWeight.length,
    closed_gap_count: closures.length,
    predicted_incident_rate: percent(findings.filter((f) => f.predicted_by.length > 0).length, count),
    prediction_rate_by_chance: byChance
  }
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
