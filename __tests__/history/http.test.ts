import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { encodeState } from '../../src/history/codec.js'
import { appendRuns, openHistory, rebuildRollup, squashHistory, type AppendResult } from '../../src/history/index.js'
import { rebuildState } from '../../src/history/store.js'
import { startGitServer, type GitServer } from '../support/git-server.js'
import { makeRun } from '../support/git-history-runs.js'

const TOKEN = 'ghs_testtoken1234567890abcdefSECRET'
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')

let server: GitServer
let work: string
beforeAll(async () => {
  server = await startGitServer({ token: TOKEN })
  work = mkdtempSync(path.join(os.tmpdir(), 'history-http-'))
})
afterAll(async () => {
  await server.stop()
  rmSync(work, { recursive: true, force: true })
})

const run = (i: number, sha = `${i}`.padStart(40, 'c')) =>
  makeRun({ created: new Date(Date.parse('2026-03-01T00:00:00Z') + i * 60_000).toISOString(), build: `${500 + i}-1`, sha, tests: ['t.py::a', 't.py::b', `t.py::only_${i % 3}`], outcomes: i % 4 === 0 ? { 't.py::b': 'failed' } : {} })

/** Every file under a folder, as text. */
function allText(dir: string): string {
  if (!existsSync(dir)) return ''
  let out = ''
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    out += statSync(p).isDirectory() ? allText(p) : readFileSync(p, 'latin1')
  }
  return out
}

/** Captures what the code under test prints (core.setSecret writes the ::add-mask:: command there). */
async function capture<T>(fn: () => Promise<T>): Promise<{ value: T; printed: string }> {
  let printed = ''
  const out = process.stdout.write.bind(process.stdout)
  const err = process.stderr.write.bind(process.stderr)
  const grab = (chunk: unknown): boolean => {
    printed += String(chunk)
    return true
  }
  process.stdout.write = grab as typeof process.stdout.write
  process.stderr.write = grab as typeof process.stderr.write
  try {
    return { value: await fn(), printed }
  } finally {
    process.stdout.write = out
    process.stderr.write = err
  }
}

