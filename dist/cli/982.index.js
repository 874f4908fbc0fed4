export const id = 982;
export const ids = [982];
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
    branchSets = new Map();
    of(name) {
        let key = this.keys.get(name);
        if (key === undefined) {
            key = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .matchKey */ .LJ)(name);
            this.keys.set(name, key);
        }
        return key;
    }
    /** One shared set per list of branches: most tests are seen on the same few, and a set per test is thousands of them. */
    branches(names) {
        const key = names.join('\0');
        let set = this.branchSets.get(key);
        if (set === undefined) {
            set = new Set(names);
            this.branchSets.set(key, set);
        }
        return set;
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
    const branches = keys.branches(filter ? Object.keys(test.seen).filter((b) => filter.onBranch(b)) : Object.keys(test.seen));
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

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_OPTIONS: () => (/* binding */ DEFAULT_OPTIONS),
  FINDINGS_SCHEMA_VERSION: () => (/* reexport */ FINDINGS_SCHEMA_VERSION),
  RECOMMENDATION: () => (/* reexport */ RECOMMENDATION),
  TARGETS: () => (/* reexport */ targets/* TARGETS */.d),
  UNTAGGED_EXAMPLES: () => (/* binding */ UNTAGGED_EXAMPLES),
  analyze: () => (/* binding */ analyze),
  analyzeIncident: () => (/* binding */ analyzeIncident),
  applyRenames: () => (/* reexport */ analysis_renames/* applyRenames */.K),
  binomialTail: () => (/* reexport */ binomialTail),
  effectiveOptions: () => (/* binding */ effectiveOptions),
  meetsTargets: () => (/* reexport */ targets/* meetsTargets */.n),
  prepareHistory: () => (/* binding */ prepareHistory),
  readRenamesFile: () => (/* reexport */ analysis_renames/* readRenamesFile */.q)
});

