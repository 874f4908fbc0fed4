/**
 * # Production impact
 *
 * For each incident with `started_at` and `resolved_at`, the metrics source (Prometheus or a file)
 * gives the error rate and the p99 latency of its component over the incident window
 * `[started_at, resolved_at]` (1-minute steps up to a day, coarser beyond) and over the baseline
 * `[started_at - baseline-days, started_at)` (5-minute steps). From them:
 * - `peak_error_rate` / `peak_latency_p99_ms`: the highest sample in the window (and when);
 * - `duration_minutes` = resolved_at - started_at; `time_to_detect_minutes` = detected_at - started_at;
 * - `baseline`: median, 95th and 99th percentile and max of each series over the baseline;
 * - the recommended actions (actions.ts): new tests for coverage gaps (with the closest existing
 *   tests by name), dead-weight tests to review, an error-rate alert threshold when detection took
 *   longer than `alert-within-minutes`, and SLO refinements against `slo-latency-p99-ms` /
 *   `slo-error-rate`.
 * Missing data is said as such (a `problems` entry, figures null), never computed. A source that is
 * down, slow or refusing credentials is asked no further: a notice says so, and everything that
 * needs no metrics (new tests, tests to retire) is still returned. Nothing here throws except
 * InputError for a configuration mistake (a template that cannot be filled safely, an unreadable or
 * malformed metrics-file, both sources at once).
 */
import type { Findings, IncidentFinding } from '../analysis/types.js'
import { InputError } from '../errors.js'
import type { Incident } from '../incidents/types.js'
import { alertAction, newTestAction, retireAction, sloActions } from './actions.js'
import { FileSource } from './file.js'
import { MetricsQueryError, PrometheusSource } from './prometheus.js'
import { DEFAULT_ERROR_RATE_QUERY, DEFAULT_LATENCY_QUERY } from './promql.js'
import { downsample, peak, round, seriesStats, toIso } from './stats.js'
import type { IncidentImpact, KnownTests, MetricsConfig, MetricsSource, Point, ProductionImpact, SeriesKind } from './types.js'

export { DEFAULT_ERROR_RATE_QUERY, DEFAULT_LATENCY_QUERY }
export { MetricsQueryError, PrometheusSource } from './prometheus.js'
export { FileSource } from './file.js'
export type * from './types.js'

export interface Logger {
  warn(message: string): void
}

export const METRICS_DEFAULTS = {
  latencyUnit: 'seconds' as const,
  timeoutMs: 10_000,
  baselineDays: 7,
  alertWithinMinutes: 10,
  maxIncidents: 20
}

/** A config with every default filled in; the inputs the user set override them. */
export function metricsConfig(partial: Partial<MetricsConfig> = {}): MetricsConfig {
  return {
    prometheusUrl: null,
    prometheusToken: null,
    basicAuth: null,
    errorRateQuery: DEFAULT_ERROR_RATE_QUERY,
    latencyQuery: DEFAULT_LATENCY_QUERY,
    metricsFile: null,
    sloLatencyP99Ms: null,
    sloErrorRate: null,
    ...METRICS_DEFAULTS,
    ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined && v !== ''))
  }
}

/** `1%`, `0.5 %` or `0.01` -> 0.01; throws InputError naming the input otherwise. */
export function parseErrorRate(text: string, inputName = 'slo-error-rate'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text)
  const value = m ? Number(m[1]) / (m[2] ? 100 : 1) : Number.NaN
  if (!(value > 0 && value < 1)) throw new InputError(`The ${inputName} input must be a share of requests, like 1% or 0.01 (between 0 and 1), not ${JSON.stringify(text)}.`)
  return value
}

/** The source the config names, or null when it names none. */
export async function openMetricsSource(config: MetricsConfig): Promise<MetricsSource | null> {
  if (config.prometheusUrl && config.metricsFile) throw new InputError('Give one of prometheus-url and metrics-file, not both: the production figures must come from one place.')
  if (config.metricsFile) return FileSource.read(config.metricsFile)
  if (config.prometheusUrl) {
    return new PrometheusSource({
      url: config.prometheusUrl,
      token: config.prometheusToken,
      basicAuth: config.basicAuth,
      errorRateQuery: config.errorRateQuery,
      latencyQuery: config.latencyQuery,
      latencyUnit: config.latencyUnit,
      timeoutMs: config.timeoutMs
    })
  }
  return null
}

const BASELINE_STEP_SECONDS = 300
const CHART_POINTS = 24
const CONCURRENCY = 3

/** 1-minute steps up to a day; beyond, at most 1440 points. */
export const incidentStepSeconds = (durationSeconds: number): number => Math.max(60, Math.ceil(durationSeconds / 1440 / 60) * 60)

