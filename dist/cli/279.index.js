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