export const id = 217;
export const ids = [217];
export const modules = {

/***/ 5598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_TREND_QUARTERS: () => (/* binding */ DEFAULT_TREND_QUARTERS),
  GROWTH_WINDOW_DAYS: () => (/* binding */ GROWTH_WINDOW_DAYS),
  computeTrends: () => (/* binding */ computeTrends),
  parseQuarter: () => (/* reexport */ quarter/* parseQuarter */.es),
  quarterOf: () => (/* reexport */ quarter/* quarterOf */.Or),
  quarterRange: () => (/* reexport */ quarter/* quarterRange */._4),
  quartersEndingWith: () => (/* reexport */ quarter/* quartersEndingWith */.Rx),
  rollupAsOf: () => (/* reexport */ rollupAsOf),
  shiftQuarter: () => (/* reexport */ quarter/* shiftQuarter */.J2)
});

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
            const lastRun = times[(0,search/* upperBound */.rn)(times, t) - 1] ?? first;
            const inferredLast = lastRun >= first ? lastRun : first;
            seen[branch] = { first, last: inferredLast, runs: Math.max(1, (0,search/* upperBound */.rn)(times, inferredLast) - (0,search/* lowerBound */.yz)(times, first)) };
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
    const branches = (0,analysis.effectiveOptions)(analysisOptions).analysis_branches;
    const firstRun = (0,history_view/* buildHistoryView */.CE)(rollup, branches).runList[0]?.created ?? null;
    const deadWeightDays = (0,analysis.effectiveOptions)(analysisOptions).dead_weight_days;
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
    const findings = (0,analysis.analyze)(past.rollup, known, { ...analysisOptions, now: at });
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
/* harmony export */   J2: () => (/* binding */ shiftQuarter),
/* harmony export */   Or: () => (/* binding */ quarterOf),
/* harmony export */   Rx: () => (/* binding */ quartersEndingWith),
/* harmony export */   _4: () => (/* binding */ quarterRange),
/* harmony export */   es: () => (/* binding */ parseQuarter)
/* harmony export */ });
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

//# sourceMappingURL=217.index.js.map