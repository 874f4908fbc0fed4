/**
 * "Production impact" on an incident comment (figures, a Mermaid xychart-beta of the error rate and
 * the p99 latency with the same values as a text table beside it, the incident's recommended
 * actions) and "Recommended actions" across incidents for the job summary. GitHub renders
 * ```mermaid blocks in comments; `xychart-beta` (not the newer `xychart`) because GitHub's Mermaid
 * version is not published. Untrusted text never enters a chart: its labels are times and our own
 * titles. Everything else untrusted goes through markdown.ts.
 */
import type { AlertAction, IncidentImpact, NewTestAction, ProductionImpact, SloAction } from '../metrics/types.js'
import type { Detail } from './budget.js'
import { legend, mermaidXyChart, type Series } from './chart.js'
import { code, details, escapeText, link, table, testCell, testName } from './markdown.js'

const LIMIT: Record<Detail, number> = { full: 50, top: 10, counts: 0 }

export const percent = (fraction: number | null | undefined): string => (fraction === null || fraction === undefined ? 'no data' : `${trim(fraction * 100)} %`)
export const millis = (value: number | null | undefined): string => (value === null || value === undefined ? 'no data' : `${trim(value)} ms`)
const minutes = (value: number | null): string => (value === null ? 'unknown' : `${trim(value)} min`)

/** At most 3 significant digits, never exponent notation for the sizes we show. */
function trim(value: number): string {
  if (value === 0) return '0'
  const abs = Math.abs(value)
  const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(abs)))
  return value.toFixed(decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')
}

function clock(iso: string | null, withDay: boolean): string {
  if (!iso) return ''
  return withDay ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16)
}

/** What an incident chart draws besides the measured series (each optional). */
export interface ChartReferences {
  /** the pre-incident baseline's median, drawn as a flat line */
  baseline?: number | null
  /** the SLO, drawn as a flat line */
  slo?: number | null
  /** when the incident was detected: a bar in the interval that holds it */
  detectedAt?: string | null
}

/**
 * One incident chart: the measured line over time (intervals without a sample left out), the
 * baseline and the SLO as flat reference lines, the detection as a bar reaching the top, with a
 * legend line under it; null with fewer than two samples.
 */
export function xyChart(title: string, axis: string, points: Array<[string, number | null]>, withDay: boolean, refs: ChartReferences = {}): string | null {
  const kept = points.filter((p): p is [string, number] => p[1] !== null && Number.isFinite(p[1]))
  if (kept.length < 2) return null
  const flat = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : v)
  const baseline = flat(refs.baseline)
  const slo = flat(refs.slo)
  const max = Math.max(...kept.map((p) => p[1]), baseline ?? 0, slo ?? 0)
  const top = max > 0 ? Number((max * 1.1).toPrecision(2)) : 1
  const series: Series[] = []
  const detected = refs.detectedAt ? detectionIndex(kept.map((p) => p[0]), refs.detectedAt) : -1
  if (detected >= 0) series.push({ kind: 'bar', values: kept.map((_, i) => (i === detected ? top : 0)), color: 'amber', name: 'detected' })
  series.push({ kind: 'line', values: kept.map((p) => Number(p[1].toPrecision(4))), color: 'blue', name: 'measured' })
  if (baseline !== null) series.push({ kind: 'line', values: kept.map(() => baseline), color: 'grey', name: 'baseline median before the incident' })
  if (slo !== null) series.push({ kind: 'line', values: kept.map(() => slo), color: 'red', name: 'SLO' })
  const chart = mermaidXyChart({
    title,
    categories: kept.map((p) => clock(p[0], withDay)),
    rangeTitle: `UTC ${clock(kept[0][0], withDay)} to ${clock(kept[kept.length - 1][0], withDay)}, ${kept.length} samples`,
    yTitle: axis,
    yMin: 0,
    yMax: top,
    series
  })
  return `${chart}

${legend(series)}`
}

/** The sample interval holding `at`: the last sample at or before it, if `at` is inside the series. */
function detectionIndex(times: string[], at: string): number {
  const t = Date.parse(at)
  if (times.length === 0 || t < Date.parse(times[0])) return -1
  const step = times.length > 1 ? Date.parse(times[1]) - Date.parse(times[0]) : 0
  if (t > Date.parse(times[times.length - 1]) + step) return -1
  let index = 0
  times.forEach((time, i) => {
    if (Date.parse(time) <= t) index = i
  })
  return index
}

