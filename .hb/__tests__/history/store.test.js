import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { appendRuns, openHistory, rebuildRollup } from '../../src/history/index.js';
import { makeRun } from '../support/git-history-runs.js';
let work;
let emptyHome;
beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'history-store-'));
    emptyHome = mkdtempSync(path.join(os.tmpdir(), 'empty-home-'));
});
afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(emptyHome, { recursive: true, force: true });
});
function bareRepo(name) {
    const p = path.join(work, `${name}.git`);
    execFileSync('git', ['init', '-q', '--bare', p]);
    return p;
}
// no global identity, no system config: the store must bring its own
const isolatedGit = () => ({ HOME: emptyHome, XDG_CONFIG_HOME: emptyHome, GIT_CONFIG_NOSYSTEM: '1' });
describe('history store on a file remote', () => {
    it('starts empty, creates the orphan branch with a README, and reads back what it stored', async () => {
        const remote = bareRepo('first');
        const clone = await openHistory({ remote, branch: 'test-history', tempDir: work, gitEnv: isolatedGit() });
        expect(clone.tip).toBeNull();
        expect(clone.rollup().runs).toEqual([]);
        const res = await appendRuns(clone, [makeRun({ created: '2026-01-05T10:00:00Z', build: '1-1', tests: ['t.py::a', 't.py::b'], outcomes: { 't.py::b': 'failed' } })], { retentionDays: 180 });
        expect(res.status).toBe('stored');
        await clone.dispose();
        const files = execFileSync('git', ['-C', remote, 'ls-tree', '-r', '--name-only', 'test-history'], { encoding: 'utf8' }).trim().split('\n');
        expect(files).toEqual(expect.arrayContaining(['README.md', 'rollup.json', 'runs/2026/01/20260105T100000Z-1-1.json']));
        expect(files.some((f) => /^suites\/[0-9a-f]{24}\.json$/.test(f))).toBe(true);
        const parents = execFileSync('git', ['-C', remote, 'log', '--format=%P|%an', 'test-history'], { encoding: 'utf8' }).trim();
        expect(parents).toBe('|github-actions[bot]');
        const again = await openHistory({ remote, branch: 'test-history', tempDir: work, gitEnv: isolatedGit() });
        const rollup = again.rollup();
        expect(rollup.runs.map((r) => r.id)).toEqual(['20260105T100000Z-1-1']);
        expect(rollup.tests['t.py::b'].failures).toEqual([['2026-01-05T10:00:00.000Z', '20260105T100000Z-1-1', 'failed']]);
        expect(rollup.tests['t.py::a'].counts).toEqual({ passed: 1 });
        expect(again.readRun('20260105T100000Z-1-1')?.results['t.py::b'].o).toBe('failed');
        expect(rebuildRollup(again)).toEqual(rollup);
        expect(again.describe()).toMatchObject({ exists: true, runs: 1, tests: 2, suites: 1 });
        await again.dispose();
    });
    it('stores the same run once', async () => {
        const remote = bareRepo('dupes');
        const run = makeRun({ created: '2026-01-05T10:00:00Z', build: '7-1', tests: ['t.py::a'] });
        const c1 = await openHistory({ remote, tempDir: work });
        await appendRuns(c1, [run], { retentionDays: 0 });
        const second = await appendRuns(c1, [run], { retentionDays: 0 });
        expect(second).toMatchObject({ status: 'stored', runIds: [], alreadyStored: ['20260105T100000Z-7-1'] });
        expect(c1.rollup().runs).toHaveLength(1);
        await c1.dispose();
    });
    it('rejects a branch name git would reject', async () => {
        await expect(openHistory({ remote: bareRepo('bad'), branch: 'a..b', tempDir: work })).rejects.toThrow(/not a valid git branch name/);
    });
});
