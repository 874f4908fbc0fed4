import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6185:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ applyRenames),
/* harmony export */   q: () => (/* binding */ readRenamesFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/**
 * Renamed tests keep their history (issue "Verdicts a team can trust", item 8). A renamed test
 * would otherwise look like a new test (closing gaps it never closed) and its old name like a test
 * that vanished. Two sources:
 * - detected: a parametrize id change. Among the nodeids that differ only in the `[...]` suffix
 *   (same file, same function), one that was last seen in the run just before another was first
 *   seen (no run of its branches in between), when exactly one such pair meets at that moment;
 * - declared: a mapping `{"old nodeid": "new nodeid"}` (the `test-renames` input, `--test-renames`),
 *   for everything else (a moved file, a renamed function, several parameters changed at once).
 * The old name's history is merged into the new name before the analysis: presence, runs,
 * failures and flaky evidence; the tags are the new name's.
 */


/** Reads a renames file: a JSON object mapping old nodeids to new ones. */
function readRenamesFile(path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`The test renames file ${path} cannot be read (${error.code ?? error.message}): check the \`test-renames\` input (or --test-renames) and that the file is committed.`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`The test renames file ${path} is not valid JSON (${error.message}): write an object like {"tests/a.py::test_old": "tests/a.py::test_new"}.`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || !Object.values(parsed).every((v) => typeof v === 'string' && v.trim() !== '')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`The test renames file ${path} must hold one JSON object mapping each old nodeid to its new nodeid, like {"tests/a.py::test_old": "tests/a.py::test_new"}.`);
    }
    return parsed;
}
/** The rollup with every renamed test's history under its new name, and the renames applied. */
function applyRenames(rollup, mapping, detect = true) {
    const renames = [];
    const declared = new Map(Object.entries(mapping ?? {}).map(([from, to]) => [from.trim(), to.trim()]));
    for (const [from, to] of declared)
        if (from !== to && rollup.tests[from])
            renames.push({ from, to, detected_by: 'mapping' });
    if (detect) {
        for (const pair of parametrizeRenames(rollup)) {
            if (!declared.has(pair.from))
                renames.push({ ...pair, detected_by: 'parametrize_id' });
        }
    }
    if (renames.length === 0)
        return { rollup, renames };
    // follow chains (a -> b -> c) to the final name; a cycle stops where it would repeat
    const next = new Map(renames.map((r) => [r.from, r.to]));
    const finalName = (name) => {
        const seen = new Set([name]);
        let current = name;
        for (let to = next.get(current); to !== undefined && !seen.has(to); to = next.get(current)) {
            seen.add(to);
            current = to;
        }
        return current;
    };
    const tests = {};
    for (const [nodeid, test] of Object.entries(rollup.tests)) {
        const target = finalName(nodeid);
        tests[target] = tests[target] ? merge(tests[target], test, target === nodeid) : test;
    }
    renames.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    return { rollup: { ...rollup, tests }, renames };
}
/** `a` and `b` as one test; the tags come from `bIsNewName ? b : a` (the new name's record). */
function merge(a, b, bIsNewName) {
    const tags = bIsNewName ? b : a;
    const byTime = (x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
    const counts = { ...a.counts };
    for (const [k, v] of Object.entries(b.counts))
        counts[k] = (counts[k] ?? 0) + (v ?? 0);
    const merged = {
        component: tags.component,
        failure_mode: tags.failure_mode,
        incident: tags.incident,
        tag_source: tags.tag_source,
        file: tags.file,
        line: tags.line,
        seen: mergePresence(a.seen, b.seen),
        counts,
        failures: [...a.failures, ...b.failures].sort(byTime),
        flaky: [...a.flaky, ...b.flaky].sort(byTime),
        duration_ms: tags.duration_ms ?? a.duration_ms ?? b.duration_ms
    };
    if (a.ran || b.ran)
        merged.ran = mergePresence(a.ran ?? a.seen, b.ran ?? b.seen);
    return merged;
}
function mergePresence(a, b) {
    const out = { ...a };
    for (const [branch, p] of Object.entries(b)) {
        const q = out[branch];
        out[branch] = q
            ? { first: Date.parse(q.first) <= Date.parse(p.first) ? q.first : p.first, last: Date.parse(q.last) >= Date.parse(p.last) ? q.last : p.last, runs: q.runs + p.runs }
            : p;
    }
    return out;
}
/** Parametrize id changes: see the module comment. */
function parametrizeRenames(rollup) {
    const groups = new Map();
    for (const nodeid of Object.keys(rollup.tests)) {
        const bracket = nodeid.indexOf('[');
        if (bracket < 0 || !nodeid.endsWith(']'))
            continue;
        const base = nodeid.slice(0, bracket);
        const group = groups.get(base);
        if (group)
            group.push(nodeid);
        else
            groups.set(base, [nodeid]);
    }
    const runTimes = new Map();
    for (const run of rollup.runs) {
        const branch = run.branch ?? '';
        const list = runTimes.get(branch) ?? [];
        list.push(Date.parse(run.created));
        runTimes.set(branch, list);
    }
    for (const list of runTimes.values())
        list.sort((a, b) => a - b);
    const spanOf = (t) => {
        let first = Infinity;
        let last = -Infinity;
        for (const branch in t.seen) {
            first = Math.min(first, Date.parse(t.seen[branch].first));
            last = Math.max(last, Date.parse(t.seen[branch].last));
        }
        return { first, last };
    };
    const runsBetween = (t, from, to) => {
        let n = 0;
        for (const branch of Object.keys(t.seen))
            for (const time of runTimes.get(branch) ?? [])
                if (time > from && time < to)
                    n++;
        return n;
    };
    const pairs = [];
    for (const group of groups.values()) {
        if (group.length < 2)
            continue;
        const spans = new Map(group.map((id) => [id, spanOf(rollup.tests[id])]));
        // candidate pairs: old last seen before new first seen, with no run of old's branches in between
        const candidates = [];
        for (const from of group) {
            for (const to of group) {
                const a = spans.get(from);
                const b = spans.get(to);
                if (from === to || a.last >= b.first)
                    continue;
                if (runsBetween(rollup.tests[from], a.last, b.first) === 0)
                    candidates.push({ from, to });
            }
        }
        // only an unambiguous change: each name in exactly one candidate pair
        for (const c of candidates) {
            const involved = candidates.filter((d) => d.from === c.from || d.to === c.to || d.from === c.to || d.to === c.from);
            if (involved.length === 1)
                pairs.push(c);
        }
    }
    return pairs;
}


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7971);
/* harmony import */ var _cli_stdout_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4907);
// The command line: the same modules as the action, for backfills, local runs and other CI systems.


