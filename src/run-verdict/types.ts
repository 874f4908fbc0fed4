/**
 * What one test run means for the people who pushed it: which of its failures matter (tests that
 * preceded incidents), which are theirs and which were there before, which protective tests did not
 * run, and which open gaps its new tests close. Computed from the run, the findings and the stored
 * history of the default branch only; rendered by render/run-verdict.ts.
 */

/** Where a failure comes from, judged against the default branch's stored history. */
export type FailureOrigin =
  /** it failed in the default branch's latest run of it: not caused by this change */
  | 'already_failing'
  /** in `findings.flaky[]` (any reason): it passes and fails on the same code */
  | 'known_flaky'
  /** neither: this change (or this run) broke it */
  | 'new'

/** What kind of run this is, for the wording: "new in this pull request" or "new in this push". */
export type RunKind = 'pull_request' | 'push' | 'other'

export interface IncidentRef {
  id: string
  title: string | null
  url: string | null
}

export interface RunFailure {
  nodeid: string
  outcome: 'failed' | 'error'
  origin: FailureOrigin
  /** verdict `predictive` in the findings: its failures preceded incidents more often than chance */
  predictive: boolean
  /** the incidents it preceded (only for predictive tests), in the findings' order */
  incidents: IncidentRef[]
  /** where to annotate: the report's file and line, else the history's */
  file: string | null
  line: number | null
  /** the report's crash message, untrusted */
  message: string | null
}

/** A predictive test this run did not really run. */
export interface PredictiveNotRun {
  nodeid: string
  problem: 'skipped' | 'missing'
  incidents: IncidentRef[]
}

export interface OpenGap extends IncidentRef {
  component: string
  failure_mode: string
  /** ISO 8601 UTC */
  detected_at: string
}

/** An open gap a new test of this run closes, by the analysis's rule. */
export interface GapClosedByNewTest {
  gap: OpenGap
  nodeid: string
  matched_by: 'incident' | 'component_failure_mode'
}

export interface RunVerdict {
  kind: RunKind
  /** the default branch the run is compared with */
  defaultBranch: string
  /** runs of the default branch in the stored history (0: nothing to compare with) */
  baselineRuns: number
  /** tests in this run's report */
  testCount: number
  /** every failing test, most important first: predictive, then new, already failing, known flaky */
  failures: RunFailure[]
  /** predictive tests skipped or missing in this run, sorted by nodeid */
  predictiveNotRun: PredictiveNotRun[]
  /** tests of this run the default branch's history has never seen, sorted by nodeid (empty without a baseline) */
  newTests: string[]
  /** open gaps closed by those new tests, oldest gap first */
  gapsClosed: GapClosedByNewTest[]
  /** every open gap of the findings, oldest first */
  openGaps: OpenGap[]
  /** incidents the findings judged (`incident_count`): with none, "no open gap" means nothing */
  incidentCount: number
}
