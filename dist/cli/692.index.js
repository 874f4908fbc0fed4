export const id = 692;
export const ids = [692,248,217];
export const modules = {

/***/ 9248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, collectPages */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9988);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/**
 * The one GitHub REST client of the action: @octokit/rest with the retry plugin (transient 5xx and
 * network errors) and the throttling plugin (primary and secondary rate limits, honouring
 * `x-ratelimit-reset` and `retry-after`). Waits and retries are bounded so a run never hangs on a
 * long rate-limit reset.
 */




const DEFAULT_API_URL = 'https://api.github.com';
const USER_AGENT = 'test-incident-loop';
const GitHubOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
const coreLog = {
    // @octokit/rest logs every request at info level: keep those lines out of the job log unless debugging.
    debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
    info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
    warn: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
    // Octokit's error lines are its per-request log of failed requests (a retried 403, a 404 the
    // caller expects); the caller reports the errors that matter, so these stay in the debug log.
    error: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m)
};
function createOctokit(token, opts = {}) {
    const log = opts.log ?? coreLog;
    const maxRetries = opts.maxRateLimitRetries ?? 2;
    const maxWait = opts.maxRateLimitWaitSeconds ?? 300;
    const baseValue = opts.retryAfterBaseValue ?? 1000;
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const what = `${options.method} ${new URL(options.url, 'http://api.invalid').pathname}`;
        if (retryCount >= maxRetries) {
            log.warn(`GitHub ${kind} hit by ${what}; gave up after ${retryCount} retries.`);
            return false;
        }
        if (retryAfter > maxWait) {
            log.warn(`GitHub ${kind} hit by ${what}; it resets in ${retryAfter} s, longer than the ${maxWait} s this run waits.`);
            return false;
        }
        log.warn(`GitHub ${kind} hit by ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${maxRetries}).`);
        return true;
    };
    const octokit = new GitHubOctokit({
        auth: token || undefined,
        baseUrl: (opts.baseUrl ?? (process.env.GITHUB_API_URL || DEFAULT_API_URL)).replace(/\/+$/, ''),
        userAgent: USER_AGENT,
        log,
        retry: {
            retries: opts.retries ?? 3,
            retryAfterBaseValue: baseValue,
            // 403 and 429 are the throttling plugin's: it honours the headers, the retry plugin would not.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
        },
        throttle: {
            ...opts.writeLimiters,
            retryAfterBaseValue: baseValue,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit')
        }
    });
    honourPlainRetryAfter(octokit, log, { maxRetries, maxWait, baseValue });
    return octokit;
}
/**
 * The throttling plugin retries a 429 only when its message names a secondary rate limit (as
 * GitHub's do) or the primary limit is spent. A 429 that says neither (a proxy, GitHub Enterprise)
 * still carries `retry-after`: wait for it too, within the same bounds.
 */
function honourPlainRetryAfter(octokit, log, limits) {
    octokit.hook.error('request', async (error, options) => {
        const { status, response, message } = error;
        const retryAfter = Number(response?.headers?.['retry-after']);
        const handledByThrottling = /\bsecondary rate\b/i.test(message ?? '') || response?.headers?.['x-ratelimit-remaining'] === '0';
        if (status !== 429 || handledByThrottling || !Number.isFinite(retryAfter))
            throw error;
        const request = (options.request ?? {});
        const done = request.plainRetries ?? 0;
        const what = `${options.method} ${new URL(options.url, 'http://api.invalid').pathname}`;
        if (done >= limits.maxRetries || retryAfter > limits.maxWait) {
            log.warn(`GitHub answered 429 to ${what}; not retrying (retry-after ${retryAfter} s, ${done} retries done).`);
            throw error;
        }
        log.warn(`GitHub answered 429 to ${what}; retrying in ${retryAfter} s (retry ${done + 1} of ${limits.maxRetries}).`);
        await new Promise((resolve) => setTimeout(resolve, retryAfter * limits.baseValue));
        return octokit.request({ ...options, request: { ...options.request, plainRetries: done + 1 } });
    });
}
/**
 * Reads the pages of a paginated listing, at most `maxPages` of them (bounding the calls one run
 * can make), keeping the items `keep` accepts. Returns them with the number of calls it made.
 */
async function collectPages(pages, maxPages, keep) {
    const items = [];
    let calls = 0;
    for await (const page of pages) {
        calls += 1;
        for (const item of page.data)
            if (keep(item))
                items.push(item);
        if (calls >= maxPages)
            break;
    }
    return { items, calls };
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


/***/ }),

/***/ 8394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ renderReview)
/* harmony export */ });
/* unused harmony export formatMs */
/* harmony import */ var _review_issue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5639);
/* harmony import */ var _review_ticks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8030);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9519);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2495);
/* harmony import */ var _trends_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7082);





