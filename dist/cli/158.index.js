export const id = 158;
export const ids = [158,94];
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

/***/ 4497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readManifest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/** The backfill manifest of CONTRACT.md: which old reports to ingest, with their commit and time. */




const isoWithZone = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .refine((s) => /(Z|[+-]\d\d:?\d\d)$/i.test(s) && !Number.isNaN(Date.parse(s)), 'an ISO 8601 time with a zone, e.g. 2026-11-24T12:00:00Z');
const Entry = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1, 'a report path'),
    build_id: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()]).transform(String),
    sha: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).nullable().optional(),
    branch: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).nullable().optional(),
    created: isoWithZone.optional()
});
async function readManifest(path) {
    let data;
    try {
        data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'the file does not exist' : error.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Cannot read the backfill manifest ${path}: ${reason}.`);
    }
    if (!Array.isArray(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`The backfill manifest ${path} must be a JSON array of {"file", "build_id", "sha", "branch", "created"} objects, oldest first.`);
    return data.map((item, index) => {
        const parsed = Entry.safeParse(item);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Entry ${index} of the backfill manifest ${path}: field \`${issue.path.join('.') || '(entry)'}\`: ${issue.message}.`);
        }
        const e = parsed.data;
        return { file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), e.file), build_id: e.build_id, sha: e.sha ?? null, branch: e.branch ?? null, created: e.created ? new Date(e.created).toISOString() : null };
    });
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

/***/ 3158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runsFrom: () => (/* binding */ runsFrom)
});

// EXTERNAL MODULE: ./src/report/index.ts + 10 modules
var report = __webpack_require__(1534);
// EXTERNAL MODULE: ./src/run-info.ts
var run_info = __webpack_require__(4091);
// EXTERNAL MODULE: ./src/report/record.ts + 1 modules
var record = __webpack_require__(955);
// EXTERNAL MODULE: ./src/report/constants.ts
var constants = __webpack_require__(7995);
;// CONCATENATED MODULE: ./src/report/completeness.ts
/**
 * Did pytest finish? The report of a pytest session that was interrupted, crashed or never started
 * lists only some tests (or none), and storing it as a run would count the missing tests as absent
 * and the listed ones as passes. Pure: judged only from what the reports record (SessionRecord).
 *
 * pytest's exit codes: 0 all passed, 1 some failed (both finished), 2 interrupted (Ctrl-C, a
 * KeyboardInterrupt, collection errors), 3 internal error, 4 usage error, 5 no tests collected.
 * JUnit XML has no exit code; pytest leaves traces instead: an INTERNALERROR testcase, a testcase
 * without a name for a test cut short, only collection errors, or no testcase at all.
 */


