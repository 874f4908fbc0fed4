export const id = 279;
export const ids = [279];
export const modules = {

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

/***/ 744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ renderIncidentImpact),
/* harmony export */   ry: () => (/* binding */ renderActionsSection)
/* harmony export */ });
/* unused harmony exports percent, millis, xyChart */
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2556);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);


const LIMIT = { full: 50, top: 10, counts: 0 };
const percent = (fraction) => (fraction === null || fraction === undefined ? 'no data' : `${trim(fraction * 100)} %`);
const millis = (value) => (value === null || value === undefined ? 'no data' : `${trim(value)} ms`);
const minutes = (value) => (value === null ? 'unknown' : `${trim(value)} min`);
/** At most 3 significant digits, never exponent notation for the sizes we show. */
function trim(value) {
    if (value === 0)
        return '0';
    const abs = Math.abs(value);
    const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(abs)));
    return value.toFixed(decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}
function clock(iso, withDay) {
    if (!iso)
        return '';
    return withDay ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16);
}
/**
 * One incident chart: the measured line over time (intervals without a sample left out), the
 * baseline and the SLO as flat reference lines, the detection as a bar reaching the top, with a
 * legend line under it; null with fewer than two samples.
 */
function xyChart(title, axis, points, withDay, refs = {}) {
    const kept = points.filter((p) => p[1] !== null && Number.isFinite(p[1]));
    if (kept.length < 2)
        return null;
    const flat = (v) => (v === null || v === undefined || !Number.isFinite(v) ? null : v);
    const baseline = flat(refs.baseline);
    const slo = flat(refs.slo);
    const max = Math.max(...kept.map((p) => p[1]), baseline ?? 0, slo ?? 0);
    const top = max > 0 ? Number((max * 1.1).toPrecision(2)) : 1;
    const series = [];
    const detected = refs.detectedAt ? detectionIndex(kept.map((p) => p[0]), refs.detectedAt) : -1;
    if (detected >= 0)
        series.push({ kind: 'bar', values: kept.map((_, i) => (i === detected ? top : 0)), color: 'amber', name: 'detected' });
    series.push({ kind: 'line', values: kept.map((p) => Number(p[1].toPrecision(4))), color: 'blue', name: 'measured' });
    if (baseline !== null)
        series.push({ kind: 'line', values: kept.map(() => baseline), color: 'grey', name: 'baseline median before the incident' });
    if (slo !== null)
        series.push({ kind: 'line', values: kept.map(() => slo), color: 'red', name: 'SLO' });
    const chart = (0,_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidXyChart */ .Xr)({
        title,
        categories: kept.map((p) => clock(p[0], withDay)),
        rangeTitle: `UTC ${clock(kept[0][0], withDay)} to ${clock(kept[kept.length - 1][0], withDay)}, ${kept.length} samples`,
        yTitle: axis,
        yMin: 0,
        yMax: top,
        series
    });
    return `${chart}

${(0,_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .legend */ .o1)(series)}`;
}
/** The sample interval holding `at`: the last sample at or before it, if `at` is inside the series. */
function detectionIndex(times, at) {
    const t = Date.parse(at);
    if (times.length === 0 || t < Date.parse(times[0]))
        return -1;
    const step = times.length > 1 ? Date.parse(times[1]) - Date.parse(times[0]) : 0;
    if (t > Date.parse(times[times.length - 1]) + step)
        return -1;
    let index = 0;
    times.forEach((time, i) => {
        if (Date.parse(time) <= t)
            index = i;
    });
    return index;
}
/** The section for one incident's comment; a few kB at most (24 points per chart, capped lists). */
function renderIncidentImpact(impact, slo = null) {
    const parts = ['### Production impact'];
    const b = impact.baseline;
    const withDay = impact.started_at !== null && impact.resolved_at !== null && impact.started_at.slice(0, 10) !== impact.resolved_at.slice(0, 10);
    const at = (iso) => (iso ? ` at ${clock(iso, withDay)}` : '');
    const base = (median, p95, show) => median === undefined || p95 === undefined ? 'no data' : `${show(median)} / ${show(p95 ?? null)}`;
    const days = b ? Math.round((Date.parse(b.end) - Date.parse(b.start)) / 86400000) : null;
    parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['', 'during the incident', `baseline${days ? ` (${days} days before): median / p95` : ''}`], [
        ['peak error rate', `${percent(impact.peak_error_rate)}${at(impact.peak_error_rate_at)}`, b ? base(b.error_rate?.median, b.error_rate?.p95, percent) : 'no data'],
        ['peak p99 latency', `${millis(impact.peak_latency_p99_ms)}${at(impact.peak_latency_p99_at)}`, b ? base(b.latency_p99_ms?.median, b.latency_p99_ms?.p95, millis) : 'no data'],
        ['duration', minutes(impact.duration_minutes), ''],
        ['time to detect', minutes(impact.time_to_detect_minutes), '']
    ]) + (impact.started_at ? `\n\nWindow ${impact.started_at} to ${impact.resolved_at ?? '(open)'} (UTC), detected ${impact.detected_at}.` : ''));
    const s = impact.series;
    if (s) {
        const charts = [
            xyChart('Error rate (%)', 'error rate (%)', s.error_rate.map(([t, v]) => [t, v === null ? null : v * 100]), withDay, {
                baseline: b?.error_rate ? b.error_rate.median * 100 : null,
                slo: slo?.slo_error_rate === null || slo?.slo_error_rate === undefined ? null : slo.slo_error_rate * 100,
                detectedAt: impact.detected_at
            }),
            xyChart('p99 latency (ms)', 'p99 (ms)', s.latency_p99_ms, withDay, { baseline: b?.latency_p99_ms?.median ?? null, slo: slo?.slo_latency_p99_ms ?? null, detectedAt: impact.detected_at })
        ].filter((c) => c !== null);
        parts.push(...charts);
        const rows = s.error_rate.map(([t, e], i) => [clock(t, withDay), percent(e), millis(s.latency_p99_ms[i]?.[1] ?? null)]);
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)('The charts as a table (UTC; the highest sample in each interval)', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['from', 'error rate', 'p99 latency'], rows)));
    }
    if (impact.problems.length > 0)
        parts.push(impact.problems.slice(0, 8).map((p) => `- _${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(p, 400)}_`).join('\n'));
    const actions = [
        ...impact.actions.new_tests.map(newTestLine),
        ...impact.actions.alert_adjustments.map(alertLine),
        ...impact.actions.slo_refinements.map(sloLine)
    ];
    if (actions.length > 0)
        parts.push(`#### Recommended actions\n\n${actions.map((a) => `- ${a}`).join('\n')}`);
    return parts.join('\n\n') + '\n';
}
function newTestLine(a) {
    const why = a.gap_type === 'no_test_coverage' ? 'no test of the component existed' : 'the component\'s tests all passed';
    const closest = a.closest_tests.length > 0 ? `; closest existing: ${a.closest_tests.map((t) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(t.nodeid)).join(', ')}` : '; no existing test of the component resembles it';
    return `**New test**: reproduce ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(a.failure_mode, 80)} in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(a.component, 80)} (${why})${closest}; mark it ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`@pytest.mark.incident(${JSON.stringify(a.incident)})`, 120)}.`;
}
function alertLine(a) {
    return `**Alert**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(a.recommendation, 600)}`;
}
function sloLine(a) {
    return `**SLO** (${a.slo === 'latency_p99_ms' ? 'p99 latency' : 'error rate'}): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(a.recommendation, 600)}`;
}
/**
 * The job summary's "Recommended actions" across incidents; lists shrink with `detail`. `openGaps`:
 * the incidents whose gap is still open (a closed gap never asks for a new test); every list is
 * collapsed, the open gaps themselves lead the summary.
 */
