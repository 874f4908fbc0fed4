export const id = 787;
export const ids = [787];
export const modules = {

/***/ 5398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Md: () => (/* binding */ encodeState),
/* harmony export */   T7: () => (/* binding */ sourceVersionOf),
/* harmony export */   UJ: () => (/* binding */ decodeState)
/* harmony export */ });
/* unused harmony export RUN_COLUMNS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _migrate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2917);
/* harmony import */ var _rollup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(988);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8650);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9653);
/**
 * rollup.json and archive.json on the branch: a compact encoding of a RollupState, shaped so that
 * adding a run changes few lines (git then stores the new version as a small delta):
 * - `runs`: one line per run, as an array in the order of `run_columns`;
 * - `tests`: one line per test. A test's `seen` on a branch is `n` when it was in every run of the
 *   branch since the branch's first run except n, `[first, n]` when it was in the branch's newest
 *   run, `[first, last, runs]` otherwise; `counts` holds only non-passed outcomes (passed = runs -
 *   the others); `failures` and `flaky` are space-separated run numbers (position in `runs`) each
 *   written as the gap from the previous one, failures with a suffix `e` (error) or `r` (rerun),
 *   flaky entries with a suffix `/k` when they pair with the run k positions earlier (none: other =
 *   null, a `rerun` on that run; histories written before pairs were recorded read as that too);
 *   `duration` is `[ms, run number]`; `tags_run` is the run number that gave the tags, omitted
 *   when it is the newest run. Since schema 2: `ran` is encoded like `seen` (runs where the test
 *   was not skipped or xfailed), omitted when equal to `seen`; every failure carries the tags of its
 *   run: `failure_tags` maps a failure's position to `[component, failure_mode]` where they differ
 *   from the test's current tags, and a failure token ending in `?` has no recorded tags (written
 *   before schema 2).
 * So a run of an unchanged suite only appends a line to `runs` and touches the lines of the tests
 * that failed or kept a duration in it.
 */





const RUN_COLUMNS = ['id', 'created', 'sha', 'branch', 'event', 'build_id', 'file', 'suite', 'summary'];
function branchStats(runs) {
    const stats = new Map();
    for (const r of runs) {
        const b = r.branch ?? '';
        const s = stats.get(b);
        if (!s)
            stats.set(b, { first: r.created, last: r.created, runs: 1 });
        else {
            if (r.created < s.first)
                s.first = r.created;
            if (r.created > s.last)
                s.last = r.created;
            s.runs++;
        }
    }
    return stats;
}
const FAILURE_SUFFIX = { failed: '', error: 'e', rerun: 'r' };
function encodeState(state) {
    const { runs, tests } = state.rollup;
    const ordinal = new Map();
    runs.forEach((r, i) => ordinal.set(r.id, i));
    const ord = (id) => {
        const n = ordinal.get(id);
        if (n === undefined)
            throw new Error(`rollup refers to run ${id}, which is not in its run index`);
        return n;
    };
    const stats = branchStats(runs);
    const newest = runs.length - 1;
    const encodedTests = {};
    for (const [nodeid, t] of Object.entries(tests)) {
        const seen = encodePresence(t.seen, stats);
        let present = 0;
        for (const p of Object.values(t.seen))
            present += p.runs;
        const counts = {};
        let nonPassed = 0;
        for (const [o, n] of Object.entries(t.counts)) {
            if (o === 'passed' || !n)
                continue;
            counts[o] = n;
            nonPassed += n;
        }
        if ((t.counts.passed ?? 0) !== present - nonPassed) {
            throw new Error(`rollup of ${nodeid} is inconsistent: ${t.counts.passed ?? 0} passed, ${present} runs, ${nonPassed} others`);
        }
        const e = { component: t.component, failure_mode: t.failure_mode, tag_source: t.tag_source, seen };
        if (t.incident !== null)
            e.incident = t.incident;
        if (t.file !== null)
            e.file = t.file;
        if (t.line !== null)
            e.line = t.line;
        if (nonPassed > 0)
            e.counts = counts;
        if (t.ran && !samePresence(t.ran, t.seen))
            e.ran = encodePresence(t.ran, stats);
        if (t.failures.length) {
            // `?`: an entry written before runs recorded their tags
            e.failures = gapString(t.failures.map((f) => [ord(f[1]), FAILURE_SUFFIX[f[2]] + (f.length === 5 ? '' : '?')]));
            const tags = {};
            t.failures.forEach((f, i) => {
                if (f.length === 5 && (f[3] !== t.component || f[4] !== t.failure_mode))
                    tags[String(i)] = [f[3], f[4]];
            });
            if (Object.keys(tags).length > 0)
                e.failure_tags = tags;
        }
        if (t.flaky.length)
            e.flaky = gapString(t.flaky.map((f) => [ord(f[1]), f[3] === null ? '' : `/${ord(f[1]) - ord(f[3])}`]));
        const durRun = state.durationRun.get(nodeid);
        if (t.duration_ms !== null && durRun)
            e.duration = [t.duration_ms, ord(durRun.id)];
        const tagRun = state.tagRun.get(nodeid);
        if (tagRun && ord(tagRun.id) !== newest)
            e.tags_run = ord(tagRun.id);
        encodedTests[nodeid] = e;
    }
    const doc = {
        schema_version: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .HISTORY_SCHEMA_VERSION */ .a,
        updated_at: state.rollup.updated_at,
        run_columns: RUN_COLUMNS,
        runs: runs.map((r) => [r.id, r.created, r.sha, r.branch, r.event, r.build_id, r.file, r.suite ?? null, r.summary]),
        tests: encodedTests
    };
    return (0,_serialize_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeLines */ .Y)(doc, 2);
}
function encodePresence(presence, stats) {
    const out = {};
    for (const [b, p] of Object.entries(presence)) {
        const s = stats.get(b);
        if (s && p.last === s.last)
            out[b] = p.first === s.first ? s.runs - p.runs : [p.first, s.runs - p.runs];
        else
            out[b] = [p.first, p.last, p.runs];
    }
    return out;
}
function samePresence(a, b) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
        return false;
    return ka.every((k) => b[k] !== undefined && a[k].first === b[k].first && a[k].last === b[k].last && a[k].runs === b[k].runs);
}
// The decoding below runs once per test of the rollup (thousands) in a process that has just
// started: plain loops over keys, without the arrays Object.entries and spreads would allocate.
function decodePresence(encoded, stats, nodeid, where) {
    const out = {};
    for (const b in encoded) {
        const v = encoded[b];
        const s = stats.get(b);
        if (Array.isArray(v) && v.length === 3)
            out[b] = { first: v[0], last: v[1], runs: v[2] };
        else {
            if (!s)
                throw damaged(where, `test ${nodeid} refers to branch "${b}" with no runs`);
            out[b] = typeof v === 'number' ? { first: s.first, last: s.last, runs: s.runs - v } : { first: v[0], last: s.last, runs: s.runs - v[1] };
        }
    }
    return out;
}
function copyPresence(presence) {
    const out = {};
    for (const b in presence) {
        const p = presence[b];
        out[b] = { first: p.first, last: p.last, runs: p.runs };
    }
    return out;
}
function gapString(items) {
    let prev = 0;
    return items
        .map(([n, suffix]) => {
        const gap = n - prev;
        prev = n;
        return `${gap}${suffix}`;
    })
        .join(' ');
}
/** Reads a gapString; `pattern` captures a token's gap, then its suffix. */
function parseGaps(s, where, pattern) {
    let prev = 0;
    return s.split(' ').map((token) => {
        const m = pattern.exec(token);
        if (!m)
            throw damaged(where, `bad run reference "${token}"`);
        prev += Number(m[1]);
        return [prev, m[2]];
    });
}
const FAILURE_TOKEN = /^(\d+)([er]?\??)$/;
const FLAKY_TOKEN = /^(\d+)((?:\/[1-9]\d*)?)$/;
const damaged = (where, what) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`The history file ${where} is damaged (${what}). Restore it from the data branch's git history, or run \`node dist/cli.js history --repo URL --rebuild\`.`);
const decodedVersions = new WeakMap();
/** The schema_version of the file a state was decoded from (undefined: built in memory). */
function sourceVersionOf(state) {
    return decodedVersions.get(state);
}
function decodeState(text, where, kind) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw damaged(where, `not JSON: ${e.message}`);
    }
    const sourceVersion = raw?.schema_version;
    const doc = (0,_migrate_js__WEBPACK_IMPORTED_MODULE_1__/* .migrateDocument */ .H)(kind, raw, where);
    if (!Array.isArray(doc.runs) || typeof doc.tests !== 'object' || doc.tests === null)
        throw damaged(where, 'runs or tests missing');
    const state = (0,_rollup_js__WEBPACK_IMPORTED_MODULE_4__/* .emptyState */ .p$)();
    if (typeof sourceVersion === 'number')
        decodedVersions.set(state, sourceVersion);
    const runs = doc.runs.map((r) => ({
        id: r[0],
        created: r[1],
        sha: r[2],
        branch: r[3],
        event: r[4],
        build_id: r[5],
        file: r[6],
        ...(r[7] !== null ? { suite: r[7] } : {}),
        summary: r[8]
    }));
    state.rollup.runs = runs;
    state.rollup.updated_at = doc.updated_at;
    const stats = branchStats(runs);
    // one key per run, shared by every test that refers to it (keys are never changed in place)
    const keys = runs.map((r) => ({ created: r.created, id: r.id }));
    const keyAt = (n) => {
        const k = keys[n];
        if (!k)
            throw damaged(where, `run number ${n} out of range`);
        return k;
    };
    const newest = runs.length - 1;
    for (const nodeid in doc.tests) {
        const e = doc.tests[nodeid];
        const seen = decodePresence(e.seen, stats, nodeid, where);
        let present = 0;
        for (const b in seen)
            present += seen[b].runs;
        const ran = e.ran ? decodePresence(e.ran, stats, nodeid, where) : copyPresence(seen);
        const counts = {};
        let nonPassed = 0;
        if (e.counts) {
            for (const o in e.counts) {
                const n = e.counts[o];
                counts[o] = n;
                nonPassed += n ?? 0;
            }
        }
        if (present - nonPassed > 0)
            counts.passed = present - nonPassed;
        const failures = e.failures
            ? parseGaps(e.failures, where, FAILURE_TOKEN).map(([n, suffix], i) => {
                const k = keyAt(n);
                const o = suffix.startsWith('e') ? 'error' : suffix.startsWith('r') ? 'rerun' : 'failed';
                if (suffix.endsWith('?'))
                    return [k.created, k.id, o];
                const tags = e.failure_tags?.[String(i)] ?? [e.component, e.failure_mode];
                return [k.created, k.id, o, tags[0], tags[1]];
            })
            : [];
        const flaky = e.flaky
            ? parseGaps(e.flaky, where, FLAKY_TOKEN).map(([n, suffix]) => {
                const k = keyAt(n);
                return [k.created, k.id, runs[n].sha ?? '', suffix ? keyAt(n - Number(suffix.slice(1))).id : null];
            })
            : [];
        state.rollup.tests[nodeid] = {
            component: e.component,
            failure_mode: e.failure_mode,
            incident: e.incident ?? null,
            tag_source: e.tag_source,
            file: e.file ?? null,
            line: e.line ?? null,
            seen,
            ran,
            counts,
            failures,
            flaky,
            duration_ms: e.duration ? e.duration[0] : null
        };
        if (e.duration)
            state.durationRun.set(nodeid, keyAt(e.duration[1]));
        if (newest >= 0)
            state.tagRun.set(nodeid, keyAt(e.tags_run ?? newest));
    }
    return state;
}


/***/ }),

/***/ 1666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ pendingNamespace),
/* harmony export */   KF: () => (/* binding */ sanitizePathSegment),
/* harmony export */   N3: () => (/* binding */ runFilePath),
/* harmony export */   Y6: () => (/* binding */ suiteFilePath),
/* harmony export */   eg: () => (/* binding */ validateBranchName),
/* harmony export */   fN: () => (/* binding */ makeRunId),
/* harmony export */   k$: () => (/* binding */ rollupRef)
/* harmony export */ });
/* unused harmony exports MAX_SEGMENT_LENGTH, compactTime */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/** Longest path segment we write; well below every file system's 255-byte limit. */
const MAX_SEGMENT_LENGTH = 100;
/**
 * Makes an id safe as one path segment: only [A-Za-z0-9._-], no leading dot (so never `.` or `..`),
 * bounded length. A shortened or rewritten id gets a short hash of the original appended, so two
 * different ids stay different.
 */
