/**
 * Generates the OpenMetrics file for the real-Prometheus tests: one service with a known incident
 * spike and a known blip in its baseline week, sampled every minute, so the expected figures follow
 * from the numbers below (see EXPECTED).
 */

export const T0 = Date.parse('2026-03-10T12:00:00Z') / 1000
export const SERVICE = 'checkout'
const REQUESTS_PER_SECOND = 100
const FIRST = T0 - 8 * 86400
const LAST = T0 + 3 * 3600

/** 5xx share of requests at time t (seconds). */
export function errorShare(t: number): number {
  if (t >= T0 && t < T0 + 3600) return 0.2 // the incident: one hour at 20 %
  if (t >= T0 - 3 * 86400 && t < T0 - 3 * 86400 + 1800) return 0.15 // a 30-minute blip 3 days before
  return 0.005
}

const BUCKETS = ['0.1', '0.25', '0.5', '1', '2.5', '+Inf']
/** Cumulative requests per second per bucket: normal p99 interpolates to 0.235 s, incident p99 to 0.95 s. */
function bucketRates(t: number): number[] {
  return t >= T0 && t < T0 + 3600 ? [50, 80, 90, 100, 100, 100] : [90, 100, 100, 100, 100, 100]
}

export const EXPECTED = {
  peak_error_rate: 0.2,
  peak_latency_p99_ms: 950,
  baseline_error_rate_median: 0.005,
  baseline_latency_median_ms: 235,
  // halfway between the baseline's 99th percentile (0.005) and the level reached within 10 min (0.2), 2 significant digits
  alert_threshold: 0.1,
  baseline_false_alarms: 1
}

export function openMetricsText(): string {
  const lines: string[] = []
  let ok = 0
  let errors = 0
  const requests: string[] = []
  const buckets: string[] = []
  const cumulative = BUCKETS.map(() => 0)
  let sum = 0
  for (let t = FIRST; t <= LAST; t += 60) {
    // the sample at t counts the minute that just ended, [t - 60, t)
    const share = errorShare(t - 60)
    ok += 60 * REQUESTS_PER_SECOND * (1 - share)
    errors += 60 * REQUESTS_PER_SECOND * share
    requests.push(`http_requests_total{service="${SERVICE}",code="200"} ${ok.toFixed(3)} ${t}`)
    requests.push(`http_requests_total{service="${SERVICE}",code="500"} ${errors.toFixed(3)} ${t}`)
    const rates = bucketRates(t - 60)
    rates.forEach((r, i) => (cumulative[i] += 60 * r))
    sum += 60 * (rates[0] * 0.05 + (rates[1] - rates[0]) * 0.2)
    BUCKETS.forEach((le, i) => buckets.push(`http_request_duration_seconds_bucket{service="${SERVICE}",le="${le}"} ${cumulative[i]} ${t}`))
    buckets.push(`http_request_duration_seconds_count{service="${SERVICE}"} ${cumulative[BUCKETS.length - 1]} ${t}`)
    buckets.push(`http_request_duration_seconds_sum{service="${SERVICE}"} ${sum.toFixed(3)} ${t}`)
  }
  lines.push('# TYPE http_requests counter', ...requests)
  lines.push('# TYPE http_request_duration_seconds histogram', ...buckets)
  lines.push('# EOF')
  return lines.join('\n') + '\n'
}
