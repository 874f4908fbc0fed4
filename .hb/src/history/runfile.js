import { createHash } from 'node:crypto';
import { MESSAGE_CAP } from '../report/types.js';
import { serializeLines } from './serialize.js';
import { HISTORY_SCHEMA_VERSION } from './types.js';
/** How many of a run's slowest tests keep their duration in the run file. */
export const SLOWEST_KEPT = 50;
export const SUITE_COLUMNS = ['nodeid', 'component', 'failure_mode', 'incident', 'tag_source', 'file', 'line'];
/**
 * Durations are rounded to two significant digits (whole ms below 100 ms): timings jitter from run
 * to run, and unchanged bytes are what lets git store the next run file as a tiny delta.
 */
export function roundDuration(ms) {
    if (!(ms > 0))
        return 0;
    if (ms < 100)
        return Math.round(ms);
    const magnitude = 10 ** (Math.floor(Math.log10(ms)) - 1);
    return Math.round(ms / magnitude) * magnitude;
}
/** A test that failed, then passed on a retry, is a `rerun` whichever reader produced it. */
export function effectiveOutcome(t) {
    return t.outcome === 'passed' && t.reruns > 0 ? 'rerun' : t.outcome;
}
/**
 * Turns a normalised TestRun into what the branch stores: the run file (non-passed results plus the
 * slowest tests' durations) and the suite file (every test with its tags, content-addressed).
 */
export function buildRun(info, run, slowestKept = SLOWEST_KEPT) {
    const byId = new Map();
    for (const t of run.tests)
        byId.set(t.nodeid, t); // readers resolve duplicates; keep the last
    const tests = [...byId.values()].sort((a, b) => (a.nodeid < b.nodeid ? -1 : a.nodeid > b.nodeid ? 1 : 0));
    const rows = tests.map((t) => [t.nodeid, t.component, t.failure_mode, t.incident, t.tag_source, t.file, t.line]);
    const suite = { schema_version: HISTORY_SCHEMA_VERSION, columns: SUITE_COLUMNS, tests: rows };
    const suiteText = serializeLines(suite, 2);
    const suiteHash = hashSuiteText(suiteText);
    const results = {};
    const summary = { total: tests.length };
    for (const t of tests) {
        const o = effectiveOutcome(t);
        summary[o] = (summary[o] ?? 0) + 1;
        if (o === 'passed')
            continue;
        const r = { o, ms: roundDuration(t.duration_ms) };
        if (t.message)
            r.msg = t.message.slice(0, MESSAGE_CAP);
        if (t.reruns > 0)
            r.reruns = t.reruns;
        results[t.nodeid] = r;
    }
    const slowest = [...tests].sort((a, b) => b.duration_ms - a.duration_ms || (a.nodeid < b.nodeid ? -1 : 1)).slice(0, slowestKept);
    for (const t of slowest) {
        if (!(t.duration_ms > 0))
            continue;
        results[t.nodeid] ??= { ms: roundDuration(t.duration_ms) };
    }
    const runFile = { schema_version: HISTORY_SCHEMA_VERSION, run: info, suite: suiteHash, summary, results };
    return { runFile, suite, suiteHash, runText: serializeLines(runFile, 2), suiteText };
}
export function hashSuiteText(text) {
    return createHash('sha256').update(text).digest('hex').slice(0, 24);
}