function sanitizePathSegment(raw) {
    let s = raw.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/\.{2,}/g, '_').replace(/^[.]+/, '_');
    if (s.length === 0)
        s = '_';
    if (s === raw && s.length <= MAX_SEGMENT_LENGTH)
        return s;
    const tag = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(raw).digest('hex').slice(0, 8);
    return s.slice(0, MAX_SEGMENT_LENGTH - 9) + '-' + tag;
}
/** `20260105T101500Z` for an ISO time (UTC, seconds). */
function compactTime(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`The run time "${iso}" is not a valid ISO 8601 time; give times like 2026-01-05T10:15:00Z.`);
    return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
/**
 * The id of a run: `<created yyyymmddThhmmssZ>-<build id>[-<job>][-<leg>]-<content hash>`, path-safe
 * and at most MAX_SEGMENT_LENGTH characters. Two jobs or matrix legs of one workflow run finishing
 * in the same second differ by job or leg (and by content when the leg is not known); the same
 * job attempt storing the same report twice gets the same id, so it is stored once.
 */
function makeRunId(created, who, contentHash) {
    const identity = typeof who === 'string' ? { build_id: who } : who;
    const parts = [compactTime(created), identity.build_id];
    if (identity.job)
        parts.push(identity.job);
    if (identity.matrix_leg)
        parts.push(shortLeg(identity.matrix_leg));
    if (contentHash)
        parts.push(contentHash.slice(0, 10));
    return sanitizePathSegment(parts.join('-'));
}
/** A matrix leg as given (`0`, `3`, or a JSON object of the matrix values): short ones as they are, long ones hashed. */
function shortLeg(leg) {
    const compact = leg.trim();
    if (/^[A-Za-z0-9._-]{1,24}$/.test(compact))
        return compact;
    return 'm' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(compact).digest('hex').slice(0, 10);
}
/** Where pending runs of `branch` live on the server (pending.ts). */
function pendingNamespace(branch) {
    return `refs/test-history-pending/${branch}/`;
}
/**
 * The ref that names the blob of the branch's rollup.json (objects.ts): a reader lists it with the
 * branch and fetches that blob with the trees, one request fewer. Only a hint: it is used when it
 * names the same blob as the tree.
 */
function rollupRef(branch) {
    return `refs/test-history-rollup/${branch}`;
}
/** runs/<yyyy>/<mm>/<run id>.json */
function runFilePath(created, id) {
    const d = new Date(created);
    const yyyy = String(d.getUTCFullYear()).padStart(4, '0');
    const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
    return `runs/${yyyy}/${mm}/${sanitizePathSegment(id)}.json`;
}
function suiteFilePath(hash) {
    if (!/^[0-9a-f]{16,64}$/.test(hash))
        throw new Error(`not a suite hash: ${hash}`);
    return `suites/${hash}.json`;
}
/**
 * Checks a branch name with the rules of `git check-ref-format` (for refs/heads/<name>), so a bad
 * input fails with a clear message before any git command runs.
 */
function validateBranchName(name, inputName = 'history-branch') {
    const problem = branchNameProblem(name);
    if (problem) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`The ${inputName} input "${name}" is not a valid git branch name: ${problem}. ` +
            'Use letters, digits, "-", "_", "." and "/" (for example "test-history").');
    }
    return name;
}
function branchNameProblem(name) {
    if (name.length === 0)
        return 'it is empty';
    if (name.length > 200)
        return 'it is longer than 200 characters';
    if (name === '@')
        return 'it is "@"';
    if (name.startsWith('-'))
        return 'it starts with "-"';
    if (name.startsWith('/') || name.endsWith('/'))
        return 'it starts or ends with "/"';
    if (name.includes('//'))
        return 'it contains "//"';
    if (name.endsWith('.'))
        return 'it ends with "."';
    if (name.includes('..'))
        return 'it contains ".."';
    if (name.includes('@{'))
        return 'it contains "@{"';
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(name))
        return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
    for (const part of name.split('/')) {
        if (part.startsWith('.'))
            return `the part "${part}" starts with "."`;
        if (part.endsWith('.lock'))
            return `the part "${part}" ends with ".lock"`;
    }
    return null;
}


/***/ }),

/***/ 8548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ ROLLUP_PATH),
/* harmony export */   C1: () => (/* binding */ checkSize),
/* harmony export */   FO: () => (/* binding */ ARCHIVE_PATH),
/* harmony export */   O4: () => (/* binding */ emptyLayout),
/* harmony export */   T4: () => (/* binding */ readLayout),
/* harmony export */   ag: () => (/* binding */ SIZE_BOUNDS),
/* harmony export */   zw: () => (/* binding */ README_PATH)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * What the data branch may hold, checked on the tree listing before any blob is read: regular
 * files at the paths below, nothing else that matters. A symlink, a submodule or an executable
 * at any of them (or where one of their folders should be) is refused with an error naming it;
 * other files are ignored. Every kind of file has a size bound, checked before it is read.
 */

const ROLLUP_PATH = 'rollup.json';
const ARCHIVE_PATH = 'archive.json';
const README_PATH = 'README.md';
/** Largest file of each kind the store reads (bytes). */
const SIZE_BOUNDS = {
    run: 16 * 1024 * 1024,
    suite: 64 * 1024 * 1024,
    rollup: 512 * 1024 * 1024,
    archive: 512 * 1024 * 1024
};
const RUN_FILE = /^runs\/\d{4}\/\d{2}\/[A-Za-z0-9_-][A-Za-z0-9._-]*\.json$/;
const SUITE_FILE = /^suites\/([0-9a-f]{16,64})\.json$/;
const OWNED_ROOTS = ['runs', 'suites', ROLLUP_PATH, ARCHIVE_PATH, README_PATH];
/** A layout with nothing in it (a branch that does not exist yet). */
function emptyLayout() {
    return { rollup: null, archive: null, readme: null, runs: new Map(), suites: new Map(), ignored: [], pending: [], fromPending: new Map() };
}
/**
 * Sorts a tree listing into the layout, or refuses it (InputError naming the offending path and
 * `holder`, what the tree belongs to: the branch, or a pending run of it).
 */
function readLayout(entries, branch, holder = `The history branch "${branch}"`) {
    const layout = emptyLayout();
    for (const e of entries) {
        if (e.type === 'tree')
            continue; // folders: their files are listed too
        const owned = OWNED_ROOTS.some((root) => e.path === root || e.path.startsWith(`${root}/`));
        if (!owned) {
            layout.ignored.push(e.path);
            continue;
        }
        if (e.type !== 'blob' || e.mode !== '100644')
            throw refused(e, holder);
        if (e.path === ROLLUP_PATH)
            layout.rollup = e.oid;
        else if (e.path === ARCHIVE_PATH)
            layout.archive = e.oid;
        else if (e.path === README_PATH)
            layout.readme = e.oid;
        else if (RUN_FILE.test(e.path))
            layout.runs.set(e.path, e.oid);
        else if (SUITE_FILE.test(e.path))
            layout.suites.set(SUITE_FILE.exec(e.path)?.[1], e.oid);
        else if (e.path.startsWith(`${ROLLUP_PATH}/`) || e.path.startsWith(`${ARCHIVE_PATH}/`) || e.path.startsWith(`${README_PATH}/`)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${holder} holds a folder where the file ${e.path.split('/')[0]} should be (found ${e.path}). ` +
                `The branch was changed by something other than this action; restore it from the branch's git history (git revert the commit that added ${e.path}).`);
        }
        else
            layout.ignored.push(e.path);
    }
    return layout;
}
function refused(e, holder) {
    const what = e.mode === '120000' ? 'a symbolic link' : e.type === 'commit' ? 'a submodule' : e.mode === '100755' ? 'an executable file' : `an entry of mode ${e.mode}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${holder} holds ${what} at ${e.path}; the action only reads regular files there and refuses to use the branch. ` +
        `Someone with push access changed the branch by hand or on purpose: remove ${e.path} from the branch (git rm it and push), or restore the branch from its git history, then run again.`);
}
/** Refuses a file larger than its bound, naming it. */
function checkSize(kind, file, size, branch) {
    const bound = SIZE_BOUNDS[kind];
    if (size > bound) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`The file ${file} on the history branch "${branch}" is ${size} bytes, more than the ${bound} bytes a ${kind} file may have; the action refuses to read it. ` +
            `Restore the file from the branch's git history, or delete it and run \`node dist/cli.js history --rebuild\`.`);
    }
}


/***/ }),

/***/ 5902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ plainLogger)
/* harmony export */ });
/* unused harmony export collectingLogger */
/**
 * Where the store reports what is not an error: credentials to mask, debug lines, warnings. The
 * action passes `actionsLogger` (src/action/logger.ts: workflow commands the runner understands);
 * the command line passes `cliLogger()` (src/cli/logger.ts), which prints warnings as plain text and
 * never emits `::add-mask::` or `::debug::` outside GitHub Actions.
 */
/** Plain stderr warnings; secrets are never printed, so there is nothing to mask. */
const plainLogger = {
    secret: () => undefined,
    debug: () => undefined,
    warning: (message) => process.stderr.write(`warning: ${message}\n`)
};
/** Collects warnings (tests, and callers that show them elsewhere). */
function collectingLogger(into) {
    return { secret: () => undefined, debug: () => undefined, warning: (message) => void into.push(message) };
}


/***/ }),

/***/ 2917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ migrateDocument),
/* harmony export */   x: () => (/* binding */ NewerSchemaError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9653);


/** A file written by a newer action: never rebuilt around or skipped, the reader stops. */
class NewerSchemaError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d {
}
/** Schema 1 rollups and archives: their failures carry no run tags (marked `?`); `ran` reads as `seen`. */
function untaggedFailures(doc) {
    const tests = doc.tests;
    if (tests === null || typeof tests !== 'object')
        return { ...doc, schema_version: 2 };
    const out = {};
    for (const [nodeid, t] of Object.entries(tests)) {
        out[nodeid] =
            t && typeof t.failures === 'string'
                ? { ...t, failures: t.failures.split(' ').map((token) => `${token}?`).join(' ') }
                : t;
    }
    return { ...doc, tests: out, schema_version: 2 };
}
const sameShape = (doc) => ({ ...doc, schema_version: doc.schema_version + 1 });
/**
 * STEPS[kind][n] upgrades version n to n + 1.
 * 1 -> 2: run ids gained job, matrix leg and a content hash (old ids stay as they are), failures in
 * the rollup carry the run's tags and tests a `ran` presence; old rollups are rebuilt from the run
 * files when read (store.ts), old archives keep untagged failures.
 */
const STEPS = {
    run: { 1: sameShape },
    suite: { 1: sameShape },
    rollup: { 1: untaggedFailures },
    archive: { 1: untaggedFailures }
};
/**
 * Brings a parsed history file to the current schema version. Older versions are migrated in
 * memory (the file on the branch is rewritten only when it is written anyway); a newer version
 * stops: this code cannot know what the newer fields mean.
 */
function migrateDocument(kind, raw, where) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`The history file ${where} is not a JSON object; the data branch is damaged. Restore it from the branch's git history, or delete the file and rebuild.`);
    }
    let doc = raw;
    const version = doc.schema_version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`The history file ${where} has no valid schema_version; the data branch is damaged. Restore it from the branch's git history.`);
    }
    if (version > _types_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_SCHEMA_VERSION */ .a) {
        throw new NewerSchemaError(`this history was written by a newer version of the action (${version}); upgrade ` +
            `(the file ${where} has schema_version ${version}, this version of the action reads up to ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_SCHEMA_VERSION */ .a}).`);
    }
    for (let v = version; v < _types_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_SCHEMA_VERSION */ .a; v++) {
        const step = STEPS[kind][v];
        if (!step)
            throw new Error(`no migration of ${kind} files from schema_version ${v}`);
        doc = step(doc);
    }
    return doc;
}


/***/ }),

/***/ 7243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ ObjectStore)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/history/ids.ts
var ids = __webpack_require__(1666);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/history/wire/failure.ts
var failure = __webpack_require__(1310);
;// CONCATENATED MODULE: ./src/history/wire/pack.ts
/**
 * git's pack format (gitformat-pack), read and written in memory. Reading resolves both kinds of
 * delta (by offset and by id) against objects of the same pack or already known, and checks the
 * pack's trailing SHA-1 and each object's id; writing stores objects whole (no deltas): the packs a
 * writer sends hold a run's few new objects, so deltas would save little and cost CPU.
 */



