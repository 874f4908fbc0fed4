export const id = 922;
export const ids = [922];
export const modules = {

/***/ 2918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ buildHistoryView),
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   SU: () => (/* binding */ failureEvidence),
/* harmony export */   TT: () => (/* binding */ firstFailureAfter),
/* harmony export */   vN: () => (/* binding */ firstFailureFrom)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1789);

function buildHistoryView(rollup, branches) {
    const allowed = branches === null ? null : new Set(branches);
    const onBranch = (branch) => allowed === null || allowed.has(branch);
    const runs = new Map();
    const runList = [];
    const seenBranches = new Set();
    for (const entry of rollup.runs) {
        const ref = {
            id: entry.id,
            created: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalTime */ .Wc)(entry.created, 'the created time', `run ${entry.id}`),
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
    // plain lists while reading the rollup; the sorted indexes are built per queried key
    const byComponent = new Map();
    const byTag = new Map();
    // tests with failures recorded under another component than their current one (moved tests)
    const movedInto = new Map();
    const keys = new KeyCache();
    const source = rollup.tests;
    // in the rollup's order: the groups below are sorted, and so are the lists the findings show
    for (const nodeid of Object.keys(source)) {
        const view = testView(nodeid, source[nodeid], filter, keys, runs);
        if (!view)
            continue;
        view.index = tests.length;
        tests.push(view);
        pushTo(byComponent, view.componentKey, view);
        if (view.incidentKey !== null)
            pushTo(byTag, view.incidentKey, view);
        if (view.failureComponents !== null) {
            for (const key of new Set(view.failureComponents))
                if (key !== view.componentKey)
                    pushTo(movedInto, key, view);
        }
    }
    const components = new Map();
    const sortedTags = new Set();
    return {
        runs,
        runList,
        runTimes: runList.map((r) => r.created),
        branches: [...seenBranches].sort(compareStrings),
        tests,
        component: (key) => {
            let index = components.get(key);
            if (index === undefined) {
                const group = byComponent.get(key);
                const moved = movedInto.get(key) ?? [];
                if (group === undefined && moved.length === 0)
                    return null;
                index = componentIndex(key, group ?? [], moved);
                components.set(key, index);
            }
            return index;
        },
        byIncidentTag: (key) => {
            const group = byTag.get(key);
            if (group !== undefined && !sortedTags.has(key)) {
                group.sort(compareFirstSeen);
                sortedTags.add(key);
            }
            return group;
        }
    };
}
function componentIndex(key, group, moved) {
    const firstSeen = group.map((t) => t.firstSeen).sort(compareStrings);
    // merge the tests' ascending failure lists (only the failures recorded for this component):
    // sort positions by time (a stable sort keeps equal times in a fixed order)
    const times = [];
    const owners = [];
    for (const test of [...group, ...moved]) {
        const tagged = test.failureComponents;
        test.failures.forEach((failure, i) => {
            if ((tagged === null ? test.componentKey : tagged[i]) !== key)
                return;
            times.push(failure[0]);
            owners.push(test);
        });
    }
    const order = Array.from({ length: times.length }, (_, i) => i).sort((a, b) => compareStrings(times[a], times[b]));
    const byMode = new Map();
    for (const test of group)
        pushTo(byMode, test.failureModeKey, test);
    for (const list of byMode.values())
        list.sort(compareFirstSeen);
    return {
        testCount: group.length,
        tests: group,
        firstSeen,
        failureTimes: order.map((i) => times[i]),
        failureOwners: order.map((i) => owners[i]),
        byMode
    };
}
function pushTo(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
/** matchKey of the few distinct component / mode names, computed once each rather than per test. */
class KeyCache {
    keys = new Map();
    of(name) {
        let key = this.keys.get(name);
        if (key === undefined) {
            key = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .matchKey */ .LJ)(name);
            this.keys.set(name, key);
        }
        return key;
    }
}
function testView(nodeid, test, filter, keys, runs) {
    let firstSeen = null;
    let lastSeen = null;
    let runCount = 0;
    for (const branch in test.seen) {
        if (filter && !filter.onBranch(branch))
            continue;
        const presence = test.seen[branch];
        const first = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalTime */ .Wc)(presence.first, 'first_seen', nodeid);
        const last = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalTime */ .Wc)(presence.last, 'last_seen', nodeid);
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
    if (!canonicalAndAscending(failures)) {
        failures = failures
            .map((f) => {
            const at = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalTime */ .Wc)(f[0], 'a failure time', nodeid);
            return f.length === 5 ? [at, f[1], f[2], f[3], f[4]] : [at, f[1], f[2]];
        })
            .sort((a, b) => compareStrings(a[0], b[0]));
    }
    const componentKey = keys.of(test.component);
    // a failure counts for the component the test carried in that run (FailureEntry element 3) when recorded
    let failureComponents = null;
    if (failures.some((f) => f.length === 5 && keys.of(f[3]) !== componentKey)) {
        failureComponents = failures.map((f) => (f.length === 5 ? keys.of(f[3]) : componentKey));
    }
    const ranSpan = span(test.ran ?? test.seen, filter);
    let flaky = NO_FLAKY;
    let flakyShas = NO_SHAS;
    if (test.flaky.length > 0) {
        // a pair counts only when both of its runs are on the analysed branches
        flaky = test.flaky
            .filter((f) => !filter || (filter.countsRun(f[1]) && (f[3] === null || filter.countsRun(f[3]))))
            .map(([at, run, sha, other]) => {
            const time = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalTime */ .Wc)(at, 'a flaky time', nodeid);
            // a pair relies on its earlier run too: the flaky window must hold both
            return { at: time, from: (other === null || other === undefined ? undefined : runs.get(other)?.created) ?? time, run, sha };
        })
            .sort((a, b) => compareStrings(a.at, b.at));
        flakyShas = new Set(flaky.map((f) => f.sha));
    }
    const branches = new Set(Object.keys(test.seen).filter((b) => !filter || filter.onBranch(b)));
    return {
        index: -1,
        nodeid,
        component: test.component,
        componentKey,
        failureModeKey: keys.of(test.failure_mode),
        incidentKey: test.incident === null || test.incident.trim() === '' ? null : (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .matchKey */ .LJ)(test.incident),
        firstSeen,
        lastSeen,
        runs: runCount,
        failures,
        flaky,
        flakyShas,
        branches,
        ranFirst: ranSpan?.first ?? null,
        ranLast: ranSpan?.last ?? null,
        failureComponents
    };
}
function span(presence, filter) {
    let first = null;
    let last = null;
    for (const branch in presence) {
        if (filter && !filter.onBranch(branch))
            continue;
        const f = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalTime */ .Wc)(presence[branch].first, 'first ran', branch);
        const l = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalTime */ .Wc)(presence[branch].last, 'last ran', branch);
        if (first === null || f < first)
            first = f;
        if (last === null || l > last)
            last = l;
    }
    return first === null || last === null ? null : { first, last };
}
function canonicalAndAscending(failures) {
    for (let i = 0; i < failures.length; i++) {
        const at = failures[i][0];
        if (!(0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isCanonicalTime */ .GI)(at) || (i > 0 && at < failures[i - 1][0]))
            return false;
    }
    return true;
}
const NO_FLAKY = [];
const NO_SHAS = new Set();
/** The evidence a reader needs to check failure `index` of a test. */
function failureEvidence(view, test, index) {
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
function firstFailureFrom(failures, time) {
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
function firstFailureAfter(failures, time) {
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
const compareStrings = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const compareNodeid = (a, b) => compareStrings(a.nodeid, b.nodeid);
const compareFirstSeen = (a, b) => compareStrings(a.firstSeen, b.firstSeen) || compareNodeid(a, b);
function isAscendingBy(items, key) {
    for (let i = 1; i < items.length; i++)
        if (key(items[i]) < key(items[i - 1]))
            return false;
    return true;
}


/***/ }),

/***/ 2982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ns: () => (/* binding */ analyze),
  Qx: () => (/* binding */ effectiveOptions)
});

// UNUSED EXPORTS: DEFAULT_OPTIONS, FINDINGS_SCHEMA_VERSION, RECOMMENDATION, TARGETS, UNTAGGED_EXAMPLES, analyzeIncident, applyRenames, binomialTail, meetsTargets, prepareHistory, readRenamesFile

// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(2563);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/analysis/history-view.ts
var history_view = __webpack_require__(2918);
// EXTERNAL MODULE: ./src/analysis/time.ts
var time = __webpack_require__(1789);
// EXTERNAL MODULE: ./src/analysis/search.ts
var search = __webpack_require__(2696);
;// CONCATENATED MODULE: ./src/analysis/correlate.ts



const RECOMMENDATION = {
    predictable: 'Investigate why failing tests were not acted upon',
    noTestCoverage: (component, failureMode) => `Add tests for ${component} ${failureMode}`,
    testsPass: (component, failureMode) => `Tests for ${component} may not cover the ${failureMode} failure mode`
};
function classify(incident) {
    const component = incident.component?.trim() ?? '';
    if (component === '')
        return null;
    const detectedAt = (0,time/* toMillis */.kE)(incident.detected_at, `detected_at of incident ${incident.id} (${incident.source})`);
    return { incident, component, componentKey: (0,time/* matchKey */.LJ)(component), detectedAt, detectedIso: (0,time/* toIso */.tK)(detectedAt) };
}
function correlateIncident(view, ci, windowMs, 
/** flaky by either rule (same sha or flip rate): what `flaky` of the evidence says */
flakyAny) {
    const { incident, detectedAt, detectedIso } = ci;
    const index = view.component(ci.componentKey);
    const windowStart = (0,time/* toIso */.tK)(detectedAt - windowMs);
    // covering: first_seen <= detected_at (first_seen sorted, so a binary search counts them)
    const currentCovering = index === null ? 0 : (0,search/* upperBound */.r)(index.firstSeen, detectedIso);
    // groups are sorted by first_seen: the mode is covered when the earliest test with it covers
    const sameMode = index?.byMode.get((0,time/* matchKey */.LJ)(incident.failure_mode));
    const failureModeCovered = sameMode !== undefined && sameMode[0].firstSeen <= detectedIso;
    let failureCount = 0;
    const failing = index === null ? [] : testsFailingIn(index, windowStart, detectedIso);
    const evidence = [];
    for (const test of failing) {
        // every failure in [detected_at - window, detected_at), not only the latest (the original sketch's flaw)
        const from = (0,history_view/* firstFailureFrom */.vN)(test.failures, windowStart);
        const to = (0,history_view/* firstFailureFrom */.vN)(test.failures, detectedIso);
        failureCount += to - from;
        const failures = [];
        for (let i = from; i < to; i++)
            failures.push((0,history_view/* failureEvidence */.SU)(view, test, i));
        const stillFailing = lastRunBeforeFailed(view, test, test.failures[to - 1][1], detectedIso);
        // the verdict is the load-bearing one, filled in once every incident is correlated
        evidence.push({ nodeid: test.nodeid, failures, flaky: flakyAny.has(test.nodeid), still_failing_at_detection: stillFailing, verdict: 'possible' });
    }
    // a test moved since counted for this component when it failed here (time-correct tags): it covered the incident
    const coveringCount = currentCovering + failing.filter((t) => t.componentKey !== ci.componentKey).length;
    const onlySkipped = index !== null && currentCovering > 0 && failing.length === 0 && noneRanIn(index.tests, windowStart, detectedIso);
    const gapType = coveringCount === 0 ? 'no_test_coverage' : failing.length === 0 ? 'tests_pass_but_incident_occurred' : null;
    const closure = gapType === null ? null : findGapClosure(view, ci);
    const closureDays = closure === null ? null : (0,time/* round2 */.X4)((Date.parse(closure.first_seen) - detectedAt) / time/* DAY_MS */.sO);
    const finding = {
        incident_id: incident.id,
        component: ci.component,
        total_component_tests: index?.testCount ?? 0,
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
        detected_at: detectedIso,
        window: { start: windowStart, end: detectedIso },
        covering_test_count: coveringCount,
        failures_before_incident: failureCount,
        failing_test_evidence: evidence,
        gap_closure: closure,
        predicted_by: [],
        only_skipped_tests: onlySkipped
    };
    return { finding, failing };
}
/**
 * Was the test's last run before detection a failing one? The last failure in the window is in
 * run `failedRun`; it was still failing unless a later run before detection, on a branch the test
 * was seen on and inside its seen span, holds it without failing (a run of those is taken to
 * contain it: the rollup keeps presence per branch, not per run).
 */
function lastRunBeforeFailed(view, test, failedRun, detectedIso) {
    const failedAt = view.runs.get(failedRun)?.created;
    if (failedAt === undefined)
        return false;
    const runs = view.runList;
    for (let i = (0,search/* upperBound */.r)(view.runTimes, failedAt); i < runs.length && runs[i].created < detectedIso; i++) {
        const run = runs[i];
        if (run.created > test.lastSeen || !test.branches.has(run.branch))
            continue;
        if (!failedInRun(test, run.id, run.created))
            return false;
    }
    return true;
}
/** did the test fail in this run? (its failures at the run's time, by binary search) */
function failedInRun(test, runId, created) {
    for (let i = (0,history_view/* firstFailureFrom */.vN)(test.failures, created); i < test.failures.length && test.failures[i][0] === created; i++) {
        if (test.failures[i][1] === runId)
            return true;
    }
    return false;
}
/**
 * CONTRACT "only_skipped_tests": the component's tests were present around the incident but none
 * of them ran (only skipped or xfailed) in [start, end). `ranFirst`/`ranLast` bound the runs in
 * which a test really ran, so "ran in the window" is its ran span meeting the window.
 */
function noneRanIn(tests, start, end) {
    let present = false;
    for (const test of tests) {
        if (test.firstSeen > end || test.lastSeen < start)
            continue;
        present = true;
        if (test.ranFirst !== null && test.ranLast !== null && test.ranFirst < end && test.ranLast >= start)
            return false;
    }
    return present;
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
function findGapClosure(view, ci) {
    const byTag = firstAfter(view.byIncidentTag((0,time/* matchKey */.LJ)(ci.incident.id)), ci.detectedIso);
    const byMode = firstAfter(view.component(ci.componentKey)?.byMode.get((0,time/* matchKey */.LJ)(ci.incident.failure_mode)), ci.detectedIso);
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
        first_seen: chosen.firstSeen,
        run: run?.id ?? null,
        sha: run?.sha ?? null,
        matched_by: matchedBy
    };
}
/**
 * The covering tests (first_seen <= end) with a failure in [start, end), by nodeid: a binary search
 * of the component's merged failures, so the cost is the failures in the window, not the component.
 */
