/**
 * The trends section: per metric one table row (each quarter's value and verdict, a text
 * sparkline, the change since the previous quarter, the target), then one Mermaid chart per metric
 * (bars: the value at each quarter's end; line: the target). The table carries everything the
 * charts show, for readers (and job summaries) where Mermaid does not render.
 */
import type { MetricTrend, Trends } from '../trends/index.js'
import { mermaidXyChart, niceMax, type Series } from './chart.js'
import { details, table } from './markdown.js'


// ---- Mermaid `xychart-beta` (written by chart.ts) ---------------------------------------------
// A trend chart shows one measured series (bars) and at most one reference line (the target).

export interface XyChart {
  title: string
  /** category labels of the x axis */
  categories: string[]
  yTitle: string
  yMin: number
  yMax: number
  /** the measured series, one value per category */
  series: { kind: 'bar' | 'line'; values: number[] }
  /** a reference line (the target), one value per category */
  reference?: number[]
  /** the x axis' title when more than 12 categories turn it into a numbered range */
  rangeTitle?: string
}

export { chartNumber, niceMax } from './chart.js'

export function xyChart(chart: XyChart): string {
  const series: Series[] = [{ ...chart.series, color: 'blue', name: 'measured' }]
  if (chart.reference) series.push({ kind: 'line', values: chart.reference, color: 'red', name: 'target' })
  return mermaidXyChart({ ...chart, series, rangeTitle: chart.rangeTitle ?? 'period' })
}

const BLOCKS = '▁▂▃▄▅▆▇█'

/** A one-line text sparkline (`·` for a missing value), scaled between the series' min and max. */
export function sparkline(values: (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v))
  if (known.length === 0) return values.map(() => '·').join('')
  const min = Math.min(...known)
  const max = Math.max(...known)
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return '·'
      if (max === min) return BLOCKS[3]
      return BLOCKS[Math.round(((v - min) / (max - min)) * (BLOCKS.length - 1))]
    })
    .join('')
}

// ---- the section ------------------------------------------------------------------------------

export interface TrendsSectionOptions {
  /** heading level of the section title (default 3) */
  level?: number
  /** put the charts in a collapsed block (default true: job summaries may not render Mermaid) */
  collapseCharts?: boolean
}

const mark = (verdict: boolean | null): string => (verdict === null ? '➖' : verdict ? '✅' : '❌')
const TARGET_LINE: Partial<Record<MetricTrend['metric'], number>> = {
  incident_coverage_rate: 70,
  predicted_incident_rate: 30,
  prediction_rate: 30,
  test_gap_closure_days: 14,
  dead_weight_ratio: 30
}

export function formatValue(trend: Pick<MetricTrend, 'unit'>, value: number | null): string {
  if (value === null) return 'no data'
  if (trend.unit === '%') return `${value} %`
  if (trend.unit === 'days') return `${value} days`
  return String(value)
}

export function formatChange(trend: MetricTrend): string {
  if (trend.change === null) return '➖'
  const unit = trend.unit === '%' ? ' pts' : trend.unit === 'days' ? ' days' : ''
  const sign = trend.change > 0 ? '+' : ''
  const arrow = trend.direction === 'better' ? ' (better)' : trend.direction === 'worse' ? ' (worse)' : ''
  return `${sign}${trend.change}${unit}${arrow}`
}

export function quarterHeaders(trends: Trends): string[] {
  return trends.quarters.map((q) => (q.complete ? q.quarter : `${q.quarter} (to date)`))
}

export function trendsTable(trends: Trends): string {
  const header = ['Metric', ...quarterHeaders(trends), 'Trend', 'Change', 'Target']
  const rows = trends.metrics.map((m) => [
    m.label,
    ...m.points.map((p) => (p.value === null ? 'no data' : `${formatValue(m, p.value)} ${mark(p.verdict)}`)),
    `\`${sparkline(m.points.map((p) => p.value))}\``,
    formatChange(m),
    m.target
  ])
  return table(header, rows)
}

/** One chart per metric that has at least one value; quarters without data are left out of it. */
export function trendCharts(trends: Trends): string[] {
  const labels = quarterHeaders(trends)
  const charts: string[] = []
  for (const m of trends.metrics) {
    const known = m.points.map((p, i) => ({ label: labels[i], value: p.value })).filter((p): p is { label: string; value: number } => p.value !== null)
    if (known.length === 0) continue
    const target = TARGET_LINE[m.metric]
    const values = known.map((p) => p.value)
    const yMax = m.unit === '%' ? 100 : niceMax(target === undefined ? values : [...values, target])
    const unit = m.unit === '%' ? 'percent' : m.unit
    charts.push(
      xyChart({
        title: target === undefined ? `${m.label} per quarter` : `${m.label} per quarter (bars) vs target ${m.target} (line)`,
        categories: known.map((p) => p.label),
        yTitle: unit,
        yMin: 0,
        yMax,
        series: { kind: 'bar', values },
        reference: target === undefined ? undefined : known.map(() => target)
      })
    )
  }
  return charts
}

export function renderTrendsSection(trends: Trends, options: TrendsSectionOptions = {}): string {
  const hashes = '#'.repeat(options.level ?? 3)
  const parts = [`${hashes} Trends over the last ${trends.quarters.length} quarters`, '', trendsTable(trends)]
  const charts = trendCharts(trends)
  if (charts.length > 0) {
    const body = charts.join('\n\n')
    parts.push('', options.collapseCharts === false ? body : details('Charts', body))
  }
  parts.push('', ...trends.notes.map((n) => `_${n}_`).join('\n\n').split('\n'))
  return parts.join('\n')
}