(0,_cli_stdout_js__WEBPACK_IMPORTED_MODULE_1__/* .tolerateClosedStdout */ .q)();
process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ dateOption),
/* harmony export */   Pp: () => (/* binding */ stringOption),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   W9: () => (/* binding */ ANALYSIS_OPTIONS),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   jZ: () => (/* binding */ numberOption),
/* harmony export */   lb: () => (/* binding */ analysisOptionsFrom),
/* harmony export */   zB: () => (/* binding */ requiredOption)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _analysis_renames_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6185);
/**
 * Argument parsing for the command line: node's parseArgs plus the two things it lacks, a usage
 * error type (exit 2) and per-command help text.
 */


/** Wrong usage of the command line (unknown option, missing argument): exit code 2. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
function parseCommandArgs(command, argv) {
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: { ...command.options, help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
            strict: true
        });
        return { values: values, positionals };
    }
    catch (error) {
        throw new UsageError(`${error.message}\n\n${command.usage}`);
    }
}
function stringOption(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}
function requiredOption(values, name, usage) {
    const value = stringOption(values, name);
    if (value === undefined || value === '')
        throw new UsageError(`--${name} is required.\n\n${usage}`);
    return value;
}
function numberOption(values, name, fallback) {
    const value = stringOption(values, name);
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value))
        throw new UsageError(`--${name} takes a whole number, not ${JSON.stringify(value)}.`);
    return Number(value);
}
function dateOption(values, name) {
    const value = stringOption(values, name);
    if (value === undefined)
        return undefined;
    if (!/(Z|[+-]\d\d:?\d\d)$/i.test(value) || Number.isNaN(Date.parse(value))) {
        throw new UsageError(`--${name} takes an ISO 8601 time with a zone, e.g. 2026-11-24T12:00:00Z, not ${JSON.stringify(value)}.`);
    }
    return new Date(value);
}
/** The analysis options `analyze` and `review` share (defaults as in CONTRACT.md). */
const ANALYSIS_OPTIONS = {
    'window-days': { type: 'string' },
    'dead-weight-days': { type: 'string' },
    'flaky-days': { type: 'string' },
    branches: { type: 'string' },
    'test-renames': { type: 'string' }
};
/** `--branches` narrows the analysis to those branches; without it every branch counts. */
function analysisOptionsFrom(values) {
    const branches = stringOption(values, 'branches');
    const renames = stringOption(values, 'test-renames');
    return {
        windowDays: numberOption(values, 'window-days', 7),
        deadWeightDays: numberOption(values, 'dead-weight-days', 180),
        flakyDays: numberOption(values, 'flaky-days', 90),
        analysisBranches: branches ? branches.split(',').map((b) => b.trim()).filter(Boolean) : null,
        testRenames: renames ? (0,_analysis_renames_js__WEBPACK_IMPORTED_MODULE_1__/* .readRenamesFile */ .q)(renames) : null
    };
}


/***/ }),

/***/ 7971:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: COMMANDS

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/cli/file-errors.ts
/**
 * A file the user named on the command line that cannot be read or written (a directory given as
 * --json, a missing --incidents file, no permission) is the user's to fix: one sentence that names
 * the path and what is wrong with it, instead of Node's error and its stack.
 */
