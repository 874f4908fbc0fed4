/** The health metrics as rows for the summary, beside CONTRACT.md's targets (analysis/targets.ts judges them). */
import { meetsTargets, TARGETS } from '../analysis/targets.js';
const mark = (verdict) => (verdict === null ? '➖' : verdict ? '✅' : '❌');
const percent = (value) => (value === null ? 'no data' : `${value} %`);
export function metricRows(m) {
    const verdicts = meetsTargets(m);
    return [
        { label: 'Incident coverage rate', value: percent(m.incident_coverage_rate), target: TARGETS.incident_coverage_rate.label, status: mark(verdicts.incident_coverage_rate) },
        { label: 'Prediction rate', value: percent(m.prediction_rate), target: TARGETS.prediction_rate.label, status: mark(verdicts.prediction_rate) },
        {
            label: 'Test gap closure time (median)',
            value: m.test_gap_closure_days === null ? 'no closed gap' : `${m.test_gap_closure_days} days`,
            target: TARGETS.test_gap_closure_days.label,
            status: mark(verdicts.test_gap_closure_days)
        },
        { label: 'Dead-weight ratio', value: percent(m.dead_weight_ratio), target: TARGETS.dead_weight_ratio.label, status: mark(verdicts.dead_weight_ratio) },
        {
            label: 'Suite growth (tests added: last vs previous quarter)',
            value: `${m.tests_added_last_quarter} vs ${m.tests_added_previous_quarter}`,
            target: TARGETS.suite_growth.label,
            status: mark(verdicts.suite_growth)
        }
    ];
}
