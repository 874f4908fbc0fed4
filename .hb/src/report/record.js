import { resolveTags } from './tags.js';
import { OUTCOMES } from './types.js';
const OUTCOME_SET = new Set(OUTCOMES);
export const isOutcome = (value) => typeof value === 'string' && OUTCOME_SET.has(value);
/** The file part of a nodeid (`tests/test_a.py::T::test_x` -> `tests/test_a.py`). */
export function fileOfNodeid(nodeid) {
    const cut = nodeid.indexOf('::');
    const file = cut === -1 ? nodeid : nodeid.slice(0, cut);
    return file === '' ? null : file;
}
export function buildRecord(fields, ctx) {
    const file = fileOfNodeid(fields.nodeid);
    const { metadata, userProperties, markers } = fields.tags;
    const tags = resolveTags({ metadata, userProperties, markers, file }, ctx.componentMap);
    return {
        nodeid: fields.nodeid,
        outcome: fields.outcome,
        duration_ms: toMilliseconds(fields.durationSeconds),
        component: tags.component,
        failure_mode: tags.failure_mode,
        incident: tags.incident,
        tag_source: tags.tag_source,
        message: fields.message,
        file,
        line: fields.line,
        reruns: fields.reruns
    };
}
/** Seconds to milliseconds, rounded to microseconds; anything unusable counts as 0. */
export function toMilliseconds(seconds) {
    if (!Number.isFinite(seconds) || seconds <= 0)
        return 0;
    return Math.round(seconds * 1e6) / 1e3;
}
/** Epoch seconds to ISO 8601 UTC, null when missing or out of range. */
export function epochToIso(seconds) {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds))
        return null;
    const date = new Date(seconds * 1000);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
/** `5 passed, 1 failed` in the order of OUTCOMES, for notices. */
export function describeCounts(counts) {
    const parts = OUTCOMES.filter((o) => (counts[o] ?? 0) > 0).map((o) => `${counts[o]} ${o}`);
    return parts.length > 0 ? parts.join(', ') : 'no tests';
}
export const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
