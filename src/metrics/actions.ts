/**
 * The method's "Recommended actions": new tests needed, tests to retire, alert adjustments and SLO
 * refinements, each with the figures behind it. Pure functions of the findings and the series.
 */
import type { CoverageGap, DeadWeightDetail } from '../analysis/types.js'
import { closestTests } from './similarity.js'
import { round } from './stats.js'
import type { AlertAction, NewTestAction, Point, RetireAction, SeriesStats, SloAction } from './types.js'

/** A baseline whose 95th percentile reaches this share of the objective sits "close" to it. */
export const SLO_CLOSE_RATIO = 0.8
/** An incident peak this many times the baseline's 95th percentile is a clear deviation. */
export const CLEAR_DEVIATION = 2
/** An alert threshold needs the early incident level at least this many times a normal week's 99th percentile. */
export const ALERT_SEPARATION = 1.5

const pct = (fraction: number): string => `${round(fraction * 100, 3)} %`
const ms = (value: number): string => `${Math.round(value)} ms`

export function newTestAction(gap: CoverageGap, tests: Array<{ nodeid: string; component: string; failure_mode: string }>): NewTestAction {
  const component = gap.component.trim().toLowerCase()
  const ofComponent = tests.filter((t) => t.component.trim().toLowerCase() === component)
  const closest = closestTests({ component: gap.component, failure_mode: gap.failure_mode, title: gap.title }, ofComponent)
  const start = gap.gap_type === 'no_test_coverage'
    ? `No test of ${gap.component} existed; add one that reproduces ${gap.failure_mode}`
    : `The tests of ${gap.component} all passed; add one that reproduces ${gap.failure_mode}`
  const near = closest.length > 0 ? `, next to the closest existing test ${closest[0].nodeid}` : ''
  return {
    incident: gap.incident,
    component: gap.component,
    failure_mode: gap.failure_mode,
    gap_type: gap.gap_type,
    title: gap.title,
    url: gap.url,
    closest_tests: closest,
    recommendation: `${start}${near}, and mark it @pytest.mark.incident("${gap.incident}").`
  }
}

export function retireAction(d: DeadWeightDetail): RetireAction {
  return { nodeid: d.nodeid, component: d.component, last_failure: d.last_failure, first_seen: d.first_seen, runs: d.runs, action: 'review' }
}

/** 2 significant digits, the way people write thresholds. */
export function niceThreshold(value: number): number {
  return value > 0 ? Number(value.toPrecision(2)) : value
}

/** Episodes of `value >= threshold` (consecutive samples form one) and the minutes they cover. */
export function episodesAbove(points: Point[], threshold: number, stepSeconds: number): { episodes: number; minutes: number } {
  let episodes = 0
  let samples = 0
  let previous: number | null = null
  for (const [t, v] of points) {
    if (v >= threshold) {
      samples += 1
      // a gap of more than one step is a new episode: the alert would have resolved in between
      if (previous === null || t - previous > stepSeconds * 1.5) episodes += 1
      previous = t
    } else previous = null
  }
  return { episodes, minutes: round((samples * stepSeconds) / 60, 4) }
}

/**
 * When detection took longer than `withinMinutes`: the error-rate threshold that would have fired
 * within that time of the start. It sits halfway between the baseline week's 99th percentile and
 * the level reached in those first minutes (2 significant digits; none when that level is below
 * ALERT_SEPARATION times the baseline's 99th percentile), so it fires early without
 * paging on a normal week; the baseline week says how often it would have fired anyway.
 */