function renderActionsSection(pi, detail = 'full', openGaps = null) {
    const a = pi.actions;
    const limit = LIMIT[detail];
    const more = (total) => (total > limit ? `\n\n…and ${total - limit} more in findings.json (\`production_impact\`).` : '');
    const parts = ['## Recommended actions'];
    for (const notice of pi.notices.slice(0, 10))
        parts.push(`> [!WARNING]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(notice, 600)}`);
    const newTests = openGaps ? a.new_tests.filter((t) => openGaps.has(t.incident)) : a.new_tests;
    if (newTests.length === 0)
        parts.push('**New tests needed (0)**: no open coverage gap.');
    else if (limit > 0) {
        const rows = newTests.slice(0, limit).map((t) => [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(t.incident, t.url),
            `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(t.component, 40)}<br><sub>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(t.failure_mode, 40)}</sub>`,
            t.closest_tests.length > 0 ? t.closest_tests.slice(0, 3).map((c) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .testName */ .UU)(c.nodeid, 50)).join('<br>') : 'none alike'
        ]);
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`New tests needed (${newTests.length}), with the closest existing tests to start from`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['incident', 'component / failure mode', 'closest existing tests'], rows) + more(newTests.length)));
    }
    else
        parts.push(`**New tests needed (${newTests.length})**`);
    if (a.tests_to_retire.length === 0)
        parts.push('**Tests to retire (0)**: no dead-weight test.');
    else {
        const intro = 'Quiet for the dead-weight period in components that never had an incident. Review each one: retire, merge or keep it; nothing is removed automatically.';
        const rows = a.tests_to_retire.slice(0, limit).map((t) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .testCell */ .Hn)(t.nodeid), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(t.component, 40), t.last_failure ? t.last_failure.slice(0, 10) : 'never', String(t.runs)]);
        parts.push(limit > 0
            ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Tests to retire (${a.tests_to_retire.length}, review only)`, `${intro}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['test', 'component', 'last failure', 'runs'], rows)}${more(a.tests_to_retire.length)}`)
            : `**Tests to retire (${a.tests_to_retire.length}, review only)**: ${intro}`);
    }
    if (pi.source !== null) {
        if (a.alert_adjustments.length === 0)
            parts.push(`**Alert adjustments (0)**: every incident with metrics was detected within ${pi.settings.alert_within_minutes} minutes of its start, or had no start time.`);
        else if (limit > 0) {
            const rows = a.alert_adjustments.slice(0, limit).map((x) => [
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(x.incident, 40),
                minutes(x.time_to_detect_minutes),
                x.threshold === null ? 'none separates it' : `≥ ${percent(x.threshold)}${x.fires_after_minutes === null ? '' : `<br><sub>fires after +${trim(x.fires_after_minutes)} min</sub>`}`,
                x.baseline_false_alarms === null ? 'no data' : String(x.baseline_false_alarms)
            ]);
            parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Alert adjustments (${a.alert_adjustments.length})`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['incident', 'time to detect', 'error-rate threshold', 'false alarms in the baseline'], rows) + more(a.alert_adjustments.length)));
        }
        else
            parts.push(`**Alert adjustments (${a.alert_adjustments.length})**`);
        if (pi.settings.slo_latency_p99_ms === null && pi.settings.slo_error_rate === null)
            parts.push('**SLO refinements**: no SLO is configured (`slo-latency-p99-ms`, `slo-error-rate`).');
        else if (a.slo_refinements.length === 0)
            parts.push('**SLO refinements (0)**: every baseline sits well within the SLOs, and no incident stayed within them while clearly deviating.');
        else if (limit > 0)
            parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`SLO refinements (${a.slo_refinements.length})`, a.slo_refinements.slice(0, limit).map((x) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(x.incident, 40)}: ${sloLine(x)}`).join('\n') + more(a.slo_refinements.length)));
        else
            parts.push(`**SLO refinements (${a.slo_refinements.length})**`);
    }
    return parts.join('\n\n') + '\n';
}


/***/ }),

/***/ 8879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ renderRunSection),
/* harmony export */   z: () => (/* binding */ runTotals)
/* harmony export */ });
/* harmony import */ var _report_constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7995);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);
/** The "this run" part of the job summary: totals, failures, untagged tests. */


/** The action's outputs for a run; xpassed counts as passed, xfailed as skipped, rerun as failed. */
function runTotals(run) {
    const totals = { total: run.tests.length, passed: 0, failed: 0, skipped: 0, untagged: 0 };
    for (const test of run.tests) {
        if (test.outcome === 'passed' || test.outcome === 'xpassed')
            totals.passed++;
        else if ((0,_report_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .isFailure */ .N6)(test.outcome))
            totals.failed++;
        else
            totals.skipped++;
        if (test.component === _report_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMPONENT */ .gE)
            totals.untagged++;
    }
    return totals;
}
const LIMITS = { full: 30, top: 15, counts: 0 };
function renderRunSection(run, detail) {
    const parts = ['## This run'];
    const counts = new Map();
    for (const test of run.tests)
        counts.set(test.outcome, (counts.get(test.outcome) ?? 0) + 1);
    const shown = _report_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOMES */ .im.filter((o) => counts.has(o));
    parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['tests', ...shown], [[String(run.tests.length), ...shown.map((o) => String(counts.get(o)))]]) || 'No tests in the report.');
    const files = run.meta.files.length === 1 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(run.meta.files[0]) : `${run.meta.files.length} files`;
    parts.push(`Read ${files} (${run.meta.format}).`);
    if (run.meta.collection_errors > 0) {
        parts.push(`**${run.meta.collection_errors} collection error(s)**: pytest could not import some test files; they are listed as errors below.`);
    }
    for (const notice of run.notices)
        parts.push(`> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(notice, 500)}`);
    const failures = run.tests.filter((t) => (0,_report_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .isFailure */ .N6)(t.outcome));
    const limit = LIMITS[detail];
    if (failures.length > 0 && limit > 0) {
        const rows = failures
            .slice(0, limit)
            .map((t) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .testCell */ .Hn)(t.nodeid), `${t.outcome}<br><sub>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(t.component, 40)}</sub>`, t.message ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(t.message, 160) : '']);
        const more = failures.length > limit ? `\n\n…and ${failures.length - limit} more (see findings.json).` : '';
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Failures (${failures.length})`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['test', 'outcome', 'message'], rows) + more));
    }
    const untagged = run.tests.filter((t) => t.component === _report_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMPONENT */ .gE);
    if (untagged.length > 0) {
        const examples = untagged.slice(0, Math.min(limit, 10)).map((t) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(t.nodeid)}`);
        parts.push(`**${untagged.length} of ${run.tests.length} tests have no component**, so no incident can be matched to them. ` +
            'Tag them with `@pytest.mark.component("name")` and the conftest snippet of the README ("Tagging tests"), ' +
            'or map their files with a `component-map` file.' +
            (examples.length > 0 ? `\n\n${examples.join('\n')}${untagged.length > examples.length ? '\n- …' : ''}` : ''));
    }
    return parts.join('\n\n');
}


/***/ }),

/***/ 9311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   firstRunAt: () => (/* binding */ firstRunAt),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9519);
/* harmony import */ var _findings_sections_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3691);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2495);
/* harmony import */ var _run_section_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8879);
/* harmony import */ var _impact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(744);





/** When the history's first run on the analysed branches was stored (SummaryInput.historyStart). */
function firstRunAt(runs, branches) {
    let first = null;
    for (const r of runs)
        if ((branches === null || branches.includes(r.branch ?? '')) && (first === null || r.created < first))
            first = r.created;
    return first;
}
function renderSummary(input) {
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .renderWithin */ .As)((detail) => compose(input, detail), _budget_js__WEBPACK_IMPORTED_MODULE_3__/* .fitsSummary */ .Hy, (text) => (0,_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .cutToBytes */ .zP)(text));
}
/**
 * What needs doing first (this run's verdict, the open gaps, the tests to protect), then the
 * figures (health, trends), then the longer lists (collapsed), this run, and how it was computed.
 */
function compose(input, detail) {
    const parts = [`# ${input.title ?? 'Test incident loop'}`];
    if (input.runVerdict)
        parts.push(input.runVerdict);
    for (const notice of input.notices)
        parts.push(`> [!NOTE]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(notice, 1000)}`);
    const f = input.findings;
    if (f) {
        const historyDays = input.historyStart ? Math.max(0, (Date.parse(f.now) - Date.parse(input.historyStart)) / 86_400_000) : null;
        parts.push((0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderOpenGaps */ .__)(f, detail));
        const closed = (0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderClosedGaps */ .aM)(f, detail, input.repositoryUrl ?? null);
        if (closed)
            parts.push(closed);
        parts.push((0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderProtect */ ._0)(f, detail), (0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderHealth */ .Bh)(f, { historyDays }));
        if (input.trends && detail === 'full')
            parts.push(input.trends);
        if (input.impact)
            parts.push((0,_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .renderActionsSection */ .ry)(input.impact, detail, new Set((0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .openGaps */ .i8)(f).map((i) => i.incident_id))));
        parts.push((0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderFlaky */ .oE)(f, detail, input.repositoryUrl ?? null), (0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderDeadWeight */ .lb)(f, detail));
        const left = (0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderNotAnalysed */ .Dn)(f, detail);
        if (left)
            parts.push(left);
        const untagged = (0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderUntagged */ .AK)(f);
        if (untagged)
            parts.push(untagged);
    }
    if (input.run)
        parts.push((0,_run_section_js__WEBPACK_IMPORTED_MODULE_1__/* .renderRunSection */ .J)(input.run, detail));
    if (input.status.length > 0)
        parts.push(`## This job\n\n${input.status.map((s) => `- ${s}`).join('\n')}`);
    if (f)
        parts.push((0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMethodNotes */ .Dt)(f, input.findingsPath));
    if (detail !== 'full')
        parts.push(`_Lists were shortened to fit GitHub's 1 MiB summary limit${input.findingsPath ? `; every finding is in \`${input.findingsPath}\`` : ''}._`);
    return parts.join('\n\n') + '\n';
}


/***/ })

};

//# sourceMappingURL=279.index.js.map