/**
 * Production impact from a metrics file: the figures, the recommended actions and their rendering,
 * on series built here so every expected value follows from the numbers in the test.
 */
import { describe, expect, test } from '@jest/globals'
import { FileSource } from '../../src/metrics/file.js'
import { metricsConfig, productionImpact, type MetricsSource } from '../../src/metrics/index.js'
import { closestTests, words } from '../../src/metrics/similarity.js'
import { renderActionsSection, renderIncidentImpact } from '../../src/render/impact.js'
import { checkMermaidBlocks } from './mermaid.js'
import { incidentAt, scenario } from './scenario.js'

const T0 = Date.parse('2026-03-10T12:00:00Z') / 1000

/** 5-minute samples over [from, to] of (error rate, p99 ms) given by `shape(t)`. */
function csv(component: string, from: number, to: number, shape: (t: number) => [number | null, number | null]): string[] {
  const rows: string[] = []
  for (let t = from; t <= to; t += 300) {
    const [e, l] = shape(t)
    rows.push(`${component},${new Date(t * 1000).toISOString()},${e ?? ''},${l ?? ''}`)
  }
  return rows
}
const source = (rows: string[]): MetricsSource => FileSource.parse(['service,timestamp,error_rate,latency_p99', ...rows].join('\n'), 'test.csv')

/** checkout: 0.4 % / 200 ms normally (one 10-minute blip to 3 % two days before), 6 % / 900 ms for the first hour of the incident. */
const checkoutRows = csv('checkout', T0 - 8 * 86400, T0 + 7200, (t) => {
  if (t >= T0 && t < T0 + 3600) return [0.06, 900]
  if (t >= T0 - 2 * 86400 && t < T0 - 2 * 86400 + 600) return [0.03, 200]
  return [0.004, 200]
})