export function alertAction(args: {
  incident: string
  component: string
  startedAt: number
  timeToDetectMinutes: number | null
  withinMinutes: number
  incidentErrorRate: Point[]
  baselineErrorRate: Point[]
  baselineStats: SeriesStats | null
  baselineStepSeconds: number
}): AlertAction | null {
  const { timeToDetectMinutes: ttd, withinMinutes: within } = args
  if (ttd === null || ttd <= within) return null
  const early = args.incidentErrorRate.filter(([t]) => t >= args.startedAt && t <= args.startedAt + within * 60)
  const base = {
    incident: args.incident,
    component: args.component,
    time_to_detect_minutes: ttd,
    within_minutes: within,
    baseline_p99_error_rate: args.baselineStats?.p99 ?? null
  }
  if (early.length === 0) return null
  const reached = Math.max(...early.map((p) => p[1]))
  const normal = args.baselineStats?.p99 ?? null
  if (normal !== null && reached < normal * ALERT_SEPARATION) {
    return {
      ...base,
      reached_error_rate: round(reached),
      threshold: null,
      fires_after_minutes: null,
      baseline_false_alarms: null,
      baseline_minutes_above: null,
      recommendation: `Detected after ${ttd} min, but in its first ${within} min the error rate of ${args.component} (${pct(reached)}) stayed below ${ALERT_SEPARATION}x a normal week's 99th percentile (${pct(normal)}): no error-rate threshold would have caught it early without paging every week. Alert on another signal (latency, saturation, a synthetic check) or add a test.`
    }
  }
  let threshold = niceThreshold(((normal ?? 0) + reached) / 2)
  if (threshold > reached || (normal !== null && threshold <= normal)) threshold = round(((normal ?? 0) + reached) / 2, 3)
  const firing = args.incidentErrorRate.find(([t, v]) => t >= args.startedAt && v >= threshold)
  const firesAfter = firing ? round((firing[0] - args.startedAt) / 60, 4) : null
  const falseAlarms = args.baselineErrorRate.length > 0 ? episodesAbove(args.baselineErrorRate, threshold, args.baselineStepSeconds) : null
  const alarmText = falseAlarms === null
    ? 'the baseline week has no data to count false alarms'
    : falseAlarms.episodes === 0
      ? 'it would not have fired in the baseline week'
      : `it would also have fired ${falseAlarms.episodes} time(s) in the baseline week (${falseAlarms.minutes} min in all): review those before adopting it`
  return {
    ...base,
    reached_error_rate: round(reached),
    threshold,
    fires_after_minutes: firesAfter,
    baseline_false_alarms: falseAlarms?.episodes ?? null,
    baseline_minutes_above: falseAlarms?.minutes ?? null,
    recommendation: `Detected after ${ttd} min. Alert when the error rate of ${args.component} is >= ${pct(threshold)}: it would have fired ${firesAfter ?? '?'} min after the start (the rate reached ${pct(reached)} within ${within} min); ${alarmText}.`
  }
}

/** SLOs near or beyond a normal week, and SLOs the incident never broke although it clearly deviated. */
export function sloActions(args: {
  incident: string
  component: string
  sloLatencyP99Ms: number | null
  sloErrorRate: number | null
  baselineLatency: SeriesStats | null
  baselineErrorRate: SeriesStats | null
  peakLatencyMs: number | null
  peakErrorRate: number | null
}): SloAction[] {
  const out: SloAction[] = []
  const checks = [
    { slo: 'latency_p99_ms' as const, objective: args.sloLatencyP99Ms, stats: args.baselineLatency, peak: args.peakLatencyMs, show: ms, what: 'p99 latency' },
    { slo: 'error_rate' as const, objective: args.sloErrorRate, stats: args.baselineErrorRate, peak: args.peakErrorRate, show: pct, what: 'error rate' }
  ]
  for (const c of checks) {
    if (c.objective === null || c.objective <= 0) continue
    const p95 = c.stats?.p95 ?? null
    const common = { incident: args.incident, component: args.component, slo: c.slo, objective: c.objective, baseline_p95: p95, incident_peak: c.peak }
    if (p95 !== null && p95 >= c.objective) {
      out.push({ ...common, finding: 'baseline_beyond', recommendation: `In the ${args.component} baseline week the ${c.what} was at or above the SLO (${c.show(c.objective)}) 5 % of the time or more (95th percentile ${c.show(p95)}): the SLO is broken in normal operation. Fix the service or restate the SLO as what users need.` })
    } else if (p95 !== null && p95 >= c.objective * SLO_CLOSE_RATIO) {
      out.push({ ...common, finding: 'baseline_close', recommendation: `In the ${args.component} baseline week the ${c.what} sat close to the SLO (95th percentile ${c.show(p95)} against ${c.show(c.objective)}): little error budget is left for incidents. Check the SLO still fits, or set a budget-burn alert.` })
    }
    if (c.peak !== null && c.peak < c.objective && p95 !== null && c.peak >= CLEAR_DEVIATION * p95 && c.peak > 0) {
      out.push({ ...common, finding: 'too_loose', recommendation: `During the incident the ${c.what} of ${args.component} peaked at ${c.show(c.peak)}, ${round(c.peak / Math.max(p95, Number.EPSILON), 3)}x the baseline 95th percentile (${c.show(p95)}), yet stayed within the SLO (${c.show(c.objective)}): the SLO is too loose to notice it. Consider an objective between the two.` })
    }
  }
  return out
}
