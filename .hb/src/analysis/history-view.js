import { canonicalTime, isCanonicalTime, matchKey } from './time.js';
export const componentModeKey = (component, failureMode) => `${matchKey(component)}\u0000${matchKey(failureMode)}`;
export function buildHistoryView(rollup, branches) {
    const allowed = branches === null ? null : new Set(branches);
    const onBranch = (branch) => allowed === null || allowed.has(branch);
    const runs = new Map();
    const runList = [];
    const seenBranches = new Set();
    for (const entry of rollup.runs) {
        const ref = {
            id: entry.id,
            created: canonicalTime(entry.created, `the created time of run ${entry.id}`),
            sha: entry.sha,
            branch: entry.branch ?? ''
        };
        runs.set(ref.id, ref);
        if (!onBranch(ref.branch))
            continue;
        runList.push(ref);
        seenBranches.add(ref.branch);
    }
    if (!isAscendingBy(runList, (r) => r.created))
        runList.sort((a, b) => compareStrings(a.created, b.created) || compareStrings(a.id, b.id));
    // A failure whose run the index does not know cannot be placed on a branch: it counts only when every branch does.
    const filter = allowed === null
        ? null
        : {
            onBranch,
            countsRun: (runId) => {
                const ref = runs.get(runId);
                return ref !== undefined && onBranch(ref.branch);
            }
        };
    const tests = [];
    for (const nodeid of Object.keys(rollup.tests).sort(compareStrings)) {
        const view = testView(nodeid, rollup.tests[nodeid], filter);
        if (view)
            tests.push(view);
    }
    return {
        runs,
        runList,
        branches: [...seenBranches].sort(compareStrings),
        tests,
        byComponent: groupBy(tests, (t) => t.componentKey, compareNodeid),
        byComponentMode: groupBy(tests, (t) => `${t.componentKey}\u0000${t.failureModeKey}`, compareFirstSeen),
        byIncidentTag: groupBy(tests, (t) => t.incidentKey, compareFirstSeen)
    };
}
function testView(nodeid, test, filter) {
    let firstSeen = null;
    let lastSeen = null;
    let runCount = 0;
    for (const branch in test.seen) {
        if (filter && !filter.onBranch(branch))
            continue;
        const presence = test.seen[branch];
        const first = canonicalTime(presence.first, `first_seen of ${nodeid}`);
        const last = canonicalTime(presence.last, `last_seen of ${nodeid}`);
        if (firstSeen === null || first < firstSeen)
            firstSeen = first;
        if (lastSeen === null || last > lastSeen)
            lastSeen = last;
        runCount += presence.runs;
    }
    if (firstSeen === null || lastSeen === null)
        return null; // never seen on the analysed branches: out of the analysis
    let failures = filter ? test.failures.filter((f) => filter.countsRun(f[1])) : test.failures;
    // the common case (canonical times, oldest first) uses the rollup's array as it is
    if (!failures.every((f, i) => isCanonicalTime(f[0]) && (i === 0 || failures[i - 1][0] <= f[0]))) {
        failures = failures
            .map((f) => [canonicalTime(f[0], `a failure time of ${nodeid}`), f[1], f[2]])
            .sort((a, b) => compareStrings(a[0], b[0]));
    }
    let flaky = NO_FLAKY;
    let flakyShas = NO_SHAS;
    if (test.flaky.length > 0) {
        flaky = test.flaky
            .filter((f) => !filter || filter.countsRun(f[1]))
            .map(([at, run, sha]) => ({ at: canonicalTime(at, `a flaky time of ${nodeid}`), run, sha }))
            .sort((a, b) => compareStrings(a.at, b.at));
        flakyShas = new Set(flaky.map((f) => f.sha));
    }
    return {
        nodeid,
        component: test.component,
        componentKey: matchKey(test.component),
        failureModeKey: matchKey(test.failure_mode),
        incidentKey: test.incident === null || test.incident.trim() === '' ? null : matchKey(test.incident),
        firstSeen,
        lastSeen,
        runs: runCount,
        failures,
        flaky,
        flakyShas
    };
}
const NO_FLAKY = [];
const NO_SHAS = new Set();
/** The evidence a reader needs to check failure `index` of a test. */
export function failureEvidence(view, test, index) {
    const [at, runId, outcome] = test.failures[index];
    const run = view.runs.get(runId);
    const sha = run?.sha ?? null;
    return {
        at,
        run: runId,
        sha,
        branch: run === undefined ? null : run.branch,
        outcome,
        flaky_sha: sha !== null && test.flakyShas.has(sha)
    };
}
/** Index of the first failure at or after `time` (canonical ISO); length when none. */
export function firstFailureFrom(failures, time) {
    let lo = 0;
    let hi = failures.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (failures[mid][0] < time)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Index of the first failure strictly after `time` (canonical ISO); length when none. */
export function firstFailureAfter(failures, time) {
    let lo = 0;
    let hi = failures.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (failures[mid][0] <= time)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function groupBy(tests, key, order) {
    const groups = new Map();
    for (const test of tests) {
        const k = key(test);
        if (k === null)
            continue;
        const group = groups.get(k);
        if (group)
            group.push(test);
        else
            groups.set(k, [test]);
    }
    for (const group of groups.values())
        group.sort(order);
    return groups;
}
export const compareStrings = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const compareNodeid = (a, b) => compareStrings(a.nodeid, b.nodeid);
const compareFirstSeen = (a, b) => compareStrings(a.firstSeen, b.firstSeen) || compareNodeid(a, b);
function isAscendingBy(items, key) {
    for (let i = 1; i < items.length; i++)
        if (key(items[i]) < key(items[i - 1]))
            return false;
    return true;
}