const LIST_CAP = { full: 100, top: 20, counts: 0 };
function renderReview(review) {
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .renderWithin */ .As)((detail) => renderAt(review, detail), _budget_js__WEBPACK_IMPORTED_MODULE_3__/* .fitsComment */ .CX, (text) => text.slice(0, 60_000)).text;
}
function renderAt(review, detail) {
    const cap = LIST_CAP[detail];
    const period = `${review.start.slice(0, 10)} to ${dayBefore(review.end)}`;
    const state = review.complete ? 'the quarter is over' : `quarter in progress, as of ${review.at.slice(0, 16).replace('T', ' ')} UTC`;
    const runs = review.run_files_read === null ? `${review.runs_in_quarter} runs` : `${review.runs_in_quarter} runs (${review.run_files_read} run files read)`;
    const parts = [
        (0,_review_issue_js__WEBPACK_IMPORTED_MODULE_0__/* .reviewMarker */ .vU)(review.quarter),
        `# ${(0,_review_issue_js__WEBPACK_IMPORTED_MODULE_0__/* .reviewTitle */ .FC)(review.quarter)}`,
        '',
        `_${review.repository ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(review.repository, 100)} · ` : ''}${period} (${state}) · ${runs} · ${review.findings.incident_count} incidents on record_`,
        '',
        'The quarterly health review of the test suite against production incidents. The task lists come first: the boxes you tick are kept when the action updates this issue. Figures, charts and the full tables follow, collapsed.',
        '',
        ...openGapsSection(review, cap),
        ...protectSection(review, cap),
        ...deadWeightSection(review, cap),
        ...flakySection(review, cap),
        ...slowdownSection(review, cap),
        '## 6. Metrics against targets',
        '',
        (0,_trends_js__WEBPACK_IMPORTED_MODULE_2__.renderTrendsSection)(review.trends, { level: 3, collapseCharts: true }),
        '',
        ...incidentsSection(review),
        ...closedGapsSection(review),
        ...suiteDurationSection(review),
        '## Limits of this review',
        '',
        ...review.limits.map((l) => `- ${l}`),
        ''
    ];
    return parts.join('\n');
}
function incidentsSection(review) {
    const out = [`### This quarter's incidents mapped to coverage (${review.incidents.length})`, ''];
    if (review.incidents.length === 0)
        return [...out, '_No classified incident was detected this quarter._', ''];
    const rows = review.incidents.map((i) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)(`${i.incident_id}${i.title ? `: ${i.title}` : ''}`, i.url),
        i.detected_at.slice(0, 10),
        `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(i.component, 80)} / ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(i.failure_mode, 80)}`,
        String(i.covering_test_count),
        incidentStatus(i)
    ]);
    return [...out, collapseLong(`the ${rows.length} incidents`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(['Incident', 'Detected', 'Component / failure mode', 'Covering tests', 'Status'], rows), rows.length), ''];
}
function incidentStatus(i) {
    switch (i.status) {
        case 'predicted':
            return `✅ predicted: ${i.predicted_by.length} covering test(s) failed in the week before, unlikely by chance`;
        case 'not_reliable':
            return `⚠️ not reliably predicted: ${i.failing_tests.length} covering test(s) failed in the week before, as often as they do without an incident or flakily`;
        case 'covered':
            return 'covered';
        case 'gap_closed':
            return `gap closed by ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(i.gap_closed_by ?? '', 120)} after ${i.gap_closure_days} days ${(i.gap_closure_days ?? 0) < 14 ? '✅' : '❌'}`;
        case 'gap_open':
            return i.gap_type === 'no_test_coverage' ? '❌ gap open: no test covered it' : '❌ gap open: its tests passed, yet it happened';
    }
}
function openGapsSection(review, cap) {
    const gaps = review.open_gaps;
    const out = [`## 1. Coverage gaps still open (${gaps.length}), oldest first`, ''];
    if (gaps.length === 0)
        return [...out, '_None: every incident with a gap has a test that closes it._', ''];
    const over = gaps.filter((g) => g.over_target).length;
    out.push(`${over} of them open longer than the 14-day closure target. A test tagged \`incident=<id>\` (metadata or property), or one of the component with the incident's failure mode, closes a gap.`, '');
    const oldestFirst = [...gaps].sort((a, b) => a.detected_at.localeCompare(b.detected_at) || a.incident_id.localeCompare(b.incident_id));
    const items = oldestFirst.slice(0, cap).map((g) => `- [ ] ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)(`${g.incident_id}${g.title ? `: ${g.title}` : ''}`, g.url)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(g.component, 80)} / ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(g.failure_mode, 80)}): ` +
        `${g.gap_type === 'no_test_coverage' ? 'no test coverage' : 'tests passed, yet it happened'}; open ${Math.floor(g.age_days)} days${g.over_target ? ' ❌ (over the 14-day target)' : ', within the 14-day target so far'}. ` +
        `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(g.recommendation, 200)}. ${(0,_review_ticks_js__WEBPACK_IMPORTED_MODULE_1__/* .taskKey */ .Do)('gap', g.incident_id)}`);
    return [...out, ...items, ...more(gaps.length, cap), ''];
}
function closedGapsSection(review) {
    const closed = review.closed_gaps;
    const out = [`### Gap closure time: gaps closed this quarter (${closed.length})`, ''];
    if (closed.length === 0)
        return [...out, '_No gap was closed this quarter._', ''];
    const rows = closed.map((g) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)(`${g.incident_id}${g.title ? `: ${g.title}` : ''}`, g.url),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(g.closed_by, 120),
        g.matched_by === 'incident' ? 'carries the incident id' : 'component + failure mode',
        g.closed_at.slice(0, 10),
        `${g.days} days ${g.within_target ? '✅' : '❌'}`
    ]);
    return [...out, collapseLong(`the ${rows.length} closed gaps`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(['Incident', 'Closed by', 'Why', 'First seen', 'Closure time (target < 14 days)'], rows), rows.length), ''];
}
function protectSection(review, cap) {
    const list = review.protect;
    const out = [`## 2. Load-bearing tests to protect (${list.length})`, ''];
    if (list.length === 0)
        return [...out, '_No test failed in the week before an incident of its component._', ''];
    const atRisk = list.filter((p) => p.warnings.length > 0).length;
    const anyNoise = list.some((p) => p.verdict === 'noise');
    out.push(`Tests whose failures preceded incidents, strongest evidence first: never skip them for speed, fix them first when they flake. ${atRisk} of them are at risk (⚠️).${anyNoise ? ' Those whose failures look like noise are collapsed at the end.' : ''}`, '');
    const item = (p) => {
        const risk = p.warnings.length > 0 ? ` ⚠️ ${p.warnings.join('; ')}.` : '';
        return `- [ ] Protect ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(p.nodeid)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(p.component, 80)}): **${p.verdict}** (confidence ${Math.round(p.confidence * 100)} %, **${p.strength}**), preceded ${p.a} of ${p.n} incidents (p = ${formatP(p.p_value)}).${risk} ${(0,_review_ticks_js__WEBPACK_IMPORTED_MODULE_1__/* .taskKey */ .Do)('protect', p.nodeid)}`;
    };
    const signal = list.filter((p) => p.verdict !== 'noise');
    const noise = list.filter((p) => p.verdict === 'noise');
    out.push(...signal.slice(0, cap).map(item), ...more(signal.length, cap));
    if (noise.length > 0 && cap > 0) {
        const shown = Math.min(cap, 20);
        out.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .details */ .zH)(`Failures before incidents that look like noise (${noise.length}): flaky, or as often as they fail anyway`, [...noise.slice(0, shown).map(item), ...more(noise.length, shown)].join('\n')));
    }
    else if (noise.length > 0)
        out.push(`- _${noise.length} more look like noise (see findings.json)._`);
    return [...out, ''];
}
function deadWeightSection(review, cap) {
    const list = review.dead_weight;
    const out = [`## 3. Dead-weight candidates (${list.length})`, ''];
    if (list.length === 0)
        return [...out, '_No test is quiet long enough in a component without incidents._', ''];
    const total = list.reduce((sum, d) => sum + (d.cost_ms ?? 0), 0);
    out.push(`Quiet tests in components that never had an incident, costliest first (cost = duration × runs this quarter; together ${formatMs(total)}). Retire or consolidate them, or say why they stay.`, '');
    const items = list.slice(0, cap).map((d) => {
        const runs = `${d.runs}${d.runs_estimated ? ' (estimated)' : ''} runs`;
        return `- [ ] Retire or consolidate ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(d.nodeid)}: cost ${formatCost(d)} over ${runs}; why: ${d.reasons.join('; ')}. ${(0,_review_ticks_js__WEBPACK_IMPORTED_MODULE_1__/* .taskKey */ .Do)('retire', d.nodeid)}`;
    });
    return [...out, ...items, ...more(list.length, cap), ''];
}
function formatCost(d) {
    if (d.cost_ms === null)
        return 'unknown (no duration recorded)';
    if (d.cost_basis === 'at_most')
        return `≤ ${formatMs(d.cost_ms)}`;
    if (d.cost_basis === 'last_recorded')
        return `≈ ${formatMs(d.cost_ms)} (last recorded duration × runs)`;
    return formatMs(d.cost_ms);
}
function flakySection(review, cap) {
    const list = review.flaky;
    const out = [`## 4. Flaky tests (${list.length}), by failures on commits where they also passed`, ''];
    if (list.length === 0)
        return [...out, '_No test both passed and failed on one commit this quarter._', ''];
    const items = list.slice(0, cap).map((f) => {
        const load = f.load_bearing ? ' Load-bearing: fix it, do not skip it.' : '';
        return `- [ ] Fix or remove ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(f.nodeid)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(f.component, 80)}): failed ${f.failures_on_passing_commits} times on ${f.flaky_commits} commit(s) where it also passed; last ${f.last_seen_flaky.slice(0, 10)}.${load} ${(0,_review_ticks_js__WEBPACK_IMPORTED_MODULE_1__/* .taskKey */ .Do)('flaky', f.nodeid)}`;
    });
    return [...out, ...items, ...more(list.length, cap), ''];
}
function slowdownSection(review, cap) {
    const out = [`## 5. Tests that slowed down most this quarter (${review.slowdowns.length})`, ''];
    if (review.suite_duration === null)
        return [...out, '_Needs the run files (not read for this review)._', ''];
    if (review.slowdowns.length === 0)
        return [...out, '_No test got slower by 50 ms and 20 % or more (among those with at least 4 recorded durations)._', ''];
    out.push('Median of the earliest third of the recorded durations against the latest third; update the performance budgets or find the cause.', '');
    return [
        ...out,
        ...review.slowdowns
            .slice(0, Math.min(cap, 20))
            .map((s) => `- [ ] Review the budget of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(s.nodeid)}: ${formatMs(s.before_ms)} → ${formatMs(s.after_ms)} (+${s.growth_percent} %, ${s.observations} recorded runs). ${(0,_review_ticks_js__WEBPACK_IMPORTED_MODULE_1__/* .taskKey */ .Do)('perf', s.nodeid)}`),
        ...more(review.slowdowns.length, Math.min(cap, 20)),
        ''
    ];
}
function suiteDurationSection(review) {
    const out = ['### Suite duration', ''];
    const sd = review.suite_duration;
    if (sd === null)
        return [...out, '_Needs the run files (not read for this review)._', ''];
    const rows = sd.quarters.map((q) => [q.quarter, q.median_s === null ? 'no data' : formatMs(q.median_s * 1000), `${q.runs_with_duration} of ${q.runs}`]);
    out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(['Quarter', 'Median run duration', 'Runs with a duration'], rows), '');
    const charts = [];
    const known = sd.quarters.filter((q) => q.median_s !== null);
    if (known.length > 0) {
        const values = known.map((q) => q.median_s);
        charts.push((0,_trends_js__WEBPACK_IMPORTED_MODULE_2__.xyChart)({ title: 'Median suite duration per quarter (seconds)', categories: known.map((q) => q.quarter), yTitle: 'seconds', yMin: 0, yMax: (0,_trends_js__WEBPACK_IMPORTED_MODULE_2__.niceMax)(values), series: { kind: 'bar', values } }));
    }
    if (sd.weeks.length > 1) {
        const values = sd.weeks.map((w) => w.median_s);
        charts.push((0,_trends_js__WEBPACK_IMPORTED_MODULE_2__.xyChart)({ title: `Median suite duration per week of ${review.quarter} (seconds)`, categories: sd.weeks.map((w) => w.week.slice(5)), rangeTitle: `week of ${review.quarter}, from ${sd.weeks[0].week.slice(5)}`, yTitle: 'seconds', yMin: 0, yMax: (0,_trends_js__WEBPACK_IMPORTED_MODULE_2__.niceMax)(values), series: { kind: 'line', values } }));
    }
    if (charts.length > 0)
        out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .details */ .zH)('Suite duration charts', charts.join('\n\n')), '');
    return out;
}
/** Tables longer than a screen are collapsed; short ones stay open. */
function collapseLong(summary, body, rows) {
    return rows > 10 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .details */ .zH)(summary, body) : body;
}
function more(total, cap) {
    if (total <= cap)
        return [];
    return [cap === 0 ? `_${total} items: the list was left out to fit GitHub's size limit; see findings.json._` : `- _… and ${total - cap} more (see findings.json)._`];
}
function dayBefore(iso) {
    return new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10);
}
function formatP(p) {
    return p < 0.001 ? p.toExponential(1) : String(Math.round(p * 1000) / 1000);
}
/** 850 ms, 12.3 s, 4.5 min, 1.2 h */
function formatMs(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${round1(ms / 1000)} s`;
    if (ms < 3_600_000)
        return `${round1(ms / 60_000)} min`;
    return `${round1(ms / 3_600_000)} h`;
}
const round1 = (v) => String(Math.round(v * 10) / 10);


/***/ }),

/***/ 7082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chartNumber: () => (/* reexport safe */ _chart_js__WEBPACK_IMPORTED_MODULE_0__.s6),
/* harmony export */   formatChange: () => (/* binding */ formatChange),
/* harmony export */   formatValue: () => (/* binding */ formatValue),
/* harmony export */   niceMax: () => (/* reexport safe */ _chart_js__WEBPACK_IMPORTED_MODULE_0__.Cd),
/* harmony export */   quarterHeaders: () => (/* binding */ quarterHeaders),
/* harmony export */   renderTrendsSection: () => (/* binding */ renderTrendsSection),
/* harmony export */   sparkline: () => (/* binding */ sparkline),
/* harmony export */   trendCharts: () => (/* binding */ trendCharts),
/* harmony export */   trendsTable: () => (/* binding */ trendsTable),
/* harmony export */   xyChart: () => (/* binding */ xyChart)
/* harmony export */ });
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2556);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);



function xyChart(chart) {
    const series = [{ ...chart.series, color: 'blue', name: 'measured' }];
    if (chart.reference)
        series.push({ kind: 'line', values: chart.reference, color: 'red', name: 'target' });
    return (0,_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidXyChart */ .Xr)({ ...chart, series, rangeTitle: chart.rangeTitle ?? 'period' });
}
const BLOCKS = '▁▂▃▄▅▆▇█';
/** A one-line text sparkline (`·` for a missing value), scaled between the series' min and max. */
function sparkline(values) {
    const known = values.filter((v) => v !== null && Number.isFinite(v));
    if (known.length === 0)
        return values.map(() => '·').join('');
    const min = Math.min(...known);
    const max = Math.max(...known);
    return values
        .map((v) => {
        if (v === null || !Number.isFinite(v))
            return '·';
        if (max === min)
            return BLOCKS[3];
        return BLOCKS[Math.round(((v - min) / (max - min)) * (BLOCKS.length - 1))];
    })
        .join('');
}
const mark = (verdict) => (verdict === null ? '➖' : verdict ? '✅' : '❌');
const TARGET_LINE = {
    incident_coverage_rate: 70,
    predicted_incident_rate: 30,
    prediction_rate: 30,
    test_gap_closure_days: 14,
    dead_weight_ratio: 30
};
function formatValue(trend, value) {
    if (value === null)
        return 'no data';
    if (trend.unit === '%')
        return `${value} %`;
    if (trend.unit === 'days')
        return `${value} days`;
    return String(value);
}
function formatChange(trend) {
    if (trend.change === null)
        return '➖';
    const unit = trend.unit === '%' ? ' pts' : trend.unit === 'days' ? ' days' : '';
    const sign = trend.change > 0 ? '+' : '';
    const arrow = trend.direction === 'better' ? ' (better)' : trend.direction === 'worse' ? ' (worse)' : '';
    return `${sign}${trend.change}${unit}${arrow}`;
}
function quarterHeaders(trends) {
    return trends.quarters.map((q) => (q.complete ? q.quarter : `${q.quarter} (to date)`));
}
function trendsTable(trends) {
    const header = ['Metric', ...quarterHeaders(trends), 'Trend', 'Change', 'Target'];
    const rows = trends.metrics.map((m) => [
        m.label,
        ...m.points.map((p) => (p.value === null ? 'no data' : `${formatValue(m, p.value)} ${mark(p.verdict)}`)),
        `\`${sparkline(m.points.map((p) => p.value))}\``,
        formatChange(m),
        m.target
    ]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, rows);
}
/** One chart per metric that has at least one value; quarters without data are left out of it. */
function trendCharts(trends) {
    const labels = quarterHeaders(trends);
    const charts = [];
    for (const m of trends.metrics) {
        const known = m.points.map((p, i) => ({ label: labels[i], value: p.value })).filter((p) => p.value !== null);
        if (known.length === 0)
            continue;
        const target = TARGET_LINE[m.metric];
        const values = known.map((p) => p.value);
        const yMax = m.unit === '%' ? 100 : (0,_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .niceMax */ .Cd)(target === undefined ? values : [...values, target]);
        const unit = m.unit === '%' ? 'percent' : m.unit;
        charts.push(xyChart({
            title: target === undefined ? `${m.label} per quarter` : `${m.label} per quarter (bars) vs target ${m.target} (line)`,
            categories: known.map((p) => p.label),
            yTitle: unit,
            yMin: 0,
            yMax,
            series: { kind: 'bar', values },
            reference: target === undefined ? undefined : known.map(() => target)
        }));
    }
    return charts;
}
function renderTrendsSection(trends, options = {}) {
    const hashes = '#'.repeat(options.level ?? 3);
    const parts = [`${hashes} Trends over the last ${trends.quarters.length} quarters`, '', trendsTable(trends)];
    const charts = trendCharts(trends);
    if (charts.length > 0) {
        const body = charts.join('\n\n');
        parts.push('', options.collapseCharts === false ? body : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)('Charts', body));
    }
    parts.push('', ...trends.notes.map((n) => `_${n}_`).join('\n\n').split('\n'));
    return parts.join('\n');
}


