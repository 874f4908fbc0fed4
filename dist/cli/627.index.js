export const id = 627;
export const ids = [627];
export const modules = {

/***/ 92:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentRenderer: () => (/* binding */ commentRenderer),
  describeComments: () => (/* binding */ describeComments),
  fieldNotes: () => (/* binding */ fieldNotes),
  incidentsWithChangedComment: () => (/* binding */ incidentsWithChangedComment),
  outsideHistoryReason: () => (/* binding */ outsideHistoryReason),
  renderUnjudgedComment: () => (/* binding */ renderUnjudgedComment),
  updateIncidentComments: () => (/* binding */ updateIncidentComments),
  upsertUnjudgedComment: () => (/* binding */ upsertUnjudgedComment)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
// EXTERNAL MODULE: ./src/render/impact.ts
var render_impact = __webpack_require__(744);
;// CONCATENATED MODULE: ./src/comments/body.ts
/**
 * The body of the action's comment on an incident issue: it starts with a hidden marker (how the
 * comment is found again) and fits GitHub's limit of 65,536 characters; a longer body is cut at a
 * line break, any open code fence or <details> block is closed, and a note says where the rest is.
 */
const COMMENT_LIMIT = 65_536;
const DEFAULT_MARKER = '<!-- test-incident-loop:incident -->';
const TRUNCATION_NOTE = '\n\n_This comment was cut to fit GitHub\'s limit of 65,536 characters; the full findings are in `findings.json` (see the job summary)._\n';
/** A marker must be one HTML comment, so it renders as nothing and cannot close early. */
function assertMarker(marker) {
    if (!/^<!-- [A-Za-z0-9:._/-]{1,100} -->$/.test(marker)) {
        throw new Error(`Comment marker ${JSON.stringify(marker)} must look like \`<!-- name:kind -->\``);
    }
}
/** The body to store: the marker first, line endings normalised, within the limit. */
function commentBody(body, marker, limit = COMMENT_LIMIT) {
    const text = body.replace(/\r\n?/g, '\n');
    const marked = text.startsWith(marker) ? text : `${marker}\n${text}`;
    return marked.length <= limit ? marked : truncateBody(marked, limit);
}
function truncateBody(text, limit) {
    // Room for the note and for closing what the cut leaves open (a fence, a few <details>).
    const reserve = TRUNCATION_NOTE.length + 200;
    let cut = text.slice(0, Math.max(0, limit - reserve));
    const lastBreak = cut.lastIndexOf('\n');
    if (lastBreak > cut.length / 2)
        cut = cut.slice(0, lastBreak);
    // never leave half a surrogate pair
    if (/[\ud800-\udbff]$/.test(cut))
        cut = cut.slice(0, -1);
    let closing = '';
    if (openFence(cut))
        closing += '\n```';
    const openDetails = count(cut, /<details\b/gi) - count(cut, /<\/details>/gi);
    for (let i = 0; i < Math.min(Math.max(openDetails, 0), 5); i++)
        closing += '\n\n</details>';
    const result = `${cut}${closing}${TRUNCATION_NOTE}`;
    return result.length <= limit ? result : result.slice(0, limit);
}
function openFence(text) {
    let open = false;
    for (const line of text.split('\n'))
        if (/^\s{0,3}```/.test(line))
            open = !open;
    return open;
}
function count(text, pattern) {
    return (text.match(pattern) ?? []).length;
}
/** Bodies GitHub gives back may use CRLF; compare contents, not line endings. */
function sameBody(a, b) {
    return (a ?? '').replace(/\r\n?/g, '\n') === b;
}

;// CONCATENATED MODULE: ./src/comments/upsert.ts

/** Roles whose comments we may treat as ours (a token of a person with write access gets one of these). */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
async function upsertIncidentComment(octokit, opts) {
    const marker = opts.marker ?? DEFAULT_MARKER;
    assertMarker(marker);
    const body = commentBody(opts.body, marker);
    const target = { owner: opts.owner, repo: opts.repo };
    const maxPages = Math.max(1, opts.maxListPages ?? 10);
    const maxScanPages = opts.maxScanPages ?? 100;
    let calls = 0;
    let removedDuplicates = 0;
    let maxDeletes = opts.maxDeletes ?? 5;
    const readPage = async (page) => {
        calls += 1;
        const response = await octokit.rest.issues.listComments({ ...target, issue_number: opts.issueNumber, per_page: PER_PAGE, page });
        return { comments: response.data, lastPage: lastPageOf(response.headers.link) ?? page };
    };
    const listMarked = async (selfId) => {
        const ours = (list) => list.filter((c) => isOurs(c, marker, selfId));
        const first = await readPage(1);
        const found = ours(first.comments);
        // newest first, down to page 2, within the quick search's budget
        let page = first.lastPage;
        for (let read = 1; read < maxPages && page >= 2; read++, page--)
            found.push(...ours((await readPage(page)).comments));
        // nothing in the first and newest pages: read the ones in between rather than add a duplicate
        for (let scanned = 0; found.length === 0 && page >= 2 && scanned < maxScanPages; scanned++, page--)
            found.push(...ours((await readPage(page)).comments));
        return [...new Map(found.map((c) => [c.id, c])).values()].sort((a, b) => a.id - b.id);
    };
    /** Keep the oldest marked comment, delete the rest (a racing job may have deleted some already). */
    const keepOldest = async (marked) => {
        const [keep, ...extras] = marked;
        for (const extra of extras) {
            if (maxDeletes <= 0)
                break;
            maxDeletes -= 1;
            calls += 1;
            try {
                await octokit.rest.issues.deleteComment({ ...target, comment_id: extra.id });
                removedDuplicates += 1;
            }
            catch (error) {
                if (error.status !== 404)
                    throw error;
            }
        }
        return keep;
    };
    const update = async (comment) => {
        calls += 1;
        await octokit.rest.issues.updateComment({ ...target, comment_id: comment.id, body });
    };
    const existing = await listMarked(null);
    if (existing.length > 0) {
        if (opts.keepExisting)
            return { action: 'unchanged', kept: true, commentId: existing[0].id, calls, removedDuplicates };
        const keep = await keepOldest(existing);
        if (sameBody(keep.body, body))
            return { action: 'unchanged', commentId: keep.id, calls, removedDuplicates };
        await update(keep);
        return { action: 'updated', commentId: keep.id, calls, removedDuplicates };
    }
    calls += 1;
    const created = (await octokit.rest.issues.createComment({ ...target, issue_number: opts.issueNumber, body })).data;
    const marked = await listMarked(created.user?.id ?? null);
    if (marked.length <= 1)
        return { action: 'created', commentId: created.id, calls, removedDuplicates };
    // Another job created one too: everybody keeps the oldest, so exactly one survives.
    const keep = await keepOldest(marked);
    if (keep.id === created.id)
        return { action: 'created', commentId: keep.id, calls, removedDuplicates };
    if (!sameBody(keep.body, body))
        await update(keep);
    return { action: 'updated', commentId: keep.id, calls, removedDuplicates };
}
const PER_PAGE = 100;
/** The page number of the `rel="last"` link of a paginated response, if any. */
function lastPageOf(link) {
    for (const part of (link ?? '').split(',')) {
        if (!/rel="last"/.test(part))
            continue;
        const url = /<([^>]+)>/.exec(part)?.[1];
        const page = url ? Number(new URL(url).searchParams.get('page')) : NaN;
        if (Number.isInteger(page) && page > 0)
            return page;
    }
    return null;
}
function isOurs(comment, marker, selfId) {
    if (!(comment.body ?? '').startsWith(marker))
        return false;
    if (selfId !== null && comment.user?.id === selfId)
        return true;
    return comment.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(comment.author_association ?? '');
}

// EXTERNAL MODULE: ./src/render/budget.ts
var budget = __webpack_require__(9519);
// EXTERNAL MODULE: ./src/analysis/gap-kind.ts
var gap_kind = __webpack_require__(6849);
// EXTERNAL MODULE: ./src/render/findings-sections.ts + 1 modules
var findings_sections = __webpack_require__(3691);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/render/comment.ts




const FAILURE_LIMIT = { full: 10, top: 5, counts: 0 };
const TEST_LIMIT = { full: 30, top: 10, counts: 0 };
/** CONTRACT.md's gap-closure target */
const CLOSURE_TARGET_DAYS = 14;
/** `extra`: further sections of ours (the production impact), placed before the footer. */
function renderIncidentComment(incident, findings, extra = '') {
    return (0,budget/* renderWithin */.As)((detail) => compose(incident, findings, detail, extra), budget/* fitsComment */.CX, (t) => (0,budget/* cutToChars */.RD)(t)).text;
}
function compose(incident, findings, detail, extra) {
    const w = findings.options.window_days;
    const loadBearing = new Map(findings.load_bearing.map((l) => [l.nodeid, l]));
    const parts = ['### Could a test have caught this incident?', (0,findings_sections/* incidentVerdict */.kz)(incident, w)];
    const actions = incidentActions(incident, findings, loadBearing);
    if (actions.length > 0)
        parts.push(`**What to do**\n\n${actions.map((a) => `- ${a}`).join('\n')}`);
    parts.push([
        '**The incident**',
        '',
        `- component ${(0,markdown/* code */.aY)(incident.component)}, failure mode ${(0,markdown/* code */.aY)(incident.failure_mode)}`,
        `- detected ${incident.detected_at}; failures searched in [${incident.window.start}, ${incident.window.end})`,
        `- ${incident.covering_test_count} covering test(s) (of ${incident.total_component_tests} in the component today); the incident's failure mode is ${incident.failure_mode_covered ? '' : '**not** '}among their tags`
    ].join('\n'));
    const testLimit = TEST_LIMIT[detail];
    const evidence = [...incident.failing_test_evidence].sort(byWeight);
    if (evidence.length > 0 && testLimit > 0) {
        const rows = evidence.slice(0, testLimit).map((e) => {
            const lb = loadBearing.get(e.nodeid);
            const failures = e.failures
                .slice(-FAILURE_LIMIT[detail])
                .map((f) => `${f.at.slice(0, 16).replace('T', ' ')} ${f.outcome}${f.sha ? ` on ${(0,markdown/* code */.aY)(f.sha.slice(0, 7))}` : ''}${f.flaky_sha ? ' (flaky there)' : ''}`);
            const earlier = e.failures.length > failures.length ? `${e.failures.length - failures.length} earlier…<br>` : '';
            // the verdict and a-of-n only: p-values drift daily and would rewrite every comment every day
            const verdict = `**${e.verdict}**${lb ? `<br><sub>${lb.a} of ${lb.n} incidents</sub>` : ''}${e.flaky ? '<br><sub>flaky</sub>' : ''}`;
            return [(0,markdown/* testCell */.Hn)(e.nodeid), verdict, earlier + failures.join('<br>') + (e.still_failing_at_detection ? '<br><sub>still failing at detection</sub>' : '')];
        });
        const more = evidence.length > rows.length ? `\n\n…and ${evidence.length - rows.length} more in findings.json.` : '';
        const body = (0,markdown/* table */.tp)(['test', 'verdict', 'failures in the window (UTC)'], rows) + more;
        parts.push(evidence.length > 5 ? (0,markdown/* details */.zH)(`Tests that failed before it (${evidence.length}), predictive first`, body) : `**Tests that failed before it**, predictive first\n\n${body}`);
    }
    else if (evidence.length > 0) {
        parts.push(`**${evidence.length} test(s) failed before it.**`);
    }
    if (extra)
        parts.push(extra);
    parts.push(`<sub>Computed from the test history on its data branch (window ${w} days); the job summary has the p-values. This comment is updated in place.</sub>`);
    return parts.join('\n\n') + '\n';
}
const RANK = { predictive: 0, possible: 1, noise: 2 };
function byWeight(a, b) {
    return RANK[a.verdict] - RANK[b.verdict] || Number(a.flaky) - Number(b.flaky) || b.failures.length - a.failures.length || a.nodeid.localeCompare(b.nodeid);
}
/** What to do about this incident: from its verdicts, its gap and its closure, never one sentence for all. */
function incidentActions(incident, findings, loadBearing) {
    const out = [];
    const component = (0,markdown/* code */.aY)(incident.component, 60);
    const mode = (0,markdown/* code */.aY)(incident.failure_mode, 60);
    const evidence = incident.failing_test_evidence;
    for (const nodeid of incident.predicted_by.slice(0, 5)) {
        const e = evidence.find((x) => x.nodeid === nodeid);
        const lb = loadBearing.get(nodeid);
        const others = lb && lb.a > 1 ? ` (it preceded ${lb.a} of ${lb.n} incidents of ${component})` : '';
        out.push(e?.still_failing_at_detection
            ? `Make ${(0,markdown/* testName */.UU)(nodeid)} block deploys of ${component}: it was still failing when the incident was detected${others}.`
            : `Keep ${(0,markdown/* testName */.UU)(nodeid)} required in CI and never skip it for speed: it failed before this incident${others}.`);
    }
    if (incident.predicted_by.length === 0) {
        const flaky = evidence.filter((e) => e.flaky);
        const possible = evidence.filter((e) => !e.flaky && e.verdict === 'possible');
        const frequent = evidence.filter((e) => !e.flaky && e.verdict !== 'possible');
        if (flaky.length > 0)
            out.push(`Fix the flakiness of ${names(flaky.map((e) => e.nodeid))}: a test that fails at random cannot warn of ${mode} in ${component}.`);
        for (const e of possible.slice(0, 3)) {
            const lb = loadBearing.get(e.nodeid);
            out.push(`Keep ${(0,markdown/* testName */.UU)(e.nodeid)} required and fix its failures promptly: it preceded ${lb ? `${lb.a} of ${lb.n}` : 'this'} incident(s) of ${component}, too few yet to tell from chance.`);
        }
        if (frequent.length > 0)
            out.push(`${names(frequent.map((e) => e.nodeid))} fail${frequent.length === 1 ? 's' : ''} about as often without an incident: make ${frequent.length === 1 ? 'it' : 'them'} fail only when ${mode} is really broken, or add a test that does.`);
    }
    const kind = (0,gap_kind/* gapKind */.l)(incident);
    if (incident.gap_closure) {
        const c = incident.gap_closure;
        const days = incident.gap_closure_days;
        const timing = days === null ? '' : ` ${days} days after detection${days < CLOSURE_TARGET_DAYS ? '' : `, over the ${CLOSURE_TARGET_DAYS}-day target`}`;
        const then = kind ? ` When the incident happened, ${findings_sections/* GAP_WORDS */.xg[kind]}.` : '';
        out.push(`Closed by ${(0,markdown/* code */.aY)(c.nodeid)} (first seen ${c.first_seen.slice(0, 10)}${timing ? `,${timing}` : ''}), which ${c.matched_by === 'incident' ? 'carries this incident' : 'tests the same component and failure mode'}: nothing is left to write; keep it required.${then}`);
    }
    else if (kind === 'only_skipped_tests') {
        out.push(`Un-skip the ${incident.covering_test_count} test(s) of ${component}, or run them where they can run: none ran in the ${findings.options.window_days} days before the incident, so none could warn.`);
    }
    else if (kind === 'no_test_coverage') {
        out.push(`Write the first test of ${component}: reproduce ${mode} and mark it ${(0,markdown/* code */.aY)(`@pytest.mark.incident(${JSON.stringify(incident.incident_id)})`, 120)} to close this gap (${findings_sections/* GAP_WORDS */.xg.no_test_coverage}).`);
    }
    else if (kind === 'tests_pass_but_incident_occurred') {
        out.push(incident.failure_mode_covered
            ? `Tests of ${component} tagged ${mode} exist but passed throughout: they miss what happened. Add a case that reproduces it, marked ${(0,markdown/* code */.aY)(`@pytest.mark.incident(${JSON.stringify(incident.incident_id)})`, 120)}.`
            : `None of the ${incident.covering_test_count} test(s) of ${component} exercises ${mode}: add one, marked ${(0,markdown/* code */.aY)(`@pytest.mark.incident(${JSON.stringify(incident.incident_id)})`, 120)}.`);
    }
    if (out.length === 0 && incident.recommendation)
        out.push((0,markdown/* escapeText */.X1)(incident.recommendation, 300));
    return out;
}
function names(nodeids, max = 3) {
    return nodeids.slice(0, max).map((n) => (0,markdown/* testName */.UU)(n)).join(', ') + (nodeids.length > max ? ` and ${nodeids.length - max} more` : '');
}

