export const id = 893;
export const ids = [893,379];
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
// EXTERNAL MODULE: ./src/history/index.ts + 8 modules
var src_history = __webpack_require__(5484);
// EXTERNAL MODULE: ./src/incidents/file.ts
var file = __webpack_require__(8345);
// EXTERNAL MODULE: ./src/report/index.ts + 10 modules
var report = __webpack_require__(1534);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(9311);
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
// EXTERNAL MODULE: ./src/render/review.ts
var render_review = __webpack_require__(8394);
// EXTERNAL MODULE: ./src/review/index.ts + 1 modules
var src_review = __webpack_require__(5959);
// EXTERNAL MODULE: ./src/trends/index.ts + 1 modules
var src_trends = __webpack_require__(5598);
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
                findings = (0,analysis.analyze)(clone.rollup(), incidents, { now, ...analysisOptions });
                const verdict = computeRunVerdict({ run: runs[runs.length - 1].run, findings, history: before, defaultBranch: 'main', eventName: 'push' });
                runVerdict = renderRunVerdict(verdict, { details: 'details further down this summary' });
                historyStart = (0,summary.firstRunAt)(clone.rollup().runs, findings.options.analysis_branches);
                trends = (0,render_trends.renderTrendsSection)((0,src_trends.computeTrends)(clone.rollup(), incidents, { now, analysisOptions }));
                impact = await (0,metrics.productionImpact)(findings, incidents, (0,metrics.metricsConfig)({ metricsFile: (0,external_node_path_.join)(data, 'metrics.csv'), sloLatencyP99Ms: 500, sloErrorRate: 0.01 }), { warn: (m) => console.error(`warning: ${m}`) }, { tests: clone.rollup().tests });
                review = (0,render_review/* renderReview */.F)((0,src_review/* buildReview */.Br)(clone.rollup(), incidents, { now, analysisOptions, runs: clone, repository: 'demo/shop' }));
            }
            finally {
                await clone.dispose();
            }
            const findingsPath = (0,external_node_path_.join)(out, 'findings.json');
            await (0,findings_output.writeFindingsFile)(findingsPath, findings, impact);
            const lastRun = runs[runs.length - 1].run;
            const { text } = (0,summary.renderSummary)({
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

/***/ 2379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findingsDocument: () => (/* binding */ findingsDocument),
/* harmony export */   writeFindingsFile: () => (/* binding */ writeFindingsFile)
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

/***/ 9311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   firstRunAt: () => (/* binding */ firstRunAt),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
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