export async function productionImpact(
  findings: Findings,
  incidents: Incident[],
  config: MetricsConfig,
  log?: Logger,
  extra: { tests?: KnownTests; source?: MetricsSource | null } = {}
): Promise<ProductionImpact> {
  const source = extra.source !== undefined ? extra.source : await openMetricsSource(config)
  const notices: string[] = []
  const warn = (message: string): void => {
    if (notices.includes(message)) return
    notices.push(message)
    log?.warn(message)
  }
  if (!source) warn('No metrics source is configured (prometheus-url or metrics-file): production figures, alert and SLO advice are skipped.')

  const tests = knownTests(findings, extra.tests)
  const byId = new Map(incidents.map((i) => [i.id, i]))
  const limit = config.maxIncidents ?? METRICS_DEFAULTS.maxIncidents
  // the most recent incidents first: they are the ones a team acts on, and the work stays bounded
  const chosen = [...findings.incidents].sort((a, b) => (a.detected_at < b.detected_at ? 1 : a.detected_at > b.detected_at ? -1 : 0)).slice(0, limit)
  if (findings.incidents.length > chosen.length) warn(`Production metrics were read for the ${chosen.length} most recent incidents only (of ${findings.incidents.length}).`)

  const state = { down: null as string | null }
  const ask = async (kind: SeriesKind, component: string, start: number, end: number, step: number, problems: string[], what: string): Promise<Point[] | null> => {
    if (!source) return null
    if (state.down) {
      const note = `Not queried: ${state.down}`
      if (!problems.includes(note)) problems.push(note)
      return null
    }
    try {
      return await source.series(kind, component, start, end, step)
    } catch (e) {
      if (!(e instanceof MetricsQueryError)) throw e
      if (e.fatal) {
        state.down = e.message
        warn(`${e.message} Production figures are incomplete; the rest of the analysis is published.`)
      } else {
        warn(e.message)
      }
      problems.push(`${what}: the query failed (${e.message})`)
      return null
    }
  }

  const impacts: IncidentImpact[] = []
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < chosen.length) {
      const finding = chosen[next++]
      impacts.push(await incidentImpact(finding, byId.get(finding.incident_id) ?? null, findings, tests, config, source !== null, ask))
    }
  }
  // the first incident alone: a source that is down costs one timeout, not one per worker
  if (chosen.length > 0) {
    next = 1
    impacts.push(await incidentImpact(chosen[0], byId.get(chosen[0].incident_id) ?? null, findings, tests, config, source !== null, ask))
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  if (source instanceof PrometheusSource) for (const w of source.warnings) warn(w)

  const order = new Map(findings.incidents.map((f, i) => [f.incident_id, i]))
  impacts.sort((a, b) => (order.get(a.incident_id) ?? 0) - (order.get(b.incident_id) ?? 0))
  return {
    source: source?.kind ?? null,
    settings: { alert_within_minutes: config.alertWithinMinutes, baseline_days: config.baselineDays, slo_latency_p99_ms: config.sloLatencyP99Ms, slo_error_rate: config.sloErrorRate },
    incidents: impacts,
    actions: {
      // a closed gap needs no new test
      new_tests: findings.coverage_gaps.filter((g) => !g.gap_closed_by).map((g) => newTestAction(g, tests)),
      tests_to_retire: findings.dead_weight.map(retireAction),
      alert_adjustments: impacts.flatMap((i) => i.actions.alert_adjustments),
      slo_refinements: impacts.flatMap((i) => i.actions.slo_refinements)
    },
    notices
  }
}

type Ask = (kind: SeriesKind, component: string, start: number, end: number, step: number, problems: string[], what: string) => Promise<Point[] | null>

