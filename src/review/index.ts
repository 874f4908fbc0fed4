/**
 * The quarterly test-suite health review (the method's "Quarterly Test Suite Health Review"): one issue
 * per quarter with the metrics and their trend, the quarter's incidents mapped to coverage, the
 * gaps still open, the load-bearing tests to protect, dead-weight candidates with their cost, the
 * flaky tests ranked, and the tests that slowed down. Every list a team works through is a task
 * list whose items carry a stable hidden key, so an update keeps the boxes people ticked.
 *
 * `buildReview` is pure apart from reading run files through `runs` (a HistoryClone): without it,
 * the parts that need run files (costs, skips, slowdowns, suite duration) say so.
 */
import { analyze, effectiveOptions, type AnalysisOptions, type Findings, type IncidentFinding, type Strength, type Verdict } from '../analysis/index.js'
import { buildHistoryView, type HistoryView } from '../analysis/history-view.js'
import { DAY_MS, round2 } from '../analysis/time.js'
import { gapKind } from '../analysis/gap-kind.js'
import { InputError } from '../errors.js'
import type { Rollup, RunIndexEntry } from '../history/types.js'
import type { Incident } from '../incidents/types.js'
import type { Outcome } from '../report/types.js'
import { computeTrends, quarterOf, quarterRange, quartersEndingWith, rollupAsOf, type QuarterName, type Trends } from '../trends/index.js'
import { scanRuns, type RunScan, type RunSource } from './runs.js'

export type { RunSource } from './runs.js'
export { mergeTickedBoxes, taskKey } from './ticks.js'
export { upsertReviewIssue, reviewMarker, reviewTitle, REVIEW_LABEL, type UpsertReviewOptions, type UpsertReviewResult } from './issue.js'

/** The gap-closure target of CONTRACT.md, in days. */
export const CLOSURE_TARGET_DAYS = 14
/** Days without a run after which a load-bearing test counts as no longer running. */
export const NOT_RUNNING_DAYS = 30

export interface ReviewOptions {
  /** e.g. `2026Q4`; default: the quarter of `now` */
  quarter?: string
  now: Date
  analysisOptions?: AnalysisOptions
  /** reads run files (a HistoryClone); without it the run-file parts are left out, with a note */
  runs?: RunSource
  /** `owner/repo`, for the title line only */
  repository?: string | null
}

/**
 * As the job summary answers "could a test have warned us?": predicted only when a predictive test
 * failed before it (predicted_by); failures that were chance or flakiness are not_reliable.
 */
export type IncidentStatus = 'predicted' | 'not_reliable' | 'covered' | 'gap_open' | 'gap_closed'

export interface QuarterIncident {
  incident_id: string
  title: string | null
  url: string | null
  component: string
  failure_mode: string
  detected_at: string
  covering_test_count: number
  was_predictable: boolean
  failing_tests: string[]
  /** the failing tests that are predictive (their failures are unlikely to be chance) */
  predicted_by: string[]
  gap_type: Findings['incidents'][number]['gap_type']
  gap_closed_by: string | null
  gap_closure_days: number | null
  status: IncidentStatus
}

export interface OpenGap {
  incident_id: string
  title: string | null
  url: string | null
  component: string
  failure_mode: string
  gap_type: 'no_test_coverage' | 'tests_pass_but_incident_occurred'
  detected_at: string
  /** days from detection to the review's time, 2 decimals */
  age_days: number
  over_target: boolean
  recommendation: string
}

export interface ClosedGap {
  incident_id: string
  title: string | null
  url: string | null
  closed_by: string
  /** why the test closes it: it carries the incident id, or matches component and failure mode */
  matched_by: 'incident' | 'component_failure_mode'
  closed_at: string
  days: number
  within_target: boolean
}

export interface ProtectItem {
  nodeid: string
  component: string
  /** the analysis' verdict and confidence (load_bearing[]) */
  verdict: Verdict
  confidence: number
  strength: Strength
  /** incidents it preceded, of those it could have preceded */
  a: number
  n: number
  p_value: number
  incidents: string[]
  flaky: boolean
  /** null: unknown (no run files) */
  skipped_runs: number | null
  xfail_runs: number | null
  runs_in_quarter: number | null
  last_outcome: Outcome | null
  /** days since it last ran, at the review's time */
  days_since_last_run: number
  /** what puts it at risk, for the reader; empty when nothing does */
  warnings: string[]
}