describe('figures and actions from a metrics file', () => {
  const incident = incidentAt('INC-1', 'Checkout', T0, 40, 120, { failure_mode: 'gateway_5xx', title: 'Gateway 502 errors at checkout' })
  const { findings, rollup } = scenario(T0, [incident])

  test('peaks, duration, time to detect, baseline and metrics_during_incident shaped as in the original sketch', async () => {
    const impact = await productionImpact(findings, [incident], metricsConfig({ sloLatencyP99Ms: 1000, sloErrorRate: 0.05 }), undefined, { source: source(checkoutRows), tests: rollup.tests })
    const [one] = impact.incidents
    expect(one).toMatchObject({ incident_id: 'INC-1', peak_error_rate: 0.06, peak_error_rate_at: '2026-03-10T12:00:00.000Z', peak_latency_p99_ms: 900, duration_minutes: 120, time_to_detect_minutes: 40, problems: [] })
    expect(one.metrics_during_incident).toEqual({ peak_error_rate: 0.06, peak_latency_p99: 900, duration_minutes: 120 })
    // 7 days of 5-minute samples before the start, [start - 7 d, start)
    expect(one.baseline).toMatchObject({ start: '2026-03-03T12:00:00.000Z', end: '2026-03-10T12:00:00.000Z', error_rate: { samples: 2016, median: 0.004, max: 0.03 }, latency_p99_ms: { median: 200 } })
    // halfway between the baseline's p99 (0.004) and the 6 % reached in 10 minutes: 3.2 %, above the 3 % blip
    expect(one.actions.alert_adjustments).toEqual([expect.objectContaining({ threshold: 0.032, fires_after_minutes: 0, baseline_false_alarms: 0, reached_error_rate: 0.06, time_to_detect_minutes: 40 })])
    // 6 % breaks the 5 % SLO, 900 ms stays within 1000 ms while 4.5x the baseline: too loose
    expect(one.actions.slo_refinements.map((s) => [s.slo, s.finding])).toEqual([['latency_p99_ms', 'too_loose']])
    expect(impact.actions.new_tests[0].closest_tests[0]).toMatchObject({ nodeid: 'tests/test_checkout.py::test_gateway_502_is_retried', shared_words: ['502', '5xx', 'gateway'] })
    expect(impact.actions.tests_to_retire).toEqual([expect.objectContaining({ nodeid: 'tests/test_util.py::test_slugify', action: 'review' })])
    expect(impact.notices).toEqual([])
  })

  test('a lower threshold counts the baseline blip as a false alarm; quick detection needs no alert advice', async () => {
    const config = metricsConfig({ alertWithinMinutes: 10 })
    const lowRows = checkoutRows.map((r) => r.replace(/,0\.06,900$/, ',0.05,900'))
    const impact = await productionImpact(findings, [incident], config, undefined, { source: source(lowRows) })
    // (0.004 + 0.05) / 2 = 0.027 < the 3 % blip: it would have fired once in the baseline week, for 10 minutes
    expect(impact.incidents[0].actions.alert_adjustments[0]).toMatchObject({ threshold: 0.027, baseline_false_alarms: 1, baseline_minutes_above: 10 })
    const quick = incidentAt('INC-1', 'checkout', T0, 5, 120)
    const q = await productionImpact(scenario(T0, [quick]).findings, [quick], config, undefined, { source: source(checkoutRows) })
    expect(q.incidents[0].actions.alert_adjustments).toEqual([])
  })

  test('an incident the error rate hardly shows: no threshold separates it, and the SLO advice says where the baseline sits', async () => {
    const rows = csv('checkout', T0 - 8 * 86400, T0 + 7200, (t) => [t >= T0 && t < T0 + 3600 ? 0.005 : 0.004, 460])
    const impact = await productionImpact(findings, [incident], metricsConfig({ sloLatencyP99Ms: 500, sloErrorRate: 0.004 }), undefined, { source: source(rows) })
    const [one] = impact.incidents
    expect(one.actions.alert_adjustments[0]).toMatchObject({ threshold: null, fires_after_minutes: null })
    expect(one.actions.alert_adjustments[0].recommendation).toMatch(/no error-rate threshold would have caught it early/)
    expect(one.actions.slo_refinements.map((s) => [s.slo, s.finding])).toEqual([['latency_p99_ms', 'baseline_close'], ['error_rate', 'baseline_beyond']])
  })

  test('missing data is said, never computed: no series, no start, no end, gaps in the series', async () => {
    const noStart = { ...incidentAt('INC-2', 'checkout', T0, 40, 120), started_at: null }
    const open = incidentAt('INC-3', 'checkout', T0, 40, null)
    const other = incidentAt('INC-4', 'search', T0, 40, 120)
    const gappy = incidentAt('INC-5', 'checkout', T0, 40, 120)
    const all = [noStart, open, other, gappy]
    const rows = checkoutRows.map((r) => (/T12:[0-2]\d:00/.test(r) && r.includes('2026-03-10') ? r.replace(/,[^,]*,[^,]*$/, ',,') : r))
    const { findings: f } = scenario(T0, all)
    const impact = await productionImpact(f, all, metricsConfig(), undefined, { source: source(rows) })
    const by = (id: string) => impact.incidents.find((i) => i.incident_id === id)!
    expect(by('INC-2')).toMatchObject({ duration_minutes: null, time_to_detect_minutes: null, peak_error_rate: null, baseline: null })
    expect(by('INC-2').problems[0]).toMatch(/No started_at/)
    expect(by('INC-3')).toMatchObject({ duration_minutes: null, time_to_detect_minutes: 40, peak_error_rate: null })
    expect(by('INC-3').problems[0]).toMatch(/No resolved_at/)
    expect(by('INC-4').problems).toEqual(expect.arrayContaining([expect.stringMatching(/Error rate during the incident: no data/), expect.stringMatching(/p99 latency over the baseline: no data/)]))
    expect(by('INC-4').series).toBeNull()
    // samples from 12:30 on: the peak is still found, the chart leaves the empty intervals out
    expect(by('INC-5').peak_error_rate).toBe(0.06)
    expect(by('INC-5').peak_error_rate_at).toBe('2026-03-10T12:30:00.000Z')
    expect(by('INC-5').series?.error_rate.slice(0, 3).map((p) => p[1])).toEqual([null, null, null])
    for (const i of impact.incidents) checkMermaidBlocks(renderIncidentImpact(i))
    expect(renderIncidentImpact(by('INC-4'))).toContain('| peak error rate | no data | no data |')
  })

  test('without a source: one notice, new tests and tests to retire still come', async () => {
    const warnings: string[] = []
    const impact = await productionImpact(findings, [incident], metricsConfig(), { warn: (m) => warnings.push(m) })
    expect(impact.source).toBeNull()
    expect(warnings).toEqual([expect.stringMatching(/No metrics source is configured/)])
    expect(impact.incidents[0]).toMatchObject({ duration_minutes: 120, time_to_detect_minutes: 40, peak_error_rate: null })
    expect(impact.actions.new_tests).toHaveLength(1)
    const summary = renderActionsSection(impact)
    expect(summary).toContain('New tests needed (1)')
    expect(summary).not.toContain('### Alert adjustments')
  })

  test('only the most recent incidents are queried, and a notice says so', async () => {
    const many = Array.from({ length: 5 }, (_, i) => incidentAt(`INC-${i}`, 'checkout', T0 - i * 86400, 40, 120))
    const { findings: f } = scenario(T0, many)
    const impact = await productionImpact(f, many, metricsConfig({ maxIncidents: 2 }), undefined, { source: source(checkoutRows) })
    expect(impact.incidents.map((i) => i.incident_id).sort()).toEqual(['INC-0', 'INC-1'])
    expect(impact.notices).toEqual(['Production metrics were read for the 2 most recent incidents only (of 5).'])
  })
})

