/**
 * The run verdict: this run's report read against the findings and the default branch's stored
 * history. Pure: no clock, no I/O; the caller passes the history as it was before this run was stored.
 */
import type { Findings } from '../analysis/types.js'
import { matchKey } from '../analysis/time.js'
import type { Rollup } from '../history/types.js'
import type { TestRecord, TestRun } from '../report/types.js'
import { defaultBranchBaseline, type Baseline } from './baseline.js'
import type { FailureOrigin, GapClosedByNewTest, IncidentRef, OpenGap, PredictiveNotRun, RunFailure, RunKind, RunVerdict } from './types.js'

export type * from './types.js'

export interface RunVerdictInput {
  run: TestRun
  findings: Findings
  /** the stored history without this run (the rollup before storing it) */
  history: Rollup | null
  defaultBranch: string
  /** the event that started the run (`pull_request`, `push`, ...) */
  eventName: string
}

const NOT_RUN = new Set(['skipped', 'xfailed'])
const ORIGIN_ORDER: Record<FailureOrigin, number> = { new: 0, already_failing: 1, known_flaky: 2 }

export function computeRunVerdict(input: RunVerdictInput): RunVerdict {
  const { run, findings } = input
  const baseline = defaultBranchBaseline(input.history, input.defaultBranch)
  const incidentsOf = incidentLookup(findings)
  const predictive = new Set(findings.predictive_tests)
  const flaky = new Set(findings.flaky.map((f) => f.nodeid))
  const byNodeid = new Map(run.tests.map((t) => [t.nodeid, t]))

  const failures: RunFailure[] = run.tests
    .filter((t): t is TestRecord & { outcome: 'failed' | 'error' } => t.outcome === 'failed' || t.outcome === 'error')
    .map((t) => {
      const isPredictive = predictive.has(t.nodeid)
      const known = input.history?.tests[t.nodeid]
      return {
        nodeid: t.nodeid,
        outcome: t.outcome,
        origin: originOf(t.nodeid, baseline, flaky),
        predictive: isPredictive,
        incidents: isPredictive ? incidentsOf(t.nodeid) : [],
        file: t.file ?? known?.file ?? null,
        line: t.line ?? known?.line ?? null,
        message: t.message
      }
    })
    .sort(byImportance)

  const predictiveNotRun: PredictiveNotRun[] = []
  for (const nodeid of [...predictive].sort()) {
    const record = byNodeid.get(nodeid)
    if (record && !NOT_RUN.has(record.outcome)) continue
    predictiveNotRun.push({ nodeid, problem: record ? 'skipped' : 'missing', incidents: incidentsOf(nodeid) })
  }

  const openGaps = openGapsOf(findings)
  // with no default-branch run stored, every test would look new: say nothing rather than that
  const newTests = baseline.runs === 0 ? [] : run.tests.filter((t) => !baseline.knows(t.nodeid)).sort(byNodeidOf)
  return {
    kind: kindOf(input.eventName),
    defaultBranch: input.defaultBranch,
    baselineRuns: baseline.runs,
    testCount: run.tests.length,
    failures,
    predictiveNotRun,
    newTests: newTests.map((t) => t.nodeid),
    gapsClosed: gapsClosedBy(newTests, openGaps),
    openGaps,
    incidentCount: findings.incident_count
  }
}

/** Known flaky wins over "already failing": a flaky test's last failure on the default branch says little. */
function originOf(nodeid: string, baseline: Baseline, flaky: Set<string>): FailureOrigin {
  if (flaky.has(nodeid)) return 'known_flaky'
  if (baseline.failingAtLatest(nodeid)) return 'already_failing'
  return 'new'
}

function byImportance(a: RunFailure, b: RunFailure): number {
  if (a.predictive !== b.predictive) return a.predictive ? -1 : 1
  return ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin] || compare(a.nodeid, b.nodeid)
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const byNodeidOf = (a: { nodeid: string }, b: { nodeid: string }): number => compare(a.nodeid, b.nodeid)

function kindOf(eventName: string): RunKind {
  if (eventName.startsWith('pull_request')) return 'pull_request'
  if (eventName === 'push') return 'push'
  return 'other'
}

/** The incidents a load-bearing test preceded, with their titles and links. */
function incidentLookup(findings: Findings): (nodeid: string) => IncidentRef[] {
  const incidents = new Map(findings.incidents.map((i) => [i.incident_id, { id: i.incident_id, title: i.title, url: i.url }]))
  const preceded = new Map(findings.load_bearing.map((l) => [l.nodeid, l.incidents]))
  return (nodeid) => (preceded.get(nodeid) ?? []).map((id) => incidents.get(id) ?? { id, title: null, url: null })
}

/** Gaps no test has closed yet, oldest first. */
function openGapsOf(findings: Findings): OpenGap[] {
  return findings.coverage_gaps
    .filter((g) => g.gap_closed_by === null)
    .map((g) => ({ id: g.incident, title: g.title, url: g.url, component: g.component, failure_mode: g.failure_mode, detected_at: g.detected_at }))
    .sort((a, b) => compare(a.detected_at, b.detected_at) || compare(a.id, b.id))
}

/**
 * The analysis's closure rule applied to this run's new tests (all first seen after every gap's
 * incident): a test closes a gap when it carries the incident's id, or matches its component and
 * failure mode. One closing test per gap: a tagged one first, then the smallest nodeid.
 */
function gapsClosedBy(newTests: TestRecord[], openGaps: OpenGap[]): GapClosedByNewTest[] {
  const closed: GapClosedByNewTest[] = []
  for (const gap of openGaps) {
    const byTag = newTests.find((t) => t.incident !== null && matchKey(t.incident) === matchKey(gap.id))
    const byMode = newTests.find((t) => matchKey(t.component) === matchKey(gap.component) && matchKey(t.failure_mode) === matchKey(gap.failure_mode))
    const test = byTag ?? byMode
    if (test) closed.push({ gap, nodeid: test.nodeid, matched_by: byTag ? 'incident' : 'component_failure_mode' })
  }
  return closed
}
