export const id = 372;
export const ids = [372];
export const modules = {

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

/***/ 8222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ matchComponentRule),
/* harmony export */   aL: () => (/* binding */ loadComponentMap)
/* harmony export */ });
/* unused harmony export parseComponentMap */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// The component-map file: CODEOWNERS-style globs on a test's file path that name its component
// (and optionally its failure mode). One rule a line: `pattern component [failure_mode]`;
// `#` starts a comment; the LAST matching line wins, as in CODEOWNERS.



async function loadComponentMap(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`The component map ${path} could not be read (${code ?? String(error)}). ` +
            'Check the path (it is relative to the working directory), or leave the component map out.');
    }
    return parseComponentMap(text, path);
}
function parseComponentMap(text, source) {
    const rules = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, index) => {
        const line = index + 1;
        const content = stripComment(raw).trim();
        if (content === '')
            return;
        const fields = content.split(/\s+/);
        if (fields.length < 2 || fields.length > 3) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${source}:${line}: expected \`pattern component [failure_mode]\`, found ${fields.length} field(s) in ` +
                `${JSON.stringify(raw.trim())}. Write one rule per line, e.g. \`tests/checkout/ checkout-service payment_timeout\`; ` +
                'start a line with # for a comment.');
        }
        const [pattern, component, failureMode] = fields;
        if (pattern.startsWith('!')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${source}:${line}: negated patterns (${pattern}) are not supported, as in CODEOWNERS. ` +
                'Add a later, more specific line instead: the last matching line wins.');
        }
        rules.push({ pattern, component, failure_mode: failureMode ?? null, line, matches: compilePattern(pattern) });
    });
    return { source, rules };
}
/** The last rule matching a test file (CODEOWNERS: later lines override earlier ones). */
function matchComponentRule(map, file) {
    for (let i = map.rules.length - 1; i >= 0; i--) {
        if (map.rules[i].matches(file))
            return map.rules[i];
    }
    return null;
}
/** `#` at the start or after whitespace starts a comment; `\#` is a literal `#`. */
function stripComment(line) {
    const match = /(^|\s)#/.exec(line.replace(/\\#/g, '\u0000'));
    const kept = match ? line.slice(0, match.index) : line;
    return kept.replace(/\\#/g, '#');
}
/**
 * CODEOWNERS / gitignore semantics on a path relative to the pytest rootdir:
 * a leading `/` or a `/` inside the pattern anchors it at the root, otherwise it matches at any
 * depth; a trailing `/` matches a directory's contents; a pattern without one matches a file of
 * that name or everything below a directory of that name; `*` stays within a path segment and
 * `**` crosses segments.
 */
function compilePattern(pattern) {
    let glob = pattern;
    const directoryOnly = glob.endsWith('/');
    if (directoryOnly)
        glob = glob.slice(0, -1);
    const anchored = glob.startsWith('/') || glob.includes('/');
    if (glob.startsWith('/'))
        glob = glob.slice(1);
    if (glob === '' || glob === '*' || glob === '**')
        return () => true;
    if (!anchored)
        glob = `**/${glob}`;
    const globs = directoryOnly ? [`${glob}/**`] : [glob, `${glob}/**`];
    const matcher = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(globs, { dot: true });
    return (file) => matcher(file.replace(/^\.\//, ''));
}


/***/ }),

/***/ 1534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aL: () => (/* reexport */ component_map/* loadComponentMap */.aL),
  oh: () => (/* binding */ readReports)
});

// UNUSED EXPORTS: DEFAULT_STREAM_THRESHOLD_BYTES, NoReportError, dedupeTests, detectFormat, isPytestCase, junitNodeid, mergeRuns, parseComponentMap, readReportFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/report/detect.ts
/** How many bytes the caller should pass (a reportlog's first line, SessionStart, is far shorter). */
const DETECT_BYTES = 64 * 1024;
function detectFormat(firstBytes) {
    let i = 0;
    if (firstBytes.length >= 3 && firstBytes[0] === 0xef && firstBytes[1] === 0xbb && firstBytes[2] === 0xbf)
        i = 3;
    while (i < firstBytes.length && isSpace(firstBytes[i]))
        i++;
    if (i >= firstBytes.length)
        return null;
    const first = firstBytes[i];
    if (first === 0x3c /* < */)
        return 'junit';
    if (first === 0x5b /* [ */)
        return 'pytest-json';
    if (first !== 0x7b /* { */)
        return null;
    const newline = firstBytes.indexOf(0x0a, i);
    if (newline !== -1) {
        const line = firstBytes.toString('utf8', i, newline);
        if (line.includes('"$report_type"')) {
            try {
                const entry = JSON.parse(line);
                if (typeof entry === 'object' && entry !== null && '$report_type' in entry)
                    return 'reportlog';
            }
            catch {
                // not a complete JSON line: a pretty-printed object, so not JSON lines
            }
        }
    }
    return 'pytest-json';
}
const isSpace = (b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/report/glob.ts
// Report paths and globs, resolved against a working directory (not process.cwd(), so the
// action can use the workspace). A glob walks only below its literal prefix, and skips
// node_modules and .git unless the pattern names them.




const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/** No report file was found at all (as opposed to a file that is there but wrong): `require-tests` decides. */
class NoReportError extends errors/* InputError */.d {
    constructor(message) {
        super(message);
        this.name = 'NoReportError';
    }
}
/** The files the patterns name, absolute, without duplicates, sorted within each pattern. */
async function resolveReportPaths(patterns, cwd) {
    const found = [];
    for (const raw of patterns) {
        const pattern = raw.trim();
        if (pattern === '')
            continue;
        const files = picomatch_default().scan(pattern).isGlob ? await expandGlob(pattern, cwd) : await literalFile(pattern, cwd);
        for (const file of files)
            if (!found.includes(file))
                found.push(file);
    }
    if (found.length === 0) {
        throw new errors/* InputError */.d(`No report file was given (the report path input is empty; working directory ${cwd}). Name the pytest report file(s), e.g. report.json or reports/**/*.json.`);
    }
    return found;
}
async function literalFile(pattern, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, pattern);
    const info = await (0,promises_.stat)(path).catch(() => null);
    if (!info) {
        const link = await danglingLink(path);
        if (link !== null)
            throw danglingLinkError(`The report file ${pattern}`, path, link);
        throw new NoReportError(`The report file ${pattern} does not exist (looked for ${path}; working directory ${cwd}). ` +
            'Check the path and that the test step wrote the report (pytest --json-report --json-report-file=<file>, --junitxml=<file> or --report-log=<file>) before this step.');
    }
    if (info.isDirectory()) {
        throw new errors/* InputError */.d(`The report path ${pattern} is a directory (${path}). Name the report file(s) in it, e.g. ${(0,external_node_path_.join)(pattern, '*.json')}.`);
    }
    return [path];
}
async function expandGlob(pattern, cwd) {
    const normalised = pattern.replace(/\\/g, '/');
    const { base, glob } = picomatch_default().scan(normalised);
    const root = (0,external_node_path_.resolve)(cwd, base || '.');
    const matcher = picomatch_default()(glob, { dot: true });
    const walkHidden = [...SKIPPED_DIRS].some((dir) => normalised.includes(dir));
    const matches = [];
    await walk({ root, matcher, walkHidden, pattern }, root, matches);
    if (matches.length === 0) {
        throw new NoReportError(`The report pattern ${pattern} matched no file (searched ${root}; working directory ${cwd}). ` +
            'Check the pattern and that the test step wrote its report(s) before this step.');
    }
    return matches.sort();
}
async function walk(w, dir, out) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory()) {
            if (!w.walkHidden && SKIPPED_DIRS.has(entry.name))
                continue;
            await walk(w, path, out);
            continue;
        }
        if (!w.matcher((0,external_node_path_.relative)(w.root, path).split(external_node_path_.sep).join('/')))
            continue;
        if (entry.isSymbolicLink()) {
            const target = await (0,promises_.stat)(path).catch(() => null);
            if (!target)
                throw danglingLinkError(`The report pattern ${w.pattern} matched ${path}, but it`, path, await (0,promises_.readlink)(path).catch(() => '?'));
            if (target.isDirectory())
                continue; // links to directories are not followed: no loops
        }
        // regular files, and anything else the pattern names (a FIFO, a socket): the reader says what is wrong with those
        out.push(path);
    }
}
/** The target of `path` when it is a symbolic link whose target does not exist, else null. */
async function danglingLink(path) {
    const info = await (0,promises_.lstat)(path).catch(() => null);
    return info?.isSymbolicLink() ? (0,promises_.readlink)(path).catch(() => '?') : null;
}
function danglingLinkError(subject, path, target) {
    return new errors/* InputError */.d(`${subject} is a symbolic link to ${target}, which does not exist (link ${path}). ` +
        'The test step probably wrote the report somewhere else, or the link is left over from an earlier run: remove the link or point it at the report file.');
}
/** A path as shown to the user: relative to the working directory when inside it. */
function displayPath(path, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, path);
    return rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel.split(external_node_path_.sep).join('/') : path;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
// EXTERNAL MODULE: ./src/report/record.ts + 1 modules
var record = __webpack_require__(955);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/report/constants.ts
var constants = __webpack_require__(7995);
;// CONCATENATED MODULE: ./src/report/text.ts
// Small text helpers shared by the readers: message capping, failure-text summaries, UTF-8 checks
// and line:column positions for error messages.



/**
 * Caps a message at MESSAGE_CAP characters (an ellipsis marks the cut) without splitting a
 * surrogate pair. The result is a fresh flat string, so a capped slice never keeps a huge
 * source string (a 10 kB longrepr, or a whole parsed element) alive in memory.
 */
function capMessage(text) {
    if (text.length <= constants/* MESSAGE_CAP */.pT)
        return text;
    let end = constants/* MESSAGE_CAP */.pT - 1;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return Buffer.from(text.slice(0, end) + '…', 'utf8').toString('utf8');
}
/**
 * The most telling line(s) of a pytest failure text (longrepr, JUnit element text): the `E   ...`
 * lines pytest prints for the exception, else the last non-empty line (a native traceback ends
 * with `ExcType: message`). Only the tail is looked at, so a huge text costs little.
 */
