/**
 * The metrics source against a real Prometheus (Debian's package): data with a known incident spike
 * backfilled by promtool, the server started on 127.0.0.1 and stopped afterwards. Where Prometheus
 * is not installed the suite says so loudly and skips (REQUIRE_PROMETHEUS=1 makes that a failure).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { metricsConfig, productionImpact, PrometheusSource } from '../../src/metrics/index.js'
import { renderIncidentImpact } from '../../src/render/impact.js'
import { prometheusMissing, startPrometheus, type RunningPrometheus } from '../support/prometheus.js'
import { EXPECTED, openMetricsText, SERVICE, T0 } from './openmetrics.js'
import { incidentAt, scenario } from './scenario.js'
import { checkMermaidBlocks } from './mermaid.js'

const missing = prometheusMissing()
if (missing && process.env.REQUIRE_PROMETHEUS === '1') throw new Error(`REQUIRE_PROMETHEUS=1 but ${missing}`)
if (missing) {
  console.warn(`\n\n!!!!!!!!!! SKIPPED: the real-Prometheus tests did not run: ${missing}. !!!!!!!!!!\n\n`)
}
const maybe = missing ? describe.skip : describe

const close = (a: number | null, b: number, tolerance = 1e-6): void => {
  expect(a).not.toBeNull()
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(b)))
}

maybe('a real Prometheus', () => {
  let prometheus: RunningPrometheus
  beforeAll(async () => {
    prometheus = await startPrometheus(openMetricsText())
  }, 120_000)
  afterAll(async () => {
    await prometheus?.stop()
  })

  const incident = incidentAt('INC-1', SERVICE, T0, 45, 90, { failure_mode: 'gateway_5xx', title: 'Checkout returned 502 to buyers' })

  test('peaks, duration, time to detect, baseline and the alert threshold match the generated data', async () => {
    const { findings, rollup } = scenario(T0, [incident])
    const warnings: string[] = []
    const config = metricsConfig({ prometheusUrl: prometheus.url, sloLatencyP99Ms: 1000, sloErrorRate: 0.01 })
    const impact = await productionImpact(findings, [incident], config, { warn: (m) => warnings.push(m) }, { tests: rollup.tests })
    expect(warnings).toEqual([])
    expect(impact.source).toBe('prometheus')
    const [one] = impact.incidents
    expect(one.problems).toEqual([])
    close(one.peak_error_rate, EXPECTED.peak_error_rate)
    close(one.peak_latency_p99_ms, EXPECTED.peak_latency_p99_ms)
    expect(one.duration_minutes).toBe(90)
    expect(one.time_to_detect_minutes).toBe(45)
    // the spike lasts one hour from T0; a [5m] rate reaches it fully from T0 + 5 min on
    expect(Date.parse(one.peak_error_rate_at as string) / 1000).toBeGreaterThanOrEqual(T0 + 300)
    expect(Date.parse(one.peak_error_rate_at as string) / 1000).toBeLessThan(T0 + 3600 + 300)
    expect(one.metrics_during_incident).toEqual({ peak_error_rate: one.peak_error_rate, peak_latency_p99: one.peak_latency_p99_ms, duration_minutes: 90 })
    close(one.baseline?.error_rate?.median ?? null, EXPECTED.baseline_error_rate_median)
    close(one.baseline?.latency_p99_ms?.median ?? null, EXPECTED.baseline_latency_median_ms)
    expect(one.baseline?.error_rate?.samples).toBeGreaterThan(2000 - 20)

    const [alert] = one.actions.alert_adjustments
    expect(alert.threshold).toBe(EXPECTED.alert_threshold)
    expect(alert.baseline_false_alarms).toBe(EXPECTED.baseline_false_alarms)
    // (k * 20 % + (5 - k) * 0.5 %) / 5 first reaches 10 % at k = 3 minutes; allow for Prometheus' window edges
    expect(alert.fires_after_minutes).toBeGreaterThanOrEqual(2)
    expect(alert.fires_after_minutes).toBeLessThanOrEqual(4)
    close(alert.reached_error_rate, 0.2)

    // the error-rate SLO (1 %) is far above the baseline and was broken: no SLO advice for it
    expect(one.actions.slo_refinements.filter((s) => s.slo === 'error_rate')).toEqual([])
    // the closest existing tests, by name, for the gap
    expect(impact.actions.new_tests[0].closest_tests[0].nodeid).toBe('tests/test_checkout.py::test_gateway_502_is_retried')

    const section = renderIncidentImpact(one)
    expect(section).toContain('### Production impact')
    expect(section).toContain('20 %')
    expect(section).toContain('950 ms')
    expect(checkMermaidBlocks(section)).toHaveLength(2)
  })

  test('a component without data: said as such, figures null, no crash', async () => {
    const other = incidentAt('INC-2', 'no-such-service', T0, 45, 90)
    const { findings } = scenario(T0, [other])
    const impact = await productionImpact(findings, [other], metricsConfig({ prometheusUrl: prometheus.url }))
    const [one] = impact.incidents
    expect(one.peak_error_rate).toBeNull()
    expect(one.peak_latency_p99_ms).toBeNull()
    expect(one.metrics_during_incident.peak_error_rate).toBeNull()
    expect(one.duration_minutes).toBe(90)
    expect(one.problems.some((p) => p.includes('no data'))).toBe(true)
    expect(renderIncidentImpact(one)).toContain('no data')
  })

  test('an injection attempt in the component name stays a label value', async () => {
    const attack = `${SERVICE}"} or vector(1) or http_requests_total{service="${SERVICE}`
    const evil = incidentAt('INC-3', attack, T0, 45, 90)
    const { findings } = scenario(T0, [evil])
    const source = new PrometheusSource({ url: prometheus.url, errorRateQuery: metricsConfig().errorRateQuery, latencyQuery: metricsConfig().latencyQuery, latencyUnit: 'seconds', timeoutMs: 10_000 })
    expect(source.query('error_rate', attack)).toContain('service="checkout\\"} or vector(1) or http_requests_total{service=\\"checkout"')
    const impact = await productionImpact(findings, [evil], metricsConfig({ prometheusUrl: prometheus.url }), undefined, { source })
    // unescaped, `or vector(1)` would have produced a constant 1 (a 100 % error rate)
    expect(impact.incidents[0].peak_error_rate).toBeNull()
    expect(impact.notices).toEqual([])
    // a regex matcher: `.*` must match itself only, not every service
    const regex = new PrometheusSource({ url: prometheus.url, errorRateQuery: 'sum(rate(http_requests_total{service=~"{component}",code="500"}[{window}])) / sum(rate(http_requests_total{service=~"{component}"}[{window}]))', latencyQuery: metricsConfig().latencyQuery, latencyUnit: 'seconds', timeoutMs: 10_000 })
    expect(await regex.series('error_rate', '.*', T0, T0 + 3600, 60)).toEqual([])
    expect((await regex.series('error_rate', SERVICE, T0 + 600, T0 + 600, 60))[0][1]).toBeCloseTo(0.2, 9)
  })

  test('a query error is a warning; the other series and the rest still come back', async () => {
    const { findings } = scenario(T0, [incident])
    const warnings: string[] = []
    const config = metricsConfig({ prometheusUrl: prometheus.url, errorRateQuery: 'sum(rate(http_requests_total{service="{component}"}[{window}])' })
    const impact = await productionImpact(findings, [incident], config, { warn: (m) => warnings.push(m) })
    expect(warnings.join('\n')).toMatch(/Prometheus rejected a query \(bad_data\)/)
    const [one] = impact.incidents
    expect(one.peak_error_rate).toBeNull()
    close(one.peak_latency_p99_ms, EXPECTED.peak_latency_p99_ms)
    expect(one.problems.join('\n')).toMatch(/Error rate during the incident: the query failed/)
    expect(impact.actions.new_tests).toHaveLength(1)
  })
})

describe('Prometheus down or slow (no server needed)', () => {
  const incidents = [incidentAt('INC-1', 'checkout', T0, 45, 90), incidentAt('INC-2', 'checkout', T0 + 86400, 45, 90)]
  const { findings } = scenario(T0 + 86400, incidents)

  test('nothing listening: one clear warning, the rest of the analysis still returned', async () => {
    const server = createServer()
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    const port = (server.address() as AddressInfo).port
    await new Promise((r) => server.close(r))
    const warnings: string[] = []
    const impact = await productionImpact(findings, incidents, metricsConfig({ prometheusUrl: `http://127.0.0.1:${port}` }), { warn: (m) => warnings.push(m) })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/could not be reached \(ECONNREFUSED\).*rest of the analysis is published/)
    expect(impact.incidents).toHaveLength(2)
    expect(impact.incidents.every((i) => i.peak_error_rate === null && i.problems.length > 0)).toBe(true)
    expect(impact.incidents.every((i) => i.time_to_detect_minutes === 45)).toBe(true)
    expect(impact.actions.new_tests).toHaveLength(2)
    expect(impact.actions.tests_to_retire.map((t) => t.nodeid)).toEqual(['tests/test_util.py::test_slugify'])
  })

  test('a server that never answers: a timeout warning naming the limit, credentials kept out of it', async () => {
    const held: Array<IncomingHttpHeaders> = []
    const server: Server = createServer((req) => void held.push(req.headers))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    const port = (server.address() as AddressInfo).port
    try {
      const warnings: string[] = []
      const config = metricsConfig({ prometheusUrl: `http://127.0.0.1:${port}/prom/`, prometheusToken: 's3cret-token', timeoutMs: 300 })
      const impact = await productionImpact(findings, incidents, config, { warn: (m) => warnings.push(m) })
      expect(warnings).toEqual([expect.stringMatching(/^Prometheus at http:\/\/127\.0\.0\.1:\d+\/prom did not answer within 300 ms\./)])
      expect(JSON.stringify(impact)).not.toContain('s3cret')
      // one request only: a source that timed out is not asked again
      expect(held).toHaveLength(1)
      expect(held[0].authorization).toBe('Bearer s3cret-token')
      expect(impact.incidents.map((i) => i.problems.length > 0)).toEqual([true, true])
    } finally {
      server.closeAllConnections()
      await new Promise((r) => server.close(r))
    }
  })

  test('credentials in the URL move to a Basic header and out of every message', async () => {
    const seen: Array<{ url: string | undefined; auth: string | undefined }> = []
    const server = createServer((req, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization })
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] } }))
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    const port = (server.address() as AddressInfo).port
    try {
      const source = new PrometheusSource({ url: `http://me:pa%3Ass@127.0.0.1:${port}/`, errorRateQuery: metricsConfig().errorRateQuery, latencyQuery: metricsConfig().latencyQuery, latencyUnit: 'seconds', timeoutMs: 5000 })
      expect(source.endpoint).toBe(`http://127.0.0.1:${port}`)
      expect(await source.series('error_rate', 'checkout', T0, T0 + 60, 60)).toEqual([])
      expect(seen).toEqual([{ url: '/api/v1/query_range', auth: `Basic ${Buffer.from('me:pa:ss').toString('base64')}` }])
    } finally {
      await new Promise((r) => server.close(r))
    }
  })
})
