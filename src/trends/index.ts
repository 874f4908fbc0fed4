/**
 * Each health metric per calendar quarter: its value at the end of each of the last quarters (the
 * current one "to date"), the change since the previous quarter, and whether it met its target.
 *
 * Nothing new is stored: a past quarter's values come from the same pure analysis run on the
 * rollup as it was at that quarter's end (as-of.ts says what is exact and what is inferred), with
 * the incidents detected by then. Suite growth has one definition everywhere: the analysis' own
 * tests added in the last 90 days against the 90 days before, at each quarter's end. A figure the
 * history is too short to judge is "no data", not a misleading 0 (see `tooShort`).
 */
import { analyze, effectiveOptions, type AnalysisOptions, type Metrics } from '../analysis/index.js'
import { buildHistoryView } from '../analysis/history-view.js'
import { DAY_MS, round2 } from '../analysis/time.js'
import { InputError } from '../errors.js'
import type { Rollup } from '../history/types.js'
import type { Incident } from '../incidents/types.js'
import { rollupAsOf } from './as-of.js'
import { quarterOf, quarterRange, quartersEndingWith, type QuarterName } from './quarter.js'

export * from './quarter.js'
export { rollupAsOf, type RollupAsOf } from './as-of.js'

export type TrendMetricName = 'incident_coverage_rate' | 'predicted_incident_rate' | 'prediction_rate' | 'test_gap_closure_days' | 'dead_weight_ratio' | 'tests_added'

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
  /** tests first seen in the 90 days up to `at` on the analysed branches (the analysis' `tests_added_last_quarter`) */
  tests_added: number
  /** days from the history's first run to `at` (0 without runs) */
  history_days: number
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
/** the analysis' suite-growth window (CONTRACT.md: `tests_added_last_quarter`) */
export const GROWTH_WINDOW_DAYS = 90

export function computeTrends(rollup: Rollup, incidents: Incident[], options: TrendOptions): Trends {
  const nowMs = options.now.getTime()
  if (Number.isNaN(nowMs)) throw new InputError('The trends were asked for at an invalid time: pass a real date as `now`.')
  const count = options.quarters ?? DEFAULT_TREND_QUARTERS
  if (!Number.isInteger(count) || count < 1 || count > 40) throw new InputError(`The number of quarters for the trends must be a whole number from 1 to 40, got ${count}.`)
  const analysisOptions = options.analysisOptions ?? {}
  const branches = effectiveOptions(analysisOptions).analysis_branches
  const firstRun = buildHistoryView(rollup, branches).runList[0]?.created ?? null
  const deadWeightDays = effectiveOptions(analysisOptions).dead_weight_days

  const current = quarterOf(options.now)
  const names = quartersEndingWith(current, count)
  const snapshots = names.map((name) => snapshot(rollup, incidents, name, nowMs, analysisOptions, firstRun))

  const metrics: MetricTrend[] = [
    trend('incident_coverage_rate', 'Incident coverage rate', '%', '> 70 %', 'higher', snapshots, (s) => s.metrics.incident_coverage_rate, (v) => v > 70),
    // first the incidents a real warning preceded, then the original method's rate (any failure, chance included)
    trend('predicted_incident_rate', 'Predicted incident rate (a predictive test failed before)', '%', '> 30 %', 'higher', snapshots, (s) => s.metrics.predicted_incident_rate, (v) => v > 30),
    trend('prediction_rate', 'Prediction rate (any covering test failed before)', '%', '> 30 %', 'higher', snapshots, (s) => s.metrics.prediction_rate, (v) => v > 30),
    trend('test_gap_closure_days', 'Gap closure time (median)', 'days', '< 14 days', 'lower', snapshots, (s) => s.metrics.test_gap_closure_days, (v) => v < 14),
    // no test can be quiet before the history is dead-weight-days long: 0 % would only mean "too early"
    trend('dead_weight_ratio', 'Dead-weight ratio (quiet / active tests)', '%', '< 30 %', 'lower', snapshots, (s) => (s.history_days < deadWeightDays ? null : s.metrics.dead_weight_ratio), (v) => v < 30),
    growthTrend(snapshots)
  ]

  const notes = [
    "Each quarter's figures are the analysis run on the history as it was at the quarter's end (the current quarter: to date), with the incidents detected by then.",
    'The predicted incident rate counts an incident only when a predictive test failed before it; the prediction rate, the original method\'s, counts any failure of a covering test, chance and flakiness included. Both are held to its 30 % target.',
    `Suite growth is the tests first seen in the ${GROWTH_WINDOW_DAYS} days before each quarter's end (as in the health table); the target is met when that is fewer than in the ${GROWTH_WINDOW_DAYS} days before. Suite growth needs ${2 * GROWTH_WINDOW_DAYS} days of history and the dead-weight ratio ${deadWeightDays} (its quiet period): a quarter whose history was shorter shows no data.`
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
  firstRun: string | null
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
    tests_added: findings.metrics.tests_added_last_quarter,
    history_days: firstRun === null || Date.parse(firstRun) > at.getTime() ? 0 : (at.getTime() - Date.parse(firstRun)) / DAY_MS,
    inferred_last_seen: past.inferredLastSeen
  }
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

function growthTrend(snapshots: QuarterSnapshot[]): MetricTrend {
  const points = snapshots.map((s): TrendPoint => {
    // the window before must lie inside the history, or the first run's whole suite counts as "added"
    if (!s.has_data || s.history_days < 2 * GROWTH_WINDOW_DAYS) return { quarter: s.quarter, value: null, verdict: null }
    const last = s.metrics.tests_added_last_quarter
    const previous = s.metrics.tests_added_previous_quarter
    return { quarter: s.quarter, value: last, verdict: last === 0 && previous === 0 ? null : last < previous }
  })
  return withChange({ metric: 'tests_added', label: `Tests added in ${GROWTH_WINDOW_DAYS} days (suite growth)`, unit: 'tests', target: 'decreasing', better: 'lower', points, change: null, direction: null })
}

function withChange(t: MetricTrend): MetricTrend {
  const last = t.points.at(-1)?.value ?? null
  const previous = t.points.length > 1 ? t.points[t.points.length - 2].value : null
  if (last === null || previous === null) return t
  const change = round2(last - previous)
  const direction = change === 0 ? 'same' : (change > 0) === (t.better === 'higher') ? 'better' : 'worse'
  return { ...t, change, direction }
}
