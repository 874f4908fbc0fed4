export const id = 359;
export const ids = [359];
export const modules = {

/***/ 1359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_ERROR_RATE_QUERY: () => (/* reexport */ DEFAULT_ERROR_RATE_QUERY),
  DEFAULT_LATENCY_QUERY: () => (/* reexport */ DEFAULT_LATENCY_QUERY),
  FileSource: () => (/* reexport */ FileSource),
  METRICS_DEFAULTS: () => (/* binding */ METRICS_DEFAULTS),
  MetricsQueryError: () => (/* reexport */ MetricsQueryError),
  PrometheusSource: () => (/* reexport */ PrometheusSource),
  incidentStepSeconds: () => (/* binding */ incidentStepSeconds),
  metricsConfig: () => (/* binding */ metricsConfig),
  openMetricsSource: () => (/* binding */ openMetricsSource),
  parseErrorRate: () => (/* binding */ parseErrorRate),
  productionImpact: () => (/* binding */ productionImpact)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/metrics/similarity.ts
/**
 * Which existing tests of a component resemble an incident: words of the nodeid against words of
 * the incident's failure mode and title, case- and separator-insensitive (snake_case, kebab-case,
 * camelCase, paths and parameters all split into words). Only names are compared: the history keeps
 * no failure messages of passing tests.
 */
/** Words that say nothing about what a test checks. */
const NOISE = new Set(['test', 'tests', 'py', 'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'is', 'are', 'was', 'were', 'it', 'be', 'by', 'with', 'when', 'at', 'as', 'from', 'not', 'no', 'out', 'every', 'after', 'before', 'should', 'does', 'do', 'case', 'spec', 'unit', 'integration', 'general']);
/** Lower-case word stems of a text. */
function words(text) {
    const spaced = text
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase();
    const out = new Set();
    for (const raw of spaced.split(/[^a-z0-9]+/)) {
        // short numbers are parameters (test_x[2]); longer ones say something (502, 404)
        if (raw.length < 2 || NOISE.has(raw) || /^\d{1,2}$/.test(raw))
            continue;
        out.add(stem(raw));
    }
    return out;
}
/** A light stemmer: "timeouts"/"timeout", "retried"/"retry", "expired"/"expiry", "racing"/"race" meet. */
function stem(word) {
    let w = word;
    if (w.length > 4 && (w.endsWith('ies') || w.endsWith('ied')))
        w = `${w.slice(0, -3)}y`;
    else if (w.length > 5 && w.endsWith('ing'))
        w = w.slice(0, -3);
    else if (w.length > 4 && w.endsWith('ed'))
        w = w.slice(0, -2);
    else if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w))
        w = w.slice(0, -2);
    else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss'))
        w = w.slice(0, -1);
    // a final e or y varies between forms of one word (expire, expiry, expired)
    if (w.length > 3 && /[^aeiou][ey]$/.test(w))
        w = w.slice(0, -1);
    return w;
}
/**
 * Tests ranked by shared words (cosine over word sets; a test whose failure_mode tag equals the
 * incident's scores a shared word more). Ties: nodeid order. Tests sharing nothing are left out.
 */
function closestTests(target, tests, limit = 3) {
    // the component's own words are in every test of it (test_checkout.py): they tell tests apart no more
    const own = words(target.component);
    const want = new Set([...words(target.failure_mode), ...words(target.title ?? '')].filter((w) => !own.has(w)));
    if (want.size === 0)
        return [];
    const key = (text) => text.trim().toLowerCase().replace(/[\s_.-]+/g, '_');
    const mode = key(target.failure_mode);
    const scored = [];
    for (const t of tests) {
        // the file path's folders say little; the file name and the test name say what it checks
        const have = words(`${t.nodeid.replace(/^.*\/(?=[^/]*::)/, '')} ${t.failure_mode}`);
        const shared = [...want].filter((w) => have.has(w)).sort();
        const bonus = mode !== 'general' && key(t.failure_mode) === mode ? 1 : 0;
        if (shared.length === 0 && bonus === 0)
            continue;
        const score = (shared.length + bonus) / Math.sqrt(want.size * Math.max(1, have.size));
        scored.push({ nodeid: t.nodeid, score: Math.round(score * 1000) / 1000, shared_words: shared });
    }
    scored.sort((a, b) => b.score - a.score || (a.nodeid < b.nodeid ? -1 : a.nodeid > b.nodeid ? 1 : 0));
    return scored.slice(0, limit);
}

;// CONCATENATED MODULE: ./src/metrics/stats.ts
/** Linear-interpolated percentile of sorted values (q in [0, 1]). */
function percentile(sorted, q) {
    if (sorted.length === 0)
        return Number.NaN;
    const at = (sorted.length - 1) * q;
    const lo = Math.floor(at);
    const hi = Math.ceil(at);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}
/** null for an empty series: "no data" is said, never computed (the original sketch's max() of an empty list). */
function seriesStats(points) {
    if (points.length === 0)
        return null;
    const sorted = points.map((p) => p[1]).sort((a, b) => a - b);
    return {
        samples: sorted.length,
        median: round(percentile(sorted, 0.5)),
        p95: round(percentile(sorted, 0.95)),
        p99: round(percentile(sorted, 0.99)),
        max: round(sorted[sorted.length - 1])
    };
}
/** The highest sample and when (the earliest, on ties). */
function peak(points) {
    let best = null;
    for (const p of points)
        if (!best || p[1] > best[1])
            best = p;
    return best;
}
const NICE_WIDTHS = [60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 10800, 21600, 43200, 86400];
/**
 * At most `buckets` intervals over [start, end] of a round width (5 min, 10 min, 1 h, ...) aligned
 * to the clock, so chart labels read 12:30, 12:40; each the max of its samples (a peak is never
 * averaged away), null if it has none.
 */
function downsample(points, start, end, buckets) {
    const span = Math.max(1, end - start);
    const width = NICE_WIDTHS.find((w) => span / w <= buckets) ?? Math.ceil(span / buckets / 86400) * 86400;
    const first = Math.floor(start / width) * width;
    const n = Math.max(1, Math.ceil((end - first) / width));
    const out = Array.from({ length: n }, (_, i) => [first + i * width, null]);
    for (const [t, v] of points) {
        if (t < start || t > end)
            continue;
        const i = Math.min(n - 1, Math.floor((t - first) / width));
        const cur = out[i][1];
        out[i][1] = cur === null ? v : Math.max(cur, v);
    }
    return out;
}
/** Rounded to `digits` significant digits, so JSON stays readable and tests compare exactly. */
function round(value, digits = 6) {
    if (value === 0 || !Number.isFinite(value))
        return value;
    return Number(value.toPrecision(digits));
}
const toIso = (seconds) => new Date(Math.round(seconds * 1000)).toISOString();

;// CONCATENATED MODULE: ./src/metrics/actions.ts


/** A baseline whose 95th percentile reaches this share of the objective sits "close" to it. */
const SLO_CLOSE_RATIO = 0.8;
/** An incident peak this many times the baseline's 95th percentile is a clear deviation. */
const CLEAR_DEVIATION = 2;
/** An alert threshold needs the early incident level at least this many times a normal week's 99th percentile. */
const ALERT_SEPARATION = 1.5;
const pct = (fraction) => `${round(fraction * 100, 3)} %`;
const ms = (value) => `${Math.round(value)} ms`;
function newTestAction(gap, tests) {
    const component = gap.component.trim().toLowerCase();
    const ofComponent = tests.filter((t) => t.component.trim().toLowerCase() === component);
    const closest = closestTests({ component: gap.component, failure_mode: gap.failure_mode, title: gap.title }, ofComponent);
    const start = gap.gap_type === 'no_test_coverage'
        ? `No test of ${gap.component} existed; add one that reproduces ${gap.failure_mode}`
        : `The tests of ${gap.component} all passed; add one that reproduces ${gap.failure_mode}`;
    const near = closest.length > 0 ? `, next to the closest existing test ${closest[0].nodeid}` : '';
    return {
        incident: gap.incident,
        component: gap.component,
        failure_mode: gap.failure_mode,
        gap_type: gap.gap_type,
        title: gap.title,
        url: gap.url,
        closest_tests: closest,
        recommendation: `${start}${near}, and mark it @pytest.mark.incident("${gap.incident}").`
    };
}
function retireAction(d) {
    return { nodeid: d.nodeid, component: d.component, last_failure: d.last_failure, first_seen: d.first_seen, runs: d.runs, action: 'review' };
}
/** 2 significant digits, the way people write thresholds. */
function niceThreshold(value) {
    return value > 0 ? Number(value.toPrecision(2)) : value;
}
/** Episodes of `value >= threshold` (consecutive samples form one) and the minutes they cover. */
function episodesAbove(points, threshold, stepSeconds) {
    let episodes = 0;
    let samples = 0;
    let previous = null;
    for (const [t, v] of points) {
        if (v >= threshold) {
            samples += 1;
            // a gap of more than one step is a new episode: the alert would have resolved in between
            if (previous === null || t - previous > stepSeconds * 1.5)
                episodes += 1;
            previous = t;
        }
        else
            previous = null;
    }
    return { episodes, minutes: round((samples * stepSeconds) / 60, 4) };
}
/**
 * When detection took longer than `withinMinutes`: the error-rate threshold that would have fired
 * within that time of the start. It sits halfway between the baseline week's 99th percentile and
 * the level reached in those first minutes (2 significant digits; none when that level is below
 * ALERT_SEPARATION times the baseline's 99th percentile), so it fires early without
 * paging on a normal week; the baseline week says how often it would have fired anyway.
 */
function alertAction(args) {
    const { timeToDetectMinutes: ttd, withinMinutes: within } = args;
    if (ttd === null || ttd <= within)
        return null;
    const early = args.incidentErrorRate.filter(([t]) => t >= args.startedAt && t <= args.startedAt + within * 60);
    const base = {
        incident: args.incident,
        component: args.component,
        time_to_detect_minutes: ttd,
        within_minutes: within,
        baseline_p99_error_rate: args.baselineStats?.p99 ?? null
    };
    if (early.length === 0)
        return null;
    const reached = Math.max(...early.map((p) => p[1]));
    const normal = args.baselineStats?.p99 ?? null;
    if (normal !== null && reached < normal * ALERT_SEPARATION) {
        return {
            ...base,
            reached_error_rate: round(reached),
            threshold: null,
            fires_after_minutes: null,
            baseline_false_alarms: null,
            baseline_minutes_above: null,
            recommendation: `Detected after ${ttd} min, but in its first ${within} min the error rate of ${args.component} (${pct(reached)}) stayed below ${ALERT_SEPARATION}x a normal week's 99th percentile (${pct(normal)}): no error-rate threshold would have caught it early without paging every week. Alert on another signal (latency, saturation, a synthetic check) or add a test.`
        };
    }
    let threshold = niceThreshold(((normal ?? 0) + reached) / 2);
    if (threshold > reached || (normal !== null && threshold <= normal))
        threshold = round(((normal ?? 0) + reached) / 2, 3);
    const firing = args.incidentErrorRate.find(([t, v]) => t >= args.startedAt && v >= threshold);
    const firesAfter = firing ? round((firing[0] - args.startedAt) / 60, 4) : null;
    const falseAlarms = args.baselineErrorRate.length > 0 ? episodesAbove(args.baselineErrorRate, threshold, args.baselineStepSeconds) : null;
    const alarmText = falseAlarms === null
        ? 'the baseline week has no data to count false alarms'
        : falseAlarms.episodes === 0
            ? 'it would not have fired in the baseline week'
            : `it would also have fired ${falseAlarms.episodes} time(s) in the baseline week (${falseAlarms.minutes} min in all): review those before adopting it`;
    return {
        ...base,
        reached_error_rate: round(reached),
        threshold,
        fires_after_minutes: firesAfter,
        baseline_false_alarms: falseAlarms?.episodes ?? null,
        baseline_minutes_above: falseAlarms?.minutes ?? null,
        recommendation: `Detected after ${ttd} min. Alert when the error rate of ${args.component} is >= ${pct(threshold)}: it would have fired ${firesAfter ?? '?'} min after the start (the rate reached ${pct(reached)} within ${within} min); ${alarmText}.`
    };
}
/** SLOs near or beyond a normal week, and SLOs the incident never broke although it clearly deviated. */
function sloActions(args) {
    const out = [];
    const checks = [
        { slo: 'latency_p99_ms', objective: args.sloLatencyP99Ms, stats: args.baselineLatency, peak: args.peakLatencyMs, show: ms, what: 'p99 latency' },
        { slo: 'error_rate', objective: args.sloErrorRate, stats: args.baselineErrorRate, peak: args.peakErrorRate, show: pct, what: 'error rate' }
    ];
    for (const c of checks) {
        if (c.objective === null || c.objective <= 0)
            continue;
        const p95 = c.stats?.p95 ?? null;
        const common = { incident: args.incident, component: args.component, slo: c.slo, objective: c.objective, baseline_p95: p95, incident_peak: c.peak };
        if (p95 !== null && p95 >= c.objective) {
            out.push({ ...common, finding: 'baseline_beyond', recommendation: `In the ${args.component} baseline week the ${c.what} was at or above the SLO (${c.show(c.objective)}) 5 % of the time or more (95th percentile ${c.show(p95)}): the SLO is broken in normal operation. Fix the service or restate the SLO as what users need.` });
        }
        else if (p95 !== null && p95 >= c.objective * SLO_CLOSE_RATIO) {
            out.push({ ...common, finding: 'baseline_close', recommendation: `In the ${args.component} baseline week the ${c.what} sat close to the SLO (95th percentile ${c.show(p95)} against ${c.show(c.objective)}): little error budget is left for incidents. Check the SLO still fits, or set a budget-burn alert.` });
        }
        if (c.peak !== null && c.peak < c.objective && p95 !== null && c.peak >= CLEAR_DEVIATION * p95 && c.peak > 0) {
            out.push({ ...common, finding: 'too_loose', recommendation: `During the incident the ${c.what} of ${args.component} peaked at ${c.show(c.peak)}, ${round(c.peak / Math.max(p95, Number.EPSILON), 3)}x the baseline 95th percentile (${c.show(p95)}), yet stayed within the SLO (${c.show(c.objective)}): the SLO is too loose to notice it. Consider an objective between the two.` });
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/metrics/file.ts
/**
 * A metrics export for teams on another system (input `metrics-file`): CSV with a header row, or a
 * JSON array of objects, with the columns `service`, `timestamp` (ISO 8601 with a zone, or unix
 * seconds), `error_rate` (a fraction: 0.02 = 2 %) and `latency_p99` (milliseconds; the alias
 * `latency_p99_ms` works too). An empty cell is a missing sample. Other columns are ignored.
 */


const MAX_PROBLEMS = 5;
class FileSource {
    byComponent;
    kind = 'file';
    constructor(byComponent) {
        this.byComponent = byComponent;
    }
    static async read(path) {
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (e) {
            throw new errors/* InputError */.d(`The metrics-file ${path} could not be read (${e.code ?? e.message}); check the path (relative to the workspace).`);
        }
        return FileSource.parse(text, path);
    }
    static parse(text, path) {
        const rows = text.trimStart().startsWith('[') ? jsonRows(text, path) : csvRows(text, path);
        const byComponent = new Map();
        const problems = [];
        rows.forEach(({ where, get }) => {
            const service = get('service')?.trim();
            const time = parseTime(get('timestamp'));
            if (!service)
                return void problems.push(`${where}: no service`);
            if (time === null)
                return void problems.push(`${where}: timestamp ${JSON.stringify(get('timestamp') ?? '')} is not ISO 8601 with a zone or unix seconds`);
            const key = service.toLowerCase();
            const entry = byComponent.get(key) ?? { error_rate: [], latency_p99: [] };
            byComponent.set(key, entry);
            for (const [kind, names] of [['error_rate', ['error_rate']], ['latency_p99', ['latency_p99', 'latency_p99_ms']]]) {
                const raw = names.map((n) => get(n)).find((v) => v !== undefined && v.trim() !== '');
                if (raw === undefined)
                    continue;
                const value = Number(raw);
                if (!Number.isFinite(value) || value < 0)
                    problems.push(`${where}: ${kind} ${JSON.stringify(raw)} is not a number >= 0`);
                else
                    entry[kind].push([time, value]);
            }
        });
        if (problems.length > 0) {
            const shown = problems.slice(0, MAX_PROBLEMS).join('; ');
            throw new errors/* InputError */.d(`The metrics-file ${path} has ${problems.length} bad row(s): ${shown}${problems.length > MAX_PROBLEMS ? '; …' : ''}. Each row needs service, timestamp (ISO 8601 with a zone, or unix seconds), error_rate (a fraction) and latency_p99 (milliseconds).`);
        }
        for (const entry of byComponent.values()) {
            entry.error_rate.sort((a, b) => a[0] - b[0]);
            entry.latency_p99.sort((a, b) => a[0] - b[0]);
        }
        return new FileSource(byComponent);
    }
    async series(kind, component, start, end) {
        const points = this.byComponent.get(component.trim().toLowerCase())?.[kind] ?? [];
        return points.slice(firstIndex(points, (t) => t >= start), firstIndex(points, (t) => t > end));
    }
}
function jsonRows(text, path) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* InputError */.d(`The metrics-file ${path} is not valid JSON (${e.message}); give an array of {service, timestamp, error_rate, latency_p99} objects, or CSV.`);
    }
    if (!Array.isArray(data))
        throw new errors/* InputError */.d(`The metrics-file ${path} must hold a JSON array of {service, timestamp, error_rate, latency_p99} objects.`);
    return data.map((item, index) => {
        const record = item && typeof item === 'object' ? item : {};
        return {
            where: `item ${index}`,
            get: (name) => {
                const v = record[name];
                return v === null || v === undefined ? undefined : String(v);
            }
        };
    });
}
function csvRows(text, path) {
    const lines = text.split(/\r?\n/);
    const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim().toLowerCase());
    for (const required of ['service', 'timestamp']) {
        if (!header.includes(required))
            throw new errors/* InputError */.d(`The metrics-file ${path} has no ${required} column; its first line must name the columns: service,timestamp,error_rate,latency_p99.`);
    }
    const rows = [];
    for (let i = 1; i < lines.length; i++) {
        if (lines[i].trim() === '')
            continue;
        const cells = splitCsvLine(lines[i]);
        rows.push({ where: `line ${i + 1}`, get: (name) => { const at = header.indexOf(name); return at < 0 ? undefined : cells[at]; } });
    }
    return rows;
}
/** RFC 4180 fields on one line (quoted fields may hold commas and doubled quotes, not newlines). */
function splitCsvLine(line) {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted) {
            if (ch === '"' && line[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (ch === '"')
                quoted = false;
            else
                cell += ch;
        }
        else if (ch === '"')
            quoted = true;
        else if (ch === ',') {
            cells.push(cell);
            cell = '';
        }
        else
            cell += ch;
    }
    cells.push(cell);
    return cells;
}
function parseTime(raw) {
    const text = raw?.trim() ?? '';
    if (/^\d{9,11}(\.\d+)?$/.test(text))
        return Number(text);
    // a time without a zone would be a guess: refuse it, as the incidents file does
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text))
        return null;
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : ms / 1000;
}
/** The first index whose time satisfies `after` (monotone over sorted points). */
function firstIndex(points, after) {
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (!after(points[mid][0]))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/metrics/promql.ts
/**
 * PromQL query templates. `{component}` comes from an incident (an issue label anyone may set on a
 * public repository), so it is only ever substituted inside a quoted label value, escaped as a
 * PromQL string (and as a regular expression after `=~` / `!~`): whatever the component says, the
 * query keeps its shape. `{window}` is a duration we make ourselves (`5m`).
 */

const DEFAULT_ERROR_RATE_QUERY = 'sum(rate(http_requests_total{service="{component}",code=~"5.."}[{window}])) / sum(rate(http_requests_total{service="{component}"}[{window}]))';
const DEFAULT_LATENCY_QUERY = 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="{component}"}[{window}])))';
const PLACEHOLDER = /\{(component|window)\}/y;
/** A PromQL string body (between double or single quotes): Go-style escapes, no raw control character. */
function escapeStringBody(value, quote) {
    let out = '';
    for (const ch of value) {
        const cp = ch.codePointAt(0);
        if (ch === '\\')
            out += '\\\\';
        else if (ch === quote)
            out += `\\${quote}`;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (cp < 0x20 || cp === 0x7f || (cp >= 0x2028 && cp <= 0x2029))
            out += `\\u${cp.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return out;
}
/** RE2 metacharacters escaped, so a component matches itself only. */
const escapeRegex = (value) => value.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
/** `300` -> `5m`; PromQL durations are whole units. */
function durationText(seconds) {
    const s = Math.max(1, Math.round(seconds));
    if (s % 3600 === 0)
        return `${s / 3600}h`;
    if (s % 60 === 0)
        return `${s / 60}m`;
    return `${s}s`;
}
/**
 * Fill a template. Throws InputError when `{component}` sits outside a quoted string (it could not
 * be escaped there) or inside a backtick string (raw: no escape exists), naming the input.
 */
function renderQuery(template, values, inputName) {
    let out = '';
    let quote = null;
    let regexContext = false;
    let i = 0;
    while (i < template.length) {
        PLACEHOLDER.lastIndex = i;
        const m = PLACEHOLDER.exec(template);
        if (m) {
            if (m[1] === 'window') {
                if (quote)
                    throw new errors/* InputError */.d(`The ${inputName} input puts {window} inside a string; write it as a range, like [{window}].`);
                out += values.window;
            }
            else {
                if (quote === null)
                    throw new errors/* InputError */.d(`The ${inputName} input uses {component} outside a quoted label value; write it as service="{component}" so the component can be escaped.`);
                if (quote === '`')
                    throw new errors/* InputError */.d(`The ${inputName} input puts {component} inside a backtick string, which cannot be escaped; use double quotes: service="{component}".`);
                out += escapeStringBody(regexContext ? escapeRegex(values.component) : values.component, quote);
            }
            i += m[0].length;
            continue;
        }
        const ch = template[i];
        if (quote) {
            if (ch === '\\' && quote !== '`') {
                out += template.slice(i, i + 2);
                i += 2;
                continue;
            }
            if (ch === quote)
                quote = null;
        }
        else if (ch === '"' || ch === "'" || ch === '`') {
            quote = ch;
            regexContext = /[=!]~\s*$/.test(template.slice(0, i));
        }
        out += ch;
        i += 1;
    }
    if (quote)
        throw new errors/* InputError */.d(`The ${inputName} input has an unterminated ${quote} string.`);
    return out;
}
/** Check a template once, up front, so a bad input fails with its name before any query runs. */
function checkTemplate(template, inputName) {
    if (!template.includes('{component}'))
        throw new errors/* InputError */.d(`The ${inputName} input must contain {component} inside a label value (for example service="{component}"), or every incident would get the same figures.`);
    renderQuery(template, { component: 'x', window: '5m' }, inputName);
}