function summariseFailureText(text) {
    const tail = text.length > 65536 ? text.slice(text.length - 65536) : text;
    const lines = tail.split('\n');
    const eLines = [];
    for (const line of lines) {
        if (line.startsWith('E '))
            eLines.push(line.slice(1).trim());
    }
    if (eLines.length > 0)
        return capMessage(eLines.join('\n'));
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i].trim();
        if (line !== '')
            return capMessage(line);
    }
    return null;
}
/** A skip reason from pytest's `(path, lineno, "Skipped: reason")` longrepr, as tuple text or array. */
function skipReason(longrepr) {
    if (Array.isArray(longrepr) && typeof longrepr[2] === 'string')
        return capMessage(stripSkipped(longrepr[2]));
    if (typeof longrepr !== 'string' || longrepr === '')
        return null;
    // xdist prefixes the tuple with a `[gw0] linux -- Python ...` line
    const tuple = /(?:^|\n)\(.*?, \d+, (['"])([\s\S]*)\1\)\s*$/.exec(longrepr);
    return capMessage(stripSkipped(tuple ? tuple[2] : longrepr));
}
const stripSkipped = (reason) => reason.replace(/^Skipped: /, '');
/**
 * Checks UTF-8 validity of a file read in chunks: a multi-byte character split between two
 * chunks is carried over instead of being reported as invalid.
 */
class Utf8Checker {
    carry = null;
    invalid = false;
    push(chunk) {
        if (this.invalid)
            return;
        const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
        const cut = incompleteTailStart(data);
        this.carry = cut < data.length ? Buffer.from(data.subarray(cut)) : null;
        if (!(0,external_node_buffer_.isUtf8)(data.subarray(0, cut)))
            this.invalid = true;
    }
    end() {
        if (this.carry)
            this.invalid = true;
        this.carry = null;
    }
}
/** Start of an unfinished UTF-8 sequence at the end of `data` (data.length when there is none). */
function incompleteTailStart(data) {
    for (let back = 1; back <= 3 && back <= data.length; back++) {
        const byte = data[data.length - back];
        if ((byte & 0xc0) === 0x80)
            continue; // continuation byte: keep looking for the lead byte
        const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return need > back ? data.length - back : data.length;
    }
    return data.length;
}
/** 1-based line and column (in characters) of a character offset in a string. */
function lineColumnInText(text, offset) {
    const end = Math.max(0, Math.min(offset, text.length));
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: end - lineStart + 1 };
}
/**
 * 1-based line and column of a byte offset in a file, read as a stream (only used to word an
 * error message, so the extra pass over a huge file costs nothing on the happy path).
 */
async function lineColumnInFile(path, byteOffset) {
    let line = 1;
    let position = 0;
    const lineTail = [];
    const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 });
    for await (const chunk of stream) {
        const limit = Math.min(chunk.length, byteOffset - position);
        let from = 0;
        for (let i = chunk.indexOf(10); i !== -1 && i < limit; i = chunk.indexOf(10, i + 1)) {
            line++;
            lineTail.length = 0;
            from = i + 1;
        }
        lineTail.push(chunk.subarray(from, Math.max(from, limit)));
        position += chunk.length;
        if (position >= byteOffset) {
            stream.destroy();
            break;
        }
    }
    // Columns count characters, not bytes; a line can be huge (compact JSON), so only decode it here.
    const column = Buffer.concat(lineTail).toString('utf8').length + 1;
    return { line, column };
}
/**
 * The character offset a JSON.parse SyntaxError points at. V8 says "at position N" for most
 * errors; for an unexpected token it quotes up to 10 characters on each side instead
 * (`Unexpected token 'x', ..."context"... is not valid JSON`), which locates it too;
 * "Unexpected end of JSON input" means the end.
 */
function jsonErrorOffset(error, text) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    if (position)
        return Number(position[1]);
    const token = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
    if (token) {
        const [, char, cutBefore, context, cutAfter] = token;
        if (!cutBefore && cutAfter)
            return Math.max(0, context.length - 10);
        if (cutBefore && !cutAfter)
            return text.length - context.length + 10;
        const at = text.indexOf(context);
        if (cutBefore && at !== -1)
            return at + 10;
        const own = text.indexOf(char);
        return own === -1 ? 0 : own;
    }
    return text.length;
}
/** The reason part of a JSON.parse error, without V8's quoted excerpt of the input. */
function jsonErrorReason(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '').replace(/ in JSON at position \d+[\s\S]*$/, '');
}
const invalidUtf8Notice = (path) => `${path} contains bytes that are not valid UTF-8; they were read as U+FFFD (�).`;

;// CONCATENATED MODULE: ./src/report/junit.ts
// JUnit XML as pytest writes it (FORMATS.md §2), xunit1 and xunit2, streamed through saxes.
//
// What JUnit cannot carry, compared with pytest-json-report / reportlog:
//   * no xpassed: a non-strict XPASS is a plain passing <testcase> -> `passed`;
//   * no rerun: pytest-rerunfailures leaves a passing <testcase> -> `passed` (rerunFailure /
//     flakyFailure children, written by other tools, are counted as reruns and give `rerun`);
//   * xfail is <skipped type="pytest.xfail"> -> `xfailed`, with the xfail reason as message
//     (pytest-json-report gives the expected exception instead);
//   * no nodeid: it is rebuilt from classname + name, see junitNodeid(); JUnit XML written by other
//     test runners (Maven Surefire, jest-junit, ...) keeps its own ids, see isPytestCase();
//   * a module skipped at collection is a <testcase classname="" name="pkg.module"> with
//     <skipped message="collection skipped">, kept as a `skipped` record (pytest-json-report and
//     reportlog list it only among collectors, so they have one test less);
//   * no exit status; `timestamp` is the start time, in local time without a zone before pytest 9.





/** Text of a result element is only needed for its tail (the `E` lines): keep this much of it. */
const TEXT_KEEP = 64 * 1024;
const RERUN_ELEMENTS = new Set(['rerunFailure', 'rerunError', 'flakyFailure', 'flakyError']);
async function readJunit(path, ctx) {
    const reader = new JunitReader(ctx);
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    parser.on('opentag', (tag) => reader.open(tag));
    parser.on('closetag', (tag) => reader.close(tag.name));
    parser.on('text', (text) => reader.text(text));
    parser.on('cdata', (text) => reader.text(text));
    const utf8 = new Utf8Checker();
    const decoder = new TextDecoder('utf-8');
    const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 });
    try {
        for await (const chunk of stream) {
            utf8.push(chunk);
            parser.write(decoder.decode(chunk, { stream: true }));
        }
        parser.write(decoder.decode());
        parser.close();
    }
    catch (error) {
        if (error instanceof errors/* InputError */.d)
            throw error;
        throw xmlError(ctx.displayPath, parser, error);
    }
    finally {
        stream.destroy();
    }
    utf8.end();
    return reader.finish(utf8.invalid);
}
class JunitReader {
    ctx;
    records = [];
    stack = [];
    suiteNames = [];
    current = null;
    capturing = false;
    created = null;
    timestampWithoutZone = false;
    seconds = null;
    collectionErrors = 0;
    collectionErrorIds = new Set();
    internalError = false;
    unnamedCases = 0;
    constructor(ctx) {
        this.ctx = ctx;
    }
    open(tag) {
        const { name, attributes } = tag;
        const parent = this.stack[this.stack.length - 1];
        this.stack.push(name);
        if (parent === undefined && name !== 'testsuites' && name !== 'testsuite') {
            throw new errors/* InputError */.d(`${this.ctx.displayPath} is XML but not JUnit XML: its root element is <${name}>, not <testsuites> or <testsuite>. ` +
                'Point the input at the file written by pytest --junitxml=<file>.');
        }
        if (name === 'testsuite') {
            this.suiteNames.push(attributes.name ?? '');
            this.suite(attributes, parent);
        }
        else if (name === 'testcase')
            this.current = openCase(attributes, this.suiteNames[this.suiteNames.length - 1] ?? '');
        else if (this.current && name === 'property' && parent === 'properties') {
            if (typeof attributes.name === 'string')
                this.current.properties.push([attributes.name, attributes.value ?? '']);
        }
        else if (this.current && parent === 'testcase')
            this.result(this.current, name, attributes);
    }
    close(name) {
        this.stack.pop();
        if (name === 'testsuite')
            this.suiteNames.pop();
        if (name === 'testcase' && this.current) {
            this.records.push(this.caseRecord(this.current));
            this.current = null;
        }
        if (name === 'failure' || name === 'error' || name === 'skipped')
            this.capturing = false;
    }
    text(text) {
        if (!this.capturing || !this.current)
            return;
        const joined = this.current.text + text;
        this.current.text = joined.length > TEXT_KEEP * 2 ? joined.slice(joined.length - TEXT_KEEP) : joined;
    }
    finish(invalidUtf8) {
        const path = this.ctx.displayPath;
        const notices = [];
        if (invalidUtf8)
            notices.push(invalidUtf8Notice(path));
        if (this.timestampWithoutZone) {
            notices.push(`${path}: the JUnit timestamp has no time zone (pytest before 9 writes local time), so the run's time is not taken from it.`);
        }
        if (this.collectionErrors > 0) {
            notices.push(`${path}: ${this.collectionErrors} collection error(s): pytest could not collect these, so their tests did not run; each is recorded as an \`error\` test.`);
        }
        return {
            meta: {
                created: this.created,
                format: 'junit',
                files: [path],
                exit_code: null,
                duration_s: this.seconds,
                collection_errors: this.collectionErrors,
                sessions: [
                    {
                        file: path,
                        format: 'junit',
                        exit_status: null,
                        finished: null,
                        summary: null,
                        listed: (0,record/* countOutcomes */.XF)(this.records.filter((r) => !this.collectionErrorIds.has(r.nodeid))),
                        collection_errors: this.collectionErrors,
                        internal_error: this.internalError,
                        unnamed_cases: this.unnamedCases
                    }
                ]
            },
            tests: this.records,
            notices
        };
    }
    suite(attributes, parent) {
        if (parent === 'testsuite')
            return; // nested suites: the outer one has the time
        const seconds = Number(attributes.time);
        if (attributes.time !== undefined && Number.isFinite(seconds))
            this.seconds = (this.seconds ?? 0) + seconds;
        const stamp = attributes.timestamp;
        if (this.created !== null || !stamp)
            return;
        if (!/(Z|[+-]\d\d:?\d\d)$/.test(stamp)) {
            this.timestampWithoutZone = true;
            return;
        }
        const start = Date.parse(stamp);
        // the report's time is its end, as pytest-json-report's `created`
        if (Number.isFinite(start))
            this.created = new Date(start + (Number.isFinite(seconds) ? seconds * 1000 : 0)).toISOString();
    }
    result(open, name, attributes) {
        if (RERUN_ELEMENTS.has(name)) {
            open.reruns++;
            return;
        }
        if (name !== 'failure' && name !== 'error' && name !== 'skipped')
            return;
        this.capturing = open.result === null;
        if (open.result !== null)
            return; // the first result wins (a teardown error after a failure)
        open.result = name;
        open.type = attributes.type ?? '';
        open.message = attributes.message ?? null;
    }
    caseRecord(open) {
        const pytest = isPytestCase(open);
        const nodeid = pytest ? junitNodeid(open.classname, open.name, open.file) : foreignTestId(open.classname, open.name);
        // pytest's own testcases for a session that did not finish (see SessionRecord)
        if (open.classname === '' && open.name === '')
            this.unnamedCases++;
        if (open.classname === 'pytest' && open.name === 'internal' && open.result === 'error')
            this.internalError = true;
        let outcome = 'passed';
        let message = null;
        // pytest's failure text ends with its `E` lines; other runners' stack traces start with the error
        const fromText = pytest ? summariseFailureText : firstLine;
        if (open.result === 'failure') {
            outcome = 'failed';
            message = open.message ? capMessage(open.message) : fromText(open.text);
        }
        else if (open.result === 'error') {
            outcome = 'error';
            if (open.message === 'collection failure') {
                this.collectionErrors++;
                this.collectionErrorIds.add(nodeid);
                message = summariseFailureText(open.text) ?? open.message;
            }
            else
                message = open.message ? capMessage(unwrapStageMessage(open.message)) : fromText(open.text);
        }
        else if (open.result === 'skipped') {
            outcome = open.type === 'pytest.xfail' ? 'xfailed' : 'skipped';
            message = open.message ? capMessage(open.message) : null;
        }
        else if (open.reruns > 0)
            outcome = 'rerun';
        const fileMatches = open.file !== null && nodeid.startsWith(open.file + '::');
        return (0,record/* buildRecord */.kA)({
            nodeid,
            // another runner's id is not a path: its file is the `file` attribute, when there is one
            ...(pytest ? {} : { file: open.file }),
            outcome,
            durationSeconds: open.seconds,
            message,
            line: fileMatches || (!pytest && open.file !== null) ? open.line : null,
            reruns: open.reruns,
            tags: { userProperties: open.properties }
        }, this.ctx);
    }
}
function openCase(attributes, suite) {
    const seconds = Number(attributes.time);
    const line = Number(attributes.line);
    return {
        suite,
        classname: attributes.classname ?? '',
        name: attributes.name ?? '',
        file: attributes.file ? attributes.file.replace(/\\/g, '/') : null,
        // xunit1 `line` is 0-based, as pytest's location
        line: attributes.line !== undefined && Number.isInteger(line) && line >= 0 ? line + 1 : null,
        seconds: Number.isFinite(seconds) ? seconds : 0,
        result: null,
        type: '',
        message: null,
        text: '',
        properties: [],
        reruns: 0
    };
}
function firstLine(text) {
    const line = text.split('\n').find((l) => l.trim() !== '');
    return line === undefined ? null : capMessage(line.trim());
}
/** `failed on setup with "ConnectionError: ..."` -> `ConnectionError: ...` (as the json report's crash message). */
function unwrapStageMessage(message) {
    const match = /^failed on (?:setup|teardown) with "([\s\S]*)"$/.exec(message);
    return match ? match[1] : message;
}
/**
 * Whether a testcase was written by pytest, whose ids can be turned back into nodeids. pytest's are
 * recognised by (any one): a `file` attribute ending in `.py` (xunit1); the enclosing suite named
 * `pytest` (pytest's default junit_suite_name); a classname made of Python identifiers whose module
 * part is a pytest test module by pytest's default naming (`test_*` or `*_test`), e.g.
 * `tests.test_cart.TestTotals`. Anything else (`com.example.CartTest` from Surefire, `Cart adds an
 * item` from jest-junit) keeps its runner's own id.
 */
