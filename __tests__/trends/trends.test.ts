import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../src/analysis/index.js'
import { renderTrendsSection, sparkline, xyChart } from '../../src/render/trends.js'
import { computeTrends, rollupAsOf } from '../../src/trends/index.js'
import { chartProblems, mermaidCharts, parseXyChart } from './xychart-check.js'
import { NOW, scenarioIncidents, scenarioRollup } from './scenario.js'

const values = (trends: ReturnType<typeof computeTrends>, metric: string) => trends.metrics.find((m) => m.metric === metric)!

describe('computeTrends', () => {
  const rollup = scenarioRollup()
  const incidents = scenarioIncidents()
  const trends = computeTrends(rollup, incidents, { now: NOW, quarters: 4 })

  it('gives each metric at the end of the last four quarters, the current one to date', () => {
    expect(trends.quarters.map((q) => [q.quarter, q.complete, q.at])).toEqual([
      ['2026Q1', true, '2026-03-31T23:59:59.999Z'],
      ['2026Q2', true, '2026-06-30T23:59:59.999Z'],
      ['2026Q3', true, '2026-09-30T23:59:59.999Z'],
      ['2026Q4', false, '2026-11-15T00:00:00.000Z']
    ])
    const coverage = values(trends, 'incident_coverage_rate')
    expect(coverage.points.map((p) => [p.value, p.verdict])).toEqual([[null, null], [null, null], [100, true], [66.67, false]])
    expect([coverage.change, coverage.direction]).toEqual([-33.33, 'worse'])
    const prediction = values(trends, 'prediction_rate')
    expect(prediction.points.map((p) => p.value)).toEqual([null, null, 50, 33.33])
    // counting only incidents a predictive test failed before: here the same, since test_a's one
    // failure before INC-1 is its only failure (the chance case is in the review's tests)
    const predicted = values(trends, 'predicted_incident_rate')
    expect(predicted.points.map((p) => [p.value, p.verdict])).toEqual([[null, null], [null, null], [50, true], [33.33, true]])
    expect(trends.quarters.map((x) => x.metrics.predicted_incident_rate)).toEqual([null, null, 50, 33.33])
    // INC-0's gap was still open at the end of Q3: the test that closed it appeared on 2 October
    const closure = values(trends, 'test_gap_closure_days')
    expect(closure.points.map((p) => [p.value, p.verdict])).toEqual([[null, null], [null, null], [null, null], [13.5, true]])
    expect(closure.change).toBeNull()
  })

  it('recomputes the dead-weight ratio and the suite growth per quarter', () => {
    // Q1 and Q2: the history (from 10 January) is shorter than the 180 dead-weight days, so no
    // test could be quiet yet: no data, not a flattering 0 %.
    // Q3: test_old (first seen 10 Jan) is quiet among 4 active tests; Q4: among 6.
    expect(values(trends, 'dead_weight_ratio').points.map((p) => [p.value, p.verdict])).toEqual([[null, null], [null, null], [25, true], [16.67, true]])
    expect(values(trends, 'dead_weight_ratio').direction).toBe('better')
    // suite growth is the health table's: tests added in the 90 days up to each quarter's end against
    // the 90 days before; it needs 180 days of history.
    const growth = values(trends, 'tests_added')
    expect(growth.points.map((p) => [p.value, p.verdict])).toEqual([
      [null, null],
      [null, null],
      [3, false], // test_a, test_b, test_s1 (5 July) against none
      [2, true] // test_ranking, test_fix_inc2 against the three of July
    ])
    for (const q of trends.quarters.slice(2)) expect(q.tests_added).toBe(q.metrics.tests_added_last_quarter)
    expect(trends.quarters.map((q) => q.incident_count)).toEqual([0, 0, 2, 3])
  })

  it('matches the analysis run at each quarter end on the rollup cut at that time', () => {
    for (const q of trends.quarters) {
      const at = new Date(q.at)
      const direct = analyze(rollupAsOf(rollup, at).rollup, incidents.filter((i) => Date.parse(i.detected_at) <= at.getTime()), { now: at })
      expect(q.metrics).toEqual(direct.metrics)
    }
    // the cut rollup leaves out later runs, failures and tests
    const q3 = rollupAsOf(rollup, new Date('2026-09-30T23:59:59.999Z'))
    expect(Object.keys(q3.rollup.tests)).not.toContain('tests/search.py::test_ranking')
    expect(q3.rollup.runs.every((r) => r.created <= '2026-09-30T23:59:59.999Z')).toBe(true)
    expect(q3.rollup.tests['tests/legacy.py::test_old'].seen.main.last < '2026-10-01').toBe(true)
    expect(q3.inferredLastSeen).toBeGreaterThan(0)
    expect(trends.notes.join(' ')).toMatch(/approximate/)
  })

  it('renders a table, a sparkline per metric and well-formed xychart-beta charts within 10 kB', () => {
    const text = renderTrendsSection(trends)
    expect(Buffer.byteLength(text)).toBeLessThan(10_000)
    expect(text).toContain('| Metric | 2026Q1 | 2026Q2 | 2026Q3 | 2026Q4 (to date) | Trend | Change | Target |')
    expect(text).toContain('| Incident coverage rate | no data | no data | 100 % ✅ | 66.67 % ❌ | `··█▁` | -33.33 pts (worse) | > 70 % |')
    expect(text).toContain('| Gap closure time (median) | no data | no data | no data | 13.5 days ✅ |')
    const charts = mermaidCharts(text)
    expect(charts).toHaveLength(6)
    for (const chart of charts) expect(chartProblems(chart)).toEqual([])
    const coverage = charts[0]
    expect(coverage.categories).toEqual(['2026Q3', '2026Q4 (to date)'])
    expect(coverage.series).toEqual([
      { kind: 'bar', values: [100, 66.67] },
      { kind: 'line', values: [70, 70] }
    ])
    expect(charts[5].series).toEqual([{ kind: 'bar', values: [3, 2] }])
  })

  it('works on an empty history', () => {
    const empty = computeTrends({ schema_version: 1, updated_at: null, runs: [], tests: {} }, [], { now: NOW })
    expect(empty.metrics.every((m) => m.points.every((p) => p.value === null))).toBe(true)
    const text = renderTrendsSection(empty)
    expect(mermaidCharts(text)).toEqual([])
    expect(text).toContain('no data')
  })
})

