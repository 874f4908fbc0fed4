import { isFailure } from '../report/types.js';
const SKIPPED = new Set(['skipped', 'xfailed']);
export function checkLoadBearing(loadBearing, run, rollup) {
    const inRun = new Map(run.tests.map((t) => [t.nodeid, t]));
    const findings = [];
    for (const nodeid of loadBearing) {
        const record = inRun.get(nodeid);
        const known = rollup.tests[nodeid];
        const where = { file: record?.file ?? known?.file ?? null, line: record?.line ?? known?.line ?? null };
        if (!record) {
            findings.push({ nodeid, problem: 'missing', message: `Load-bearing test ${nodeid} is missing from this run's report: it failed before an incident; do not delete or deselect it without a replacement.`, ...where });
        }
        else if (SKIPPED.has(record.outcome)) {
            findings.push({ nodeid, problem: 'skipped', message: `Load-bearing test ${nodeid} was ${record.outcome} in this run: it failed before an incident; never skip it for speed.`, ...where });
        }
        else if (isFailure(record.outcome)) {
            findings.push({ nodeid, problem: 'failed', message: `Load-bearing test ${nodeid} ${record.outcome} in this run: it failed before an incident of its component before; treat this failure as a production risk.`, ...where });
        }
    }
    return findings;
}