async function incidentImpact(
  finding: IncidentFinding,
  incident: Incident | null,
  findings: Findings,
  tests: Array<{ nodeid: string; component: string; failure_mode: string }>,
  config: MetricsConfig,
  hasSource: boolean,
  ask: Ask
): Promise<IncidentImpact> {
  const problems: string[] = []
  const seconds = (iso: string | null | undefined): number | null => (iso ? Date.parse(iso) / 1000 : null)
  const started = seconds(incident?.started_at)
  const resolved = seconds(incident?.resolved_at)
  const detected = seconds(finding.detected_at) as number
  const minutes = (a: number, b: number): number => round((b - a) / 60, 6)
  const validWindow = started !== null && resolved !== null && resolved > started
  if (started === null) problems.push('No started_at: duration, time to detect and the baseline are unknown. Add it to the incident.')
  else if (resolved === null) problems.push('No resolved_at (still open?): duration and peaks are unknown until it is resolved.')
  else if (!validWindow) problems.push('resolved_at is not after started_at: the incident window is empty.')

  const gap = findings.coverage_gaps.find((g) => g.incident === finding.incident_id)
  const impact: IncidentImpact = {
    incident_id: finding.incident_id,
    component: finding.component,
    title: finding.title,
    url: finding.url,
    started_at: started !== null ? toIso(started) : null,
    resolved_at: resolved !== null ? toIso(resolved) : null,
    detected_at: finding.detected_at,
    duration_minutes: validWindow ? minutes(started, resolved) : null,
    time_to_detect_minutes: started !== null ? minutes(started, detected) : null,
    peak_error_rate: null,
    peak_error_rate_at: null,
    peak_latency_p99_ms: null,
    peak_latency_p99_at: null,
    metrics_during_incident: { peak_error_rate: null, peak_latency_p99: null, duration_minutes: null },
    baseline: null,
    series: null,
    problems,
    actions: { new_tests: gap && !gap.gap_closed_by ? [newTestAction(gap, tests)] : [], alert_adjustments: [], slo_refinements: [] }
  }
  impact.metrics_during_incident.duration_minutes = impact.duration_minutes
  if (!hasSource || !validWindow) return impact

  const step = incidentStepSeconds(resolved - started)
  const baseStart = started - config.baselineDays * 86400
  const component = finding.component
  const err = await ask('error_rate', component, started, resolved, step, problems, 'Error rate during the incident')
  const lat = await ask('latency_p99', component, started, resolved, step, problems, 'p99 latency during the incident')
  const baseErr = await ask('error_rate', component, baseStart, started - BASELINE_STEP_SECONDS, BASELINE_STEP_SECONDS, problems, 'Error rate over the baseline')
  const baseLat = await ask('latency_p99', component, baseStart, started - BASELINE_STEP_SECONDS, BASELINE_STEP_SECONDS, problems, 'p99 latency over the baseline')

  const noData = (points: Point[] | null, what: string): void => {
    if (points && points.length === 0) problems.push(`${what}: no data (the query returned no series or only empty samples for ${component}).`)
  }
  noData(err, 'Error rate during the incident')
  noData(lat, 'p99 latency during the incident')
  noData(baseErr, 'Error rate over the baseline')
  noData(baseLat, 'p99 latency over the baseline')

  const errPeak = peak(err ?? [])
  const latPeak = peak(lat ?? [])
  if (errPeak) [impact.peak_error_rate, impact.peak_error_rate_at] = [round(errPeak[1]), toIso(errPeak[0])]
  if (latPeak) [impact.peak_latency_p99_ms, impact.peak_latency_p99_at] = [round(latPeak[1]), toIso(latPeak[0])]
  impact.metrics_during_incident.peak_error_rate = impact.peak_error_rate
  impact.metrics_during_incident.peak_latency_p99 = impact.peak_latency_p99_ms
  if (baseErr || baseLat) {
    impact.baseline = { start: toIso(baseStart), end: toIso(started), error_rate: seriesStats(baseErr ?? []), latency_p99_ms: seriesStats(baseLat ?? []) }
  }
  if ((err && err.length > 0) || (lat && lat.length > 0)) {
    const chart = (points: Point[] | null): Array<[string, number | null]> => downsample(points ?? [], started, resolved, CHART_POINTS).map(([t, v]) => [toIso(t), v === null ? null : round(v, 4)])
    impact.series = { start: toIso(started), end: toIso(resolved), step_seconds: step, error_rate: chart(err), latency_p99_ms: chart(lat) }
  }

  const alert = alertAction({
    incident: finding.incident_id,
    component,
    startedAt: started,
    timeToDetectMinutes: impact.time_to_detect_minutes,
    withinMinutes: config.alertWithinMinutes,
    incidentErrorRate: err ?? [],
    baselineErrorRate: baseErr ?? [],
    baselineStats: impact.baseline?.error_rate ?? null,
    baselineStepSeconds: BASELINE_STEP_SECONDS
  })
  if (alert) impact.actions.alert_adjustments.push(alert)
  impact.actions.slo_refinements.push(
    ...sloActions({
      incident: finding.incident_id,
      component,
      sloLatencyP99Ms: config.sloLatencyP99Ms,
      sloErrorRate: config.sloErrorRate,
      baselineLatency: impact.baseline?.latency_p99_ms ?? null,
      baselineErrorRate: impact.baseline?.error_rate ?? null,
      peakLatencyMs: impact.peak_latency_p99_ms,
      peakErrorRate: impact.peak_error_rate
    })
  )
  return impact
}

/** Tests to compare a gap with: the history's, or failing the rollup, those the findings name. */
function knownTests(findings: Findings, tests: KnownTests | undefined): Array<{ nodeid: string; component: string; failure_mode: string }> {
  if (tests) return Object.entries(tests).map(([nodeid, t]) => ({ nodeid, component: t.component, failure_mode: t.failure_mode }))
  const seen = new Map<string, { nodeid: string; component: string; failure_mode: string }>()
  const add = (nodeid: string, component: string): void => {
    if (!seen.has(nodeid)) seen.set(nodeid, { nodeid, component, failure_mode: 'general' })
  }
  for (const d of findings.dead_weight) add(d.nodeid, d.component)
  for (const l of findings.load_bearing) add(l.nodeid, l.component)
  for (const f of findings.flaky) add(f.nodeid, f.component)
  for (const i of findings.incidents) for (const t of i.failing_tests) add(t, i.component)
  return [...seen.values()]
}