function isPytestCase(c) {
    if (c.file !== null)
        return c.file.endsWith('.py');
    if (c.suite === 'pytest')
        return true;
    // classname "" with the dotted module as name: pytest's record of a module it could not collect
    const segments = (c.classname === '' ? c.name : c.classname).split('.');
    if (!segments.every((s) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s)))
        return false;
    const firstClass = segments.findIndex((s, i) => i > 0 && /^[A-Z]/.test(s));
    const module = segments[(firstClass === -1 ? segments.length : firstClass) - 1];
    return /^test_|_test$|^test$/.test(module);
}
/** The id of a testcase from another test runner: `classname::name`, or `name` when classname adds nothing. */
function foreignTestId(classname, name) {
    if (classname === '' || classname === name)
        return name || '<unnamed>';
    return `${classname}::${name || '<unnamed>'}`;
}
/**
 * The pytest nodeid behind a JUnit testcase. pytest writes classname = the nodeid's file path
 * with `/` -> `.` and `.py` dropped, followed by any classes; name = the test function (with its
 * parameters). Going back:
 *   * classname "" (collection error or collection skip): name is the dotted module -> `a/b.py`;
 *   * xunit1 `file` attribute: when classname starts with that file's dotted module, the rest are
 *     classes (exact);
 *   * otherwise a heuristic: the first segment after the first one that starts with an
 *     uppercase letter begins the classes (`pkg.test_mod.TestA.TestB` ->
 *     `pkg/test_mod.py::TestA::TestB`). Wrong for an upper-case module or directory name, a
 *     lower-case class, or a directory with a dot in its name; use xunit1 or pytest-json-report
 *     when that matters.
 */
function junitNodeid(classname, name, file) {
    if (classname === '')
        return name === '' ? '<collection>' : `${name.replace(/\./g, '/')}.py`;
    if (file !== null && file.endsWith('.py')) {
        const dotted = file.slice(0, -3).replace(/\//g, '.');
        if (classname === dotted)
            return `${file}::${name}`;
        if (classname.startsWith(dotted + '.'))
            return [file, ...classname.slice(dotted.length + 1).split('.'), name].join('::');
    }
    const segments = classname.split('.');
    let firstClass = segments.length;
    for (let i = 1; i < segments.length; i++) {
        if (/^[A-Z]/.test(segments[i])) {
            firstClass = i;
            break;
        }
    }
    const modulePath = segments.slice(0, firstClass).join('/') + '.py';
    return [modulePath, ...segments.slice(firstClass), name].join('::');
}
function xmlError(path, parser, error) {
    const raw = error instanceof Error ? error.message : String(error);
    const reason = raw.replace(/^.*?:\d+:\d+: /, '');
    const truncated = /unclosed|root element|end of|unexpected end/i.test(reason);
    const hint = truncated
        ? 'The XML ends before its elements are closed: the file looks truncated (pytest killed, or an upload cut short). Regenerate it.'
        : 'Regenerate it with pytest --junitxml=<file>; if another tool wrote or edited it, check that tool.';
    return new errors/* InputError */.d(`${path}:${parser.line}:${parser.column}: invalid XML (${reason}). ${hint}`);
}

;// CONCATENATED MODULE: ./src/report/merge.ts
// Several report files (matrix shards, a glob, re-runs of a job) make one run, and one nodeid
// that appears more than once is resolved deliberately, never by silently keeping one copy.
//
// Order: the runs are ordered by their report time (`created`) when every file has one, else
// kept in the order the files were given (sorted paths for a glob). Copies of a nodeid are then
// in that order ("later" = later report).
//
// The rule for one nodeid seen N times (a failure is never hidden):
//   * some copy failed (failed/error/rerun) and some copy passed (passed/xpassed/rerun)
//       -> `rerun`: it failed and passed on the same code, which is what flaky means
//          (CONTRACT.md counts a rerun as a failure and as flaky);
//   * only failures (skips aside) -> the outcome of the latest failing copy;
//   * no failure -> the most informative outcome: passed/xpassed, then xfailed, then skipped
//       (a shard that skipped a test does not hide a shard that ran it); the latest on a tie;
//   * duration_ms is the sum of all copies (the time the test cost), reruns the sum of the
//     copies' reruns plus the failing copies that are not the final outcome;
//   * message: the latest failing copy's message when the outcome is a failure, else the
//     chosen copy's;
//   * component, failure mode, incident, tag source, file and line: the latest copy
//     (CONTRACT.md: a test's tags are those of its most recent record).
// Each merge is counted in a notice.

const PASSING = new Set(['passed', 'xpassed', 'rerun']);
const NON_FAILURE_RANK = { passed: 2, xpassed: 2, xfailed: 1, skipped: 0 };
function merge_mergeRuns(runs) {
    if (runs.length === 0)
        throw new Error('mergeRuns needs at least one run');
    const ordered = runs.every((r) => r.meta.created !== null)
        ? [...runs].sort((a, b) => Date.parse(a.meta.created) - Date.parse(b.meta.created))
        : runs;
    const notices = ordered.flatMap((r) => r.notices);
    const formats = [...new Set(ordered.map((r) => r.meta.format))];
    if (formats.length > 1)
        notices.push(`The reports mix formats (${formats.join(', ')}); they were read as one run.`);
    // One pytest-json-report keys its tests by nodeid and a reportlog is folded by nodeid, so a single
    // such file has no duplicates (skipping the check saves ~10 ms on 28,000 tests); JUnit can repeat one.
    const single = ordered.length === 1 && ordered[0].meta.format !== 'junit';
    const { tests, duplicates, examples } = single ? { tests: ordered[0].tests, duplicates: 0, examples: [] } : dedupeTests(ordered.flatMap((r) => r.tests));
    if (duplicates > 0) {
        notices.push(`${duplicates} test(s) appeared more than once across the reports (e.g. ${examples.join(', ')}) and were merged into one ` +
            'record each: a test that failed in one copy and passed in another counts as `rerun` (flaky), durations are summed.');
    }
    const created = ordered.map((r) => r.meta.created).filter((c) => c !== null);
    const durations = ordered.map((r) => r.meta.duration_s).filter((d) => d !== null);
    return {
        meta: {
            created: created.length > 0 ? created.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b)) : null,
            format: ordered[0].meta.format,
            files: ordered.flatMap((r) => r.meta.files),
            exit_code: combineExitCodes(ordered.map((r) => r.meta.exit_code)),
            duration_s: durations.length > 0 ? durations.reduce((a, b) => a + b, 0) : null,
            collection_errors: ordered.reduce((sum, r) => sum + r.meta.collection_errors, 0),
            // runs built by hand carry no session records: keep them without
            ...(ordered.some((r) => r.meta.sessions) ? { sessions: ordered.flatMap((r) => r.meta.sessions ?? []) } : {})
        },
        tests,
        notices
    };
}
/** One record per nodeid, in order of first appearance; copies resolved as the header says. */
function dedupeTests(tests) {
    const seen = new Set();
    for (const t of tests)
        seen.add(t.nodeid);
    if (seen.size === tests.length)
        return { tests, duplicates: 0, examples: [] };
    const groups = new Map();
    let duplicates = 0;
    for (const t of tests) {
        const group = groups.get(t.nodeid);
        if (group)
            group.push(t);
        else
            groups.set(t.nodeid, [t]);
    }
    const examples = [];
    const merged = [];
    for (const group of groups.values()) {
        if (group.length === 1) {
            merged.push(group[0]);
            continue;
        }
        duplicates++;
        if (examples.length < 3)
            examples.push(group[0].nodeid);
        merged.push(mergeCopies(group));
    }
    return { tests: merged, duplicates, examples };
}
function mergeCopies(copies) {
    const latest = copies[copies.length - 1];
    const failing = copies.filter((c) => (0,constants/* isFailure */.N6)(c.outcome));
    const passed = copies.some((c) => PASSING.has(c.outcome));
    let chosen;
    let outcome;
    if (failing.length > 0) {
        chosen = failing[failing.length - 1];
        outcome = passed ? 'rerun' : chosen.outcome;
    }
    else {
        chosen = copies.reduce((best, c) => ((NON_FAILURE_RANK[c.outcome] ?? 0) >= (NON_FAILURE_RANK[best.outcome] ?? 0) ? c : best));
        outcome = chosen.outcome;
    }
    const failedAttempts = copies.filter((c) => c.outcome === 'failed' || c.outcome === 'error').length;
    const finalIsFailedAttempt = outcome === 'failed' || outcome === 'error' ? 1 : 0;
    return {
        ...latest,
        outcome,
        duration_ms: Math.round(copies.reduce((sum, c) => sum + c.duration_ms, 0) * 1e3) / 1e3,
        message: chosen.message,
        line: latest.line ?? copies.find((c) => c.line !== null)?.line ?? null,
        reruns: copies.reduce((sum, c) => sum + c.reruns, 0) + failedAttempts - finalIsFailedAttempt
    };
}
/**
 * One exit status for several pytest sessions: the worst real problem wins (interrupted,
 * internal or usage error over tests failed over ok); "no tests collected" (5) only when every
 * shard says so, since an empty shard is normal in a matrix.
 */
