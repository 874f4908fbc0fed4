export const id = 332;
export const ids = [332];
export const modules = {

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


/***/ })

};

//# sourceMappingURL=332.index.js.map