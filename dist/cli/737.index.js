export const id = 737;
export const ids = [737];
export const modules = {

/***/ 6737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeCommand: () => (/* binding */ analyzeCommand),
  textSummary: () => (/* binding */ textSummary),
  writeComments: () => (/* binding */ writeComments)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/analysis/index.ts + 9 modules
var analysis = __webpack_require__(2982);
// EXTERNAL MODULE: ./src/findings-output.ts
var findings_output = __webpack_require__(2379);
// EXTERNAL MODULE: ./src/history/index.ts + 22 modules
var src_history = __webpack_require__(2026);
// EXTERNAL MODULE: ./src/incidents/file.ts
var file = __webpack_require__(8345);
;// CONCATENATED MODULE: ./src/incidents/trust.ts
const ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'MANNEQUIN', 'NONE'];
const DEFAULT_INCIDENT_AUTHORS = 'OWNER, MEMBER, COLLABORATOR';
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
/** The policy of an `incident-authors` value, or the list of entries that are not valid. */
function parseIncidentAuthors(text) {
    const associations = new Set();
    const logins = new Set();
    const invalid = [];
    let everybody = false;
    for (const raw of text.split(/[\n,]/)) {
        const entry = raw.trim();
        if (entry === '' || entry.startsWith('#'))
            continue;
        if (entry === '*')
            everybody = true;
        else if (ASSOCIATIONS.includes(entry))
            associations.add(entry);
        else {
            const login = entry.replace(/^@/, '');
            if (LOGIN.test(login))
                logins.add(login.toLowerCase());
            else
                invalid.push(entry);
        }
    }
    return { policy: { everybody, associations, logins }, invalid };
}
function isTrusted(incident, policy) {
    if (incident.issue_number === null || policy.everybody)
        return true;
    if (incident.author && policy.logins.has(incident.author.toLowerCase()))
        return true;
    return incident.author_association != null && policy.associations.has(incident.author_association);
}
/** The incidents to analyse, and the others as findings list them. */
function partitionByTrust(incidents, policy) {
    const trusted = [];
    const untrusted = [];
    for (const incident of incidents) {
        if (isTrusted(incident, policy))
            trusted.push(incident);
        else
            untrusted.push(untrustedEntry(incident));
    }
    return { trusted, untrusted };
}
function untrustedEntry(incident) {
    return {
        incident_id: incident.id,
        title: incident.title,
        url: incident.url,
        author: incident.author ?? null,
        author_association: incident.author_association ?? null
    };
}
/** One line for the job log and summary: who opened it and how to trust such authors. */
function describeUntrusted(u) {
    // no @: the summary must not mention (notify) the stranger
    const who = u.author ? `\`${u.author}\`` : 'an unknown author';
    return `${u.incident_id} was opened by ${who} (\`${u.author_association ?? 'no association'}\`), who is not in \`incident-authors\``;
}

// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/render/trends.ts
var render_trends = __webpack_require__(7082);
// EXTERNAL MODULE: ./src/trends/index.ts + 1 modules
var src_trends = __webpack_require__(3217);
// EXTERNAL MODULE: ./src/cli/json-output.ts
var json_output = __webpack_require__(8094);
// EXTERNAL MODULE: ./src/cli/logger.ts
var cli_logger = __webpack_require__(2280);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/analyze.ts














const usage = `Usage: node dist/cli.js analyze --repo URL|PATH [--branch B] (--incidents FILE | --github owner/repo)
                                [--now ISO] [--window-days N] [--dead-weight-days N] [--flaky-days N]
                                [--branches LIST] [--test-renames FILE] [--json FILE|-] [--summary FILE] [--comments DIR]

Correlates the history with the incidents (CONTRACT.md) and writes the findings.

Options:
  --repo URL|PATH        the repository holding the history
  --branch B             the data branch (default ${src_history/* DEFAULT_BRANCH */.nU})
  --incidents FILE       a JSON incidents file (see the README, "Incidents file")
  --github owner/repo    read incidents from that repository's issues (GITHUB_TOKEN, GITHUB_API_URL)
  --label L              the incident label with --github (default incident)
  --incident-authors L   with --github, whose issues count: roles and/or logins, comma-separated
                         (default ${DEFAULT_INCIDENT_AUTHORS}; * for everybody); others are listed as untrusted
  --now ISO              analyse as of this time (default: now)
  --window-days N        default 7
  --dead-weight-days N   default 180
  --flaky-days N         default 90
  --branches LIST        only runs of these branches (comma-separated; default: every branch)
  --test-renames FILE    a JSON object {"old nodeid": "new nodeid"}: renamed tests keep their history
  --json FILE|-          write findings.json to FILE, or to standard output with -
  --summary FILE         write the job summary markdown to FILE
  --comments DIR         write the comment each incident issue would get to DIR/<incident>.md
  --prometheus-url URL   read production metrics from Prometheus (PROMETHEUS_TOKEN: bearer token)
  --metrics-file F       or from a CSV/JSON export (service, timestamp, error_rate, latency_p99)
  --slo-latency-p99-ms N, --slo-error-rate R (1% or 0.01), --alert-within-minutes N (default 10)
  Without --json or --summary, a short text summary is printed.`;