describe('chart helpers', () => {
  it('emits charts the structural check accepts, and the check rejects broken ones', () => {
    const chart = xyChart({ title: 'A "quoted"\ntitle < 14', categories: ['2026Q1', 'x y'], yTitle: 'days', yMin: 0, yMax: 20, series: { kind: 'line', values: [1.234, -0] }, reference: [14, 14] })
    const body = chart.split('\n').slice(1, -1).join('\n')
    expect(parseXyChart(body)).toEqual({ palette: ['#2f81f7', '#e5534b'], title: 'A quoted title under 14', categories: ['2026Q1', 'x y'], yRange: [0, 20], series: [{ kind: 'line', values: [1.23, 0] }, { kind: 'line', values: [14, 14] }] })
    expect(() => parseXyChart('xychart-beta\n  x-axis [a, b]\n  bar [1]')).toThrow(/1 values for 2 categories/)
    expect(() => parseXyChart('xychart\n  x-axis [a]\n  bar [1]')).toThrow(/first line/)
    expect(() => parseXyChart('xychart-beta\n  x-axis [a]\n  y-axis 0 --> 10\n  bar [11]')).toThrow(/outside/)
    expect(() => parseXyChart('xychart-beta\n  title "a" b"\n  x-axis [a]\n  bar [1]')).toThrow(/not xychart-beta/)
    // a long category axis becomes a numbered range: no more than 12 labels
    const long = parseXyChart(xyChart({ title: 't', categories: Array.from({ length: 13 }, (_, i) => `w${i}`), yTitle: 'y', yMin: 0, yMax: 20, series: { kind: 'line', values: Array(13).fill(1) } }).split('\n').slice(1, -1).join('\n'))
    expect(chartProblems(long)).toEqual([])
    expect(long.categories).toHaveLength(13)
    expect(chartProblems({ palette: null, title: 'a &lt; b', categories: Array.from({ length: 13 }, (_, i) => String(i)), yRange: null, series: [{ kind: 'line', values: [] }] })).toHaveLength(3)
    expect(() => xyChart({ title: 't', categories: ['a'], yTitle: 'y', yMin: 0, yMax: 1, series: { kind: 'bar', values: [Number.NaN] } })).toThrow(/finite/)
  })

  it('draws sparklines between the series min and max', () => {
    expect(sparkline([0, 50, 100])).toBe('▁▅█')
    expect(sparkline([null, 3, 3])).toBe('·▄▄')
    expect(sparkline([null])).toBe('·')
  })
})
