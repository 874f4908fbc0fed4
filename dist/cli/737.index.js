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
// EXTERNAL MODULE: ./src/history/store.ts + 1 modules
var store = __webpack_require__(3217);
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
  --branch B             the data branch (default ${store/* DEFAULT_BRANCH */.nU})
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
        // the incidents, the history and the analysis code come side by side: each mostly waits (on the
        // disk, on GitHub's API, on the git server), and none needs another
        const [incidentsRead, opened, loaded] = await Promise.allSettled([
            incidentsFile
                ? (0,file/* readIncidentsFile */.ij)(incidentsFile).then((incidents) => ({ incidents, untrusted: [] }))
                : incidentsFromGitHub(github, (0,args/* stringOption */.Pp)(values, 'label') ?? 'incident', (0,args/* stringOption */.Pp)(values, 'incident-authors') ?? DEFAULT_INCIDENT_AUTHORS),
            (0,store/* openHistory */.jC)({ remote, branch: (0,args/* stringOption */.Pp)(values, 'branch') ?? store/* DEFAULT_BRANCH */.nU, token: process.env.GITHUB_TOKEN, tempDir: (0,external_node_os_.tmpdir)() }),
            loadAnalysisCode()
        ]);
        // a mistake in the incidents is reported first, as when they were read before the history
        if (opened.status === 'fulfilled' && (incidentsRead.status === 'rejected' || loaded.status === 'rejected'))
            await opened.value.dispose();
        const { incidents, untrusted } = settledValue(incidentsRead);
        const clone = settledValue(opened);
        const code = settledValue(loaded);
        const { analyze, computeTrends, findingsDocument, firstRunAt, renderSummary, renderTrendsSection, writeFindingsFile, writeJson } = code;
        let findings;
        let trends;
        let impact = null;
        let historyStart;
        try {
            findings = analyze(clone.rollup(), incidents, { ...options, now, untrustedIncidents: untrusted });
            historyStart = firstRunAt(clone.rollup().runs, findings.options.analysis_branches);
            if ((0,args/* stringOption */.Pp)(values, 'summary'))
                trends = renderTrendsSection(computeTrends(clone.rollup(), incidents, { now, analysisOptions: options }));
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
            await writeJson(process.stdout, findingsDocument(findings, impact));
        else if (jsonTarget)
            await writeFindingsFile(jsonTarget, findings, impact);
        if (summaryTarget) {
            const { text } = renderSummary({ status: [], notices: [], findings, run: null, findingsPath: jsonTarget && jsonTarget !== '-' ? jsonTarget : null, trends, impact, historyStart });
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
/** The value of a settled promise, or its reason thrown. */
function settledValue(result) {
    if (result.status === 'rejected')
        throw result.reason;
    return result.value;
}
/**
 * The code `analyze` runs once the history is read, loaded while the history is fetched: a whole
 * process is mostly waiting on the server and loading code, and the two need not take turns.
 */
async function loadAnalysisCode() {
    const [analysis, output, summary, trendsSection, trends, json] = await Promise.all([
        __webpack_require__.e(/* import() */ 982).then(__webpack_require__.bind(__webpack_require__, 2982)),
        __webpack_require__.e(/* import() */ 379).then(__webpack_require__.bind(__webpack_require__, 2379)),
        Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(279)]).then(__webpack_require__.bind(__webpack_require__, 9311)),
        __webpack_require__.e(/* import() */ 82).then(__webpack_require__.bind(__webpack_require__, 7082)),
        Promise.all(/* import() */[__webpack_require__.e(982), __webpack_require__.e(217)]).then(__webpack_require__.bind(__webpack_require__, 5598)),
        __webpack_require__.e(/* import() */ 94).then(__webpack_require__.bind(__webpack_require__, 8094))
    ]);
    return {
        analyze: analysis.analyze,
        findingsDocument: output.findingsDocument,
        writeFindingsFile: output.writeFindingsFile,
        firstRunAt: summary.firstRunAt,
        renderSummary: summary.renderSummary,
        renderTrendsSection: trendsSection.renderTrendsSection,
        computeTrends: trends.computeTrends,
        writeJson: json.writeJson
    };
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
    const render = (await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(143), __webpack_require__.e(712), __webpack_require__.e(627)]).then(__webpack_require__.bind(__webpack_require__, 92))).commentRenderer(impact);
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