const analyzeCommand = {
    usage,
    options: {
        repo: { type: 'string' },
        branch: { type: 'string' },
        incidents: { type: 'string' },
        github: { type: 'string' },
        label: { type: 'string' },
        'incident-authors': { type: 'string' },
        now: { type: 'string' },
        ...args/* ANALYSIS_OPTIONS */.W9,
        json: { type: 'string' },
        summary: { type: 'string' },
        comments: { type: 'string' },
        'prometheus-url': { type: 'string' },
        'metrics-file': { type: 'string' },
        'slo-latency-p99-ms': { type: 'string' },
        'slo-error-rate': { type: 'string' },
        'alert-within-minutes': { type: 'string' }
    },
    async run(values) {
        const remote = (0,args/* requiredOption */.zB)(values, 'repo', usage);
        const incidentsFile = (0,args/* stringOption */.Pp)(values, 'incidents');
        const github = (0,args/* stringOption */.Pp)(values, 'github');
        if (!incidentsFile === !github)
            throw new args/* UsageError */.eb(`Give exactly one of --incidents FILE and --github owner/repo.\n\n${usage}`);
        const now = (0,args/* dateOption */.Kw)(values, 'now') ?? new Date();
        const options = (0,args/* analysisOptionsFrom */.lb)(values);
        const { incidents, untrusted } = incidentsFile
            ? { incidents: await (0,file/* readIncidentsFile */.ij)(incidentsFile), untrusted: [] }
            : await incidentsFromGitHub(github, (0,args/* stringOption */.Pp)(values, 'label') ?? 'incident', (0,args/* stringOption */.Pp)(values, 'incident-authors') ?? DEFAULT_INCIDENT_AUTHORS);
        const clone = await (0,src_history/* openHistory */.jC)({ remote, branch: (0,args/* stringOption */.Pp)(values, 'branch') ?? src_history/* DEFAULT_BRANCH */.nU, token: process.env.GITHUB_TOKEN, tempDir: (0,external_node_os_.tmpdir)() });
        let findings;
        let trends;
        let impact = null;
        let historyStart;
        try {
            findings = (0,analysis/* analyze */.ns)(clone.rollup(), incidents, { ...options, now, untrustedIncidents: untrusted });
            historyStart = (0,summary/* firstRunAt */.l)(clone.rollup().runs, findings.options.analysis_branches);
            if ((0,args/* stringOption */.Pp)(values, 'summary'))
                trends = (0,render_trends/* renderTrendsSection */.EZ)((0,src_trends/* computeTrends */.I6)(clone.rollup(), incidents, { now, analysisOptions: options }));
            const metrics = await metricsOptions(values);
            // the metrics code (and the GitHub client below) is loaded only by the runs that use it
            if (metrics)
                impact = await (await __webpack_require__.e(/* import() */ 359).then(__webpack_require__.bind(__webpack_require__, 1359))).productionImpact(findings, incidents, metrics, { warn: (m) => console.error(`warning: ${m}`) }, { tests: clone.rollup().tests });
        }
        finally {
            await clone.dispose();
        }
        const jsonTarget = (0,args/* stringOption */.Pp)(values, 'json');
        const summaryTarget = (0,args/* stringOption */.Pp)(values, 'summary');
        const commentsDir = (0,args/* stringOption */.Pp)(values, 'comments');
        if (jsonTarget === '-')
            await (0,json_output/* writeJson */.G)(process.stdout, (0,findings_output/* findingsDocument */.C)(findings, impact));
        else if (jsonTarget)
            await (0,findings_output/* writeFindingsFile */.s)(jsonTarget, findings, impact);
        if (summaryTarget) {
            const { text } = (0,summary/* renderSummary */.B)({ status: [], notices: [], findings, run: null, findingsPath: jsonTarget && jsonTarget !== '-' ? jsonTarget : null, trends, impact, historyStart });
            await (0,promises_.writeFile)(summaryTarget, text);
        }
        if (commentsDir)
            await writeComments(commentsDir, findings, impact);
        if (!jsonTarget && !summaryTarget)
            console.log(textSummary(findings));
        return 0;
    }
};
/**
 * The incident issues of a repository, as the action reads them: only trusted authors' issues are
 * analysed (the others are listed), and an issue whose detection time cannot be read is left out
 * with a warning naming it rather than analysed at a guessed time.
 */
