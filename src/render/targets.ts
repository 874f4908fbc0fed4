/**
 * The health metrics as rows for the summary, beside CONTRACT.md's targets (analysis/targets.ts
 * judges them). Each label says what its figure counts; a figure the history is too short to judge
 * says "no data", and a met target with work still open gets no ✅.
 */
import { meetsTargets, TARGETS } from '../analysis/targets.js'
import type { Metrics } from '../analysis/types.js'

export interface MetricRow {
  label: string
  value: string
  target: string
  /** ✅ met, ❌ missed, ➖ nothing to judge, ⚠️ met but work is still open */
  status: string
}

/** What the findings alone do not say. */
export interface HealthContext {
  /** days from the history's first run to the analysis' `now`; unknown when absent */
  historyDays?: number | null
  /** open gaps older than the closure target: the median over closed gaps does not see them */
  openGapsOverTarget?: number
  /** the dead-weight period: no test can be quiet before the history is this long */
  deadWeightDays?: number
}

/** the analysis' suite-growth window (CONTRACT.md) */
const GROWTH_WINDOW_DAYS = 90

const mark = (verdict: boolean | null): string => (verdict === null ? '➖' : verdict ? '✅' : '❌')
const percent = (value: number | null): string => (value === null ? 'no data' : `${value} %`)

export function metricRows(m: Metrics, context: HealthContext = {}): MetricRow[] {
  const verdicts = meetsTargets(m)
  const days = context.historyDays ?? null
  const tooShort = (needed: number): boolean => days !== null && days < needed
  const openOver = context.openGapsOverTarget ?? 0
  const closure: MetricRow = {
    label: 'Gap closure time (median over closed gaps)',
    value: m.test_gap_closure_days === null ? `no closed gap` : `${m.test_gap_closure_days} days (${m.closed_gap_count} closed)`,
    target: TARGETS.test_gap_closure_days.label,
    status: mark(verdicts.test_gap_closure_days)
  }
  if (openOver > 0 && verdicts.test_gap_closure_days !== false) closure.status = `⚠️ ${openOver} open gap(s) older than 14 days`
  const deadWeightShort = tooShort(context.deadWeightDays ?? 180)
  const growthShort = tooShort(2 * GROWTH_WINDOW_DAYS)
  return [
    { label: 'Incident coverage rate (incidents with a covering test)', value: percent(m.incident_coverage_rate), target: TARGETS.incident_coverage_rate.label, status: mark(verdicts.incident_coverage_rate) },
    { label: 'Prediction rate (incidents with any covering test failing before them)', value: percent(m.prediction_rate), target: TARGETS.prediction_rate.label, status: mark(verdicts.prediction_rate) },
    closure,
    {
      label: 'Dead-weight ratio (quiet / active tests)',
      value: deadWeightShort ? 'no data (history too short)' : m.dead_weight_ratio === null ? 'no data' : `${m.dead_weight_ratio} % (${m.quiet_test_count} of ${m.active_test_count})`,
      target: TARGETS.dead_weight_ratio.label,
      status: deadWeightShort ? '➖' : mark(verdicts.dead_weight_ratio)
    },
    {
      label: `Suite growth (tests added: last ${GROWTH_WINDOW_DAYS} days vs the ${GROWTH_WINDOW_DAYS} before)`,
      value: growthShort ? 'no data (history too short)' : `${m.tests_added_last_quarter} vs ${m.tests_added_previous_quarter}`,
      target: TARGETS.suite_growth.label,
      status: growthShort ? '➖' : mark(verdicts.suite_growth)
    }
  ]
}