function testsFailingIn(index, start, end) {
    const times = index.failureTimes;
    const failing = [];
    for (let i = (0,search/* lowerBound */.y)(times, start); i < times.length && times[i] < end; i++) {
        const test = index.failureOwners[i];
        // a test that first appeared later cannot have covered the incident
        if (test.firstSeen <= end)
            failing.push(test);
    }
    if (failing.length < 2)
        return failing;
    failing.sort((a, b) => (0,history_view/* compareStrings */.Kt)(a.nodeid, b.nodeid));
    return failing.filter((test, i) => i === 0 || test !== failing[i - 1]);
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
    const runs = view.runList;
    let lo = 0;
    let hi = runs.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (runs[mid].created < time)
            lo = mid + 1;
        else
            hi = mid;
    }
    return runs[lo]?.created === time ? runs[lo] : undefined;
}

;// CONCATENATED MODULE: ./src/analysis/flip-rate.ts
const FLIP_MIN_EPISODES = 3;
const FLIP_MIN_RATE = 0.05;
/** The test's flips over its runs in (since, until] (ms). */
function flipRate(test, runs, since, until) {
    const total = runs.count(test, since + 1, until + 1);
    const failed = runs.failedRunTimes(test).filter((t) => t > since && t <= until);
    const starts = runs.episodeStarts(test, failed);
    let flips = 0;
    for (let i = 0; i < starts.length; i++) {
        // into the episode (unless the window opens on it), and out again (unless it lasts to the end)
        if (runs.count(test, since + 1, starts[i]) > 0)
            flips++;
        const end = i + 1 < starts.length ? episodeEnd(failed, starts[i], starts[i + 1]) : failed[failed.length - 1];
        if (runs.count(test, end + 1, until + 1) > 0)
            flips++;
    }
    return { runs: total, episodes: starts.length, flips, rate: total > 1 ? flips / (total - 1) : 0 };
}
/** the last failed run before the next episode starts */
function episodeEnd(failed, _start, nextStart) {
    let end = failed[0];
    for (const t of failed) {
        if (t >= nextStart)
            break;
        end = t;
    }
    return end;
}
const isFlipFlaky = (flip) => flip.episodes >= FLIP_MIN_EPISODES && flip.rate >= FLIP_MIN_RATE;

;// CONCATENATED MODULE: ./src/analysis/health.ts



const ACTIVE_DAYS = 30;
const QUARTER_DAYS = 90;
/**
 * Flaky: within (now - flakyDays, now], on some sha the test both passed and failed (both runs in
 * the window): reason `same_sha`, the contract's rule. With `runs`, also a test whose outcome flips
 * between consecutive runs in that window far more often than a breakage and its fix explain:
 * reason `flip_rate` (flip-rate.ts).
 */
function flakyTests(view, now, flakyDays, runs) {
    const since = (0,time/* toIso */.tK)(now - flakyDays * time/* DAY_MS */.sO);
    const until = (0,time/* toIso */.tK)(now);
    const details = [];
    for (const test of view.tests) {
        const latestBySha = new Map();
        for (const obs of test.flaky) {
            if (obs.from <= since || obs.at > until)
                continue;
            // ascending by time, so the last write per sha is its most recent observation
            latestBySha.set(obs.sha, { sha: obs.sha, at: obs.at, run: obs.run });
        }
        const reason = latestBySha.size > 0 ? ['same_sha'] : [];
        let flip;
        // at least FLIP_MIN_EPISODES failures are needed: most tests are skipped at once
        if (runs && test.failures.length >= 3) {
            const measured = flipRate(test, runs, now - flakyDays * time/* DAY_MS */.sO, now);
            if (isFlipFlaky(measured)) {
                reason.push('flip_rate');
                flip = { runs: measured.runs, failure_episodes: measured.episodes, flips: measured.flips, rate: Math.round(measured.rate * 1e4) / 1e4 };
            }
        }
        if (reason.length === 0)
            continue;
        const shas = [...latestBySha.values()].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
        const detail = { nodeid: test.nodeid, component: test.component, shas, flaky_sha_count: shas.length, reason };
        if (flip)
            detail.flip_rate = flip;
        details.push(detail);
    }
    return details.sort((a, b) => (0,history_view/* compareStrings */.Kt)(a.nodeid, b.nodeid));
}
/**
 * active: last_seen >= now - 30 d. quiet: active, first_seen <= now - deadWeightDays, no failure in
 * (now - deadWeightDays, now]. dead weight: quiet, and no incident ever in its component.
 */
function suiteHealth(view, now, deadWeightDays, incidentComponents) {
    const until = (0,time/* toIso */.tK)(now);
    const activeSince = (0,time/* toIso */.tK)(now - ACTIVE_DAYS * time/* DAY_MS */.sO);
    const quietSince = (0,time/* toIso */.tK)(now - deadWeightDays * time/* DAY_MS */.sO);
    const quarterAgo = (0,time/* toIso */.tK)(now - QUARTER_DAYS * time/* DAY_MS */.sO);
    const twoQuartersAgo = (0,time/* toIso */.tK)(now - 2 * QUARTER_DAYS * time/* DAY_MS */.sO);
    let activeCount = 0;
    let quietCount = 0;
    let addedLastQuarter = 0;
    let addedPreviousQuarter = 0;
    const deadWeight = [];
    for (const test of view.tests) {
        if (test.firstSeen > quarterAgo && test.firstSeen <= until)
            addedLastQuarter++;
        else if (test.firstSeen > twoQuartersAgo && test.firstSeen <= quarterAgo)
            addedPreviousQuarter++;
        if (test.lastSeen < activeSince)
            continue;
        activeCount++;
        if (test.firstSeen > quietSince)
            continue;
        if (failuresIn(test, quietSince, until) > 0)
            continue;
        quietCount++;
        if (incidentComponents.has(test.componentKey))
            continue;
        deadWeight.push(deadWeightDetail(test, until));
    }
    deadWeight.sort((a, b) => (0,history_view/* compareStrings */.Kt)(a.nodeid, b.nodeid));
    return { activeCount, quietCount, deadWeight, addedLastQuarter, addedPreviousQuarter };
}
/** Failures in the half-open (from, to]. */
const failuresIn = (test, from, to) => (0,history_view/* firstFailureAfter */.TT)(test.failures, to) - (0,history_view/* firstFailureAfter */.TT)(test.failures, from);
function deadWeightDetail(test, until) {
    const lastIndex = (0,history_view/* firstFailureAfter */.TT)(test.failures, until) - 1;
    return {
        nodeid: test.nodeid,
        component: test.component,
        first_seen: test.firstSeen,
        last_seen: test.lastSeen,
        last_failure: lastIndex >= 0 ? test.failures[lastIndex][0] : null,
        runs: test.runs
    };
}

;// CONCATENATED MODULE: ./src/analysis/stats.ts

const logFactorials = [0];
function logFactorial(n) {
    for (let k = logFactorials.length; k <= n; k++)
        logFactorials[k] = logFactorials[k - 1] + Math.log(k);
    return logFactorials[n];
}
/**
 * One-sided binomial tail P(X >= a | n, p), summed exactly term by term in log space (log-sum-exp),
 * so n in the thousands neither overflows the binomial coefficients nor underflows small terms.
 */
function binomialTail(a, n, p) {
    if (!Number.isInteger(a) || !Number.isInteger(n) || n < 0)
        throw new RangeError(`binomialTail(${a}, ${n}, ${p})`);
    if (a <= 0)
        return 1;
    if (a > n)
        return 0;
    if (p <= 0)
        return 0;
    if (p >= 1)
        return 1;
    const logP = Math.log(p);
    const logQ = Math.log1p(-p);
    const logTerm = (k) => logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * logP + (n - k) * logQ;
    let max = -Infinity;
    for (let k = a; k <= n; k++)
        max = Math.max(max, logTerm(k));
    let sum = 0;
    for (let k = a; k <= n; k++)
        sum += Math.exp(logTerm(k) - max);
    return Math.min(1, Math.exp(max + Math.log(sum)));
}
/**
 * p0: each UTC calendar day from the day of `firstSeen` to the day of `now` is one trial; a day
 * counts when the window ending at its end, [day_end - window, day_end), holds a failure.
 * A failure at time f therefore counts the days whose end (a UTC midnight) lies in (f, f + window].
 */
function baseRate(failureTimes, firstSeen, now, windowMs) {
    const firstDay = Math.floor(firstSeen / time/* DAY_MS */.sO);
    const lastDay = Math.max(firstDay, Math.floor(now / time/* DAY_MS */.sO));
    const days = lastDay - firstDay + 1;
    // day d ends at midnight number d + 1; sweep the merged midnight ranges of all failures
    const minEnd = firstDay + 1;
    const maxEnd = lastDay + 1;
    let counted = 0;
    let coveredUpTo = minEnd - 1;
    for (let i = 0; i < failureTimes.length; i++) {
        const f = failureTimes[i];
        const from = Math.max(Math.floor(f / time/* DAY_MS */.sO) + 1, coveredUpTo + 1, minEnd);
        const to = Math.min(Math.floor((f + windowMs) / time/* DAY_MS */.sO), maxEnd);
        if (to >= from) {
            counted += to - from + 1;
            coveredUpTo = to;
        }
    }
    const floor = 1 / (2 * days);
    const p0 = Math.min(Math.max(counted / days, floor), 1 - floor);
    return { p0, days, daysWithFailureWindow: counted };
}
function strengthOf(a, pValue) {
    if (a >= 3 && pValue < 0.01)
        return 'strong';
    if (a >= 2 && pValue < 0.05)
        return 'moderate';
    return 'anecdotal';
}

;// CONCATENATED MODULE: ./src/analysis/confidence.ts

/** confidence at or above which a non-flaky test is `predictive` */
const PREDICTIVE_CONFIDENCE = 0.5;
/** confidence below which a test's failures are what its base rate predicts: `noise` */
const NOISE_CONFIDENCE = 0.1;
/** A component's incidents, clustered: windows [d - W, d) that overlap make one event. */
function clusterEvents(incidents, windowMs) {
    const byComponent = new Map();
    const sorted = [...incidents].sort((a, b) => a.detectedAt - b.detectedAt);
    for (const ci of sorted) {
        const events = byComponent.get(ci.componentKey) ?? [];
        byComponent.set(ci.componentKey, events);
        const last = events[events.length - 1];
        if (last && ci.detectedAt - windowMs < last.end) {
            last.end = ci.detectedAt;
            last.incidentIds.push(ci.incident.id);
        }
        else {
            events.push({ start: ci.detectedAt - windowMs, end: ci.detectedAt, incidentIds: [ci.incident.id] });
        }
    }
    return byComponent;
}
class ConfidenceModel {
    runs;
    events;
    prior;
    bases = [];
    constructor(view, runs, events, flaky) {
        this.runs = runs;
        this.events = events;
        // raw counts first, then the prior from every non-flaky test, then the pairs
        const raw = view.tests.map((test) => this.countOutside(test));
        const steady = view.tests.filter((t) => !flaky.has(t.nodeid)).map((t) => raw[t.index]);
        const { mean, shape } = gammaByMoments(steady);
        for (const test of view.tests) {
            const r = raw[test.index];
            const rate = (shape + r.episodes) / (shape / mean + r.runs);
            this.bases[test.index] = { ...r, rate, logQ: Math.log1p(-rate) };
        }
        let pairs = 0;
        let hits = 0;
        let expected = 0;
        for (const test of view.tests) {
            if (flaky.has(test.nodeid))
                continue;
            for (const event of this.eventsOf(test)) {
                const m = runs.count(test, event.start, event.end);
                if (m === 0)
                    continue;
                pairs++;
                expected += this.chanceIn(test, m);
                if (this.failedIn(test, event))
                    hits++;
            }
        }
        const share = pairs === 0 ? 0 : Math.min(0.5, Math.max(1, hits - expected) / pairs);
        this.prior = { mean, shape, precursorShare: share, pairs, windowsWithFailure: hits, expectedByChance: expected };
    }
    base(test) {
        return this.bases[test.index];
    }
    /** chance that `m` runs of the test hold at least one failure episode */
    chanceIn(test, m) {
        return m === 0 ? 0 : -Math.expm1(m * this.logQ(test));
    }
    /** log of the chance that one run of the test holds no failure episode */
    logQ(test) {
        return this.bases[test.index].logQ;
    }
    /** chance that the test fails by chance in [from, to) (its runs there) */
    chanceBetween(test, from, to) {
        return this.chanceIn(test, this.runs.count(test, from, to));
    }
    judge(test) {
        const pi = this.prior.precursorShare;
        let events = 0;
        let eventsFailed = 0;
        const chance = [];
        let allChance = 1;
        const first = this.runs.span(test).first;
        for (const event of this.eventsOf(test)) {
            if (first >= event.end)
                continue;
            events++;
            if (!this.failedIn(test, event))
                continue;
            eventsFailed++;
            const c = this.chanceBetween(test, event.start, event.end);
            chance.push(c);
            const real = pi / (pi + (1 - pi) * c);
            allChance *= 1 - real;
        }
        return { events, eventsFailed, base: this.base(test), chance, confidence: eventsFailed === 0 ? 0 : 1 - allChance };
    }
    /** events of the components the test's failures count for (its current one, and any it was moved from) */
    eventsOf(test) {
        const keys = test.failureComponents === null ? [test.componentKey] : [...new Set([test.componentKey, ...test.failureComponents])];
        if (keys.length === 1)
            return this.events.get(keys[0]) ?? [];
        return keys.flatMap((k) => this.events.get(k) ?? []).sort((a, b) => a.start - b.start);
    }
    /** did the test fail, for the event's component, inside the event's window? */
    failedIn(test, event) {
        const times = this.runs.failureTimes(test);
        let i = (0,search/* lowerBound */.y)(times, event.start);
        if (test.failureComponents === null)
            return i < times.length && times[i] < event.end;
        for (; i < times.length && times[i] < event.end; i++) {
            if (this.events.get(test.failureComponents[i])?.includes(event))
                return true;
        }
        return false;
    }
    /** runs and failure episodes of the test outside every window of its components' events */
    countOutside(test) {
        const windows = this.eventsOf(test);
        const inside = (t) => windows.some((e) => t >= e.start && t < e.end);
        let runs = this.runs.count(test, -Infinity, Infinity);
        for (const e of windows)
            runs -= this.runs.count(test, e.start, e.end);
        const failed = this.runs.failedRunTimes(test);
        const episodes = this.runs.episodeStarts(test, failed).filter((t) => !inside(t)).length;
        return { runs: Math.max(runs, 0), episodes };
    }
}
/**
 * Gamma prior (mean, shape) of the tests' episode rates by the method of moments, with the Poisson
 * noise of each test's own count taken out of the spread. With no spread beyond that noise, the
 * tests are alike: a large shape pools them.
 */