/***/ 8345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ij: () => (/* binding */ readIncidentsFile)
/* harmony export */ });
/* unused harmony exports readIncidentsFileEntries, parseIncidentsJson, parseIncidentsEntries */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _report_constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7995);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8964);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5630);
/**
 * Incidents from a JSON file (CONTRACT.md "Incidents file"), for teams whose incidents live in
 * another tracker. Every mistake is reported at once, naming the file, the entry and the field.
 */





const KNOWN_KEYS = ['id', 'component', 'failure_mode', 'detected_at', 'started_at', 'resolved_at', 'title', 'url'];
/** More errors than this are summarised: the first ones are enough to see the pattern. */
const MAX_LISTED_ERRORS = 10;
const ok = (value) => ({ ok: true, value });
const fail = (message) => ({ ok: false, message });
/** A name as the analysis takes it: cleaned and capped, and not empty once cleaned. */
function cleanedName(raw, emptyMessage) {
    const cleaned = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanText */ .X5)(raw, _text_js__WEBPACK_IMPORTED_MODULE_2__/* .NAME_CAP */ .X7);
    return cleaned === '' ? fail(emptyMessage) : ok(cleaned);
}
const name = (what) => (v) => typeof v === 'string' ? cleanedName(v, `must not be empty (the ${what})`) : fail(`must be a string (the ${what})`);
function zonedTime(v) {
    if (typeof v !== 'string')
        return fail(`must be a string in ${_time_js__WEBPACK_IMPORTED_MODULE_3__/* .TIME_HINT */ .C}`);
    const parsed = (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .parseZonedTime */ .r)(v);
    if (parsed.ok)
        return ok(parsed.iso);
    return fail(parsed.reason === 'no-zone' ? `${JSON.stringify(v)} has no time zone; write it in ${_time_js__WEBPACK_IMPORTED_MODULE_3__/* .TIME_HINT */ .C}` : `${JSON.stringify(v)} is not a date and time in ${_time_js__WEBPACK_IMPORTED_MODULE_3__/* .TIME_HINT */ .C}`);
}
const optional = (check, nullable) => (v) => v === undefined || (nullable && v === null) ? ok(v) : check(v);
const text = (v) => (typeof v === 'string' ? ok(v) : fail('must be a string'));
function incidentId(v) {
    if (typeof v !== 'string' && !(typeof v === 'number' && Number.isInteger(v)))
        return fail('must be a string such as "INC-101"');
    return cleanedName(String(v), 'must not be empty');
}
/**
 * Each field's check, in the order mistakes are listed. Written out rather than declared with a
 * schema library: this is all the incidents file needs, and `analyze` then starts without one.
 */
const FIELD_CHECKS = [
    ['id', incidentId],
    ['component', name('component the incident happened in')],
    ['failure_mode', optional(name('failure mode'), false)],
    ['detected_at', zonedTime],
    ['started_at', optional(zonedTime, true)],
    ['resolved_at', optional(zonedTime, true)],
    ['title', optional(text, true)],
    ['url', optional(text, true)]
];
/** The entry's fields checked: its values, or one line per field to fix ("field `x` is required"). */
function checkEntry(entry) {
    const errors = [];
    const fields = {};
    for (const [key, check] of FIELD_CHECKS) {
        const result = check(entry[key]);
        if (result.ok)
            fields[key] = result.value;
        else
            errors.push(`field \`${key}\` ${key in entry ? result.message : 'is required'}`);
    }
    return errors.length > 0 ? { incident: null, errors } : { incident: fields, errors: [] };
}
/**
 * The incidents of a file; entries with mistakes are left out and passed to `warn`. Throws an
 * InputError when the file cannot be read or parsed, or when it has entries and none is usable.
 */