const TYPES = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const CODES = { commit: 1, tree: 2, blob: 3, tag: 4 };
const OFS_DELTA = 6;
const REF_DELTA = 7;
/** The id git gives an object: SHA-1 of `<type> <size>\0<body>`. */
function objectId(type, body) {
    return (0,external_node_crypto_.createHash)('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}
/**
 * Every object of a pack, by id. `known` gives the bases of deltas whose base is not in the pack
 * (a server sends such thin packs only when asked; it is accepted all the same).
 */
function readPack(pack, known = () => undefined) {
    if (pack.length < 32 || pack.toString('latin1', 0, 4) !== 'PACK')
        throw new failure/* WireError */.c('the packfile does not start with PACK');
    const version = pack.readUInt32BE(4);
    if (version !== 2 && version !== 3)
        throw new failure/* WireError */.c(`packfile version ${version} is not supported`);
    const trailer = pack.subarray(pack.length - 20).toString('hex');
    if ((0,external_node_crypto_.createHash)('sha1').update(pack.subarray(0, pack.length - 20)).digest('hex') !== trailer)
        throw new failure/* WireError */.c('the packfile checksum does not match (a damaged transfer)');
    const count = pack.readUInt32BE(8);
    const byOffset = new Map();
    const objects = new Map();
    const deferred = [];
    let at = 12;
    for (let i = 0; i < count; i++) {
        const offset = at;
        let byte = pack[at++];
        const code = (byte >> 4) & 7;
        let size = byte & 15;
        let shift = 4;
        while (byte & 0x80) {
            byte = pack[at++];
            size += (byte & 0x7f) * 2 ** shift;
            shift += 7;
        }
        let base = null;
        if (code === OFS_DELTA) {
            byte = pack[at++];
            let distance = byte & 0x7f;
            while (byte & 0x80) {
                byte = pack[at++];
                distance = (distance + 1) * 128 + (byte & 0x7f);
            }
            base = offset - distance;
        }
        else if (code === REF_DELTA) {
            base = pack.toString('hex', at, at + 20);
            at += 20;
        }
        else if (!TYPES[code])
            throw new failure/* WireError */.c(`an object of unknown type ${code} at byte ${offset} of the packfile`);
        if (at >= pack.length - 20)
            throw new failure/* WireError */.c('the packfile ends in the middle of an object');
        const { buffer: data, engine } = (0,external_node_zlib_.inflateSync)(pack.subarray(at, pack.length - 20), { info: true });
        if (data.length !== size)
            throw new failure/* WireError */.c(`an object at byte ${offset} of the packfile inflates to ${data.length} bytes, not the ${size} its header gives`);
        at += engine.bytesWritten;
        if (base === null) {
            const object = { type: TYPES[code], body: data };
            byOffset.set(offset, object);
            objects.set(objectId(object.type, object.body), object);
        }
        else
            deferred.push({ offset, base, delta: data });
    }
    if (at !== pack.length - 20)
        throw new failure/* WireError */.c('the packfile holds more data than its objects');
    // deltas may build on deltas: resolve until nothing is left or no progress is made
    while (deferred.length > 0) {
        let progress = false;
        for (let i = deferred.length - 1; i >= 0; i--) {
            const { offset, base, delta } = deferred[i];
            const source = typeof base === 'number' ? byOffset.get(base) : (objects.get(base) ?? known(base));
            if (!source)
                continue;
            const object = { type: source.type, body: applyDelta(source.body, delta) };
            byOffset.set(offset, object);
            objects.set(objectId(object.type, object.body), object);
            deferred.splice(i, 1);
            progress = true;
        }
        if (!progress)
            throw new failure/* WireError */.c(`${deferred.length} delta(s) of the packfile refer to objects it does not hold`);
    }
    return objects;
}
/** A pack of whole objects. */
function writePack(objects) {
    const header = Buffer.alloc(12);
    header.write('PACK', 0, 'latin1');
    header.writeUInt32BE(2, 4);
    header.writeUInt32BE(objects.length, 8);
    const parts = [header];
    for (const { type, body } of objects) {
        const bytes = [];
        let size = body.length;
        let byte = (CODES[type] << 4) | (size & 15);
        size = Math.floor(size / 16);
        while (size > 0) {
            bytes.push(byte | 0x80);
            byte = size & 0x7f;
            size = Math.floor(size / 128);
        }
        bytes.push(byte);
        parts.push(Buffer.from(bytes), (0,external_node_zlib_.deflateSync)(body));
    }
    const content = Buffer.concat(parts);
    return Buffer.concat([content, (0,external_node_crypto_.createHash)('sha1').update(content).digest()]);
}
/** git's delta: the sizes of source and result, then copies from the source and inserted bytes. */
function applyDelta(source, delta) {
    let at = 0;
    const varint = () => {
        let value = 0;
        let shift = 0;
        let byte;
        do {
            byte = delta[at++];
            value += (byte & 0x7f) * 2 ** shift;
            shift += 7;
        } while (byte & 0x80);
        return value;
    };
    if (varint() !== source.length)
        throw new failure/* WireError */.c('a delta of the packfile does not fit its base');
    const result = Buffer.alloc(varint());
    let out = 0;
    while (at < delta.length) {
        const op = delta[at++];
        if (op & 0x80) {
            let offset = 0;
            let size = 0;
            for (let bit = 0; bit < 4; bit++)
                if (op & (1 << bit))
                    offset += delta[at++] * 2 ** (8 * bit);
            for (let bit = 0; bit < 3; bit++)
                if (op & (1 << (4 + bit)))
                    size += delta[at++] << (8 * bit);
            if (size === 0)
                size = 0x10000;
            if (offset + size > source.length || out + size > result.length)
                throw new failure/* WireError */.c('a delta of the packfile copies outside its base');
            source.copy(result, out, offset, offset + size);
            out += size;
        }
        else if (op > 0) {
            if (at + op > delta.length || out + op > result.length)
                throw new failure/* WireError */.c('a delta of the packfile inserts past its end');
            delta.copy(result, out, at, at + op);
            at += op;
            out += op;
        }
        else
            throw new failure/* WireError */.c('a delta of the packfile holds a reserved instruction');
    }
    if (out !== result.length)
        throw new failure/* WireError */.c('a delta of the packfile is shorter than the size it gives');
    return result;
}

// EXTERNAL MODULE: ./src/history/wire/pkt-line.ts
var pkt_line = __webpack_require__(2806);
// EXTERNAL MODULE: ./src/history/wire/transport.ts
var transport = __webpack_require__(8637);
;// CONCATENATED MODULE: ./src/history/wire/protocol.ts
/**
 * The two conversations the store has with a git server (gitprotocol-v2, gitprotocol-pack):
 * listing refs and fetching objects from upload-pack (protocol version 2), and updating refs with
 * a pack of new objects through receive-pack (the reference-discovery protocol, which receive-pack
 * still speaks). Nothing is written to disk: objects arrive in memory.
 */




const ZERO_OID = '0'.repeat(40);
const AGENT = 'agent=test-incident-loop';
/**
 * What upload-pack is asked before its capabilities are known: every server of protocol version 2
 * lists refs, and git since 2.19 (GitHub's servers among them) fetches shallow and filtered.
 * Asking at once saves a request per command; a server that differs answers with an error, and
 * the request is made again the long way, after its advertisement.
 */
const ASSUMED_FETCH_FEATURES = ['shallow', 'filter'];
/** upload-pack over protocol version 2. */
class UploadPack {
    transport;
    /** the `fetch` features the server advertised; null until an advertisement was needed */
    fetchFeatures = null;
    constructor(transport) {
        this.transport = transport;
    }
    /** The refs under the given prefixes, by name. */
    async listRefs(prefixes) {
        const body = Buffer.concat([(0,pkt_line/* pktLine */.oK)('command=ls-refs\n'), (0,pkt_line/* pktLine */.oK)(`${AGENT}\n`), pkt_line/* DELIM */.A$, ...prefixes.map((p) => (0,pkt_line/* pktLine */.oK)(`ref-prefix ${p}\n`)), pkt_line/* FLUSH */.ZM]);
        return this.ask(async () => {
            const refs = new Map();
            let ended = false;
            for (const p of (0,pkt_line/* packets */.Yi)(await this.transport.request('git-upload-pack', body, true))) {
                ended = p.kind === 'flush';
                if (p.kind !== 'data')
                    continue;
                const line = (0,pkt_line/* lineOf */.cA)(p.data);
                checkError(line);
                const [oid, name] = line.split(' ');
                if (!/^[0-9a-f]{40}$/.test(oid) || !name)
                    throw new failure/* WireError */.c(`an ls-refs line "${line.slice(0, 80)}"`);
                refs.set(name, oid);
            }
            // an empty or cut answer is no list (a server of protocol version 0 sends nothing to this request)
            if (!ended)
                throw new failure/* WireError */.c('the ls-refs answer does not end with a flush packet');
            return refs;
        });
    }
    /** The objects of the wanted commits (or of the wanted objects themselves), by id. */
    async fetch(request, known) {
        const optional = request.optionalWants ?? [];
        if (optional.length > 0) {
            try {
                return await this.fetchOnce([...request.wants, ...optional], request, known);
            }
            catch (error) {
                if (!(error instanceof failure/* RemoteFailure */.p) || !error.answered)
                    throw error;
            }
        }
        return this.fetchOnce(request.wants, request, known);
    }
    async fetchOnce(wants, request, known) {
        if (wants.length === 0)
            return new Map();
        return this.ask(async (features) => {
            const args = ['no-progress', 'ofs-delta'];
            if (request.depth && features.includes('shallow'))
                args.push(`deepen ${request.depth}`);
            // a server that cannot filter sends the blobs too: only slower
            if (request.withoutBlobs && features.includes('filter'))
                args.push('filter blob:none');
            const body = [(0,pkt_line/* pktLine */.oK)('command=fetch\n'), (0,pkt_line/* pktLine */.oK)(`${AGENT}\n`), pkt_line/* DELIM */.A$, ...args.map((a) => (0,pkt_line/* pktLine */.oK)(`${a}\n`)), ...wants.map((w) => (0,pkt_line/* pktLine */.oK)(`want ${w}\n`)), (0,pkt_line/* pktLine */.oK)('done\n'), pkt_line/* FLUSH */.ZM];
            const answer = await this.transport.request('git-upload-pack', Buffer.concat(body), true);
            return readPack(packOf(answer), known);
        });
    }
    /**
     * Runs a request with the fetch features assumed; when the server answers it with an error,
     * reads the advertisement (which fails with its own, clearer error on a server that cannot do
     * this at all) and runs it again with the features the server really has.
     */
    async ask(request) {
        if (this.fetchFeatures)
            return request(this.fetchFeatures);
        try {
            return await request(ASSUMED_FETCH_FEATURES);
        }
        catch (error) {
            if (!(error instanceof failure/* RemoteFailure */.p) || !error.answered)
                throw error;
            const capabilities = parseV2Capabilities(await this.transport.advertise('git-upload-pack', true));
            this.fetchFeatures = capabilities.get('fetch')?.split(' ') ?? [];
            return request(this.fetchFeatures);
        }
    }
}
function parseV2Capabilities(advertisement) {
    const lines = [...(0,pkt_line/* packets */.Yi)((0,transport/* withoutServiceLine */.g)(advertisement))].filter((p) => p.kind === 'data').map((p) => (0,pkt_line/* lineOf */.cA)(p.data));
    if (lines[0] !== 'version 2') {
        throw new failure/* RemoteFailure */.p('protocol', `the git server does not offer git's protocol version 2 (it answered "${(lines[0] ?? '').slice(0, 60)}"); it needs git 2.18 or later`);
    }
    const capabilities = new Map();
    for (const line of lines.slice(1)) {
        const eq = line.indexOf('=');
        capabilities.set(eq < 0 ? line : line.slice(0, eq), eq < 0 ? '' : line.slice(eq + 1));
    }
    return capabilities;
}
/** The pack in a fetch answer: the sections before `packfile` are skipped; band 1 is the pack, band 3 an error. */
function packOf(answer) {
    const parts = [];
    let inPack = false;
    for (const p of (0,pkt_line/* packets */.Yi)(answer)) {
        if (p.kind !== 'data')
            continue;
        if (!inPack) {
            const line = (0,pkt_line/* lineOf */.cA)(p.data);
            checkError(line);
            if (line === 'packfile')
                inPack = true;
            continue;
        }
        const band = p.data[0];
        if (band === 1)
            parts.push(p.data.subarray(1));
        else if (band === 3)
            throw new failure/* RemoteFailure */.p('protocol', `the git server stopped the fetch: ${(0,pkt_line/* lineOf */.cA)(p.data.subarray(1))}`);
    }
    if (!inPack)
        throw new failure/* WireError */.c('the fetch answer holds no packfile');
    return Buffer.concat(parts);
}
function checkError(line) {
    if (line.startsWith('ERR '))
        throw new failure/* RemoteFailure */.p('protocol', `the git server answered: ${line.slice(4)}`);
}
/** receive-pack: the advertised refs, then the updates with a pack of `objects`, all or none when there are several. */
class ReceivePack {
    transport;
    /** the advertisement the last push read */
    last = null;
    constructor(transport) {
        this.transport = transport;
    }
    /**
     * `reuseAdvertisement`: a push that only creates refs, right after another push, may go on
     * what that one read (the capabilities do not change, and the server itself refuses a ref that
     * exists by now): one request instead of two.
     *
     * An `optional` update goes along only while it can: it is left out when its ref moved, when the
     * server cannot push atomically, and when the server refuses the push with it for another reason
     * than a race (a hook that allows branches only, say: the rest goes again, on the same
     * advertisement). `updated` in the report says whether it went.
     */
    async push(updates, objects, reuseAdvertisement = false) {
        const onlyCreates = updates.every((u) => u.old === ZERO_OID);
        const { refs, capabilities } = reuseAdvertisement && onlyCreates && this.last ? this.last : (this.last = parseV0Advertisement(await this.transport.advertise('git-receive-pack', false)));
        const unmoved = (u) => (refs.get(u.ref) ?? ZERO_OID) === u.old;
        const required = updates.filter((u) => !u.optional);
        // as git does before sending anything: a ref that moved since it was read loses the race here
        const moved = required.filter((u) => !unmoved(u));
        if (moved.length > 0) {
            const rejected = new Map(moved.map((u) => [u.ref, u.old === ZERO_OID ? 'reference already exists' : 'stale info (fetch first)']));
            return { ok: false, updated: new Set(), rejected, messages: [], stale: true };
        }
        const atomic = capabilities.has('atomic');
        if (required.length > 1 && !atomic)
            return { ok: false, updated: new Set(), rejected: new Map([['', 'the server does not support atomic pushes']]), messages: [], stale: false };
        const optional = atomic ? updates.filter((u) => u.optional && unmoved(u)) : [];
        const send = async (sent) => {
            const wanted = ['report-status', 'side-band-64k', 'quiet', 'delete-refs', AGENT].filter((c) => c === AGENT || capabilities.has(c));
            if (sent.length > 1)
                wanted.push('atomic');
            const commands = sent.map((u, i) => (0,pkt_line/* pktLine */.oK)(`${u.old} ${u.new} ${u.ref}${i === 0 ? `\0${wanted.join(' ')}` : ''}\n`));
            const onlyDeletes = sent.every((u) => u.new === ZERO_OID);
            const body = Buffer.concat([...commands, pkt_line/* FLUSH */.ZM, ...(onlyDeletes ? [] : [writePack(objects)])]);
            return parseReport(await this.transport.request('git-receive-pack', body, false), capabilities.has('side-band-64k'), sent);
        };
        const report = await send([...required, ...optional]);
        if (optional.length === 0 || report.ok || report.stale)
            return report;
        return send(required);
    }
}
function parseV0Advertisement(advertisement) {
    const refs = new Map();
    let capabilities = new Set();
    let first = true;
    for (const p of (0,pkt_line/* packets */.Yi)((0,transport/* withoutServiceLine */.g)(advertisement))) {
        if (p.kind === 'flush')
            break;
        if (p.kind !== 'data')
            continue;
        let line = (0,pkt_line/* lineOf */.cA)(p.data);
        checkError(line);
        if (first) {
            const nul = line.indexOf('\0');
            if (nul >= 0) {
                capabilities = new Set(line.slice(nul + 1).split(' ').map((c) => c.split('=')[0]));
                line = line.slice(0, nul);
            }
            first = false;
        }
        const [oid, name] = line.split(' ');
        if (name && name !== 'capabilities^{}')
            refs.set(name, oid);
    }
    return { refs, capabilities };
}
function parseReport(answer, sideBand, updates) {
    const messages = [];
    let report = answer;
    if (sideBand) {
        const parts = [];
        for (const p of (0,pkt_line/* packets */.Yi)(answer)) {
            if (p.kind !== 'data')
                continue;
            const band = p.data[0];
            if (band === 1)
                parts.push(p.data.subarray(1));
            else if (band === 2 || band === 3)
                messages.push(...p.data.subarray(1).toString('utf8').split(/[\r\n]+/).map((l) => l.trim()).filter(Boolean));
        }
        report = Buffer.concat(parts);
    }
    const rejected = new Map();
    const accepted = new Set();
    for (const p of (0,pkt_line/* packets */.Yi)(report)) {
        if (p.kind !== 'data')
            continue;
        const line = (0,pkt_line/* lineOf */.cA)(p.data);
        if (line.startsWith('unpack ') && line !== 'unpack ok')
            rejected.set('unpack', line.slice(7));
        else if (line.startsWith('ok '))
            accepted.add(line.slice(3));
        else if (line.startsWith('ng ')) {
            const rest = line.slice(3);
            const space = rest.indexOf(' ');
            rejected.set(space < 0 ? rest : rest.slice(0, space), space < 0 ? 'rejected' : rest.slice(space + 1));
        }
    }
    for (const u of updates)
        if (!accepted.has(u.ref) && !rejected.has(u.ref))
            rejected.set(u.ref, 'the server did not report this ref');
    const stale = [...rejected.values()].some((r) => /stale info|cannot lock ref|failed to lock|incorrect old value|reference already exists|but expected/i.test(r));
    return { ok: rejected.size === 0, updated: accepted, rejected, messages, stale };
}

// EXTERNAL MODULE: ./src/history/remote-error.ts
var remote_error = __webpack_require__(7735);
;// CONCATENATED MODULE: ./src/history/objects.ts
/**
 * The data branch as git objects held in memory: the tip's commit and trees fetched without blobs,
 * then only the blobs asked for, and new blobs, trees and commits written here and pushed as one
 * small pack. Nothing of the branch is ever written to disk, so nothing on it (a symlink, a
 * submodule) can be followed or land outside; the git protocol is spoken from node (wire/), which
 * spares the chain of git processes each fetch and push used to start.
 */






/** The identity of the commits on the data branch (never the user's or the machine's config). */
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** Folders nested deeper than this are refused (the layout needs 3). */
const MAX_TREE_DEPTH = 64;
class ObjectStore {
    remote;
    branch;
    hinted;
    objects = new Map();
    /** objects written here that the server may not have yet (sent with the next push that needs them) */
    unsent = new Set();
    /** the tree listing of each commit listed so far */
    listings = new Map();
    uploadPack;
    receivePack;
    /** pending runs' refs on the server as the last fetch found them: ref -> commit */
    pendingRefs = new Map();
    /** the blob the hinted file's ref named when the refs were last listed (null: no such ref) */
    hintedBlob = null;
    /** the server took a push without the hinted file's ref: it is not offered again */
    hintRefused = false;
    constructor(transport, remote, branch, hinted = null) {
        this.remote = remote;
        this.branch = branch;
        this.hinted = hinted;
        this.uploadPack = new UploadPack(transport);
        this.receivePack = new ReceivePack(transport);
    }
    get branchRef() {
        return `refs/heads/${this.branch}`;
    }
    /**
     * Lists the branch and its pending runs (pending.ts), then fetches their commits and trees
     * without blobs (servers that do not filter send everything; that is only slower) in one
     * request, with the hinted file's blob when `withHinted` (a reader that will read it). Returns
     * the tip, or null when the branch does not exist.
     */
    fetchTip(withHinted = false) {
        return (0,remote_error/* talkingTo */.G)('fetch', this, () => this.fetchRefs(withHinted));
    }
    async fetchRefs(withHinted) {
        const pending = (0,ids/* pendingNamespace */.Bn)(this.branch);
        const refs = await this.uploadPack.listRefs([this.branchRef, pending, ...(this.hinted ? [this.hinted.ref] : [])]);
        const tip = refs.get(this.branchRef) ?? null;
        this.pendingRefs = new Map([...refs].filter(([ref]) => ref.startsWith(pending)));
        this.hintedBlob = this.hinted ? (refs.get(this.hinted.ref) ?? null) : null;
        const wants = [...new Set([...(tip ? [tip] : []), ...this.pendingRefs.values()])].filter((oid) => !this.objects.has(oid));
        // a blob asked for by name comes even though the fetch filters blobs out (a server that will
        // not send it with the trees is asked again without it: the rollup then comes on its own)
        const hint = withHinted && tip && this.hintedBlob && !this.objects.has(this.hintedBlob) ? [this.hintedBlob] : [];
        this.store(await this.uploadPack.fetch({ wants, optionalWants: hint, depth: 1, withoutBlobs: true }, (oid) => this.objects.get(oid)));
        return tip;
    }
    /** Every path of a commit's tree, folders included, in no particular order (no blob is read or fetched for this). */
    listTree(commit) {
        const known = this.listings.get(commit);
        if (known)
            return known;
        const entries = [];
        const folders = [{ tree: this.treeOf(commit), prefix: '', depth: 0 }];
        for (let folder = folders.pop(); folder; folder = folders.pop()) {
            if (folder.depth > MAX_TREE_DEPTH) {
                throw new errors/* InputError */.d(`The history branch "${this.branch}" holds folders nested more than ${MAX_TREE_DEPTH} deep (${folder.prefix.slice(0, 80)}...); the action refuses to read it. ` +
                    `Someone with push access changed the branch by hand or on purpose: remove that folder from the branch (git rm -r it and push), or restore the branch from its git history.`);
            }
            for (const entry of parseTree(this.object(folder.tree, 'tree'))) {
                const mode = entry.mode.padStart(6, '0');
                const type = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
                const path = folder.prefix + entry.name;
                entries.push({ mode, type, oid: entry.oid, path });
                if (type === 'tree')
                    folders.push({ tree: entry.oid, prefix: `${path}/`, depth: folder.depth + 1 });
            }
        }
        this.listings.set(commit, entries);
        return entries;
    }
    /** The tree of a commit. */
    treeOf(commit) {
        const text = this.object(commit, 'commit').toString('utf8', 0, 46);
        if (!text.startsWith('tree '))
            throw new errors/* InputError */.d(`The commit ${commit} of the history branch "${this.branch}" is damaged (it names no tree).`);
        return text.slice(5, 45);
    }
    /** Makes sure the blobs are here: one request for all that are not. */
    async ensureBlobs(oids) {
        const missing = [...new Set(oids)].filter((o) => !this.objects.has(o));
        if (missing.length === 0)
            return;
        await (0,remote_error/* talkingTo */.G)('fetch', this, async () => {
            this.store(await this.uploadPack.fetch({ wants: missing }));
            const absent = missing.filter((o) => !this.objects.has(o));
            if (absent.length > 0)
                throw new failure/* RemoteFailure */.p('protocol', `the server did not send ${absent.length} of the ${missing.length} file(s) asked for (first: ${absent[0]})`);
        });
    }
    /** Reads blobs (fetching those not here yet); a blob over `bound` bytes is given by its size only. */
    async readBlobs(oids, bound) {
        await this.ensureBlobs(oids);
        return this.readHeldBlobs(oids, bound);
    }
    /** Whether the object is here (fetched or written). */
    holds(oid) {
        return this.objects.has(oid);
    }
    /** Reads blobs already here (ensureBlobs); the synchronous form, for the review's run reader. */
    readHeldBlobs(oids, bound) {
        const result = new Map();
        for (const oid of oids) {
            const content = this.object(oid, 'blob');
            result.set(oid, { oid, size: content.length, content: content.length <= bound ? content : null });
        }
        return result;
    }
    /** Stores a blob; returns its id. */
    writeBlob(content) {
        return this.write('blob', typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    }
    /** The id a blob of this content has, without storing it. */
    static blobId(content) {
        return objectId('blob', Buffer.from(content, 'utf8'));
    }
    /**
     * A commit of `parent`'s tree with `changes` applied (or of only the changes when parent is
     * null). Folders no change touches keep their tree ids; the others are written anew.
     */
    commitTree(parent, changes, message) {
        const listing = parent ? this.listTree(parent) : [];
        const files = new Map();
        const folders = new Map();
        for (const e of listing) {
            if (e.type === 'tree')
                folders.set(e.path, e.oid);
            else
                files.set(e.path, { mode: e.mode, oid: e.oid });
        }
        const touched = new Set(['']);
        for (const c of changes) {
            if (c.oid === null)
                files.delete(c.path);
            else
                files.set(c.path, { mode: '100644', oid: c.oid });
            const parts = c.path.split('/');
            for (let i = 1; i < parts.length; i++)
                touched.add(parts.slice(0, i).join('/'));
        }
        // children of each folder
        const children = new Map();
        const childMap = (dir) => {
            let m = children.get(dir);
            if (!m)
                children.set(dir, (m = new Map()));
            return m;
        };
        for (const [p, f] of files) {
            const parts = p.split('/');
            for (let i = 0; i < parts.length - 1; i++)
                childMap(parts.slice(0, i).join('/')).set(parts[i], 'folder');
            childMap(parts.slice(0, -1).join('/')).set(parts.at(-1), f);
        }
        const treeOf = (dir) => {
            if (!touched.has(dir) && folders.has(dir) && children.has(dir))
                return folders.get(dir);
            const entries = [];
            for (const [name, child] of children.get(dir) ?? []) {
                if (child === 'folder') {
                    const oid = treeOf(dir ? `${dir}/${name}` : name);
                    if (oid)
                        entries.push({ name, mode: '40000', oid });
                }
                else
                    entries.push({ name, mode: child.mode.replace(/^0+/, ''), oid: child.oid });
            }
            if (entries.length === 0 && dir !== '')
                return null;
            entries.sort((a, b) => Buffer.compare(Buffer.from(a.mode === '40000' ? `${a.name}/` : a.name), Buffer.from(b.mode === '40000' ? `${b.name}/` : b.name)));
            const body = Buffer.concat(entries.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.oid, 'hex')]));
            return this.write('tree', body);
        };
        const tree = treeOf('');
        return this.writeCommit(tree, parent, message);
    }
    /** A commit of `tree` with no parent (the squash). */
    orphanCommit(tree, message) {
        return this.writeCommit(tree, null, message);
    }
    /**
     * Moves the branch from `from` (null: it must not exist) to `commit`, which fails when another
     * writer moved it first. The pending refs the commit takes in are deleted in the same atomic
     * update, each only while it still names its commit.
     */
    async push(commit, from, deletes = []) {
        const updates = [{ ref: this.branchRef, old: from ?? ZERO_OID, new: commit }];
        for (const d of deletes)
            updates.push({ ref: d.ref, old: d.commit, new: ZERO_OID });
        const hint = this.hintUpdate(commit);
        if (hint)
            updates.push(hint);
        const result = await this.send(updates, [commit]);
        if (hint && result.report?.ok) {
            if (result.report.updated.has(hint.ref))
                this.hintedBlob = hint.new === ZERO_OID ? null : hint.new;
            else
                this.hintRefused = true;
        }
        return result;
    }
    /** The hinted file's ref moved to the blob `commit` holds, when it names another (null: nothing to move). */
    hintUpdate(commit) {
        if (!this.hinted || this.hintRefused)
            return null;
        const name = this.hinted.name;
        const blob = parseTree(this.object(this.treeOf(commit), 'tree')).find((e) => e.name === name && e.mode.startsWith('100'))?.oid ?? null;
        if (blob === this.hintedBlob)
            return null;
        return { ref: this.hinted.ref, old: this.hintedBlob ?? ZERO_OID, new: blob ?? ZERO_OID, optional: true };
    }
    /** Creates refs that must not exist yet (pending runs), all or none, right after a push that lost its race (no new advertisement is read). */
    pushNewRefs(refs) {
        return this.send(refs.map((r) => ({ ref: r.ref, old: ZERO_OID, new: r.commit })), refs.map((r) => r.commit), true);
    }
    async send(updates, commits, reuseAdvertisement = false) {
        const pack = this.unsentReachable(commits);
        try {
            const report = await this.receivePack.push(updates, pack.map((oid) => this.objects.get(oid)), reuseAdvertisement);
            if (report.ok)
                for (const oid of pack)
                    this.unsent.delete(oid);
            return { report };
        }
        catch (error) {
            if (error instanceof failure/* RemoteFailure */.p)
                return { failure: error };
            throw error;
        }
    }
    /** The objects written here that the commits reach (what the server lacks); the rest it has. */
    unsentReachable(commits) {
        const out = [];
        const seen = new Set();
        const visit = (oid) => {
            if (seen.has(oid) || !this.unsent.has(oid))
                return;
            seen.add(oid);
            out.push(oid);
            const object = this.objects.get(oid);
            if (object.type === 'commit')
                visit(this.treeOf(oid));
            else if (object.type === 'tree')
                for (const entry of parseTree(object.body))
                    if (entry.mode !== '160000')
                        visit(entry.oid);
        };
        for (const commit of commits)
            visit(commit);
        return out;
    }
    writeCommit(tree, parent, message) {
        const when = `${Math.floor(Date.now() / 1000)} +0000`;
        const text = `tree ${tree}\n` + (parent ? `parent ${parent}\n` : '') + `author ${BOT_NAME} <${BOT_EMAIL}> ${when}\ncommitter ${BOT_NAME} <${BOT_EMAIL}> ${when}\n\n${message}\n`;
        return this.write('commit', Buffer.from(text, 'utf8'));
    }
    write(type, body) {
        const oid = objectId(type, body);
        if (!this.objects.has(oid)) {
            this.objects.set(oid, { type, body });
            this.unsent.add(oid);
        }
        return oid;
    }
    /** Drops every object held. */
    release() {
        this.objects.clear();
        this.unsent.clear();
        this.listings.clear();
    }
    store(objects) {
        for (const [oid, object] of objects)
            if (!this.objects.has(oid))
                this.objects.set(oid, object);
    }
    object(oid, type) {
        const object = this.objects.get(oid);
        if (!object)
            throw new errors/* InputError */.d(`The ${type} ${oid} of the history branch "${this.branch}" is missing: the git server did not send it. Run again; if it persists, the branch is damaged (restore it from its git history).`);
        if (object.type !== type)
            throw new errors/* InputError */.d(`The history branch "${this.branch}" is damaged: ${oid} is a ${object.type} where a ${type} should be.`);
        return object.body;
    }
}
/** A tree object's entries: `<mode> <name>\0<20-byte id>` each. */
function parseTree(body) {
    const entries = [];
    let at = 0;
    while (at < body.length) {
        const space = body.indexOf(0x20, at);
        const nul = body.indexOf(0, space);
        if (space < 0 || nul < 0 || nul + 21 > body.length)
            throw new errors/* InputError */.d('A tree of the history branch is damaged (an entry does not parse).');
        entries.push({ mode: body.toString('latin1', at, space), name: body.toString('utf8', space + 1, nul), oid: body.toString('hex', nul + 1, nul + 21) });
        at = nul + 21;
    }
    return entries;
}