function gammaByMoments(tests) {
    let totalRuns = 0;
    let totalEpisodes = 0;
    let sumSq = 0;
    for (const t of tests) {
        totalRuns += t.runs;
        totalEpisodes += t.episodes;
        sumSq += t.runs * t.runs;
    }
    if (totalRuns === 0)
        return { mean: 1e-3, shape: 1 };
    // no failure at all outside windows: half an episode over all the runs, not zero
    const mean = Math.max(totalEpisodes, 0.5) / totalRuns;
    let weighted = 0;
    for (const t of tests)
        if (t.runs > 0)
            weighted += t.runs * (t.episodes / t.runs - mean) ** 2;
    const denominator = totalRuns - sumSq / totalRuns;
    const variance = denominator > 0 ? (weighted - (tests.filter((t) => t.runs > 0).length - 1) * mean) / denominator : 0;
    const shape = variance > 0 ? (mean * mean) / variance : 1e6;
    return { mean, shape: Math.min(Math.max(shape, 1e-3), 1e6) };
}

;// CONCATENATED MODULE: ./src/analysis/load-bearing.ts




function loadBearing(incidents, results, now, windowMs, model, 
/** flaky by either rule (same sha or flip rate): never predictive */
flakyAny) {
    const detectedByComponent = new Map();
    for (const ci of incidents) {
        const list = detectedByComponent.get(ci.componentKey);
        if (list)
            list.push(ci.detectedAt);
        else
            detectedByComponent.set(ci.componentKey, [ci.detectedAt]);
    }
    for (const list of detectedByComponent.values())
        list.sort((a, b) => a - b);
    const preceded = new Map();
    results.forEach(({ finding, failing }) => {
        // failing[i] and failing_test_evidence[i] are the same test
        failing.forEach((test, i) => {
            const entry = preceded.get(test.nodeid) ?? { test, evidence: [] };
            preceded.set(test.nodeid, entry);
            const failures = finding.failing_test_evidence[i].failures;
            entry.evidence.push({ incident: finding.incident_id, detected_at: finding.detected_at, failures });
        });
    });
    const details = [];
    for (const { test, evidence } of preceded.values()) {
        const a = evidence.length;
        // the component's incidents it could have preceded: those it existed for (first_seen <= detected_at)
        const detected = detectedByComponent.get(test.componentKey) ?? [];
        const firstSeen = Date.parse(test.firstSeen);
        const n = detected.length - (0,search/* lowerBound */.y)(detected, firstSeen);
        const rate = baseRate(test.failures.map((f) => Date.parse(f[0])), firstSeen, now, windowMs);
        const pValue = binomialTail(a, n, rate.p0);
        const judgement = model.judge(test);
        const verdict = verdictOf(judgement, flakyAny.has(test.nodeid));
        details.push({
            nodeid: test.nodeid,
            component: test.component,
            incidents: evidence.map((e) => e.incident),
            a,
            n,
            p0: rate.p0,
            days: rate.days,
            days_with_failure_window: rate.daysWithFailureWindow,
            lift: a / n / rate.p0,
            p_value: pValue,
            strength: strengthOf(a, pValue),
            flaky: flakyAny.has(test.nodeid),
            flaky_failures: evidence.reduce((sum, e) => sum + e.failures.filter((f) => f.flaky_sha).length, 0),
            evidence,
            verdict,
            verdict_reason: reasonFor(verdict, judgement, flakyAny.has(test.nodeid), model),
            confidence: Math.round(judgement.confidence * 1e4) / 1e4,
            judged: {
                events: judgement.events,
                events_failed: judgement.eventsFailed,
                runs_outside_windows: judgement.base.runs,
                failure_episodes_outside_windows: judgement.base.episodes,
                chance_per_window: judgement.chance.map((c) => Math.round(c * 1e4) / 1e4)
            }
        });
    }
    return details.sort((x, y) => (0,history_view/* compareStrings */.Kt)(x.nodeid, y.nodeid));
}
function verdictOf(j, flaky) {
    if (flaky)
        return 'noise';
    if (j.confidence >= PREDICTIVE_CONFIDENCE)
        return 'predictive';
    if (j.confidence < NOISE_CONFIDENCE)
        return 'noise';
    return 'possible';
}
const percent = (x) => (x >= 0.1 ? `${Math.round(x * 100)} %` : x >= 0.001 ? `${(x * 100).toFixed(1)} %` : 'under 0.1 %');
function reasonFor(verdict, j, flaky, model) {
    const before = `It failed before ${j.eventsFailed} of the ${j.events} incident period(s) of its component it existed for`;
    const outside = j.base.episodes === 0
        ? `never failed in its ${j.base.runs} runs outside incident windows`
        : `failed ${j.base.episodes} separate time(s) in its ${j.base.runs} runs outside incident windows`;
    const chance = j.chance.length === 0 ? 0 : Math.max(...j.chance);
    const odds = `about ${percent(model.prior.precursorShare)} of the suite's test/incident comparisons (${model.prior.pairs}) hold a real warning`;
    if (flaky) {
        const flakyWhy = 'Flaky: its outcome changes without a code change (same commit passed and failed, or it keeps flipping between runs)';
        // a flaky test whose failures still cluster before incidents may be a real precursor hidden by the flakiness
        if (j.confidence >= PREDICTIVE_CONFIDENCE) {
            return `${flakyWhy}, so its failures cannot be read as warnings. ${before}; on its base rate alone that would be a real warning (confidence ${percent(j.confidence)}): fix the flakiness and the history can tell.`;
        }
        return `${flakyWhy}, so a failure before an incident is what it does anyway. ${before}.`;
    }
    if (verdict === 'predictive') {
        return `${before}; it ${outside}, so a chance failure in such a window is unlikely (${percent(chance)}). Given that ${odds}, it is a real warning with confidence ${percent(j.confidence)}.`;
    }
    if (verdict === 'noise') {
        return `${before}; it ${outside}, so a failure in such a window happens by chance ${percent(chance)} of the time: what its base rate predicts (confidence ${percent(j.confidence)}).`;
    }
    return `${before}; it ${outside} (chance of a failure in such a window: ${percent(chance)}). Given that ${odds}, that is not enough to call it a real warning (confidence ${percent(j.confidence)}).`;
}

;// CONCATENATED MODULE: ./src/analysis/chance-rate.ts


function predictionRateByChance(view, classified, results, model, runs, windowMs) {
    if (classified.length === 0)
        return null;
    const latest = runs.latestRunTime();
    const components = new Map();
    let expected = 0;
    classified.forEach((ci, i) => {
        let c = components.get(ci.componentKey);
        if (!c)
            components.set(ci.componentKey, (c = prepare(view.component(ci.componentKey)?.tests ?? [], model, runs, latest)));
        const from = ci.detectedAt - windowMs;
        const to = ci.detectedAt;
        const everywhere = runs.countAll(from, to);
        const term = (test) => (runs.coversAll(test, from, to) ? everywhere : runs.count(test, from, to)) * model.logQ(test);
        // covering: first seen by detection; steady ones seen by the window's start ran in all of it
        const covering = (0,search/* upperBound */.r)(c.firstSeen, ci.detectedIso);
        const throughout = to <= latest ? Math.min(covering, (0,search/* upperBound */.r)(c.firstMs, from)) : 0;
        let logNone = everywhere * c.steadyLogQ[throughout];
        for (const k of c.others) {
            if (k >= throughout)
                break;
            logNone += term(c.tests[k]);
        }
        for (let k = throughout; k < covering; k++)
            logNone += term(c.tests[k]);
        // failing tests counted here from another (former) component
        for (const test of results[i].failing)
            if (test.componentKey !== ci.componentKey)
                logNone += term(test);
        expected += -Math.expm1(logNone);
    });
    return (0,time/* round2 */.X4)((expected / classified.length) * 100);
}
function prepare(group, model, runs, latest) {
    const tests = [...group].sort((a, b) => (a.firstSeen < b.firstSeen ? -1 : a.firstSeen > b.firstSeen ? 1 : 0));
    const firstMs = tests.map((t) => runs.span(t).first);
    const steadyLogQ = new Float64Array(tests.length + 1);
    const others = [];
    tests.forEach((test, k) => {
        const steady = runs.coversAll(test, firstMs[k], latest);
        steadyLogQ[k + 1] = steadyLogQ[k] + (steady ? model.logQ(test) : 0);
        if (!steady)
            others.push(k);
    });
    return { tests, firstSeen: tests.map((t) => t.firstSeen), firstMs, steadyLogQ, others };
}

;// CONCATENATED MODULE: ./src/analysis/test-runs.ts

class TestRuns {
    /** per branch: created times (ms) of its analysed runs, ascending */
    byBranch = new Map();
    all = [];
    runTime = new Map();
    parsed = [];
    constructor(view) {
        for (const run of view.runList) {
            const ms = Date.parse(run.created);
            this.runTime.set(run.id, ms);
            this.all.push(ms);
            const list = this.byBranch.get(run.branch);
            if (list)
                list.push(ms);
            else
                this.byBranch.set(run.branch, [ms]);
        }
    }
    of(test) {
        let p = this.parsed[test.index];
        if (p === undefined) {
            const everyBranch = test.branches.size === this.byBranch.size;
            p = {
                first: Date.parse(test.firstSeen),
                last: Date.parse(test.lastSeen),
                branchTimes: everyBranch ? [this.all] : [...test.branches].map((b) => this.byBranch.get(b) ?? []),
                failures: test.failures.map((f) => Date.parse(f[0]))
            };
            this.parsed[test.index] = p;
        }
        return p;
    }
    /** ms of the test's first and last appearance */
    span(test) {
        return this.of(test);
    }
    /** failure times (ms), in the order of test.failures */
    failureTimes(test) {
        return this.of(test).failures;
    }
    /** runs of the test with a time in [from, to) */
    count(test, from, to) {
        const p = this.of(test);
        const lo = Math.max(from, p.first);
        const hi = Math.min(to, p.last + 1);
        if (hi <= lo)
            return 0;
        let n = 0;
        for (const times of p.branchTimes)
            n += (0,search/* lowerBound */.y)(times, hi) - (0,search/* lowerBound */.y)(times, lo);
        return n;
    }
    /** the time (ms) of the latest analysed run (-Infinity with none) */
    latestRunTime() {
        return this.all.length === 0 ? -Infinity : this.all[this.all.length - 1];
    }
    /** analysed runs (every branch) in [from, to) */
    countAll(from, to) {
        return (0,search/* lowerBound */.y)(this.all, to) - (0,search/* lowerBound */.y)(this.all, from);
    }
    /** the test was seen on every analysed branch throughout [from, to): its runs there are all of them */
    coversAll(test, from, to) {
        const p = this.of(test);
        return p.branchTimes.length === 1 && p.branchTimes[0] === this.all && p.first <= from && p.last >= to;
    }
    /** the run's time (ms), undefined for a run outside the analysed branches */
    timeOf(runId) {
        return this.runTime.get(runId);
    }
    /** times (ms, ascending, one per run) of the analysed runs in which the test failed */
    failedRunTimes(test) {
        const times = [];
        let last = '';
        for (const failure of test.failures) {
            if (failure[1] === last)
                continue;
            last = failure[1];
            const ms = this.runTime.get(failure[1]);
            if (ms !== undefined && (times.length === 0 || ms !== times[times.length - 1]))
                times.push(ms);
        }
        return times;
    }
    /**
     * Failure episodes among `failed` (ascending run times): a failure whose previous run of the test
     * passed starts a new one, so a breakage that fails five runs in a row until it is fixed is one.
     */
    episodeStarts(test, failed) {
        const starts = [];
        for (let i = 0; i < failed.length; i++) {
            if (i === 0 || this.count(test, failed[i - 1] + 1, failed[i]) > 0)
                starts.push(failed[i]);
        }
        return starts;
    }
}

// EXTERNAL MODULE: ./src/analysis/renames.ts
var analysis_renames = __webpack_require__(6185);
;// CONCATENATED MODULE: ./src/analysis/types.ts
/**
 * What the analysis engine returns: CONTRACT.md's findings.json (schema_version 1) plus extra keys
 * that carry the evidence (runs, shas, dates) behind every finding. Keys are snake_case because the
 * object is written to findings.json as it is.
 */
const FINDINGS_SCHEMA_VERSION = 1;

// EXTERNAL MODULE: ./src/analysis/targets.ts
var targets = __webpack_require__(2704);
;// CONCATENATED MODULE: ./src/analysis/index.ts

















