/**
 * One incident from one GitHub issue (from the REST API or an `issues` event payload). Pure: the
 * same issue always gives the same incident. Nothing here throws on bad content: what cannot be
 * read becomes a `problems` entry that tells the user how to fix the issue.
 */
import { DEFAULT_FAILURE_MODE } from '../report/types.js';
import { readBody } from './body.js';
import { cleanText, NAME_CAP, quote, safeUrl, TITLE_CAP } from './text.js';
import { parseZonedTime, TIME_HINT } from './time.js';
export const DEFAULT_COMPONENT_PREFIX = 'component:';
export const DEFAULT_FAILURE_MODE_PREFIX = 'failure-mode:';
/** The issue-form headings and `Name:` lines read, for each field. */
const FIELD = {
    component: { pattern: /component/, label: 'Component' },
    failureMode: { pattern: /failure[ _-]?mode/, label: 'Failure mode' },
    detectedAt: { pattern: /detected[ _-]?at/, label: 'Detected at' },
    startedAt: { pattern: /started[ _-]?at/, label: 'Started at' },
    resolvedAt: { pattern: /resolved[ _-]?at/, label: 'Resolved at' }
};
export function isPullRequest(issue) {
    return issue.pull_request !== undefined && issue.pull_request !== null;
}
export function incidentFromIssue(issue, opts = {}) {
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
    const created = parseZonedTime(issue.created_at ?? '');
    const createdAt = created.ok ? created.iso : null;
    const closed = issue.closed_at ? parseZonedTime(issue.closed_at) : null;
    const closedAt = closed?.ok ? closed.iso : null;
    let detectedAt = readTime(body, FIELD.detectedAt, ref, problems, createdAt ? "the issue's creation time" : null);
    if (detectedAt === null) {
        if (createdAt === null)
            problems.push(`${ref} has no readable creation time; its detection time is unknown.`);
        detectedAt = createdAt ?? new Date(0).toISOString();
    }
    const startedAt = readTime(body, FIELD.startedAt, ref, problems, null);
    const resolvedAt = readTime(body, FIELD.resolvedAt, ref, problems, closedAt ? "the issue's closing time" : null) ?? closedAt;
    return {
        id: `#${issue.number}`,
        title: typeof issue.title === 'string' ? cleanText(issue.title, TITLE_CAP) || null : null,
        url: safeUrl(issue.html_url),
        component,
        failure_mode: failureMode ?? DEFAULT_FAILURE_MODE,
        detected_at: detectedAt,
        started_at: startedAt,
        resolved_at: resolvedAt,
        issue_number: issue.number,
        source: 'github',
        problems
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
        .map((l) => cleanText(l.slice(prefix.length), NAME_CAP))
        .filter((v) => v !== '');
    const distinct = [...new Set(fromLabels)];
    if (distinct.length > 1) {
        problems.push(`${ref} has several \`${prefix}\` labels (${distinct.map(quote).join(', ')}); using the first, ${quote(distinct[0])}.`);
    }
    if (distinct.length > 0)
        return distinct[0];
    const written = body.section(field.pattern) ?? body.line(field.pattern);
    if (written === null)
        return null;
    const value = cleanText(written, NAME_CAP);
    return value === '' ? null : value;
}
/** A time field of the body in UTC; null when absent or unreadable (then a problem says why). */
function readTime(body, field, ref, problems, fallback) {
    const written = body.section(field.pattern) ?? body.line(field.pattern);
    if (written === null)
        return null;
    const parsed = parseZonedTime(written);
    if (parsed.ok)
        return parsed.iso;
    const what = parsed.reason === 'no-zone' ? 'has no time zone' : 'is not a date and time';
    const instead = fallback ? `using ${fallback} instead` : 'ignored';
    problems.push(`"${field.label}" of ${ref} (${quote(written)}) ${what}; ${instead}. Write it in ${TIME_HINT}.`);
    return null;
}