;// CONCATENATED MODULE: ./src/metrics/prometheus.ts
/**
 * The Prometheus HTTP API (`/api/v1/query_range`), or anything that speaks it (Thanos, Mimir,
 * VictoriaMetrics, Grafana Cloud). Credentials travel in the Authorization header only: never in
 * the URL, an error message or a log line.
 */


/** The source failed (unreachable, timed out, answered an error): a warning, never fatal. */
class MetricsQueryError extends Error {
    fatal;
    constructor(message, 
    /** the source is unusable (down, timing out, refusing credentials): stop asking it */
    fatal) {
        super(message);
        this.fatal = fatal;
        this.name = 'MetricsQueryError';
    }
}
class PrometheusSource {
    opts;
    kind = 'prometheus';
    /** without credentials, safe to show */
    endpoint;
    headers;
    /** warnings worth showing once (several series merged, Prometheus warnings) */
    warnings = new Set();
    constructor(opts) {
        this.opts = opts;
        const { endpoint, userinfo } = parseBaseUrl(opts.url);
        this.endpoint = endpoint;
        checkTemplate(opts.errorRateQuery, 'metrics-error-rate-query');
        checkTemplate(opts.latencyQuery, 'metrics-latency-query');
        this.headers = { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' };
        const basic = opts.basicAuth || userinfo;
        if (opts.token)
            this.headers.Authorization = `Bearer ${opts.token}`;
        else if (basic) {
            if (!basic.includes(':'))
                throw new errors/* InputError */.d('The prometheus-basic-auth input must be user:password.');
            this.headers.Authorization = `Basic ${Buffer.from(basic, 'utf8').toString('base64')}`;
        }
    }
    /** The query that would be sent for a component (for tests and for the README's examples). */
    query(kind, component) {
        const template = kind === 'error_rate' ? this.opts.errorRateQuery : this.opts.latencyQuery;
        const name = kind === 'error_rate' ? 'metrics-error-rate-query' : 'metrics-latency-query';
        return renderQuery(template, { component, window: durationText(this.opts.windowSeconds ?? 300) }, name);
    }
    async series(kind, component, start, end, stepSeconds) {
        const body = new URLSearchParams({ query: this.query(kind, component), start: String(start), end: String(end), step: String(stepSeconds) });
        const answer = await this.post('/api/v1/query_range', body);
        for (const w of answer.warnings ?? [])
            this.warnings.add(`Prometheus warned: ${String(w).slice(0, 300)}`);
        const result = answer.data?.result ?? [];
        if (answer.data?.resultType !== 'matrix')
            throw new MetricsQueryError(`Prometheus answered a ${answer.data?.resultType ?? 'missing'} result where a range query gives a matrix.`, false);
        if (result.length > 1)
            this.warnings.add(`The ${kind === 'error_rate' ? 'error-rate' : 'latency'} query returns ${result.length} series for some components; the highest value at each time is used. Aggregate it (sum(...) / sum(...)) to get one.`);
        const scale = kind === 'latency_p99' && this.opts.latencyUnit === 'seconds' ? 1000 : 1;
        const byTime = new Map();
        for (const series of result) {
            for (const [t, raw] of series.values ?? []) {
                const value = Number(raw) * scale;
                // NaN (0/0: no traffic) and ±Inf (histogram_quantile over empty buckets) are missing data
                if (!Number.isFinite(value))
                    continue;
                const previous = byTime.get(t);
                byTime.set(t, previous === undefined ? value : Math.max(previous, value));
            }
        }
        return [...byTime.entries()].sort((a, b) => a[0] - b[0]);
    }
    async post(path, body) {
        const url = this.endpoint + path;
        let response;
        try {
            response = await fetch(url, { method: 'POST', headers: this.headers, body, signal: AbortSignal.timeout(this.opts.timeoutMs), redirect: 'error' });
        }
        catch (e) {
            const err = e;
            if (err.name === 'TimeoutError' || err.name === 'AbortError')
                throw new MetricsQueryError(`Prometheus at ${this.endpoint} did not answer within ${this.opts.timeoutMs} ms.`, true);
            throw new MetricsQueryError(`Prometheus at ${this.endpoint} could not be reached (${err.cause?.code ?? err.cause?.message ?? err.message}).`, true);
        }
        let text;
        try {
            text = await response.text();
        }
        catch (e) {
            const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError';
            throw new MetricsQueryError(`Prometheus at ${this.endpoint} ${timedOut ? `did not finish answering within ${this.opts.timeoutMs} ms` : 'broke off its answer'}.`, true);
        }
        let answer;
        try {
            answer = JSON.parse(text);
        }
        catch {
            answer = null;
        }
        if (response.status === 401 || response.status === 403)
            throw new MetricsQueryError(`Prometheus at ${this.endpoint} refused the credentials (HTTP ${response.status}); check prometheus-token / prometheus-basic-auth.`, true);
        if (answer?.status === 'error')
            throw new MetricsQueryError(`Prometheus rejected a query (${answer.errorType ?? `HTTP ${response.status}`}): ${String(answer.error ?? '').slice(0, 300)}`, response.status >= 500 && answer.errorType !== 'execution');
        if (!response.ok || !answer)
            throw new MetricsQueryError(`Prometheus at ${this.endpoint} answered HTTP ${response.status}${answer ? '' : ' without JSON'}; is prometheus-url the server's base URL?`, response.status === 404 || response.status >= 500);
        return answer;
    }
}
/** Base URL without a trailing slash and without credentials (moved to the header instead). */
function parseBaseUrl(raw) {
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        throw new errors/* InputError */.d('The prometheus-url input is not a URL; give the server\'s base URL, like https://prometheus.example.com (without /api/v1).');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* InputError */.d(`The prometheus-url input must be http(s), not ${url.protocol}.`);
    const userinfo = url.username ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : null;
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    const endpoint = url.toString().replace(/\/+$/, '').replace(/\/api\/v1$/, '');
    return { endpoint, userinfo };
}

;// CONCATENATED MODULE: ./src/metrics/index.ts









const METRICS_DEFAULTS = {
    latencyUnit: 'seconds',
    timeoutMs: 10_000,
    baselineDays: 7,
    alertWithinMinutes: 10,
    maxIncidents: 20
};
/** A config with every default filled in; the inputs the user set override them. */
function metricsConfig(partial = {}) {
    return {
        prometheusUrl: null,
        prometheusToken: null,
        basicAuth: null,
        errorRateQuery: DEFAULT_ERROR_RATE_QUERY,
        latencyQuery: DEFAULT_LATENCY_QUERY,
        metricsFile: null,
        sloLatencyP99Ms: null,
        sloErrorRate: null,
        ...METRICS_DEFAULTS,
        ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined && v !== ''))
    };
}
/** `1%`, `0.5 %` or `0.01` -> 0.01; throws InputError naming the input otherwise. */
function parseErrorRate(text, inputName = 'slo-error-rate') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
    const value = m ? Number(m[1]) / (m[2] ? 100 : 1) : Number.NaN;
    if (!(value > 0 && value < 1))
        throw new errors/* InputError */.d(`The ${inputName} input must be a share of requests, like 1% or 0.01 (between 0 and 1), not ${JSON.stringify(text)}.`);
    return value;
}
/** The source the config names, or null when it names none. */
async function openMetricsSource(config) {
    if (config.prometheusUrl && config.metricsFile)
        throw new errors/* InputError */.d('Give one of prometheus-url and metrics-file, not both: the production figures must come from one place.');
    if (config.metricsFile)
        return FileSource.read(config.metricsFile);
    if (config.prometheusUrl) {
        return new PrometheusSource({
            url: config.prometheusUrl,
            token: config.prometheusToken,
            basicAuth: config.basicAuth,
            errorRateQuery: config.errorRateQuery,
            latencyQuery: config.latencyQuery,
            latencyUnit: config.latencyUnit,
            timeoutMs: config.timeoutMs
        });
    }
    return null;
}
const BASELINE_STEP_SECONDS = 300;
const CHART_POINTS = 24;
const CONCURRENCY = 3;
/** 1-minute steps up to a day; beyond, at most 1440 points. */
const incidentStepSeconds = (durationSeconds) => Math.max(60, Math.ceil(durationSeconds / 1440 / 60) * 60);
async function productionImpact(findings, incidents, config, log, extra = {}) {
    const source = extra.source !== undefined ? extra.source : await openMetricsSource(config);
    const notices = [];
    const warn = (message) => {
        if (notices.includes(message))
            return;
        notices.push(message);
        log?.warn(message);
    };
    if (!source)
        warn('No metrics source is configured (prometheus-url or metrics-file): production figures, alert and SLO advice are skipped.');
    const tests = knownTests(findings, extra.tests);
    const byId = new Map(incidents.map((i) => [i.id, i]));
    const limit = config.maxIncidents ?? METRICS_DEFAULTS.maxIncidents;
    // the most recent incidents first: they are the ones a team acts on, and the work stays bounded
    const chosen = [...findings.incidents].sort((a, b) => (a.detected_at < b.detected_at ? 1 : a.detected_at > b.detected_at ? -1 : 0)).slice(0, limit);
    if (findings.incidents.length > chosen.length)
        warn(`Production metrics were read for the ${chosen.length} most recent incidents only (of ${findings.incidents.length}).`);
    const state = { down: null };
    const ask = async (kind, component, start, end, step, problems, what) => {
        if (!source)
            return null;
        if (state.down) {
            const note = `Not queried: ${state.down}`;
            if (!problems.includes(note))
                problems.push(note);
            return null;
        }
        try {
            return await source.series(kind, component, start, end, step);
        }
        catch (e) {
            if (!(e instanceof MetricsQueryError))
                throw e;
            if (e.fatal) {
                state.down = e.message;
                warn(`${e.message} Production figures are incomplete; the rest of the analysis is published.`);
            }
            else {
                warn(e.message);
            }
            problems.push(`${what}: the query failed (${e.message})`);
            return null;
        }
    };
    const impacts = [];
    let next = 0;
    const worker = async () => {
        while (next < chosen.length) {
            const finding = chosen[next++];
            impacts.push(await incidentImpact(finding, byId.get(finding.incident_id) ?? null, findings, tests, config, source !== null, ask));
        }
    };
    // the first incident alone: a source that is down costs one timeout, not one per worker
    if (chosen.length > 0) {
        next = 1;
        impacts.push(await incidentImpact(chosen[0], byId.get(chosen[0].incident_id) ?? null, findings, tests, config, source !== null, ask));
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    if (source instanceof PrometheusSource)
        for (const w of source.warnings)
            warn(w);
    const order = new Map(findings.incidents.map((f, i) => [f.incident_id, i]));
    impacts.sort((a, b) => (order.get(a.incident_id) ?? 0) - (order.get(b.incident_id) ?? 0));
    return {
        source: source?.kind ?? null,
        settings: { alert_within_minutes: config.alertWithinMinutes, baseline_days: config.baselineDays, slo_latency_p99_ms: config.sloLatencyP99Ms, slo_error_rate: config.sloErrorRate },
        incidents: impacts,
        actions: {
            // a closed gap needs no new test
            new_tests: findings.coverage_gaps.filter((g) => !g.gap_closed_by).map((g) => newTestAction(g, tests)),
            tests_to_retire: findings.dead_weight.map(retireAction),
            alert_adjustments: impacts.flatMap((i) => i.actions.alert_adjustments),
            slo_refinements: impacts.flatMap((i) => i.actions.slo_refinements)
        },
        notices
    };
}
async function incidentImpact(finding, incident, findings, tests, config, hasSource, ask) {
    const problems = [];
    const seconds = (iso) => (iso ? Date.parse(iso) / 1000 : null);
    const started = seconds(incident?.started_at);
    const resolved = seconds(incident?.resolved_at);
    const detected = seconds(finding.detected_at);
    const minutes = (a, b) => round((b - a) / 60, 6);
    const validWindow = started !== null && resolved !== null && resolved > started;
    if (started === null)
        problems.push('No started_at: duration, time to detect and the baseline are unknown. Add it to the incident.');
    else if (resolved === null)
        problems.push('No resolved_at (still open?): duration and peaks are unknown until it is resolved.');
    else if (!validWindow)
        problems.push('resolved_at is not after started_at: the incident window is empty.');
    const gap = findings.coverage_gaps.find((g) => g.incident === finding.incident_id);
    const impact = {
        incident_id: finding.incident_id,
        component: finding.component,
        title: finding.title,
        url: finding.url,
        started_at: started !== null ? toIso(started) : null,
        resolved_at: resolved !== null ? toIso(resolved) : null,
        detected_at: finding.detected_at,
        duration_minutes: validWindow ? minutes(started, resolved) : null,
        time_to_detect_minutes: started !== null ? minutes(started, detected) : null,
        peak_error_rate: null,
        peak_error_rate_at: null,
        peak_latency_p99_ms: null,
        peak_latency_p99_at: null,
        metrics_during_incident: { peak_error_rate: null, peak_latency_p99: null, duration_minutes: null },
        baseline: null,
        series: null,
        problems,
        actions: { new_tests: gap && !gap.gap_closed_by ? [newTestAction(gap, tests)] : [], alert_adjustments: [], slo_refinements: [] }
    };
    impact.metrics_during_incident.duration_minutes = impact.duration_minutes;
    if (!hasSource || !validWindow)
        return impact;
    const step = incidentStepSeconds(resolved - started);
    const baseStart = started - config.baselineDays * 86400;
    const component = finding.component;
    const err = await ask('error_rate', component, started, resolved, step, problems, 'Error rate during the incident');
    const lat = await ask('latency_p99', component, started, resolved, step, problems, 'p99 latency during the incident');
    const baseErr = await ask('error_rate', component, baseStart, started - BASELINE_STEP_SECONDS, BASELINE_STEP_SECONDS, problems, 'Error rate over the baseline');
    const baseLat = await ask('latency_p99', component, baseStart, started - BASELINE_STEP_SECONDS, BASELINE_STEP_SECONDS, problems, 'p99 latency over the baseline');
    const noData = (points, what) => {
        if (points && points.length === 0)
            problems.push(`${what}: no data (the query returned no series or only empty samples for ${component}).`);
    };
    noData(err, 'Error rate during the incident');
    noData(lat, 'p99 latency during the incident');
    noData(baseErr, 'Error rate over the baseline');
    noData(baseLat, 'p99 latency over the baseline');
    const errPeak = peak(err ?? []);
    const latPeak = peak(lat ?? []);
    if (errPeak)
        [impact.peak_error_rate, impact.peak_error_rate_at] = [round(errPeak[1]), toIso(errPeak[0])];
    if (latPeak)
        [impact.peak_latency_p99_ms, impact.peak_latency_p99_at] = [round(latPeak[1]), toIso(latPeak[0])];
    impact.metrics_during_incident.peak_error_rate = impact.peak_error_rate;
    impact.metrics_during_incident.peak_latency_p99 = impact.peak_latency_p99_ms;
    if (baseErr || baseLat) {
        impact.baseline = { start: toIso(baseStart), end: toIso(started), error_rate: seriesStats(baseErr ?? []), latency_p99_ms: seriesStats(baseLat ?? []) };
    }
    if ((err && err.length > 0) || (lat && lat.length > 0)) {
        const chart = (points) => downsample(points ?? [], started, resolved, CHART_POINTS).map(([t, v]) => [toIso(t), v === null ? null : round(v, 4)]);
        impact.series = { start: toIso(started), end: toIso(resolved), step_seconds: step, error_rate: chart(err), latency_p99_ms: chart(lat) };
    }
    const alert = alertAction({
        incident: finding.incident_id,
        component,
        startedAt: started,
        timeToDetectMinutes: impact.time_to_detect_minutes,
        withinMinutes: config.alertWithinMinutes,
        incidentErrorRate: err ?? [],
        baselineErrorRate: baseErr ?? [],
        baselineStats: impact.baseline?.error_rate ?? null,
        baselineStepSeconds: BASELINE_STEP_SECONDS
    });
    if (alert)
        impact.actions.alert_adjustments.push(alert);
    impact.actions.slo_refinements.push(...sloActions({
        incident: finding.incident_id,
        component,
        sloLatencyP99Ms: config.sloLatencyP99Ms,
        sloErrorRate: config.sloErrorRate,
        baselineLatency: impact.baseline?.latency_p99_ms ?? null,
        baselineErrorRate: impact.baseline?.error_rate ?? null,
        peakLatencyMs: impact.peak_latency_p99_ms,
        peakErrorRate: impact.peak_error_rate
    }));
    return impact;
}
/** Tests to compare a gap with: the history's, or failing the rollup, those the findings name. */
function knownTests(findings, tests) {
    if (tests)
        return Object.entries(tests).map(([nodeid, t]) => ({ nodeid, component: t.component, failure_mode: t.failure_mode }));
    const seen = new Map();
    const add = (nodeid, component) => {
        if (!seen.has(nodeid))
            seen.set(nodeid, { nodeid, component, failure_mode: 'general' });
    };
    for (const d of findings.dead_weight)
        add(d.nodeid, d.component);
    for (const l of findings.load_bearing)
        add(l.nodeid, l.component);
    for (const f of findings.flaky)
        add(f.nodeid, f.component);
    for (const i of findings.incidents)
        for (const t of i.failing_tests)
            add(t, i.component);
    return [...seen.values()];
}


/***/ })

};

//# sourceMappingURL=359.index.js.map