const DEFAULT_OPTIONS = { windowDays: 7, deadWeightDays: 180, flakyDays: 90 };
/** How many untagged tests findings.json names as examples. */
const UNTAGGED_EXAMPLES = 10;
function analyze(history, incidents, options) {
    const opts = effectiveOptions(options);
    const now = nowMillis(options.now);
    const { rollup, renames } = (0,analysis_renames/* applyRenames */.K)(history, options.testRenames, options.detectRenames ?? true);
    const view = (0,history_view/* buildHistoryView */.CE)(rollup, opts.analysis_branches);
    const windowMs = opts.window_days * time/* DAY_MS */.sO;
    const classified = [];
    const unclassified = [];
    const outsideHistory = [];
    const historyStart = view.runList.length === 0 ? null : Date.parse(view.runList[0].created);
    for (const incident of incidents) {
        const ci = classify(incident);
        if (!ci)
            unclassified.push(unclassifiedEntry(incident));
        else if (historyStart !== null && ci.detectedAt < historyStart + windowMs)
            outsideHistory.push(ci);
        else
            classified.push(ci);
    }
    classified.sort((x, y) => x.detectedAt - y.detectedAt || (0,history_view/* compareStrings */.Kt)(x.incident.id, y.incident.id));
    unclassified.sort((x, y) => (0,history_view/* compareStrings */.Kt)(x.detected_at, y.detected_at) || (0,history_view/* compareStrings */.Kt)(x.incident_id, y.incident_id));
    outsideHistory.sort((x, y) => x.detectedAt - y.detectedAt || (0,history_view/* compareStrings */.Kt)(x.incident.id, y.incident.id));
    const runs = new TestRuns(view);
    const flaky = flakyTests(view, now, opts.flaky_days, runs);
    // flaky_tests and `flaky` of the evidence keep the contract's rule; the verdicts use both rules
    const flakyNow = new Set(flaky.filter((f) => f.reason.includes('same_sha')).map((f) => f.nodeid));
    const flakyAny = new Set(flaky.map((f) => f.nodeid));
    const results = classified.map((ci) => correlateIncident(view, ci, windowMs, flakyAny));
    const findings = results.map((r) => r.finding);
    const model = new ConfidenceModel(view, runs, clusterEvents(classified, windowMs), flakyAny);
    const load = loadBearing(classified, results, now, windowMs, model, flakyAny);
    applyVerdicts(findings, load);
    const gaps = findings.filter((f) => f.gap_type !== null).map(coverageGap);
    // an incident the history cannot judge still happened in its component: its tests are not dead weight
    const incidentComponents = new Set([...classified, ...outsideHistory].map((ci) => ci.componentKey));
    const health = suiteHealth(view, now, opts.dead_weight_days, incidentComponents);
    const predictive = load.filter((l) => l.verdict === 'predictive');
    const untagged = view.tests
        .filter((t) => t.componentKey === types/* DEFAULT_COMPONENT */.gE)
        .map((t) => t.nodeid)
        .sort(history_view/* compareStrings */.Kt);
    const incidentCount = classified.length;
    return {
        schema_version: FINDINGS_SCHEMA_VERSION,
        generated_at: (0,time/* toIso */.tK)(options.generatedAt ? nowMillis(options.generatedAt) : now),
        now: (0,time/* toIso */.tK)(now),
        incident_count: incidentCount,
        gap_count: gaps.length,
        coverage_percentage: incidentCount === 0 ? 100 : (0,time/* round2 */.X4)(((incidentCount - gaps.length) / incidentCount) * 100),
        coverage_gaps: gaps,
        load_bearing_tests: load.map((l) => l.nodeid),
        dead_weight_tests: health.deadWeight.map((d) => d.nodeid),
        flaky_tests: [...flakyNow].sort(history_view/* compareStrings */.Kt),
        incidents: findings,
        metrics: metrics(findings, health, predictionRateByChance(view, classified, results, model, runs, windowMs)),
        options: opts,
        branches: view.branches,
        test_count: view.tests.length,
        run_count: view.runList.length,
        load_bearing: load,
        flaky,
        dead_weight: health.deadWeight,
        unclassified_incidents: unclassified,
        untagged_tests: { count: untagged.length, examples: untagged.slice(0, UNTAGGED_EXAMPLES) },
        predictive_tests: predictive.map((l) => l.nodeid),
        expected_false_predictive: (0,time/* round2 */.X4)(predictive.reduce((sum, l) => sum + (1 - l.confidence), 0)),
        confidence_model: {
            suite_failure_episode_rate: model.prior.mean,
            prior_shape: model.prior.shape,
            precursor_share: model.prior.precursorShare,
            pairs_compared: model.prior.pairs,
            windows_with_failure: model.prior.windowsWithFailure,
            windows_explained_by_chance: (0,time/* round2 */.X4)(model.prior.expectedByChance)
        },
        renamed_tests: renames,
        incidents_outside_history: outsideHistory.map((ci) => outsideEntry(ci, historyStart ?? ci.detectedAt, opts.window_days)),
        untrusted_incidents: options.untrustedIncidents ?? []
    };
}
/** Copies each load-bearing test's verdict onto the incidents it preceded. */
function applyVerdicts(findings, load) {
    const verdicts = new Map(load.map((l) => [l.nodeid, l.verdict]));
    for (const f of findings) {
        for (const e of f.failing_test_evidence)
            e.verdict = verdicts.get(e.nodeid) ?? 'possible';
        f.predicted_by = f.failing_test_evidence.filter((e) => e.verdict === 'predictive').map((e) => e.nodeid);
    }
}
function outsideEntry(ci, historyStart, windowDays) {
    const before = ci.detectedAt < historyStart;
    return {
        incident_id: ci.incident.id,
        title: ci.incident.title,
        url: ci.incident.url,
        detected_at: ci.detectedIso,
        reason: before
            ? `Detected before the first analysed run (${(0,time/* toIso */.tK)(historyStart)}): the history did not exist yet, so it can neither show a warning nor a gap.`
            : `Detected ${(0,time/* round2 */.X4)((ci.detectedAt - historyStart) / time/* DAY_MS */.sO)} days after the first analysed run (${(0,time/* toIso */.tK)(historyStart)}), less than window-days (${windowDays}): the history saw only part of its window.`
    };
}
/**
 * One incident (the `issues` event path), computed by `analyze` over that incident alone (its
 * verdicts then rest on that incident only). Returns null for an unclassified incident and for one
 * outside the history. `prepareHistory` checks the options once when analysing several.
 */
function analyzeIncident(history, incident, options) {
    const prepared = 'rollup' in history && 'options' in history ? history : prepareHistory(history, options);
    return analyze(prepared.rollup, [incident], options).incidents[0] ?? null;
}
function prepareHistory(rollup, options) {
    return { rollup, options: effectiveOptions(options) };
}
function effectiveOptions(options) {
    const branches = options.analysisBranches;
    return {
        window_days: positive(options.windowDays ?? DEFAULT_OPTIONS.windowDays, 'window-days'),
        dead_weight_days: positive(options.deadWeightDays ?? DEFAULT_OPTIONS.deadWeightDays, 'dead-weight-days'),
        flaky_days: positive(options.flakyDays ?? DEFAULT_OPTIONS.flakyDays, 'flaky-days'),
        analysis_branches: branches === null || branches === undefined || branches.length === 0
            ? null
            : [...new Set(branches.map((b) => b.trim()))].sort(history_view/* compareStrings */.Kt)
    };
}
function positive(value, input) {
    if (!Number.isFinite(value) || value <= 0) {
        throw new errors/* InputError */.d(`The input \`${input}\` must be a positive number of days, got ${value}: set it to e.g. 7.`);
    }
    return value;
}
function nowMillis(date) {
    const ms = date.getTime();
    if (Number.isNaN(ms))
        throw new errors/* InputError */.d('The analysis time `now` is not a valid date: pass a real date (e.g. 2026-03-01T00:00:00Z).');
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
function metrics(findings, health, byChance) {
    const count = findings.length;
    const percent = (part, whole) => (whole === 0 ? null : (0,time/* round2 */.X4)((part / whole) * 100));
    const closures = findings.map((f) => f.gap_closure_days).filter((d) => d !== null);
    return {
        incident_coverage_rate: percent(findings.filter((f) => f.covering_test_count > 0).length, count),
        prediction_rate: percent(findings.filter((f) => f.was_predictable).length, count),
        test_gap_closure_days: closures.length === 0 ? null : (0,time/* round2 */.X4)(medianOf(closures)),
        dead_weight_ratio: percent(health.quietCount, health.activeCount),
        tests_added_last_quarter: health.addedLastQuarter,
        tests_added_previous_quarter: health.addedPreviousQuarter,
        active_test_count: health.activeCount,
        quiet_test_count: health.quietCount,
        dead_weight_count: health.deadWeight.length,
        closed_gap_count: closures.length,
        predicted_incident_rate: percent(findings.filter((f) => f.predicted_by.length > 0).length, count),
        prediction_rate_by_chance: byChance
    };
}
function medianOf(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}


/***/ }),

/***/ 2696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ upperBound),
/* harmony export */   y: () => (/* binding */ lowerBound)
/* harmony export */ });
/** Binary searches over ascending arrays (epoch numbers or canonical ISO strings, which sort as times). */
/** Index of the first element >= value (length when none). */
function lowerBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Index of the first element > value (length when none): the count of elements <= value. */
function upperBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] <= value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}


/***/ }),

/***/ 2704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ TARGETS),
/* harmony export */   n: () => (/* binding */ meetsTargets)
/* harmony export */ });
const TARGETS = {
    incident_coverage_rate: { metric: 'incident_coverage_rate', label: '> 70 %', description: 'incidents with at least one covering test' },
    prediction_rate: { metric: 'prediction_rate', label: '> 30 %', description: 'incidents preceded by a failure of a covering test' },
    test_gap_closure_days: { metric: 'test_gap_closure_days', label: '< 14 days', description: 'median days from incident to the test that closed its gap' },
    dead_weight_ratio: { metric: 'dead_weight_ratio', label: '< 30 %', description: 'quiet tests among active tests' },
    suite_growth: { metric: 'suite_growth', label: 'decreasing', description: 'tests added last quarter fewer than the quarter before' }
};
function meetsTargets(metrics) {
    const judge = (value, ok) => (value === null ? null : ok(value));
    return {
        incident_coverage_rate: judge(metrics.incident_coverage_rate, (v) => v > 70),
        prediction_rate: judge(metrics.prediction_rate, (v) => v > 30),
        test_gap_closure_days: judge(metrics.test_gap_closure_days, (v) => v < 14),
        dead_weight_ratio: judge(metrics.dead_weight_ratio, (v) => v < 30),
        // "decreasing": strictly fewer; a suite that added nothing in either quarter has nothing to judge
        suite_growth: metrics.tests_added_last_quarter === 0 && metrics.tests_added_previous_quarter === 0
            ? null
            : metrics.tests_added_last_quarter < metrics.tests_added_previous_quarter
    };
}


/***/ }),

/***/ 1789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ isCanonicalTime),
/* harmony export */   LJ: () => (/* binding */ matchKey),
/* harmony export */   Wc: () => (/* binding */ canonicalTime),
/* harmony export */   X4: () => (/* binding */ round2),
/* harmony export */   kE: () => (/* binding */ toMillis),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   tK: () => (/* binding */ toIso)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const DAY_MS = 86_400_000;
/** Milliseconds of an ISO 8601 time; `what` names the field in the error a bad value raises. */
function toMillis(iso, what) {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${what} is not a valid ISO 8601 time ("${iso}"): write it like 2026-03-01T12:00:00Z.`);
    }
    return ms;
}
const toIso = (ms) => new Date(ms).toISOString();
/**
 * The form `toISOString` writes (and the history stores): `2026-03-01T12:00:00.000Z`. Two
 * canonical times compare as strings exactly as they compare as times.
 */
const isCanonicalTime = (iso) => iso.length === 24 &&
    iso.charCodeAt(4) === 45 /* - */ &&
    iso.charCodeAt(10) === 84 /* T */ &&
    iso.charCodeAt(19) === 46 /* . */ &&
    iso.charCodeAt(23) === 90; /* Z */
/**
 * `iso` in canonical form (as it is when it already is); a time that does not parse is an
 * InputError naming `<field> of <subject>` (built only then: this runs for every time of the history).
 */
const canonicalTime = (iso, field, subject) => isCanonicalTime(iso) ? iso : toIso(toMillis(iso, `${field} of ${subject}`));
/** Round half away from zero to 2 decimals, so 73.335 shows as 73.34 rather than a float artefact. */
function round2(value) {
    const sign = value < 0 ? -1 : 1;
    return (sign * Math.round(Math.abs(value) * 100 + 1e-9)) / 100;
}
/** CONTRACT: component match is case-insensitive with surrounding whitespace ignored (failure modes and incident ids too). */
const matchKey = (name) => name.trim().toLowerCase();


/***/ }),

/***/ 8345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ij: () => (/* binding */ readIncidentsFile)
/* harmony export */ });
/* unused harmony exports readIncidentsFileEntries, parseIncidentsJson, parseIncidentsEntries */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2563);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8964);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5630);
/**
 * Incidents from a JSON file (CONTRACT.md "Incidents file"), for teams whose incidents live in
 * another tracker. Every mistake is reported at once, naming the file, the entry and the field.
 */






const KNOWN_KEYS = ['id', 'component', 'failure_mode', 'detected_at', 'started_at', 'resolved_at', 'title', 'url'];
/** More errors than this are summarised: the first ones are enough to see the pattern. */
const MAX_LISTED_ERRORS = 10;
const name = (what) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: `must be a string (the ${what})` })
    .transform((s) => (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanText */ .X5)(s, _text_js__WEBPACK_IMPORTED_MODULE_4__/* .NAME_CAP */ .X7))
    .refine((s) => s !== '', `must not be empty (the ${what})`);
const zonedTime = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: `must be a string in ${_time_js__WEBPACK_IMPORTED_MODULE_5__/* .TIME_HINT */ .C}` }).transform((s, ctx) => {
    const parsed = (0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .parseZonedTime */ .r)(s);
    if (parsed.ok)
        return parsed.iso;
    ctx.addIssue({
        code: 'custom',
        message: parsed.reason === 'no-zone' ? `${JSON.stringify(s)} has no time zone; write it in ${_time_js__WEBPACK_IMPORTED_MODULE_5__/* .TIME_HINT */ .C}` : `${JSON.stringify(s)} is not a date and time in ${_time_js__WEBPACK_IMPORTED_MODULE_5__/* .TIME_HINT */ .C}`
    });
    return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
});
const optionalTime = zonedTime.nullable().optional();
const optionalText = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'must be a string' }).nullable().optional();
const FileIncident = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int()], { error: 'must be a string such as "INC-101"' })
        .transform((v) => (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanText */ .X5)(String(v), _text_js__WEBPACK_IMPORTED_MODULE_4__/* .NAME_CAP */ .X7))
        .refine((s) => s !== '', 'must not be empty'),
    component: name('component the incident happened in'),
    failure_mode: name('failure mode').optional(),
    detected_at: zonedTime,
    started_at: optionalTime,
    resolved_at: optionalTime,
    title: optionalText,
    url: optionalText
});
/**
 * The incidents of a file; entries with mistakes are left out and passed to `warn`. Throws an
 * InputError when the file cannot be read or parsed, or when it has entries and none is usable.
 */
async function readIncidentsFile(path, warn = (m) => process.stderr.write(`warning: ${m}\n`)) {
    const { incidents, skipped } = await readIncidentsFileEntries(path);
    if (skipped.length > 0)
        warn(`${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} of the incidents file ${path} left out: ${skipped.join('; ')}.`);
    return incidents;
}
async function readIncidentsFileEntries(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory' : error.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Could not read the incidents file ${path} (\`incidents-file\`): ${why}. Give the path of a JSON file, relative to the workspace.`);
    }
    return parseIncidentsEntries(text.replace(/^\uFEFF/, ''), path);
}
/** The incidents of a file's text; `path` names the file in messages and becomes each incident's source. */
function parseIncidentsJson(text, path) {
    return parseIncidentsEntries(text, path).incidents;
}
/**
 * Every usable entry of a file's text, and every other one named with what to fix. One bad entry
 * does not hide the others; only a file with entries of which none is usable is an error.
 */
