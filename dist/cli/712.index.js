export const id = 712;
export const ids = [712];
export const modules = {

/***/ 6849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ gapKind)
/* harmony export */ });
/**
 * What kind of gap an incident is, or null when it is none. An incident whose covering tests were
 * all skipped counts as a gap of its own kind (its tests never ran), unless a predictive test warned.
 */
function gapKind(incident) {
    if (incident.only_skipped_tests && incident.predicted_by.length === 0)
        return 'only_skipped_tests';
    return incident.gap_type;
}


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
/* harmony export */   o1: () => (/* binding */ legend),
/* harmony export */   s6: () => (/* binding */ chartNumber)
/* harmony export */ });
/* unused harmony exports COLORS, MAX_X_LABELS, chartLabel, paletteDirective */
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

// EXTERNAL MODULE: ./src/analysis/gap-kind.ts
var gap_kind = __webpack_require__(6849);
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
/**
 * Markdown sections for the findings, shared by the job summary and the CLI's summary file. What
 * needs doing comes first (open gaps, tests to protect), then the figures. Every list is sorted by
 * importance and capped: the first rows in the open, a few more collapsed, the rest counted with a
 * pointer to findings.json; noise and flaky entries are always collapsed. Tables keep to four or
 * five narrow columns so they fit a 900 px page. Untrusted text goes through markdown.ts.
 */



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
/** Incidents whose gap no test has closed yet, oldest first. */
function openGaps(findings) {
    return findings.incidents
        .filter((i) => (0,gap_kind/* gapKind */.l)(i) !== null && !i.gap_closed_by)
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
        return `${header}\n\n${intro}\n\n${countBy(open.map((i) => GAP_WORDS[(0,gap_kind/* gapKind */.l)(i)]))}`;
    const rows = open.map((i) => [
        incidentCell(i),
        `${i.detected_at.slice(0, 10)}<br><sub>${ageDays(i.detected_at, findings.now)} days ago</sub>`,
        `${GAP_WORDS[(0,gap_kind/* gapKind */.l)(i)]}<br><sub>${(0,markdown/* code */.aY)(i.component, 40)} / ${(0,markdown/* code */.aY)(i.failure_mode, 40)}</sub>`,
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
    const kind = (0,gap_kind/* gapKind */.l)(incident);
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


/***/ })

};

//# sourceMappingURL=712.index.js.map