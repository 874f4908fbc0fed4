export const id = 250;
export const ids = [250];
export const modules = {

/***/ 250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetchIncidentIssues: () => (/* binding */ fetchIncidentIssues)
});

// UNUSED EXPORTS: explainFailure

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/constants.ts
var constants = __webpack_require__(7995);
;// CONCATENATED MODULE: ./src/incidents/body.ts
/**
 * Reads named fields out of an issue body, the two ways people write them:
 * - an issue form renders each field as `### <label>\n\n<value>` (`_No response_` when an optional
 *   field was left empty);
 * - free text with a line `<Name>: <value>` (also `**Name:** value` and list items).
 * The body is untrusted: only regular expressions with bounded work run on it.
 */
const NO_RESPONSE = '_No response_';
/** Bodies can be 65,536 characters; nothing we read lives further down than this. */
const BODY_SCAN_CAP = 65_536;
/** Lines and headings are cut to this before any pattern runs on them (bounded regex work). */
const LINE_CAP = 1_000;
function readBody(body) {
    const text = (body ?? '').slice(0, BODY_SCAN_CAP).replace(/\r\n?/g, '\n');
    const lines = text.split('\n').map((l) => l.slice(0, LINE_CAP));
    const sections = splitSections(lines);
    return {
        section(name) {
            for (const s of sections) {
                if (!whole(name).test(s.heading))
                    continue;
                const value = firstLine(unfence(s.value));
                if (value !== null)
                    return value;
            }
            return null;
        },
        line(name) {
            const pattern = new RegExp(`^\\s*(?:[-*+]\\s+)?(\\*\\*|__)?(?:${name.source})\\s*(?::\\1|\\1\\s*:)(.*)$`, 'i');
            for (const l of lines) {
                const value = pattern.exec(l)?.[2].trim();
                if (value && value !== NO_RESPONSE)
                    return value;
            }
            return null;
        }
    };
}
function splitSections(lines) {
    const sections = [];
    let current = null;
    for (const line of lines) {
        const heading = /^ {0,3}#{1,6}\s(.*)$/.exec(line);
        if (heading) {
            if (current)
                sections.push({ heading: current.heading, value: current.body.join('\n') });
            // closing hashes of an ATX heading (`### Component ###`) are not part of its text
            current = { heading: heading[1].trim().replace(/\s+#+$/, '').trim(), body: [] };
        }
        else if (current) {
            current.body.push(line);
        }
    }
    if (current)
        sections.push({ heading: current.heading, value: current.body.join('\n') });
    return sections;
}
function whole(name) {
    return new RegExp(`^(?:${name.source}):?$`, 'i');
}
/** A textarea with `render:` wraps its value in a code fence: read what is inside. */
function unfence(value) {
    const lines = value.trim().split('\n');
    const open = /^(`{3,}|~{3,})/.exec(lines[0] ?? '');
    if (!open || lines.length < 2 || lines[lines.length - 1].trim() !== open[1])
        return value;
    return lines.slice(1, -1).join('\n');
}
function firstLine(value) {
    for (const line of value.split('\n')) {
        const t = line.trim();
        if (t === '' || t === NO_RESPONSE)
            continue;
        return t;
    }
    return null;
}

// EXTERNAL MODULE: ./src/incidents/text.ts
var incidents_text = __webpack_require__(8964);
// EXTERNAL MODULE: ./src/incidents/time.ts
var time = __webpack_require__(5630);
;// CONCATENATED MODULE: ./src/incidents/parse.ts
/**
 * One incident from one GitHub issue (from the REST API or an `issues` event payload). Pure: the
 * same issue always gives the same incident. Nothing here throws on bad content: what cannot be
 * read becomes a `problems` entry that tells the user how to fix the issue.
 */




const DEFAULT_COMPONENT_PREFIX = 'component:';
const DEFAULT_FAILURE_MODE_PREFIX = 'failure-mode:';
/** The issue-form headings and `Name:` lines read, for each field. */
const FIELD = {
    component: { pattern: /component/, label: 'Component' },
    failureMode: { pattern: /failure[ _-]?mode/, label: 'Failure mode' },
    detectedAt: { pattern: /detected[ _-]?at/, label: 'Detected at' },
    startedAt: { pattern: /started[ _-]?at/, label: 'Started at' },
    resolvedAt: { pattern: /resolved[ _-]?at/, label: 'Resolved at' }
};
function isPullRequest(issue) {
    return issue.pull_request !== undefined && issue.pull_request !== null;
}
function incidentFromIssue(issue, opts = {}) {
    const componentPrefix = opts.componentPrefix ?? DEFAULT_COMPONENT_PREFIX;
    const failureModePrefix = opts.failureModePrefix ?? DEFAULT_FAILURE_MODE_PREFIX;
    const ref = `issue #${issue.number}`;
    const problems = [];
    const body = readBody(issue.body);
    const labels = labelNames(issue.labels);
    const component = readName(labels, componentPrefix, body, FIELD.component, ref, problems);
    if (component === null) {
        problems.push(`${ref} has no component, so it is listed as unclassified and left out of the correlation: ` +
            `add a label \`${componentPrefix}<name>\`, or fill the "Component" field of the incident form ` +
            '(a `### Component` section), or add a line `Component: <name>` to its body.');
    }
    const failureMode = readName(labels, failureModePrefix, body, FIELD.failureMode, ref, problems);
    const created = (0,time/* parseZonedTime */.r)(issue.created_at ?? '');
    const createdAt = created.ok ? created.iso : null;
    const closed = issue.closed_at ? (0,time/* parseZonedTime */.r)(issue.closed_at) : null;
    const closedAt = closed?.ok ? closed.iso : null;
    // The creation time stands in only for an absent "Detected at": a written but unreadable one
    // keeps the incident out of the analysis until it is fixed (a guess could place it days off).
    const detected = readTime(body, FIELD.detectedAt, ref, problems, 'left out of the analysis until it is fixed');
    let detectedAt = detected.iso;
    let unusable = detected.problem;
    if (detected.absent) {
        if (createdAt === null) {
            unusable = `${ref} has no "Detected at" field and no readable creation time, so its detection time is unknown: add a "Detected at" field in ${time/* TIME_HINT */.C}.`;
            problems.push(unusable);
        }
    }
    detectedAt ??= createdAt ?? new Date(0).toISOString();
    const startedAt = readTime(body, FIELD.startedAt, ref, problems, 'ignored').iso;
    const resolved = readTime(body, FIELD.resolvedAt, ref, problems, closedAt ? "the issue's closing time is used instead" : 'ignored');
    const resolvedAt = resolved.iso ?? closedAt;
    return {
        id: `#${issue.number}`,
        title: typeof issue.title === 'string' ? (0,incidents_text/* cleanText */.X5)(issue.title, incidents_text/* TITLE_CAP */.YU) || null : null,
        url: (0,incidents_text/* safeUrl */.Pl)(issue.html_url),
        component,
        failure_mode: failureMode ?? constants/* DEFAULT_FAILURE_MODE */.bg,
        detected_at: detectedAt,
        started_at: startedAt,
        resolved_at: resolvedAt,
        issue_number: issue.number,
        source: 'github',
        problems,
        unusable,
        detected_at_from: detected.absent ? 'issue_created' : 'field',
        author: typeof issue.user?.login === 'string' ? (0,incidents_text/* cleanText */.X5)(issue.user.login, incidents_text/* NAME_CAP */.X7) : null,
        author_association: typeof issue.author_association === 'string' ? (0,incidents_text/* cleanText */.X5)(issue.author_association, incidents_text/* NAME_CAP */.X7) : null
    };
}
function labelNames(labels) {
    const names = [];
    for (const label of labels ?? []) {
        const name = typeof label === 'string' ? label : label?.name;
        if (typeof name === 'string')
            names.push(name);
    }
    return names;
}
/** A name from a prefixed label, else the issue-form section, else a `Name: value` line. */
function readName(labels, prefix, body, field, ref, problems) {
    const fromLabels = labels
        .filter((l) => l.toLowerCase().startsWith(prefix.toLowerCase()))
        .map((l) => (0,incidents_text/* cleanText */.X5)(l.slice(prefix.length), incidents_text/* NAME_CAP */.X7))
        .filter((v) => v !== '');
    const distinct = [...new Set(fromLabels)];
    if (distinct.length > 1) {
        problems.push(`${ref} has several \`${prefix}\` labels (${distinct.map(incidents_text/* quote */.hD).join(', ')}); using the first, ${(0,incidents_text/* quote */.hD)(distinct[0])}.`);
    }
    if (distinct.length > 0)
        return distinct[0];
    const written = body.section(field.pattern) ?? body.line(field.pattern);
    if (written === null)
        return null;
    const value = (0,incidents_text/* cleanText */.X5)(written, incidents_text/* NAME_CAP */.X7);
    return value === '' ? null : value;
}
/**
 * A time field of the body in UTC. Absent: `absent`. Unreadable: a problem that names the field,
 * quotes the value and says how to write it (and what happens meanwhile: `meanwhile`).
 */
function readTime(body, field, ref, problems, meanwhile) {
    const written = body.section(field.pattern) ?? body.line(field.pattern);
    if (written === null)
        return { iso: null, absent: true, problem: null };
    const parsed = (0,time/* parseZonedTime */.r)(written);
    if (parsed.ok)
        return { iso: parsed.iso, absent: false, problem: null };
    const what = parsed.reason === 'no-zone' ? 'has no time zone' : 'is not a date and time';
    const problem = `"${field.label}" of ${ref} (${(0,incidents_text/* quote */.hD)(written)}) ${what}, so it is ${meanwhile.startsWith('left') ? meanwhile : `not read (${meanwhile})`}. Write it in ${time/* TIME_HINT */.C}.`;
    problems.push(problem);
    return { iso: null, absent: false, problem };
}

;// CONCATENATED MODULE: ./src/incidents/github.ts
/**
 * Incidents from GitHub issues: every issue, open or closed, carrying the incident label. Pull
 * requests (which the issues API lists too) are skipped. The number of pages read is bounded.
 */



const PER_PAGE = 100;
async function fetchIncidentIssues(octokit, opts) {
    const maxPages = opts.maxPages ?? 50;
    const warn = opts.warn ?? ((m) => core/* warning */.$e(m));
    const issues = [];
    let pages = 0;
    try {
        const iterator = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
            owner: opts.owner,
            repo: opts.repo,
            labels: opts.label,
            state: 'all',
            sort: 'created',
            direction: 'asc',
            per_page: PER_PAGE
        });
        for await (const page of iterator) {
            pages += 1;
            issues.push(...page.data);
            if (pages >= maxPages && page.data.length === PER_PAGE) {
                warn(`Read the first ${maxPages * PER_PAGE} issues labelled "${opts.label}" of ${opts.owner}/${opts.repo} and stopped there ` +
                    'to bound the API calls of one run; later incidents are left out of this analysis.');
                break;
            }
        }
    }
    catch (error) {
        throw explainFailure(error, opts);
    }
    return issues
        .filter((issue) => !isPullRequest(issue))
        .sort((a, b) => a.number - b.number)
        .map((issue) => incidentFromIssue(issue, { componentPrefix: opts.componentPrefix, failureModePrefix: opts.failureModePrefix }));
}
/** The API errors a user can fix become an InputError that says how; others stay as they are. */
function explainFailure(error, opts) {
    const status = error.status;
    const where = `${opts.owner}/${opts.repo}`;
    if (isRateLimit(error)) {
        return new Error(`GitHub's API rate limit stopped the reading of the incident issues of ${where}: ${messageOf(error)} Run again later.`);
    }
    switch (status) {
        case 401:
            return new errors/* InputError */.d(`GitHub rejected the token while reading the incident issues of ${where} (HTTP 401). Pass a valid token as \`github-token\` ` +
                '(the default `${{ github.token }}` works), or use `incidents-file` instead of issues.');
        case 403:
            return new errors/* InputError */.d(`The token may not read the issues of ${where} (HTTP 403: ${messageOf(error)}). Give the job \`permissions: issues: read\` ` +
                '(or `issues: write` to comment), or use `incidents-file` instead of issues.');
        case 404:
            return new errors/* InputError */.d(`Could not read the incident issues of ${where}: GitHub answered 404 (the repository does not exist, or the token cannot see it). ` +
                'Check the repository name and give the token access to it (`permissions: issues: read`), or use `incidents-file` instead.');
        case 410:
            return new errors/* InputError */.d(`Issues are disabled on ${where} (HTTP 410), so there are no incident issues to read. Enable issues in the repository settings, ` +
                'or list the incidents in a file and pass it as `incidents-file`.');
        default:
            return error;
    }
}
function isRateLimit(error) {
    const { status, response } = error;
    if (status === 429)
        return true;
    return status === 403 && (response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(messageOf(error)));
}
function messageOf(error) {
    const message = error.message;
    return typeof message === 'string' ? message.slice(0, 200) : 'forbidden';
}


/***/ })

};

//# sourceMappingURL=250.index.js.map