/**
 * Pending runs (src/history/pending.ts) against a real git smart-HTTP server: a writer whose push
 * to the branch loses the race stores its run at once beside the branch, readers see it, and the
 * next commit to the branch takes it in and deletes its ref in one atomic push.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { InputError } from '../../src/errors.js'
import { appendRuns, compactHistory, formatDescription, openHistory, rebuildRollup } from '../../src/history/index.js'
import { startGitServer, type GitServer } from '../support/git-server.js'
import { makeRun } from '../support/git-history-runs.js'

const TOKEN = 'ghs_pendingTestToken0123456789'
let server: GitServer
let work: string
beforeAll(async () => {
  server = await startGitServer({ token: TOKEN })
  work = mkdtempSync(path.join(os.tmpdir(), 'history-pending-'))
})
afterAll(async () => {
  await server.stop()
  rmSync(work, { recursive: true, force: true })
})

const run = (i: number) =>
  makeRun({ created: new Date(Date.parse('2026-05-01T00:00:00Z') + i * 60_000).toISOString(), build: `${700 + i}-1`, tests: ['t.py::a', `t.py::only_${i}`], outcomes: i % 2 === 0 ? { 't.py::a': 'failed' } : {} })
const open = (name: string) => openHistory({ remote: server.url(name), token: TOKEN, tempDir: work })
/** The server's refs under a prefix, as `git for-each-ref` lists them. */
const serverRefs = (name: string, prefix: string): string[] =>
  execFileSync('git', ['-C', server.repoPath(name), 'for-each-ref', '--format=%(refname)', prefix], { encoding: 'utf8' }).split('\n').filter(Boolean)
const branchFiles = (name: string): string[] => execFileSync('git', ['-C', server.repoPath(name), 'ls-tree', '-r', '--name-only', 'test-history'], { encoding: 'utf8' }).split('\n').filter(Boolean)

