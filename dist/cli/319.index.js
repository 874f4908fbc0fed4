export const id = 319;
export const ids = [319,94];
export const modules = {

/***/ 8094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsonChunks: () => (/* binding */ jsonChunks),
/* harmony export */   writeJson: () => (/* binding */ writeJson)
/* harmony export */ });
const CHUNK = 1 << 16;
/** The JSON text of `value` in chunks; undefined, functions and symbols are treated as JSON.stringify does. */
function* jsonChunks(value, indent = 2) {
    let buffer = '';
    const pad = (depth) => (indent > 0 ? '\n' + ' '.repeat(indent * depth) : '');
    const colon = indent > 0 ? ': ' : ':';
    const stack = [];
    // Writes a prepared value: a leaf at once, a non-empty container as its opening bracket plus a frame.
    const open = (v, depth) => {
        if (v === undefined) {
            buffer += 'null'; // array items (object members were filtered out before)
            return;
        }
        if (Array.isArray(v)) {
            if (v.length === 0)
                buffer += '[]';
            else {
                buffer += '[';
                stack.push({ kind: 'array', items: v, next: 0, depth: depth + 1 });
            }
            return;
        }
        if (v !== null && typeof v === 'object') {
            const entries = Object.keys(v)
                .map((k) => [k, prepare(v[k], k)])
                .filter(([, member]) => member !== undefined);
            if (entries.length === 0)
                buffer += '{}';
            else {
                buffer += '{';
                stack.push({ kind: 'object', entries, next: 0, depth: depth + 1 });
            }
            return;
        }
        buffer += JSON.stringify(v);
    };
    open(prepare(value, ''), 0);
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const size = frame.kind === 'array' ? frame.items.length : frame.entries.length;
        if (frame.next === size) {
            stack.pop();
            buffer += pad(frame.depth - 1) + (frame.kind === 'array' ? ']' : '}');
        }
        else {
            const index = frame.next++;
            buffer += (index > 0 ? ',' : '') + pad(frame.depth);
            if (frame.kind === 'array')
                open(prepare(frame.items[index], String(index)), frame.depth);
            else {
                const [key, member] = frame.entries[index];
                buffer += JSON.stringify(key) + colon;
                open(member, frame.depth);
            }
        }
        if (buffer.length >= CHUNK) {
            yield buffer;
            buffer = '';
        }
    }
    if (buffer !== '')
        yield buffer;
}
/** toJSON (dates) first; then what JSON.stringify leaves out or turns into null. */
function prepare(raw, key) {
    let v = raw;
    if (v !== null && typeof v === 'object' && typeof v.toJSON === 'function') {
        v = v.toJSON(key);
    }
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol')
        return undefined;
    if (typeof v === 'number' && !Number.isFinite(v))
        return null;
    if (v instanceof Number || v instanceof String || v instanceof Boolean)
        return v.valueOf();
    return v;
}
/**
 * Writes `value` as JSON plus a newline. Resolves false, having written what it could, when the
 * stream was closed by its reader; never holds more than one chunk beyond what the stream buffers.
 */
async function writeJson(stream, value, indent = 2) {
    for (const chunk of jsonChunks(value, indent)) {
        if (!(await writeChunk(stream, chunk)))
            return false;
    }
    return writeChunk(stream, '\n');
}
async function writeChunk(stream, chunk) {
    if (stream.destroyed || stream.writableEnded)
        return false;
    if (stream.write(chunk))
        return true;
    await new Promise((resolve) => {
        const done = () => {
            stream.off('drain', done);
            stream.off('close', done);
            stream.off('error', done);
            resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
        stream.on('error', done);
    });
    return !stream.destroyed;
}


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCommand: () => (/* binding */ parseCommand),
/* harmony export */   parseFormat: () => (/* binding */ parseFormat)
/* harmony export */ });
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1534);
/* harmony import */ var _render_run_section_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8879);
/* harmony import */ var _report_constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7995);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
/* harmony import */ var _json_output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8094);