// EXTERNAL MODULE: ./src/report/constants.ts
var constants = __webpack_require__(7995);
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
    const currentCovering = index === null ? 0 : (0,search/* upperBound */.rn)(index.firstSeen, detectedIso);
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
    for (let i = (0,search/* upperBound */.rn)(view.runTimes, failedAt); i < runs.length && runs[i].created < detectedIso; i++) {
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
    for (let i = (0,search/* lowerBound */.yz)(times, start); i < times.length && times[i] < end; i++) {
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
    // the window's episodes: its first failure opens one, and after it the episodes of the whole history
    // (consecutive failures in the window are consecutive in the history too, so they are the same)
    const starts = failed.length === 0 ? [] : [failed[0], ...runs.episodeStarts(test).filter((t) => t > failed[0] && t <= until)];
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
        // most tests have neither a flaky observation nor the failures a flip rate needs
        if (test.flaky.length === 0 && !(runs && test.failures.length >= 3))
            continue;
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
const NO_EVENTS = [];
class ConfidenceModel {
    runs;
    events;
    prior;
    bases = [];
    constructor(view, runs, events, flaky) {
        this.runs = runs;
        this.events = events;
        // Every loop here runs once per test (thousands) in a process that has just started, before V8
        // optimises it: index loops, as for-of would allocate an iterator each time.
        // raw counts first, then the prior from every non-flaky test, then the pairs
        const tests = view.tests;
        const raw = tests.map((test) => this.countOutside(test));
        const steady = tests.filter((t) => !flaky.has(t.nodeid)).map((t) => raw[t.index]);
        const { mean, shape } = gammaByMoments(steady);
        for (let i = 0; i < tests.length; i++) {
            const r = raw[tests[i].index];
            const rate = (shape + r.episodes) / (shape / mean + r.runs);
            this.bases[tests[i].index] = { runs: r.runs, episodes: r.episodes, rate, logQ: Math.log1p(-rate) };
        }
        let pairs = 0;
        let hits = 0;
        let expected = 0;
        for (let i = 0; i < tests.length; i++) {
            const test = tests[i];
            if (flaky.has(test.nodeid))
                continue;
            const events = this.eventsOf(test);
            for (let e = 0; e < events.length; e++) {
                const m = runs.count(test, events[e].start, events[e].end);
                if (m === 0)
                    continue;
                pairs++;
                expected += this.chanceIn(test, m);
                if (this.failedIn(test, events[e]))
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
        if (test.failureComponents === null)
            return this.events.get(test.componentKey) ?? NO_EVENTS;
        const keys = [...new Set([test.componentKey, ...test.failureComponents])];
        if (keys.length === 1)
            return this.events.get(keys[0]) ?? NO_EVENTS;
        return keys.flatMap((k) => this.events.get(k) ?? []).sort((a, b) => a.start - b.start);
    }
    /** did the test fail, for the event's component, inside the event's window? */
    failedIn(test, event) {
        const times = this.runs.failureTimes(test);
        let i = (0,search/* lowerBoundMs */.M)(times, event.start);
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
        let runs = this.runs.count(test, -Infinity, Infinity);
        for (let w = 0; w < windows.length; w++)
            runs -= this.runs.count(test, windows[w].start, windows[w].end);
        // most tests never failed: no episode to place
        if (test.failures.length === 0)
            return { runs: Math.max(runs, 0), episodes: 0 };
        let episodes = 0;
        for (const t of this.runs.episodeStarts(test)) {
            if (!windows.some((e) => t >= e.start && t < e.end))
                episodes++;
        }
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
        const n = detected.length - (0,search/* lowerBound */.yz)(detected, firstSeen);
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
        const covering = (0,search/* upperBound */.rn)(c.firstSeen, ci.detectedIso);
        const throughout = to <= latest ? Math.min(covering, (0,search/* upperBound */.rn)(c.firstMs, from)) : 0;
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
        // an index loop: this runs before V8 has optimised it, when for-of still allocates an iterator per call
        for (let b = 0; b < p.branchTimes.length; b++)
            n += (0,search/* lowerBoundMs */.M)(p.branchTimes[b], hi) - (0,search/* lowerBoundMs */.M)(p.branchTimes[b], lo);
        return n;
    }
    /** the time (ms) of the latest analysed run (-Infinity with none) */
    latestRunTime() {
        return this.all.length === 0 ? -Infinity : this.all[this.all.length - 1];
    }
    /** analysed runs (every branch) in [from, to) */
    countAll(from, to) {
        return (0,search/* lowerBoundMs */.M)(this.all, to) - (0,search/* lowerBoundMs */.M)(this.all, from);
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
    /** times (ms, ascending, one per run) of the analysed runs in which the test failed (do not change the array) */
    failedRunTimes(test) {
        const p = this.of(test);
        if (p.failedRuns === undefined) {
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
            p.failedRuns = times;
        }
        return p.failedRuns;
    }
    /**
     * The failure episodes among failedRunTimes, by their first run (do not change the array): a
     * failure whose previous run of the test passed starts a new one, so a breakage that fails five
     * runs in a row until it is fixed is one.
     */
    episodeStarts(test) {
        const p = this.of(test);
        if (p.starts === undefined) {
            const failed = this.failedRunTimes(test);
            const starts = [];
            for (let i = 0; i < failed.length; i++) {
                if (i === 0 || this.count(test, failed[i - 1] + 1, failed[i]) > 0)
                    starts.push(failed[i]);
            }
            p.starts = starts;
        }
        return p.starts;
    }
}

// EXTERNAL MODULE: ./src/analysis/renames.ts
var analysis_renames = __webpack_require__(6185);
;// CONCATENATED MODULE: ./src/analysis/types.ts
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
        .filter((t) => t.componentKey === constants/* DEFAULT_COMPONENT */.gE)
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
/* harmony export */   M: () => (/* binding */ lowerBoundMs),
/* harmony export */   rn: () => (/* binding */ upperBound),
/* harmony export */   yz: () => (/* binding */ lowerBound)
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
/**
 * lowerBound for times in epoch ms. The same loop, kept apart so that each copy only ever sees
 * one element type: V8 compiles a monomorphic loop much sooner and better, which matters in a
 * short process that runs it hundreds of thousands of times (the confidence model's run counts).
 */
function lowerBoundMs(sorted, value) {
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


/***/ })

};

//# sourceMappingURL=982.index.js.map