export interface DeadWeightItem {
  nodeid: string
  component: string
  first_seen: string
  last_failure: string | null
  /** runs of the quarter that contained it */
  runs: number
  /** estimated: runs from the run index, not from the run files */
  runs_estimated: boolean
  /** total time it took over the quarter's runs, ms; null when no duration is known */
  cost_ms: number | null
  /** 'exact': every run recorded it; 'at_most': some runs only bound it; 'last_recorded': rollup's last duration × runs */
  cost_basis: 'exact' | 'at_most' | 'last_recorded' | null
  reasons: string[]
}

export interface FlakyItem {
  nodeid: string
  component: string
  /** failures in the quarter on a commit where the test also passed (rerun attempts included) */
  failures_on_passing_commits: number
  /** distinct commits of the quarter on which it both passed and failed */
  flaky_commits: number
  last_seen_flaky: string
  load_bearing: boolean
}

export interface SlowdownItem {
  nodeid: string
  /** median of the earliest / latest third of its recorded durations in the quarter, ms */
  before_ms: number
  after_ms: number
  growth_ms: number
  growth_percent: number
  observations: number
}

export interface SuiteDurationTrend {
  quarters: { quarter: QuarterName; median_s: number | null; runs_with_duration: number; runs: number }[]
  weeks: { week: string; median_s: number; runs: number }[]
}

export interface Review {
  quarter: QuarterName
  start: string
  end: string
  /** the instant the review describes: the quarter's end, or `now` while it runs */
  at: string
  complete: boolean
  repository: string | null
  trends: Trends
  findings: Findings
  incidents: QuarterIncident[]
  open_gaps: OpenGap[]
  closed_gaps: ClosedGap[]
  protect: ProtectItem[]
  dead_weight: DeadWeightItem[]
  flaky: FlakyItem[]
  slowdowns: SlowdownItem[]
  /** null without run files */
  suite_duration: SuiteDurationTrend | null
  /** runs of the quarter, and how many had a readable run file */
  runs_in_quarter: number
  run_files_read: number | null
  /** what the figures cannot show, in words for the issue */
  limits: string[]
}