const REASONS = {
    ENOENT: 'does not exist',
    EISDIR: 'is a directory, where a file is needed',
    ENOTDIR: 'has a file where a directory should be in its path',
    EACCES: 'cannot be accessed (permission denied)',
    EPERM: 'cannot be accessed (operation not permitted)',
    EROFS: 'is on a read-only file system',
    ENOSPC: 'cannot be written: the disk is full',
    ELOOP: 'is a loop of symbolic links',
    ENAMETOOLONG: 'is too long a name'
};
/** The paragraph for a Node file-system error, or null when `error` is not one. */
function fileSystemProblem(error) {
    const e = error;
    if (!e || typeof e.code !== 'string' || typeof e.path !== 'string')
        return null;
    const reason = REASONS[e.code];
    if (!reason)
        return null;
    return `${e.path} ${reason} (${e.syscall ?? 'access'}: ${e.code}). Check the path given on the command line.`;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __nccwpck_require__(7593);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * Dispatches `node dist/cli.js <command>`. Exit codes: 0 success, 1 bad input (a one-paragraph
 * message, no stack trace: an InputError, or a file named on the command line that cannot be read or
 * written, a history repository that cannot be reached), 2 wrong usage; an unexpected error is a bug and keeps its stack.
 */



/**
 * Each command is loaded only when it runs: the bundle keeps them in chunks of their own, so a
 * command (and `--help`) starts without parsing the code only the others need.
 */
const COMMANDS = [
    { name: 'parse', summary: 'read pytest reports and print the normalised run', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(132), __nccwpck_require__.e(372), __nccwpck_require__.e(537)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9537))).parseCommand },
    { name: 'ingest', summary: 'append reports (or a backfill manifest) to the history branch', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(787), __nccwpck_require__.e(484), __nccwpck_require__.e(432)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9432))).ingestCommand },
    { name: 'history', summary: 'describe what the history branch holds; --rebuild or --compact its rollup', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(787), __nccwpck_require__.e(484), __nccwpck_require__.e(514)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2514))).historyCommand },
    { name: 'analyze', summary: 'correlate the history with incidents and write findings', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(787), __nccwpck_require__.e(737)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6737))).analyzeCommand },
    { name: 'review', summary: 'write the quarterly health review', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(143), __nccwpck_require__.e(167), __nccwpck_require__.e(787), __nccwpck_require__.e(982), __nccwpck_require__.e(484), __nccwpck_require__.e(692), __nccwpck_require__.e(465)]).then(__nccwpck_require__.bind(__nccwpck_require__, 332))).reviewCommand },
    { name: 'demo', summary: 'run the whole loop offline on the bundled sample data', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(143), __nccwpck_require__.e(132), __nccwpck_require__.e(167), __nccwpck_require__.e(787), __nccwpck_require__.e(982), __nccwpck_require__.e(484), __nccwpck_require__.e(372), __nccwpck_require__.e(712), __nccwpck_require__.e(692), __nccwpck_require__.e(359), __nccwpck_require__.e(893)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9893))).demoCommand }
];
function overview() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    return [
        'Usage: node dist/cli.js <command> [options]',
        '',
        'Commands:',
        ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        'Run `node dist/cli.js <command> --help` for the options of a command.'
    ].join('\n');
}
async function runCli(argv) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        console.log(overview());
        return name === undefined ? 2 : 0;
    }
    const entry = COMMANDS.find((c) => c.name === name);
    try {
        if (!entry)
            throw new args/* UsageError */.eb(`Unknown command ${JSON.stringify(name)}.\n\n${overview()}`);
        const command = await entry.load();
        const { values, positionals } = (0,args/* parseCommandArgs */.Qx)(command, rest);
        if (values.help) {
            console.log(command.usage);
            return 0;
        }
        return await command.run(values, positionals);
    }
    catch (error) {
        if (error instanceof args/* UsageError */.eb) {
            console.error(`error: ${error.message}`);
            return 2;
        }
        if ((0,errors/* isInputError */.B)(error)) {
            console.error(`error: ${error.message}`);
            return 1;
        }
        const problem = fileSystemProblem(error);
        if (problem) {
            console.error(`error: ${problem}`);
            return 1;
        }
        throw error;
    }
}


/***/ }),

/***/ 4907:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ tolerateClosedStdout)
/* harmony export */ });
/**
 * A reader that stops reading (`node dist/cli.js parse --json | head`) closes the pipe: the next
 * write fails with EPIPE. That is not the user's mistake nor a bug, so the command stops writing
 * (writeJson sees the closed stream) and exits quietly instead of printing a stack trace.
 */
function tolerateClosedStdout(stream = process.stdout) {
    stream.on('error', (error) => {
        if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED')
            return;
        throw error;
    });
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isInputError),
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/**
 * A problem the user can fix (a bad input, a missing file, a malformed report). The action and the
 * CLI print its message as it is, without a stack trace; anything else is a bug and keeps its stack.
 */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
const isInputError = (e) => e instanceof InputError;


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map