async function incidentsFromGitHub(repository, label, authors) {
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        throw new args/* UsageError */.eb(`--github takes owner/repo, not ${JSON.stringify(repository)}.`);
    const { policy, invalid } = parseIncidentAuthors(authors);
    if (invalid.length > 0)
        throw new args/* UsageError */.eb(`--incident-authors takes roles (OWNER, MEMBER, COLLABORATOR, ...), logins or *; not ${invalid.map((i) => JSON.stringify(i)).join(', ')}.`);
    const token = process.env.GITHUB_TOKEN ?? '';
    const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(143), __webpack_require__.e(167), __webpack_require__.e(248)]).then(__webpack_require__.bind(__webpack_require__, 9248));
    const { fetchIncidentIssues } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(143), __webpack_require__.e(250)]).then(__webpack_require__.bind(__webpack_require__, 250));
    const all = await fetchIncidentIssues(createOctokit(token, { log: await cliOctokitLog() }), { owner, repo, label, componentPrefix: 'component:', failureModePrefix: 'failure-mode:' });
    const { trusted, untrusted } = partitionByTrust(all, policy);
    for (const incident of trusted.filter((i) => i.unusable))
        console.error(`warning: incident ${incident.id} was left out: ${incident.unusable}`);
    return { incidents: trusted.filter((i) => !i.unusable), untrusted };
}
/** The metrics options of `analyze`, or null when no source is given. */
async function metricsOptions(values) {
    const prometheusUrl = (0,args/* stringOption */.Pp)(values, 'prometheus-url') ?? null;
    const metricsFile = (0,args/* stringOption */.Pp)(values, 'metrics-file') ?? null;
    if (!prometheusUrl && !metricsFile)
        return null;
    const slo = (0,args/* stringOption */.Pp)(values, 'slo-latency-p99-ms');
    const rate = (0,args/* stringOption */.Pp)(values, 'slo-error-rate');
    if (slo !== undefined && !/^\d+(\.\d+)?$/.test(slo))
        throw new args/* UsageError */.eb(`--slo-latency-p99-ms takes a number of milliseconds, not ${JSON.stringify(slo)}.`);
    const { metricsConfig, parseErrorRate } = await __webpack_require__.e(/* import() */ 359).then(__webpack_require__.bind(__webpack_require__, 1359));
    return metricsConfig({
        prometheusUrl,
        prometheusToken: process.env.PROMETHEUS_TOKEN || null,
        metricsFile,
        sloLatencyP99Ms: slo === undefined ? null : Number(slo),
        sloErrorRate: rate === undefined ? null : parseErrorRate(rate, '--slo-error-rate'),
        alertWithinMinutes: (0,args/* numberOption */.jZ)(values, 'alert-within-minutes', 10)
    });
}
/** One markdown file per incident: the body its issue comment would get. */
async function writeComments(dir, findings, impact = null) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const written = [];
    const render = (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(143), __webpack_require__.e(92)]).then(__webpack_require__.bind(__webpack_require__, 92))).commentRenderer(impact);
    for (const incident of findings.incidents) {
        const name = incident.incident_id.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^[._]+/, '').slice(0, 80) || 'incident';
        const path = (0,external_node_path_.join)(dir, `${name}.md`);
        await (0,promises_.writeFile)(path, render(incident, findings));
        written.push(path);
    }
    return written;
}
function textSummary(f) {
    const m = f.metrics;
    const lines = [
        `${f.incident_count} incidents, ${f.test_count} tests, ${f.run_count} runs`,
        `coverage gaps: ${f.gap_count} (coverage ${f.coverage_percentage} %)`,
        `incident coverage rate: ${m.incident_coverage_rate ?? 'n/a'} %, prediction rate: ${m.prediction_rate ?? 'n/a'} %`,
        `gap closure (median days): ${m.test_gap_closure_days ?? 'n/a'}, dead-weight ratio: ${m.dead_weight_ratio ?? 'n/a'} %`,
        `load-bearing: ${f.load_bearing_tests.length}, flaky: ${f.flaky_tests.length}, dead weight: ${f.dead_weight_tests.length}`
    ];
    for (const g of f.coverage_gaps)
        lines.push(`  gap ${g.incident} (${g.component}, ${g.gap_type}): ${g.recommendation}`);
    if (f.unclassified_incidents.length > 0)
        lines.push(`unclassified incidents: ${f.unclassified_incidents.map((u) => u.incident_id).join(', ')}`);
    return lines.join('\n');
}
/** Octokit's messages on the command line: warnings as plain stderr lines, no workflow commands outside Actions. */
async function cliOctokitLog() {
    const logger = await (0,cli_logger/* cliLogger */.$)();
    return { debug: (m) => logger.debug(m), info: (m) => logger.debug(m), warn: (m) => logger.warning(m), error: (m) => logger.debug(m) };
}


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


