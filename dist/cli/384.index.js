export const id = 384;
export const ids = [384];
export const modules = {

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


/***/ })

};

//# sourceMappingURL=384.index.js.map