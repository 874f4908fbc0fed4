export const id = 514;
export const ids = [514];
export const modules = {

/***/ 2514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   historyCommand: () => (/* binding */ historyCommand)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _history_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5484);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2280);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7593);




const usage = `Usage: node dist/cli.js history --repo URL|PATH [--branch B] [--json]
       node dist/cli.js history --repo URL|PATH [--branch B] --rebuild | --compact [--retention-days N]

Says what the history branch holds: runs (by branch), their time span, tests, how far rollup.json
lags behind the run files, and any file that could not be read.

Options:
  --repo URL|PATH      the repository holding the history
  --branch B           the data branch (default ${_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BRANCH */ .nU})
  --json               print it as JSON
  --rebuild            recompute rollup.json from archive.json and every run file, and push it
                       (for a missing, damaged or stale rollup; no run file is removed)
  --compact            bring rollup.json up to date and apply retention (what writers do when due;
                       for a scheduled job)
  --retention-days N   with --compact: prune run files older than N days (default ${_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETENTION_DAYS */ .D4}, 0 keeps all)
  Set GITHUB_TOKEN to read or push an https remote that needs it.`;
const historyCommand = {
    usage,
    options: {
        repo: { type: 'string' },
        branch: { type: 'string' },
        json: { type: 'boolean' },
        rebuild: { type: 'boolean' },
        compact: { type: 'boolean' },
        'retention-days': { type: 'string' }
    },
    async run(values) {
        if (values.rebuild && values.compact)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`Give --rebuild or --compact, not both.\n\n${usage}`);
        const clone = await (0,_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openHistory */ .jC)({
            remote: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredOption */ .zB)(values, 'repo', usage),
            branch: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOption */ .Pp)(values, 'branch') ?? _history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BRANCH */ .nU,
            token: process.env.GITHUB_TOKEN,
            tempDir: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(),
            logger: await (0,_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .cliLogger */ .$)()
        });
        try {
            if (values.rebuild || values.compact) {
                const result = await (0,_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compactHistory */ .EQ)(clone, {
                    rebuild: values.rebuild === true,
                    retentionDays: values.rebuild ? 0 : (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .numberOption */ .jZ)(values, 'retention-days', _history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETENTION_DAYS */ .D4)
                });
                if (result.status === 'compacted')
                    console.log(`rollup.json now covers ${result.covered} run(s) (${result.pruned} run file(s) pruned) at ${result.commit}`);
                else
                    console.log(`rollup.json was not rewritten: ${result.reason}`);
                return result.status === 'compacted' || result.status === 'unchanged' ? 0 : 1;
            }
            const description = clone.describe();
            console.log(values.json ? JSON.stringify(description, null, 2) : (0,_history_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDescription */ .GQ)(description));
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

//# sourceMappingURL=514.index.js.map