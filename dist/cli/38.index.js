export const id = 38;
export const ids = [38];
export const modules = {

/***/ 8094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ writeJson)
/* harmony export */ });
/* unused harmony export jsonChunks */
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

/***/ 8879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ renderRunSection),
/* harmony export */   z: () => (/* binding */ runTotals)
/* harmony export */ });
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2563);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);
/** The "this run" part of the job summary: totals, failures, untagged tests. */


/** The action's outputs for a run; xpassed counts as passed, xfailed as skipped, rerun as failed. */
function runTotals(run) {
    const totals = { total: run.tests.length, passed: 0, failed: 0, skipped: 0, untagged: 0 };
    for (const test of run.tests) {
        if (test.outcome === 'passed' || test.outcome === 'xpassed')
            totals.passed++;
        else if ((0,_report_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isFailure */ .N6)(test.outcome))
            totals.failed++;
        else
            totals.skipped++;
        if (test.component === _report_types_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMPONENT */ .gE)
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
    const shown = _report_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOMES */ .im.filter((o) => counts.has(o));
    parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['tests', ...shown], [[String(run.tests.length), ...shown.map((o) => String(counts.get(o)))]]) || 'No tests in the report.');
    const files = run.meta.files.length === 1 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(run.meta.files[0]) : `${run.meta.files.length} files`;
    parts.push(`Read ${files} (${run.meta.format}).`);
    if (run.meta.collection_errors > 0) {
        parts.push(`**${run.meta.collection_errors} collection error(s)**: pytest could not import some test files; they are listed as errors below.`);
    }
    for (const notice of run.notices)
        parts.push(`> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(notice, 500)}`);
    const failures = run.tests.filter((t) => (0,_report_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isFailure */ .N6)(t.outcome));
    const limit = LIMITS[detail];
    if (failures.length > 0 && limit > 0) {
        const rows = failures
            .slice(0, limit)
            .map((t) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .testCell */ .Hn)(t.nodeid), `${t.outcome}<br><sub>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(t.component, 40)}</sub>`, t.message ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(t.message, 160) : '']);
        const more = failures.length > limit ? `\n\n…and ${failures.length - limit} more (see findings.json).` : '';
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Failures (${failures.length})`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['test', 'outcome', 'message'], rows) + more));
    }
    const untagged = run.tests.filter((t) => t.component === _report_types_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMPONENT */ .gE);
    if (untagged.length > 0) {
        const examples = untagged.slice(0, Math.min(limit, 10)).map((t) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(t.nodeid)}`);
        parts.push(`**${untagged.length} of ${run.tests.length} tests have no component**, so no incident can be matched to them. ` +
            'Tag them with `@pytest.mark.component("name")` and the conftest snippet of the README ("Tagging tests"), ' +
            'or map their files with a `component-map` file.' +
            (examples.length > 0 ? `\n\n${examples.join('\n')}${untagged.length > examples.length ? '\n- …' : ''}` : ''));
    }
    return parts.join('\n\n');
}


/***/ })

};

//# sourceMappingURL=38.index.js.map