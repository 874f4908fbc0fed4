/**
 * `kill -9` at random moments of `node dist/cli.js ingest` against a real git server (30 bounded
 * trials, each killed when the server has seen a randomly chosen number of its requests): the
 * branch stays consistent, and every run either landed whole or left a saved copy that
 * `ingest --saved` stores later. Needs `npm run build`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { collectingLogger, openHistory, rebuildRollup } from '../../src/history/index.js'
import { startGitServer, type GitServer } from '../support/git-server.js'
import { seeded } from '../support/git-history-runs.js'

const TOKEN = 'ghs_killTestToken0123456789'
const REPORT = path.resolve('__fixtures__/reports/markers-demo.exported.pretty.json')
const TRIALS = 30

let server: GitServer
let work: string
beforeAll(async () => {
  server = await startGitServer({ token: TOKEN })
  work = mkdtempSync(path.join(os.tmpdir(), 'history-kill-'))
})
afterAll(async () => {
  await server.stop()
  rmSync(work, { recursive: true, force: true })
})

interface Trial {
  build: string
  tmp: string
  killed: boolean
  killAfter: number
}

/** Runs the CLI; kills it with SIGKILL when the server has answered `killAfter` of its requests (0: never). */
function ingest(args: string[], tmp: string, killAfter: number): Promise<{ code: number | null; killed: boolean; stderr: string }> {
  return new Promise((resolve) => {
    // its own process group: the kill takes git's child processes with it, as a cancelled job's would
    const child = spawn('node', ['dist/cli.js', 'ingest', ...args], { env: { ...process.env, TMPDIR: tmp, GITHUB_TOKEN: TOKEN, GITHUB_ACTIONS: '' }, stdio: ['ignore', 'ignore', 'pipe'], detached: true })
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    let seen = 0
    let killed = false
    const stop = server.onRequest(() => {
      seen++
      if (killAfter > 0 && seen === killAfter && child.exitCode === null && child.pid) {
        process.kill(-child.pid, 'SIGKILL')
        killed = true
      }
    })
    child.on('close', (code) => {
      stop()
      resolve({ code, killed, stderr })
    })
  })
}

describe('kill -9 during a push', () => {
  it(`leaves the branch consistent and every run landed or saved (${TRIALS} trials)`, async () => {
    const url = server.url('killed')
    const random = seeded(99)
    const trials: Trial[] = []
    for (let i = 0; i < TRIALS; i++) {
      const tmp = path.join(work, `trial-${i}`)
      mkdirSync(tmp)
      const build = `kill-${i}`
      const created = new Date(Date.parse('2026-06-01T00:00:00Z') + i * 60_000).toISOString()
      // a typical ingest makes 4 to 8 requests (fetch, blobs, push, rollup): kill somewhere in there, or not at all
      const killAfter = Math.floor(random() * 9)
      const r = await ingest(['--repo', url, '--build-id', build, '--timestamp', created, REPORT], tmp, killAfter)
      if (!r.killed) expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' })
      trials.push({ build, tmp, killed: r.killed, killAfter })
    }
    expect(trials.filter((t) => t.killed).length).toBeGreaterThan(5) // the trials really killed ingests

    const warnings: string[] = []
    const reader = await openHistory({ remote: url, token: TOKEN, tempDir: work, logger: collectingLogger(warnings) })
    expect(warnings).toEqual([]) // every file on the branch is whole
    expect(await rebuildRollup(reader)).toEqual(reader.rollup())
    const landed = new Set(reader.rollup().runs.map((r) => r.build_id))
    await reader.dispose()

    const saved = (t: Trial): string[] => {
      const dir = path.join(t.tmp, 'test-history-unstored')
      return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f)) : []
    }
    // landed whole, or saved (a run killed after its push but before removing the copy is both)
    expect(trials.filter((t) => !landed.has(t.build) && saved(t).length !== 1).map((t) => ({ ...t, saved: saved(t) }))).toEqual([])
    expect(trials.filter((t) => !t.killed && saved(t).length > 0).map((t) => t.build)).toEqual([])
    const copies = trials.flatMap(saved)
    if (copies.length > 0) {
      mkdirSync(path.join(work, 'final'))
      const r = await ingest(['--repo', url, '--saved', ...copies], path.join(work, 'final'), 0)
      expect(r.code).toBe(0)
    }
    const final = await openHistory({ remote: url, token: TOKEN, tempDir: work })
    expect(new Set(final.rollup().runs.map((r) => r.build_id))).toEqual(new Set(trials.map((t) => t.build)))
    expect(final.rollup().runs).toHaveLength(TRIALS)
    expect(await rebuildRollup(final)).toEqual(final.rollup())
    await final.dispose()
  }, 600_000)
})
