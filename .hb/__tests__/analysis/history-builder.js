export const DAY = 86_400_000;
export const iso = (ms) => new Date(ms).toISOString();
/** `base` plus `days` (fractions allowed), as ISO. */
export const plusDays = (base, days) => iso(Date.parse(base) + days * DAY);
export class HistoryBuilder {
    raw = [];
    tags = new Map();
    /** Sets the tags a test carries from now on (its most recent record wins, as in the store). */
    tag(nodeid, tags) {
        this.tags.set(nodeid, tags);
        return this;
    }
    run(id, at, where, results) {
        const normalised = {};
        for (const [nodeid, r] of Object.entries(results)) {
            normalised[nodeid] = typeof r === 'string' ? { o: r, reruns: 0 } : r;
            if (!this.tags.has(nodeid))
                this.tags.set(nodeid, { component: 'unknown' });
        }
        this.raw.push({ id, at: iso(Date.parse(at)), sha: where.sha ?? null, branch: where.branch === undefined ? 'main' : where.branch, results: normalised });
        return this;
    }
    build() {
        const runs = [...this.raw].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
        const tests = {};
        const shaClasses = new Map(); // `${nodeid}\0${sha}` -> {'pass','fail'}
        for (const run of runs) {
            const branch = run.branch ?? '';
            for (const [nodeid, { o, reruns }] of Object.entries(run.results)) {
                const tags = this.tags.get(nodeid);
                const t = (tests[nodeid] ??= {
                    component: tags.component,
                    failure_mode: tags.failure_mode ?? 'general',
                    incident: tags.incident ?? null,
                    tag_source: 'markers',
                    file: nodeid.split('::')[0],
                    line: null,
                    seen: {},
                    counts: {},
                    failures: [],
                    flaky: [],
                    duration_ms: null
                });
                const seen = (t.seen[branch] ??= { first: run.at, last: run.at, runs: 0 });
                seen.last = run.at;
                seen.runs++;
                t.counts[o] = (t.counts[o] ?? 0) + 1;
                for (let i = 0; i < reruns; i++)
                    t.failures.push([run.at, run.id, 'rerun']);
                if (o === 'failed' || o === 'error')
                    t.failures.push([run.at, run.id, o]);
                if (reruns > 0 && run.sha)
                    t.flaky.push([run.at, run.id, run.sha]);
                else if (run.sha && (o === 'passed' || o === 'failed' || o === 'error')) {
                    const key = `${nodeid}\u0000${run.sha}`;
                    const classes = shaClasses.get(key) ?? new Set();
                    shaClasses.set(key, classes);
                    const before = classes.size;
                    classes.add(o === 'passed' ? 'pass' : 'fail');
                    if (before === 1 && classes.size === 2)
                        t.flaky.push([run.at, run.id, run.sha]);
                }
            }
        }
        // tags of the most recent record: the builder's current tags
        for (const [nodeid, t] of Object.entries(tests)) {
            const tags = this.tags.get(nodeid);
            t.component = tags.component;
            t.failure_mode = tags.failure_mode ?? 'general';
            t.incident = tags.incident ?? null;
        }
        return {
            schema_version: 1,
            updated_at: runs.length ? runs[runs.length - 1].at : null,
            runs: runs.map((r) => ({
                id: r.id,
                created: r.at,
                sha: r.sha,
                branch: r.branch,
                event: 'push',
                build_id: r.id,
                file: `runs/${r.id}.json`,
                summary: { total: Object.keys(r.results).length }
            })),
            tests
        };
    }
}
export function incident(id, component, detectedAt, failureMode = 'general') {
    return {
        id,
        title: `Incident ${id}`,
        url: null,
        component,
        failure_mode: failureMode,
        detected_at: iso(Date.parse(detectedAt)),
        started_at: null,
        resolved_at: null,
        issue_number: null,
        source: 'incidents.json',
        problems: []
    };
}