/***/ }),

/***/ 5959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Br: () => (/* binding */ buildReview)
});

// UNUSED EXPORTS: CLOSURE_TARGET_DAYS, NOT_RUNNING_DAYS, REVIEW_LABEL, SLOWDOWN_MIN_MS, SLOWDOWN_MIN_PERCENT, mergeTickedBoxes, reviewMarker, reviewTitle, taskKey, upsertReviewIssue

// EXTERNAL MODULE: ./src/analysis/index.ts + 9 modules
var analysis = __webpack_require__(2982);
// EXTERNAL MODULE: ./src/analysis/history-view.ts
var history_view = __webpack_require__(2918);
// EXTERNAL MODULE: ./src/analysis/time.ts
var time = __webpack_require__(1789);
// EXTERNAL MODULE: ./src/analysis/gap-kind.ts
var gap_kind = __webpack_require__(6849);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/trends/index.ts + 1 modules
var src_trends = __webpack_require__(5598);
// EXTERNAL MODULE: ./src/history/runfile.ts
var runfile = __webpack_require__(1919);
;// CONCATENATED MODULE: ./src/review/runs.ts
/**
 * What only the run files know, read through the history clone: how long the whole suite took per
 * run, which tests each run contained, their recorded durations and outcomes. The rollup keeps
 * none of this per time, so the review reads the run files of the quarters it shows.
 *
 * Limits of the history format (history/runfile.ts): a run file records a duration only for tests
 * that did not pass and for the run's SLOWEST_KEPT slowest tests. A passing test missing there took
 * at most as long as the slowest-kept cut-off of that run, which gives an upper bound. Pruned runs
 * (retention) have no file any more: they count as missing.
 */

