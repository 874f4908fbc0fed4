import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { appendRuns, openHistory, rebuildRollup, squashHistory, type AppendResult } from '../../src/history/index.js'
import { actionsLogger } from '../../src/action/logger.js'
import { InputError } from '../../src/errors.js'
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
  it('stores runs, sends the token only to the server as a header, and never writes it to disk', async () => {
    const tempDir = path.join(work, 'runner-temp')
    const url = server.url('leak-check')
    const before = server.requests.length
    const { printed } = await capture(async () => {
      const clone = await openHistory({ remote: url, token: TOKEN, tempDir, logger: actionsLogger })
      const res = await appendRuns(clone, [run(1)], { retentionDays: 180 })
      expect(res.status).toBe('stored')
      // the branch is read and written in memory: once the run landed (its saved copy removed), no file is left in the temp folder
      expect(allText(tempDir)).toBe('')
      await clone.dispose()
    })
    // in Actions the only place the token is printed is the runner's masking command
    for (const line of printed.split('\n').filter((l) => l.includes(TOKEN) || l.includes(BASIC))) {
      expect(line === `::add-mask::${TOKEN}` || line === `::add-mask::${BASIC}`).toBe(true)
    }
    expect(printed).toContain(`::add-mask::${TOKEN}`)
    expect(allText(tempDir)).not.toContain(TOKEN)
    expect(allText(tempDir)).not.toContain(BASIC)
    expect(allText(server.repoPath('leak-check'))).not.toContain(BASIC)
    const mine = server.requests.slice(before)
    expect(mine.length).toBeGreaterThan(0)
    expect(mine.every((r) => r.authorization === `basic ${BASIC}` || r.authorization === `Basic ${BASIC}`)).toBe(true)
    expect(mine.every((r) => !r.url.includes(TOKEN) && !r.url.includes(BASIC))).toBe(true)
  })

  it('outside Actions (the default logger) prints nothing at all: no mask command, no debug line, no secret', async () => {
    const { printed } = await capture(async () => {
      const clone = await openHistory({ remote: server.url('quiet'), token: TOKEN, tempDir: work })
      await appendRuns(clone, [run(1)], { retentionDays: 180 })
      await clone.dispose()
    })
    expect(printed).toBe('')
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
      expect(res).toMatchObject({ status: 'read-only', saved: [expect.stringContaining('test-history-unstored')] })
      expect(clone.rollup().runs).toHaveLength(1)
      expect(await squashHistory(clone)).toMatchObject({ status: 'read-only' })
      await clone.dispose()
    } finally {
      server.setReadOnly(false)
    }
  })

  it('treats an empty repository as a first day', async () => {
    const clone = await openHistory({ remote: server.url('empty'), token: TOKEN, tempDir: work })
    expect(clone.rollup()).toEqual({ schema_version: 2, updated_at: null, runs: [], tests: {} })
    expect(clone.describe()).toMatchObject({ exists: false, runs: 0 })
    await clone.dispose()
  })

  it('squashes the branch into one orphan commit only when asked', async () => {
    const url = server.url('squash')
    const clone = await openHistory({ remote: url, token: TOKEN, tempDir: work })
    for (let i = 1; i <= 3; i++) await appendRuns(clone, [run(i)], { retentionDays: 0 })
    const repo = server.repoPath('squash')
    // three run commits and the first rollup
    expect(execFileSync('git', ['-C', repo, 'rev-list', '--count', 'test-history'], { encoding: 'utf8' }).trim()).toBe('4')
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

  it('five concurrent writers: every run lands, the rollup equals a rebuild, nobody claims a run that is missing', async () => {
    const url = server.url('race')
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, async (_, i) => {
        const clone = await openHistory({ remote: url, token: TOKEN, tempDir: path.join(work, 'race') })
        try {
          // runs 0..2 and 3..4 share shas pairwise: the flakiness check has to see the other writer's run
          return await appendRuns(clone, [run(i, `${i % 3}`.padStart(40, 'd'))], { retentionDays: 180 })
        } finally {
          await clone.dispose()
        }
      })
    )
    const stored = results.flatMap((r) => (r.status === 'fulfilled' && r.value.status === 'stored' ? r.value.runIds : []))
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    const reader = await openHistory({ remote: url, token: TOKEN, tempDir: work })
    const ids = reader.rollup().runs.map((r) => r.id)
    expect(new Set(stored)).toEqual(new Set(ids))
    expect(ids).toHaveLength(5)
    expect(await rebuildRollup(reader)).toEqual(reader.rollup())
    const attempts = results.map((r) => (r.status === 'fulfilled' ? (r.value as Extract<AppendResult, { status: 'stored' }>).attempts : 0))
    expect(attempts.every((a) => a >= 1)).toBe(true)
    await reader.dispose()
  })

  it('answers a push declined by a server hook at once, naming the rule to change and the saved run', async () => {
    const url = server.url('hooked')
    const first = await openHistory({ remote: url, token: TOKEN, tempDir: work })
    await appendRuns(first, [run(1)], { retentionDays: 0 })
    await first.dispose()
    const hook = path.join(server.repoPath('hooked'), 'hooks', 'pre-receive')
    writeFileSync(hook, '#!/bin/sh\necho "GH006: Protected branch update failed for refs/heads/test-history." >&2\nexit 1\n', { mode: 0o755 })
    const clone = await openHistory({ remote: url, token: TOKEN, tempDir: work })
    const pushesBefore = server.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/git-receive-pack')).length
    const error = (await appendRuns(clone, [run(2)], { retentionDays: 0 }).catch((e: Error) => e)) as Error
    const pushes = server.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/git-receive-pack')).length - pushesBefore
    expect(pushes).toBe(1)
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toMatch(/declined the push to the history branch "test-history"/)
    expect(error.message).toMatch(/GH006: Protected branch update failed/)
    expect(error.message).toMatch(/retrying cannot help\. Exempt "test-history" from the rule/)
    const saved = /saved at (\S+?);/.exec(error.message)?.[1] as string
    expect(JSON.parse(readFileSync(saved, 'utf8')).run.run.build_id).toBe('502-1')
    await clone.dispose()
    rmSync(hook)
  })
})