describe('pending runs', () => {
  it('stores the run of a writer that lost the race at once beside the branch; the next run takes it in', async () => {
    const a = await open('lost')
    const b = await open('lost')
    await appendRuns(a, [run(1)], { retentionDays: 0 })
    const before = server.requests.length
    const res = await appendRuns(b, [run(2)], { retentionDays: 0 })
    const during = server.requests.slice(before).map((r) => `${r.method} ${r.url.replace(/^.*\.git\//, '')}`)
    expect(res).toMatchObject({ status: 'stored', pending: true, attempts: 1 })
    // the push to the branch is declined before any pack is sent (its advertisement shows the branch moved);
    // the pending ref's push goes on that same advertisement
    expect(during).toEqual(['GET info/refs?service=git-receive-pack', 'POST git-receive-pack'])
    const id = (res as { runIds: string[] }).runIds[0]
    expect(serverRefs('lost', 'refs/test-history-pending/')).toEqual([`refs/test-history-pending/test-history/${id}`])
    expect(branchFiles('lost').some((f) => f.includes(id))).toBe(false)
    // the writer's own view and a fresh reader's both hold it
    expect(b.rollup().runs.map((r) => r.id)).toContain(id)
    const reader = await open('lost')
    expect(reader.rollup().runs.map((r) => r.build_id)).toEqual(['701-1', '702-1'])
    expect(reader.rollup().tests['t.py::only_2'].counts).toEqual({ passed: 1 })
    expect(await rebuildRollup(reader)).toEqual(reader.rollup())
    expect(reader.describe()).toMatchObject({ runs: 2, run_files: 2, pending_runs: 1 })
    expect(formatDescription(reader.describe())).toContain('pending runs: 1 (stored beside the branch after a lost race; the next stored run or `history --compact` takes them in)')
    await reader.dispose()

    // the next writer's commit takes the pending run in and deletes its ref, atomically
    const c = await open('lost')
    expect(await appendRuns(c, [run(3)], { retentionDays: 0 })).toMatchObject({ status: 'stored', pending: false })
    expect(serverRefs('lost', 'refs/test-history-pending/')).toEqual([])
    expect(branchFiles('lost').filter((f) => f.startsWith('runs/'))).toHaveLength(3)
    expect(branchFiles('lost').some((f) => f.includes(id))).toBe(true)
    const after = await open('lost')
    expect(after.rollup().runs.map((r) => r.build_id)).toEqual(['701-1', '702-1', '703-1'])
    expect(after.describe()).toMatchObject({ pending_runs: 0 })
    expect(await rebuildRollup(after)).toEqual(after.rollup())
    for (const clone of [a, b, c, after]) await clone.dispose()
  })

  it('reads pending runs of a history whose branch does not exist, and `history --compact` takes them in', async () => {
    const a = await open('first')
    const b = await open('first')
    expect(a.tip).toBeNull()
    await appendRuns(a, [run(1)], { retentionDays: 0 })
    // b would create the branch too: its orphan commit loses, and its run goes pending
    expect(await appendRuns(b, [run(2)], { retentionDays: 0 })).toMatchObject({ status: 'stored', pending: true })
    // the branch is deleted by hand: the pending run is still read
    execFileSync('git', ['-C', server.repoPath('first'), 'update-ref', '-d', 'refs/heads/test-history'])
    const reader = await open('first')
    expect(reader.tip).toBeNull()
    expect(reader.rollup().runs.map((r) => r.build_id)).toEqual(['702-1'])
    expect(reader.describe()).toMatchObject({ exists: false, pending_runs: 1 })
    expect(formatDescription(reader.describe())).toMatch(/^History branch "test-history" of \S+: not created yet; its first runs are pending beside it\nruns: 1 \(1 run files.*\npending runs: 1 /)
    expect(await compactHistory(reader, { retentionDays: 0 })).toMatchObject({ status: 'compacted' })
    expect(serverRefs('first', 'refs/test-history-pending/')).toEqual([])
    expect(branchFiles('first')).toEqual(expect.arrayContaining(['rollup.json', expect.stringMatching(/^runs\/2026\/05\/.*-702-1-.*\.json$/)]))
    const after = await open('first')
    expect(after.rollup().runs.map((r) => r.build_id)).toEqual(['702-1'])
    expect(after.describe()).toMatchObject({ exists: true, pending_runs: 0, uncovered_runs: 0 })
    for (const clone of [a, b, reader, after]) await clone.dispose()
  })

  it('queues on the branch as before when the server refuses pending refs', async () => {
    const a = await open('no-pending')
    await appendRuns(a, [run(1)], { retentionDays: 0 })
    const b = await open('no-pending')
    await appendRuns(a, [run(2)], { retentionDays: 0 })
    const hook = path.join(server.repoPath('no-pending'), 'hooks', 'pre-receive')
    writeFileSync(hook, '#!/bin/sh\nwhile read old new ref; do case "$ref" in refs/heads/*) ;; *) echo "only branches here: $ref" >&2; exit 1;; esac; done\n', { mode: 0o755 })
    try {
      const res = await appendRuns(b, [run(3)], { retentionDays: 0 })
      expect(res).toMatchObject({ status: 'stored', pending: false, attempts: 2 })
      expect(serverRefs('no-pending', 'refs/test-history-pending/')).toEqual([])
      const reader = await open('no-pending')
      expect(reader.rollup().runs.map((r) => r.build_id)).toEqual(['701-1', '702-1', '703-1'])
      await reader.dispose()
    } finally {
      rmSync(hook)
    }
    for (const clone of [a, b]) await clone.dispose()
  })

  it('refuses a pending ref that holds a symbolic link, naming the ref', async () => {
    const a = await open('hostile-pending')
    await appendRuns(a, [run(1)], { retentionDays: 0 })
    await a.dispose()
    const dir = path.join(work, 'mallory')
    mkdirSync(path.join(dir, 'runs', '2026', '05'), { recursive: true })
    symlinkSync('/proc/self/environ', path.join(dir, 'runs', '2026', '05', 'evil.json'))
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=mallory', '-c', 'user.email=m@example.com', ...args], { encoding: 'utf8' })
    git('init', '-q')
    git('add', '-A')
    git('commit', '-q', '-m', 'evil')
    git('push', '-q', server.repoPath('hostile-pending'), 'HEAD:refs/test-history-pending/test-history/evil')
    const error = (await open('hostile-pending').catch((e: Error) => e)) as Error
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toMatch(/The pending run refs\/test-history-pending\/test-history\/evil of the history branch "test-history" holds a symbolic link at runs\/2026\/05\/evil.json/)
    expect(error.message).toMatch(/git push origin :refs\/test-history-pending\/test-history\/evil/)
  })
})