export function buildReview(rollup: Rollup, incidents: Incident[], options: ReviewOptions): Review {
  const nowMs = options.now.getTime()
  if (Number.isNaN(nowMs)) throw new InputError('The review was asked for at an invalid time: pass a real date as `now`.')
  const quarter = options.quarter === undefined ? quarterOf(options.now) : quarterRange(options.quarter).name
  const range = quarterRange(quarter)
  if (range.start.getTime() > nowMs) {
    throw new InputError(`The review quarter ${quarter} has not started yet (it starts ${range.start.toISOString().slice(0, 10)}): give the current quarter or an earlier one.`)
  }
  const complete = range.end.getTime() <= nowMs
  const atMs = complete ? range.end.getTime() - 1 : nowMs
  const at = new Date(atMs)
  const analysisOptions = options.analysisOptions ?? {}
  const branches = effectiveOptions(analysisOptions).analysis_branches
  const past = rollupAsOf(rollup, at).rollup
  const known = incidents.filter((i) => Date.parse(i.detected_at) <= atMs)
  const findings = analyze(past, known, { ...analysisOptions, now: at })
  const trends = computeTrends(rollup, incidents, { now: at, quarters: 4, analysisOptions })
  const view = buildHistoryView(past, branches)
  const startIso = range.start.toISOString()
  const atIso = at.toISOString()
  const inQuarter = (iso: string): boolean => iso >= startIso && iso <= atIso
  const includeRun = (entry: RunIndexEntry): boolean => branches === null || branches.includes(entry.branch ?? '')
  const quarterRuns = past.runs.filter((r) => inQuarter(r.created) && includeRun(r))
  const limits: string[] = []

  // ---- incidents and gaps
  const quarterIncidents: QuarterIncident[] = findings.incidents
    .filter((f) => inQuarter(f.detected_at))
    .map((f) => ({
      incident_id: f.incident_id,
      title: f.title,
      url: f.url,
      component: f.component,
      failure_mode: f.failure_mode,
      detected_at: f.detected_at,
      covering_test_count: f.covering_test_count,
      was_predictable: f.was_predictable,
      failing_tests: f.failing_tests,
      predicted_by: f.predicted_by,
      gap_type: f.gap_type,
      gap_closed_by: f.gap_closed_by,
      gap_closure_days: f.gap_closure_days,
      status: incidentStatus(f)
    }))
  const openGaps: OpenGap[] = findings.incidents
    .filter((f) => f.gap_type !== null && f.gap_closed_by === null)
    .map((f) => {
      const age = round2((atMs - Date.parse(f.detected_at)) / DAY_MS)
      return {
        incident_id: f.incident_id,
        title: f.title,
        url: f.url,
        component: f.component,
        failure_mode: f.failure_mode,
        gap_type: f.gap_type as OpenGap['gap_type'],
        detected_at: f.detected_at,
        age_days: age,
        over_target: age > CLOSURE_TARGET_DAYS,
        recommendation: f.recommendation
      }
    })
    .sort((a, b) => b.age_days - a.age_days || cmp(a.incident_id, b.incident_id))
  const closedGaps: ClosedGap[] = findings.incidents
    .filter((f) => f.gap_closure !== null && f.gap_closure_days !== null && inQuarter(f.gap_closure.first_seen))
    .map((f) => ({
      incident_id: f.incident_id,
      title: f.title,
      url: f.url,
      closed_by: f.gap_closure!.nodeid,
      matched_by: f.gap_closure!.matched_by,
      closed_at: f.gap_closure!.first_seen,
      days: f.gap_closure_days as number,
      within_target: (f.gap_closure_days as number) < CLOSURE_TARGET_DAYS
    }))
    .sort((a, b) => cmp(a.closed_at, b.closed_at) || cmp(a.incident_id, b.incident_id))

  // ---- what only the run files know
  const interesting = new Set([...findings.load_bearing.map((l) => l.nodeid), ...findings.dead_weight.map((d) => d.nodeid)])
  let scan: RunScan | null = null
  let suiteDuration: SuiteDurationTrend | null = null
  if (options.runs) {
    const trendQuarters = quartersEndingWith(quarter, 4)
    const from = quarterRange(trendQuarters[0]).start.toISOString()
    const all = scanRuns(options.runs, past.runs, { from, to: startIso, includeRun, tests: new Set(), durations: false })
    scan = scanRuns(options.runs, past.runs, { from: startIso, to: atIso, includeRun, tests: interesting, durations: true })
    suiteDuration = suiteDurationTrend(trendQuarters, [...all.suiteDurations.filter((d) => d.at < startIso), ...scan.suiteDurations], past.runs, includeRun, startIso, atIso)
    if (scan.runsRead < scan.runsInRange) {
      limits.push(`${scan.runsInRange - scan.runsRead} of the quarter's ${scan.runsInRange} runs have no run file any more (pruned by retention): run counts, costs, skips and durations cover the other ${scan.runsRead}.`)
    }
  } else {
    limits.push('The run files were not read: costs use each test\'s last recorded duration, skips are not known, and there is no duration trend.')
  }
  limits.push(
    'The history records a test\'s duration only when it did not pass or was among its run\'s 50 slowest: a cost marked "≤" adds, for the other runs, the slowest-50 cut-off of that run; slowdowns are found among those slow tests only, and count from +50 ms and +20 % (smaller changes are timing noise).'
  )

  const protect = protectItems(findings, view, scan, atMs)
  const deadWeight = deadWeightItems(findings, past, scan, quarterRuns, findings.options.dead_weight_days, atMs)
  const flaky = flakyItems(findings, view, startIso, atIso)
  const slowdowns = scan ? slowdownItems(scan) : []

  return {
    quarter,
    start: startIso,
    end: range.end.toISOString(),
    at: atIso,
    complete,
    repository: options.repository ?? null,
    trends,
    findings,
    incidents: quarterIncidents,
    open_gaps: openGaps,
    closed_gaps: closedGaps,
    protect,
    dead_weight: deadWeight,
    flaky,
    slowdowns,
    suite_duration: suiteDuration,
    runs_in_quarter: quarterRuns.length,
    run_files_read: scan ? scan.runsRead : null,
    limits: [...limits, ...trends.notes.filter((n) => n.includes('approximate'))]
  }
}