describe('closest tests by name', () => {
  test('case-, separator- and plural-insensitive words; noise words ignored', () => {
    expect([...words('tests/test_checkout.py::TestGateway::test_502_isRetried[http-2]')].sort()).toEqual(['502', 'checkout', 'gateway', 'http', 'retr'])
    const tests = [
      { nodeid: 'tests/test_auth.py::test_login_page_renders', failure_mode: 'general' },
      { nodeid: 'tests/test_auth.py::test_token_refresh_before_expiry', failure_mode: 'general' },
      { nodeid: 'tests/test_auth.py::TestSession::test_expired_tokens_are_rejected', failure_mode: 'token_expiry' }
    ]
    const found = closestTests({ component: 'auth', failure_mode: 'Token-Expiry', title: 'Auth users logged out every 5 minutes' }, tests)
    expect(found.map((f) => f.nodeid)).toEqual(['tests/test_auth.py::TestSession::test_expired_tokens_are_rejected', 'tests/test_auth.py::test_token_refresh_before_expiry'])
    expect(found[1].shared_words).toEqual(['expir', 'token'])
    expect(closestTests({ component: 'auth', failure_mode: 'general', title: 'auth down' }, tests)).toEqual([])
  })
})

describe('rendering', () => {
  test('untrusted text is escaped; the charts are valid xychart-beta; the section stays small', async () => {
    const evil = incidentAt('<img src=x onerror=alert(1)>', '@acme/ops|x', T0, 40, 30 * 24 * 60, { failure_mode: '`rm -rf`', title: '@everyone see #12 <script>' })
    const { findings } = scenario(T0, [evil])
    const rows = csv('@acme/ops|x', T0 - 8 * 86400, T0 + 30 * 86400, (t) => [t > T0 && t < T0 + 86400 ? 0.2 : 0.001, 100 + ((t / 300) % 7)])
    const impact = await productionImpact(findings, [evil], metricsConfig({ sloErrorRate: 0.01, sloLatencyP99Ms: 120 }), undefined, { source: source(rows) })
    const section = renderIncidentImpact(impact.incidents[0], impact.settings)
    const summary = renderActionsSection(impact)
    for (const text of [section, summary]) {
      // inside code spans nothing is interpreted; outside them nothing raw may remain
      expect(text.replace(/(`+)[^`][\s\S]*?\1/g, '')).not.toMatch(/<img|<script|@acme|@everyone/)
      expect(Buffer.byteLength(text)).toBeLessThan(20_000)
    }
    expect(summary).toContain('@\u200bacme/ops\\|x')
    const charts = checkMermaidBlocks(section)
    expect(charts.map((c) => c.title)).toEqual(['Error rate (%)', 'p99 latency (ms)'])
    // 30 days in daily intervals: more than 12 labels would overlap, so the x axis is a numbered range
    // named after the first and last interval
    expect(charts[0].categories).toBeNull()
    expect(section).toContain('x-axis "UTC 03-10 00:00 to')
    // drawing order: the detection bar, the measured line, the baseline median, the SLO; a colour each
    expect(charts[0].palette).toEqual(['#d29922', '#2f81f7', '#8c959f', '#e5534b'])
    expect(charts[0].lines[0].filter((v) => v > 0)).toHaveLength(1)
    expect(Math.max(...charts[0].lines[1])).toBe(20)
    expect(new Set(charts[0].lines[2])).toEqual(new Set([0.1]))
    expect(new Set(charts[0].lines[3])).toEqual(new Set([1]))
    expect(new Set(charts[1].lines[3])).toEqual(new Set([120]))
    expect(section).toContain('amber bar: detected · blue line: measured · grey line: baseline median before the incident · red line: SLO')
  })

  test('the summary section shortens its lists with the detail level', async () => {
    const many = Array.from({ length: 30 }, (_, i) => incidentAt(`INC-${i}`, `svc-${i}`, T0 - i * 3600, 40, 120))
    const { findings } = scenario(T0, many)
    const impact = await productionImpact(findings, many, metricsConfig(), undefined, { source: source([]) })
    const full = renderActionsSection(impact, 'full')
    const top = renderActionsSection(impact, 'top')
    const counts = renderActionsSection(impact, 'counts')
    expect(full).toContain('New tests needed (30)')
    expect(top).toContain('…and 20 more in findings.json')
    expect(counts.length).toBeLessThan(top.length)
    expect(top.length).toBeLessThan(full.length)
  })
})

describe('the xychart-beta checker itself', () => {
  test('rejects what GitHub would not render', async () => {
    const { checkXyChart } = await import('./mermaid.js')
    expect(checkXyChart('xychart-beta\n  x-axis ["a", "b"]\n  y-axis "v" 0 --> 10\n  line [1, 2]').lines).toEqual([[1, 2]])
    expect(() => checkXyChart('xychart\n  line [1]')).toThrow(/must start with xychart-beta/)
    expect(() => checkXyChart('xychart-beta\n  x-axis ["a", "b"]\n  y-axis "v" 0 --> 10\n  line [1]')).toThrow(/1 values for 2 categories/)
    expect(() => checkXyChart('xychart-beta\n  x-axis ["a"]\n  y-axis "v" 0 --> 10\n  line [11]')).toThrow(/outside the y range/)
    expect(() => checkXyChart('xychart-beta\n  title "a "b""\n  line [1]')).toThrow(/not in the xychart-beta subset/)
    expect(() => checkXyChart('xychart-beta\n  y-axis "v" 5 --> 5\n  line [5]')).toThrow(/is empty/)
  })
})