/***/ }),

/***/ 2383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _g: () => (/* binding */ listPending),
/* harmony export */   e9: () => (/* binding */ mergePending),
/* harmony export */   fM: () => (/* binding */ absorbPending)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1666);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8548);
/**
 * Pending runs: a writer whose push to the branch lost the race does not queue behind the other
 * jobs. It pushes its run instead as a tiny parentless commit (its run file, and its suite file
 * when the branch lacks it) to a ref of its own, `refs/test-history-pending/<branch>/<run id>`.
 * No two runs share that ref, so the push cannot lose a race, and the run is stored at once.
 * Readers fetch these refs with the branch (same fetch) and treat their files as part of the
 * tree; the next commit to the branch (any run's, or a compaction's) takes their files in and
 * deletes the refs in the same atomic push. The refs are not branches: they trigger no workflow
 * and no branch rule, and `actions/checkout` never fetches them.
 */



/**
 * The pending runs the last fetch found (their commits and trees are in `objects`). Their trees
 * are checked like the branch's (a symlink or a submodule refuses the read, naming the ref);
 * files outside runs/ and suites/ are ignored.
 */
function listPending(objects, branch) {
    return [...objects.pendingRefs].map(([ref, commit]) => {
        let layout;
        try {
            layout = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .readLayout */ .T4)(objects.listTree(commit), branch, `The pending run ${ref} of the history branch "${branch}"`);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${error.message} (Delete the ref with \`git push origin :${ref}\`.)`);
        }
        return { ref, commit, runs: layout.runs, suites: layout.suites };
    });
}
/** Adds the pending runs to a layout read from the branch; the branch's own files win. */
function mergePending(layout, pending) {
    layout.pending = pending;
    for (const p of pending) {
        for (const [file, oid] of p.runs) {
            if (layout.runs.has(file))
                continue;
            layout.runs.set(file, oid);
            layout.fromPending.set(file, oid);
        }
        for (const [hash, oid] of p.suites) {
            if (layout.suites.has(hash))
                continue;
            layout.suites.set(hash, oid);
            layout.fromPending.set((0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .suiteFilePath */ .Y6)(hash), oid);
        }
    }
}
/**
 * What a commit to the branch adds to take the pending runs in (their files the branch lacks,
 * first, so that a later change of the same commit may still delete one) and the pending runs
 * whose refs its push deletes in the same atomic update.
 */
