export const id = 893;
export const ids = [893];
export const modules = {

/***/ 9893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoCommand: () => (/* binding */ demoCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/analysis/index.ts + 9 modules
var analysis = __webpack_require__(2982);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/findings-output.ts
var findings_output = __webpack_require__(2379);
// EXTERNAL MODULE: ./src/history/index.ts + 22 modules
var src_history = __webpack_require__(2026);
// EXTERNAL MODULE: ./src/incidents/file.ts
var file = __webpack_require__(8345);
// EXTERNAL MODULE: ./src/report/index.ts + 9 modules
var report = __webpack_require__(9827);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/render/run-verdict.ts

/** Test names are shown whole up to this many characters: enough for any real nodeid. */
const NAME_CHARS = 150;
const code = (nodeid) => (0,markdown/* code */.aY)(nodeid, NAME_CHARS);
const RUN_VERDICT_HEADING = '## What this run means';
function renderRunVerdict(verdict, options) {
    const cap = options.cap ?? 10;
    const breakdown = failureBreakdown(verdict, cap);
    // the breakdown list hangs under the headline, so no other list can run into it
    const parts = [RUN_VERDICT_HEADING, breakdown ? `${headline(verdict)}\n${breakdown}` : headline(verdict)];
    const predictive = verdict.failures.filter((f) => f.predictive);
    if (predictive.length > 0) {
        parts.push(`> [!CAUTION]\n> ${predictive.length === 1 ? '**1 failing test is predictive**: its failures preceded incidents; treat this failure' : `**${predictive.length} failing tests are predictive**: their failures preceded incidents; treat these failures`} as a production risk, not as noise.\n` +
            capped(predictive, cap, (f) => `> - ${code(f.nodeid)} (${originLabel(f.origin, verdict)}) preceded ${incidentList(f.incidents, 3)}`, (n) => `> - and ${n} more`));
    }
    if (verdict.predictiveNotRun.length > 0) {
        parts.push(`**${plural(verdict.predictiveNotRun.length, 'predictive test')} did not run**: ${verdict.predictiveNotRun.length === 1 ? 'it has' : 'they have'} failed before incidents; do not skip or remove ${verdict.predictiveNotRun.length === 1 ? 'it' : 'them'} without a replacement.\n` +
            capped(verdict.predictiveNotRun, cap, (p) => `- ${code(p.nodeid)} ${p.problem === 'skipped' ? 'was skipped' : 'is missing from the report'}; preceded ${incidentList(p.incidents, 3)}`, (n) => `- and ${n} more`));
    }
    const newTests = newTestsLine(verdict, cap);
    if (newTests)
        parts.push(newTests);
    parts.push(openGapsLine(verdict, options.details));
    if (options.annotations)
        parts.push(annotationsLine(options.annotations));
    return parts.join('\n\n');
}
function headline(verdict) {
    const failed = verdict.failures.length;
    if (failed === 0)
        return `**No test failed** (${plural(verdict.testCount, 'test')} in the report).`;
    const counts = ORIGINS.map((origin) => [origin, verdict.failures.filter((f) => f.origin === origin).length])
        .filter(([, n]) => n > 0)
        .map(([origin, n]) => `${n} ${originLabel(origin, verdict)}`);
    return `**${failed} of ${plural(verdict.testCount, 'test')} failed**: ${counts.join(', ')}.${verdict.baselineRuns === 0 ? ` _The history holds no run of ${code(verdict.defaultBranch)} to compare with._` : ''}`;
}
const ORIGINS = ['new', 'already_failing', 'known_flaky'];
function originLabel(origin, verdict) {
    if (origin === 'already_failing')
        return `already failing on ${code(verdict.defaultBranch)}`;
    if (origin === 'known_flaky')
        return 'known flaky';
    if (verdict.kind === 'pull_request')
        return 'new in this pull request';
    if (verdict.kind === 'push')
        return 'new in this push';
    return 'new in this run';
}
/** One line per origin that has failures, naming the tests (capped). */
function failureBreakdown(verdict, cap) {
    const lines = [];
    for (const origin of ORIGINS) {
        const tests = verdict.failures.filter((f) => f.origin === origin);
        if (tests.length === 0)
            continue;
        const label = originLabel(origin, verdict);
        lines.push(`- ${label[0].toUpperCase()}${label.slice(1)}: ${names(tests, cap)}`);
    }
    return lines.join('\n');
}
function names(failures, cap) {
    const shown = failures.slice(0, cap).map((f) => code(f.nodeid));
    if (failures.length > cap)
        shown.push(`and ${failures.length - cap} more`);
    return shown.join(', ');
}
function newTestsLine(verdict, cap) {
    if (verdict.newTests.length === 0)
        return null;
    const count = `**New tests**: ${plural(verdict.newTests.length, 'test')} not yet in the history of ${code(verdict.defaultBranch)}`;
    if (verdict.gapsClosed.length === 0)
        return `${count}; none of them matches an open gap.`;
    const closing = capped(verdict.gapsClosed, cap, (c) => `- ${code(c.nodeid)} closes the open gap of ${incidentRef(c.gap)} (${(0,markdown/* escapeText */.X1)(c.gap.component, 60)} / ${(0,markdown/* escapeText */.X1)(c.gap.failure_mode, 60)}, ${c.matched_by === 'incident' ? 'it carries the incident id' : 'same component and failure mode'})`, (n) => `- and ${n} more`);
    return `${count}; ${verdict.gapsClosed.length === 1 ? 'one closes an open gap' : `they close ${verdict.gapsClosed.length} open gaps`} once merged:\n${closing}`;
}
function openGapsLine(verdict, details) {
    const gaps = verdict.openGaps;
    if (gaps.length === 0 && verdict.incidentCount === 0)
        return `**Open gaps**: none known: no incident was analysed; ${details}.`;
    if (gaps.length === 0)
        return `**Open gaps**: none: each of the ${plural(verdict.incidentCount, 'incident')} analysed had a test that failed before it, or has one now.`;
    const shown = gaps.slice(0, 5).map((g) => `${incidentRef(g)} (${(0,markdown/* escapeText */.X1)(g.component, 60)} / ${(0,markdown/* escapeText */.X1)(g.failure_mode, 60)}, since ${g.detected_at.slice(0, 10)})`);
    if (gaps.length > 5)
        shown.push(`and ${gaps.length - 5} more`);
    return `**Open gaps**: ${gaps.length}, oldest first: ${shown.join('; ')}; ${details}.`;
}
function annotationsLine(a) {
    const shown = `${plural(a.shown, 'failing test')} annotated on ${a.shown === 1 ? 'its' : 'their'} file and line`;
    return a.leftOut === 0 ? `_${shown}._` : `_${shown}; ${a.leftOut} more left out (${a.limitNote}); the step log lists them._`;
}
/** Incident ids as links; with one incident, its title too. */
function incidentList(incidents, cap) {
    if (incidents.length === 0)
        return 'an incident';
    if (incidents.length === 1)
        return incidentRef(incidents[0]);
    const shown = incidents.slice(0, cap).map((i) => (0,markdown/* link */.nf)(i.id, i.url));
    if (incidents.length > cap)
        shown.push(`and ${incidents.length - cap} more`);
    return shown.join(', ');
}
function incidentRef(incident) {
    const id = (0,markdown/* link */.nf)(incident.id, incident.url);
    return incident.title ? `${id} ${(0,markdown/* escapeText */.X1)(incident.title, 60)}` : id;
}
function capped(items, cap, line, more) {
    const lines = items.slice(0, cap).map(line);
    if (items.length > cap)
        lines.push(more(items.length - cap));
    return lines.join('\n');
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/analysis/time.ts
var time = __webpack_require__(1789);
;// CONCATENATED MODULE: ./src/run-verdict/baseline.ts
function defaultBranchBaseline(rollup, branch) {
    const branchRuns = new Set((rollup?.runs ?? []).filter((r) => (r.branch ?? '') === branch).map((r) => r.id));
    const tests = rollup?.tests ?? {};
    const onBranch = (nodeid) => {
        const test = Object.hasOwn(tests, nodeid) ? tests[nodeid] : undefined;
        return test && Object.hasOwn(test.seen, branch) ? test : null;
    };
    return {
        branch,
        runs: branchRuns.size,
        knows: (nodeid) => onBranch(nodeid) !== null,
        failingAtLatest: (nodeid) => {
            const test = onBranch(nodeid);
            if (!test)
                return false;
            const last = test.seen[branch].last;
            // failures are oldest first: the latest ones are at the end
            for (let i = test.failures.length - 1; i >= 0; i--) {
                const [at, runId, outcome] = test.failures[i];
                if (at < last)
                    break;
                if (at === last && branchRuns.has(runId) && outcome !== 'rerun')
                    return true;
            }
            return false;
        }
    };
}

;// CONCATENATED MODULE: ./src/run-verdict/index.ts


const NOT_RUN = new Set(['skipped', 'xfailed']);
const ORIGIN_ORDER = { new: 0, already_failing: 1, known_flaky: 2 };
function computeRunVerdict(input) {
    const { run, findings } = input;
    const baseline = defaultBranchBaseline(input.history, input.defaultBranch);
    const incidentsOf = incidentLookup(findings);
    const predictive = new Set(findings.predictive_tests);
    const flaky = new Set(findings.flaky.map((f) => f.nodeid));
    const byNodeid = new Map(run.tests.map((t) => [t.nodeid, t]));
    const failures = run.tests
        .filter((t) => t.outcome === 'failed' || t.outcome === 'error')
        .map((t) => {
        const isPredictive = predictive.has(t.nodeid);
        const known = input.history?.tests[t.nodeid];
        return {
            nodeid: t.nodeid,
            outcome: t.outcome,
            origin: originOf(t.nodeid, baseline, flaky),
            predictive: isPredictive,
            incidents: isPredictive ? incidentsOf(t.nodeid) : [],
            file: t.file ?? known?.file ?? null,
            line: t.line ?? known?.line ?? null,
            message: t.message
        };
    })
        .sort(byImportance);
    const predictiveNotRun = [];
    for (const nodeid of [...predictive].sort()) {
        const record = byNodeid.get(nodeid);
        if (record && !NOT_RUN.has(record.outcome))
            continue;
        predictiveNotRun.push({ nodeid, problem: record ? 'skipped' : 'missing', incidents: incidentsOf(nodeid) });
    }
    const openGaps = openGapsOf(findings);
    // with no default-branch run stored, every test would look new: say nothing rather than that
    const newTests = baseline.runs === 0 ? [] : run.tests.filter((t) => !baseline.knows(t.nodeid)).sort(byNodeidOf);
    return {
        kind: kindOf(input.eventName),
        defaultBranch: input.defaultBranch,
        baselineRuns: baseline.runs,
        testCount: run.tests.length,
        failures,
        predictiveNotRun,
        newTests: newTests.map((t) => t.nodeid),
        gapsClosed: gapsClosedBy(newTests, openGaps),
        openGaps,
        incidentCount: findings.incident_count
    };
}
/** Known flaky wins over "already failing": a flaky test's last failure on the default branch says little. */
function originOf(nodeid, baseline, flaky) {
    if (flaky.has(nodeid))
        return 'known_flaky';
    if (baseline.failingAtLatest(nodeid))
        return 'already_failing';
    return 'new';
}
function byImportance(a, b) {
    if (a.predictive !== b.predictive)
        return a.predictive ? -1 : 1;
    return ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin] || compare(a.nodeid, b.nodeid);
}
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const byNodeidOf = (a, b) => compare(a.nodeid, b.nodeid);
function kindOf(eventName) {
    if (eventName.startsWith('pull_request'))
        return 'pull_request';
    if (eventName === 'push')
        return 'push';
    return 'other';
}
/** The incidents a load-bearing test preceded, with their titles and links. */
function incidentLookup(findings) {
    const incidents = new Map(findings.incidents.map((i) => [i.incident_id, { id: i.incident_id, title: i.title, url: i.url }]));
    const preceded = new Map(findings.load_bearing.map((l) => [l.nodeid, l.incidents]));
    return (nodeid) => (preceded.get(nodeid) ?? []).map((id) => incidents.get(id) ?? { id, title: null, url: null });
}
/** Gaps no test has closed yet, oldest first. */
function openGapsOf(findings) {
    return findings.coverage_gaps
        .filter((g) => g.gap_closed_by === null)
        .map((g) => ({ id: g.incident, title: g.title, url: g.url, component: g.component, failure_mode: g.failure_mode, detected_at: g.detected_at }))
        .sort((a, b) => compare(a.detected_at, b.detected_at) || compare(a.id, b.id));
}
/**
 * The analysis's closure rule applied to this run's new tests (all first seen after every gap's
 * incident): a test closes a gap when it carries the incident's id, or matches its component and
 * failure mode. One closing test per gap: a tagged one first, then the smallest nodeid.
 */
function gapsClosedBy(newTests, openGaps) {
    const closed = [];
    for (const gap of openGaps) {
        const byTag = newTests.find((t) => t.incident !== null && (0,time/* matchKey */.LJ)(t.incident) === (0,time/* matchKey */.LJ)(gap.id));
        const byMode = newTests.find((t) => (0,time/* matchKey */.LJ)(t.component) === (0,time/* matchKey */.LJ)(gap.component) && (0,time/* matchKey */.LJ)(t.failure_mode) === (0,time/* matchKey */.LJ)(gap.failure_mode));
        const test = byTag ?? byMode;
        if (test)
            closed.push({ gap, nodeid: test.nodeid, matched_by: byTag ? 'incident' : 'component_failure_mode' });
    }
    return closed;
}

// EXTERNAL MODULE: ./src/render/trends.ts
var render_trends = __webpack_require__(7082);
// EXTERNAL MODULE: ./src/review/index.ts + 4 modules
var src_review = __webpack_require__(4062);
// EXTERNAL MODULE: ./src/trends/index.ts + 1 modules
var src_trends = __webpack_require__(3217);
// EXTERNAL MODULE: ./src/metrics/index.ts + 6 modules
var metrics = __webpack_require__(1359);
// EXTERNAL MODULE: ./src/run-info.ts
var run_info = __webpack_require__(4091);
// EXTERNAL MODULE: ./src/cli/manifest.ts
var cli_manifest = __webpack_require__(4497);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/analyze.ts + 1 modules
var analyze = __webpack_require__(6737);
;// CONCATENATED MODULE: ./src/cli/demo.ts






















const usage = `Usage: node dist/cli.js demo [--data DIR] [--out DIR]

Runs the whole loop offline on the bundled sample data: backfills the sample reports into a
throwaway local history (a bare git repository in a temporary folder), analyses it against the
sample incidents, and writes the job summary, findings.json, the incident comments and the
quarterly review.

Options:
  --data DIR   the sample data (default: demo/): manifest.json, incidents.json, metrics.csv, NOW, reports/
  --out DIR    where to write the results (default: demo-output/)`;
const demoCommand = {
    usage,
    options: { data: { type: 'string' }, out: { type: 'string' } },
    async run(values) {
        const data = (0,external_node_path_.resolve)((0,args/* stringOption */.Pp)(values, 'data') ?? 'demo');
        const out = (0,external_node_path_.resolve)((0,args/* stringOption */.Pp)(values, 'out') ?? 'demo-output');
        const now = new Date((await readText((0,external_node_path_.join)(data, 'NOW'))).trim());
        const manifest = await (0,cli_manifest/* readManifest */.W)((0,external_node_path_.join)(data, 'manifest.json'));
        const incidents = await (0,file/* readIncidentsFile */.ij)((0,external_node_path_.join)(data, 'incidents.json'));
        const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'test-incident-loop-demo-'));
        try {
            const remote = (0,external_node_path_.join)(work, 'shop.git');
            await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('git', ['init', '--quiet', '--bare', remote]);
            const runs = [];
            for (const entry of manifest) {
                const run = await (0,report/* readReports */.oh)([entry.file], { format: 'auto', componentMap: null, cwd: data });
                const origin = { repository: 'demo/shop', ref: 'refs/heads/main', event: 'push', workflow: 'tests', job: 'test' };
                runs.push((0,run_info/* newRun */.u)(run, { ...origin, sha: entry.sha, branch: entry.branch, build_id: entry.build_id, created: entry.created }, now));
            }
            const clone = await (0,src_history/* openHistory */.jC)({ remote, branch: 'test-history', tempDir: work });
            let findings, trends, review, impact, runVerdict, historyStart;
            await (0,promises_.mkdir)(out, { recursive: true });
            try {
                // the latest run is stored on its own, so its verdict compares it with the runs before it
                const stored = await (0,src_history/* appendRuns */.$)(clone, runs.slice(0, -1), { retentionDays: 0, commitMessage: 'demo: backfill the sample reports' });
                if (stored.status !== 'stored')
                    throw new errors/* InputError */.d(`The demo could not write its throwaway history: ${stored.reason}`);
                const before = structuredClone(clone.rollup());
                const latest = await (0,src_history/* appendRuns */.$)(clone, runs.slice(-1), { retentionDays: 0, commitMessage: 'demo: the latest run' });
                if (latest.status !== 'stored')
                    throw new errors/* InputError */.d(`The demo could not write its throwaway history: ${latest.reason}`);
                const analysisOptions = { analysisBranches: ['main'] };
                findings = (0,analysis/* analyze */.ns)(clone.rollup(), incidents, { now, ...analysisOptions });
                const verdict = computeRunVerdict({ run: runs[runs.length - 1].run, findings, history: before, defaultBranch: 'main', eventName: 'push' });
                runVerdict = renderRunVerdict(verdict, { details: 'details further down this summary' });
                historyStart = (0,summary/* firstRunAt */.l)(clone.rollup().runs, findings.options.analysis_branches);
                trends = (0,render_trends/* renderTrendsSection */.EZ)((0,src_trends/* computeTrends */.I6)(clone.rollup(), incidents, { now, analysisOptions }));
                impact = await (0,metrics.productionImpact)(findings, incidents, (0,metrics.metricsConfig)({ metricsFile: (0,external_node_path_.join)(data, 'metrics.csv'), sloLatencyP99Ms: 500, sloErrorRate: 0.01 }), { warn: (m) => console.error(`warning: ${m}`) }, { tests: clone.rollup().tests });
                review = (0,src_review/* renderReview */.Fs)((0,src_review/* buildReview */.Br)(clone.rollup(), incidents, { now, analysisOptions, runs: clone, repository: 'demo/shop' }));
            }
            finally {
                await clone.dispose();
            }
            const findingsPath = (0,external_node_path_.join)(out, 'findings.json');
            await (0,findings_output/* writeFindingsFile */.s)(findingsPath, findings, impact);
            const lastRun = runs[runs.length - 1].run;
            const { text } = (0,summary/* renderSummary */.B)({
                runVerdict,
                status: [`Backfilled ${runs.length} sample runs into a throwaway history branch; analysed as of ${now.toISOString()}.`],
                notices: [],
                findings,
                run: lastRun,
                findingsPath: 'demo-output/findings.json',
                trends,
                impact,
                historyStart
            });
            const summaryPath = (0,external_node_path_.join)(out, 'summary.md');
            await (0,promises_.writeFile)(summaryPath, text);
            const comments = await (0,analyze.writeComments)((0,external_node_path_.join)(out, 'comments'), findings, impact);
            const reviewPath = (0,external_node_path_.join)(out, 'review.md');
            await (0,promises_.writeFile)(reviewPath, review);
            console.log((0,analyze.textSummary)(findings));
            console.log('');
            console.log(`job summary:     ${summaryPath}`);
            console.log(`findings.json:   ${findingsPath}`);
            console.log(`comments (${comments.length}):   ${(0,external_node_path_.join)(out, 'comments')}/`);
            console.log(`quarterly review: ${reviewPath}`);
            return 0;
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    }
};
async function readText(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        throw new errors/* InputError */.d(`The demo data is incomplete: ${path} is missing. Run the demo from the repository's root (npm run demo), or give --data.`);
    }
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
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

//# sourceMappingURL=893.index.js.map