function scanRuns(source, runs, opts) {
    const scan = { runsInRange: 0, runsRead: 0, suiteDurations: [], tests: new Map(), durations: new Map() };
    const suites = new Map();
    const suiteOf = (hash) => {
        if (!suites.has(hash))
            suites.set(hash, source.readSuite(hash));
        return suites.get(hash) ?? null;
    };
    for (const entry of runs) {
        if (entry.created < opts.from || entry.created > opts.to || !opts.includeRun(entry))
            continue;
        scan.runsInRange++;
        if (entry.file === null)
            continue;
        let runFile;
        try {
            runFile = source.readRun(entry.id);
        }
        catch {
            runFile = null;
        }
        if (!runFile)
            continue;
        const suite = suiteOf(runFile.suite);
        if (!suite)
            continue;
        scan.runsRead++;
        const at = entry.created;
        scan.suiteDurations.push({ at, seconds: runFile.run.duration_s });
        const bound = passingBound(runFile);
        for (const row of suite.tests) {
            const nodeid = row[0];
            const result = runFile.results[nodeid];
            if (opts.durations && result?.ms !== undefined && result.o === undefined) {
                const list = scan.durations.get(nodeid);
                if (list)
                    list.push({ at, ms: result.ms });
                else
                    scan.durations.set(nodeid, [{ at, ms: result.ms }]);
            }
            if (opts.tests !== null && !opts.tests.has(nodeid))
                continue;
            const o = result?.o ?? 'passed';
            let stats = scan.tests.get(nodeid);
            if (!stats) {
                stats = { runs: 0, skipped: 0, xfail: 0, lastOutcome: o, lastAt: at, knownMs: 0, knownRuns: 0, boundMs: 0 };
                scan.tests.set(nodeid, stats);
            }
            stats.runs++;
            if (o === 'skipped')
                stats.skipped++;
            if (o === 'xfailed' || o === 'xpassed')
                stats.xfail++;
            if (at >= stats.lastAt) {
                stats.lastAt = at;
                stats.lastOutcome = o;
            }
            if (result?.ms !== undefined) {
                stats.knownMs += result.ms;
                stats.knownRuns++;
            }
            else if (o === 'passed') {
                stats.boundMs += bound;
            }
        }
    }
    for (const list of scan.durations.values())
        list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    return scan;
}
/**
 * The longest a passing test without a recorded duration can have taken in this run: the run keeps
 * the SLOWEST_KEPT slowest tests, so it is the smallest of those, i.e. the SLOWEST_KEPT-th largest
 * recorded duration (non-passed tests are recorded too, but cannot push a slowest one out). Fewer
 * recorded than that means every test with a positive duration was kept: the others took ~0 ms.
 */
function passingBound(runFile) {
    const recorded = Object.values(runFile.results)
        .map((r) => r.ms)
        .filter((ms) => ms !== undefined && ms > 0)
        .sort((a, b) => b - a);
    return recorded.length < runfile/* SLOWEST_KEPT */.zl ? 0 : recorded[runfile/* SLOWEST_KEPT */.zl - 1];
}

// EXTERNAL MODULE: ./src/review/ticks.ts
var ticks = __webpack_require__(8030);
// EXTERNAL MODULE: ./src/review/issue.ts
var issue = __webpack_require__(5639);
;// CONCATENATED MODULE: ./src/review/index.ts
/**
 * The quarterly test-suite health review (the method's "Quarterly Test Suite Health Review"): one issue
 * per quarter with the metrics and their trend, the quarter's incidents mapped to coverage, the
 * gaps still open, the load-bearing tests to protect, dead-weight candidates with their cost, the
 * flaky tests ranked, and the tests that slowed down. Every list a team works through is a task
 * list whose items carry a stable hidden key, so an update keeps the boxes people ticked.
 *
 * `buildReview` is pure apart from reading run files through `runs` (a HistoryClone): without it,
 * the parts that need run files (costs, skips, slowdowns, suite duration) say so.
 */