;// CONCATENATED MODULE: ./src/incidents/components.ts

const SUGGESTIONS = 5;
/** The components of the tests in the history (tagged ones only), sorted. */
function knownComponents(rollup) {
    const names = new Set();
    for (const t of Object.values(rollup.tests))
        if (t.component && t.component !== DEFAULT_COMPONENT)
            names.add(t.component);
    return [...names].sort();
}
/** Why the incident's component matches no test, with the closest names; null when it matches one (or none are known). */
function unknownComponentProblem(incident, known) {
    if (incident.component === null || known.length === 0)
        return null;
    const wanted = normalise(incident.component);
    if (known.some((k) => normalise(k) === wanted))
        return null;
    const close = known.filter((k) => normalise(k).includes(wanted) || wanted.includes(normalise(k)));
    const shown = (close.length > 0 ? close : known).slice(0, SUGGESTIONS).map((k) => `\`${k}\``).join(', ');
    return (`the component "${incident.component}" of ${incident.id} matches no test's component in the history, so no test can cover it: ` +
        `use the name the tests are tagged with (${close.length > 0 ? 'closest' : 'known'}: ${shown}${close.length === 0 && known.length > SUGGESTIONS ? ', …' : ''}), or tag the tests of this component.`);
}
// CONTRACT.md: components match case-insensitively, surrounding whitespace ignored
const normalise = (name) => name.trim().toLowerCase();