const STRENGTH_ORDER: Record<Strength, number> = { strong: 0, moderate: 1, anecdotal: 2 }
const VERDICT_ORDER: Record<Verdict, number> = { predictive: 0, possible: 1, noise: 2 }

function protectItems(findings: Findings, view: HistoryView, scan: RunScan | null, atMs: number): ProtectItem[] {
  const lastSeen = new Map(view.tests.map((t) => [t.nodeid, t.lastSeen]))
  return findings.load_bearing
    .map((l): ProtectItem => {
      const stats = scan?.tests.get(l.nodeid) ?? null
      const last = lastSeen.get(l.nodeid)
      const daysSince = last === undefined ? 0 : round2((atMs - Date.parse(last)) / DAY_MS)
      const warnings: string[] = []
      if (l.flaky) warnings.push('flaky')
      if (stats && stats.skipped > 0) warnings.push(`skipped in ${stats.skipped} of ${stats.runs} runs`)
      if (stats && stats.xfail > 0) warnings.push(`marked xfail (quarantined) in ${stats.xfail} of ${stats.runs} runs`)
      if (daysSince > NOT_RUNNING_DAYS) warnings.push(`not run for ${Math.floor(daysSince)} days (deselected or removed?)`)
      else if (scan && !stats) warnings.push('not run this quarter')
      return {
        nodeid: l.nodeid,
        component: l.component,
        verdict: l.verdict,
        confidence: l.confidence,
        strength: l.strength,
        a: l.a,
        n: l.n,
        p_value: l.p_value,
        incidents: l.incidents,
        flaky: l.flaky,
        skipped_runs: scan ? (stats?.skipped ?? 0) : null,
        xfail_runs: scan ? (stats?.xfail ?? 0) : null,
        runs_in_quarter: scan ? (stats?.runs ?? 0) : null,
        last_outcome: stats?.lastOutcome ?? null,
        days_since_last_run: daysSince,
        warnings
      }
    })
    .sort(
      (a, b) =>
        VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || b.confidence - a.confidence || STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength] || a.p_value - b.p_value || cmp(a.nodeid, b.nodeid)
    )
}

function deadWeightItems(
  findings: Findings,
  rollup: Rollup,
  scan: RunScan | null,
  quarterRuns: RunIndexEntry[],
  deadWeightDays: number,
  atMs: number
): DeadWeightItem[] {
  return findings.dead_weight
    .map((d): DeadWeightItem => {
      const stats = scan?.tests.get(d.nodeid)
      let runs: number
      let runsEstimated = false
      let cost: number | null = null
      let basis: DeadWeightItem['cost_basis'] = null
      if (stats) {
        runs = stats.runs
        cost = stats.knownMs + stats.boundMs
        basis = stats.knownRuns === stats.runs ? 'exact' : 'at_most'
      } else if (scan) {
        // no readable run file of the quarter contained it
        runs = 0
        cost = 0
        basis = 'exact'
      } else {
        // without run files: the quarter's runs on its branches between its first and last appearance
        const seen = rollup.tests[d.nodeid]?.seen ?? {}
        runs = quarterRuns.filter((r) => {
          const p = seen[r.branch ?? '']
          return p !== undefined && r.created >= p.first && r.created <= p.last
        }).length
        runsEstimated = true
        const last = rollup.tests[d.nodeid]?.duration_ms ?? null
        if (last !== null) {
          cost = last * runs
          basis = 'last_recorded'
        }
      }
      const quietDays = Math.floor((atMs - Date.parse(d.last_failure ?? d.first_seen)) / DAY_MS)
      const reasons = [
        d.last_failure === null ? `never failed in ${quietDays} days of history` : `no failure for ${quietDays} days (last ${d.last_failure.slice(0, 10)}; threshold ${deadWeightDays} days)`,
        `no incident ever in its component \`${d.component}\``
      ]
      return {
        nodeid: d.nodeid,
        component: d.component,
        first_seen: d.first_seen,
        last_failure: d.last_failure,
        runs,
        runs_estimated: runsEstimated,
        cost_ms: cost,
        cost_basis: basis,
        reasons
      }
    })
    .sort((a, b) => (b.cost_ms ?? -1) - (a.cost_ms ?? -1) || cmp(a.nodeid, b.nodeid))
}