function parseIncidentsEntries(text, path) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`The incidents file ${path} is not valid JSON (${error.message}). It must be a JSON array of incidents; see the README, "Incidents file".`);
    }
    if (!Array.isArray(data)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`The incidents file ${path} must be a JSON array of incidents (\`[{"id": "INC-1", "component": "checkout", "detected_at": "2026-11-20T14:05:00Z"}]\`), not ${describe(data)}.`);
    }
    const skipped = [];
    const incidents = [];
    const seen = new Map();
    data.forEach((entry, index) => {
        const where = `entry ${index}${entryId(entry)}`;
        if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
            skipped.push(`${where}: must be an object, not ${describe(entry)}`);
            return;
        }
        const errors = [];
        const rawId = entry.id;
        if (typeof rawId === 'string' || typeof rawId === 'number') {
            const key = (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanText */ .X5)(String(rawId), _text_js__WEBPACK_IMPORTED_MODULE_4__/* .NAME_CAP */ .X7).toLowerCase();
            const first = seen.get(key);
            if (first !== undefined)
                errors.push(`id ${JSON.stringify((0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanText */ .X5)(String(rawId), 60))} is already used by entry ${first}; every incident needs its own id`);
            else
                seen.set(key, index);
        }
        const result = FileIncident.safeParse(entry);
        if (!result.success) {
            for (const issue of result.error.issues) {
                const key = issue.path[0];
                const field = key !== undefined ? `field \`${issue.path.join('.')}\`` : 'entry';
                const missing = issue.path.length === 1 && !(String(key) in entry);
                errors.push(`${field} ${missing ? 'is required' : issue.message}`);
            }
        }
        if (errors.length > 0 || !result.success) {
            skipped.push(`${where}: ${errors.join(', ')}`);
            return;
        }
        const e = result.data;
        const unknown = Object.keys(entry).filter((k) => !KNOWN_KEYS.includes(k));
        incidents.push({
            id: e.id,
            title: e.title ? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanText */ .X5)(e.title, _text_js__WEBPACK_IMPORTED_MODULE_4__/* .TITLE_CAP */ .YU) || null : null,
            url: (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .safeUrl */ .Pl)(e.url),
            component: e.component,
            failure_mode: e.failure_mode ?? _report_types_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_FAILURE_MODE */ .bg,
            detected_at: e.detected_at,
            started_at: e.started_at ?? null,
            resolved_at: e.resolved_at ?? null,
            issue_number: null,
            source: path,
            problems: unknown.length > 0 ? [`incident ${e.id} in ${path}: unknown field(s) ${unknown.map((k) => `\`${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanText */ .X5)(k, 40)}\``).join(', ')} ignored (known: ${KNOWN_KEYS.join(', ')}).`] : []
        });
    });
    if (skipped.length > 0 && incidents.length === 0) {
        const listed = skipped.slice(0, MAX_LISTED_ERRORS).join('; ');
        const more = skipped.length > MAX_LISTED_ERRORS ? `; and ${skipped.length - MAX_LISTED_ERRORS} more` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`No entry of the incidents file ${path} is usable: ${listed}${more}. ` +
            'Each incident needs `id`, `component` and `detected_at`; see the README, "Incidents file".');
    }
    return { incidents, skipped };
}
function entryId(entry) {
    if (entry === null || typeof entry !== 'object')
        return '';
    const id = entry.id;
    return typeof id === 'string' || typeof id === 'number' ? ` (id ${JSON.stringify((0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanText */ .X5)(String(id), 60))})` : '';
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return `a ${typeof value}`;
}


/***/ }),

/***/ 8964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   X5: () => (/* binding */ cleanText),
/* harmony export */   X7: () => (/* binding */ NAME_CAP),
/* harmony export */   YU: () => (/* binding */ TITLE_CAP),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/* unused harmony export capChars */
/**
 * Cleaning of values read from issues and incident files. These are untrusted: anybody can open an
 * incident on a public repository. Values are made single-line, free of control characters and
 * capped; they are still untrusted afterwards and reach markdown only through src/render/markdown.ts.
 */
/** Longest component or failure-mode name kept. */
const NAME_CAP = 100;
/** Longest title kept. */
const TITLE_CAP = 300;
// C0 and C1 controls, DEL, and the bidi overrides/isolates that can disguise text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** One line, controls removed, whitespace collapsed, trimmed, capped at `max` characters. */
function cleanText(text, max) {
    const line = text.replace(/\s+/g, ' ').replace(CONTROL, '').trim();
    return capChars(line, max).trim();
}
/** Cap at `max` UTF-16 units without splitting a surrogate pair. */
function capChars(text, max) {
    if (text.length <= max)
        return text;
    let end = max;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return text.slice(0, end);
}
/** A short quotation of an untrusted value for a problem message. */
function quote(text) {
    const full = cleanText(text, Number.POSITIVE_INFINITY);
    const short = capChars(full, 60);
    return JSON.stringify(short.length < full.length ? `${short}…` : short);
}
/** A URL we are willing to link to: http(s) only. */
function safeUrl(url) {
    if (typeof url !== 'string')
        return null;
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 5630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ TIME_HINT),
/* harmony export */   r: () => (/* binding */ parseZonedTime)
/* harmony export */ });
/**
 * Incident times: ISO 8601 with a zone, normalised to UTC. A time without a zone is rejected, never
 * guessed: the runner's zone says nothing about where the incident was written down.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;
function parseZonedTime(text) {
    const m = DATE_TIME.exec(text.trim());
    if (!m)
        return { ok: false, reason: 'invalid' };
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    const parts = [Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
    const [year, month, day, hour, minute, second] = parts;
    const millis = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
    const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
    const back = new Date(utc);
    // Date.UTC rolls 2026-02-30 over to March: reject anything that does not round-trip.
    const real = back.getUTCFullYear() === year &&
        back.getUTCMonth() === month - 1 &&
        back.getUTCDate() === day &&
        back.getUTCHours() === hour &&
        back.getUTCMinutes() === minute &&
        back.getUTCSeconds() === second;
    if (!real)
        return { ok: false, reason: 'invalid' };
    if (h === undefined || zone === undefined)
        return { ok: false, reason: 'no-zone' };
    const offsetMinutes = zoneOffsetMinutes(zone);
    if (offsetMinutes === null)
        return { ok: false, reason: 'invalid' };
    return { ok: true, iso: new Date(utc - offsetMinutes * 60_000).toISOString() };
}
function zoneOffsetMinutes(zone) {
    if (/^(z|utc)$/i.test(zone))
        return 0;
    const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (!m)
        return null;
    const hours = Number(m[2]);
    const minutes = Number(m[3] ?? 0);
    if (hours > 14 || minutes > 59)
        return null;
    return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
/** How to write a time the parser accepts, for messages. */
const TIME_HINT = 'ISO 8601 with a zone, e.g. `2026-11-20T14:05:00Z` or `2026-11-20T15:05:00+01:00`';


/***/ }),

/***/ 9519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ renderWithin),
/* harmony export */   CX: () => (/* binding */ fitsComment),
/* harmony export */   Hy: () => (/* binding */ fitsSummary),
/* harmony export */   RD: () => (/* binding */ cutToChars),
/* harmony export */   zP: () => (/* binding */ cutToBytes)
/* harmony export */ });
/* unused harmony exports DETAIL_LEVELS, SUMMARY_BUDGET_BYTES, COMMENT_BUDGET_CHARS */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);
/**
 * Size budgets. GitHub drops a job summary over 1 MiB per step entirely and refuses a comment over
 * 65,536 characters, so documents are rendered at decreasing detail until one fits.
 */

const DETAIL_LEVELS = ['full', 'top', 'counts'];
/** GitHub's limit for one step's summary is 1 MiB; keep a margin for what other steps append. */
const SUMMARY_BUDGET_BYTES = 1024 * 1024 - 16 * 1024;
/** GitHub's limit for an issue comment body is 65,536 characters. */
const COMMENT_BUDGET_CHARS = 65536 - 200; // room for the hidden marker comments/body.ts adds
/**
 * Render at the most detailed level that fits `fits`; the last level is cut hard as a last resort
 * (with a note), so the result always fits.
 */
function renderWithin(render, fits, cut) {
    for (const detail of DETAIL_LEVELS) {
        const text = render(detail);
        if (fits(text))
            return { text, detail };
    }
    return { text: cut(render('counts')), detail: 'counts' };
}
const fitsSummary = (text) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .byteLength */ .dp)(text) <= SUMMARY_BUDGET_BYTES;
const fitsComment = (text) => text.length <= COMMENT_BUDGET_CHARS;
const CUT_NOTE = '\n\n_(cut to fit GitHub\'s size limit; the whole findings are in findings.json)_\n';
/** Cut to a byte budget at a line boundary, never inside a multi-byte character. */
function cutToBytes(text, budget = SUMMARY_BUDGET_BYTES) {
    const room = budget - (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .byteLength */ .dp)(CUT_NOTE);
    const buffer = Buffer.from(text, 'utf8');
    if (buffer.length <= budget)
        return text;
    let cut = buffer.subarray(0, room).toString('utf8').replace(/\uFFFD$/, '');
    const lastNewline = cut.lastIndexOf('\n');
    if (lastNewline > 0)
        cut = cut.slice(0, lastNewline);
    return cut + CUT_NOTE;
}
function cutToChars(text, budget = COMMENT_BUDGET_CHARS) {
    if (text.length <= budget)
        return text;
    let cut = text.slice(0, budget - CUT_NOTE.length);
    const lastNewline = cut.lastIndexOf('\n');
    if (lastNewline > 0)
        cut = cut.slice(0, lastNewline);
    return cut + CUT_NOTE;
}


/***/ }),

/***/ 2556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ niceMax),
/* harmony export */   Xr: () => (/* binding */ mermaidXyChart),
/* harmony export */   o1: () => (/* binding */ legend)
/* harmony export */ });
/* unused harmony exports COLORS, MAX_X_LABELS, chartLabel, chartNumber, paletteDirective */
/**
 * The one writer of Mermaid `xychart-beta` blocks. Every chart gets an explicit plot palette
 * (Mermaid's default line colour is near-white on GitHub's light theme), a title without `<` or `>`
 * (GitHub shows them as `&lt;`), and at most MAX_X_LABELS labels on its x axis: a longer category
 * axis turns into a numbered range axis, so labels never run into each other. xychart-beta draws no
 * legend, so callers name the series in a line of text beside the chart (`legend`).
 * Only our own text reaches a chart; quotes and line breaks are still stripped from labels.
 */
/** GitHub's own colours, readable on its light and dark backgrounds alike. */
const COLORS = {
    blue: '#2f81f7',
    grey: '#8c959f',
    red: '#e5534b',
    amber: '#d29922',
    green: '#3fb950'
};
/** More labels than this overlap on a 700 px wide chart. */
const MAX_X_LABELS = 12;
/** A chart label: one line, no quotes, no angle brackets. */
function chartLabel(text) {
    return text
        .replace(/<=/g, '≤')
        .replace(/>=/g, '≥')
        .replace(/</g, 'under')
        .replace(/>/g, 'over')
        .replace(/["\r\n`]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
/** A number Mermaid reads: finite, at most 2 decimals, no exponent. */
function chartNumber(value) {
    if (!Number.isFinite(value))
        throw new Error(`chart value ${value} is not finite`);
    const rounded = Math.round(value * 100) / 100;
    return String(Object.is(rounded, -0) ? 0 : rounded);
}
/** The init directive that sets the palette, one colour per series in drawing order. */
function paletteDirective(colors) {
    return `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colors.join(', ')}"}}}}%%`;
}
/** The fenced block. */
function mermaidXyChart(spec) {
    const n = spec.categories.length;
    if (n === 0)
        throw new Error('a chart needs at least one category');
    if (spec.series.length === 0)
        throw new Error('a chart needs at least one series');
    for (const s of spec.series)
        if (s.values.length !== n)
            throw new Error(`a chart series has ${s.values.length} values for ${n} categories`);
    const quoted = (text) => `"${chartLabel(text)}"`;
    const xAxis = n <= MAX_X_LABELS ? `x-axis [${spec.categories.map(quoted).join(', ')}]` : `x-axis ${quoted(spec.rangeTitle ?? 'point')} 1 --> ${n}`;
    const lines = [
        paletteDirective(spec.series.map((s) => COLORS[s.color])),
        'xychart-beta',
        `    title ${quoted(spec.title)}`,
        `    ${xAxis}`,
        `    y-axis ${quoted(spec.yTitle)} ${chartNumber(spec.yMin)} --> ${chartNumber(spec.yMax)}`,
        ...spec.series.map((s) => `    ${s.kind} [${s.values.map(chartNumber).join(', ')}]`)
    ];
    return ['```mermaid', ...lines, '```'].join('\n');
}
/** "blue line: measured · grey line: baseline" — the legend xychart-beta does not draw. */
function legend(series) {
    return `<sub>${series.map((s) => `${s.color} ${s.kind}: ${s.name}`).join(' · ')}</sub>`;
}
/** A y-axis top that leaves some room above the highest value. */
function niceMax(values, floor = 1) {
    const top = Math.max(floor, ...values.filter(Number.isFinite));
    const step = 10 ** Math.floor(Math.log10(top));
    return Math.ceil((top * 1.1) / step) * step;
}


/***/ }),