/** The gap-closure target of CONTRACT.md, in days. */
const CLOSURE_TARGET_DAYS = 14;
/** Days without a run after which a load-bearing test counts as no longer running. */
const NOT_RUNNING_DAYS = 30;
function buildReview(rollup, incidents, options) {
    const nowMs = options.now.getTime();
    if (Number.isNaN(nowMs))
        throw new errors/* InputError */.d('The review was asked for at an invalid time: pass a real date as `now`.');
    const quarter = options.quarter === undefined ? (0,src_trends.quarterOf)(options.now) : (0,src_trends.quarterRange)(options.quarter).name;
    const range = (0,src_trends.quarterRange)(quarter);
    if (range.start.getTime() > nowMs) {
        throw new errors/* InputError */.d(`The review quarter ${quarter} has not started yet (it starts ${range.start.toISOString().slice(0, 10)}): give the current quarter or an earlier one.`);
    }
    const complete = range.end.getTime() <= nowMs;
    const atMs = complete ? range.end.getTime() - 1 : nowMs;
    const at = new Date(atMs);
    const analysisOptions = options.analysisOptions ?? {};
    const branches = (0,analysis.effectiveOptions)(analysisOptions).analysis_branches;
    const past = (0,src_trends.rollupAsOf)(rollup, at).rollup;
    const known = incidents.filter((i) => Date.parse(i.detected_at) <= atMs);
    const findings = (0,analysis.analyze)(past, known, { ...analysisOptions, now: at });
    const trends = (0,src_trends.computeTrends)(rollup, incidents, { now: at, quarters: 4, analysisOptions });
    const view = (0,history_view/* buildHistoryView */.CE)(past, branches);
    const startIso = range.start.toISOString();
    const atIso = at.toISOString();
    const inQuarter = (iso) => iso >= startIso && iso <= atIso;
    const includeRun = (entry) => branches === null || branches.includes(entry.branch ?? '');
    const quarterRuns = past.runs.filter((r) => inQuarter(r.created) && includeRun(r));
    const limits = [];
    // ---- incidents and gaps
    const quarterIncidents = findings.incidents
        .filter((f) => inQuarter(f.detected_at))
        .map((f) => ({
        incident_id: f.incident_id,
        title: f.title,
        url: f.url,
        component: f.component,
        failure_mode: f.failure_mode,
        detected_at: f.detected_at,
        covering_test_count: f.covering_test_count,
        was_predictable: f.was_predictable,
        failing_tests: f.failing_tests,
        predicted_by: f.predicted_by,
        gap_type: f.gap_type,
        gap_closed_by: f.gap_closed_by,
        gap_closure_days: f.gap_closure_days,
        status: incidentStatus(f)
    }));
    const openGaps = findings.incidents
        .filter((f) => f.gap_type !== null && f.gap_closed_by === null)
        .map((f) => {
        const age = (0,time/* round2 */.X4)((atMs - Date.parse(f.detected_at)) / time/* DAY_MS */.sO);
        return {
            incident_id: f.incident_id,
            title: f.title,
            url: f.url,
            component: f.component,
            failure_mode: f.failure_mode,
            gap_type: f.gap_type,
            detected_at: f.detected_at,
            age_days: age,
            over_target: age > CLOSURE_TARGET_DAYS,
            recommendation: f.recommendation
        };
    })
        .sort((a, b) => b.age_days - a.age_days || cmp(a.incident_id, b.incident_id));
    const closedGaps = findings.incidents
        .filter((f) => f.gap_closure !== null && f.gap_closure_days !== null && inQuarter(f.gap_closure.first_seen))
        .map((f) => ({
        incident_id: f.incident_id,
        title: f.title,
        url: f.url,
        closed_by: f.gap_closure.nodeid,
        matched_by: f.gap_closure.matched_by,
        closed_at: f.gap_closure.first_seen,
        days: f.gap_closure_days,
        within_target: f.gap_closure_days < CLOSURE_TARGET_DAYS
    }))
        .sort((a, b) => cmp(a.closed_at, b.closed_at) || cmp(a.incident_id, b.incident_id));
    // ---- what only the run files know
    const interesting = new Set([...findings.load_bearing.map((l) => l.nodeid), ...findings.dead_weight.map((d) => d.nodeid)]);
    let scan = null;
    let suiteDuration = null;
    if (options.runs) {
        const trendQuarters = (0,src_trends.quartersEndingWith)(quarter, 4);
        const from = (0,src_trends.quarterRange)(trendQuarters[0]).start.toISOString();
        const all = scanRuns(options.runs, past.runs, { from, to: startIso, includeRun, tests: new Set(), durations: false });
        scan = scanRuns(options.runs, past.runs, { from: startIso, to: atIso, includeRun, tests: interesting, durations: true });
        suiteDuration = suiteDurationTrend(trendQuarters, [...all.suiteDurations.filter((d) => d.at < startIso), ...scan.suiteDurations], past.runs, includeRun, startIso, atIso);
        if (scan.runsRead < scan.runsInRange) {
            limits.push(`${scan.runsInRange - scan.runsRead} of the quarter's ${scan.runsInRange} runs have no run file any more (pruned by retention): run counts, costs, skips and durations cover the other ${scan.runsRead}.`);
        }
    }
    else {
        limits.push('The run files were not read: costs use each test\'s last recorded duration, skips are not known, and there is no duration trend.');
    }
    limits.push('The history records a test\'s duration only when it did not pass or was among its run\'s 50 slowest: a cost marked "≤" adds, for the other runs, the slowest-50 cut-off of that run; slowdowns are found among those slow tests only, and count from +50 ms and +20 % (smaller changes are timing noise).');
    const protect = protectItems(findings, view, scan, atMs);
    const deadWeight = deadWeightItems(findings, past, scan, quarterRuns, findings.options.dead_weight_days, atMs);
    const flaky = flakyItems(findings, view, startIso, atIso);
    const slowdowns = scan ? slowdownItems(scan) : [];
    return {
        quarter,
        start: startIso,
        end: range.end.toISOString(),
        at: atIso,
        complete,
        repository: options.repository ?? null,
        trends,
        findings,
        incidents: quarterIncidents,
        open_gaps: openGaps,
        closed_gaps: closedGaps,
        protect,
        dead_weight: deadWeight,
        flaky,
        slowdowns,
        suite_duration: suiteDuration,
        runs_in_quarter: quarterRuns.length,
        run_files_read: scan ? scan.runsRead : null,
        limits: [...limits, ...trends.notes.filter((n) => n.includes('approximate'))]
    };
}
const STRENGTH_ORDER = { strong: 0, moderate: 1, anecdotal: 2 };
const VERDICT_ORDER = { predictive: 0, possible: 1, noise: 2 };
function protectItems(findings, view, scan, atMs) {
    const lastSeen = new Map(view.tests.map((t) => [t.nodeid, t.lastSeen]));
    return findings.load_bearing
        .map((l) => {
        const stats = scan?.tests.get(l.nodeid) ?? null;
        const last = lastSeen.get(l.nodeid);
        const daysSince = last === undefined ? 0 : (0,time/* round2 */.X4)((atMs - Date.parse(last)) / time/* DAY_MS */.sO);
        const warnings = [];
        if (l.flaky)
            warnings.push('flaky');
        if (stats && stats.skipped > 0)
            warnings.push(`skipped in ${stats.skipped} of ${stats.runs} runs`);
        if (stats && stats.xfail > 0)
            warnings.push(`marked xfail (quarantined) in ${stats.xfail} of ${stats.runs} runs`);
        if (daysSince > NOT_RUNNING_DAYS)
            warnings.push(`not run for ${Math.floor(daysSince)} days (deselected or removed?)`);
        else if (scan && !stats)
            warnings.push('not run this quarter');
        return {
            nodeid: l.nodeid,
            component: l.component,
            verdict: l.verdict,
            confidence: l.confidence,
            strength: l.strength,
            a: l.a,
            n: l.n,
            p_value: l.p_value,
            incidents: l.incidents,
            flaky: l.flaky,
            skipped_runs: scan ? (stats?.skipped ?? 0) : null,
            xfail_runs: scan ? (stats?.xfail ?? 0) : null,
            runs_in_quarter: scan ? (stats?.runs ?? 0) : null,
            last_outcome: stats?.lastOutcome ?? null,
            days_since_last_run: daysSince,
            warnings
        };
    })
        .sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || b.confidence - a.confidence || STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength] || a.p_value - b.p_value || cmp(a.nodeid, b.nodeid));
}
function deadWeightItems(findings, rollup, scan, quarterRuns, deadWeightDays, atMs) {
    return findings.dead_weight
        .map((d) => {
        const stats = scan?.tests.get(d.nodeid);
        let runs;
        let runsEstimated = false;
        let cost = null;
        let basis = null;
        if (stats) {
            runs = stats.runs;
            cost = stats.knownMs + stats.boundMs;
            basis = stats.knownRuns === stats.runs ? 'exact' : 'at_most';
        }
        else if (scan) {
            // no readable run file of the quarter contained it
            runs = 0;
            cost = 0;
            basis = 'exact';
        }
        else {
            // without run files: the quarter's runs on its branches between its first and last appearance
            const seen = rollup.tests[d.nodeid]?.seen ?? {};
            runs = quarterRuns.filter((r) => {
                const p = seen[r.branch ?? ''];
                return p !== undefined && r.created >= p.first && r.created <= p.last;
            }).length;
            runsEstimated = true;
            const last = rollup.tests[d.nodeid]?.duration_ms ?? null;
            if (last !== null) {
                cost = last * runs;
                basis = 'last_recorded';
            }
        }
        const quietDays = Math.floor((atMs - Date.parse(d.last_failure ?? d.first_seen)) / time/* DAY_MS */.sO);
        const reasons = [
            d.last_failure === null ? `never failed in ${quietDays} days of history` : `no failure for ${quietDays} days (last ${d.last_failure.slice(0, 10)}; threshold ${deadWeightDays} days)`,
            `no incident ever in its component \`${d.component}\``
        ];
        return {
            nodeid: d.nodeid,
            component: d.component,
            first_seen: d.first_seen,
            last_failure: d.last_failure,
            runs,
            runs_estimated: runsEstimated,
            cost_ms: cost,
            cost_basis: basis,
            reasons
        };
    })
        .sort((a, b) => (b.cost_ms ?? -1) - (a.cost_ms ?? -1) || cmp(a.nodeid, b.nodeid));
}
function flakyItems(findings, view, from, to) {
    const load = new Set(findings.load_bearing_tests);
    const byId = new Map(view.tests.map((t) => [t.nodeid, t]));
    const items = [];
    for (const nodeid of findings.flaky_tests) {
        const test = byId.get(nodeid);
        if (!test)
            continue;
        const inRange = test.flaky.filter((o) => o.from >= from && o.at <= to);
        if (inRange.length === 0)
            continue;
        const shas = new Set(inRange.map((o) => o.sha));
        let failures = 0;
        for (const [at, runId, outcome] of test.failures) {
            if (at < from || at > to)
                continue;
            const sha = view.runs.get(runId)?.sha ?? null;
            if (outcome === 'rerun' || (sha !== null && test.flakyShas.has(sha)))
                failures++;
        }
        items.push({
            nodeid,
            component: test.component,
            failures_on_passing_commits: failures,
            flaky_commits: shas.size,
            last_seen_flaky: inRange[inRange.length - 1].at,
            load_bearing: load.has(nodeid)
        });
    }
    return items.sort((a, b) => b.failures_on_passing_commits - a.failures_on_passing_commits || b.flaky_commits - a.flaky_commits || cmp(a.nodeid, b.nodeid));
}
/** Minimum recorded durations before a test's growth is judged. */
const MIN_OBSERVATIONS = 4;
/** Growth below both of these is timing noise (durations are stored to two significant digits). */
const SLOWDOWN_MIN_MS = 50;
const SLOWDOWN_MIN_PERCENT = 20;
function slowdownItems(scan) {
    const items = [];
    for (const [nodeid, list] of scan.durations) {
        if (list.length < MIN_OBSERVATIONS)
            continue;
        const third = Math.max(1, Math.floor(list.length / 3));
        const before = median(list.slice(0, third).map((o) => o.ms));
        const after = median(list.slice(-third).map((o) => o.ms));
        if (after - before < SLOWDOWN_MIN_MS || (before > 0 && ((after - before) / before) * 100 < SLOWDOWN_MIN_PERCENT))
            continue;
        items.push({
            nodeid,
            before_ms: (0,time/* round2 */.X4)(before),
            after_ms: (0,time/* round2 */.X4)(after),
            growth_ms: (0,time/* round2 */.X4)(after - before),
            growth_percent: before > 0 ? (0,time/* round2 */.X4)(((after - before) / before) * 100) : 100,
            observations: list.length
        });
    }
    return items.sort((a, b) => b.growth_ms - a.growth_ms || cmp(a.nodeid, b.nodeid));
}
function suiteDurationTrend(quarters, durations, runs, includeRun, start, to) {
    const perQuarter = quarters.map((q) => {
        const r = (0,src_trends.quarterRange)(q);
        const from = r.start.toISOString();
        const until = r.end.toISOString();
        const inQ = durations.filter((d) => d.at >= from && d.at < until && d.at <= to);
        const known = inQ.map((d) => d.seconds).filter((s) => s !== null);
        return {
            quarter: q,
            median_s: known.length === 0 ? null : (0,time/* round2 */.X4)(median(known)),
            runs_with_duration: known.length,
            runs: runs.filter((e) => e.created >= from && e.created < until && e.created <= to && includeRun(e)).length
        };
    });
    const weeks = new Map();
    const startMs = Date.parse(start);
    for (const d of durations) {
        if (d.at < start || d.at > to || d.seconds === null)
            continue;
        const week = new Date(startMs + Math.floor((Date.parse(d.at) - startMs) / (7 * time/* DAY_MS */.sO)) * 7 * time/* DAY_MS */.sO).toISOString().slice(0, 10);
        const list = weeks.get(week);
        if (list)
            list.push(d.seconds);
        else
            weeks.set(week, [d.seconds]);
    }
    return {
        quarters: perQuarter,
        weeks: [...weeks.entries()].sort(([a], [b]) => cmp(a, b)).map(([week, list]) => ({ week, median_s: (0,time/* round2 */.X4)(median(list)), runs: list.length }))
    };
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function incidentStatus(f) {
    if (f.predicted_by.length > 0)
        return 'predicted';
    if ((0,gap_kind/* gapKind */.l)(f) !== null)
        return f.gap_closed_by ? 'gap_closed' : 'gap_open';
    return f.failing_tests.length > 0 ? 'not_reliable' : 'covered';
}


/***/ }),