function absorbPending(layout) {
    return { changes: [...layout.fromPending].map(([path, oid]) => ({ path, oid })), deletes: layout.pending };
}


/***/ }),

/***/ 7735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ talkingTo),
/* harmony export */   b: () => (/* binding */ remoteError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _wire_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1310);
/**
 * What to tell the user when the history's git server could not be used: a refused token, a
 * server that cannot be reached, or one that does not speak git, each with what to change.
 */


function remoteError(what, where, cause) {
    if (cause.kind === 'auth' || cause.kind === 'forbidden') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`The git server refused the token when the action tried to ${what} the history branch "${where.branch}" of ${where.remote} (${cause.message}). ` +
            'Give the job a token that can read the repository contents (permissions: contents: read, or contents: write to store runs).');
    }
    if (cause.kind === 'unreachable') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`The history repository ${where.remote} could not be reached to ${what} the branch "${where.branch}" (${cause.message}). ` +
            'Check the --repo / history-repository value (an https URL such as https://github.com/<owner>/<repo>.git, or the path of a local git repository) and that the machine can reach the server.');
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`The git server of ${where.remote} gave an answer the action cannot use when it tried to ${what} the history branch "${where.branch}": ${cause.message}.`);
}
/** Runs a conversation with the server, turning its failures into the user's message. */
async function talkingTo(what, where, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw error instanceof _wire_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p ? remoteError(what, where, error) : error;
    }
}


/***/ }),

/***/ 988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SC: () => (/* binding */ markPruned),
/* harmony export */   YD: () => (/* binding */ compareKeys),
/* harmony export */   gD: () => (/* binding */ peerOf),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   qU: () => (/* binding */ applyRun)
/* harmony export */ });
/* unused harmony exports outcomeClass, newTest */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9653);

const compareKeys = (a, b) => a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
/**
 * A `rerun` is a pass here (its final outcome): its failed attempt is already flaky evidence on its
 * own run (a FlakyEntry with other = null), so pairing that attempt with another run's pass would
 * only add an entry that needs more runs to count; its pass paired with another run's failure is new evidence.
 */
const outcomeClass = (o) => o === 'passed' || o === 'rerun' ? 'pass' : o === 'failed' || o === 'error' ? 'fail' : null;
function emptyState() {
    return {
        rollup: { schema_version: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HISTORY_SCHEMA_VERSION */ .a, updated_at: null, runs: [], tests: {} },
        tagRun: new Map(),
        durationRun: new Map()
    };
}
/** A run file + its suite seen as a ShaPeer. */
function peerOf(runFile, suite) {
    const present = new Set(suite.tests.map((r) => r[0]));
    return {
        created: runFile.run.created,
        id: runFile.run.id,
        classOf: (nodeid) => (present.has(nodeid) ? outcomeClass(runFile.results[nodeid]?.o ?? 'passed') : null)
    };
}
/**
 * Adds one run to the state (mutating it). Returns false, changing nothing, when a run with the
 * same id is already there: ingesting the same report twice stores it once.
 */
