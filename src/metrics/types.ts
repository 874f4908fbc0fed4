/**
 * Production metrics around incidents: what the source returns, what is computed per incident, and
 * the recommended actions (the method's last step). Keys of the result types are snake_case because
 * they are written to findings.json as they are (under `production_impact`).
 */

/** One sample: [unix seconds, value]. */
export type Point = [number, number]

export type SeriesKind = 'error_rate' | 'latency_p99'

/** Where the metrics come from: the Prometheus HTTP API or a file export. */
export interface MetricsSource {
  readonly kind: 'prometheus' | 'file'
  /**
   * Samples of one series of one component in [start, end] (unix seconds), oldest first; latency in
   * milliseconds, error rate as a fraction (0.02 = 2 %). Empty when there is no data; throws
   * MetricsQueryError when the source failed.
   */
  series(kind: SeriesKind, component: string, start: number, end: number, stepSeconds: number): Promise<Point[]>
}

export interface MetricsConfig {
  /** the Prometheus base URL (input `prometheus-url`); null = not used */
  prometheusUrl: string | null
  /** sent as `Authorization: Bearer <token>` (input `prometheus-token`) */
  prometheusToken?: string | null
  /** `user:password`, sent as `Authorization: Basic ...` (input `prometheus-basic-auth`) */
  basicAuth?: string | null
  /** PromQL templates with `{component}` and `{window}` placeholders */
  errorRateQuery: string
  latencyQuery: string
  /** unit of what the latency query returns (the default query returns seconds) */
  latencyUnit: 'seconds' | 'milliseconds'
  /** a JSON or CSV export (input `metrics-file`); null = not used */
  metricsFile: string | null
  /** SLO on p99 latency in milliseconds (input `slo-latency-p99-ms`); null = none */
  sloLatencyP99Ms: number | null
  /** SLO on the error rate as a fraction (input `slo-error-rate`, `1%` or `0.01`); null = none */
  sloErrorRate: number | null
  /** per HTTP request to Prometheus (input `metrics-timeout-ms`, default 10000) */
  timeoutMs: number
  /** days before `started_at` that make the baseline (default 7) */
  baselineDays: number
  /** an alert should fire within this many minutes of the start (input `alert-within-minutes`, default 10) */
  alertWithinMinutes: number
  /** at most this many incidents (the most recent) are queried; default 20 */
  maxIncidents?: number
}

/** Summary statistics of a series over the baseline. */
export interface SeriesStats {
  samples: number
  median: number
  p95: number
  p99: number
  max: number
}

export interface Baseline {
  /** ISO 8601 UTC, half-open [start, end) */
  start: string
  end: string
  error_rate: SeriesStats | null
  latency_p99_ms: SeriesStats | null
}

/** The original sketch's `metrics_during_incident`, kept with its names (latency in milliseconds). */
export interface MetricsDuringIncident {
  peak_error_rate: number | null
  peak_latency_p99: number | null
  duration_minutes: number | null
}

/** Downsampled series for the chart: [ISO time, value or null when missing]. */
export interface ChartSeries {
  start: string
  end: string
  step_seconds: number
  error_rate: Array<[string, number | null]>
  latency_p99_ms: Array<[string, number | null]>
}

export interface NewTestAction {
  incident: string
  component: string
  failure_mode: string
  gap_type: string
  title: string | null
  url: string | null
  /** nodeids of the component's tests that resemble the incident most, best first (may be empty) */
  closest_tests: Array<{ nodeid: string; score: number; shared_words: string[] }>
  recommendation: string
}

export interface RetireAction {
  nodeid: string
  component: string
  last_failure: string | null
  first_seen: string
  runs: number
  /** always "review": retiring a test is a human decision */
  action: 'review'
}

export interface AlertAction {
  incident: string
  component: string
  time_to_detect_minutes: number
  within_minutes: number
  /** the error-rate level that was reached within `within_minutes` of the start */
  reached_error_rate: number
  /** the baseline's 99th percentile of the error rate */
  baseline_p99_error_rate: number | null
  /** recommended threshold (fraction); null when none separates the incident from the baseline */
  threshold: number | null
  /** minutes after the start at which `error_rate >= threshold` first held */
  fires_after_minutes: number | null
  /** separate episodes of `error_rate >= threshold` in the baseline (false alarms) */
  baseline_false_alarms: number | null
  baseline_minutes_above: number | null
  recommendation: string
}

export interface SloAction {
  incident: string
  component: string
  slo: 'latency_p99_ms' | 'error_rate'
  objective: number
  /** baseline_close: normal weeks sit near it; baseline_beyond: normal weeks break it; too_loose: the incident stayed within it */
  finding: 'baseline_close' | 'baseline_beyond' | 'too_loose'
  baseline_p95: number | null
  incident_peak: number | null
  recommendation: string
}

export interface IncidentActions {
  new_tests: NewTestAction[]
  alert_adjustments: AlertAction[]
  slo_refinements: SloAction[]
}

export interface IncidentImpact {
  incident_id: string
  component: string
  title: string | null
  url: string | null
  started_at: string | null
  resolved_at: string | null
  detected_at: string
  duration_minutes: number | null
  time_to_detect_minutes: number | null
  peak_error_rate: number | null
  peak_error_rate_at: string | null
  peak_latency_p99_ms: number | null
  peak_latency_p99_at: string | null
  metrics_during_incident: MetricsDuringIncident
  baseline: Baseline | null
  series: ChartSeries | null
  /** what could not be computed and why, one sentence each */
  problems: string[]
  actions: IncidentActions
}

export interface RecommendedActions {
  new_tests: NewTestAction[]
  tests_to_retire: RetireAction[]
  alert_adjustments: AlertAction[]
  slo_refinements: SloAction[]
}

export interface ProductionImpact {
  source: 'prometheus' | 'file' | null
  /** the effective settings that shaped the figures */
  settings: {
    alert_within_minutes: number
    baseline_days: number
    slo_latency_p99_ms: number | null
    slo_error_rate: number | null
  }
  incidents: IncidentImpact[]
  actions: RecommendedActions
  /** warnings for the job summary (source down, queries failing, incidents skipped) */
  notices: string[]
}

/** Tests the analysis knows, e.g. `rollup.tests` of the history (structurally compatible). */
export type KnownTests = Record<string, { component: string; failure_mode: string }>
