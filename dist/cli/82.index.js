export const id = 82;
export const ids = [82];
export const modules = {

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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chartNumber: () => (/* reexport safe */ _chart_js__WEBPACK_IMPORTED_MODULE_0__.s6),
/* harmony export */   formatChange: () => (/* binding */ formatChange),
/* harmony export */   formatValue: () => (/* binding */ formatValue),
/* harmony export */   niceMax: () => (/* reexport safe */ _chart_js__WEBPACK_IMPORTED_MODULE_0__.Cd),
/* harmony export */   quarterHeaders: () => (/* binding */ quarterHeaders),
/* harmony export */   renderTrendsSection: () => (/* binding */ renderTrendsSection),
/* harmony export */   sparkline: () => (/* binding */ sparkline),
/* harmony export */   trendCharts: () => (/* binding */ trendCharts),
/* harmony export */   trendsTable: () => (/* binding */ trendsTable),
/* harmony export */   xyChart: () => (/* binding */ xyChart)
/* harmony export */ });
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


/***/ })

};

//# sourceMappingURL=82.index.js.map