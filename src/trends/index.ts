/**
 * Each health metric per calendar quarter: its value at the end of each of the last quarters (the
 * current one "to date"), the change since the previous quarter, and whether it met its target.
 *
 * Nothing new is stored: a past quarter's values come from the same pure analysis run on the
 * rollup as it was at that quarter's end (as-of.ts says what is exact and what is inferred), with
 * the incidents detected by then. Suite growth is counted per calendar quarter here (tests first
 * seen in the quarter), where the analysis' own `tests_added_last_quarter` counts 90-day windows.
 */
import { analyze, effectiveOptions, type AnalysisOptions, type Metrics } from '../analysis/index.js'
import { buildHistoryView } from '../analysis/history-view.js'
import { round2 } from '../analysis/time.js'
import { InputError } from '../errors.js'
import type { Rollup } from '../history/types.js'
import type { Incident } from '../incidents/types.js'
import { rollupAsOf } from './as-of.js'
import { quarterOf, quarterRange, quartersEndingWith, shiftQuarter, type QuarterName } from './quarter.js'

export * from './quarter.js'
export { rollupAsOf, type RollupAsOf } from './as-of.js'

export type TrendMetricName = 'incident_coverage_rate' | 'prediction_rate' | 'test_gap_closure_days' | 'dead_weight_ratio' | 'tests_added'

export interface TrendPoint {
  quarter: QuarterName
  /** the metric at the quarter's end (the current quarter: at `now`); null when there is nothing to measure */
  value: number | null
  /** the target is met (true), missed (false) or cannot be judged (null) */
  verdict: boolean | null
}

export interface MetricTrend {
  metric: TrendMetricName
  label: string
  unit: '%' | 'days' | 'tests'
  /** as shown beside the figure, e.g. "> 70 %" */
  target: string
  /** higher values are better (coverage, prediction) or lower ones (the rest) */
  better: 'higher' | 'lower'
  /** oldest first, one per quarter of `Trends.quarters` */
  points: TrendPoint[]
  /** last value minus the previous quarter's; null unless both are known */
  change: number | null
  /** the change judged against the target's direction */
  direction: 'better' | 'worse' | 'same' | null
}

export interface QuarterSnapshot {
  quarter: QuarterName
  /** ISO 8601 UTC, [start, end) */
  start: string
  end: string
  /** the instant the metrics were computed at: the quarter's last millisecond, or `now` for the current quarter */
  at: string
  /** the quarter is over (false for the current one: its values are "to date") */
  complete: boolean
  /** the history had runs by then */
  has_data: boolean
  metrics: Metrics
  incident_count: number
  /** tests first seen in the quarter (up to `at`) on the analysed branches */
  tests_added: number
  /** tests whose last appearance at `at` was inferred (see as-of.ts) */
  inferred_last_seen: number
}

export interface Trends {
  now: string
  quarters: QuarterSnapshot[]
  metrics: MetricTrend[]
  /** what the reader should know about how the figures were obtained */
  notes: string[]
}

export interface TrendOptions {
  now: Date
  /** how many quarters, the current one included (default 4) */
  quarters?: number
  analysisOptions?: AnalysisOptions
}

export const DEFAULT_TREND_QUARTERS = 4