/***/ 5639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FC: () => (/* binding */ reviewTitle),
/* harmony export */   vU: () => (/* binding */ reviewMarker)
/* harmony export */ });
/* unused harmony exports REVIEW_LABEL, upsertReviewIssue */
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9248);
/* harmony import */ var _trends_quarter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3524);
/* harmony import */ var _ticks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8030);
/**
 * One review issue per quarter (label `test-health-review`, title with the quarter), found again by
 * its hidden marker and edited in place; the boxes people ticked are kept. Never a second issue,
 * even when two jobs race: after creating, the labelled issues are listed again, the oldest marked
 * one (lowest number) is kept and the others are closed as duplicates. An unchanged body costs no
 * write at all. As with the incident comments, only issues opened by a bot or by someone with a
 * role in the repository count: anybody can open an issue that contains the marker.
 */




const REVIEW_LABEL = 'test-health-review';
const reviewMarker = (quarter) => `<!-- test-incident-loop:review:${(0,_trends_quarter_js__WEBPACK_IMPORTED_MODULE_1__/* .parseQuarter */ .es)(quarter)} -->`;
const reviewTitle = (quarter) => `Test suite health review ${(0,_trends_quarter_js__WEBPACK_IMPORTED_MODULE_1__/* .parseQuarter */ .es)(quarter)}`;
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
async function upsertReviewIssue(octokit, opts) {
    const marker = reviewMarker(opts.quarter);
    const label = opts.label ?? REVIEW_LABEL;
    const target = { owner: opts.owner, repo: opts.repo };
    const maxPages = opts.maxListPages ?? 5;
    let calls = 0;
    let closedDuplicates = 0;
    const listMarked = async (selfId) => {
        const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, { ...target, labels: label, state: 'all', per_page: 100 });
        const listed = await collectPages(pages, maxPages, (issue) => isOurs(issue, marker, selfId));
        calls += listed.calls;
        return listed.items.sort((a, b) => a.number - b.number);
    };
    const closeDuplicates = async (extras, keep) => {
        for (const extra of extras.slice(0, 5)) {
            calls += 1;
            await octokit.rest.issues.update({ ...target, issue_number: extra.number, state: 'closed', state_reason: 'duplicate', body: `${marker.replace(':review:', ':review-duplicate:')}\nDuplicate of #${keep}.` });
            closedDuplicates += 1;
        }
    };
    /** The new body with the boxes ticked on the kept issue; written only when it differs. */
    const update = async (keep) => {
        const body = commentBody(mergeTickedBoxes(keep.body, opts.body), marker);
        if (sameBody(keep.body, body))
            return 'unchanged';
        calls += 1;
        await octokit.rest.issues.update({ ...target, issue_number: keep.number, body });
        return 'updated';
    };
    const existing = await listMarked(null);
    if (existing.length > 0) {
        const [keep, ...extras] = existing;
        await closeDuplicates(extras, keep.number);
        return { action: await update(keep), number: keep.number, calls, closedDuplicates };
    }
    calls += 1;
    const created = (await octokit.rest.issues.create({ ...target, title: reviewTitle(opts.quarter), body: commentBody(opts.body, marker), labels: [label] })).data;
    const marked = await listMarked(created.user?.id ?? null);
    // Another job may have created one too (and may already have closed ours as its duplicate):
    // everybody keeps the oldest marked issue, so exactly one stays open.
    const [keep, ...extras] = marked;
    if (!keep || keep.number === created.number) {
        await closeDuplicates(extras, created.number);
        return { action: 'created', number: created.number, calls, closedDuplicates };
    }
    await closeDuplicates(extras.filter((e) => e.number !== created.number), keep.number);
    if (marked.some((e) => e.number === created.number))
        await closeDuplicates([created], keep.number);
    return { action: await update(keep), number: keep.number, calls, closedDuplicates };
}
function isOurs(issue, marker, selfId) {
    if (issue.pull_request !== undefined && issue.pull_request !== null)
        return false;
    if (!(issue.body ?? '').startsWith(marker))
        return false;
    if (selfId !== null && issue.user?.id === selfId)
        return true;
    return issue.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(issue.author_association ?? '');
}