/***/ }),

/***/ 2379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ findingsDocument),
/* harmony export */   s: () => (/* binding */ writeFindingsFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** Writing the findings where the action and the CLI put them: findings.json and comment bodies. */


/** findings.json: CONTRACT.md's keys, plus `production_impact` when metrics were read. */
function findingsDocument(findings, impact = null) {
    return impact ? { ...findings, production_impact: impact } : findings;
}
async function writeFindingsFile(path, findings, impact = null) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, `${JSON.stringify(findingsDocument(findings, impact), null, 2)}\n`);
}


/***/ }),

/***/ 744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ renderIncidentImpact),
/* harmony export */   ry: () => (/* binding */ renderActionsSection)
/* harmony export */ });
/* unused harmony exports percent, millis, xyChart */
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2556);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);


const LIMIT = { full: 50, top: 10, counts: 0 };
const percent = (fraction) => (fraction === null || fraction === undefined ? 'no data' : `${trim(fraction * 100)} %`);
const millis = (value) => (value === null || value === undefined ? 'no data' : `${trim(value)} ms`);
const minutes = (value) => (value === null ? 'unknown' : `${trim(value)} min`);
/** At most 3 significant digits, never exponent notation for the sizes we show. */
function trim(value) {
    if (value === 0)
        return '0';
    const abs = Math.abs(value);
    const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(abs)));
    return value.toFixed(decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}
function clock(iso, withDay) {
    if (!iso)
        return '';
    return withDay ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16);
}
/**
 * One incident chart: the measured line over time (intervals without a sample left out), the
 * baseline and the SLO as flat reference lines, the detection as a bar reaching the top, with a
 * legend line under it; null with fewer than two samples.
 */