;// CONCATENATED MODULE: ./src/action/comments.ts
/**
 * Keeping the findings comment on incident issues current, with a bounded number of API calls:
 * only incidents that are GitHub issues, only those whose comment text changed (or the one the
 * event is about), at most `max-incident-comments` per run.
 */






/**
 * Renders an incident's comment, with its production impact when metrics were read, and what the
 * action could not read in the incident's fields (or took from elsewhere), so the team sees it where
 * it looks.
 */
function commentRenderer(impact, incidents = [], components = []) {
    const sections = new Map((impact?.incidents ?? []).map((i) => [i.incident_id, (0,render_impact/* renderIncidentImpact */.$F)(i, impact?.settings ?? null)]));
    const notes = new Map(incidents.map((i) => [i.id, fieldNotes(i, components)]));
    return (incident, findings) => renderIncidentComment(incident, findings, [sections.get(incident.incident_id) ?? '', notes.get(incident.incident_id) ?? ''].filter((t) => t !== '').join('\n\n'));
}
/** The incident's unreadable fields and fallbacks, as a short section of the comment ('' when none). */
function fieldNotes(incident, components = []) {
    const unknown = unknownComponentProblem(incident, components);
    const lines = [...incident.problems, ...(unknown ? [unknown] : [])].map((p) => `- ${(0,markdown/* escapeText */.X1)(p, 400)}`);
    if (incident.detected_at_from === 'issue_created') {
        lines.push(`- The issue has no "Detected at" field, so its creation time (${incident.detected_at}) is used as the detection time; add the field if it was detected earlier.`);
    }
    return lines.length > 0 ? `**Incident fields**\n\n${lines.join('\n')}` : '';
}
/**
 * The comment on an incident the history cannot judge (no stored runs yet, detected before the
 * history begins, or a field it needs is unreadable): why, and no verdict.
 */