function flakyItems(findings: Findings, view: HistoryView, from: string, to: string): FlakyItem[] {
  const load = new Set(findings.load_bearing_tests)
  const byId = new Map(view.tests.map((t) => [t.nodeid, t]))
  const items: FlakyItem[] = []
  for (const nodeid of findings.flaky_tests) {
    const test = byId.get(nodeid)
    if (!test) continue
    const inRange = test.flaky.filter((o) => o.from >= from && o.at <= to)
    if (inRange.length === 0) continue
    const shas = new Set(inRange.map((o) => o.sha))
    let failures = 0
    for (const [at, runId, outcome] of test.failures) {
      if (at < from || at > to) continue
      const sha = view.runs.get(runId)?.sha ?? null
      if (outcome === 'rerun' || (sha !== null && test.flakyShas.has(sha))) failures++
    }
    items.push({
      nodeid,
      component: test.component,
      failures_on_passing_commits: failures,
      flaky_commits: shas.size,
      last_seen_flaky: inRange[inRange.length - 1].at,
      load_bearing: load.has(nodeid)
    })
  }
  return items.sort((a, b) => b.failures_on_passing_commits - a.failures_on_passing_commits || b.flaky_commits - a.flaky_commits || cmp(a.nodeid, b.nodeid))
}

/** Minimum recorded durations before a test's growth is judged. */
const MIN_OBSERVATIONS = 4
/** Growth below both of these is timing noise (durations are stored to two significant digits). */
export const SLOWDOWN_MIN_MS = 50
export const SLOWDOWN_MIN_PERCENT = 20

function slowdownItems(scan: RunScan): SlowdownItem[] {
  const items: SlowdownItem[] = []
  for (const [nodeid, list] of scan.durations) {
    if (list.length < MIN_OBSERVATIONS) continue
    const third = Math.max(1, Math.floor(list.length / 3))
    const before = median(list.slice(0, third).map((o) => o.ms))
    const after = median(list.slice(-third).map((o) => o.ms))
    if (after - before < SLOWDOWN_MIN_MS || (before > 0 && ((after - before) / before) * 100 < SLOWDOWN_MIN_PERCENT)) continue
    items.push({
      nodeid,
      before_ms: round2(before),
      after_ms: round2(after),
      growth_ms: round2(after - before),
      growth_percent: before > 0 ? round2(((after - before) / before) * 100) : 100,
      observations: list.length
    })
  }
  return items.sort((a, b) => b.growth_ms - a.growth_ms || cmp(a.nodeid, b.nodeid))
}

function suiteDurationTrend(
  quarters: QuarterName[],
  durations: { at: string; seconds: number | null }[],
  runs: RunIndexEntry[],
  includeRun: (entry: RunIndexEntry) => boolean,
  start: string,
  to: string
): SuiteDurationTrend {
  const perQuarter = quarters.map((q) => {
    const r = quarterRange(q)
    const from = r.start.toISOString()
    const until = r.end.toISOString()
    const inQ = durations.filter((d) => d.at >= from && d.at < until && d.at <= to)
    const known = inQ.map((d) => d.seconds).filter((s): s is number => s !== null)
    return {
      quarter: q,
      median_s: known.length === 0 ? null : round2(median(known)),
      runs_with_duration: known.length,
      runs: runs.filter((e) => e.created >= from && e.created < until && e.created <= to && includeRun(e)).length
    }
  })
  const weeks = new Map<string, number[]>()
  const startMs = Date.parse(start)
  for (const d of durations) {
    if (d.at < start || d.at > to || d.seconds === null) continue
    const week = new Date(startMs + Math.floor((Date.parse(d.at) - startMs) / (7 * DAY_MS)) * 7 * DAY_MS).toISOString().slice(0, 10)
    const list = weeks.get(week)
    if (list) list.push(d.seconds)
    else weeks.set(week, [d.seconds])
  }
  return {
    quarters: perQuarter,
    weeks: [...weeks.entries()].sort(([a], [b]) => cmp(a, b)).map(([week, list]) => ({ week, median_s: round2(median(list)), runs: list.length }))
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function incidentStatus(f: IncidentFinding): IncidentStatus {
  if (f.predicted_by.length > 0) return 'predicted'
  if (gapKind(f) !== null) return f.gap_closed_by ? 'gap_closed' : 'gap_open'
  return f.failing_tests.length > 0 ? 'not_reliable' : 'covered'
}
