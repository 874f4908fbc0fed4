/**
 * The ref that names rollup.json's blob (refs/test-history-rollup/<branch>), against a real git
 * server: every push keeps it on the tree's rollup.json, a reader fetches that blob with the trees
 * (two requests instead of three), and a ref that is missing, stale or forged costs one request
 * more, never a wrong answer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { appendRuns, compactHistory, openHistory, squashHistory } from '../../src/history/index.js'
import { makeRun } from '../support/git-history-runs.js'
import { startGitServer, type GitServer } from '../support/git-server.js'

const TOKEN = 'ghs_rollupRefToken0123456789'
const REF = 'refs/test-history-rollup/test-history'

let work: string
let server: GitServer
beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'history-rollup-ref-'))
  server = await startGitServer({ token: TOKEN })
})
afterAll(async () => {
  await server.stop()
  rmSync(work, { recursive: true, force: true })
})

const run = (i: number) =>
  makeRun({ created: new Date(Date.parse('2026-06-01T00:00:00Z') + i * 60_000).toISOString(), build: `${300 + i}-1`, sha: `${i}`.padStart(40, 'e'), tests: ['t.py::a', 't.py::b'], outcomes: i % 2 ? { 't.py::b': 'failed' } : {} })

const bareGit = (name: string, args: string[], input?: string): string =>
  execFileSync('git', ['-C', server.repoPath(name), ...args], { encoding: 'utf8', input, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: work } }).trim()

/** What the ref names, or '' when it does not exist. */
const refOf = (name: string): string => bareGit(name, ['for-each-ref', '--format=%(objectname)', REF])
const rollupBlobOf = (name: string): string => bareGit(name, ['rev-parse', 'test-history:rollup.json'])

const open = (name: string) => openHistory({ remote: server.url(name), token: TOKEN, tempDir: path.join(work, 'tmp') })

/** Stores runs `from`..`to`, compacting only when `compact`. */
async function store(name: string, from: number, to: number, compact: boolean): Promise<void> {
  for (let i = from; i <= to; i++) {
    const clone = await open(name)
    expect((await appendRuns(clone, [run(i)], { retentionDays: 0, compact })).status).toBe('stored')
    await clone.dispose()
  }
}

/** A fresh read of the branch: the build ids it holds and the requests it made, as `METHOD path`. */
async function read(name: string): Promise<{ builds: string[]; requests: string[] }> {
  const first = server.requests.length
  const clone = await open(name)
  const builds = clone.rollup().runs.map((r) => r.build_id)
  await clone.dispose()
  return { builds, requests: server.requests.slice(first).map((r) => `${r.method} ${r.url.replace(/^.*\.git\//, '')}`) }
}

/**
 * A proxy in front of the test server that answers a fetch asking for `blob` together with a
 * shallow fetch of the trees with a git error, as a server that allows no such mix would.
 */