function applyRun(state, runFile, suite, ctx) {
    const { rollup } = state;
    const info = runFile.run;
    const key = { created: info.created, id: info.id };
    const at = insertionPoint(rollup.runs, key);
    if (at < rollup.runs.length && rollup.runs[at].id === info.id)
        return false;
    const entry = {
        id: info.id,
        created: info.created,
        sha: info.sha,
        branch: info.branch,
        event: info.event,
        build_id: info.build_id,
        file: ctx.file,
        summary: runFile.summary,
        suite: runFile.suite
    };
    rollup.runs.splice(at, 0, entry);
    if (rollup.updated_at === null || info.created > rollup.updated_at)
        rollup.updated_at = info.created;
    const branch = info.branch ?? '';
    const sha = info.sha ?? '';
    const peers = info.sha ? ctx.sameSha.filter((p) => p.id !== info.id) : [];
    for (const row of suite.tests) {
        const nodeid = row[0];
        const t = (rollup.tests[nodeid] ??= newTest(row));
        addPresence(t.seen, branch, info.created);
        const result = runFile.results[nodeid];
        const o = result?.o ?? 'passed';
        t.counts[o] = (t.counts[o] ?? 0) + 1;
        if (o !== 'skipped' && o !== 'xfailed')
            addPresence((t.ran ??= {}), branch, info.created);
        // the tags the test carried in this run, so a later move to another component does not rewrite the past
        if (o === 'failed' || o === 'error' || o === 'rerun')
            insertSorted(t.failures, [info.created, info.id, o, row[1], row[2]], compareFailures);
        if (o === 'rerun')
            addFlaky(t.flaky, [info.created, info.id, sha, null]);
        const tagKey = state.tagRun.get(nodeid);
        if (!tagKey || compareKeys(key, tagKey) > 0) {
            setTags(t, row);
            state.tagRun.set(nodeid, key);
        }
        if (result?.ms !== undefined) {
            const durKey = state.durationRun.get(nodeid);
            if (!durKey || compareKeys(key, durKey) > 0) {
                t.duration_ms = result.ms;
                state.durationRun.set(nodeid, key);
            }
        }
        const mine = outcomeClass(o);
        if (mine === null)
            continue;
        for (const peer of peers) {
            const theirs = peer.classOf(nodeid);
            if (theirs === null || theirs === mine)
                continue;
            // the evidence is recorded on the later of the two runs, naming the earlier, whichever arrived first
            const [earlier, later] = compareKeys(peer, key) < 0 ? [peer, key] : [key, peer];
            addFlaky(t.flaky, [later.created, later.id, sha, earlier.id]);
        }
    }
    return true;
}
function addPresence(presence, branch, created) {
    const p = presence[branch];
    if (!p)
        presence[branch] = { first: created, last: created, runs: 1 };
    else {
        if (created < p.first)
            p.first = created;
        if (created > p.last)
            p.last = created;
        p.runs++;
    }
}
/** Marks a run as pruned: its index entry stays (the rollup keeps every run), its file is gone. */
function markPruned(state, runId) {
    const entry = state.rollup.runs.find((r) => r.id === runId);
    if (entry)
        entry.file = null;
}
/** A test's rollup entry before any run of it is applied: its tags from the suite row, nothing seen. */
function newTest(row) {
    return {
        component: row[1],
        failure_mode: row[2],
        incident: row[3],
        tag_source: row[4],
        file: row[5],
        line: row[6],
        seen: {},
        ran: {},
        counts: {},
        failures: [],
        flaky: [],
        duration_ms: null
    };
}
function setTags(t, row) {
    t.component = row[1];
    t.failure_mode = row[2];
    t.incident = row[3];
    t.tag_source = row[4];
    t.file = row[5];
    t.line = row[6];
}
function insertionPoint(runs, key) {
    let lo = 0;
    let hi = runs.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareKeys(runs[mid], key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
const entryKey = (e) => ({ created: e[0], id: e[1] });
function insertSorted(list, item, compare) {
    let i = list.length;
    while (i > 0 && compare(list[i - 1], item) > 0)
        i--;
    list.splice(i, 0, item);
}
const compareFailures = (a, b) => compareKeys(entryKey(a), entryKey(b));
/** By (time, run, other run) with null first: a total order, so the list is the same whatever order the runs came in. */
const compareFlaky = (a, b) => {
    const other = (e) => e[3] ?? '';
    return compareKeys(entryKey(a), entryKey(b)) || (other(a) < other(b) ? -1 : other(a) > other(b) ? 1 : 0);
};
function addFlaky(list, item) {
    if (list.some((e) => e[1] === item[1] && e[3] === item[3]))
        return;
    insertSorted(list, item, compareFlaky);
}


/***/ }),

/***/ 8650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ stableStringify),
/* harmony export */   Y: () => (/* binding */ serializeLines)
/* harmony export */ });
/**
 * Deterministic JSON for the data branch: keys sorted at every level, and the outer containers
 * broken into one entry per line so that git stores a new version of a file as a small delta of
 * the previous one (a changed entry changes one line, an added entry adds one line).
 */
/** Compact JSON with sorted object keys (arrays keep their order). */
function stableStringify(value) {
    return render(value, 0, 0);
}
/**
 * JSON with sorted keys where containers nested less than `lineDepth` deep put each member on its
 * own line (no indentation: it would only cost bytes); deeper containers stay compact.
 * Ends with a newline.
 */
function serializeLines(value, lineDepth) {
    return render(value, 0, lineDepth) + '\n';
}
function render(value, depth, lineDepth) {
    if (value === null || typeof value !== 'object') {
        if (value === undefined)
            return 'null';
        if (typeof value === 'number' && !Number.isFinite(value)) {
            throw new Error(`cannot serialise the number ${value} in the history`);
        }
        return JSON.stringify(value);
    }
    const sep = depth < lineDepth ? ',\n' : ',';
    const open = depth < lineDepth ? '\n' : '';
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        return '[' + open + value.map((v) => render(v, depth + 1, lineDepth)).join(sep) + open + ']';
    }
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length === 0)
        return '{}';
    const body = entries.map(([k, v]) => JSON.stringify(k) + ':' + render(v, depth + 1, lineDepth)).join(sep);
    return '{' + open + body + open + '}';
}


/***/ }),

/***/ 3217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nU: () => (/* binding */ DEFAULT_BRANCH),
  D4: () => (/* binding */ DEFAULT_RETENTION_DAYS),
  jC: () => (/* binding */ openHistory)
});

// UNUSED EXPORTS: ARCHIVE_PATH, HistoryClone, README_PATH, ROLLUP_PATH, defaultRemote, defaultTempDir, normaliseRemote, parseRunFile, parseSuiteFile, rebuildRollup

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/history/auth.ts
/** Whether the remote is http(s), the only kind a token is sent to. */
function takesToken(remote) {
    try {
        const { protocol } = new URL(remote);
        return protocol === 'http:' || protocol === 'https:';
    }
    catch {
        return false;
    }
}
function basicCredential(token) {
    return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}
/** The Authorization header for the remote (null for local and file:// remotes, or without a token). */
function authorizationFor(remote, token, logger) {
    if (!token)
        return null;
    if (!takesToken(remote)) {
        logger.debug('the token is not used for a local or file:// remote');
        return null;
    }
    const credential = basicCredential(token);
    logger.secret(token);
    logger.secret(credential);
    return `Basic ${credential}`;
}

// EXTERNAL MODULE: ./src/history/codec.ts
var codec = __webpack_require__(5398);
// EXTERNAL MODULE: ./src/history/ids.ts
var ids = __webpack_require__(1666);
// EXTERNAL MODULE: ./src/history/layout.ts
var layout = __webpack_require__(8548);
// EXTERNAL MODULE: ./src/history/logger.ts
var history_logger = __webpack_require__(5902);
// EXTERNAL MODULE: ./src/history/migrate.ts
var migrate = __webpack_require__(2917);
// EXTERNAL MODULE: ./src/history/objects.ts + 2 modules
var objects = __webpack_require__(7243);
// EXTERNAL MODULE: ./src/history/wire/transport.ts
var wire_transport = __webpack_require__(8637);
// EXTERNAL MODULE: ./src/history/pending.ts
var history_pending = __webpack_require__(2383);
// EXTERNAL MODULE: ./src/history/rollup.ts
var rollup = __webpack_require__(988);
// EXTERNAL MODULE: ./src/history/types.ts
var types = __webpack_require__(9653);
;// CONCATENATED MODULE: ./src/history/store.ts
/**
 * The data branch read from git objects held in memory (objects.ts): one shallow fetch without
 * blobs, the tree listing checked against the layout (layout.ts), then only the blobs needed,
 * fetched in one request. The rollup is a cache of the run files: the runs it covers are listed in it, the run
 * files it does not cover yet are folded in on read, and a missing, old or damaged rollup is
 * rebuilt from the run files (with a warning that names the file). Writing is in append.ts and
 * compact.ts; the user's checkout is never touched.
 */
