describe('history over smart HTTP with a token', () => {
  it('stores runs, sends the token only to the server as a header, and leaves no trace of it', async () => {
    const tempDir = path.join(work, 'runner-temp')
    const url = server.url('leak-check')
    const before = server.requests.length
    const { printed } = await capture(async () => {
      const clone = await openHistory({ remote: url, token: TOKEN, tempDir })
      const res = await appendRuns(clone, [run(1)], { retentionDays: 180 })
      expect(res.status).toBe('stored')
      const config = readFileSync(path.join(clone.dir, '.git', 'config'), 'utf8')
      expect(config).toContain(`AUTHORIZATION: basic ${BASIC}`) // as actions/checkout does, in the private clone only
      expect(config).not.toContain(TOKEN)
      expect(execFileSync('git', ['-C', clone.dir, 'remote', 'get-url', 'origin'], { encoding: 'utf8' }).trim()).toBe(url)
      await clone.dispose()
      expect(existsSync(clone.dir)).toBe(false)
    })
    // the only place the token is printed is the runner's masking command
    for (const line of printed.split('\n').filter((l) => l.includes(TOKEN) || l.includes(BASIC))) {
      expect(line === `::add-mask::${TOKEN}` || line === `::add-mask::${BASIC}`).toBe(true)
    }
    expect(allText(tempDir)).not.toContain(TOKEN)
    expect(allText(tempDir)).not.toContain(BASIC)
    expect(allText(server.repoPath('leak-check'))).not.toContain(BASIC)
    const mine = server.requests.slice(before)
    expect(mine.length).toBeGreaterThan(0)
    expect(mine.every((r) => r.authorization === `basic ${BASIC}` || r.authorization === `Basic ${BASIC}`)).toBe(true)
    expect(mine.every((r) => !r.url.includes(TOKEN) && !r.url.includes(BASIC))).toBe(true)
  })

  it('fails with a clear message when the token is refused', async () => {
    await expect(openHistory({ remote: server.url('leak-check'), token: 'wrong', tempDir: work })).rejects.toThrow(/refused the token/)
  })

  it('reports read-only instead of throwing when the token may not push, and still reads', async () => {
    const url = server.url('read-only')
    const writer = await openHistory({ remote: url, token: TOKEN, tempDir: work })
    await appendRuns(writer, [run(1)], { retentionDays: 180 })
    await writer.dispose()
    server.setReadOnly(true)
    try {
      const clone = await openHistory({ remote: url, token: TOKEN, tempDir: work })
      expect(clone.rollup().runs).toHaveLength(1)
      const res = await appendRuns(clone, [run(2)], { retentionDays: 180 })
      expect(res).toMatchObject({ status: 'read-only' })
      expect(clone.rollup().runs).toHaveLength(1)
      expect(await squashHistory(clone)).toMatchObject({ status: 'read-only' })
      await clone.dispose()
    } finally {
      server.setReadOnly(false)
    }
  })

  it('treats an empty repository as a first day', async () => {
    const clone = await openHistory({ remote: server.url('empty'), token: TOKEN, tempDir: work })
    expect(clone.rollup()).toEqual({ schema_version: 1, updated_at: null, runs: [], tests: {} })
    expect(clone.describe()).toMatchObject({ exists: false, runs: 0 })
    await clone.dispose()
  })

  it('squashes the branch into one orphan commit only when asked', async () => {
    const url = server.url('squash')
    const clone = await openHistory({ remote: url, token: TOKEN, tempDir: work })
    for (let i = 1; i <= 3; i++) await appendRuns(clone, [run(i)], { retentionDays: 0 })
    const repo = server.repoPath('squash')
    expect(execFileSync('git', ['-C', repo, 'rev-list', '--count', 'test-history'], { encoding: 'utf8' }).trim()).toBe('3')
    const tree = execFileSync('git', ['-C', repo, 'rev-parse', 'test-history^{tree}'], { encoding: 'utf8' })
    const res = await squashHistory(clone)
    expect(res.status).toBe('squashed')
    expect(execFileSync('git', ['-C', repo, 'rev-list', '--count', 'test-history'], { encoding: 'utf8' }).trim()).toBe('1')
    expect(execFileSync('git', ['-C', repo, 'rev-parse', 'test-history^{tree}'], { encoding: 'utf8' })).toBe(tree)
    // a clone that read an older tip must not overwrite a run pushed meanwhile
    const stale = await openHistory({ remote: url, token: TOKEN, tempDir: work })
    await appendRuns(clone, [run(4)], { retentionDays: 0 })
    await expect(squashHistory(stale)).rejects.toThrow(/changed while it was being squashed/)
    const reader = await openHistory({ remote: url, token: TOKEN, tempDir: work })
    expect(reader.rollup().runs).toHaveLength(4)
    for (const c of [clone, stale, reader]) await c.dispose()
  })

  it('twenty concurrent writers: every run lands, the rollup equals a rebuild, nobody claims a run that is missing', async () => {
    const url = server.url('race')
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, async (_, i) => {
        const clone = await openHistory({ remote: url, token: TOKEN, tempDir: path.join(work, 'race') })
        try {
          // runs 0..9 and 10..19 share shas pairwise: the flakiness check has to see the other writer's run
          return await appendRuns(clone, [run(i, `${i % 10}`.padStart(40, 'd'))], { retentionDays: 180, maxAttempts: 40, baseDelayMs: 50, maxDelayMs: 1000 })
        } finally {
          await clone.dispose()
        }
      })
    )
    const stored = results.flatMap((r) => (r.status === 'fulfilled' && r.value.status === 'stored' ? r.value.runIds : []))
    const failures = results.filter((r) => r.status === 'rejected')
    const reader = await openHistory({ remote: url, token: TOKEN, tempDir: work })
    const ids = reader.rollup().runs.map((r) => r.id)
    for (const id of stored) expect(ids).toContain(id)
    expect(failures).toEqual([])
    expect(ids).toHaveLength(20)
    expect(rebuildRollup(reader)).toEqual(reader.rollup())
    expect(encodeState(rebuildState(reader))).toBe(readFileSync(path.join(reader.dir, 'rollup.json'), 'utf8'))
    const attempts = results.map((r) => (r.status === 'fulfilled' ? (r.value as Extract<AppendResult, { status: 'stored' }>).attempts : 0))
    expect(Math.max(...attempts)).toBeGreaterThan(1) // the writers really raced
    await reader.dispose()
  })

  it('gives up after the attempt cap with an error naming a saved copy of the run', async () => {
    const url = server.url('cap')
    const a = await openHistory({ remote: url, token: TOKEN, tempDir: work })
    const b = await openHistory({ remote: url, token: TOKEN, tempDir: work })
    await appendRuns(a, [run(1)], { retentionDays: 0 })
    // b read the branch before a's push; with one attempt it cannot re-apply
    const err = await appendRuns(b, [run(2)], { retentionDays: 0, maxAttempts: 1 }).catch((e: Error) => e)
    expect(err).toBeInstanceOf(Error)
    const message = (err as Error).message
    expect(message).toMatch(/was not stored.*rejected 1 times/)
    const saved = /a copy of the run file is at (\S+?)\.?$/.exec(message)?.[1] as string
    expect(JSON.parse(readFileSync(saved, 'utf8')).run.build_id).toBe('502-1')
    await a.dispose()
    await b.dispose()
  })
})
