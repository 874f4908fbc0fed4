export function record(nodeid, outcome, duration_ms, component) {
    return {
        nodeid,
        outcome,
        duration_ms,
        component,
        failure_mode: 'general',
        incident: null,
        tag_source: 'default',
        message: outcome === 'failed' || outcome === 'error' ? `AssertionError: ${nodeid} broke` : null,
        file: nodeid.split('::')[0],
        line: 1,
        reruns: outcome === 'rerun' ? 1 : 0
    };
}
export function makeRun(spec) {
    const tests = spec.tests.map((id) => record(id, spec.outcomes?.[id] ?? 'passed', spec.durations?.[id] ?? 5, spec.component?.(id) ?? 'checkout'));
    const run = {
        meta: { created: spec.created, format: 'pytest-json', files: ['report.json'], exit_code: 0, duration_s: 1, collection_errors: 0 },
        tests,
        notices: []
    };
    return {
        info: {
            repository: 'acme/shop',
            sha: spec.sha === undefined ? 'a'.repeat(40) : spec.sha,
            branch: spec.branch === undefined ? 'main' : spec.branch,
            ref: 'refs/heads/main',
            event: 'push',
            workflow: 'ci',
            job: 'test',
            build_id: spec.build,
            created: spec.created,
            format: 'pytest-json',
            files: ['report.json'],
            exit_code: 0,
            duration_s: 1,
            collection_errors: 0
        },
        run
    };
}
/** A tiny deterministic PRNG (mulberry32) so generated histories are the same every time. */
export function seeded(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