/***/ }),

/***/ 8030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ taskKey)
/* harmony export */ });
/* unused harmony exports tickedKeys, mergeTickedBoxes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Task-list items carry a stable hidden key (`<!-- key:retire:3f2a9c0d1e7b -->`), a hash of what
 * the item is about, so an update of the review can keep the boxes people ticked. Hashing keeps
 * untrusted names (a nodeid may contain `-->`) out of the HTML comment.
 */

// the key ends the line: a key-like text inside an untrusted name earlier on the line never counts
const KEY_PATTERN = /<!-- key:([a-z]+:[0-9a-f]{12}) -->\s*$/;
const TASK_PATTERN = /^(\s*[-*+] \[)([ xX])(\] .*)$/;
/** The hidden key of an item: its kind (gap, protect, retire, flaky, perf) and a hash of its subject. */
function taskKey(kind, subject) {
    if (!/^[a-z]+$/.test(kind))
        throw new Error(`task kind ${JSON.stringify(kind)} must be lower-case letters`);
    return `<!-- key:${kind}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${kind}\u0000${subject}`).digest('hex').slice(0, 12)} -->`;
}
/** Keys of the ticked items of a body. */
function tickedKeys(body) {
    const keys = new Set();
    for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
        const task = TASK_PATTERN.exec(line);
        if (!task || task[2] === ' ')
            continue;
        const key = KEY_PATTERN.exec(task[3]);
        if (key)
            keys.add(key[1]);
    }
    return keys;
}
/**
 * `newBody` with the boxes ticked that were ticked in `oldBody` for the same key. Items whose key
 * is gone (a retired test, a closed gap) simply disappear; a box somebody unticked stays unticked.
 */
function mergeTickedBoxes(oldBody, newBody) {
    const ticked = tickedKeys(oldBody ?? '');
    if (ticked.size === 0)
        return newBody;
    return newBody
        .split('\n')
        .map((line) => {
        const task = TASK_PATTERN.exec(line);
        if (!task || task[2] !== ' ')
            return line;
        const key = KEY_PATTERN.exec(task[3]);
        return key && ticked.has(key[1]) ? `${task[1]}x${task[3]}` : line;
    })
        .join('\n');
}


/***/ }),

/***/ 5598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_TREND_QUARTERS: () => (/* binding */ DEFAULT_TREND_QUARTERS),
  GROWTH_WINDOW_DAYS: () => (/* binding */ GROWTH_WINDOW_DAYS),
  computeTrends: () => (/* binding */ computeTrends),
  parseQuarter: () => (/* reexport */ quarter/* parseQuarter */.es),
  quarterOf: () => (/* reexport */ quarter/* quarterOf */.Or),
  quarterRange: () => (/* reexport */ quarter/* quarterRange */._4),
  quartersEndingWith: () => (/* reexport */ quarter/* quartersEndingWith */.Rx),
  rollupAsOf: () => (/* reexport */ rollupAsOf),
  shiftQuarter: () => (/* reexport */ quarter/* shiftQuarter */.J2)
});

// EXTERNAL MODULE: ./src/analysis/index.ts + 9 modules
var analysis = __webpack_require__(2982);
// EXTERNAL MODULE: ./src/analysis/history-view.ts
var history_view = __webpack_require__(2918);
// EXTERNAL MODULE: ./src/analysis/time.ts
var time = __webpack_require__(1789);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/analysis/search.ts
var search = __webpack_require__(2696);
;// CONCATENATED MODULE: ./src/trends/as-of.ts


function rollupAsOf(rollup, asOf) {
    const t = asOf.toISOString();
    const runs = rollup.runs.filter((r) => (0,time/* canonicalTime */.Wc)(r.created, 'the created time', `run ${r.id}`) <= t);
    if (runs.length === rollup.runs.length && (rollup.updated_at === null || (0,time/* canonicalTime */.Wc)(rollup.updated_at, 'updated_at', 'the rollup') <= t)) {
        return { rollup, inferredLastSeen: 0 };
    }
    // per branch, the created times of its runs up to T, ascending
    const runTimes = new Map();
    for (const r of runs) {
        const branch = r.branch ?? '';
        const list = runTimes.get(branch);
        const created = (0,time/* canonicalTime */.Wc)(r.created, 'the created time', `run ${r.id}`);
        if (list)
            list.push(created);
        else
            runTimes.set(branch, [created]);
    }
    for (const list of runTimes.values())
        list.sort();
    let inferred = 0;
    const tests = {};
    for (const [nodeid, test] of Object.entries(rollup.tests)) {
        const seen = {};
        let inferredHere = false;
        for (const [branch, presence] of Object.entries(test.seen)) {
            const first = (0,time/* canonicalTime */.Wc)(presence.first, 'first_seen', nodeid);
            if (first > t)
                continue;
            const last = (0,time/* canonicalTime */.Wc)(presence.last, 'last_seen', nodeid);
            if (last <= t) {
                seen[branch] = presence;
                continue;
            }
            const times = runTimes.get(branch) ?? [];
            const lastRun = times[(0,search/* upperBound */.rn)(times, t) - 1] ?? first;
            const inferredLast = lastRun >= first ? lastRun : first;
            seen[branch] = { first, last: inferredLast, runs: Math.max(1, (0,search/* upperBound */.rn)(times, inferredLast) - (0,search/* lowerBound */.yz)(times, first)) };
            inferredHere = true;
        }
        if (Object.keys(seen).length === 0)
            continue;
        if (inferredHere)
            inferred++;
        tests[nodeid] = {
            ...test,
            seen,
            failures: test.failures.filter((f) => (0,time/* canonicalTime */.Wc)(f[0], 'a failure time', nodeid) <= t),
            flaky: test.flaky.filter((f) => (0,time/* canonicalTime */.Wc)(f[0], 'a flaky time', nodeid) <= t)
        };
    }
    return {
        rollup: { schema_version: rollup.schema_version, updated_at: runs.at(-1)?.created ?? null, runs, tests },
        inferredLastSeen: inferred
    };
}

// EXTERNAL MODULE: ./src/trends/quarter.ts
var quarter = __webpack_require__(3524);
;// CONCATENATED MODULE: ./src/trends/index.ts
/**
 * Each health metric per calendar quarter: its value at the end of each of the last quarters (the
 * current one "to date"), the change since the previous quarter, and whether it met its target.
 *
 * Nothing new is stored: a past quarter's values come from the same pure analysis run on the
 * rollup as it was at that quarter's end (as-of.ts says what is exact and what is inferred), with
 * the incidents detected by then. Suite growth has one definition everywhere: the analysis' own
 * tests added in the last 90 days against the 90 days before, at each quarter's end. A figure the
 * history is too short to judge is "no data", not a misleading 0 (see `tooShort`).
 */








const DEFAULT_TREND_QUARTERS = 4;
/** the analysis' suite-growth window (CONTRACT.md: `tests_added_last_quarter`) */
const GROWTH_WINDOW_DAYS = 90;
function computeTrends(rollup, incidents, options) {
    const nowMs = options.now.getTime();
    if (Number.isNaN(nowMs))
        throw new errors/* InputError */.d('The trends were asked for at an invalid time: pass a real date as `now`.');
    const count = options.quarters ?? DEFAULT_TREND_QUARTERS;
    if (!Number.isInteger(count) || count < 1 || count > 40)
        throw new errors/* InputError */.d(`The number of quarters for the trends must be a whole number from 1 to 40, got ${count}.`);
    const analysisOptions = options.analysisOptions ?? {};
    const branches = (0,analysis.effectiveOptions)(analysisOptions).analysis_branches;
    const firstRun = (0,history_view/* buildHistoryView */.CE)(rollup, branches).runList[0]?.created ?? null;
    const deadWeightDays = (0,analysis.effectiveOptions)(analysisOptions).dead_weight_days;
    const current = (0,quarter/* quarterOf */.Or)(options.now);
    const names = (0,quarter/* quartersEndingWith */.Rx)(current, count);
    const snapshots = names.map((name) => snapshot(rollup, incidents, name, nowMs, analysisOptions, firstRun));
    const metrics = [
        trend('incident_coverage_rate', 'Incident coverage rate', '%', '> 70 %', 'higher', snapshots, (s) => s.metrics.incident_coverage_rate, (v) => v > 70),
        // first the incidents a real warning preceded, then the original method's rate (any failure, chance included)
        trend('predicted_incident_rate', 'Predicted incident rate (a predictive test failed before)', '%', '> 30 %', 'higher', snapshots, (s) => s.metrics.predicted_incident_rate, (v) => v > 30),
        trend('prediction_rate', 'Prediction rate (any covering test failed before)', '%', '> 30 %', 'higher', snapshots, (s) => s.metrics.prediction_rate, (v) => v > 30),
        trend('test_gap_closure_days', 'Gap closure time (median)', 'days', '< 14 days', 'lower', snapshots, (s) => s.metrics.test_gap_closure_days, (v) => v < 14),
        // no test can be quiet before the history is dead-weight-days long: 0 % would only mean "too early"
        trend('dead_weight_ratio', 'Dead-weight ratio (quiet / active tests)', '%', '< 30 %', 'lower', snapshots, (s) => (s.history_days < deadWeightDays ? null : s.metrics.dead_weight_ratio), (v) => v < 30),
        growthTrend(snapshots)
    ];
    const notes = [
        "Each quarter's figures are the analysis run on the history as it was at the quarter's end (the current quarter: to date), with the incidents detected by then.",
        'The predicted incident rate counts an incident only when a predictive test failed before it; the prediction rate, the original method\'s, counts any failure of a covering test, chance and flakiness included. Both are held to its 30 % target.',
        `Suite growth is the tests first seen in the ${GROWTH_WINDOW_DAYS} days before each quarter's end (as in the health table); the target is met when that is fewer than in the ${GROWTH_WINDOW_DAYS} days before. Suite growth needs ${2 * GROWTH_WINDOW_DAYS} days of history and the dead-weight ratio ${deadWeightDays} (its quiet period): a quarter whose history was shorter shows no data.`
    ];
    const inferred = Math.max(0, ...snapshots.map((s) => s.inferred_last_seen));
    if (inferred > 0) {
        notes.push(`Past dead-weight ratios are approximate: the history keeps only each test's latest appearance, so for ${inferred} test(s) seen before and after a quarter's end, the end is assumed to fall inside a continuous stretch of runs.`);
    }
    if (snapshots.some((s) => !s.has_data))
        notes.push('Quarters before the first stored run show no data.');
    return { now: new Date(nowMs).toISOString(), quarters: snapshots, metrics, notes };
}
function snapshot(rollup, incidents, name, nowMs, analysisOptions, firstRun) {
    const range = (0,quarter/* quarterRange */._4)(name);
    const complete = range.end.getTime() <= nowMs;
    const at = new Date(complete ? range.end.getTime() - 1 : nowMs);
    const past = rollupAsOf(rollup, at);
    const known = incidents.filter((i) => Date.parse(i.detected_at) <= at.getTime());
    const findings = (0,analysis.analyze)(past.rollup, known, { ...analysisOptions, now: at });
    return {
        quarter: name,
        start: range.start.toISOString(),
        end: range.end.toISOString(),
        at: at.toISOString(),
        complete,
        has_data: findings.run_count > 0,
        metrics: findings.metrics,
        incident_count: findings.incident_count,
        tests_added: findings.metrics.tests_added_last_quarter,
        history_days: firstRun === null || Date.parse(firstRun) > at.getTime() ? 0 : (at.getTime() - Date.parse(firstRun)) / time/* DAY_MS */.sO,
        inferred_last_seen: past.inferredLastSeen
    };
}
function trend(metric, label, unit, target, better, snapshots, read, meets) {
    const points = snapshots.map((s) => {
        const value = s.has_data ? read(s) : null;
        return { quarter: s.quarter, value, verdict: value === null ? null : meets(value) };
    });
    return withChange({ metric, label, unit, target, better, points, change: null, direction: null });
}
function growthTrend(snapshots) {
    const points = snapshots.map((s) => {
        // the window before must lie inside the history, or the first run's whole suite counts as "added"
        if (!s.has_data || s.history_days < 2 * GROWTH_WINDOW_DAYS)
            return { quarter: s.quarter, value: null, verdict: null };
        const last = s.metrics.tests_added_last_quarter;
        const previous = s.metrics.tests_added_previous_quarter;
        return { quarter: s.quarter, value: last, verdict: last === 0 && previous === 0 ? null : last < previous };
    });
    return withChange({ metric: 'tests_added', label: `Tests added in ${GROWTH_WINDOW_DAYS} days (suite growth)`, unit: 'tests', target: 'decreasing', better: 'lower', points, change: null, direction: null });
}
function withChange(t) {
    const last = t.points.at(-1)?.value ?? null;
    const previous = t.points.length > 1 ? t.points[t.points.length - 2].value : null;
    if (last === null || previous === null)
        return t;
    const change = (0,time/* round2 */.X4)(last - previous);
    const direction = change === 0 ? 'same' : (change > 0) === (t.better === 'higher') ? 'better' : 'worse';
    return { ...t, change, direction };
}