function combineExitCodes(codes) {
    const known = codes.filter((c) => c !== null);
    if (known.length === 0)
        return null;
    const real = known.filter((c) => c !== 5);
    return real.length === 0 ? 5 : Math.max(...real);
}

;// CONCATENATED MODULE: ./src/report/json-stream.ts
// A streaming reader for one big JSON object, for reports larger than a JavaScript string can
// hold (V8 strings end near 512 MB) or than memory should hold at once. A byte-level scanner walks
// the top-level object; the elements of chosen array values (pytest-json-report's `tests`) are cut
// out by their byte ranges and JSON.parse'd one by one, so memory holds one element at a time plus
// whatever the caller keeps. Other top-level values are parsed whole. The scanner checks the
// structure it walks (commas, colons, brackets, strings); JSON.parse checks everything inside a
// value. Errors carry the byte offset; bytes that are not UTF-8 decode to U+FFFD.



class JsonSyntaxError extends Error {
    byteOffset;
    constructor(reason, 
    /** offset of the problem in the file, in bytes */
    byteOffset) {
        super(reason);
        this.byteOffset = byteOffset;
        this.name = 'JsonSyntaxError';
    }
}
/** The file is JSON but its top-level value is not an object. */
class JsonNotObjectError extends Error {
    found;
    constructor(found) {
        super(`top-level JSON value is ${found === 'array' ? 'an array' : 'not an object'}`);
        this.found = found;
        this.name = 'JsonNotObjectError';
    }
}
async function streamTopLevelObject(path, handlers, chunkBytes = 4 << 20) {
    const scanner = new TopLevelScanner(handlers);
    const utf8 = new Utf8Checker();
    const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: chunkBytes });
    try {
        for await (const chunk of stream) {
            utf8.push(chunk);
            scanner.feed(chunk);
        }
    }
    finally {
        stream.destroy();
    }
    utf8.end();
    scanner.end();
    return { keys: scanner.keys, invalidUtf8: utf8.invalid };
}
/** The same scan over a file already in memory (no stream, no value cut between reads). */
function scanTopLevelObject(bytes, handlers) {
    const scanner = new TopLevelScanner(handlers);
    scanner.feed(bytes);
    scanner.end();
    return { keys: scanner.keys, invalidUtf8: !(0,external_node_buffer_.isUtf8)(bytes) };
}
var State;
(function (State) {
    State[State["Start"] = 0] = "Start";
    State[State["KeyOrEnd"] = 1] = "KeyOrEnd";
    State[State["Colon"] = 2] = "Colon";
    State[State["Value"] = 3] = "Value";
    State[State["CommaOrEnd"] = 4] = "CommaOrEnd";
    State[State["ElementOrEnd"] = 5] = "ElementOrEnd";
    State[State["ElementCommaOrEnd"] = 6] = "ElementCommaOrEnd";
    State[State["Capture"] = 7] = "Capture";
    State[State["Done"] = 8] = "Done";
})(State || (State = {}));
var Kind;
(function (Kind) {
    Kind[Kind["Container"] = 0] = "Container";
    Kind[Kind["String"] = 1] = "String";
    Kind[Kind["Primitive"] = 2] = "Primitive";
})(Kind || (Kind = {}));
var Target;
(function (Target) {
    Target[Target["Key"] = 0] = "Key";
    Target[Target["Value"] = 1] = "Value";
    Target[Target["Element"] = 2] = "Element";
})(Target || (Target = {}));
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const GUESS_PATIENCE = 16;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const COMPACT_NEXT = Buffer.from('}, {');
const COMPACT_LAST = Buffer.from('}]');
const closingLines = new Map();
/** Where the `{` at `start` probably ends (index after its `}`) from the layout, -1 when unknown in this chunk. */
function guessElementEnd(chunk, start) {
    let lineStart = start;
    while (lineStart > 0 && chunk[lineStart - 1] === SPACE)
        lineStart--;
    if (lineStart > 0 && chunk[lineStart - 1] === NEWLINE) {
        const indent = start - lineStart;
        let closing = closingLines.get(indent);
        if (!closing) {
            closing = Buffer.from('\n' + ' '.repeat(indent) + '}');
            closingLines.set(indent, closing);
        }
        const at = chunk.indexOf(closing, start);
        return at === -1 ? -1 : at + closing.length;
    }
    const next = chunk.indexOf(COMPACT_NEXT, start);
    const last = next === -1 ? chunk.indexOf(COMPACT_LAST, start) : -1;
    const at = next !== -1 ? next : last;
    return at === -1 ? -1 : at + 1;
}
const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** first characters of a JSON string, number, true, false or null */
const STARTS_SCALAR = /^["\-0-9tfn]$/;
const json_stream_isSpace = (b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
// byte classes for the capture loop (0: nothing to do)
const QUOTE_CLASS = 1;
const OPEN_CLASS = 2;
const CLOSE_CLASS = 3;
const BYTE_CLASS = new Uint8Array(256);
BYTE_CLASS[QUOTE] = QUOTE_CLASS;
BYTE_CLASS[OPEN_BRACE] = OPEN_CLASS;
BYTE_CLASS[OPEN_BRACKET] = OPEN_CLASS;
BYTE_CLASS[CLOSE_BRACE] = CLOSE_CLASS;
BYTE_CLASS[CLOSE_BRACKET] = CLOSE_CLASS;
class TopLevelScanner {
    handlers;
    keys = [];
    state = State.Start;
    /** absolute offset of the current chunk's first byte */
    chunkOffset = 0;
    afterComma = false;
    key = '';
    elementIndex = 0;
    /** wrong guesses of an element's end allowed in a row before the fast path is given up */
    guessesLeft = GUESS_PATIENCE;
    // the value being cut out
    kind = Kind.Primitive;
    target = Target.Value;
    depth = 0;
    inString = false;
    escapePending = false;
    captureStart = 0;
    parts = [];
    constructor(handlers) {
        this.handlers = handlers;
    }
    feed(chunk) {
        const n = chunk.length;
        let i = 0;
        // start of the capture inside this chunk (0 when it began in an earlier chunk)
        let captureFrom = 0;
        let end;
        while (i < n) {
            if (this.state === State.Capture) {
                const end = this.continueCapture(chunk, i);
                if (end === -1)
                    break;
                this.finishCapture(chunk, captureFrom, end);
                i = end;
                continue;
            }
            const b = chunk[i];
            if (json_stream_isSpace(b)) {
                i++;
                continue;
            }
            switch (this.state) {
                case State.Start:
                    if (this.chunkOffset + i < 3 && b === UTF8_BOM[this.chunkOffset + i])
                        i++;
                    else if (b === OPEN_BRACE) {
                        this.state = State.KeyOrEnd;
                        this.afterComma = false;
                        i++;
                    }
                    else if (b === OPEN_BRACKET)
                        throw new JsonNotObjectError('array');
                    else if (STARTS_SCALAR.test(String.fromCharCode(b)))
                        throw new JsonNotObjectError('other');
                    else
                        this.fail(`Unexpected token '${String.fromCharCode(b)}'`, i);
                    break;
                case State.KeyOrEnd:
                    if (b === QUOTE) {
                        captureFrom = i;
                        this.startCapture(Target.Key, b, i);
                        i++;
                    }
                    else if (b === CLOSE_BRACE && !this.afterComma) {
                        this.state = State.Done;
                        i++;
                    }
                    else
                        this.fail('Expected double-quoted property name', i);
                    break;
                case State.Colon:
                    if (b !== COLON)
                        this.fail("Expected ':' after property name", i);
                    this.state = State.Value;
                    i++;
                    break;
                case State.Value:
                    if (b === OPEN_BRACKET && this.handlers.arrayKeys.has(this.key)) {
                        this.state = State.ElementOrEnd;
                        this.afterComma = false;
                        this.elementIndex = 0;
                        this.guessesLeft = GUESS_PATIENCE; // each array gets its own chance at the fast path
                        this.handlers.onArrayStart(this.key);
                        i++;
                    }
                    else {
                        captureFrom = i;
                        this.startCapture(Target.Value, b, i);
                        if (this.kind !== Kind.Primitive)
                            i++;
                    }
                    break;
                case State.CommaOrEnd:
                    if (b === COMMA) {
                        this.state = State.KeyOrEnd;
                        this.afterComma = true;
                    }
                    else if (b === CLOSE_BRACE)
                        this.state = State.Done;
                    else
                        this.fail("Expected ',' or '}' after property value", i);
                    i++;
                    break;
                case State.ElementOrEnd:
                    if (b === CLOSE_BRACKET && !this.afterComma) {
                        this.state = State.CommaOrEnd;
                        i++;
                    }
                    else if (b === CLOSE_BRACKET || b === COMMA) {
                        this.fail('Unexpected token in array', i);
                    }
                    else if (b === OPEN_BRACE && this.guessesLeft > 0 && (end = this.tryGuessedElement(chunk, i)) !== -1) {
                        this.state = State.ElementCommaOrEnd;
                        i = end;
                    }
                    else {
                        captureFrom = i;
                        this.startCapture(Target.Element, b, i);
                        if (this.kind !== Kind.Primitive)
                            i++;
                    }
                    break;
                case State.ElementCommaOrEnd:
                    if (b === COMMA) {
                        this.state = State.ElementOrEnd;
                        this.afterComma = true;
                    }
                    else if (b === CLOSE_BRACKET)
                        this.state = State.CommaOrEnd;
                    else
                        this.fail("Expected ',' or ']' after array element", i);
                    i++;
                    break;
                case State.Done:
                    this.fail('Unexpected non-whitespace character after JSON', i);
            }
        }
        if (this.state === State.Capture)
            this.parts.push(chunk.subarray(captureFrom));
        this.chunkOffset += n;
    }
    end() {
        if (this.state !== State.Done)
            throw new JsonSyntaxError('Unexpected end of JSON input', this.chunkOffset);
    }
    /**
     * The fast path for the elements of a big array. Instead of walking an object byte by byte,
     * guess where it ends and let JSON.parse confirm: Python's json.dump writes an element of an
     * indented array as `<indent>{ ... \n<indent>}` (a raw newline never occurs inside a JSON
     * string), and a compact one as `{...}, {` or `{...}]`. A slice that starts at `{` and parses
     * is exactly one object, so a wrong guess can only fail to parse, never give a wrong element;
     * then the byte walk takes over. After a run of wrong guesses (unusual formatting) it stops
     * guessing. Returns the index after the element, or -1.
     */
    tryGuessedElement(chunk, start) {
        const guess = guessElementEnd(chunk, start);
        if (guess === -1)
            return -1;
        let value;
        try {
            value = JSON.parse(chunk.toString('utf8', start, guess));
        }
        catch {
            this.guessesLeft--;
            return -1;
        }
        this.guessesLeft = GUESS_PATIENCE;
        this.handlers.onElement(this.key, value, this.elementIndex++);
        return guess;
    }
    startCapture(target, first, i) {
        this.state = State.Capture;
        this.target = target;
        this.captureStart = this.chunkOffset + i;
        this.parts = [];
        this.inString = false;
        this.escapePending = false;
        if (first === OPEN_BRACE || first === OPEN_BRACKET) {
            this.kind = Kind.Container;
            this.depth = 1;
        }
        else if (first === QUOTE) {
            this.kind = Kind.String;
            this.inString = true;
        }
        else
            this.kind = Kind.Primitive;
    }
    /** Index just past the captured value in this chunk, or -1 when it goes on in the next one. */
    continueCapture(chunk, from) {
        const n = chunk.length;
        let i = from;
        if (this.kind === Kind.Primitive) {
            for (; i < n; i++) {
                const b = chunk[i];
                if (b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET || json_stream_isSpace(b))
                    return i;
            }
            return -1;
        }
        // the hot loop: a table lookup per byte outside strings; strings are skipped with indexOf
        let depth = this.depth;
        const stringOnly = this.kind === Kind.String;
        while (i < n) {
            if (this.inString) {
                const close = this.findStringEnd(chunk, i);
                if (close === -1)
                    break;
                this.inString = false;
                i = close + 1;
                if (stringOnly)
                    return i;
                continue;
            }
            const c = BYTE_CLASS[chunk[i]];
            if (c === QUOTE_CLASS)
                this.inString = true;
            else if (c === OPEN_CLASS)
                depth++;
            else if (c === CLOSE_CLASS && --depth === 0) {
                this.depth = 0;
                return i + 1;
            }
            i++;
        }
        this.depth = depth;
        return -1;
    }
    /** The closing quote of the string the scan is in, or -1 (remembering a dangling backslash). */
    findStringEnd(chunk, from) {
        const n = chunk.length;
        let i = from;
        if (this.escapePending) {
            this.escapePending = false;
            i++;
        }
        for (;;) {
            const quote = i < n ? chunk.indexOf(QUOTE, i) : -1;
            const stop = quote === -1 ? n : quote;
            let backslashes = 0;
            for (let k = stop - 1; k >= i && chunk[k] === BACKSLASH; k--)
                backslashes++;
            if (quote === -1) {
                this.escapePending = (backslashes & 1) === 1;
                return -1;
            }
            if ((backslashes & 1) === 0)
                return quote;
            i = quote + 1;
        }
    }
    finishCapture(chunk, from, end) {
        const piece = chunk.subarray(from, end);
        const bytes = this.parts.length > 0 ? Buffer.concat([...this.parts, piece]) : piece;
        this.parts = [];
        const text = bytes.toString('utf8');
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            const offset = jsonErrorOffset(error, text);
            throw new JsonSyntaxError(jsonErrorReason(error), this.captureStart + Buffer.byteLength(text.slice(0, offset)));
        }
        switch (this.target) {
            case Target.Key:
                this.key = value;
                this.keys.push(this.key);
                this.state = State.Colon;
                break;
            case Target.Value:
                this.handlers.onValue(this.key, value);
                this.state = State.CommaOrEnd;
                break;
            case Target.Element:
                this.handlers.onElement(this.key, value, this.elementIndex++);
                this.state = State.ElementCommaOrEnd;
                break;
        }
    }
    fail(reason, i) {
        throw new JsonSyntaxError(reason, this.chunkOffset + i);
    }
}

;// CONCATENATED MODULE: ./src/report/pytest-json.ts
// pytest-json-report (FORMATS.md §1): one JSON object per run, read by the scanner of
// json-stream.ts, which hands over one test object at a time (each JSON.parse'd on its own) so
// memory holds TestRecords, not the document. Files below a size threshold are read into one
// Buffer and scanned; larger ones are streamed from disk. Measured on a 25 MB report (bench/read.ts),
// scan + per-test JSON.parse costs about what one JSON.parse of the whole file does, and the
// garbage collector has far less to do than with a whole-document tree.





/** Above this size a report is streamed (V8 cannot hold a string much over 512 MB). */
const DEFAULT_STREAM_THRESHOLD_BYTES = 64 * 1024 * 1024;
const REPORT_KEYS = ['created', 'duration', 'exitcode', 'root', 'summary', 'tests'];
const STAGES = ['setup', 'call', 'teardown'];
/** Where a failure message comes from: the call first, then setup, then teardown (FORMATS.md §6). */
const FAILURE_STAGE_ORDER = ['call', 'setup', 'teardown'];
async function readPytestJson(path, ctx, streamThresholdBytes = DEFAULT_STREAM_THRESHOLD_BYTES, 
/** read size of the streaming path (tests make it tiny to cut values at every possible place) */
streamChunkBytes) {
    const { size } = await (0,promises_.stat)(path);
    const builder = new PytestJsonBuilder(ctx);
    try {
        const { keys, invalidUtf8 } = size >= streamThresholdBytes
            ? await streamTopLevelObject(path, builder, streamChunkBytes)
            : scanTopLevelObject(await (0,promises_.readFile)(path), builder);
        return builder.finish(keys, invalidUtf8);
    }
    catch (error) {
        if (error instanceof JsonSyntaxError) {
            const at = await lineColumnInFile(path, error.byteOffset);
            throw syntaxError(ctx.displayPath, at.line, at.column, error.message, error.byteOffset >= size);
        }
        throw notObject(error, ctx) ?? error;
    }
}
/** Collects a report's top-level values and turns each test into a TestRecord as it arrives. */
class PytestJsonBuilder {
    ctx;
    arrayKeys = new Set(['tests', 'collectors', 'warnings']);
    tests = [];
    collectionErrors = [];
    values = new Map();
    testsIsArray = false;
    constructor(ctx) {
        this.ctx = ctx;
    }
    onArrayStart(key) {
        if (key === 'tests')
            this.testsIsArray = true;
    }
    onElement(key, element, index) {
        if (key === 'tests') {
            this.tests.push(this.testRecord(element, index));
        }
        else if (key === 'collectors') {
            const record = this.collectionError(element);
            if (record)
                this.collectionErrors.push(record);
        }
        // warnings: nothing to keep
    }
    onValue(key, value) {
        this.values.set(key, value);
    }
    finish(keys, invalidUtf8) {
        const present = new Set(keys);
        const path = this.ctx.displayPath;
        if (!present.has('tests')) {
            if (present.has('summary') && present.has('exitcode')) {
                throw new errors/* InputError */.d(`${path} is a pytest-json-report without per-test results: it has only the summary ` +
                    `(${(0,record/* describeCounts */.wv)(asCounts(this.values.get('summary')))}) because pytest ran with --json-report-summary, ` +
                    'which leaves out the `tests` list. Remove --json-report-summary from the pytest command so the report lists every test.');
            }
            const missing = REPORT_KEYS.filter((k) => !present.has(k));
            const found = keys.length > 0 ? keys.slice(0, 12).join(', ') + (keys.length > 12 ? ', …' : '') : 'none';
            throw new errors/* InputError */.d(`${path} is valid JSON but not a pytest-json-report: it lacks the key(s) ${missing.join(', ')} ` +
                `(top-level keys found: ${found}). Point the input at the file written by pytest --json-report ` +
                '--json-report-file=<file>, or set the report format if it is JUnit XML or a pytest-reportlog file.');
        }
        if (!this.testsIsArray) {
            throw new errors/* InputError */.d(`${path}: the \`tests\` value is not a list, so this is not a pytest-json-report. Regenerate it with pytest --json-report.`);
        }
        const exitCode = this.values.get('exitcode');
        const duration = this.values.get('duration');
        const notices = [];
        if (invalidUtf8)
            notices.push(invalidUtf8Notice(path));
        if (this.collectionErrors.length > 0) {
            notices.push(`${path}: ${this.collectionErrors.length} collection error(s) (${this.collectionErrors
                .slice(0, 3)
                .map((r) => r.nodeid)
                .join(', ')}${this.collectionErrors.length > 3 ? ', …' : ''}): pytest could not collect these, ` +
                'so their tests did not run; each is recorded as an `error` test.');
        }
        if (exitCode === 2 && this.tests.length === 0) {
            notices.push(`${path}: pytest exited with code 2 (interrupted) before running any test.`);
        }
        const summaryMismatch = compareSummary(this.values.get('summary'), this.tests);
        if (summaryMismatch)
            notices.push(`${path}: ${summaryMismatch}`);
        return {
            meta: {
                created: (0,record/* epochToIso */.kH)(this.values.get('created')),
                format: 'pytest-json',
                files: [path],
                exit_code: Number.isInteger(exitCode) ? exitCode : null,
                duration_s: typeof duration === 'number' && Number.isFinite(duration) ? duration : null,
                collection_errors: this.collectionErrors.length,
                sessions: [
                    {
                        file: path,
                        format: 'pytest-json',
                        exit_status: Number.isInteger(exitCode) ? exitCode : null,
                        finished: null,
                        summary: (0,record/* isObject */.Gv)(this.values.get('summary')) ? asCounts(this.values.get('summary')) : null,
                        listed: (0,record/* countOutcomes */.XF)(this.tests),
                        collection_errors: this.collectionErrors.length,
                        internal_error: false,
                        unnamed_cases: 0
                    }
                ]
            },
            tests: this.tests.concat(this.collectionErrors),
            notices
        };
    }
    testRecord(raw, index) {
        const path = this.ctx.displayPath;
        if (!(0,record/* isObject */.Gv)(raw) || typeof raw.nodeid !== 'string' || raw.nodeid === '') {
            throw new errors/* InputError */.d(`${path}: tests[${index}] has no \`nodeid\`, so this is not a pytest-json-report test entry. Regenerate the report with pytest --json-report.`);
        }
        if (!(0,record/* isOutcome */.L2)(raw.outcome)) {
            throw new errors/* InputError */.d(`${path}: tests[${index}] (${raw.nodeid}) has the outcome ${JSON.stringify(raw.outcome)}, which pytest does not produce ` +
                '(expected passed, failed, error, skipped, xfailed, xpassed or rerun). Regenerate the report with pytest --json-report.');
        }
        let seconds = 0;
        for (const stage of STAGES) {
            const report = raw[stage];
            if ((0,record/* isObject */.Gv)(report) && typeof report.duration === 'number')
                seconds += report.duration;
        }
        const lineno = raw.lineno;
        return (0,record/* buildRecord */.kA)({
            nodeid: raw.nodeid,
            outcome: raw.outcome,
            durationSeconds: seconds,
            message: testMessage(raw.outcome, raw),
            line: Number.isInteger(lineno) && lineno >= 0 ? lineno + 1 : null,
            reruns: raw.outcome === 'rerun' ? 1 : 0,
            tags: { metadata: raw.metadata, userProperties: propertyPairs(raw.user_properties), markers: raw.markers }
        }, this.ctx);
    }
    /** A collector that failed (import error, syntax error, ...) becomes an `error` record. */
    collectionError(raw) {
        if (!(0,record/* isObject */.Gv)(raw) || raw.outcome !== 'failed')
            return null;
        const nodeid = typeof raw.nodeid === 'string' && raw.nodeid !== '' ? raw.nodeid : '<collection>';
        const longrepr = typeof raw.longrepr === 'string' ? raw.longrepr : '';
        return (0,record/* buildRecord */.kA)({
            nodeid,
            outcome: 'error',
            durationSeconds: 0,
            message: summariseFailureText(longrepr) ?? 'collection failure',
            line: null,
            reruns: 0,
            tags: {}
        }, this.ctx);
    }
}
/**
 * The message kept for a test: the crash message of the failing stage (its longrepr's `E` lines
 * when there is no crash, e.g. strict XPASS or --tb=native), the expected exception of an xfail,
 * the reason of a skip; null for passes.
 */
function testMessage(outcome, raw) {
    if (outcome === 'passed' || outcome === 'xpassed')
        return null;
    const wanted = outcome === 'skipped' || outcome === 'xfailed' ? 'skipped' : 'failed';
    for (const stage of FAILURE_STAGE_ORDER) {
        const report = raw[stage];
        if (!(0,record/* isObject */.Gv)(report) || report.outcome !== wanted)
            continue;
        if (outcome === 'skipped')
            return skipReason(report.longrepr);
        const crash = report.crash;
        if ((0,record/* isObject */.Gv)(crash) && typeof crash.message === 'string' && crash.message !== '')
            return capMessage(crash.message);
        if (typeof report.longrepr === 'string')
            return summariseFailureText(report.longrepr);
    }
    return null;
}
/** `[{"component": "x"}, {"failure_mode": "y"}]` -> `[["component", "x"], ["failure_mode", "y"]]` */
function propertyPairs(value) {
    if (!Array.isArray(value))
        return undefined;
    const pairs = [];
    for (const entry of value) {
        if ((0,record/* isObject */.Gv)(entry))
            for (const [k, v] of Object.entries(entry))
                pairs.push([k, v]);
        else if (Array.isArray(entry) && typeof entry[0] === 'string')
            pairs.push([entry[0], entry[1]]);
    }
    return pairs;
}
function asCounts(summary) {
    const counts = {};
    if ((0,record/* isObject */.Gv)(summary))
        for (const [k, v] of Object.entries(summary))
            if (typeof v === 'number')
                counts[k] = v;
    return counts;
}
/** A report whose own summary disagrees with its tests list was edited or cut: say so. */
function compareSummary(summary, tests) {
    if (!(0,record/* isObject */.Gv)(summary))
        return null;
    const counts = new Map();
    for (const t of tests)
        counts.set(t.outcome, (counts.get(t.outcome) ?? 0) + 1);
    const claimed = asCounts(summary);
    const differing = [...new Set([...counts.keys(), ...Object.keys(claimed)])]
        .filter((k) => (0,record/* isOutcome */.L2)(k) && (claimed[k] ?? 0) !== (counts.get(k) ?? 0));
    if (differing.length === 0)
        return null;
    return (`the report's summary does not match its tests list (${differing
        .map((k) => `${k}: summary ${claimed[k] ?? 0}, tests ${counts.get(k) ?? 0}`)
        .join('; ')}); the tests list is used.`);
}
function syntaxError(path, line, column, reason, atEnd) {
    const hint = atEnd
        ? 'The file ends in the middle of the JSON: it looks truncated (pytest killed, disk full, or an upload cut short). Regenerate the report.'
        : 'Regenerate the report with pytest --json-report; if another tool wrote or edited it, check that tool.';
    return new errors/* InputError */.d(`${path}:${line}:${column}: invalid JSON (${reason}). ${hint}`);
}
function notObject(error, ctx) {
    if (!(error instanceof JsonNotObjectError))
        return null;
    return new errors/* InputError */.d(`${ctx.displayPath} is JSON but its top-level value is ${error.found === 'array' ? 'an array' : 'not an object'}; ` +
        `a pytest-json-report is one object with the keys ${REPORT_KEYS.join(', ')}. Point the input at the file written by pytest --json-report.`);
}

;// CONCATENATED MODULE: ./src/report/reportlog.ts
// pytest-reportlog (FORMATS.md §3): JSON lines, one TestReport per stage (setup/call/teardown),
// streamed line by line and folded into one record per nodeid:
//   * stage status as pytest_report_teststatus gives it: call passed -> passed (xpassed with
//     `wasxfail`), call failed -> failed, call skipped -> skipped (xfailed with `wasxfail`);
//     setup/teardown failed -> error, setup skipped -> skipped (xfailed with `wasxfail`);
//   * the test's outcome is the first non-passed status of its final attempt, as
//     pytest-json-report computes it;
//   * pytest-rerunfailures: an `outcome: "rerun"` line ends a discarded attempt (reruns + 1); a
//     test whose final attempt passes after reruns is `rerun`, one that fails every attempt `failed`;
//   * duration = every stage line of the nodeid, discarded attempts included (the time it cost);
//   * a CollectReport that failed becomes an `error` record (collection error).




async function readReportlog(path, ctx) {
    const folder = new ReportlogFolder(ctx);
    const utf8 = new Utf8Checker();
    let lineNumber = 0;
    let pending = [];
    const handleLine = (bytes) => {
        lineNumber++;
        folder.line(bytes, lineNumber);
    };
    const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 });
    try {
        for await (const chunk of stream) {
            utf8.push(chunk);
            let start = 0;
            for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
                const piece = chunk.subarray(start, nl);
                handleLine(pending.length > 0 ? Buffer.concat([...pending, piece]) : piece);
                pending = [];
                start = nl + 1;
            }
            if (start < chunk.length)
                pending.push(chunk.subarray(start));
        }
    }
    finally {
        stream.destroy();
    }
    if (pending.length > 0)
        handleLine(Buffer.concat(pending));
    utf8.end();
    return folder.finish(utf8.invalid);
}
class ReportlogFolder {
    ctx;
    tests = new Map();
    collectionErrors = [];
    exitStatus = null;
    sawSession = false;
    sawFinish = false;
    reportLines = 0;
    otherLines = 0;
    firstStart = Infinity;
    lastStop = -Infinity;
    constructor(ctx) {
        this.ctx = ctx;
    }
    line(bytes, lineNumber) {
        let text = bytes.toString('utf8');
        if (lineNumber === 1 && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        if (text.trim() === '')
            return;
        let entry;
        try {
            entry = JSON.parse(text);
        }
        catch (error) {
            const at = lineColumnInText(text, jsonErrorOffset(error, text));
            throw new errors/* InputError */.d(`${this.ctx.displayPath}:${lineNumber}:${at.column}: invalid JSON line (${jsonErrorReason(error)}). ` +
                'A pytest-reportlog file has one JSON object per line; a cut-off last line means pytest was killed ' +
                'or the file was truncated. Regenerate it with pytest --report-log=<file>.');
        }
        const type = (0,record/* isObject */.Gv)(entry) ? entry.$report_type : undefined;
        if (!(0,record/* isObject */.Gv)(entry) || typeof type !== 'string') {
            this.otherLines++;
            return;
        }
        if (type === 'TestReport')
            this.testReport(entry, lineNumber);
        else if (type === 'CollectReport')
            this.collectReport(entry);
        else if (type === 'SessionStart')
            this.sawSession = true;
        else if (type === 'SessionFinish') {
            this.sawSession = true;
            this.sawFinish = true;
            if (Number.isInteger(entry.exitstatus))
                this.exitStatus = entry.exitstatus;
        }
    }
    finish(invalidUtf8) {
        const path = this.ctx.displayPath;
        if (!this.sawSession && this.reportLines === 0 && this.collectionErrors.length === 0) {
            throw new errors/* InputError */.d(`${path} is JSON lines but not a pytest-reportlog file: no line has a \`$report_type\` of SessionStart, ` +
                'TestReport or SessionFinish. Point the input at the file written by pytest --report-log=<file>.');
        }
        const records = [];
        for (const t of this.tests.values()) {
            let outcome = t.status ?? 'passed';
            let message = t.message;
            if (t.reruns > 0 && (outcome === 'passed' || outcome === 'xpassed')) {
                outcome = 'rerun';
                message = t.rerunMessage;
            }
            records.push((0,record/* buildRecord */.kA)({
                nodeid: t.nodeid,
                outcome,
                durationSeconds: t.seconds,
                message,
                line: t.line,
                reruns: t.reruns,
                tags: { metadata: t.metadata, userProperties: t.userProperties }
            }, this.ctx));
        }
        const notices = [];
        if (invalidUtf8)
            notices.push(invalidUtf8Notice(path));
        if (this.otherLines > 0)
            notices.push(`${path}: ${this.otherLines} line(s) without a \`$report_type\` were skipped.`);
        if (this.collectionErrors.length > 0) {
            notices.push(`${path}: ${this.collectionErrors.length} collection error(s) (${this.collectionErrors
                .slice(0, 3)
                .map((r) => r.nodeid)
                .join(', ')}): pytest could not collect these, so their tests did not run; each is recorded as an \`error\` test.`);
        }
        if (this.exitStatus === null)
            notices.push(`${path} has no SessionFinish line: the pytest session may have been cut short.`);
        const timed = this.lastStop > -Infinity;
        return {
            meta: {
                // pytest >= 8 writes start/stop per report; 7.x gives no time at all
                created: timed ? (0,record/* epochToIso */.kH)(this.lastStop) : null,
                format: 'reportlog',
                files: [path],
                exit_code: this.exitStatus,
                duration_s: timed && this.firstStart < Infinity ? Math.max(0, this.lastStop - this.firstStart) : null,
                collection_errors: this.collectionErrors.length,
                sessions: [
                    {
                        file: path,
                        format: 'reportlog',
                        exit_status: this.exitStatus,
                        finished: this.sawFinish,
                        summary: null,
                        listed: (0,record/* countOutcomes */.XF)(records),
                        collection_errors: this.collectionErrors.length,
                        internal_error: false,
                        unnamed_cases: 0
                    }
                ]
            },
            tests: records.concat(this.collectionErrors),
            notices
        };
    }
    testReport(entry, lineNumber) {
        const { nodeid, when, outcome } = entry;
        if (typeof nodeid !== 'string' || nodeid === '' || (when !== 'setup' && when !== 'call' && when !== 'teardown')) {
            throw new errors/* InputError */.d(`${this.ctx.displayPath}:${lineNumber}: a TestReport line without a \`nodeid\` or a \`when\` of setup/call/teardown. ` +
                'Regenerate the file with pytest --report-log=<file>.');
        }
        this.reportLines++;
        let t = this.tests.get(nodeid);
        if (!t) {
            t = { nodeid, seconds: 0, status: null, message: null, reruns: 0, rerunMessage: null, line: lineOf(nodeid, entry.location), userProperties: undefined, metadata: undefined };
            this.tests.set(nodeid, t);
        }
        if (typeof entry.duration === 'number' && Number.isFinite(entry.duration))
            t.seconds += entry.duration;
        if (typeof entry.start === 'number')
            this.firstStart = Math.min(this.firstStart, entry.start);
        if (typeof entry.stop === 'number')
            this.lastStop = Math.max(this.lastStop, entry.stop);
        if (Array.isArray(entry.user_properties) && entry.user_properties.length > 0) {
            t.userProperties = entry.user_properties.filter((p) => Array.isArray(p) && typeof p[0] === 'string');
        }
        // pytest-json-report in the same session leaks its per-test metadata into every line
        const extra = entry._json_report_extra;
        if ((0,record/* isObject */.Gv)(extra) && extra.metadata !== undefined)
            t.metadata = extra.metadata;
        if (outcome === 'rerun') {
            t.reruns++;
            t.rerunMessage = failureMessage(entry.longrepr);
            t.status = null;
            t.message = null;
            return;
        }
        const status = stageStatus(when, outcome, 'wasxfail' in entry, lineNumber, this.ctx.displayPath);
        if (t.status === null && status !== 'passed') {
            t.status = status;
            t.message = status === 'skipped' ? skipReason(entry.longrepr) : status === 'xpassed' ? null : failureMessage(entry.longrepr);
        }
    }
    collectReport(entry) {
        if (entry.outcome !== 'failed')
            return;
        const nodeid = typeof entry.nodeid === 'string' && entry.nodeid !== '' ? entry.nodeid : '<collection>';
        this.collectionErrors.push((0,record/* buildRecord */.kA)({ nodeid, outcome: 'error', durationSeconds: 0, message: failureMessage(entry.longrepr) ?? 'collection failure', line: null, reruns: 0, tags: {} }, this.ctx));
    }
}
function stageStatus(when, outcome, wasXfail, lineNumber, path) {
    switch (outcome) {
        case 'passed':
            return when === 'call' && wasXfail ? 'xpassed' : 'passed';
        case 'failed':
            return when === 'call' ? 'failed' : 'error';
        case 'skipped':
            return wasXfail ? 'xfailed' : 'skipped';
    }
    throw new errors/* InputError */.d(`${path}:${lineNumber}: a TestReport with the outcome ${JSON.stringify(outcome)}; pytest writes passed, failed, skipped ` +
        '(or rerun with pytest-rerunfailures). Regenerate the file with pytest --report-log=<file>.');
}
/** Crash message of a serialised longrepr (`reprcrash`), else its text's `E` lines. */
function failureMessage(longrepr) {
    if ((0,record/* isObject */.Gv)(longrepr)) {
        const crash = longrepr.reprcrash;
        if ((0,record/* isObject */.Gv)(crash) && typeof crash.message === 'string' && crash.message !== '')
            return capMessage(crash.message);
        return null;
    }
    if (typeof longrepr === 'string')
        return summariseFailureText(longrepr);
    if (Array.isArray(longrepr))
        return skipReason(longrepr);
    return null;
}
/** `location` is (file, 0-based line, domain); its file can differ from the nodeid's (unittest). */
function lineOf(nodeid, location) {
    if (!Array.isArray(location) || !Number.isInteger(location[1]) || location[0] !== (0,record/* fileOfNodeid */.b6)(nodeid))
        return null;
    return location[1] + 1;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/report/types.ts


// The schemas every run is checked against (validate.ts). Code that needs only the words
// (outcomes, defaults) imports constants.ts, which does not load zod.
const Outcome = schemas/* enum */.k5n(constants/* OUTCOMES */.im);
const ReportFormat = schemas/* enum */.k5n(constants/* REPORT_FORMATS */.EL);
const TagSource = schemas/* enum */.k5n(constants/* TAG_SOURCES */.Wd);
const TestRecord = schemas/* object */.Ikc({
    nodeid: schemas/* string */.YjP().min(1),
    outcome: Outcome,
    /** setup + call + teardown, in milliseconds */
    duration_ms: schemas/* number */.aig().nonnegative(),
    component: schemas/* string */.YjP().min(1),
    failure_mode: schemas/* string */.YjP().min(1),
    /** id of the incident this test was written for (`incident` tag), else null */
    incident: schemas/* string */.YjP().nullable(),
    tag_source: TagSource,
    /** crash message of the failing stage, capped at MESSAGE_CAP characters; null when none */
    message: schemas/* string */.YjP().nullable(),
    /** file part of the nodeid (relative to the pytest rootdir) */
    file: schemas/* string */.YjP().nullable(),
    /** 1-based line of the test definition, when the format gives it */
    line: schemas/* number */.aig().int().positive().nullable(),
    /** failed attempts before the final one (pytest-rerunfailures), 0 otherwise */
    reruns: schemas/* number */.aig().int().nonnegative()
});
/**
 * What one report file records about how its pytest session ended, for src/report/completeness.ts:
 * a report of a session that did not finish must not be stored as a run.
 */
const SessionRecord = schemas/* object */.Ikc({
    file: schemas/* string */.YjP(),
    format: ReportFormat,
    /** pytest's exit status as the file records it (pytest-json `exitcode`, reportlog SessionFinish `exitstatus`); null when it does not */
    exit_status: schemas/* number */.aig().int().nullable(),
    /** reportlog: whether the SessionFinish line is there; null for the other formats */
    finished: schemas/* boolean */.zMY().nullable(),
    /** the report's own count per outcome (pytest-json `summary`); null when it has none */
    summary: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()).nullable(),
    /** the tests the file lists, counted per outcome (collection errors not included) */
    listed: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    collection_errors: schemas/* number */.aig().int().nonnegative(),
    /** JUnit: pytest wrote its INTERNALERROR testcase (classname `pytest`, name `internal`) */
    internal_error: schemas/* boolean */.zMY(),
    /** JUnit: testcases without classname and name (pytest writes one for a test cut short by an interrupt) */
    unnamed_cases: schemas/* number */.aig().int().nonnegative()
});
const RunMeta = schemas/* object */.Ikc({
    /** when pytest finished (report time), ISO 8601 UTC; null when the format does not say */
    created: schemas/* string */.YjP().datetime().nullable(),
    format: ReportFormat,
    /** the report files this run was read from (several for shards) */
    files: schemas/* array */.YOg(schemas/* string */.YjP()),
    /** pytest's exit status when the report records it (2 = interrupted, e.g. collection errors) */
    exit_code: schemas/* number */.aig().int().nullable(),
    /** session wall time in seconds when known (summed over shards) */
    duration_s: schemas/* number */.aig().nullable(),
    /** collection errors (each also appears as an `error` record) */
    collection_errors: schemas/* number */.aig().int().nonnegative(),
    /** per report file, how its session ended (absent in runs built by hand) */
    sessions: schemas/* array */.YOg(SessionRecord).optional()
});
/** One normalised test run: what every reader produces and everything downstream consumes. */
const TestRun = schemas/* object */.Ikc({
    meta: RunMeta,
    tests: schemas/* array */.YOg(TestRecord),
    /** things the user should know about the reports (duplicates resolved, summary-only report, ...) */
    notices: schemas/* array */.YOg(schemas/* string */.YjP())
});

;// CONCATENATED MODULE: ./src/report/validate.ts
// The final check of every TestRun the readers return, against the zod schema of types.ts.
//
// A full TestRun.parse of 28,000 records took about 33 ms here, a fifth of the JSON.parse of
// their 25 MB report, and it returns a deep copy (twice the memory for a 600 MB report); in a
// fresh process even 2,000 sampled records cost 30-50 ms. So: runs up to FULL_PARSE_LIMIT records
// get TestRun.parse; bigger ones get the zod parse of the meta and of SAMPLE records spread over
// the run, plus a hand-written check of every field of every record that mirrors the schema
// (about 2 ms for 28,000) and hands any record that fails it to TestRecord.parse, so the error
// is zod's own.


const FULL_PARSE_LIMIT = 2000;
const SAMPLE = 100;
const OUTCOME_SET = new Set(constants/* OUTCOMES */.im);
const TAG_SOURCE_SET = new Set(constants/* TAG_SOURCES */.Wd);
function validate_validateRun(run) {
    if (run.tests.length <= FULL_PARSE_LIMIT)
        return TestRun.parse(run);
    RunMeta.parse(run.meta);
    if (!Array.isArray(run.notices) || run.notices.some((n) => typeof n !== 'string'))
        TestRun.shape.notices.parse(run.notices);
    const step = Math.ceil(run.tests.length / SAMPLE);
    for (let i = 0; i < run.tests.length; i += step)
        TestRecord.parse(run.tests[i]);
    for (const t of run.tests)
        if (!looksValid(t))
            TestRecord.parse(t);
    return run;
}
const nonEmpty = (v) => typeof v === 'string' && v.length > 0;
const stringOrNull = (v) => v === null || typeof v === 'string';
function looksValid(t) {
    return (nonEmpty(t.nodeid) &&
        OUTCOME_SET.has(t.outcome) &&
        typeof t.duration_ms === 'number' &&
        Number.isFinite(t.duration_ms) &&
        t.duration_ms >= 0 &&
        nonEmpty(t.component) &&
        nonEmpty(t.failure_mode) &&
        stringOrNull(t.incident) &&
        TAG_SOURCE_SET.has(t.tag_source) &&
        stringOrNull(t.message) &&
        stringOrNull(t.file) &&
        (t.line === null || (Number.isInteger(t.line) && t.line > 0)) &&
        Number.isInteger(t.reruns) &&
        t.reruns >= 0);
}

// EXTERNAL MODULE: ./src/report/component-map.ts
var component_map = __webpack_require__(8222);
;// CONCATENATED MODULE: ./src/report/index.ts
// The report readers' public face: files or globs in, one validated TestRun out.
















/** Reads every file the patterns name (paths or globs, relative to opts.cwd) as one run. */
async function readReports(patterns, opts) {
    const files = await resolveReportPaths(patterns, opts.cwd);
    const runs = [];
    // one file at a time: memory holds one report's parse, never all of them
    for (const file of files)
        runs.push(await readOne(file, opts));
    return validate_validateRun(merge_mergeRuns(runs));
}
/** Reads one report file (path relative to opts.cwd). */
async function readReportFile(path, opts) {
    return validateRun(mergeRuns([await readOne(resolve(opts.cwd, path), opts)]));
}
async function readOne(absolute, opts) {
    const ctx = { displayPath: displayPath(absolute, opts.cwd), componentMap: opts.componentMap };
    await checkRegularFile(absolute, ctx.displayPath, opts.cwd);
    const { head, size } = await readHead(absolute).catch((error) => {
        throw new errors/* InputError */.d(`The report file ${ctx.displayPath} cannot be read (${systemReason(error)}). Check that the step runs as a user who may read it.`);
    });
    const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    if (size <= head.length && head.subarray(bom).toString('utf8').trim() === '') {
        throw new errors/* InputError */.d(`The report file ${ctx.displayPath} is empty. The test step probably failed before pytest wrote it, or wrote it elsewhere; ` +
            'check the pytest command and its --json-report-file / --junitxml / --report-log path.');
    }
    const format = opts.format === 'auto' ? detectFormat(head) : opts.format;
    switch (format) {
        case 'pytest-json':
            return readPytestJson(absolute, ctx, opts.streamThresholdBytes ?? DEFAULT_STREAM_THRESHOLD_BYTES);
        case 'junit':
            return readJunit(absolute, ctx);
        case 'reportlog':
            return readReportlog(absolute, ctx);
        case null:
            throw new errors/* InputError */.d(`Could not tell the format of ${ctx.displayPath} from its content: it starts with ${JSON.stringify(preview(head))}, ` +
                'while a pytest-json-report or pytest-reportlog file starts with `{` and JUnit XML with `<`. ' +
                'Point the input at the file pytest wrote (--json-report-file, --junitxml or --report-log).');
    }
}
/**
 * Reports are files pytest has finished writing. Anything else is named for what it is before it is
 * opened: opening a named pipe without a writer would wait forever.
 */
async function checkRegularFile(absolute, shown, cwd) {
    const info = await (0,promises_.stat)(absolute).catch(() => null);
    if (!info) {
        throw new errors/* InputError */.d(`The report file ${shown} does not exist (looked for ${absolute}; working directory ${cwd}). ` +
            'Check the path and that the test step wrote the report before this step.');
    }
    if (info.isFile())
        return;
    const kind = info.isDirectory()
        ? 'a directory'
        : info.isFIFO()
            ? 'a named pipe (FIFO)'
            : info.isSocket()
                ? 'a socket'
                : info.isCharacterDevice() || info.isBlockDevice()
                    ? 'a device'
                    : 'not a regular file';
    throw new errors/* InputError */.d(`The report ${shown} is ${kind}, not a regular file (${absolute}). The action reads the report file pytest wrote when it finished: ` +
        'point the input at that file (pytest --json-report-file=<file>, --junitxml=<file> or --report-log=<file>), or save the stream to a file first.');
}
/** `permission denied (EACCES)` from a Node system error. */
function systemReason(error) {
    const e = error;
    if (e?.code === 'EACCES' || e?.code === 'EPERM')
        return `permission denied, ${e.code}`;
    return e?.code ? `${e.code}` : String(error);
}
/** The first bytes of a file (enough to detect its format) and its size. */
async function readHead(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const { size } = await handle.stat();
        const buffer = Buffer.alloc(Math.min(DETECT_BYTES, size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return { head: buffer.subarray(0, bytesRead), size };
    }
    finally {
        await handle.close();
    }
}
const preview = (head) => head.toString('utf8', 0, Math.min(head.length, 40)).trim();


/***/ }),

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kA: () => (/* binding */ buildRecord),
  XF: () => (/* binding */ countOutcomes),
  wv: () => (/* binding */ describeCounts),
  kH: () => (/* binding */ epochToIso),
  b6: () => (/* binding */ fileOfNodeid),
  Gv: () => (/* binding */ record_isObject),
  L2: () => (/* binding */ isOutcome)
});