const DEFAULT_BRANCH = 'test-history';
const DEFAULT_RETENTION_DAYS = 180;
/** Where saved runs go: RUNNER_TEMP in Actions (cleaned by the runner), the OS temp folder elsewhere. */
function defaultTempDir() {
    return process.env.RUNNER_TEMP || os.tmpdir();
}
/** The repository's own remote: `${GITHUB_SERVER_URL}/${owner}/${repo}.git`. */
function defaultRemote(serverUrl, repository) {
    return `${serverUrl.replace(/\/+$/, '')}/${repository}.git`;
}
/** Turns a remote given as a local path into a file:// URL (shallow fetches need a real transport). */
function normaliseRemote(remote) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote))
        return remote;
    return (0,external_node_url_.pathToFileURL)(external_node_path_.resolve(remote)).href;
}
class HistoryClone {
    objects;
    tempDir;
    logger;
    /** the commit of the branch this clone holds (null: the branch does not exist yet) */
    tip = null;
    layout = (0,layout/* emptyLayout */.O4)();
    /** problems met while reading: each names the file and what was done about it */
    warnings = [];
    loaded = null;
    runCache = new Map();
    runIndex = null;
    suiteCache = new Map();
    rollupBytes = 0;
    constructor(objects, tempDir, logger) {
        this.objects = objects;
        this.tempDir = tempDir;
        this.logger = logger;
    }
    get remote() {
        return this.objects.remote;
    }
    get branch() {
        return this.objects.branch;
    }
    /** The rollup of the branch as read: the stored rollup plus the run files it does not cover yet. */
    rollup() {
        return this.state().rollup;
    }
    /** @internal the rollup with the bookkeeping that applying runs needs */
    state() {
        if (!this.loaded)
            throw new Error('the history was opened without reading it (read: false); call load() first');
        return this.loaded.state;
    }
    /** @internal */
    get loadedRollup() {
        return this.loaded;
    }
    warn(message) {
        this.warnings.push(message);
        this.logger.warning(message);
    }
    /**
     * Fetches the tip (no blobs but the rollup's, when `forReading`) and checks its tree. Forgets
     * what was read from an older tip.
     */
    async refresh(opts = {}) {
        this.tip = await this.objects.fetchTip(opts.forReading ?? false);
        this.layout = this.tip ? (0,layout/* readLayout */.T4)(this.objects.listTree(this.tip), this.branch) : (0,layout/* emptyLayout */.O4)();
        if (this.objects.pendingRefs.size > 0)
            (0,history_pending/* mergePending */.e9)(this.layout, (0,history_pending/* listPending */._g)(this.objects, this.branch));
        if (this.layout.ignored.length > 0)
            this.logger.debug(`history branch ${this.branch}: ignoring ${this.layout.ignored.length} file(s) outside the layout (${this.layout.ignored.slice(0, 3).join(', ')})`);
    }
    /**
     * Reads the rollup and folds in the run files it does not cover (see the file comment).
     * `writing`: the caller writes the rollup back at once, so a missing one is no news to report.
     */
    async load(opts = {}) {
        const sourceOid = this.layout.rollup;
        this.loaded = { ...(await this.readRollup(opts.writing ?? false)), sourceOid };
        await this.foldUncovered();
        return this.loaded.state;
    }
    /** Folds the run files of the tree that the rollup read does not hold yet into it (nothing when none was read). */
    async foldUncovered() {
        if (this.loaded)
            await this.fold(this.loaded.state, this.uncoveredPaths(this.loaded.state));
    }
    /** Run files of the tree that the stored rollup.json does not cover (all of them before it is read). */
    storedRollupLag() {
        const coverage = this.loaded?.storedCoverage;
        return coverage ? [...this.layout.runs.keys()].filter((p) => !coverage.has(p)).length : this.layout.runs.size;
    }
    /** Run files of the current tree that the state does not hold. */
    uncoveredPaths(state) {
        const covered = coveredFiles(state);
        return [...this.layout.runs.keys()].filter((p) => !covered.has(p)).sort();
    }
    async readRollup(writing) {
        const { rollup: rollupOid, runs, archive } = this.layout;
        if (rollupOid) {
            try {
                const text = await this.readText(rollupOid, 'rollup', layout/* ROLLUP_PATH */.$w);
                this.rollupBytes = Buffer.byteLength(text);
                const state = (0,codec/* decodeState */.UJ)(text, `${layout/* ROLLUP_PATH */.$w} on branch ${this.branch}`, 'rollup');
                if ((0,codec/* sourceVersionOf */.T7)(state) === types/* HISTORY_SCHEMA_VERSION */.a) {
                    return { state, storedCoverage: coveredFiles(state), rewriteReason: null };
                }
                // an older rollup lacks what only the run files know (each failure's tags, runs that ran): rebuild
                this.logger.debug(`${layout/* ROLLUP_PATH */.$w} has schema_version ${(0,codec/* sourceVersionOf */.T7)(state)}; rebuilding it from the run files`);
                return { state: await this.rebuildState(), storedCoverage: new Set(), rewriteReason: `${layout/* ROLLUP_PATH */.$w} was written with schema_version ${(0,codec/* sourceVersionOf */.T7)(state)}` };
            }
            catch (error) {
                if (!(error instanceof errors/* InputError */.d) || error instanceof migrate/* NewerSchemaError */.x)
                    throw error;
                this.warn(`${error.message} It was rebuilt from the ${runs.size} run file(s)${archive ? ' and archive.json' : ''}; the next stored run writes the rebuilt file.`);
                return { state: await this.rebuildState(), storedCoverage: new Set(), rewriteReason: `${layout/* ROLLUP_PATH */.$w} was damaged` };
            }
        }
        if (runs.size > 0 || archive) {
            const missing = `${layout/* ROLLUP_PATH */.$w} is missing from the history branch "${this.branch}"; it was rebuilt from the ${runs.size} run file(s)${archive ? ' and archive.json' : ''} (no run is lost).`;
            if (writing)
                this.logger.debug(`${missing} This writer writes it back now.`);
            else
                this.warn(`${missing} The next stored run writes it back.`);
            return { state: await this.rebuildState(), storedCoverage: new Set(), rewriteReason: `${layout/* ROLLUP_PATH */.$w} was missing` };
        }
        return { state: (0,rollup/* emptyState */.p$)(), storedCoverage: new Set(), rewriteReason: this.tip ? `${layout/* ROLLUP_PATH */.$w} was missing` : null };
    }
    /** The archive of pruned runs plus every run file of the tree, replayed: what the rollup must equal. */
    async rebuildState() {
        const state = await this.readArchive();
        await this.fold(state, [...this.layout.runs.keys()].sort());
        return state;
    }
    /** archive.json decoded (an empty state when absent). A damaged archive cannot be rebuilt: it stops. */
    async readArchive() {
        if (!this.layout.archive)
            return (0,rollup/* emptyState */.p$)();
        const text = await this.readText(this.layout.archive, 'archive', layout/* ARCHIVE_PATH */.FO);
        return (0,codec/* decodeState */.UJ)(text, `${layout/* ARCHIVE_PATH */.FO} on branch ${this.branch}`, 'archive');
    }
    /**
     * Applies run files to the state (mutating it), with the other runs of the same sha as flakiness
     * peers. A run file or suite that cannot be read is named and skipped with a warning.
     */
    async fold(state, paths) {
        if (paths.length === 0)
            return;
        const runFiles = await this.readRunFiles(paths);
        const shas = new Set([...runFiles.values()].map((r) => r.run.sha).filter((s) => !!s));
        // peers: every run file of those shas on the branch, covered by the rollup or not
        const peerEntries = state.rollup.runs.filter((r) => r.sha && shas.has(r.sha) && r.file && this.layout.runs.has(r.file) && !runFiles.has(r.file));
        const peerPaths = peerEntries.map((r) => r.file);
        // one fetch for the peers and every suite the index already names
        const suiteHashes = [...runFiles.values()].map((r) => r.suite).concat(peerEntries.map((r) => r.suite ?? '').filter(Boolean));
        await this.objects.ensureBlobs([
            ...peerPaths.map((p) => this.layout.runs.get(p)),
            ...suiteHashes.map((h) => this.layout.suites.get(h)).filter((o) => !!o)
        ]);
        const peerFiles = await this.readRunFiles(peerPaths);
        const all = new Map([...runFiles, ...peerFiles]);
        const suites = await this.readSuites([...all.values()].map((r) => r.suite));
        const bySha = new Map();
        for (const [file, runFile] of all) {
            if (!runFile.run.sha || !suites.has(runFile.suite))
                continue;
            bySha.set(runFile.run.sha, [...(bySha.get(runFile.run.sha) ?? []), { file, runFile }]);
        }
        const ordered = [...runFiles.entries()].sort((a, b) => (0,rollup/* compareKeys */.YD)(a[1].run, b[1].run));
        for (const [file, runFile] of ordered) {
            const suite = suites.get(runFile.suite);
            if (!suite) {
                this.warn(`The run file ${file} on the history branch "${this.branch}" refers to suites/${runFile.suite}.json, which is missing or unreadable; the run was skipped.`);
                continue;
            }
            const peers = runFile.run.sha
                ? (bySha.get(runFile.run.sha) ?? []).filter((p) => p.file !== file).map((p) => (0,rollup/* peerOf */.gD)(p.runFile, suites.get(p.runFile.suite)))
                : [];
            (0,rollup/* applyRun */.qU)(state, runFile, suite, { file, sameSha: peers });
        }
    }
    /** Run files by path; unreadable ones are named in a warning and left out. */
    async readRunFiles(paths) {
        const out = new Map();
        const wanted = paths.filter((p) => this.layout.runs.has(p));
        const blobs = await this.objects.readBlobs(wanted.map((p) => this.layout.runs.get(p)), layout/* SIZE_BOUNDS */.ag.run);
        for (const p of wanted) {
            try {
                out.set(p, parseRunFile(this.checked(blobs.get(this.layout.runs.get(p)), 'run', p), p, this.branch));
            }
            catch (error) {
                if (error instanceof migrate/* NewerSchemaError */.x)
                    throw error;
                this.warn(`${error.message} The run was skipped; restore the file from the branch's git history to count it again.`);
            }
        }
        return out;
    }
    /** Suite files by hash (missing or unreadable ones are absent from the map, with a warning). */
    async readSuites(hashes) {
        const out = new Map();
        const wanted = [...new Set(hashes)].filter((h) => this.layout.suites.has(h));
        const blobs = await this.objects.readBlobs(wanted.map((h) => this.layout.suites.get(h)), layout/* SIZE_BOUNDS */.ag.suite);
        for (const h of wanted) {
            try {
                out.set(h, parseSuiteFile(this.checked(blobs.get(this.layout.suites.get(h)), 'suite', (0,ids/* suiteFilePath */.Y6)(h)), h, this.branch));
            }
            catch (error) {
                if (error instanceof migrate/* NewerSchemaError */.x)
                    throw error;
                this.warn(error.message);
            }
        }
        return out;
    }
    /** The content of a blob read, or the size-bound error naming the file. */
    checked(read, kind, file) {
        if (!read)
            throw new errors/* InputError */.d(`The file ${file} on the history branch "${this.branch}" could not be read.`);
        (0,layout/* checkSize */.C1)(kind, file, read.size, this.branch);
        return read.content;
    }
    async readText(oid, kind, file) {
        const blobs = await this.objects.readBlobs([oid], layout/* SIZE_BOUNDS */.ag[kind]);
        return this.checked(blobs.get(oid), kind, file).toString('utf8');
    }
    /** Fetches every run and suite file of the branch, which the review's synchronous reader (readRun, readSuite) needs. */
    async fetchRunFiles() {
        await this.objects.ensureBlobs([...this.layout.runs.values(), ...this.layout.suites.values()]);
    }
    /**
     * A run file by run id (null when unknown, pruned or unreadable). Synchronous for the review's
     * reader (after fetchRunFiles): the first call parses every run file of the branch.
     */
    readRun(id) {
        const entry = this.runEntry(id);
        if (!entry?.file || !this.layout.runs.has(entry.file))
            return null;
        if (!this.runCache.has(entry.file))
            this.preloadSync([...this.layout.runs.keys()], 'run');
        return this.runCache.get(entry.file) ?? null;
    }
    /** The rollup's line for a run id, through an index rebuilt whenever the rollup's runs changed (the review asks for every run). */
    runEntry(id) {
        const runs = this.loaded?.state.rollup.runs;
        if (!runs)
            return undefined;
        if (this.runIndex?.runs !== runs || this.runIndex.size !== runs.length)
            this.runIndex = { runs, size: runs.length, byId: new Map(runs.map((r) => [r.id, r])) };
        return this.runIndex.byId.get(id);
    }
    readSuite(hash) {
        if (!this.layout.suites.has(hash))
            return null;
        if (!this.suiteCache.has(hash))
            this.preloadSync([...this.layout.suites.keys()].map((h) => (0,ids/* suiteFilePath */.Y6)(h)), 'suite');
        return this.suiteCache.get(hash) ?? null;
    }
    preloadSync(paths, kind) {
        const oidOf = (p) => (kind === 'run' ? this.layout.runs.get(p) : this.layout.suites.get(hashOfSuitePath(p)));
        const oids = paths.map(oidOf);
        if (!oids.every((oid) => this.objects.holds(oid)))
            throw new Error('the run files were not fetched: call fetchRunFiles() before the review reads them');
        const blobs = this.objects.readHeldBlobs(oids, layout/* SIZE_BOUNDS */.ag[kind]);
        for (const p of paths) {
            try {
                const blob = this.checked(blobs.get(oidOf(p)), kind, p);
                if (kind === 'run')
                    this.runCache.set(p, parseRunFile(blob, p, this.branch));
                else
                    this.suiteCache.set(hashOfSuitePath(p), parseSuiteFile(blob, hashOfSuitePath(p), this.branch));
            }
            catch (error) {
                this.warn(error.message);
                if (kind === 'run')
                    this.runCache.set(p, null);
                else
                    this.suiteCache.set(hashOfSuitePath(p), null);
            }
        }
    }
    /** What the branch holds, for the CLI's `history` command. */
    describe() {
        const state = this.loaded?.state ?? (0,rollup/* emptyState */.p$)();
        const runs = state.rollup.runs;
        const byBranch = {};
        for (const r of runs)
            byBranch[r.branch ?? ''] = (byBranch[r.branch ?? ''] ?? 0) + 1;
        return {
            remote: this.remote,
            branch: this.branch,
            exists: this.tip !== null,
            commit: this.tip,
            schema_version: this.layout.rollup ? ((0,codec/* sourceVersionOf */.T7)(state) ?? types/* HISTORY_SCHEMA_VERSION */.a) : null,
            runs: runs.length,
            run_files: this.layout.runs.size,
            pruned_runs: runs.filter((r) => r.file === null).length,
            uncovered_runs: this.storedRollupLag(),
            pending_runs: this.layout.pending.length,
            first_run: runs[0]?.created ?? null,
            last_run: runs.at(-1)?.created ?? null,
            runs_by_branch: byBranch,
            tests: Object.keys(state.rollup.tests).length,
            suites: this.layout.suites.size,
            rollup_bytes: this.rollupBytes,
            warnings: [...this.warnings]
        };
    }
    /** @internal after a push: the tree now holds these files too, and the pending runs it took in */
    noteWritten(commit, runs, suites, readme) {
        this.tip = commit;
        for (const [p, oid] of runs)
            this.layout.runs.set(p, oid);
        for (const [h, oid] of suites)
            this.layout.suites.set(h, oid);
        if (readme)
            this.layout.readme = readme;
        this.layout.pending = [];
        this.layout.fromPending = new Map();
    }
    /** @internal after runs were pushed as pending runs: read as part of the tree from now on */
    notePending(pending) {
        (0,history_pending/* mergePending */.e9)(this.layout, [...this.layout.pending, ...pending]);
    }
    /** @internal after a compaction: the stored rollup covers the state's runs */
    noteCompacted(commit, layout, state) {
        this.tip = commit;
        this.layout = layout;
        this.loaded = { state, storedCoverage: coveredFiles(state), rewriteReason: null, sourceOid: layout.rollup };
    }
    /** Lets go of the objects held in memory (the branch is never on disk); the clone is not used after. */
    async dispose() {
        this.objects.release();
        this.runCache.clear();
        this.suiteCache.clear();
        this.loaded = null;
    }
}
function hashOfSuitePath(p) {
    return p.replace(/^suites\//, '').replace(/\.json$/, '');
}
function parseRunFile(blob, file, branch) {
    const where = `${file} on branch ${branch}`;
    const doc = parseDocument('run', blob, where);
    if (!doc.run || typeof doc.run.id !== 'string' || typeof doc.run.created !== 'string' || typeof doc.suite !== 'string' || typeof doc.results !== 'object' || doc.results === null) {
        throw new errors/* InputError */.d(`The run file ${where} lacks its run, suite or results.`);
    }
    return doc;
}
function parseSuiteFile(blob, hash, branch) {
    const where = `suites/${hash}.json on branch ${branch}`;
    const doc = parseDocument('suite', blob, where);
    if (!Array.isArray(doc.tests))
        throw new errors/* InputError */.d(`The suite file ${where} lacks its tests.`);
    return doc;
}
/** A run or suite file's JSON, migrated to the current schema; an InputError naming it when it is not JSON. */
function parseDocument(kind, blob, where) {
    let raw;
    try {
        raw = JSON.parse(blob.toString('utf8'));
    }
    catch (e) {
        throw new errors/* InputError */.d(`The ${kind} file ${where} is not valid JSON (${e.message}).`);
    }
    return (0,migrate/* migrateDocument */.H)(kind, raw, where);
}
/** The run files a state covers. */
function coveredFiles(state) {
    return new Set(state.rollup.runs.map((r) => r.file).filter((f) => f !== null));
}
/** Opens the data branch (held in memory). A missing branch or empty repository is an empty history. */
async function openHistory(opts) {
    const branch = (0,ids/* validateBranchName */.eg)(opts.branch ?? DEFAULT_BRANCH);
    const remote = normaliseRemote(opts.remote);
    const logger = opts.logger ?? history_logger/* plainLogger */.N;
    const transport = (0,wire_transport/* transportFor */.J)(remote, authorizationFor(remote, opts.token, logger), opts.gitEnv);
    const clone = new HistoryClone(new objects/* ObjectStore */.L(transport, remote, branch, { name: layout/* ROLLUP_PATH */.$w, ref: (0,ids/* rollupRef */.k$)(branch) }), opts.tempDir, logger);
    try {
        await clone.refresh({ forReading: opts.read !== false });
        if (opts.read !== false)
            await clone.load();
        return clone;
    }
    catch (e) {
        await clone.dispose();
        throw e;
    }
}
/** The rollup a full replay of the branch gives (archive + every run file); equal to rollup() when consistent. */
async function rebuildRollup(clone) {
    return (await clone.rebuildState()).rollup;
}


/***/ }),

