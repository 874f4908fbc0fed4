export const id = 465;
export const ids = [465];
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

/***/ 332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reviewCommand: () => (/* binding */ reviewCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _history_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5484);
/* harmony import */ var _incidents_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8345);
/* harmony import */ var _render_review_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8394);
/* harmony import */ var _review_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5959);
/* harmony import */ var _trends_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5598);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7593);








const usage = `Usage: node dist/cli.js review --repo URL|PATH --incidents FILE [--branch B] [--quarter 2026Q4]
                               [--now ISO] [--branches LIST] [--out FILE]

Writes the quarterly test-suite health review (the markdown of the review issue the action keeps
with \`mode: review\`): metrics and trends against targets, the quarter's incidents and open gaps,
load-bearing tests to protect, dead-weight and flaky tests to triage, slowdowns.

Options:
  --repo URL|PATH    the repository holding the history
  --incidents FILE   a JSON incidents file
  --branch B         the data branch (default ${_history_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BRANCH */ .nU})
  --quarter Q        the quarter to review, e.g. 2026Q4 (default: the quarter of --now)
  --now ISO          review as of this time (default: now)
  --branches LIST    only runs of these branches (comma-separated; default: every branch)
  --window-days N    default 7; --dead-weight-days N default 180; --flaky-days N default 90
  --out FILE         write the markdown to FILE (default: standard output)`;
const reviewCommand = {
    usage,
    options: {
        repo: { type: 'string' },
        incidents: { type: 'string' },
        branch: { type: 'string' },
        quarter: { type: 'string' },
        now: { type: 'string' },
        ..._args_js__WEBPACK_IMPORTED_MODULE_7__/* .ANALYSIS_OPTIONS */ .W9,
        out: { type: 'string' }
    },
    async run(values) {
        const remote = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .requiredOption */ .zB)(values, 'repo', usage);
        const incidents = await (0,_incidents_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readIncidentsFile */ .ij)((0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .requiredOption */ .zB)(values, 'incidents', usage));
        const quarterText = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOption */ .Pp)(values, 'quarter');
        const quarter = quarterText ? (0,_trends_index_js__WEBPACK_IMPORTED_MODULE_6__.parseQuarter)(quarterText, '--quarter') : undefined;
        const now = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .dateOption */ .Kw)(values, 'now') ?? new Date();
        const analysisOptions = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .analysisOptionsFrom */ .lb)(values);
        const clone = await (0,_history_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openHistory */ .jC)({ remote, branch: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOption */ .Pp)(values, 'branch') ?? _history_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BRANCH */ .nU, token: process.env.GITHUB_TOKEN, tempDir: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)() });
        try {
            await clone.fetchRunFiles();
            const markdown = (0,_render_review_js__WEBPACK_IMPORTED_MODULE_4__/* .renderReview */ .F)((0,_review_index_js__WEBPACK_IMPORTED_MODULE_5__/* .buildReview */ .Br)(clone.rollup(), incidents, { quarter, now, analysisOptions, runs: clone }));
            const out = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOption */ .Pp)(values, 'out');
            if (out)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(out, markdown);
            else
                process.stdout.write(markdown);
            return 0;
        }
        finally {
            await clone.dispose();
        }
    }
};


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

//# sourceMappingURL=465.index.js.map