/** The section for one incident's comment; a few kB at most (24 points per chart, capped lists). */
export function renderIncidentImpact(impact: IncidentImpact, slo: { slo_latency_p99_ms: number | null; slo_error_rate: number | null } | null = null): string {
  const parts = ['### Production impact']
  const b = impact.baseline
  const withDay = impact.started_at !== null && impact.resolved_at !== null && impact.started_at.slice(0, 10) !== impact.resolved_at.slice(0, 10)
  const at = (iso: string | null): string => (iso ? ` at ${clock(iso, withDay)}` : '')
  const base = (median: number | undefined, p95: number | undefined, show: (v: number | null) => string): string =>
    median === undefined || p95 === undefined ? 'no data' : `${show(median)} / ${show(p95 ?? null)}`
  const days = b ? Math.round((Date.parse(b.end) - Date.parse(b.start)) / 86400000) : null
  parts.push(
    table(
      ['', 'during the incident', `baseline${days ? ` (${days} days before): median / p95` : ''}`],
      [
        ['peak error rate', `${percent(impact.peak_error_rate)}${at(impact.peak_error_rate_at)}`, b ? base(b.error_rate?.median, b.error_rate?.p95, percent) : 'no data'],
        ['peak p99 latency', `${millis(impact.peak_latency_p99_ms)}${at(impact.peak_latency_p99_at)}`, b ? base(b.latency_p99_ms?.median, b.latency_p99_ms?.p95, millis) : 'no data'],
        ['duration', minutes(impact.duration_minutes), ''],
        ['time to detect', minutes(impact.time_to_detect_minutes), '']
      ]
    ) + (impact.started_at ? `\n\nWindow ${impact.started_at} to ${impact.resolved_at ?? '(open)'} (UTC), detected ${impact.detected_at}.` : '')
  )
  const s = impact.series
  if (s) {
    const charts = [
      xyChart('Error rate (%)', 'error rate (%)', s.error_rate.map(([t, v]) => [t, v === null ? null : v * 100]), withDay, {
        baseline: b?.error_rate ? b.error_rate.median * 100 : null,
        slo: slo?.slo_error_rate === null || slo?.slo_error_rate === undefined ? null : slo.slo_error_rate * 100,
        detectedAt: impact.detected_at
      }),
      xyChart('p99 latency (ms)', 'p99 (ms)', s.latency_p99_ms, withDay, { baseline: b?.latency_p99_ms?.median ?? null, slo: slo?.slo_latency_p99_ms ?? null, detectedAt: impact.detected_at })
    ].filter((c): c is string => c !== null)
    parts.push(...charts)
    const rows = s.error_rate.map(([t, e], i) => [clock(t, withDay), percent(e), millis(s.latency_p99_ms[i]?.[1] ?? null)])
    parts.push(details('The charts as a table (UTC; the highest sample in each interval)', table(['from', 'error rate', 'p99 latency'], rows)))
  }
  if (impact.problems.length > 0) parts.push(impact.problems.slice(0, 8).map((p) => `- _${escapeText(p, 400)}_`).join('\n'))
  const actions = [
    ...impact.actions.new_tests.map(newTestLine),
    ...impact.actions.alert_adjustments.map(alertLine),
    ...impact.actions.slo_refinements.map(sloLine)
  ]
  if (actions.length > 0) parts.push(`#### Recommended actions\n\n${actions.map((a) => `- ${a}`).join('\n')}`)
  return parts.join('\n\n') + '\n'
}

function newTestLine(a: NewTestAction): string {
  const why = a.gap_type === 'no_test_coverage' ? 'no test of the component existed' : 'the component\'s tests all passed'
  const closest = a.closest_tests.length > 0 ? `; closest existing: ${a.closest_tests.map((t) => code(t.nodeid)).join(', ')}` : '; no existing test of the component resembles it'
  return `**New test**: reproduce ${code(a.failure_mode, 80)} in ${code(a.component, 80)} (${why})${closest}; mark it ${code(`@pytest.mark.incident(${JSON.stringify(a.incident)})`, 120)}.`
}

function alertLine(a: AlertAction): string {
  return `**Alert**: ${escapeText(a.recommendation, 600)}`
}

function sloLine(a: SloAction): string {
  return `**SLO** (${a.slo === 'latency_p99_ms' ? 'p99 latency' : 'error rate'}): ${escapeText(a.recommendation, 600)}`
}

