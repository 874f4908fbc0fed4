export const id = 537;
export const ids = [537,94];
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

//# sourceMappingURL=537.index.js.map