/***/ 3691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xg: () => (/* binding */ GAP_WORDS),
  lM: () => (/* binding */ gapKind),
  kz: () => (/* binding */ incidentVerdict),
  i8: () => (/* binding */ openGaps),
  aM: () => (/* binding */ renderClosedGaps),
  lb: () => (/* binding */ renderDeadWeight),
  oE: () => (/* binding */ renderFlaky),
  Bh: () => (/* binding */ renderHealth),
  Dt: () => (/* binding */ renderMethodNotes),
  Dn: () => (/* binding */ renderNotAnalysed),
  __: () => (/* binding */ renderOpenGaps),
  _0: () => (/* binding */ renderProtect),
  AK: () => (/* binding */ renderUntagged)
});

// UNUSED EXPORTS: byEvidence, formatP, strengthText, verdictText

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/analysis/targets.ts
var targets = __webpack_require__(2704);
;// CONCATENATED MODULE: ./src/render/targets.ts
/**
 * The health metrics as rows for the summary, beside CONTRACT.md's targets (analysis/targets.ts
 * judges them). Each label says what its figure counts; a figure the history is too short to judge
 * says "no data", and a met target with work still open gets no ✅.
 */

/** the analysis' suite-growth window (CONTRACT.md) */
const GROWTH_WINDOW_DAYS = 90;
const mark = (verdict) => (verdict === null ? '➖' : verdict ? '✅' : '❌');
const percent = (value) => (value === null ? 'no data' : `${value} %`);
function metricRows(m, context = {}) {
    const verdicts = (0,targets/* meetsTargets */.n)(m);
    const days = context.historyDays ?? null;
    const tooShort = (needed) => days !== null && days < needed;
    const openOver = context.openGapsOverTarget ?? 0;
    const closure = {
        label: 'Gap closure time (median over closed gaps)',
        value: m.test_gap_closure_days === null ? `no closed gap` : `${m.test_gap_closure_days} days (${m.closed_gap_count} closed)`,
        target: targets/* TARGETS */.d.test_gap_closure_days.label,
        status: mark(verdicts.test_gap_closure_days)
    };
    if (openOver > 0 && verdicts.test_gap_closure_days !== false)
        closure.status = `⚠️ ${openOver} open gap(s) older than 14 days`;
    const deadWeightShort = tooShort(context.deadWeightDays ?? 180);
    const growthShort = tooShort(2 * GROWTH_WINDOW_DAYS);
    return [
        { label: 'Incident coverage rate (incidents with a covering test)', value: percent(m.incident_coverage_rate), target: targets/* TARGETS */.d.incident_coverage_rate.label, status: mark(verdicts.incident_coverage_rate) },
        { label: 'Prediction rate (incidents with any covering test failing before them)', value: percent(m.prediction_rate), target: targets/* TARGETS */.d.prediction_rate.label, status: mark(verdicts.prediction_rate) },
        closure,
        {
            label: 'Dead-weight ratio (quiet / active tests)',
            value: deadWeightShort ? 'no data (history too short)' : m.dead_weight_ratio === null ? 'no data' : `${m.dead_weight_ratio} % (${m.quiet_test_count} of ${m.active_test_count})`,
            target: targets/* TARGETS */.d.dead_weight_ratio.label,
            status: deadWeightShort ? '➖' : mark(verdicts.dead_weight_ratio)
        },
        {
            label: `Suite growth (tests added: last ${GROWTH_WINDOW_DAYS} days vs the ${GROWTH_WINDOW_DAYS} before)`,
            value: growthShort ? 'no data (history too short)' : `${m.tests_added_last_quarter} vs ${m.tests_added_previous_quarter}`,
            target: targets/* TARGETS */.d.suite_growth.label,
            status: growthShort ? '➖' : mark(verdicts.suite_growth)
        }
    ];
}

;// CONCATENATED MODULE: ./src/render/findings-sections.ts


/** rows shown in the open, and rows collapsed after them, per detail level */
const SHOWN = { full: 20, top: 10, counts: 0 };
const FOLDED = { full: 10, top: 0, counts: 0 };
/** rows of a list that is collapsed as a whole (flaky, dead weight, noise, closed gaps) */
const COLLAPSED = { full: 20, top: 10, counts: 0 };
const DAY_MS = 86_400_000;
const GAP_WORDS = {
    no_test_coverage: 'no test covered it',
    tests_pass_but_incident_occurred: 'its tests all passed',
    only_skipped_tests: 'its tests never ran'
};
/** What kind of gap an incident is, or null when it is none (an incident whose tests never ran counts). */
function gapKind(incident) {
    if (incident.only_skipped_tests && incident.predicted_by.length === 0)
        return 'only_skipped_tests';
    return incident.gap_type;
}
/** Incidents whose gap no test has closed yet, oldest first. */
function openGaps(findings) {
    return findings.incidents
        .filter((i) => gapKind(i) !== null && !i.gap_closed_by)
        .sort((a, b) => a.detected_at.localeCompare(b.detected_at) || a.incident_id.localeCompare(b.incident_id));
}
function incidentCell(i) {
    return (0,markdown/* link */.nf)(i.incident_id, i.url) + (i.title ? `<br><sub>${(0,markdown/* escapeText */.X1)(i.title, 60)}</sub>` : '');
}
const ageDays = (from, now) => Math.max(0, Math.floor((Date.parse(now) - Date.parse(from)) / DAY_MS));
function renderOpenGaps(findings, detail) {
    const open = openGaps(findings);
    const header = `## Open coverage gaps (${open.length}), oldest first`;
    if (open.length === 0) {
        return `${header}\n\nNone: every incident had a covering test that failed before it, or a test written since closes its gap.`;
    }
    const intro = 'Incidents no test would have warned of, and no test written since covers. Write the test, and mark it `@pytest.mark.incident("<id>")` so the gap closes.';
    if (SHOWN[detail] === 0)
        return `${header}\n\n${intro}\n\n${countBy(open.map((i) => GAP_WORDS[gapKind(i)]))}`;
    const rows = open.map((i) => [
        incidentCell(i),
        `${i.detected_at.slice(0, 10)}<br><sub>${ageDays(i.detected_at, findings.now)} days ago</sub>`,
        `${GAP_WORDS[gapKind(i)]}<br><sub>${(0,markdown/* code */.aY)(i.component, 40)} / ${(0,markdown/* code */.aY)(i.failure_mode, 40)}</sub>`,
        (0,markdown/* escapeText */.X1)(i.recommendation, 120)
    ]);
    return `${header}\n\n${intro}\n\n${(0,markdown/* cappedTable */.Uz)(['incident', 'detected', 'gap', 'the test to write'], rows, SHOWN[detail], FOLDED[detail], 'more open gaps')}`;
}
function renderClosedGaps(findings, detail, repositoryUrl = null) {
    const closed = findings.incidents
        .filter((i) => i.gap_closed_by)
        .sort((a, b) => b.detected_at.localeCompare(a.detected_at) || a.incident_id.localeCompare(b.incident_id));
    if (closed.length === 0 || COLLAPSED[detail] === 0)
        return '';
    const rows = closed
        .slice(0, COLLAPSED[detail])
        .map((i) => [
        (0,markdown/* link */.nf)(i.incident_id, i.url),
        (0,markdown/* testCell */.Hn)(i.gap_closed_by) + (i.gap_closure?.sha ? `<br><sub>first in ${(0,markdown/* commitLink */.wn)(i.gap_closure.sha, repositoryUrl)}</sub>` : ''),
        i.gap_closure_days === null ? '' : `${i.gap_closure_days} days`
    ]);
    const more = closed.length > rows.length ? `\n\n…and ${closed.length - rows.length} more in findings.json.` : '';
    return (0,markdown/* details */.zH)(`Gaps already closed by a test written since (${closed.length}), newest first`, (0,markdown/* table */.tp)(['incident', 'closed by', 'after'], rows) + more);
}
const VERDICT_RANK = { predictive: 0, possible: 1, noise: 2 };
/** Strongest evidence first: verdict, then confidence, then p-value, then incidents preceded. */
function byEvidence(a, b) {
    return (VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
        b.confidence - a.confidence ||
        a.p_value - b.p_value ||
        b.a - a.a ||
        a.nodeid.localeCompare(b.nodeid));
}
function strengthText(lb) {
    return `**${lb.strength}**: ${lb.a} of ${lb.n} incidents, p=${formatP(lb.p_value)}, lift ${lb.lift.toFixed(1)}`;
}
function formatP(p) {
    if (p < 0.0001)
        return '<0.0001';
    return p.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
}
const percentOf = (x) => `${Math.round(x * 100)} %`;
function verdictText(lb) {
    return `**${lb.verdict}**<br><sub>confidence ${percentOf(lb.confidence)}</sub>`;
}
function renderProtect(findings, detail) {
    const sorted = [...findings.load_bearing].sort(byEvidence);
    const worth = sorted.filter((l) => l.verdict !== 'noise');
    const noise = sorted.filter((l) => l.verdict === 'noise');
    const predictive = worth.filter((l) => l.verdict === 'predictive').length;
    const header = `## Tests to protect (${predictive} predictive, ${worth.length - predictive} possible)`;
    if (sorted.length === 0)
        return `${header}\n\nNo test failed in the window before an incident of its component.`;
    const expected = findings.expected_false_predictive;
    const intro = 'Their failures came shortly before incidents of their component; for the predictive ones that is unlikely to be chance. Keep them required in CI, never skip them for speed, fix them first when they break. ' +
        (predictive > 0 ? `Of the ${predictive} predictive tests the method expects about ${formatCount(expected)} to be chance. ` : '') +
        'Strongest evidence first.';
    if (SHOWN[detail] === 0)
        return `${header}\n\n${intro}\n\n${countBy(sorted.map((l) => l.verdict))}`;
    const row = (l) => [
        (0,markdown/* testCell */.Hn)(l.nodeid),
        verdictText(l),
        `${l.a} of ${l.n}<br><sub>${l.incidents.slice(0, 3).map((i) => (0,markdown/* escapeText */.X1)(i, 24)).join(', ')}${l.incidents.length > 3 ? ', …' : ''}</sub>`,
        `p=${formatP(l.p_value)}, lift ${l.lift.toFixed(1)}${l.flaky ? '<br><sub>flaky</sub>' : ''}`
    ];
    const parts = [header, intro];
    if (worth.length > 0)
        parts.push((0,markdown/* cappedTable */.Uz)(['test', 'verdict', 'incidents preceded', 'evidence'], worth.map(row), SHOWN[detail], FOLDED[detail], 'more possible precursors'));
    else
        parts.push('None stands out from chance yet.');
    if (noise.length > 0 && COLLAPSED[detail] > 0) {
        const rows = noise.slice(0, COLLAPSED[detail]).map((l) => [(0,markdown/* testCell */.Hn)(l.nodeid), (0,markdown/* escapeText */.X1)(l.verdict_reason, 140)]);
        const more = noise.length > rows.length ? `\n\n…and ${noise.length - rows.length} more in findings.json.` : '';
        parts.push((0,markdown/* details */.zH)(`Failures before incidents that look like noise (${noise.length}): flaky, or as often as they fail anyway`, (0,markdown/* table */.tp)(['test', 'why it is noise'], rows) + more));
    }
    else if (noise.length > 0) {
        parts.push(`${noise.length} more look like noise (flaky, or as often as they fail anyway).`);
    }
    return parts.join('\n\n');
}
function renderHealth(findings, context = {}) {
    const m = findings.metrics;
    const open = openGaps(findings);
    const rows = metricRows(m, { deadWeightDays: findings.options.dead_weight_days, ...context, openGapsOverTarget: open.filter((i) => ageDays(i.detected_at, findings.now) >= 14).length }).map((r) => [r.label, r.value, r.target, r.status]);
    const chance = m.prediction_rate_by_chance === null ? '' : `; ${m.prediction_rate_by_chance} % would have by chance alone`;
    const headline = findings.incident_count === 0
        ? 'No incident to judge yet.'
        : m.predicted_incident_rate === null
            ? `**${m.prediction_rate ?? 0} % of incidents had a covering test fail before them** (the prediction rate${chance}).`
            : `**${m.predicted_incident_rate} % of incidents were predicted**: a predictive test failed before them. ` +
                `${m.prediction_rate ?? 0} % had any covering test fail before them (the prediction rate)${chance}.`;
    return [
        '## Health',
        headline,
        `${findings.incident_count} incident(s), ${findings.test_count} test(s), ${findings.run_count} run(s) analysed` +
            (findings.options.analysis_branches ? ` on ${findings.options.analysis_branches.map((b) => (0,markdown/* code */.aY)(b)).join(', ')}` : ' on every branch') +
            '.',
        (0,markdown/* table */.tp)(['metric', 'value', 'target', ''], rows)
    ].join('\n\n');
}
const FLAKY_WORDS = { same_sha: 'passed and failed on one commit', flip_rate: 'flips between runs' };
function renderFlaky(findings, detail, repositoryUrl = null) {
    const list = [...findings.flaky].sort((a, b) => b.flaky_sha_count - a.flaky_sha_count || (b.shas[0]?.at ?? '').localeCompare(a.shas[0]?.at ?? '') || a.nodeid.localeCompare(b.nodeid));
    const header = `## Flaky tests (${list.length})`;
    if (list.length === 0)
        return `${header}\n\nNo test passed and failed on the same commit in the last ${findings.options.flaky_days} days.`;
    const loadBearing = new Set(findings.load_bearing_tests);
    const fixFirst = list.filter((f) => loadBearing.has(f.nodeid)).length;
    const intro = `A flaky failure cannot warn of anything.${fixFirst > 0 ? ` ${fixFirst} of them preceded incidents: fix those first.` : ''}`;
    const limit = COLLAPSED[detail];
    if (limit === 0)
        return `${header}\n\n${intro}`;
    const rows = list.slice(0, limit).map((f) => [
        (0,markdown/* testCell */.Hn)(f.nodeid),
        (f.reason.length > 0 ? f.reason : ['same_sha']).map((r) => FLAKY_WORDS[r] ?? (0,markdown/* escapeText */.X1)(r, 30)).join('; '),
        String(f.flaky_sha_count),
        f.shas[0] ? `${(0,markdown/* commitLink */.wn)(f.shas[0].sha, repositoryUrl)}<br><sub>${f.shas[0].at.slice(0, 10)}</sub>` : ''
    ]);
    const more = list.length > limit ? `\n\n…and ${list.length - limit} more in findings.json.` : '';
    return `${header}\n\n${intro}\n\n${(0,markdown/* details */.zH)('the flaky tests, most commits first', (0,markdown/* table */.tp)(['test', 'why flaky', 'commits', 'latest'], rows) + more)}`;
}
function renderDeadWeight(findings, detail) {
    const list = [...findings.dead_weight].sort((a, b) => b.runs - a.runs || a.nodeid.localeCompare(b.nodeid));
    const m = findings.metrics;
    const header = `## Dead-weight candidates (${list.length})`;
    const ratio = m.dead_weight_ratio === null
        ? ''
        : ` The dead-weight ratio counts every quiet test among the active ones (${m.quiet_test_count} of ${m.active_test_count}, ${m.dead_weight_ratio} %); only those in components that never had an incident are candidates.`;
    if (list.length === 0)
        return `${header}\n\nNone: every active test failed recently or guards a component that had an incident.${ratio}`;
    const intro = `No failure in ${findings.options.dead_weight_days} days and no incident ever in their component.${ratio} Review them: retire, merge or keep; nothing is removed automatically.`;
    const limit = COLLAPSED[detail];
    if (limit === 0)
        return `${header}\n\n${intro}`;
    const rows = list.slice(0, limit).map((d) => [(0,markdown/* testCell */.Hn)(d.nodeid), (0,markdown/* escapeText */.X1)(d.component, 40), d.last_failure ? d.last_failure.slice(0, 10) : 'never', String(d.runs)]);
    const more = list.length > limit ? `\n\n…and ${list.length - limit} more in findings.json.` : '';
    return `${header}\n\n${intro}\n\n${(0,markdown/* details */.zH)('the candidates, most runs first', (0,markdown/* table */.tp)(['test', 'component', 'last failure', 'runs'], rows) + more)}`;
}
/** Incidents left out of every figure: outside the history, from untrusted authors, unclassified. */
function renderNotAnalysed(findings, detail) {
    const cap = Math.max(SHOWN[detail], 5);
    const parts = [];
    const outside = findings.incidents_outside_history ?? [];
    if (outside.length > 0) {
        const items = outside.slice(0, cap).map((o) => `- ${(0,markdown/* link */.nf)(o.incident_id, o.url)} (${o.detected_at.slice(0, 10)}): ${(0,markdown/* escapeText */.X1)(o.reason, 160)}`);
        parts.push((0,markdown/* details */.zH)(`Incidents the history cannot judge (${outside.length})`, items.join('\n') + tail(outside.length, cap)));
    }
    const untrusted = findings.untrusted_incidents ?? [];
    if (untrusted.length > 0) {
        const items = untrusted.slice(0, cap).map((u) => `- ${(0,markdown/* link */.nf)(u.incident_id, u.url)}: opened by ${u.author ? (0,markdown/* code */.aY)(u.author, 40) : 'an unknown author'}${u.author_association ? ` (${(0,markdown/* escapeText */.X1)(u.author_association, 20)})` : ''}`);
        parts.push((0,markdown/* details */.zH)(`Incidents from authors outside \`incident-authors\` (${untrusted.length}), not analysed`, items.join('\n') + tail(untrusted.length, cap)));
    }
    const unclassified = findings.unclassified_incidents;
    if (unclassified.length > 0) {
        const items = unclassified.slice(0, cap).map((u) => `- ${(0,markdown/* link */.nf)(`${u.incident_id}${u.title ? ` ${u.title}` : ''}`, u.url)}: ${(0,markdown/* escapeText */.X1)(u.fix, 200)}`);
        parts.push((0,markdown/* details */.zH)(`Incidents without a component (${unclassified.length}): no test can be matched to them`, items.join('\n') + tail(unclassified.length, cap)));
    }
    if (parts.length === 0)
        return '';
    return `## Incidents left out of the figures\n\n${parts.join('\n\n')}`;
}
function renderUntagged(findings) {
    const { count, examples } = findings.untagged_tests;
    if (count === 0)
        return '';
    return (`**${count} of ${findings.test_count} tests in the history have no component** (e.g. ${examples.slice(0, 3).map((e) => (0,markdown/* code */.aY)(e)).join(', ')}). ` +
        'Tag them (README, "Tagging tests") so incidents can be matched to them.');
}
function renderMethodNotes(findings, findingsPath) {
    const o = findings.options;
    const notes = [
        `A test "preceded" an incident when it failed in the ${o.window_days} days before the incident was detected, on a run of ${o.analysis_branches ? o.analysis_branches.map((b) => (0,markdown/* code */.aY)(b)).join(', ') : 'any branch'}.`,
        'Its verdict weighs those failures against how often it fails anyway (its base rate), counting how many tests of the component were compared: **predictive** is unlikely to be chance and not flaky, **noise** is flaky or as often as its base rate predicts, **possible** is in between. Confidence is how likely it is to be a real precursor.',
        `Quiet: no failure in ${o.dead_weight_days} days and at least that old. Flaky: passed and failed on one commit in the last ${o.flaky_days} days, or flips between runs far more than a breakage and its fix explain.`,
        findingsPath ? `Every finding with its evidence (runs, commits, dates): \`${findingsPath}\` (output \`findings-file\`).` : 'Every finding with its evidence is in findings.json (output `findings-file`).'
    ];
    return (0,markdown/* details */.zH)('How these figures are made', notes.map((n) => `- ${n}`).join('\n'));
}
/** One incident's answer in a sentence, shared by the summary and the comment: "Yes" only when a predictive test failed. */
function incidentVerdict(incident, windowDays) {
    const failing = incident.failing_test_evidence;
    if (incident.predicted_by.length > 0) {
        return `**Yes**: ${names(incident.predicted_by)} failed in the ${windowDays} days before it was detected, and ${incident.predicted_by.length === 1 ? 'its failures are' : 'their failures are'} unlikely to be chance.`;
    }
    if (failing.length > 0) {
        const real = failing.filter((e) => !e.flaky).map((e) => e.nodeid);
        const possible = failing.filter((e) => e.verdict === 'possible').length;
        const flaky = failing.length - real.length;
        const what = possible > 0
            ? 'their failures before incidents are too few to tell from chance yet'
            : flaky === failing.length
                ? 'they are flaky'
                : flaky > 0
                    ? 'they are flaky, or fail as often without an incident'
                    : 'they fail as often without an incident';
        return `**Not reliably**: ${failing.length} covering test(s) failed in the ${windowDays} days before it, but ${what}.${real.length > 0 ? ` Not flaky: ${names(real)}.` : ''}`;
    }
    const kind = gapKind(incident);
    if (kind === 'only_skipped_tests')
        return `**No**: its ${incident.covering_test_count} covering test(s) never ran in the ${windowDays} days before it (skipped or xfailed).`;
    if (kind === 'no_test_coverage')
        return `**No**: no test of \`${(0,markdown/* escapeText */.X1)(incident.component, 60)}\` existed when it was detected.`;
    return `**No**: ${incident.covering_test_count} test(s) of the component existed, and none failed in the ${windowDays} days before it was detected.`;
}
function names(nodeids, max = 4) {
    const shown = nodeids.slice(0, max).map((n) => (0,markdown/* testName */.UU)(n));
    return shown.join(', ') + (nodeids.length > max ? ` and ${nodeids.length - max} more` : '');
}
function formatCount(x) {
    return x < 10 ? String(Math.round(x * 10) / 10) : String(Math.round(x));
}
function tail(total, shown) {
    return total > shown ? `\n- …and ${total - shown} more in findings.json` : '';
}
function countBy(values) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k}: ${n}`).join(', ');
}


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ testCell),
/* harmony export */   UU: () => (/* binding */ testName),
/* harmony export */   Uz: () => (/* binding */ cappedTable),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   wn: () => (/* binding */ commitLink),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export truncate */
/**
 * Markdown for text we do not control (test names, failure messages, issue titles). GitHub renders
 * job summaries and comments as GitHub-flavoured markdown with some HTML, so untrusted text could
 * break a table, inject HTML or ping people. Everything untrusted goes through these functions.
 */
const ZERO_WIDTH_SPACE = '\u200b';
/** Cap a string to `max` characters, marking the cut. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    return `${text.slice(0, Math.max(0, max - 1))}…`;
}
/**
 * Text safe inside a paragraph or a table cell: one line, HTML and markdown punctuation escaped,
 * `@mention`s and `#123` references defused so nobody is notified and nothing is cross-linked.
 */
