const DAY_MS = 86_400_000;
const norm = (s) => s.trim().toLowerCase();
function firstSeen(test) {
    let first = Infinity;
    for (const presence of Object.values(test.seen))
        first = Math.min(first, Date.parse(presence.first));
    return first;
}
export function seedBaseline(rollup, incidents, windowDays) {
    const out = [];
    for (const incident of incidents) {
        if (incident.component === null || incident.component.trim() === '')
            continue;
        const detected = Date.parse(incident.detected_at);
        const windowStart = detected - windowDays * DAY_MS;
        let covering = 0;
        const failing = [];
        for (const [nodeid, test] of Object.entries(rollup.tests)) {
            if (norm(test.component) !== norm(incident.component))
                continue;
            if (firstSeen(test) > detected)
                continue;
            covering++;
            for (const [at] of test.failures) {
                const t = Date.parse(at);
                if (t >= windowStart && t < detected) {
                    failing.push(nodeid);
                    break;
                }
            }
        }
        const gapType = covering === 0 ? 'no_test_coverage' : failing.length === 0 ? 'tests_pass_but_incident_occurred' : null;
        let closer = null;
        let closerSeen = Infinity;
        if (gapType !== null) {
            for (const [nodeid, test] of Object.entries(rollup.tests)) {
                const byIncident = test.incident !== null && norm(test.incident) === norm(incident.id);
                const byMode = norm(test.component) === norm(incident.component) && norm(test.failure_mode) === norm(incident.failure_mode);
                if (!byIncident && !byMode)
                    continue;
                const seen = firstSeen(test);
                if (seen <= detected)
                    continue;
                if (seen < closerSeen || (seen === closerSeen && closer !== null && nodeid < closer)) {
                    closer = nodeid;
                    closerSeen = seen;
                }
            }
        }
        out.push({
            incident_id: incident.id,
            covering_test_count: covering,
            failing_tests: failing.sort(),
            gap_type: gapType,
            gap_closed_by: closer,
            gap_closure_days: closer === null ? null : Math.round(((closerSeen - detected) / DAY_MS) * 100 + 1e-9) / 100
        });
    }
    return out;
}