async function readIncidentsFile(path, warn = (m) => process.stderr.write(`warning: ${m}\n`)) {
    const { incidents, skipped } = await readIncidentsFileEntries(path);
    if (skipped.length > 0)
        warn(`${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} of the incidents file ${path} left out: ${skipped.join('; ')}.`);
    return incidents;
}
async function readIncidentsFileEntries(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory' : error.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Could not read the incidents file ${path} (\`incidents-file\`): ${why}. Give the path of a JSON file, relative to the workspace.`);
    }
    return parseIncidentsEntries(text.replace(/^\uFEFF/, ''), path);
}
/** The incidents of a file's text; `path` names the file in messages and becomes each incident's source. */
function parseIncidentsJson(text, path) {
    return parseIncidentsEntries(text, path).incidents;
}
/**
 * Every usable entry of a file's text, and every other one named with what to fix. One bad entry
 * does not hide the others; only a file with entries of which none is usable is an error.
 */
function parseIncidentsEntries(text, path) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`The incidents file ${path} is not valid JSON (${error.message}). It must be a JSON array of incidents; see the README, "Incidents file".`);
    }
    if (!Array.isArray(data)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`The incidents file ${path} must be a JSON array of incidents (\`[{"id": "INC-1", "component": "checkout", "detected_at": "2026-11-20T14:05:00Z"}]\`), not ${describe(data)}.`);
    }
    const skipped = [];
    const incidents = [];
    const seen = new Map();
    data.forEach((entry, index) => {
        const where = `entry ${index}${entryId(entry)}`;
        if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
            skipped.push(`${where}: must be an object, not ${describe(entry)}`);
            return;
        }
        const errors = [];
        const rawId = entry.id;
        if (typeof rawId === 'string' || typeof rawId === 'number') {
            const key = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanText */ .X5)(String(rawId), _text_js__WEBPACK_IMPORTED_MODULE_2__/* .NAME_CAP */ .X7).toLowerCase();
            const first = seen.get(key);
            if (first !== undefined)
                errors.push(`id ${JSON.stringify((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanText */ .X5)(String(rawId), 60))} is already used by entry ${first}; every incident needs its own id`);
            else
                seen.set(key, index);
        }
        const checked = checkEntry(entry);
        errors.push(...checked.errors);
        if (errors.length > 0 || checked.incident === null) {
            skipped.push(`${where}: ${errors.join(', ')}`);
            return;
        }
        const e = checked.incident;
        const unknown = Object.keys(entry).filter((k) => !KNOWN_KEYS.includes(k));
        incidents.push({
            id: e.id,
            title: e.title ? (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanText */ .X5)(e.title, _text_js__WEBPACK_IMPORTED_MODULE_2__/* .TITLE_CAP */ .YU) || null : null,
            url: (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .safeUrl */ .Pl)(e.url),
            component: e.component,
            failure_mode: e.failure_mode ?? _report_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_FAILURE_MODE */ .bg,
            detected_at: e.detected_at,
            started_at: e.started_at ?? null,
            resolved_at: e.resolved_at ?? null,
            issue_number: null,
            source: path,
            problems: unknown.length > 0 ? [`incident ${e.id} in ${path}: unknown field(s) ${unknown.map((k) => `\`${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanText */ .X5)(k, 40)}\``).join(', ')} ignored (known: ${KNOWN_KEYS.join(', ')}).`] : []
        });
    });
    if (skipped.length > 0 && incidents.length === 0) {
        const listed = skipped.slice(0, MAX_LISTED_ERRORS).join('; ');
        const more = skipped.length > MAX_LISTED_ERRORS ? `; and ${skipped.length - MAX_LISTED_ERRORS} more` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`No entry of the incidents file ${path} is usable: ${listed}${more}. ` +
            'Each incident needs `id`, `component` and `detected_at`; see the README, "Incidents file".');
    }
    return { incidents, skipped };
}
function entryId(entry) {
    if (entry === null || typeof entry !== 'object')
        return '';
    const id = entry.id;
    return typeof id === 'string' || typeof id === 'number' ? ` (id ${JSON.stringify((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanText */ .X5)(String(id), 60))})` : '';
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return `a ${typeof value}`;
}


/***/ }),

/***/ 8964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   X5: () => (/* binding */ cleanText),
/* harmony export */   X7: () => (/* binding */ NAME_CAP),
/* harmony export */   YU: () => (/* binding */ TITLE_CAP),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/* unused harmony export capChars */
/**
 * Cleaning of values read from issues and incident files. These are untrusted: anybody can open an
 * incident on a public repository. Values are made single-line, free of control characters and
 * capped; they are still untrusted afterwards and reach markdown only through src/render/markdown.ts.
 */
/** Longest component or failure-mode name kept. */
const NAME_CAP = 100;
/** Longest title kept. */
const TITLE_CAP = 300;
// C0 and C1 controls, DEL, and the bidi overrides/isolates that can disguise text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** One line, controls removed, whitespace collapsed, trimmed, capped at `max` characters. */
function cleanText(text, max) {
    const line = text.replace(/\s+/g, ' ').replace(CONTROL, '').trim();
    return capChars(line, max).trim();
}
/** Cap at `max` UTF-16 units without splitting a surrogate pair. */
function capChars(text, max) {
    if (text.length <= max)
        return text;
    let end = max;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return text.slice(0, end);
}
/** A short quotation of an untrusted value for a problem message. */
function quote(text) {
    const full = cleanText(text, Number.POSITIVE_INFINITY);
    const short = capChars(full, 60);
    return JSON.stringify(short.length < full.length ? `${short}…` : short);
}
/** A URL we are willing to link to: http(s) only. */
function safeUrl(url) {
    if (typeof url !== 'string')
        return null;
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 5630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ TIME_HINT),
/* harmony export */   r: () => (/* binding */ parseZonedTime)
/* harmony export */ });
/**
 * Incident times: ISO 8601 with a zone, normalised to UTC. A time without a zone is rejected, never
 * guessed: the runner's zone says nothing about where the incident was written down.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;
function parseZonedTime(text) {
    const m = DATE_TIME.exec(text.trim());
    if (!m)
        return { ok: false, reason: 'invalid' };
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    const parts = [Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
    const [year, month, day, hour, minute, second] = parts;
    const millis = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
    const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
    const back = new Date(utc);
    // Date.UTC rolls 2026-02-30 over to March: reject anything that does not round-trip.
    const real = back.getUTCFullYear() === year &&
        back.getUTCMonth() === month - 1 &&
        back.getUTCDate() === day &&
        back.getUTCHours() === hour &&
        back.getUTCMinutes() === minute &&
        back.getUTCSeconds() === second;
    if (!real)
        return { ok: false, reason: 'invalid' };
    if (h === undefined || zone === undefined)
        return { ok: false, reason: 'no-zone' };
    const offsetMinutes = zoneOffsetMinutes(zone);
    if (offsetMinutes === null)
        return { ok: false, reason: 'invalid' };
    return { ok: true, iso: new Date(utc - offsetMinutes * 60_000).toISOString() };
}
function zoneOffsetMinutes(zone) {
    if (/^(z|utc)$/i.test(zone))
        return 0;
    const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (!m)
        return null;
    const hours = Number(m[2]);
    const minutes = Number(m[3] ?? 0);
    if (hours > 14 || minutes > 59)
        return null;
    return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
/** How to write a time the parser accepts, for messages. */
const TIME_HINT = 'ISO 8601 with a zone, e.g. `2026-11-20T14:05:00Z` or `2026-11-20T15:05:00+01:00`';


/***/ })

};

//# sourceMappingURL=737.index.js.map