function escapeText(text, max = 300) {
    const oneLine = truncate(text.replace(/\r\n|\r|\n/g, ' ').replace(/\s+/g, ' ').trim(), max);
    return oneLine
        .replace(/([\\`*_[\]~|])/g, '\\$1')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@(?=[A-Za-z0-9-])/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}
/**
 * Inline code for identifiers such as nodeids: the longest backtick run inside decides the fence,
 * pipes are escaped for tables; inside code nothing else is interpreted, so mentions are inert.
 */
function code(text, max = 200) {
    const oneLine = truncate(text.replace(/\r\n|\r|\n/g, ' '), max).replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** A link whose text is untrusted and whose URL must be http(s); anything else becomes plain text. */
function link(text, url) {
    const label = escapeText(text, 120);
    if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url))
        return label;
    return `[${label}](${url})`;
}
/** A markdown table; cells must already be escaped. */
function table(header, rows) {
    if (rows.length === 0)
        return '';
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A collapsed block; the summary line is trusted text of ours. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Bytes of a string as GitHub counts them for its size limits (UTF-8). */
const byteLength = (text) => Buffer.byteLength(text, 'utf8');
/**
 * A test in a narrow table cell: its name (after the file) as code, the file under it in small
 * print, where a path can wrap at its slashes. A code span cannot wrap, so the name is capped.
 */
function testCell(nodeid, max = 56) {
    const split = nodeid.indexOf('::');
    if (split < 0)
        return code(nodeid, max);
    const file = nodeid.slice(0, split);
    return `${code(nodeid.slice(split + 2), max)}<br><sub>${escapeText(file, 120).replace(/\//g, `/${ZERO_WIDTH_SPACE}`)}</sub>`;
}
/** The test's name without its file, as code: for sentences. */
function testName(nodeid, max = 80) {
    const split = nodeid.indexOf('::');
    return code(split < 0 ? nodeid : nodeid.slice(split + 2), max);
}
/**
 * A table of `rows` that shows the first `shown` rows and collapses up to `folded` more under
 * `foldedLabel`; the remainder is counted in a line that points to findings.json.
 */
function cappedTable(header, rows, shown, folded, foldedLabel) {
    const parts = [];
    if (shown > 0)
        parts.push(table(header, rows.slice(0, shown)));
    const hidden = rows.slice(shown, shown + folded);
    if (hidden.length > 0)
        parts.push(details(`${foldedLabel} (${hidden.length})`, table(header, hidden)));
    const rest = rows.length - shown - hidden.length;
    if (rest > 0)
        parts.push(`…and ${rest} more in findings.json.`);
    return parts.join('\n\n');
}
/** A short commit id, linked to the commit when the repository's URL is known. */
function commitLink(sha, repositoryUrl) {
    const short = code(sha.slice(0, 7));
    if (!repositoryUrl || !/^[0-9a-f]{7,64}$/i.test(sha))
        return short;
    const url = `${repositoryUrl.replace(/\/+$/, '')}/commit/${sha}`;
    return /^https?:\/\/[^\s()<>]+$/.test(url) ? `[${short}](${url})` : short;
}


/***/ }),

/***/ 7082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* reexport safe */ _chart_js__WEBPACK_IMPORTED_MODULE_0__.Cd),
/* harmony export */   EZ: () => (/* binding */ renderTrendsSection),
/* harmony export */   Gp: () => (/* binding */ xyChart)
/* harmony export */ });
/* unused harmony exports sparkline, formatValue, formatChange, quarterHeaders, trendsTable, trendCharts */
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2556);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);



function xyChart(chart) {
    const series = [{ ...chart.series, color: 'blue', name: 'measured' }];
    if (chart.reference)
        series.push({ kind: 'line', values: chart.reference, color: 'red', name: 'target' });
    return (0,_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidXyChart */ .Xr)({ ...chart, series, rangeTitle: chart.rangeTitle ?? 'period' });
}
const BLOCKS = '▁▂▃▄▅▆▇█';
/** A one-line text sparkline (`·` for a missing value), scaled between the series' min and max. */
function sparkline(values) {
    const known = values.filter((v) => v !== null && Number.isFinite(v));
    if (known.length === 0)
        return values.map(() => '·').join('');
    const min = Math.min(...known);
    const max = Math.max(...known);
    return values
        .map((v) => {
        if (v === null || !Number.isFinite(v))
            return '·';
        if (max === min)
            return BLOCKS[3];
        return BLOCKS[Math.round(((v - min) / (max - min)) * (BLOCKS.length - 1))];
    })
        .join('');
}
const mark = (verdict) => (verdict === null ? '➖' : verdict ? '✅' : '❌');
const TARGET_LINE = {
    incident_coverage_rate: 70,
    predicted_incident_rate: 30,
    prediction_rate: 30,
    test_gap_closure_days: 14,
    dead_weight_ratio: 30
};
function formatValue(trend, value) {
    if (value === null)
        return 'no data';
    if (trend.unit === '%')
        return `${value} %`;
    if (trend.unit === 'days')
        return `${value} days`;
    return String(value);
}
function formatChange(trend) {
    if (trend.change === null)
        return '➖';
    const unit = trend.unit === '%' ? ' pts' : trend.unit === 'days' ? ' days' : '';
    const sign = trend.change > 0 ? '+' : '';
    const arrow = trend.direction === 'better' ? ' (better)' : trend.direction === 'worse' ? ' (worse)' : '';
    return `${sign}${trend.change}${unit}${arrow}`;
}
function quarterHeaders(trends) {
    return trends.quarters.map((q) => (q.complete ? q.quarter : `${q.quarter} (to date)`));
}
function trendsTable(trends) {
    const header = ['Metric', ...quarterHeaders(trends), 'Trend', 'Change', 'Target'];
    const rows = trends.metrics.map((m) => [
        m.label,
        ...m.points.map((p) => (p.value === null ? 'no data' : `${formatValue(m, p.value)} ${mark(p.verdict)}`)),
        `\`${sparkline(m.points.map((p) => p.value))}\``,
        formatChange(m),
        m.target
    ]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, rows);
}
/** One chart per metric that has at least one value; quarters without data are left out of it. */
function trendCharts(trends) {
    const labels = quarterHeaders(trends);
    const charts = [];
    for (const m of trends.metrics) {
        const known = m.points.map((p, i) => ({ label: labels[i], value: p.value })).filter((p) => p.value !== null);
        if (known.length === 0)
            continue;
        const target = TARGET_LINE[m.metric];
        const values = known.map((p) => p.value);
        const yMax = m.unit === '%' ? 100 : (0,_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .niceMax */ .Cd)(target === undefined ? values : [...values, target]);
        const unit = m.unit === '%' ? 'percent' : m.unit;
        charts.push(xyChart({
            title: target === undefined ? `${m.label} per quarter` : `${m.label} per quarter (bars) vs target ${m.target} (line)`,
            categories: known.map((p) => p.label),
            yTitle: unit,
            yMin: 0,
            yMax,
            series: { kind: 'bar', values },
            reference: target === undefined ? undefined : known.map(() => target)
        }));
    }
    return charts;
}
function renderTrendsSection(trends, options = {}) {
    const hashes = '#'.repeat(options.level ?? 3);
    const parts = [`${hashes} Trends over the last ${trends.quarters.length} quarters`, '', trendsTable(trends)];
    const charts = trendCharts(trends);
    if (charts.length > 0) {
        const body = charts.join('\n\n');
        parts.push('', options.collapseCharts === false ? body : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)('Charts', body));
    }
    parts.push('', ...trends.notes.map((n) => `_${n}_`).join('\n\n').split('\n'));
    return parts.join('\n');
}