/**
 * The job summary's "Recommended actions" across incidents; lists shrink with `detail`. `openGaps`:
 * the incidents whose gap is still open (a closed gap never asks for a new test); every list is
 * collapsed, the open gaps themselves lead the summary.
 */
export function renderActionsSection(pi: ProductionImpact, detail: Detail = 'full', openGaps: Set<string> | null = null): string {
  const a = pi.actions
  const limit = LIMIT[detail]
  const more = (total: number): string => (total > limit ? `\n\n…and ${total - limit} more in findings.json (\`production_impact\`).` : '')
  const parts = ['## Recommended actions']
  for (const notice of pi.notices.slice(0, 10)) parts.push(`> [!WARNING]\n> ${escapeText(notice, 600)}`)

  const newTests = openGaps ? a.new_tests.filter((t) => openGaps.has(t.incident)) : a.new_tests
  if (newTests.length === 0) parts.push('**New tests needed (0)**: no open coverage gap.')
  else if (limit > 0) {
    const rows = newTests.slice(0, limit).map((t) => [
      link(t.incident, t.url),
      `${escapeText(t.component, 40)}<br><sub>${escapeText(t.failure_mode, 40)}</sub>`,
      t.closest_tests.length > 0 ? t.closest_tests.slice(0, 3).map((c) => testName(c.nodeid, 50)).join('<br>') : 'none alike'
    ])
    parts.push(details(`New tests needed (${newTests.length}), with the closest existing tests to start from`, table(['incident', 'component / failure mode', 'closest existing tests'], rows) + more(newTests.length)))
  } else parts.push(`**New tests needed (${newTests.length})**`)

  if (a.tests_to_retire.length === 0) parts.push('**Tests to retire (0)**: no dead-weight test.')
  else {
    const intro = 'Quiet for the dead-weight period in components that never had an incident. Review each one: retire, merge or keep it; nothing is removed automatically.'
    const rows = a.tests_to_retire.slice(0, limit).map((t) => [testCell(t.nodeid), escapeText(t.component, 40), t.last_failure ? t.last_failure.slice(0, 10) : 'never', String(t.runs)])
    parts.push(
      limit > 0
        ? details(`Tests to retire (${a.tests_to_retire.length}, review only)`, `${intro}\n\n${table(['test', 'component', 'last failure', 'runs'], rows)}${more(a.tests_to_retire.length)}`)
        : `**Tests to retire (${a.tests_to_retire.length}, review only)**: ${intro}`
    )
  }

  if (pi.source !== null) {
    if (a.alert_adjustments.length === 0) parts.push(`**Alert adjustments (0)**: every incident with metrics was detected within ${pi.settings.alert_within_minutes} minutes of its start, or had no start time.`)
    else if (limit > 0) {
      const rows = a.alert_adjustments.slice(0, limit).map((x) => [
        escapeText(x.incident, 40),
        minutes(x.time_to_detect_minutes),
        x.threshold === null ? 'none separates it' : `≥ ${percent(x.threshold)}${x.fires_after_minutes === null ? '' : `<br><sub>fires after +${trim(x.fires_after_minutes)} min</sub>`}`,
        x.baseline_false_alarms === null ? 'no data' : String(x.baseline_false_alarms)
      ])
      parts.push(details(`Alert adjustments (${a.alert_adjustments.length})`, table(['incident', 'time to detect', 'error-rate threshold', 'false alarms in the baseline'], rows) + more(a.alert_adjustments.length)))
    } else parts.push(`**Alert adjustments (${a.alert_adjustments.length})**`)
    if (pi.settings.slo_latency_p99_ms === null && pi.settings.slo_error_rate === null) parts.push('**SLO refinements**: no SLO is configured (`slo-latency-p99-ms`, `slo-error-rate`).')
    else if (a.slo_refinements.length === 0) parts.push('**SLO refinements (0)**: every baseline sits well within the SLOs, and no incident stayed within them while clearly deviating.')
    else if (limit > 0) parts.push(details(`SLO refinements (${a.slo_refinements.length})`, a.slo_refinements.slice(0, limit).map((x) => `- ${escapeText(x.incident, 40)}: ${sloLine(x)}`).join('\n') + more(a.slo_refinements.length)))
    else parts.push(`**SLO refinements (${a.slo_refinements.length})**`)
  }
  return parts.join('\n\n') + '\n'
}