function xyChart(title, axis, points, withDay, refs = {}) {
    const kept = points.filter((p) => p[1] !== null && Number.isFinite(p[1]));
    if (kept.length < 2)
        return null;
    const flat = (v) => (v === null || v === undefined || !Number.isFinite(v) ? null : v);
    const baseline = flat(refs.baseline);
    const slo = flat(refs.slo);
    const max = Math.max(...kept.map((p) => p[1]), baseline ?? 0, slo ?? 0);
    const top = max > 0 ? Number((max * 1.1).toPrecision(2)) : 1;
    const series = [];
    const detected = refs.detectedAt ? detectionIndex(kept.map((p) => p[0]), refs.detectedAt) : -1;
    if (detected >= 0)
        series.push({ kind: 'bar', values: kept.map((_, i) => (i === detected ? top : 0)), color: 'amber', name: 'detected' });
    series.push({ kind: 'line', values: kept.map((p) => Number(p[1].toPrecision(4))), color: 'blue', name: 'measured' });
    if (baseline !== null)
        series.push({ kind: 'line', values: kept.map(() => baseline), color: 'grey', name: 'baseline median before the incident' });
    if (slo !== null)
        series.push({ kind: 'line', values: kept.map(() => slo), color: 'red', name: 'SLO' });
    const chart = (0,_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidXyChart */ .Xr)({
        title,
        categories: kept.map((p) => clock(p[0], withDay)),
        rangeTitle: `UTC ${clock(kept[0][0], withDay)} to ${clock(kept[kept.length - 1][0], withDay)}, ${kept.length} samples`,
        yTitle: axis,
        yMin: 0,
        yMax: top,
        series
    });
    return `${chart}

${(0,_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .legend */ .o1)(series)}`;
}
/** The sample interval holding `at`: the last sample at or before it, if `at` is inside the series. */
function detectionIndex(times, at) {
    const t = Date.parse(at);
    if (times.length === 0 || t < Date.parse(times[0]))
        return -1;
    const step = times.length > 1 ? Date.parse(times[1]) - Date.parse(times[0]) : 0;
    if (t > Date.parse(times[times.length - 1]) + step)
        return -1;
    let index = 0;
    times.forEach((time, i) => {
        if (Date.parse(time) <= t)
            index = i;
    });
    return index;
}
/** The section for one incident's comment; a few kB at most (24 points per chart, capped lists). */
function renderIncidentImpact(impact, slo = null) {
    const parts = ['### Production impact'];
    const b = impact.baseline;
    const withDay = impact.started_at !== null && impact.resolved_at !== null && impact.started_at.slice(0, 10) !== impact.resolved_at.slice(0, 10);
    const at = (iso) => (iso ? ` at ${clock(iso, withDay)}` : '');
    const base = (median, p95, show) => median === undefined || p95 === undefined ? 'no data' : `${show(median)} / ${show(p95 ?? null)}`;
    const days = b ? Math.round((Date.parse(b.end) - Date.parse(b.start)) / 86400000) : null;
    parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['', 'during the incident', `baseline${days ? ` (${days} days before): median / p95` : ''}`], [
        ['peak error rate', `${percent(impact.peak_error_rate)}${at(impact.peak_error_rate_at)}`, b ? base(b.error_rate?.median, b.error_rate?.p95, percent) : 'no data'],
        ['peak p99 latency', `${millis(impact.peak_latency_p99_ms)}${at(impact.peak_latency_p99_at)}`, b ? base(b.latency_p99_ms?.median, b.latency_p99_ms?.p95, millis) : 'no data'],
        ['duration', minutes(impact.duration_minutes), ''],
        ['time to detect', minutes(impact.time_to_detect_minutes), '']
    ]) + (impact.started_at ? `\n\nWindow ${impact.started_at} to ${impact.resolved_at ?? '(open)'} (UTC), detected ${impact.detected_at}.` : ''));
    const s = impact.series;
    if (s) {
        const charts = [
            xyChart('Error rate (%)', 'error rate (%)', s.error_rate.map(([t, v]) => [t, v === null ? null : v * 100]), withDay, {
                baseline: b?.error_rate ? b.error_rate.median * 100 : null,
                slo: slo?.slo_error_rate === null || slo?.slo_error_rate === undefined ? null : slo.slo_error_rate * 100,
                detectedAt: impact.detected_at
            }),
            xyChart('p99 latency (ms)', 'p99 (ms)', s.latency_p99_ms, withDay, { baseline: b?.latency_p99_ms?.median ?? null, slo: slo?.slo_latency_p99_ms ?? null, detectedAt: impact.detected_at })
        ].filter((c) => c !== null);
        parts.push(...charts);
        const rows = s.error_rate.map(([t, e], i) => [clock(t, withDay), percent(e), millis(s.latency_p99_ms[i]?.[1] ?? null)]);
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)('The charts as a table (UTC; the highest sample in each interval)', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['from', 'error rate', 'p99 latency'], rows)));
    }
    if (impact.problems.length > 0)
        parts.push(impact.problems.slice(0, 8).map((p) => `- _${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(p, 400)}_`).join('\n'));
    const actions = [
        ...impact.actions.new_tests.map(newTestLine),
        ...impact.actions.alert_adjustments.map(alertLine),
        ...impact.actions.slo_refinements.map(sloLine)
    ];
    if (actions.length > 0)
        parts.push(`#### Recommended actions\n\n${actions.map((a) => `- ${a}`).join('\n')}`);
    return parts.join('\n\n') + '\n';
}
function newTestLine(a) {
    const why = a.gap_type === 'no_test_coverage' ? 'no test of the component existed' : 'the component\'s tests all passed';
    const closest = a.closest_tests.length > 0 ? `; closest existing: ${a.closest_tests.map((t) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(t.nodeid)).join(', ')}` : '; no existing test of the component resembles it';
    return `**New test**: reproduce ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(a.failure_mode, 80)} in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(a.component, 80)} (${why})${closest}; mark it ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`@pytest.mark.incident(${JSON.stringify(a.incident)})`, 120)}.`;
}
function alertLine(a) {
    return `**Alert**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(a.recommendation, 600)}`;
}
function sloLine(a) {
    return `**SLO** (${a.slo === 'latency_p99_ms' ? 'p99 latency' : 'error rate'}): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(a.recommendation, 600)}`;
}
/**
 * The job summary's "Recommended actions" across incidents; lists shrink with `detail`. `openGaps`:
 * the incidents whose gap is still open (a closed gap never asks for a new test); every list is
 * collapsed, the open gaps themselves lead the summary.
 */