/***/ 9653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ HISTORY_SCHEMA_VERSION)
/* harmony export */ });
/** Version of every file on the data branch. Bump it only with a migration in history/migrate.ts. */
const HISTORY_SCHEMA_VERSION = 2;


/***/ }),

/***/ 1310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ WireError),
/* harmony export */   p: () => (/* binding */ RemoteFailure)
/* harmony export */ });
class RemoteFailure extends Error {
    kind;
    answered;
    constructor(kind, message, 
    /** the server was reached and answered (a status, a git error); false when it never was (refused, silent) */
    answered = kind !== 'unreachable') {
        super(message);
        this.kind = kind;
        this.answered = answered;
        this.name = 'RemoteFailure';
    }
}
/** What the server sent could not be read as git's protocol. */
class WireError extends RemoteFailure {
    constructor(message) {
        super('protocol', `its answer could not be read: ${message}`);
        this.name = 'WireError';
    }
}


/***/ }),

/***/ 2806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ DELIM),
/* harmony export */   Yi: () => (/* binding */ packets),
/* harmony export */   ZM: () => (/* binding */ FLUSH),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   oK: () => (/* binding */ pktLine)
/* harmony export */ });
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1310);
/**
 * git's pkt-line framing (gitprotocol-common): each packet is its length in four hex digits
 * (counting those four) followed by its payload; `0000` ends a message (flush), `0001` separates
 * sections (delim, protocol v2) and `0002` ends a stateless response (response-end).
 */

const FLUSH = Buffer.from('0000');
const DELIM = Buffer.from('0001');
const MAX_PAYLOAD = 65516;
/** One data packet. */
function pktLine(payload) {
    const data = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
    if (data.length > MAX_PAYLOAD)
        throw new Error(`a pkt-line payload of ${data.length} bytes is over git's limit of ${MAX_PAYLOAD}`);
    return Buffer.concat([Buffer.from((data.length + 4).toString(16).padStart(4, '0')), data]);
}
/** Splits a whole message into packets; throws on a malformed length (the server is not speaking git). */
function* packets(message, start = 0) {
    let at = start;
    while (at < message.length) {
        if (at + 4 > message.length)
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .WireError */ .c(`a truncated pkt-line at byte ${at}`);
        const header = message.toString('latin1', at, at + 4);
        if (!/^[0-9a-f]{4}$/.test(header))
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .WireError */ .c(`an invalid pkt-line length "${printable(header)}" at byte ${at}`);
        const length = parseInt(header, 16);
        if (length === 0 || length === 1 || length === 2) {
            at += 4;
            yield { kind: length === 0 ? 'flush' : length === 1 ? 'delim' : 'end', end: at };
            continue;
        }
        if (length < 4 || at + length > message.length)
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .WireError */ .c(`a pkt-line of length ${length} that does not fit the message at byte ${at}`);
        yield { kind: 'data', data: message.subarray(at + 4, at + length), end: at + length };
        at += length;
    }
}
/** A packet's payload as text without its trailing newline. */
function lineOf(data) {
    const text = data.toString('utf8');
    return text.endsWith('\n') ? text.slice(0, -1) : text;
}
function printable(text) {
    return text.replace(/[^\x20-\x7e]/g, '?');
}


/***/ }),

/***/ 8637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ transportFor),
/* harmony export */   g: () => (/* binding */ withoutServiceLine)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1310);
/* harmony import */ var _pkt_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2806);



/** Answers above this are refused (a rollup is bounded at 512 MiB; see layout.ts). */
const MAX_RESPONSE_BYTES = 1024 * 1024 * 1024;
const USER_AGENT = 'git/test-incident-loop';
/** How long a connection may stay silent. */
const IDLE_TIMEOUT_MS = 120_000;
function transportFor(remote, authorization, env = {}, idleTimeoutMs = IDLE_TIMEOUT_MS) {
    const url = new URL(remote);
    if (url.protocol === 'file:')
        return new LocalTransport((0,node_url__WEBPACK_IMPORTED_MODULE_0__.fileURLToPath)(url), env);
    if (url.protocol === 'http:' || url.protocol === 'https:')
        return new HttpTransport(url, authorization, idleTimeoutMs);
    throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p('unreachable', `the remote ${remote} uses ${url.protocol.slice(0, -1)}, which the action does not speak; give an https:// URL or a local path`);
}
/** Strips the `# service=...` preamble smart HTTP puts before an advertisement. */
function withoutServiceLine(advertisement) {
    if (!advertisement.subarray(4, 14).equals(Buffer.from('# service=')))
        return advertisement;
    for (const p of (0,_pkt_line_js__WEBPACK_IMPORTED_MODULE_2__/* .packets */ .Yi)(advertisement))
        if (p.kind === 'flush')
            return advertisement.subarray(p.end);
    return advertisement;
}
class HttpTransport {
    origin;
    authorization;
    idleTimeoutMs;
    base;
    agent = null;
    constructor(origin, authorization, idleTimeoutMs) {
        this.origin = origin;
        this.authorization = authorization;
        this.idleTimeoutMs = idleTimeoutMs;
        this.base = new URL(origin.href.replace(/\/+$/, ''));
    }
    /**
     * Like git (http.followRedirects=initial), only the advertisement follows redirects, and later
     * requests go where it ended. A request redirected before any advertisement was read fails as
     * an answered request, and upload-pack then reads the advertisement (protocol.ts).
     */
    async advertise(service, v2) {
        let target = new URL(`${this.base.href}/info/refs?service=${service}`);
        for (let hop = 0; hop < 5; hop++) {
            const res = await this.send('GET', target, null, { ...(v2 ? { 'Git-Protocol': 'version=2' } : {}) });
            if (res.status >= 300 && res.status < 400 && res.location) {
                target = new URL(res.location, target);
                this.base = new URL(target.href.replace(/\/info\/refs\?.*$/, ''));
                continue;
            }
            this.check(res, service, `application/x-${service}-advertisement`);
            return res.body;
        }
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p('unreachable', `${this.origin.href} redirected more than 5 times`, true);
    }
    async request(service, body, v2) {
        const res = await this.send('POST', new URL(`${this.base.href}/${service}`), body, {
            'Content-Type': `application/x-${service}-request`,
            Accept: `application/x-${service}-result`,
            ...(v2 ? { 'Git-Protocol': 'version=2' } : {})
        });
        this.check(res, service, `application/x-${service}-result`);
        return res.body;
    }
    check(res, service, type) {
        const said = res.body.toString('utf8', 0, 200).trim().split('\n')[0];
        if (res.status === 401)
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p('auth', `${this.origin.href} answered 401 (authentication required)${said ? `: ${said}` : ''}`);
        if (res.status === 403)
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p('forbidden', `${this.origin.href} answered 403 (forbidden) to ${service}${said ? `: ${said}` : ''}`);
        if (res.status === 404)
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p('unreachable', `${this.origin.href} answered 404: not found (no such repository, or the token may not see it)`, true);
        if (res.status !== 200)
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p('unreachable', `${this.origin.href} answered ${res.status} to ${service}${said ? `: ${said}` : ''}`, true);
        if (res.type !== type)
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p('protocol', `${this.origin.href} does not speak git's smart HTTP protocol (it answered ${res.type || 'without a content type'})`);
    }
    async send(method, url, body, headers) {
        // the token only ever goes to the remote's own origin (a redirect elsewhere goes without it)
        const auth = this.authorization && url.origin === this.origin.origin ? { Authorization: this.authorization } : {};
        const agent = await (this.agent ??= proxyAgent(url));
        // loaded on first use: a file:// remote needs neither, and TLS takes a while to load
        const client = url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
        return new Promise((resolve, reject) => {
            const req = client.request(url, { method, agent, headers: { 'User-Agent': USER_AGENT, 'Accept-Encoding': 'identity', ...(body ? { 'Content-Length': String(body.length) } : {}), ...headers, ...auth } }, (res) => {
                const chunks = [];
                let size = 0;
                res.on('data', (chunk) => {
                    size += chunk.length;
                    if (size > MAX_RESPONSE_BYTES) {
                        res.destroy();
                        reject(new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p('protocol', `${this.origin.href} sent more than ${MAX_RESPONSE_BYTES / 1024 ** 3} GiB for one request of the history branch`));
                        return;
                    }
                    chunks.push(chunk);
                });
                res.on('error', (error) => reject(new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p('unreachable', `${this.origin.href}: ${error.message}`)));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? '').split(';')[0].trim(), location: res.headers.location ?? null, body: Buffer.concat(chunks) }));
            });
            req.on('error', (error) => reject(new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p('unreachable', `${this.origin.href} could not be reached: ${error.message}`)));
            // a server that stops answering fails the step instead of holding the job until its timeout
            req.setTimeout(this.idleTimeoutMs, () => req.destroy(new Error(`no answer for ${this.idleTimeoutMs / 1000} s`)));
            req.end(body ?? undefined);
        });
    }
}
/** The agent for a proxy the environment names for this URL (https_proxy, no_proxy, as the runner sets them); none otherwise. */
async function proxyAgent(url) {
    const names = url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
    if (!names.some((n) => process.env[n]))
        return undefined;
    // only then load the runner's HTTP client, which reads those variables (and no_proxy) as the runner does
    const { HttpClient } = await __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 4942));
    return new HttpClient(USER_AGENT).getAgent(url.href);
}
class LocalTransport {
    dir;
    env;
    constructor(dir, env) {
        this.dir = dir;
        this.env = env;
    }
    advertise(service, v2) {
        return this.run(service, ['--advertise-refs'], Buffer.alloc(0), v2);
    }
    request(service, body, v2) {
        return this.run(service, [], body, v2);
    }
    async run(service, extra, input, v2) {
        const env = {};
        for (const [k, v] of Object.entries(process.env))
            if (v !== undefined && !k.startsWith('GIT_'))
                env[k] = v;
        Object.assign(env, this.env, { LC_ALL: 'C' }, v2 ? { GIT_PROTOCOL: 'version=2' } : {});
        // loaded here: an https remote (every run in Actions) never starts a process
        const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
        return new Promise((resolve, reject) => {
            const child = spawn('git', [service.slice(4), '--stateless-rpc', ...extra, this.dir], { env, stdio: ['pipe', 'pipe', 'pipe'] });
            const out = [];
            let stderr = '';
            child.stdout.on('data', (c) => out.push(c));
            child.stderr.on('data', (c) => (stderr += c.toString('utf8')));
            child.on('error', (error) => reject(new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p('unreachable', `git ${service.slice(4)} could not be started: ${error.message}`)));
            child.on('close', (code) => {
                if (code === 0)
                    resolve(Buffer.concat(out));
                else
                    reject(new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteFailure */ .p('unreachable', `${this.dir}: ${stderr.trim().split('\n').at(-1) ?? `git ${service.slice(4)} failed`}`, true));
            });
            child.stdin.on('error', () => undefined);
            child.stdin.end(input);
        });
    }
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

//# sourceMappingURL=787.index.js.map