function renderUnjudgedComment(incident, reason) {
    const notes = fieldNotes(incident);
    return [
        '### Could a test have caught this incident?',
        `**Cannot be judged yet**: ${reason}`,
        ...(notes ? [notes] : []),
        '<sub>Computed from the test history on its data branch. This comment is updated in place once the incident can be judged.</sub>'
    ].join('\n\n') + '\n';
}
/** Why an incident outside the history gets no verdict, for its comment. */
function outsideHistoryReason(outside) {
    return `detected before the history begins: cannot be judged (${(0,markdown/* escapeText */.X1)(outside.reason, 300)}).`;
}
/**
 * Writes the unjudged comment on the incident's issue. `keepExisting`: a comment that exists stays
 * as it is (a real verdict is never replaced by a notice).
 */
async function upsertUnjudgedComment(octokit, target, incident, reason, keepExisting) {
    const report = { created: 0, updated: 0, unchanged: 0, deferred: 0, calls: 0, problem: null, kept: false };
    if (incident.issue_number === null)
        return report;
    try {
        const result = await upsertIncidentComment(octokit, { ...target, issueNumber: incident.issue_number, body: renderUnjudgedComment(incident, reason), keepExisting });
        report.calls += result.calls;
        report[result.action]++;
        report.kept = result.kept === true;
    }
    catch (error) {
        const status = error.status;
        if (status !== 403 && status !== 401)
            throw error;
        report.problem = `the token may not comment on issues (HTTP ${status}); give the job \`permissions: issues: write\``;
    }
    return report;
}
/** The incidents whose comment text differs between two analyses: what this run changed. */
function incidentsWithChangedComment(before, after, render) {
    const previous = new Map((before?.incidents ?? []).map((i) => [i.incident_id, render(i, before)]));
    return after.incidents.filter((i) => previous.get(i.incident_id) !== render(i, after)).map((i) => i.incident_id);
}
async function updateIncidentComments(octokit, target, findings, incidents, ids, max, render) {
    const report = { created: 0, updated: 0, unchanged: 0, deferred: 0, calls: 0, problem: null };
    const byId = new Map(incidents.map((i) => [i.id, i]));
    const findingById = new Map(findings.incidents.map((i) => [i.incident_id, i]));
    const targets = ids.filter((id) => byId.get(id)?.issue_number != null && findingById.has(id));
    report.deferred = Math.max(0, targets.length - max);
    for (const id of targets.slice(0, max)) {
        const issueNumber = byId.get(id)?.issue_number;
        try {
            const result = await upsertIncidentComment(octokit, { ...target, issueNumber, body: render(findingById.get(id), findings) });
            report.calls += result.calls;
            report[result.action]++;
        }
        catch (error) {
            const status = error.status;
            if (status === 403 || status === 401) {
                report.problem = `the token may not comment on issues (HTTP ${status}); give the job \`permissions: issues: write\``;
                break;
            }
            core/* warning */.$e(`Could not update the findings comment on issue #${issueNumber}: ${error.message}`);
        }
    }
    return report;
}
function describeComments(report) {
    const parts = [`${report.created} created`, `${report.updated} updated`, `${report.unchanged} unchanged`];
    if (report.deferred > 0)
        parts.push(`${report.deferred} left for the next run (max-incident-comments)`);
    return `Incident comments: ${parts.join(', ')}.`;
}


