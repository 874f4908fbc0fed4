/** CONTRACT.md's targets for the metrics, and whether findings meet them (for the renderer). */
import type { Metrics } from './types.js'

export type TargetedMetric =
  | 'incident_coverage_rate'
  | 'prediction_rate'
  | 'test_gap_closure_days'
  | 'dead_weight_ratio'
  | 'suite_growth'

export interface Target {
  metric: TargetedMetric
  /** as shown beside the figure */
  label: string
  description: string
}

export const TARGETS: Record<TargetedMetric, Target> = {
  incident_coverage_rate: { metric: 'incident_coverage_rate', label: '> 70 %', description: 'incidents with at least one covering test' },
  prediction_rate: { metric: 'prediction_rate', label: '> 30 %', description: 'incidents preceded by a failure of a covering test' },
  test_gap_closure_days: { metric: 'test_gap_closure_days', label: '< 14 days', description: 'median days from incident to the test that closed its gap' },
  dead_weight_ratio: { metric: 'dead_weight_ratio', label: '< 30 %', description: 'quiet tests among active tests' },
  suite_growth: { metric: 'suite_growth', label: 'decreasing', description: 'tests added last quarter fewer than the quarter before' }
}

/** true / false when the metric can be judged, null when there is nothing to judge (e.g. no incidents). */
export type TargetVerdicts = Record<TargetedMetric, boolean | null>

export function meetsTargets(metrics: Metrics): TargetVerdicts {
  const judge = (value: number | null, ok: (v: number) => boolean): boolean | null => (value === null ? null : ok(value))
  return {
    incident_coverage_rate: judge(metrics.incident_coverage_rate, (v) => v > 70),
    prediction_rate: judge(metrics.prediction_rate, (v) => v > 30),
    test_gap_closure_days: judge(metrics.test_gap_closure_days, (v) => v < 14),
    dead_weight_ratio: judge(metrics.dead_weight_ratio, (v) => v < 30),
    // "decreasing": strictly fewer; a suite that added nothing in either quarter has nothing to judge
    suite_growth:
      metrics.tests_added_last_quarter === 0 && metrics.tests_added_previous_quarter === 0
        ? null
        : metrics.tests_added_last_quarter < metrics.tests_added_previous_quarter
  }
}