// UNUSED EXPORTS: toMilliseconds

// EXTERNAL MODULE: ./src/report/component-map.ts
var component_map = __webpack_require__(8222);
// EXTERNAL MODULE: ./src/report/constants.ts
var constants = __webpack_require__(7995);
;// CONCATENATED MODULE: ./src/report/tags.ts
// Component, failure mode and incident link of a test. Rules, first match wins:
//   (a) metadata        the test's `metadata` (pytest_json_runtest_metadata hook / json_metadata
//                       fixture): top-level `component`/`failure_mode`/`incident`, or nested in
//                       `metadata.markers` as the demo conftest writes it;
//   (b) user_properties record_property pairs of those names (JUnit <properties> too);
//   (c) markers         a `markers` list of {"name", "args"} (the shape the original sketch assumes), on the
//                       test or in its metadata;
//   (d) component_map   CODEOWNERS-style globs on the test's file path (last matching line wins);
//   (e) default         `unknown` / `general`, no incident.
// Each field takes the first rule that has it: a test tagged only with a component by its
// markers still gets a failure mode from its metadata. The component map's failure mode is used
// only together with its component (the two are one line of the map). `tag_source` names the
// rule that gave the component (or, without one, the failure mode or incident).


const TAG_KEYS = ['component', 'failure_mode', 'incident'];
/** The tags of a test with no tag anywhere and no component map: shared, records copy its fields. */
const DEFAULT_TAGS = { component: constants/* DEFAULT_COMPONENT */.gE, failure_mode: constants/* DEFAULT_FAILURE_MODE */.bg, incident: null, tag_source: 'default' };
function resolveTags(inputs, map) {
    const { metadata, userProperties, markers, file } = inputs;
    const noTags = metadata === undefined && (userProperties === undefined || userProperties.length === 0) && markers === undefined;
    if (noTags && (map === null || file === null))
        return DEFAULT_TAGS;
    // runs once per test of reports with 10^5-10^6 tests: plain code, no per-call closures
    const found = { component: undefined, failure_mode: undefined, incident: undefined, componentSource: 'default', failureModeSource: 'default', incidentSource: 'default' };
    if (isObject(metadata)) {
        const nested = isObject(metadata.markers) ? metadata.markers : null;
        for (const key of TAG_KEYS)
            offer(found, key, tagValue(metadata[key]) ?? (nested ? tagValue(nested[key]) : undefined), 'metadata');
    }
    if (userProperties) {
        for (const [name, value] of userProperties)
            if (isTagKey(name))
                offer(found, name, tagValue(value), 'user_properties');
    }
    const markerList = Array.isArray(markers) ? markers : Array.isArray(nestedMarkers(metadata)) ? nestedMarkers(metadata) : null;
    if (markerList) {
        for (const marker of markerList) {
            if (isObject(marker) && isTagKey(marker.name))
                offer(found, marker.name, tagValue(marker.args), 'markers');
        }
    }
    if (found.component === undefined && map && file !== null) {
        const rule = cachedRule(map, file);
        if (rule) {
            offer(found, 'component', rule.component, 'component_map');
            if (rule.failure_mode)
                offer(found, 'failure_mode', rule.failure_mode, 'component_map');
        }
    }
    return {
        component: found.component ?? constants/* DEFAULT_COMPONENT */.gE,
        failure_mode: found.failure_mode ?? constants/* DEFAULT_FAILURE_MODE */.bg,
        incident: found.incident ?? null,
        tag_source: found.component !== undefined ? found.componentSource : found.failure_mode !== undefined ? found.failureModeSource : found.incidentSource
    };
}
const isTagKey = (name) => name === 'component' || name === 'failure_mode' || name === 'incident';
/** Sets a field unless an earlier rule (or an earlier value of the same rule) already did. */
function offer(found, key, value, source) {
    if (value === undefined || found[key] !== undefined)
        return;
    found[key] = value;
    if (key === 'component')
        found.componentSource = source;
    else if (key === 'failure_mode')
        found.failureModeSource = source;
    else
        found.incidentSource = source;
}
const nestedMarkers = (metadata) => (isObject(metadata) ? metadata.markers : undefined);
/** A tag value as text: a string, a number, or the first element of a list (marker args). */
function tagValue(value) {
    if (typeof value === 'string') {
        const trimmed = value.trim();
        return trimmed === '' ? undefined : trimmed;
    }
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    if (Array.isArray(value) && value.length > 0)
        return tagValue(value[0]);
    return undefined;
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Many tests share a file: match each file path against the map once. */
const ruleCache = new WeakMap();
function cachedRule(map, file) {
    let cache = ruleCache.get(map);
    if (!cache) {
        cache = new Map();
        ruleCache.set(map, cache);
    }
    let rule = cache.get(file);
    if (rule === undefined) {
        rule = (0,component_map/* matchComponentRule */.Jb)(map, file);
        cache.set(file, rule);
    }
    return rule;
}

;// CONCATENATED MODULE: ./src/report/record.ts


const OUTCOME_SET = new Set(constants/* OUTCOMES */.im);
const isOutcome = (value) => typeof value === 'string' && OUTCOME_SET.has(value);
/** The file part of a nodeid (`tests/test_a.py::T::test_x` -> `tests/test_a.py`). */
function fileOfNodeid(nodeid) {
    const cut = nodeid.indexOf('::');
    const file = cut === -1 ? nodeid : nodeid.slice(0, cut);
    return file === '' ? null : file;
}
function buildRecord(fields, ctx) {
    const file = fields.file !== undefined ? fields.file : fileOfNodeid(fields.nodeid);
    const { metadata, userProperties, markers } = fields.tags;
    const tags = resolveTags({ metadata, userProperties, markers, file }, ctx.componentMap);
    return {
        nodeid: fields.nodeid,
        outcome: fields.outcome,
        duration_ms: toMilliseconds(fields.durationSeconds),
        component: tags.component,
        failure_mode: tags.failure_mode,
        incident: tags.incident,
        tag_source: tags.tag_source,
        message: fields.message,
        file,
        line: fields.line,
        reruns: fields.reruns
    };
}
/** Seconds to milliseconds, rounded to microseconds; anything unusable counts as 0. */
function toMilliseconds(seconds) {
    if (!Number.isFinite(seconds) || seconds <= 0)
        return 0;
    return Math.round(seconds * 1e6) / 1e3;
}
/** Epoch seconds to ISO 8601 UTC, null when missing or out of range. */
function epochToIso(seconds) {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds))
        return null;
    const date = new Date(seconds * 1000);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
/** `5 passed, 1 failed` in the order of OUTCOMES, for notices. */
function describeCounts(counts) {
    const parts = constants/* OUTCOMES */.im.filter((o) => (counts[o] ?? 0) > 0).map((o) => `${counts[o]} ${o}`);
    return parts.length > 0 ? parts.join(', ') : 'no tests';
}
const record_isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The tests of one file counted per outcome, for its SessionRecord. */
function countOutcomes(tests) {
    const counts = {};
    for (const t of tests)
        counts[t.outcome] = (counts[t.outcome] ?? 0) + 1;
    return counts;
}


/***/ })

};

//# sourceMappingURL=372.index.js.map