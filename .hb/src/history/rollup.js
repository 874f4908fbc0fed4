/**
 * The rollup is derived data: applying run files (in any order) to a state gives the same result,
 * so the store can apply a late run on top of a newer tip, and `rebuild` can replay the run files
 * in (created, id) order on top of the archive of pruned runs and get the same rollup.
 * Pure: no I/O here.
 */
import { isFailure } from '../report/types.js';
import { HISTORY_SCHEMA_VERSION } from './types.js';
export const compareKeys = (a, b) => a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
export const outcomeClass = (o) => (o === 'passed' ? 'pass' : isFailure(o) ? 'fail' : null);
export function emptyState() {
    return {
        rollup: { schema_version: HISTORY_SCHEMA_VERSION, updated_at: null, runs: [], tests: {} },
        tagRun: new Map(),
        durationRun: new Map()
    };
}
/** A run file + its suite seen as a ShaPeer. */
export function peerOf(runFile, suite) {
    const present = new Set(suite.tests.map((r) => r[0]));
    return {
        created: runFile.run.created,
        id: runFile.run.id,
        classOf: (nodeid) => (present.has(nodeid) ? outcomeClass(runFile.results[nodeid]?.o ?? 'passed') : null)
    };
}
/**
 * Adds one run to the state (mutating it). Returns false, changing nothing, when a run with the
 * same id is already there: ingesting the same report twice stores it once.
 */
export function applyRun(state, runFile, suite, ctx) {
    const { rollup } = state;
    const info = runFile.run;
    const key = { created: info.created, id: info.id };
    const at = insertionPoint(rollup.runs, key);
    if (at < rollup.runs.length && rollup.runs[at].id === info.id)
        return false;
    const entry = {
        id: info.id,
        created: info.created,
        sha: info.sha,
        branch: info.branch,
        event: info.event,
        build_id: info.build_id,
        file: ctx.file,
        summary: runFile.summary,
        suite: runFile.suite
    };
    rollup.runs.splice(at, 0, entry);
    if (rollup.updated_at === null || info.created > rollup.updated_at)
        rollup.updated_at = info.created;
    const branch = info.branch ?? '';
    const sha = info.sha ?? '';
    const peers = info.sha ? ctx.sameSha.filter((p) => p.id !== info.id) : [];
    for (const row of suite.tests) {
        const nodeid = row[0];
        const t = (rollup.tests[nodeid] ??= newTest(row));
        const seen = t.seen[branch];
        if (!seen)
            t.seen[branch] = { first: info.created, last: info.created, runs: 1 };
        else {
            if (info.created < seen.first)
                seen.first = info.created;
            if (info.created > seen.last)
                seen.last = info.created;
            seen.runs++;
        }
        const result = runFile.results[nodeid];
        const o = result?.o ?? 'passed';
        t.counts[o] = (t.counts[o] ?? 0) + 1;
        if (o === 'failed' || o === 'error' || o === 'rerun')
            insertSorted(t.failures, [info.created, info.id, o]);
        if (o === 'rerun')
            addFlaky(t.flaky, [info.created, info.id, sha]);
        const tagKey = state.tagRun.get(nodeid);
        if (!tagKey || compareKeys(key, tagKey) > 0) {
            setTags(t, row);
            state.tagRun.set(nodeid, key);
        }
        if (result?.ms !== undefined) {
            const durKey = state.durationRun.get(nodeid);
            if (!durKey || compareKeys(key, durKey) > 0) {
                t.duration_ms = result.ms;
                state.durationRun.set(nodeid, key);
            }
        }
        const mine = outcomeClass(o);
        if (mine === null)
            continue;
        for (const peer of peers) {
            const theirs = peer.classOf(nodeid);
            if (theirs === null || theirs === mine)
                continue;
            // the evidence is recorded on the later of the two runs, whichever arrived first
            const later = compareKeys(peer, key) < 0 ? key : peer;
            addFlaky(t.flaky, [later.created, later.id, sha]);
        }
    }
    return true;
}
/** Marks a run as pruned: its index entry stays (the rollup keeps every run), its file is gone. */
export function markPruned(state, runId) {
    const entry = state.rollup.runs.find((r) => r.id === runId);
    if (entry)
        entry.file = null;
}
function newTest(row) {
    return {
        component: row[1],
        failure_mode: row[2],
        incident: row[3],
        tag_source: row[4],
        file: row[5],
        line: row[6],
        seen: {},
        counts: {},
        failures: [],
        flaky: [],
        duration_ms: null
    };
}
function setTags(t, row) {
    t.component = row[1];
    t.failure_mode = row[2];
    t.incident = row[3];
    t.tag_source = row[4];
    t.file = row[5];
    t.line = row[6];
}
function insertionPoint(runs, key) {
    let lo = 0;
    let hi = runs.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareKeys(runs[mid], key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
const entryKey = (e) => ({ created: e[0], id: e[1] });
function insertSorted(list, item) {
    let i = list.length;
    while (i > 0 && compareKeys(entryKey(list[i - 1]), entryKey(item)) > 0)
        i--;
    list.splice(i, 0, item);
}
function addFlaky(list, item) {
    if (list.some((e) => e[1] === item[1]))
        return;
    insertSorted(list, item);
}
