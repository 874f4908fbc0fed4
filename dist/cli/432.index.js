export const id = 432;
export const ids = [432];
export const modules = {

/***/ 9432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ingestCommand: () => (/* binding */ ingestCommand)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _history_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5484);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2280);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7593);




const usage = `Usage: node dist/cli.js ingest --repo URL|PATH [--branch B] (--manifest FILE | --saved FILE... | REPORT...)
                               [--sha S] [--branch-name N] [--build-id ID] [--timestamp ISO]
                               [--component-map F] [--format F] [--retention-days N]

Appends runs to the history on a data branch. With REPORT... the files are one run (shards);
with --manifest, every report of a backfill manifest (a JSON array, oldest first, of
{"file", "build_id", "sha", "branch", "created"}) is a run, all stored in one commit; with
--saved, the runs the action could not store (it names the file) are stored as they were.

Options:
  --repo URL|PATH      the repository holding the history (a git URL or a local path)
  --branch B           the data branch (default ${_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BRANCH */ .nU})
  --manifest FILE      backfill many reports (paths relative to the manifest)
  --saved              the files given are saved runs (test-history-unstored/*.json)
  --sha S              commit the tests ran on
  --branch-name N      branch the tests ran on
  --build-id ID        the CI build id (default: cli-<time>)
  --timestamp ISO      the run's time (default: the report's own time)
  --component-map F    CODEOWNERS-style file mapping test paths to components
  --format F           auto (default), pytest-json, junit or reportlog
  --retention-days N   prune run files older than N days (default ${_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETENTION_DAYS */ .D4}, 0 keeps all)
  Set GITHUB_TOKEN to push to an https remote that needs it.`;
const ingestCommand = {
    usage,
    options: {
        repo: { type: 'string' },
        branch: { type: 'string' },
        manifest: { type: 'string' },
        saved: { type: 'boolean' },
        sha: { type: 'string' },
        'branch-name': { type: 'string' },
        'build-id': { type: 'string' },
        timestamp: { type: 'string' },
        'component-map': { type: 'string' },
        format: { type: 'string' },
        'retention-days': { type: 'string' }
    },
    async run(values, positionals) {
        const remote = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredOption */ .zB)(values, 'repo', usage);
        const manifestPath = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOption */ .Pp)(values, 'manifest');
        if (manifestPath && positionals.length > 0)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`Give either --manifest or report files, not both.\n\n${usage}`);
        if (!manifestPath && positionals.length === 0)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`ingest needs --manifest FILE, --saved FILE... or report files.\n\n${usage}`);
        if (values.saved && manifestPath)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`Give either --manifest or --saved, not both.\n\n${usage}`);
        // the report readers (and the schemas they check runs against) load only when there are reports to read
        const built = values.saved ? positionals.map((file) => (0,_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readSavedRun */ .F2)(file)) : (0,_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .buildRuns */ .jr)(await (await Promise.all(/* import() */[__webpack_require__.e(132), __webpack_require__.e(372), __webpack_require__.e(158)]).then(__webpack_require__.bind(__webpack_require__, 3158))).runsFrom(values, positionals, manifestPath));
        const branch = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOption */ .Pp)(values, 'branch') ?? _history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BRANCH */ .nU;
        // saved before the first request: a process killed at any moment leaves the run stored or saved
        const saved = await Promise.all(built.map((b) => (0,_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .saveRun */ .BQ)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), branch, b)));
        // storing needs the tree, not the rollup: its lag is caught up by the writers whose turn it is (compact.ts)
        const clone = await (0,_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openHistory */ .jC)({ remote, branch, token: process.env.GITHUB_TOKEN, tempDir: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), logger: await (0,_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .cliLogger */ .$)(), read: false });
        try {
            const result = await (0,_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .appendBuiltRuns */ .NA)(clone, built, { retentionDays: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .numberOption */ .jZ)(values, 'retention-days', _history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETENTION_DAYS */ .D4), saved });
            if (result.status === 'read-only') {
                console.error(`error: the history could not be written: ${result.reason}`);
                return 1;
            }
            const stored = result.runIds.length;
            const where = result.pending ? `as pending run(s) beside ${clone.branch} (another job was pushing; the next stored run takes them in)` : `in ${clone.branch} at ${result.commit}`;
            console.log(`stored ${stored} run(s) ${where}` + (result.alreadyStored.length ? ` (${result.alreadyStored.length} already there)` : ''));
            // a pending writer read the branch before the jobs that pushed first: its count would be short
            if (!result.pending)
                console.log(`the history holds ${clone.layout.runs.size} run file(s)`);
            return 0;
        }
        finally {
            await clone.dispose();
        }
    }
};


/***/ }),

/***/ 2280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ cliLogger)
/* harmony export */ });
/* harmony import */ var _history_logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5902);

/**
 * The command line's logger: the runner's commands only when the CLI itself runs inside a
 * workflow. Loaded on demand, so a command run elsewhere never loads @actions/core.
 */
async function cliLogger(env = process.env) {
    return env.GITHUB_ACTIONS === 'true' ? (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(143), __webpack_require__.e(980)]).then(__webpack_require__.bind(__webpack_require__, 8980))).actionsLogger : _history_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .plainLogger */ .N;
}


/***/ })

};

//# sourceMappingURL=432.index.js.map