/** Why the run's reports come from a pytest that did not finish (the first reason found), or finished. */
function judgeCompleteness(run) {
    const sessions = run.meta.sessions ?? [];
    const anyTest = run.tests.length > 0;
    for (const session of sessions) {
        const reason = unfinishedReason(session, anyTest);
        if (reason)
            return { finished: false, reason: `${session.file}: ${reason}` };
    }
    return { finished: true };
}
function unfinishedReason(s, runHasTests) {
    const listed = sum(s.listed);
    switch (s.exit_status) {
        case 2:
            return s.collection_errors > 0
                ? `pytest was interrupted by ${s.collection_errors} collection error(s) (exit code 2), so its tests did not run`
                : `pytest was interrupted (exit code 2: Ctrl-C or a KeyboardInterrupt) after ${listed} test(s)`;
        case 3:
            return 'pytest stopped with an internal error (exit code 3: a plugin or conftest hook raised), so its tests did not run';
        case 4:
            return 'pytest was called wrongly (exit code 4: a usage error such as an unknown option or a missing path), so no test ran';
        case 5:
            // an empty shard is normal in a matrix: only a run without any test is unfinished
            if (!runHasTests)
                return 'pytest collected no tests (exit code 5)';
            break;
    }
    if (s.format === 'reportlog' && s.finished === false)
        return 'the report has no SessionFinish line: pytest was killed before its session ended';
    if (s.summary) {
        const differing = constants/* OUTCOMES */.im.filter((o) => (s.summary?.[o] ?? 0) !== (s.listed[o] ?? 0));
        if (differing.length > 0) {
            return `the report's summary (${(0,record/* describeCounts */.wv)(pick(s.summary, differing))}) disagrees with the tests it lists (${(0,record/* describeCounts */.wv)(pick(s.listed, differing))}): the file was cut or edited`;
        }
    }
    if (s.format === 'junit') {
        if (s.internal_error)
            return 'pytest stopped with an internal error (its JUnit report holds the INTERNALERROR testcase), so its tests did not run';
        if (s.unnamed_cases > 0)
            return 'pytest was interrupted (its JUnit report holds a testcase without a name, which pytest writes for a test cut short)';
        if (listed === 0 && s.collection_errors > 0)
            return `pytest was interrupted by ${s.collection_errors} collection error(s), so its tests did not run`;
        if (listed === 0 && !runHasTests)
            return 'the JUnit report lists no test: pytest collected nothing or was called wrongly (exit code 4 or 5)';
    }
    return null;
}
function sum(counts) {
    return Object.values(counts).reduce((a, b) => a + b, 0);
}
function pick(counts, keys) {
    return Object.fromEntries(keys.map((k) => [k, counts[k] ?? 0]));
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cli/manifest.ts
var manifest = __webpack_require__(4497);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(9537);
;// CONCATENATED MODULE: ./src/cli/report-runs.ts
/** Reading pytest reports for `ingest`: loaded only when there are reports to read (`ingest --saved` needs none of it). */







/** The runs of the report files (one run) or of a backfill manifest (one run per entry). */
async function runsFrom(values, positionals, manifestPath) {
    const format = (0,parse.parseFormat)((0,args/* stringOption */.Pp)(values, 'format'));
    const mapPath = (0,args/* stringOption */.Pp)(values, 'component-map');
    const componentMap = mapPath ? await (0,report/* loadComponentMap */.aL)(mapPath) : null;
    const timestamp = (0,args/* dateOption */.Kw)(values, 'timestamp');
    const now = new Date();
    const origin = {
        repository: null,
        ref: null,
        event: 'cli',
        workflow: null,
        job: null
    };
    const runs = [];
    if (manifestPath) {
        for (const entry of await (0,manifest/* readManifest */.W)(manifestPath)) {
            const run = await (0,report/* readReports */.oh)([entry.file], { format, componentMap, cwd: process.cwd() });
            const unfinished = report_runs_unfinishedReason(run);
            // a backfill goes on without the report of a session that did not finish, and says so
            if (unfinished) {
                console.error(`warning: a manifest entry was not stored: pytest did not finish (${unfinished}).`);
                continue;
            }
            runs.push((0,run_info/* newRun */.u)(run, { ...origin, sha: entry.sha, branch: entry.branch, build_id: entry.build_id, created: entry.created }, now));
        }
    }
    else {
        const run = await (0,report/* readReports */.oh)(positionals, { format, componentMap, cwd: process.cwd() });
        const unfinished = report_runs_unfinishedReason(run);
        if (unfinished) {
            throw new errors/* InputError */.d(`Not stored: pytest did not finish (${unfinished}), so the report lists only some tests and would count the rest as absent. Store the report of a session that ran to the end.`);
        }
        runs.push((0,run_info/* newRun */.u)(run, {
            ...origin,
            sha: (0,args/* stringOption */.Pp)(values, 'sha') ?? null,
            branch: (0,args/* stringOption */.Pp)(values, 'branch-name') ?? null,
            build_id: (0,args/* stringOption */.Pp)(values, 'build-id') ?? `cli-${now.getTime()}`,
            created: timestamp?.toISOString() ?? null
        }, now));
    }
    return runs;
}
/** Why a run must not be stored (its pytest session did not finish), or null. */
function report_runs_unfinishedReason(run) {
    const completeness = judgeCompleteness(run);
    return completeness.finished ? null : completeness.reason;
}


/***/ }),

/***/ 4091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ newRun)
/* harmony export */ });
/** The run's time: the given one, else the report's, else now (reports without a time: JUnit xunit1 has one; reportlog has none). */
function newRun(run, origin, now) {
    const { created, ...rest } = origin;
    return {
        info: {
            ...rest,
            created: created ?? run.meta.created ?? now.toISOString(),
            format: run.meta.format,
            files: run.meta.files,
            exit_code: run.meta.exit_code,
            duration_s: run.meta.duration_s,
            collection_errors: run.meta.collection_errors
        },
        run
    };
}


/***/ })

};

//# sourceMappingURL=158.index.js.map