/***/ }),

/***/ 2704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ TARGETS),
/* harmony export */   n: () => (/* binding */ meetsTargets)
/* harmony export */ });
const TARGETS = {
    incident_coverage_rate: { metric: 'incident_coverage_rate', label: '> 70 %', description: 'incidents with at least one covering test' },
    prediction_rate: { metric: 'prediction_rate', label: '> 30 %', description: 'incidents preceded by a failure of a covering test' },
    test_gap_closure_days: { metric: 'test_gap_closure_days', label: '< 14 days', description: 'median days from incident to the test that closed its gap' },
    dead_weight_ratio: { metric: 'dead_weight_ratio', label: '< 30 %', description: 'quiet tests among active tests' },
    suite_growth: { metric: 'suite_growth', label: 'decreasing', description: 'tests added last quarter fewer than the quarter before' }
};
function meetsTargets(metrics) {
    const judge = (value, ok) => (value === null ? null : ok(value));
    return {
        incident_coverage_rate: judge(metrics.incident_coverage_rate, (v) => v > 70),
        prediction_rate: judge(metrics.prediction_rate, (v) => v > 30),
        test_gap_closure_days: judge(metrics.test_gap_closure_days, (v) => v < 14),
        dead_weight_ratio: judge(metrics.dead_weight_ratio, (v) => v < 30),
        // "decreasing": strictly fewer; a suite that added nothing in either quarter has nothing to judge
        suite_growth: metrics.tests_added_last_quarter === 0 && metrics.tests_added_previous_quarter === 0
            ? null
            : metrics.tests_added_last_quarter < metrics.tests_added_previous_quarter
    };
}


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ testCell),
/* harmony export */   UU: () => (/* binding */ testName),
/* harmony export */   Uz: () => (/* binding */ cappedTable),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   wn: () => (/* binding */ commitLink),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export truncate */
/**
 * Markdown for text we do not control (test names, failure messages, issue titles). GitHub renders
 * job summaries and comments as GitHub-flavoured markdown with some HTML, so untrusted text could
 * break a table, inject HTML or ping people. Everything untrusted goes through these functions.
 */