/***/ }),

/***/ 3524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J2: () => (/* binding */ shiftQuarter),
/* harmony export */   Or: () => (/* binding */ quarterOf),
/* harmony export */   Rx: () => (/* binding */ quartersEndingWith),
/* harmony export */   _4: () => (/* binding */ quarterRange),
/* harmony export */   es: () => (/* binding */ parseQuarter)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Calendar quarters in UTC, named like `2026Q4` (October to December 2026). A quarter's range is
 * half-open, `[start, end)`: a run at midnight on 1 January belongs to the new year's first quarter.
 */

const QUARTER_PATTERN = /^(\d{4})\s*-?\s*Q([1-4])$/i;
/** The quarter a time falls in. */
function quarterOf(date) {
    const ms = date.getTime();
    if (Number.isNaN(ms))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('quarterOf was given an invalid date: pass a real date (e.g. 2026-11-05T00:00:00Z).');
    return `${date.getUTCFullYear()}Q${(Math.floor(date.getUTCMonth() / 3) + 1)}`;
}
/** Reads `2026Q4` (also `2026-Q4`, `2026q4`); anything else is an InputError naming `what`. */
function parseQuarter(text, what = 'The quarter') {
    const match = QUARTER_PATTERN.exec(text.trim());
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${what} "${text}" is not a quarter: write it as YEAR then Q1 to Q4, e.g. 2026Q4.`);
    return `${Number(match[1])}Q${Number(match[2])}`;
}
function quarterRange(quarter) {
    const name = parseQuarter(quarter);
    const [year, q] = name.split('Q').map(Number);
    return { name, start: new Date(Date.UTC(year, (q - 1) * 3, 1)), end: new Date(Date.UTC(year, q * 3, 1)) };
}
/** The quarter `offset` quarters away (negative: earlier). */
function shiftQuarter(quarter, offset) {
    const [year, q] = parseQuarter(quarter).split('Q').map(Number);
    const index = year * 4 + (q - 1) + offset;
    return `${Math.floor(index / 4)}Q${((index % 4) + 1)}`;
}
/** `count` quarters ending with `last`, oldest first. */
function quartersEndingWith(last, count) {
    return Array.from({ length: count }, (_, i) => shiftQuarter(last, i - count + 1));
}


/***/ })

};

//# sourceMappingURL=692.index.js.map