async function refusingBlobWithTrees(target: string, blob: string): Promise<{ url: string; refused: number; stop: () => Promise<void> }> {
  const to = new URL(target)
  const state = { refused: 0 }
  const proxy = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const text = body.toString('latin1')
      if (text.includes(`want ${blob}`) && text.includes('deepen')) {
        state.refused++
        const line = `ERR upload-pack: not our ref ${blob}\n`
        res.writeHead(200, { 'Content-Type': 'application/x-git-upload-pack-result' })
        res.end(`${(line.length + 4).toString(16).padStart(4, '0')}${line}0000`)
        return
      }
      const forward = http.request({ host: to.hostname, port: to.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      })
      forward.end(body)
    })
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const port = (proxy.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}${to.pathname}`,
    get refused() {
      return state.refused
    },
    stop: () => new Promise<void>((resolve) => proxy.close(() => resolve()))
  }
}

const TWO = ['POST git-upload-pack', 'POST git-upload-pack']
const THREE = [...TWO, 'POST git-upload-pack']

describe("the rollup's ref", () => {
  it('follows rollup.json through every kind of push: created with the branch, left alone by a run that does not rewrite it, moved by a compaction, kept by a squash', async () => {
    const name = 'follows'
    await store(name, 1, 1, true)
    expect(refOf(name)).toMatch(/^[0-9a-f]{40}$/)
    expect(refOf(name)).toBe(rollupBlobOf(name))
    const first = rollupBlobOf(name)

    await store(name, 2, 3, false)
    expect(rollupBlobOf(name)).toBe(first)
    expect(refOf(name)).toBe(first)

    const clone = await open(name)
    expect(await compactHistory(clone, { retentionDays: 0 })).toMatchObject({ status: 'compacted' })
    await clone.dispose()
    expect(rollupBlobOf(name)).not.toBe(first)
    expect(refOf(name)).toBe(rollupBlobOf(name))

    const squashing = await open(name)
    expect(await squashHistory(squashing)).toMatchObject({ status: 'squashed' })
    await squashing.dispose()
    expect(refOf(name)).toBe(rollupBlobOf(name))
    expect(await read(name)).toEqual({ builds: ['301-1', '302-1', '303-1'], requests: TWO })
  })

  it('missing (a branch written before it, or the ref deleted): the read takes one request more, and the next stored run sets it again', async () => {
    const name = 'missing'
    await store(name, 1, 1, true)
    bareGit(name, ['update-ref', '-d', REF])
    expect(await read(name)).toEqual({ builds: ['301-1'], requests: THREE })

    // a run that leaves rollup.json as it was still sets the ref (the reader folds in its run file)
    await store(name, 2, 2, false)
    expect(refOf(name)).toBe(rollupBlobOf(name))
    const withRef = await read(name)
    bareGit(name, ['update-ref', '-d', REF])
    const without = await read(name)
    expect(withRef.builds).toEqual(['301-1', '302-1'])
    expect(without.builds).toEqual(withRef.builds)
    expect(without.requests).toHaveLength(withRef.requests.length + 1)
  })

  it('naming another blob (set by hand, or by someone who wants their rollup read): not used; the tree\'s rollup.json is read', async () => {
    const name = 'forged'
    await store(name, 1, 1, true)
    // a rollup.json that looks right but holds a run the branch never had
    const real = bareGit(name, ['cat-file', 'blob', 'test-history:rollup.json'])
    const forgedText = real.replace(/"301-1"/g, '"999-1"')
    expect(forgedText).not.toBe(real)
    const forged = bareGit(name, ['hash-object', '-w', '--stdin'], forgedText)
    bareGit(name, ['update-ref', REF, forged])
    expect(await read(name)).toEqual({ builds: ['301-1'], requests: THREE })

    // the next run that rewrites the rollup takes the ref back (its old value is the forged one, read with the refs)
    await store(name, 3, 3, true)
    expect(refOf(name)).toBe(rollupBlobOf(name))
  })

  it('naming a commit instead of a blob: not used either', async () => {
    const name = 'not-a-blob'
    await store(name, 1, 1, true)
    bareGit(name, ['update-ref', REF, bareGit(name, ['rev-parse', 'test-history'])])
    expect(await read(name)).toEqual({ builds: ['301-1'], requests: THREE })
  })

  it('a server that cannot push atomically: runs are stored all the same and the ref is left out (reads take the third request)', async () => {
    const name = 'no-atomic'
    server.url(name)
    bareGit(name, ['config', 'receive.advertiseAtomic', 'false'])
    await store(name, 1, 1, true)
    expect(refOf(name)).toBe('')
    expect(await read(name)).toEqual({ builds: ['301-1'], requests: THREE })
  })

  it('a server that refuses every ref outside refs/heads (a pre-receive hook): runs and compactions land all the same, without the ref', async () => {
    const name = 'branches-only'
    server.url(name)
    writeFileSync(
      path.join(server.repoPath(name), 'hooks', 'pre-receive'),
      '#!/bin/sh\nwhile read old new ref; do case "$ref" in refs/heads/*) ;; *) echo "only branches here: $ref" >&2; exit 1;; esac; done\n',
      { mode: 0o755 }
    )
    // run 1 is compacted (the rollup is written), run 2 finds the rollup without its ref and tries to set it
    await store(name, 1, 2, true)
    expect(rollupBlobOf(name)).toMatch(/^[0-9a-f]{40}$/)
    expect(refOf(name)).toBe('')
    expect((await read(name)).builds).toEqual(['301-1', '302-1'])
  })

  it('a server that fails a fetch asking for the blob with the trees: read all the same, the rollup in a request of its own', async () => {
    const name = 'picky'
    await store(name, 1, 1, true)
    const proxy = await refusingBlobWithTrees(server.url(name), refOf(name))
    try {
      const clone = await openHistory({ remote: proxy.url, token: TOKEN, tempDir: path.join(work, 'tmp') })
      expect(clone.rollup().runs.map((r) => r.build_id)).toEqual(['301-1'])
      await clone.dispose()
      // the fetch with the blob, once more after reading the capabilities, then without it
      expect(proxy.refused).toBe(2)
    } finally {
      await proxy.stop()
    }
  })

  it('a writer that does not read the rollup (ingest) does not fetch it with the trees', async () => {
    const name = 'writer'
    await store(name, 1, 1, true)
    const first = server.requests.length
    const writer = await openHistory({ remote: server.url(name), token: TOKEN, tempDir: path.join(work, 'tmp'), read: false })
    expect(writer.objects.holds(rollupBlobOf(name))).toBe(false)
    await writer.dispose()
    expect(server.requests.slice(first)).toHaveLength(2)
  })
})