const ZERO_WIDTH_SPACE = '\u200b';
/** Cap a string to `max` characters, marking the cut. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    return `${text.slice(0, Math.max(0, max - 1))}…`;
}
/**
 * Text safe inside a paragraph or a table cell: one line, HTML and markdown punctuation escaped,
 * `@mention`s and `#123` references defused so nobody is notified and nothing is cross-linked.
 */
function escapeText(text, max = 300) {
    const oneLine = truncate(text.replace(/\r\n|\r|\n/g, ' ').replace(/\s+/g, ' ').trim(), max);
    return oneLine
        .replace(/([\\`*_[\]~|])/g, '\\$1')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@(?=[A-Za-z0-9-])/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}
/**
 * Inline code for identifiers such as nodeids: the longest backtick run inside decides the fence,
 * pipes are escaped for tables; inside code nothing else is interpreted, so mentions are inert.
 */
function code(text, max = 200) {
    const oneLine = truncate(text.replace(/\r\n|\r|\n/g, ' '), max).replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** A link whose text is untrusted and whose URL must be http(s); anything else becomes plain text. */
function link(text, url) {
    const label = escapeText(text, 120);
    if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url))
        return label;
    return `[${label}](${url})`;
}
/** A markdown table; cells must already be escaped. */
function table(header, rows) {
    if (rows.length === 0)
        return '';
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A collapsed block; the summary line is trusted text of ours. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Bytes of a string as GitHub counts them for its size limits (UTF-8). */
const byteLength = (text) => Buffer.byteLength(text, 'utf8');
/**
 * A test in a narrow table cell: its name (after the file) as code, the file under it in small
 * print, where a path can wrap at its slashes. A code span cannot wrap, so the name is capped.
 */
function testCell(nodeid, max = 56) {
    const split = nodeid.indexOf('::');
    if (split < 0)
        return code(nodeid, max);
    const file = nodeid.slice(0, split);
    return `${code(nodeid.slice(split + 2), max)}<br><sub>${escapeText(file, 120).replace(/\//g, `/${ZERO_WIDTH_SPACE}`)}</sub>`;
}
/** The test's name without its file, as code: for sentences. */
function testName(nodeid, max = 80) {
    const split = nodeid.indexOf('::');
    return code(split < 0 ? nodeid : nodeid.slice(split + 2), max);
}
/**
 * A table of `rows` that shows the first `shown` rows and collapses up to `folded` more under
 * `foldedLabel`; the remainder is counted in a line that points to findings.json.
 */
function cappedTable(header, rows, shown, folded, foldedLabel) {
    const parts = [];
    if (shown > 0)
        parts.push(table(header, rows.slice(0, shown)));
    const hidden = rows.slice(shown, shown + folded);
    if (hidden.length > 0)
        parts.push(details(`${foldedLabel} (${hidden.length})`, table(header, hidden)));
    const rest = rows.length - shown - hidden.length;
    if (rest > 0)
        parts.push(`…and ${rest} more in findings.json.`);
    return parts.join('\n\n');
}
/** A short commit id, linked to the commit when the repository's URL is known. */
function commitLink(sha, repositoryUrl) {
    const short = code(sha.slice(0, 7));
    if (!repositoryUrl || !/^[0-9a-f]{7,64}$/i.test(sha))
        return short;
    const url = `${repositoryUrl.replace(/\/+$/, '')}/commit/${sha}`;
    return /^https?:\/\/[^\s()<>]+$/.test(url) ? `[${short}](${url})` : short;
}


/***/ })

};

//# sourceMappingURL=627.index.js.map