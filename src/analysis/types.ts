/**
 * What the analysis engine returns: CONTRACT.md's findings.json (schema_version 1) plus extra keys
 * that carry the evidence (runs, shas, dates) behind every finding. Keys are snake_case because the
 * object is written to findings.json as it is.
 */
import type { UntrustedIncident } from '../incidents/types.js'

export const FINDINGS_SCHEMA_VERSION = 1

export type GapType = 'no_test_coverage' | 'tests_pass_but_incident_occurred'
export type Strength = 'strong' | 'moderate' | 'anecdotal'
/** CONTRACT.md "Confidence": is a load-bearing test's failure before incidents a real warning? */
export type Verdict = 'predictive' | 'possible' | 'noise'
/** why a test is flaky: passed and failed on one sha (the contract's rule), or flips between consecutive runs */
export type FlakyReason = 'same_sha' | 'flip_rate'

/** What the caller chooses (inputs `window-days`, `dead-weight-days`, `flaky-days`, `analysis-branches`). */
export interface AnalysisOptions {
  /** days before `detected_at` in which a failure counts as a warning (default 7) */
  windowDays?: number
  /** days without failure (and of age) that make an active test quiet (default 180) */
  deadWeightDays?: number
  /** days back in which a pass and a failure on one sha make a test flaky (default 90) */
  flakyDays?: number
  /** only runs on these branches count; null or absent = every branch */
  analysisBranches?: string[] | null
  /** stamped into `generated_at`; defaults to `now` (the engine never reads the clock) */
  generatedAt?: Date
  /** incidents the caller left out because their author is not trusted: copied to `untrusted_incidents` */
  untrustedIncidents?: UntrustedIncident[]
  /** declared renames, old nodeid -> new nodeid (input `test-renames`): the old name's history moves to the new one */
  testRenames?: Record<string, string> | null
  /** detect parametrize id changes as renames (default true) */
  detectRenames?: boolean
}

/** A test whose history was merged into its new name before the analysis (renames.ts). */
export interface RenamedTest {
  from: string
  to: string
  detected_by: 'parametrize_id' | 'mapping'
}

/** AnalysisOptions with every default filled in, as echoed in findings.json. */
export interface EffectiveOptions {
  window_days: number
  dead_weight_days: number
  flaky_days: number
  /** sorted, or null for every branch */
  analysis_branches: string[] | null
}

/** One failure of a test, with what a reader needs to check it. */
export interface FailureEvidence {
  /** ISO 8601 UTC */
  at: string
  run: string
  sha: string | null
  branch: string | null
  outcome: 'failed' | 'error' | 'rerun'
  /** the test also passed on this sha (it is flaky there): this failure may be noise */
  flaky_sha: boolean
}

export interface FailingTestEvidence {
  nodeid: string
  /** every failure of the test inside the incident's window, oldest first */
  failures: FailureEvidence[]
  /** the test is flaky at `now` by either rule (it is in `flaky[]`: same sha, or flip rate) */
  flaky: boolean
  /** its last run before detected_at failed: it was still broken when the incident was detected */
  still_failing_at_detection: boolean
  /** its verdict as a load-bearing test (the same as in `load_bearing[]`) */
  verdict: Verdict
}

export interface GapClosure {
  nodeid: string
  /** ISO 8601 UTC */
  first_seen: string
  /** the run (and its sha) in which the test first appeared, when the run index knows it */
  run: string | null
  sha: string | null
  /** why it closes the gap: it carries the incident's id, or it matches component and failure mode */
  matched_by: 'incident' | 'component_failure_mode'
}

export interface CoverageGap {
  incident: string
  component: string
  failure_mode: string
  gap_type: GapType
  recommendation: string
  // extras
  detected_at: string
  title: string | null
  url: string | null
  gap_closed_by: string | null
  gap_closure_days: number | null
}

export interface IncidentFinding {
  incident_id: string
  component: string
  /** tests of the component (on the analysed branches), whenever they first appeared */
  total_component_tests: number
  /** distinct failing tests (= failing_tests.length) */
  tests_failing_before_incident: number
  was_predictable: boolean
  /** sorted nodeids */
  failing_tests: string[]
  failure_mode_covered: boolean
  gap_type: GapType | null
  gap_closed_by: string | null
  gap_closure_days: number | null
  recommendation: string
  // extras
  failure_mode: string
  title: string | null
  url: string | null
  /** ISO 8601 UTC */
  detected_at: string
  /** the half-open window [start, end) searched for failures, ISO 8601 UTC */
  window: { start: string; end: string }
  /** tests of the component with first_seen <= detected_at */
  covering_test_count: number
  /** failure entries in the window over all failing tests */
  failures_before_incident: number
  /** one entry per failing test, sorted by nodeid */
  failing_test_evidence: FailingTestEvidence[]
  gap_closure: GapClosure | null
  /** sorted nodeids of its failing tests whose verdict is `predictive` */
  predicted_by: string[]
  /** covering tests exist but none of them ran (all skipped or xfailed) in the window: a gap in practice */
  only_skipped_tests: boolean
}

export interface LoadBearingEvidence {
  incident: string
  detected_at: string
  failures: FailureEvidence[]
}