function renderActionsSection(pi, detail = 'full', openGaps = null) {
    const a = pi.actions;
    const limit = LIMIT[detail];
    const more = (total) => (total > limit ? `\n\n…and ${total - limit} more in findings.json (\`production_impact\`).` : '');
    const parts = ['## Recommended actions'];
    for (const notice of pi.notices.slice(0, 10))
        parts.push(`> [!WARNING]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(notice, 600)}`);
    const newTests = openGaps ? a.new_tests.filter((t) => openGaps.has(t.incident)) : a.new_tests;
    if (newTests.length === 0)
        parts.push('**New tests needed (0)**: no open coverage gap.');
    else if (limit > 0) {
        const rows = newTests.slice(0, limit).map((t) => [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(t.incident, t.url),
            `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(t.component, 40)}<br><sub>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(t.failure_mode, 40)}</sub>`,
            t.closest_tests.length > 0 ? t.closest_tests.slice(0, 3).map((c) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .testName */ .UU)(c.nodeid, 50)).join('<br>') : 'none alike'
        ]);
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`New tests needed (${newTests.length}), with the closest existing tests to start from`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['incident', 'component / failure mode', 'closest existing tests'], rows) + more(newTests.length)));
    }
    else
        parts.push(`**New tests needed (${newTests.length})**`);
    if (a.tests_to_retire.length === 0)
        parts.push('**Tests to retire (0)**: no dead-weight test.');
    else {
        const intro = 'Quiet for the dead-weight period in components that never had an incident. Review each one: retire, merge or keep it; nothing is removed automatically.';
        const rows = a.tests_to_retire.slice(0, limit).map((t) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .testCell */ .Hn)(t.nodeid), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(t.component, 40), t.last_failure ? t.last_failure.slice(0, 10) : 'never', String(t.runs)]);
        parts.push(limit > 0
            ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Tests to retire (${a.tests_to_retire.length}, review only)`, `${intro}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['test', 'component', 'last failure', 'runs'], rows)}${more(a.tests_to_retire.length)}`)
            : `**Tests to retire (${a.tests_to_retire.length}, review only)**: ${intro}`);
    }
    if (pi.source !== null) {
        if (a.alert_adjustments.length === 0)
            parts.push(`**Alert adjustments (0)**: every incident with metrics was detected within ${pi.settings.alert_within_minutes} minutes of its start, or had no start time.`);
        else if (limit > 0) {
            const rows = a.alert_adjustments.slice(0, limit).map((x) => [
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(x.incident, 40),
                minutes(x.time_to_detect_minutes),
                x.threshold === null ? 'none separates it' : `≥ ${percent(x.threshold)}${x.fires_after_minutes === null ? '' : `<br><sub>fires after +${trim(x.fires_after_minutes)} min</sub>`}`,
                x.baseline_false_alarms === null ? 'no data' : String(x.baseline_false_alarms)
            ]);
            parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Alert adjustments (${a.alert_adjustments.length})`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['incident', 'time to detect', 'error-rate threshold', 'false alarms in the baseline'], rows) + more(a.alert_adjustments.length)));
        }
        else
            parts.push(`**Alert adjustments (${a.alert_adjustments.length})**`);
        if (pi.settings.slo_latency_p99_ms === null && pi.settings.slo_error_rate === null)
            parts.push('**SLO refinements**: no SLO is configured (`slo-latency-p99-ms`, `slo-error-rate`).');
        else if (a.slo_refinements.length === 0)
            parts.push('**SLO refinements (0)**: every baseline sits well within the SLOs, and no incident stayed within them while clearly deviating.');
        else if (limit > 0)
            parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`SLO refinements (${a.slo_refinements.length})`, a.slo_refinements.slice(0, limit).map((x) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(x.incident, 40)}: ${sloLine(x)}`).join('\n') + more(a.slo_refinements.length)));
        else
            parts.push(`**SLO refinements (${a.slo_refinements.length})**`);
    }
    return parts.join('\n\n') + '\n';
}


/***/ }),

/***/ 1692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary),
/* harmony export */   l: () => (/* binding */ firstRunAt)
/* harmony export */ });
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9519);
/* harmony import */ var _findings_sections_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3691);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2495);
/* harmony import */ var _run_section_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8879);
/* harmony import */ var _impact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(744);





/** When the history's first run on the analysed branches was stored (SummaryInput.historyStart). */
function firstRunAt(runs, branches) {
    let first = null;
    for (const r of runs)
        if ((branches === null || branches.includes(r.branch ?? '')) && (first === null || r.created < first))
            first = r.created;
    return first;
}
function renderSummary(input) {
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .renderWithin */ .As)((detail) => compose(input, detail), _budget_js__WEBPACK_IMPORTED_MODULE_3__/* .fitsSummary */ .Hy, (text) => (0,_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .cutToBytes */ .zP)(text));
}
/**
 * What needs doing first (this run's verdict, the open gaps, the tests to protect), then the
 * figures (health, trends), then the longer lists (collapsed), this run, and how it was computed.
 */
function compose(input, detail) {
    const parts = [`# ${input.title ?? 'Test incident loop'}`];
    if (input.runVerdict)
        parts.push(input.runVerdict);
    for (const notice of input.notices)
        parts.push(`> [!NOTE]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(notice, 1000)}`);
    const f = input.findings;
    if (f) {
        const historyDays = input.historyStart ? Math.max(0, (Date.parse(f.now) - Date.parse(input.historyStart)) / 86_400_000) : null;
        parts.push((0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderOpenGaps */ .__)(f, detail));
        const closed = (0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderClosedGaps */ .aM)(f, detail, input.repositoryUrl ?? null);
        if (closed)
            parts.push(closed);
        parts.push((0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderProtect */ ._0)(f, detail), (0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderHealth */ .Bh)(f, { historyDays }));
        if (input.trends && detail === 'full')
            parts.push(input.trends);
        if (input.impact)
            parts.push((0,_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .renderActionsSection */ .ry)(input.impact, detail, new Set((0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .openGaps */ .i8)(f).map((i) => i.incident_id))));
        parts.push((0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderFlaky */ .oE)(f, detail, input.repositoryUrl ?? null), (0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderDeadWeight */ .lb)(f, detail));
        const left = (0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderNotAnalysed */ .Dn)(f, detail);
        if (left)
            parts.push(left);
        const untagged = (0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderUntagged */ .AK)(f);
        if (untagged)
            parts.push(untagged);
    }
    if (input.run)
        parts.push((0,_run_section_js__WEBPACK_IMPORTED_MODULE_1__/* .renderRunSection */ .J)(input.run, detail));
    if (input.status.length > 0)
        parts.push(`## This job\n\n${input.status.map((s) => `- ${s}`).join('\n')}`);
    if (f)
        parts.push((0,_findings_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMethodNotes */ .Dt)(f, input.findingsPath));
    if (detail !== 'full')
        parts.push(`_Lists were shortened to fit GitHub's 1 MiB summary limit${input.findingsPath ? `; every finding is in \`${input.findingsPath}\`` : ''}._`);
    return parts.join('\n\n') + '\n';
}


/***/ })

};

//# sourceMappingURL=737.index.js.map