const usage = `Usage: node dist/cli.js parse FILE... [--format F] [--component-map F] [--json]

Reads pytest reports (pytest-json-report, JUnit XML or pytest-reportlog; several files or globs
become one run) and prints the normalised run: a short summary, or the whole run as JSON.

Options:
  --format F          auto (default, from the content), pytest-json, junit or reportlog
  --component-map F   CODEOWNERS-style file mapping test paths to components
  --json              print the normalised run as JSON
  -h, --help          this text`;
const parseCommand = {
    usage,
    options: {
        format: { type: 'string' },
        'component-map': { type: 'string' },
        json: { type: 'boolean' }
    },
    async run(values, positionals) {
        if (positionals.length === 0)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`parse needs at least one report file.\n\n${usage}`);
        const format = parseFormat((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOption */ .Pp)(values, 'format'));
        const mapPath = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOption */ .Pp)(values, 'component-map');
        const componentMap = mapPath ? await (0,_report_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadComponentMap */ .aL)(mapPath) : null;
        const run = await (0,_report_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readReports */ .oh)(positionals, { format, componentMap, cwd: process.cwd() });
        if (values.json) {
            await (0,_json_output_js__WEBPACK_IMPORTED_MODULE_3__.writeJson)(process.stdout, run);
            return 0;
        }
        const totals = (0,_render_run_section_js__WEBPACK_IMPORTED_MODULE_1__/* .runTotals */ .z)(run);
        const lines = [
            `${run.meta.files.join(', ')} (${run.meta.format}): ${totals.total} tests, ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
            `untagged (component ${_report_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_COMPONENT */ .gE}): ${totals.untagged}`
        ];
        const failures = run.tests.filter((t) => (0,_report_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .isFailure */ .N6)(t.outcome));
        for (const t of failures.slice(0, 20))
            lines.push(`  ${t.outcome.padEnd(7)} ${t.nodeid}${t.message ? `: ${t.message.split('\n')[0]}` : ''}`);
        if (failures.length > 20)
            lines.push(`  ... and ${failures.length - 20} more`);
        for (const notice of run.notices)
            lines.push(`note: ${notice}`);
        console.log(lines.join('\n'));
        return 0;
    }
};
function parseFormat(value) {
    if (value === undefined)
        return 'auto';
    if (value === 'auto' || value === 'pytest-json' || value === 'junit' || value === 'reportlog')
        return value;
    throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--format must be auto, pytest-json, junit or reportlog, not ${JSON.stringify(value)}.`);
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

/***/ 7995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ REPORT_FORMATS),
/* harmony export */   N6: () => (/* binding */ isFailure),
/* harmony export */   Wd: () => (/* binding */ TAG_SOURCES),
/* harmony export */   bg: () => (/* binding */ DEFAULT_FAILURE_MODE),
/* harmony export */   gE: () => (/* binding */ DEFAULT_COMPONENT),
/* harmony export */   im: () => (/* binding */ OUTCOMES),
/* harmony export */   pT: () => (/* binding */ MESSAGE_CAP)
/* harmony export */ });
// The words of a normalised run: outcomes, report formats, tag sources and defaults. Plain values
// with no schema library behind them, so the history and analysis code can use them without
// loading zod (the schemas of a run are in types.ts).
/** Every outcome pytest (and pytest-rerunfailures) can give a test. */
const OUTCOMES = ['passed', 'failed', 'error', 'skipped', 'xfailed', 'xpassed', 'rerun'];
/** CONTRACT.md: a failure is `failed` or `error`; a `rerun` is a failed attempt too (and makes the test flaky). */
const isFailure = (o) => o === 'failed' || o === 'error' || o === 'rerun';
const REPORT_FORMATS = ['pytest-json', 'junit', 'reportlog'];
/** Which rule gave a test its component and failure mode (first match wins, see README "Tagging tests"). */
const TAG_SOURCES = ['metadata', 'user_properties', 'markers', 'component_map', 'default'];
const DEFAULT_COMPONENT = 'unknown';
const DEFAULT_FAILURE_MODE = 'general';
/** Crash messages are capped: enough to recognise a failure, small enough for the history. */
const MESSAGE_CAP = 500;


/***/ })

};

//# sourceMappingURL=319.index.js.map