export interface LoadBearingDetail {
  nodeid: string
  component: string
  /** ids of the incidents it preceded, in incident order */
  incidents: string[]
  /** incidents of its component it preceded */
  a: number
  /** incidents of its component it could have preceded (it existed: first_seen <= detected_at) */
  n: number
  /** base rate: share of days whose preceding window holds a failure of it (clamped away from 0 and 1) */
  p0: number
  /** the days behind p0: `days_with_failure_window` of `days` */
  days: number
  days_with_failure_window: number
  /** (a / n) / p0 */
  lift: number
  /** one-sided binomial P(X >= a | n, p0) */
  p_value: number
  strength: Strength
  /** the test is flaky at `now` by either rule (it is in `flaky[]`: same sha, or flip rate) */
  flaky: boolean
  /** evidence failures that fell on a sha where the test also passed */
  flaky_failures: number
  evidence: LoadBearingEvidence[]
  /** predictive: unlikely to be chance (multiple comparisons counted) and not flaky; noise: flaky or what its base rate predicts */
  verdict: Verdict
  /** the verdict in words a user can check */
  verdict_reason: string
  /** how likely it is to be a real precursor, 0..1 */
  confidence: number
  /** what the verdict rests on: events (clustered incidents) of its component it existed for and failed before, its base rate outside their windows, the chance of a failure in each window it failed in */
  judged?: {
    events: number
    events_failed: number
    runs_outside_windows: number
    failure_episodes_outside_windows: number
    chance_per_window: number[]
  }
}

export interface FlakySha {
  sha: string
  /** most recent flaky observation on that sha within the flaky window */
  at: string
  run: string
}

export interface FlakyDetail {
  nodeid: string
  component: string
  /** sorted by time, newest first */
  shas: FlakySha[]
  flaky_sha_count: number
  /** why it is flaky (sorted); `flaky_tests` keeps the contract's `same_sha` rule only */
  reason: FlakyReason[]
  /** with reason `flip_rate`: its runs in the flaky window, failure episodes, outcome flips and flips / (runs - 1) */
  flip_rate?: { runs: number; failure_episodes: number; flips: number; rate: number }
}

export interface DeadWeightDetail {
  nodeid: string
  component: string
  first_seen: string
  last_seen: string
  /** most recent failure ever (on the analysed branches), null if it never failed */
  last_failure: string | null
  /** runs it appeared in (on the analysed branches) */
  runs: number
}

export interface UnclassifiedIncident {
  incident_id: string
  title: string | null
  url: string | null
  detected_at: string
  /** what to do so the incident takes part in the next analysis */
  fix: string
  problems: string[]
}

export interface Metrics {
  /** percentage with 2 decimals; null when there are no (classified) incidents */
  incident_coverage_rate: number | null
  /** percentage with 2 decimals; null when there are no (classified) incidents */
  prediction_rate: number | null
  /** median over closed gaps, 2 decimals; null when no gap is closed */
  test_gap_closure_days: number | null
  /** quiet / active as a percentage with 2 decimals; null when no test is active */
  dead_weight_ratio: number | null
  tests_added_last_quarter: number
  tests_added_previous_quarter: number
  // extras
  active_test_count: number
  quiet_test_count: number
  dead_weight_count: number
  closed_gap_count: number
  /** % of incidents (as counted by incident_count) with a non-empty predicted_by; null with no incidents */
  predicted_incident_rate: number | null
  /** % of incidents that would have had a failing covering test in their window from base rates alone */
  prediction_rate_by_chance: number | null
}

/** An incident the history cannot judge: detected before its first run, or less than window-days after it. */
export interface IncidentOutsideHistory {
  incident_id: string
  title: string | null
  url: string | null
  detected_at: string
  /** in words: why it is left out */
  reason: string
}

export interface Findings {
  schema_version: typeof FINDINGS_SCHEMA_VERSION
  generated_at: string
  now: string
  incident_count: number
  gap_count: number
  coverage_percentage: number
  coverage_gaps: CoverageGap[]
  load_bearing_tests: string[]
  dead_weight_tests: string[]
  flaky_tests: string[]
  incidents: IncidentFinding[]
  metrics: Metrics
  // extras
  options: EffectiveOptions
  /** branches of the runs that were analysed, sorted (`""` = runs with no branch) */
  branches: string[]
  /** tests seen on the analysed branches */
  test_count: number
  /** runs on the analysed branches */
  run_count: number
  load_bearing: LoadBearingDetail[]
  flaky: FlakyDetail[]
  dead_weight: DeadWeightDetail[]
  /** incidents without a component: listed, left out of incident_count and every rate */
  unclassified_incidents: UnclassifiedIncident[]
  /** tests whose component is `unknown` (no tag matched) */
  untagged_tests: { count: number; examples: string[] }
  /** sorted nodeids of the load-bearing tests whose verdict is `predictive` */
  predictive_tests: string[]
  /** how many of `predictive_tests` the method itself expects to be chance */
  expected_false_predictive: number
  /** incidents the history cannot judge: left out of incident_count, the gaps and every rate */
  incidents_outside_history: IncidentOutsideHistory[]
  /** incidents from authors outside `incident-authors`: left out the same way */
  untrusted_incidents: UntrustedIncident[]
  /** what the verdicts rest on, suite-wide (confidence.ts) */
  confidence_model?: ConfidenceModelSummary
  /** renamed tests, sorted by old name: each old name's history counts under its new name */
  renamed_tests?: RenamedTest[]
}

export interface ConfidenceModelSummary {
  /** failure episodes per run of the non-flaky tests, outside incident windows */
  suite_failure_episode_rate: number
  /** shape of the gamma prior of the tests' rates (small: tests differ a lot) */
  prior_shape: number
  /** learned share of (test, incident period) pairs in which a failure was a real warning */
  precursor_share: number
  pairs_compared: number
  windows_with_failure: number
  windows_explained_by_chance: number
}
