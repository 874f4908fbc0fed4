import { DEFAULT_COMPONENT } from '../report/types.js';
import { InputError } from '../errors.js';
import { classify, correlateIncident } from './correlate.js';
import { buildHistoryView, compareStrings } from './history-view.js';
import { flakyTests, suiteHealth } from './health.js';
import { loadBearing } from './load-bearing.js';
import { DAY_MS, round2, toIso } from './time.js';
import { FINDINGS_SCHEMA_VERSION } from './types.js';
export * from './types.js';
export { TARGETS, meetsTargets } from './targets.js';
export { binomialTail } from './stats.js';
export { RECOMMENDATION } from './correlate.js';
export const DEFAULT_OPTIONS = { windowDays: 7, deadWeightDays: 180, flakyDays: 90 };
/** How many untagged tests findings.json names as examples. */
export const UNTAGGED_EXAMPLES = 10;
export function analyze(rollup, incidents, options) {
    const opts = effectiveOptions(options);
    const now = nowMillis(options.now);
    const view = buildHistoryView(rollup, opts.analysis_branches);
    const windowMs = opts.window_days * DAY_MS;
    const classified = [];
    const unclassified = [];
    for (const incident of incidents) {
        const ci = classify(incident);
        if (ci)
            classified.push(ci);
        else
            unclassified.push(unclassifiedEntry(incident));
    }
    classified.sort((x, y) => x.detectedAt - y.detectedAt || compareStrings(x.incident.id, y.incident.id));
    unclassified.sort((x, y) => compareStrings(x.detected_at, y.detected_at) || compareStrings(x.incident_id, y.incident_id));
    const flaky = flakyTests(view, now, opts.flaky_days);
    const flakyNow = new Set(flaky.map((f) => f.nodeid));
    const results = classified.map((ci) => correlateIncident(view, ci, windowMs, flakyNow));
    const findings = results.map((r) => r.finding);
    const gaps = findings.filter((f) => f.gap_type !== null).map(coverageGap);
    const load = loadBearing(classified, results, now, windowMs, flakyNow);
    const health = suiteHealth(view, now, opts.dead_weight_days, new Set(classified.map((ci) => ci.componentKey)));
    const untagged = view.tests.filter((t) => t.componentKey === DEFAULT_COMPONENT).map((t) => t.nodeid);
    const incidentCount = classified.length;
    return {
        schema_version: FINDINGS_SCHEMA_VERSION,
        generated_at: toIso(options.generatedAt ? nowMillis(options.generatedAt) : now),
        now: toIso(now),
        incident_count: incidentCount,
        gap_count: gaps.length,
        coverage_percentage: incidentCount === 0 ? 100 : round2(((incidentCount - gaps.length) / incidentCount) * 100),
        coverage_gaps: gaps,
        load_bearing_tests: load.map((l) => l.nodeid),
        dead_weight_tests: health.deadWeight.map((d) => d.nodeid),
        flaky_tests: flaky.map((f) => f.nodeid),
        incidents: findings,
        metrics: metrics(findings, health),
        options: opts,
        branches: view.branches,
        test_count: view.tests.length,
        run_count: view.runList.length,
        load_bearing: load,
        flaky,
        dead_weight: health.deadWeight,
        unclassified_incidents: unclassified,
        untagged_tests: { count: untagged.length, examples: untagged.slice(0, UNTAGGED_EXAMPLES) }
    };
}
/**
 * One incident (the `issues` event path), computed by the same code as `analyze`. Returns null for
 * an unclassified incident. Build the view once with `prepareHistory` when analysing several.
 */
export function analyzeIncident(history, incident, options) {
    const prepared = 'view' in history ? history : prepareHistory(history, options);
    const ci = classify(incident);
    if (!ci)
        return null;
    return correlateIncident(prepared.view, ci, prepared.options.window_days * DAY_MS, prepared.flakyNow).finding;
}
export function prepareHistory(rollup, options) {
    const opts = effectiveOptions(options);
    const view = buildHistoryView(rollup, opts.analysis_branches);
    const flaky = flakyTests(view, nowMillis(options.now), opts.flaky_days);
    return { view, options: opts, flakyNow: new Set(flaky.map((f) => f.nodeid)) };
}
export function effectiveOptions(options) {
    const branches = options.analysisBranches;
    return {
        window_days: positive(options.windowDays ?? DEFAULT_OPTIONS.windowDays, 'window-days'),
        dead_weight_days: positive(options.deadWeightDays ?? DEFAULT_OPTIONS.deadWeightDays, 'dead-weight-days'),
        flaky_days: positive(options.flakyDays ?? DEFAULT_OPTIONS.flakyDays, 'flaky-days'),
        analysis_branches: branches === null || branches === undefined || branches.length === 0
            ? null
            : [...new Set(branches.map((b) => b.trim()))].sort(compareStrings)
    };
}
function positive(value, input) {
    if (!Number.isFinite(value) || value <= 0) {
        throw new InputError(`The input \`${input}\` must be a positive number of days, got ${value}: set it to e.g. 7.`);
    }
    return value;
}
function nowMillis(date) {
    const ms = date.getTime();
    if (Number.isNaN(ms))
        throw new InputError('The analysis time `now` is not a valid date: pass a real date (e.g. 2026-03-01T00:00:00Z).');
    return ms;
}
function coverageGap(f) {
    return {
        incident: f.incident_id,
        component: f.component,
        failure_mode: f.failure_mode,
        gap_type: f.gap_type ?? 'no_test_coverage',
        recommendation: f.recommendation,
        detected_at: f.detected_at,
        title: f.title,
        url: f.url,
        gap_closed_by: f.gap_closed_by,
        gap_closure_days: f.gap_closure_days
    };
}
function unclassifiedEntry(incident) {
    return {
        incident_id: incident.id,
        title: incident.title,
        url: incident.url,
        detected_at: incident.detected_at,
        fix: incident.issue_number !== null
            ? 'Add a component label (e.g. `component:<name>`) or fill the "Component" field of the issue.'
            : `Give the incident a "component" in ${incident.source}.`,
        problems: incident.problems
    };
}
function metrics(findings, health) {
    const count = findings.length;
    const percent = (part, whole) => (whole === 0 ? null : round2((part / whole) * 100));
    const closures = findings.map((f) => f.gap_closure_days).filter((d) => d !== null);
    return {
        incident_coverage_rate: percent(findings.filter((f) => f.covering_test_count > 0).length, count),
        prediction_rate: percent(findings.filter((f) => f.was_predictable).length, count),
        test_gap_closure_days: closures.length === 0 ? null : round2(medianOf(closures)),
        dead_weight_ratio: percent(health.quietCount, health.activeCount),
        tests_added_last_quarter: health.addedLastQuarter,
        tests_added_previous_quarter: health.addedPreviousQuarter,
        active_test_count: health.activeCount,
        quiet_test_count: health.quietCount,
        dead_weight_count: health.deadWeight.length,
        closed_gap_count: closures.length
    };
}
function medianOf(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