export function computeTrends(rollup: Rollup, incidents: Incident[], options: TrendOptions): Trends {
  const nowMs = options.now.getTime()
  if (Number.isNaN(nowMs)) throw new InputError('The trends were asked for at an invalid time: pass a real date as `now`.')
  const count = options.quarters ?? DEFAULT_TREND_QUARTERS
  if (!Number.isInteger(count) || count < 1 || count > 40) throw new InputError(`The number of quarters for the trends must be a whole number from 1 to 40, got ${count}.`)
  const analysisOptions = options.analysisOptions ?? {}
  const branches = effectiveOptions(analysisOptions).analysis_branches
  const firstSeen = buildHistoryView(rollup, branches).tests.map((t) => t.firstSeen)

  const current = quarterOf(options.now)
  const names = quartersEndingWith(current, count)
  const snapshots = names.map((name) => snapshot(rollup, incidents, name, nowMs, analysisOptions, firstSeen))
  // the quarter before the first one, only for the first suite-growth verdict
  const before = addedIn(firstSeen, shiftQuarter(names[0], -1), nowMs)

  const metrics: MetricTrend[] = [
    trend('incident_coverage_rate', 'Incident coverage rate', '%', '> 70 %', 'higher', snapshots, (s) => s.metrics.incident_coverage_rate, (v) => v > 70),
    trend('prediction_rate', 'Prediction rate', '%', '> 30 %', 'higher', snapshots, (s) => s.metrics.prediction_rate, (v) => v > 30),
    trend('test_gap_closure_days', 'Gap closure time (median)', 'days', '< 14 days', 'lower', snapshots, (s) => s.metrics.test_gap_closure_days, (v) => v < 14),
    trend('dead_weight_ratio', 'Dead-weight ratio', '%', '< 30 %', 'lower', snapshots, (s) => s.metrics.dead_weight_ratio, (v) => v < 30),
    growthTrend(snapshots, before)
  ]

  const notes = [
    "Each quarter's figures are the analysis run on the history as it was at the quarter's end (the current quarter: to date), with the incidents detected by then.",
    'Suite growth counts the tests first seen in each calendar quarter; the target is met when a quarter adds fewer tests than the one before (the current quarter is judged only once it has already added as many).'
  ]
  const inferred = Math.max(0, ...snapshots.map((s) => s.inferred_last_seen))
  if (inferred > 0) {
    notes.push(
      `Past dead-weight ratios are approximate: the history keeps only each test's latest appearance, so for ${inferred} test(s) seen before and after a quarter's end, the end is assumed to fall inside a continuous stretch of runs.`
    )
  }
  if (snapshots.some((s) => !s.has_data)) notes.push('Quarters before the first stored run show no data.')
  return { now: new Date(nowMs).toISOString(), quarters: snapshots, metrics, notes }
}

function snapshot(
  rollup: Rollup,
  incidents: Incident[],
  name: QuarterName,
  nowMs: number,
  analysisOptions: AnalysisOptions,
  firstSeen: string[]
): QuarterSnapshot {
  const range = quarterRange(name)
  const complete = range.end.getTime() <= nowMs
  const at = new Date(complete ? range.end.getTime() - 1 : nowMs)
  const past = rollupAsOf(rollup, at)
  const known = incidents.filter((i) => Date.parse(i.detected_at) <= at.getTime())
  const findings = analyze(past.rollup, known, { ...analysisOptions, now: at })
  return {
    quarter: name,
    start: range.start.toISOString(),
    end: range.end.toISOString(),
    at: at.toISOString(),
    complete,
    has_data: findings.run_count > 0,
    metrics: findings.metrics,
    incident_count: findings.incident_count,
    tests_added: addedIn(firstSeen, name, nowMs),
    inferred_last_seen: past.inferredLastSeen
  }
}

function addedIn(firstSeen: string[], name: QuarterName, nowMs: number): number {
  const range = quarterRange(name)
  const from = range.start.toISOString()
  const to = new Date(Math.min(range.end.getTime(), nowMs + 1)).toISOString()
  return firstSeen.filter((t) => t >= from && t < to).length
}

function trend(
  metric: TrendMetricName,
  label: string,
  unit: MetricTrend['unit'],
  target: string,
  better: MetricTrend['better'],
  snapshots: QuarterSnapshot[],
  read: (s: QuarterSnapshot) => number | null,
  meets: (v: number) => boolean
): MetricTrend {
  const points = snapshots.map((s): TrendPoint => {
    const value = s.has_data ? read(s) : null
    return { quarter: s.quarter, value, verdict: value === null ? null : meets(value) }
  })
  return withChange({ metric, label, unit, target, better, points, change: null, direction: null })
}

function growthTrend(snapshots: QuarterSnapshot[], addedBefore: number): MetricTrend {
  const points = snapshots.map((s, i): TrendPoint => {
    if (!s.has_data) return { quarter: s.quarter, value: null, verdict: null }
    const previous = i === 0 ? addedBefore : snapshots[i - 1].tests_added
    let verdict: boolean | null = s.tests_added < previous
    if (s.tests_added === 0 && previous === 0) verdict = null
    // a quarter still running has not finished adding tests: judge it only once it is certain to miss
    else if (!s.complete && s.tests_added < previous) verdict = null
    return { quarter: s.quarter, value: s.tests_added, verdict }
  })
  return withChange({ metric: 'tests_added', label: 'Tests added (suite growth)', unit: 'tests', target: 'decreasing', better: 'lower', points, change: null, direction: null })
}

function withChange(t: MetricTrend): MetricTrend {
  const last = t.points.at(-1)?.value ?? null
  const previous = t.points.length > 1 ? t.points[t.points.length - 2].value : null
  if (last === null || previous === null) return t
  const change = round2(last - previous)
  const direction = change === 0 ? 'same' : (change > 0) === (t.better === 'higher') ? 'better' : 'worse'
  return { ...t, change, direction }
}
