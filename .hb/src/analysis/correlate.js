import { componentModeKey, failureEvidence } from './history-view.js';
import { lowerBound, upperBound } from './search.js';
import { DAY_MS, matchKey, round2, toIso, toMillis } from './time.js';
export const RECOMMENDATION = {
    predictable: 'Investigate why failing tests were not acted upon',
    noTestCoverage: (component, failureMode) => `Add tests for ${component} ${failureMode}`,
    testsPass: (component, failureMode) => `Tests for ${component} may not cover the ${failureMode} failure mode`
};
export function classify(incident) {
    const component = incident.component?.trim() ?? '';
    if (component === '')
        return null;
    return {
        incident,
        component,
        componentKey: matchKey(component),
        detectedAt: toMillis(incident.detected_at, `detected_at of incident ${incident.id} (${incident.source})`)
    };
}
export function correlateIncident(view, ci, windowMs, flakyNow) {
    const { incident, detectedAt } = ci;
    const componentTests = view.byComponent.get(ci.componentKey) ?? [];
    const windowStart = detectedAt - windowMs;
    const modeKey = matchKey(incident.failure_mode);
    let coveringCount = 0;
    let failureModeCovered = false;
    let failureCount = 0;
    const failing = [];
    const evidence = [];
    for (const test of componentTests) {
        if (test.firstSeen > detectedAt)
            continue; // first appeared later: cannot have covered it
        coveringCount++;
        if (test.failureModeKey === modeKey)
            failureModeCovered = true;
        // every failure in [detected_at - window, detected_at), not only the latest (the seed's flaw)
        const from = lowerBound(test.failureTimes, windowStart);
        const to = lowerBound(test.failureTimes, detectedAt);
        if (to <= from)
            continue;
        failing.push(test);
        failureCount += to - from;
        const failures = [];
        for (let i = from; i < to; i++)
            failures.push(failureEvidence(view, test, i));
        evidence.push({ nodeid: test.nodeid, failures, flaky: flakyNow.has(test.nodeid) });
    }
    const gapType = coveringCount === 0 ? 'no_test_coverage' : failing.length === 0 ? 'tests_pass_but_incident_occurred' : null;
    const closure = gapType === null ? null : findGapClosure(view, ci);
    const closureDays = closure === null ? null : round2((Date.parse(closure.first_seen) - detectedAt) / DAY_MS);
    const finding = {
        incident_id: incident.id,
        component: ci.component,
        total_component_tests: componentTests.length,
        tests_failing_before_incident: failing.length,
        was_predictable: failing.length > 0,
        failing_tests: failing.map((t) => t.nodeid),
        failure_mode_covered: failureModeCovered,
        gap_type: gapType,
        gap_closed_by: closure?.nodeid ?? null,
        gap_closure_days: closureDays,
        recommendation: recommendationFor(gapType, ci.component, incident.failure_mode),
        failure_mode: incident.failure_mode,
        title: incident.title,
        url: incident.url,
        detected_at: toIso(detectedAt),
        window: { start: toIso(windowStart), end: toIso(detectedAt) },
        covering_test_count: coveringCount,
        failures_before_incident: failureCount,
        failing_test_evidence: evidence,
        gap_closure: closure
    };
    return { finding, failing };
}
function recommendationFor(gapType, component, failureMode) {
    if (gapType === 'no_test_coverage')
        return RECOMMENDATION.noTestCoverage(component, failureMode);
    if (gapType === 'tests_pass_but_incident_occurred')
        return RECOMMENDATION.testsPass(component, failureMode);
    return RECOMMENDATION.predictable;
}
/**
 * The earliest test first seen after detected_at that carries the incident's id or matches its
 * component and failure mode (ties: the smaller nodeid; the same test by both routes: 'incident').
 */
export function findGapClosure(view, ci) {
    const byTag = firstAfter(view.byIncidentTag.get(matchKey(ci.incident.id)), ci.detectedAt);
    const byMode = firstAfter(view.byComponentMode.get(componentModeKey(ci.component, ci.incident.failure_mode)), ci.detectedAt);
    let chosen;
    let matchedBy = 'incident';
    if (byTag && (!byMode || byTag.firstSeen < byMode.firstSeen || (byTag.firstSeen === byMode.firstSeen && byTag.nodeid <= byMode.nodeid))) {
        chosen = byTag;
    }
    else if (byMode) {
        chosen = byMode;
        matchedBy = 'component_failure_mode';
    }
    if (!chosen)
        return null;
    const run = firstRunAt(view, chosen.firstSeen);
    return {
        nodeid: chosen.nodeid,
        first_seen: toIso(chosen.firstSeen),
        run: run?.id ?? null,
        sha: run?.sha ?? null,
        matched_by: matchedBy
    };
}
/** First test of a (firstSeen, nodeid)-sorted group with firstSeen strictly after `time`. */
function firstAfter(group, time) {
    if (!group)
        return undefined;
    let lo = 0;
    let hi = group.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (group[mid].firstSeen <= time)
            lo = mid + 1;
        else
            hi = mid;
    }
    return group[lo];
}
/** The run (on the analysed branches) created exactly when a test was first seen: the run that introduced it. */
function firstRunAt(view, time) {
    const i = lowerBound(view.runCreated, time);
    return i < upperBound(view.runCreated, time) ? view.runList[i] : undefined;
}