/***/ }),

/***/ 3217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I6: () => (/* binding */ computeTrends),
  es: () => (/* reexport */ quarter/* parseQuarter */.es),
  Or: () => (/* reexport */ quarter/* quarterOf */.Or),
  _4: () => (/* reexport */ quarter/* quarterRange */._4),
  Rx: () => (/* reexport */ quarter/* quartersEndingWith */.Rx),
  oC: () => (/* reexport */ rollupAsOf)
});

// UNUSED EXPORTS: DEFAULT_TREND_QUARTERS, GROWTH_WINDOW_DAYS, shiftQuarter

// EXTERNAL MODULE: ./src/analysis/index.ts + 9 modules
var analysis = __webpack_require__(2982);
// EXTERNAL MODULE: ./src/analysis/history-view.ts
var history_view = __webpack_require__(2918);
// EXTERNAL MODULE: ./src/analysis/time.ts
var time = __webpack_require__(1789);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/analysis/search.ts
var search = __webpack_require__(2696);
;// CONCATENATED MODULE: ./src/trends/as-of.ts


function rollupAsOf(rollup, asOf) {
    const t = asOf.toISOString();
    const runs = rollup.runs.filter((r) => (0,time/* canonicalTime */.Wc)(r.created, 'the created time', `run ${r.id}`) <= t);
    if (runs.length === rollup.runs.length && (rollup.updated_at === null || (0,time/* canonicalTime */.Wc)(rollup.updated_at, 'updated_at', 'the rollup') <= t)) {
        return { rollup, inferredLastSeen: 0 };
    }
    // per branch, the created times of its runs up to T, ascending
    const runTimes = new Map();
    for (const r of runs) {
        const branch = r.branch ?? '';
        const list = runTimes.get(branch);
        const created = (0,time/* canonicalTime */.Wc)(r.created, 'the created time', `run ${r.id}`);
        if (list)
            list.push(created);
        else
            runTimes.set(branch, [created]);
    }
    for (const list of runTimes.values())
        list.sort();
    let inferred = 0;
    const tests = {};
    for (const [nodeid, test] of Object.entries(rollup.tests)) {
        const seen = {};
        let inferredHere = false;
        for (const [branch, presence] of Object.entries(test.seen)) {
            const first = (0,time/* canonicalTime */.Wc)(presence.first, 'first_seen', nodeid);
            if (first > t)
                continue;
            const last = (0,time/* canonicalTime */.Wc)(presence.last, 'last_seen', nodeid);
            if (last <= t) {
                seen[branch] = presence;
                continue;
            }
            const times = runTimes.get(branch) ?? [];
            const lastRun = times[(0,search/* upperBound */.r)(times, t) - 1] ?? first;
            const inferredLast = lastRun >= first ? lastRun : first;
            seen[branch] = { first, last: inferredLast, runs: Math.max(1, (0,search/* upperBound */.r)(times, inferredLast) - (0,search/* lowerBound */.y)(times, first)) };
            inferredHere = true;
        }
        if (Object.keys(seen).length === 0)
            continue;
        if (inferredHere)
            inferred++;
        tests[nodeid] = {
            ...test,
            seen,
            failures: test.failures.filter((f) => (0,time/* canonicalTime */.Wc)(f[0], 'a failure time', nodeid) <= t),
            flaky: test.flaky.filter((f) => (0,time/* canonicalTime */.Wc)(f[0], 'a flaky time', nodeid) <= t)
        };
    }
    return {
        rollup: { schema_version: rollup.schema_version, updated_at: runs.at(-1)?.created ?? null, runs, tests },
        inferredLastSeen: inferred
    };
}

// EXTERNAL MODULE: ./src/trends/quarter.ts
var quarter = __webpack_require__(3524);
;// CONCATENATED MODULE: ./src/trends/index.ts
/**
 * Each health metric per calendar quarter: its value at the end of each of the last quarters (the
 * current one "to date"), the change since the previous quarter, and whether it met its target.
 *
 * Nothing new is stored: a past quarter's values come from the same pure analysis run on the
 * rollup as it was at that quarter's end (as-of.ts says what is exact and what is inferred), with
 * the incidents detected by then. Suite growth has one definition everywhere: the analysis' own
 * tests added in the last 90 days against the 90 days before, at each quarter's end. A figure the
 * history is too short to judge is "no data", not a misleading 0 (see `tooShort`).
 */








const DEFAULT_TREND_QUARTERS = 4;
/** the analysis' suite-growth window (CONTRACT.md: `tests_added_last_quarter`) */
const GROWTH_WINDOW_DAYS = 90;
function computeTrends(rollup, incidents, options) {
    const nowMs = options.now.getTime();
    if (Number.isNaN(nowMs))
        throw new errors/* InputError */.d('The trends were asked for at an invalid time: pass a real date as `now`.');
    const count = options.quarters ?? DEFAULT_TREND_QUARTERS;
    if (!Number.isInteger(count) || count < 1 || count > 40)
        throw new errors/* InputError */.d(`The number of quarters for the trends must be a whole number from 1 to 40, got ${count}.`);
    const analysisOptions = options.analysisOptions ?? {};
    const branches = (0,analysis/* effectiveOptions */.Qx)(analysisOptions).analysis_branches;
    const firstRun = (0,history_view/* buildHistoryView */.CE)(rollup, branches).runList[0]?.created ?? null;
    const deadWeightDays = (0,analysis/* effectiveOptions */.Qx)(analysisOptions).dead_weight_days;
    const current = (0,quarter/* quarterOf */.Or)(options.now);
    const names = (0,quarter/* quartersEndingWith */.Rx)(current, count);
    const snapshots = names.map((name) => snapshot(rollup, incidents, name, nowMs, analysisOptions, firstRun));
    const metrics = [
        trend('incident_coverage_rate', 'Incident coverage rate', '%', '> 70 %', 'higher', snapshots, (s) => s.metrics.incident_coverage_rate, (v) => v > 70),
        // first the incidents a real warning preceded, then the original method's rate (any failure, chance included)
        trend('predicted_incident_rate', 'Predicted incident rate (a predictive test failed before)', '%', '> 30 %', 'higher', snapshots, (s) => s.metrics.predicted_incident_rate, (v) => v > 30),
        trend('prediction_rate', 'Prediction rate (any covering test failed before)', '%', '> 30 %', 'higher', snapshots, (s) => s.metrics.prediction_rate, (v) => v > 30),
        trend('test_gap_closure_days', 'Gap closure time (median)', 'days', '< 14 days', 'lower', snapshots, (s) => s.metrics.test_gap_closure_days, (v) => v < 14),
        // no test can be quiet before the history is dead-weight-days long: 0 % would only mean "too early"
        trend('dead_weight_ratio', 'Dead-weight ratio (quiet / active tests)', '%', '< 30 %', 'lower', snapshots, (s) => (s.history_days < deadWeightDays ? null : s.metrics.dead_weight_ratio), (v) => v < 30),
        growthTrend(snapshots)
    ];
    const notes = [
        "Each quarter's figures are the analysis run on the history as it was at the quarter's end (the current quarter: to date), with the incidents detected by then.",
        'The predicted incident rate counts an incident only when a predictive test failed before it; the prediction rate, the original method\'s, counts any failure of a covering test, chance and flakiness included. Both are held to its 30 % target.',
        `Suite growth is the tests first seen in the ${GROWTH_WINDOW_DAYS} days before each quarter's end (as in the health table); the target is met when that is fewer than in the ${GROWTH_WINDOW_DAYS} days before. Suite growth needs ${2 * GROWTH_WINDOW_DAYS} days of history and the dead-weight ratio ${deadWeightDays} (its quiet period): a quarter whose history was shorter shows no data.`
    ];
    const inferred = Math.max(0, ...snapshots.map((s) => s.inferred_last_seen));
    if (inferred > 0) {
        notes.push(`Past dead-weight ratios are approximate: the history keeps only each test's latest appearance, so for ${inferred} test(s) seen before and after a quarter's end, the end is assumed to fall inside a continuous stretch of runs.`);
    }
    if (snapshots.some((s) => !s.has_data))
        notes.push('Quarters before the first stored run show no data.');
    return { now: new Date(nowMs).toISOString(), quarters: snapshots, metrics, notes };
}
function snapshot(rollup, incidents, name, nowMs, analysisOptions, firstRun) {
    const range = (0,quarter/* quarterRange */._4)(name);
    const complete = range.end.getTime() <= nowMs;
    const at = new Date(complete ? range.end.getTime() - 1 : nowMs);
    const past = rollupAsOf(rollup, at);
    const known = incidents.filter((i) => Date.parse(i.detected_at) <= at.getTime());
    const findings = (0,analysis/* analyze */.ns)(past.rollup, known, { ...analysisOptions, now: at });
    return {
        quarter: name,
        start: range.start.toISOString(),
        end: range.end.toISOString(),
        at: at.toISOString(),
        complete,
        has_data: findings.run_count > 0,
        metrics: findings.metrics,
        incident_count: findings.incident_count,
        tests_added: findings.metrics.tests_added_last_quarter,
        history_days: firstRun === null || Date.parse(firstRun) > at.getTime() ? 0 : (at.getTime() - Date.parse(firstRun)) / time/* DAY_MS */.sO,
        inferred_last_seen: past.inferredLastSeen
    };
}
function trend(metric, label, unit, target, better, snapshots, read, meets) {
    const points = snapshots.map((s) => {
        const value = s.has_data ? read(s) : null;
        return { quarter: s.quarter, value, verdict: value === null ? null : meets(value) };
    });
    return withChange({ metric, label, unit, target, better, points, change: null, direction: null });
}
function growthTrend(snapshots) {
    const points = snapshots.map((s) => {
        // the window before must lie inside the history, or the first run's whole suite counts as "added"
        if (!s.has_data || s.history_days < 2 * GROWTH_WINDOW_DAYS)
            return { quarter: s.quarter, value: null, verdict: null };
        const last = s.metrics.tests_added_last_quarter;
        const previous = s.metrics.tests_added_previous_quarter;
        return { quarter: s.quarter, value: last, verdict: last === 0 && previous === 0 ? null : last < previous };
    });
    return withChange({ metric: 'tests_added', label: `Tests added in ${GROWTH_WINDOW_DAYS} days (suite growth)`, unit: 'tests', target: 'decreasing', better: 'lower', points, change: null, direction: null });
}
function withChange(t) {
    const last = t.points.at(-1)?.value ?? null;
    const previous = t.points.length > 1 ? t.points[t.points.length - 2].value : null;
    if (last === null || previous === null)
        return t;
    const change = (0,time/* round2 */.X4)(last - previous);
    const direction = change === 0 ? 'same' : (change > 0) === (t.better === 'higher') ? 'better' : 'worse';
    return { ...t, change, direction };
}


/***/ }),

/***/ 3524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Or: () => (/* binding */ quarterOf),
/* harmony export */   Rx: () => (/* binding */ quartersEndingWith),
/* harmony export */   _4: () => (/* binding */ quarterRange),
/* harmony export */   es: () => (/* binding */ parseQuarter)
/* harmony export */ });
/* unused harmony export shiftQuarter */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Calendar quarters in UTC, named like `2026Q4` (October to December 2026). A quarter's range is
 * half-open, `[start, end)`: a run at midnight on 1 January belongs to the new year's first quarter.
 */

const QUARTER_PATTERN = /^(\d{4})\s*-?\s*Q([1-4])$/i;
/** The quarter a time falls in. */
function quarterOf(date) {
    const ms = date.getTime();
    if (Number.isNaN(ms))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('quarterOf was given an invalid date: pass a real date (e.g. 2026-11-05T00:00:00Z).');
    return `${date.getUTCFullYear()}Q${(Math.floor(date.getUTCMonth() / 3) + 1)}`;
}
/** Reads `2026Q4` (also `2026-Q4`, `2026q4`); anything else is an InputError naming `what`. */
function parseQuarter(text, what = 'The quarter') {
    const match = QUARTER_PATTERN.exec(text.trim());
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${what} "${text}" is not a quarter: write it as YEAR then Q1 to Q4, e.g. 2026Q4.`);
    return `${Number(match[1])}Q${Number(match[2])}`;
}
function quarterRange(quarter) {
    const name = parseQuarter(quarter);
    const [year, q] = name.split('Q').map(Number);
    return { name, start: new Date(Date.UTC(year, (q - 1) * 3, 1)), end: new Date(Date.UTC(year, q * 3, 1)) };
}
/** The quarter `offset` quarters away (negative: earlier). */
function shiftQuarter(quarter, offset) {
    const [year, q] = parseQuarter(quarter).split('Q').map(Number);
    const index = year * 4 + (q - 1) + offset;
    return `${Math.floor(index / 4)}Q${((index % 4) + 1)}`;
}
/** `count` quarters ending with `last`, oldest first. */
function quartersEndingWith(last, count) {
    return Array.from({ length: count }, (_, i) => shiftQuarter(last, i - count + 1));
}


/***/ })

};

//# sourceMappingURL=922.index.js.map