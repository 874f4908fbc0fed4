import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { appendBuiltRuns, appendRuns, buildRuns, openHistory, readSavedRun, rebuildRollup, saveRun } from '../../src/history/index.js'
import { makeRun } from '../support/git-history-runs.js'

let work: string
let emptyHome: string
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'history-store-'))
  emptyHome = mkdtempSync(path.join(os.tmpdir(), 'empty-home-'))
})
afterAll(() => {
  rmSync(work, { recursive: true, force: true })
  rmSync(emptyHome, { recursive: true, force: true })
})

function bareRepo(name: string): string {
  const p = path.join(work, `${name}.git`)
  execFileSync('git', ['init', '-q', '--bare', p])
  return p
}

const lsTree = (remote: string): string[] => execFileSync('git', ['-C', remote, 'ls-tree', '-r', '--name-only', 'test-history'], { encoding: 'utf8' }).trim().split('\n')

// no global identity, no system config: the store must bring its own
const isolatedGit = (): Record<string, string> => ({ HOME: emptyHome, XDG_CONFIG_HOME: emptyHome, GIT_CONFIG_NOSYSTEM: '1' })

describe('history store on a file remote', () => {
  it('starts empty, creates the orphan branch with a README, and reads back what it stored', async () => {
    const remote = bareRepo('first')
    const tempDir = path.join(work, 'first-temp')
    const clone = await openHistory({ remote, branch: 'test-history', tempDir, gitEnv: isolatedGit() })
    expect(clone.tip).toBeNull()
    expect(clone.rollup().runs).toEqual([])
    const res = await appendRuns(clone, [makeRun({ created: '2026-01-05T10:00:00Z', build: '1-1', tests: ['t.py::a', 't.py::b'], outcomes: { 't.py::b': 'failed' } })], { retentionDays: 180 })
    expect(res.status).toBe('stored')
    const id = (res as { runIds: string[] }).runIds[0]
    expect(id).toMatch(/^20260105T100000Z-1-1-test-[0-9a-f]{10}$/)
    await clone.dispose()
    // nothing of the branch is on disk, and the saved copy of the stored run is gone
    expect(readdirSync(tempDir).filter((n) => n.startsWith('test-history-') && n !== 'test-history-unstored')).toEqual([])
    expect(existsSync(path.join(tempDir, 'test-history-unstored', `${id}.json`))).toBe(false)

    const files = lsTree(remote)
    expect(files).toEqual(expect.arrayContaining(['README.md', 'rollup.json', `runs/2026/01/${id}.json`]))
    expect(files.some((f) => /^suites\/[0-9a-f]{24}\.json$/.test(f))).toBe(true)
    // the run's commit, then the rollup's: both by the bot, the first an orphan
    const log = execFileSync('git', ['-C', remote, 'log', '--format=%P|%an', 'test-history'], { encoding: 'utf8' }).trim().split('\n')
    expect(log).toHaveLength(2)
    expect(log[1]).toBe('|github-actions[bot]')
    expect(log[0]).toMatch(/^[0-9a-f]{40}\|github-actions\[bot\]$/)

    const again = await openHistory({ remote, branch: 'test-history', tempDir: work, gitEnv: isolatedGit() })
    const rollup = again.rollup()
    expect(rollup.runs.map((r) => r.id)).toEqual([id])
    expect(rollup.tests['t.py::b'].failures).toEqual([['2026-01-05T10:00:00.000Z', id, 'failed', 'checkout', 'general']])
    expect(rollup.tests['t.py::a'].counts).toEqual({ passed: 1 })
    expect(again.readRun(id)?.results['t.py::b'].o).toBe('failed')
    expect(await rebuildRollup(again)).toEqual(rollup)
    expect(again.describe()).toMatchObject({ exists: true, runs: 1, tests: 2, suites: 1, uncovered_runs: 0, warnings: [] })
    await again.dispose()

    // a reader of a server that filters fetches (as GitHub) holds no run file the rollup covers:
    // the review's synchronous reader has them only once fetched, and says so otherwise
    execFileSync('git', ['-C', remote, 'config', 'uploadpack.allowFilter', 'true'])
    const reviewer = await openHistory({ remote, branch: 'test-history', tempDir: work, gitEnv: isolatedGit() })
    expect(() => reviewer.readRun(id)).toThrow('call fetchRunFiles() before the review reads them')
    await reviewer.fetchRunFiles()
    expect(reviewer.readRun(id)?.run.id).toBe(id)
    await reviewer.dispose()
  })

  it('stores the same run once', async () => {
    const remote = bareRepo('dupes')
    const run = makeRun({ created: '2026-01-05T10:00:00Z', build: '7-1', tests: ['t.py::a'] })
    const c1 = await openHistory({ remote, tempDir: work })
    const first = await appendRuns(c1, [run], { retentionDays: 0 })
    const second = await appendRuns(c1, [run], { retentionDays: 0 })
    expect(second).toMatchObject({ status: 'stored', runIds: [], alreadyStored: (first as { runIds: string[] }).runIds })
    expect(c1.rollup().runs).toHaveLength(1)
    await c1.dispose()
  })

  it('stores two matrix legs of one workflow run that finish in the same second', async () => {
    const remote = bareRepo('matrix')
    const same = { created: '2026-01-05T10:00:00Z', build: '4242-1', tests: ['t.py::a', 't.py::b'] }
    const legs = [0, 1].map((leg) => {
      const r = makeRun({ ...same, outcomes: leg === 1 ? { 't.py::b': 'failed' } : {} })
      return { ...r, info: { ...r.info, matrix_leg: String(leg) } }
    })
    // and a leg whose report is identical to leg 0's: only the leg tells them apart
    const twin = { ...legs[0], info: { ...legs[0].info, matrix_leg: '2' } }
    const writers = await Promise.all([0, 1, 2].map(() => openHistory({ remote, tempDir: work })))
    const results = await Promise.all([legs[0], legs[1], twin].map((run, i) => appendRuns(writers[i], [run], { retentionDays: 0 })))
    for (const w of writers) await w.dispose()
    expect(results.every((r) => r.status === 'stored' && r.runIds.length === 1)).toBe(true)
    const reader = await openHistory({ remote, tempDir: work })
    expect(reader.rollup().runs).toHaveLength(3)
    expect(reader.rollup().tests['t.py::b'].failures).toHaveLength(1)
    await reader.dispose()
  })

  it('counts retention from the present: a run dated 2099 prunes nothing, a run of last year is pruned', async () => {
    const remote = bareRepo('future')
    const clone = await openHistory({ remote, tempDir: work })
    const now = new Date('2026-06-01T00:00:00Z')
    await appendRuns(clone, [makeRun({ created: '2026-05-01T00:00:00Z', build: '1-1', sha: '1'.repeat(40), tests: ['t.py::a'] })], { retentionDays: 180, now })
    await appendRuns(clone, [makeRun({ created: '2099-01-01T00:00:00Z', build: '2-1', sha: '2'.repeat(40), tests: ['t.py::a'] })], { retentionDays: 180, now })
    await appendRuns(clone, [makeRun({ created: '2025-01-01T00:00:00Z', build: '3-1', sha: '3'.repeat(40), tests: ['t.py::a'] })], { retentionDays: 180, now: new Date('2026-06-01T00:00:00Z'), compact: false })
    await clone.dispose()
    const reader = await openHistory({ remote, tempDir: work })
    const files = reader.rollup().runs.map((r) => [r.build_id, r.file !== null])
    expect(files).toEqual([['3-1', true], ['1-1', true], ['2-1', true]])
    // the next writer applies retention from now: only the 2025 run is old
    await appendRuns(reader, [makeRun({ created: '2026-05-02T00:00:00Z', build: '4-1', sha: '4'.repeat(40), tests: ['t.py::a'] })], { retentionDays: 180, now })
    await reader.dispose()
    const after = await openHistory({ remote, tempDir: work })
    expect(after.rollup().runs.map((r) => [r.build_id, r.file !== null])).toEqual([['3-1', false], ['1-1', true], ['4-1', true], ['2-1', true]])
    expect(lsTree(remote).filter((f) => f.startsWith('runs/'))).toHaveLength(3)
    expect(await rebuildRollup(after)).toEqual(after.rollup())
    await after.dispose()
  })

  it('saves a run it could not store in a form that can be stored later', async () => {
    const remote = bareRepo('saved')
    const tempDir = path.join(work, 'saved-temp')
    const a = await openHistory({ remote, tempDir })
    const b = await openHistory({ remote, tempDir })
    await appendRuns(a, [makeRun({ created: '2026-01-01T00:00:00Z', build: '1-1', tests: ['t.py::a'] })], { retentionDays: 0 })
    // b read the branch before a's push; with one attempt and no pending run (a server that
    // refuses them, see pending.test.ts) it cannot catch up
    const err = (await appendRuns(b, [makeRun({ created: '2026-01-02T00:00:00Z', build: '2-1', tests: ['t.py::a', 't.py::new'] })], { retentionDays: 0, maxAttempts: 1, pending: false }).catch((e: Error) => e)) as Error
    expect(err.message).toMatch(/was not stored.*rejected 1 times.*Nothing was lost: the run is saved at (\S+); store it later with `node dist\/cli.js ingest/)
    const saved = /saved at (\S+?);/.exec(err.message)?.[1] as string
    expect(existsSync(saved)).toBe(true)
    await b.dispose()
    const later = await openHistory({ remote, tempDir })
    const res = await appendBuiltRuns(later, [readSavedRun(saved)], { retentionDays: 0 })
    expect(res).toMatchObject({ status: 'stored', runIds: [expect.stringContaining('-2-1-')] })
    expect(later.rollup().tests['t.py::new']).toBeDefined()
    expect(existsSync(saved)).toBe(false)
    await a.dispose()
    await later.dispose()
  })

  it('reads saved copies as written since 1.2 (the suite as its text) and before (the suite as an object); a suite changed by hand is refused', async () => {
    const built = buildRuns([makeRun({ created: '2026-02-01T00:00:00Z', build: '5-1', tests: ['t.py::a', 't.py::b'] })])[0]
    const file = await saveRun(path.join(work, 'saved-forms'), 'test-history', built)
    const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    expect(doc.suite_text).toBe(built.suiteText)
    expect(readSavedRun(file)).toEqual(built)
    // the form written before 1.2
    const older = path.join(work, 'saved-forms', 'older.json')
    writeFileSync(older, JSON.stringify({ kind: doc.kind, branch: doc.branch, run: doc.run, suite: built.suite }))
    expect(readSavedRun(older)).toEqual(built)
    // a test added to the suite text by hand no longer matches the run
    const edited = path.join(work, 'saved-forms', 'edited.json')
    writeFileSync(edited, JSON.stringify({ ...doc, suite_text: built.suiteText.replace('t.py::b', 't.py::c') }))
    expect(() => readSavedRun(edited)).toThrow(/is damaged: its suite does not match the run/)
  })

  it('rejects a branch name git would reject', async () => {
    await expect(openHistory({ remote: bareRepo('bad'), branch: 'a..b', tempDir: work })).rejects.toThrow(/not a valid git branch name/)
  })
})
