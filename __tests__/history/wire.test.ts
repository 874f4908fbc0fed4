/**
 * The git protocol spoken from node (src/history/wire): packs read from and written for real git,
 * and the answers of servers that are not what the store expects (not git, no such repository, too
 * old for protocol version 2, a redirect elsewhere, a proxy in the way).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as http from 'node:http'
import * as net from 'node:net'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { InputError } from '../../src/errors.js'
import { appendRuns, openHistory } from '../../src/history/index.js'
import { objectId, readPack, writePack, type GitObject, type ObjectType } from '../../src/history/wire/pack.js'
import { packets } from '../../src/history/wire/pkt-line.js'
import { RemoteFailure, WireError } from '../../src/history/wire/failure.js'
import { transportFor } from '../../src/history/wire/transport.js'
import { makeRun } from '../support/git-history-runs.js'
import { startGitServer, type GitServer } from '../support/git-server.js'

const TOKEN = 'ghs_wiretoken0123456789'

let work: string
let server: GitServer
beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'history-wire-'))
  server = await startGitServer({ token: TOKEN })
})
afterAll(async () => {
  await server.stop()
  rmSync(work, { recursive: true, force: true })
})

const git = (cwd: string, args: string[], input?: Buffer | string): Buffer => execFileSync('git', args, { cwd, input, maxBuffer: 1 << 28, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: work } })

const run = (i: number) =>
  makeRun({ created: new Date(Date.parse('2026-05-01T00:00:00Z') + i * 60_000).toISOString(), build: `${900 + i}-1`, sha: `${i}`.padStart(40, 'd'), tests: ['t.py::a', 't.py::b'], outcomes: i % 2 ? { 't.py::a': 'failed' } : {} })

/** A repository whose files change a little per commit, so that git packs them as deltas of each other. */
function repositoryWithDeltas(): string {
  const dir = path.join(work, `deltas-${Math.random().toString(36).slice(2)}`)
  git(work, ['init', '-q', dir])
  const lines = Array.from({ length: 400 }, (_, i) => `line ${i}: ${'x'.repeat(i % 37)}`)
  for (let c = 0; c < 6; c++) {
    lines[c * 50] = `changed in commit ${c}`
    writeFileSync(path.join(dir, 'big.txt'), lines.join('\n'))
    writeFileSync(path.join(dir, `small-${c}.txt`), `file ${c}\n`)
    git(dir, ['add', '-A'])
    git(dir, ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', `commit ${c}`])
  }
  return dir
}

/** Every object of a repository, read by git itself. */
function objectsOf(dir: string): Map<string, GitObject> {
  const ids = git(dir, ['cat-file', '--batch-all-objects', '--batch-check=%(objectname) %(objecttype)']).toString('utf8').trim().split('\n')
  const out = new Map<string, GitObject>()
  for (const line of ids) {
    const [oid, type] = line.split(' ')
    out.set(oid, { type: type as ObjectType, body: git(dir, ['cat-file', type, oid]) })
  }
  return out
}

describe('packs', () => {
  it.each([
    ['offset deltas', ['--delta-base-offset']],
    ['deltas by id', []]
  ])('reads every object of a pack git wrote with %s, each with the id git gives it', (_, flags) => {
    const dir = repositoryWithDeltas()
    const expected = objectsOf(dir)
    const pack = git(dir, ['pack-objects', '--stdout', '--revs', '--all', ...flags], '')
    // the pack holds deltas (else this would test whole objects only): git's own listing of it says so
    const bare = path.join(work, `index-${Math.random().toString(36).slice(2)}.git`)
    git(work, ['init', '-q', '--bare', bare])
    const name = git(bare, ['index-pack', '--stdin', '--strict'], pack).toString('utf8').trim().split(/\s+/).at(-1) as string
    const listing = git(bare, ['verify-pack', '-v', path.join(bare, 'objects', 'pack', `pack-${name}.idx`)]).toString('utf8')
    expect(listing.split('\n').filter((l) => /^[0-9a-f]{40} blob\s+\d+ \d+ \d+ \d+ [0-9a-f]{40}$/.test(l)).length).toBeGreaterThan(0)

    const read = readPack(pack)
    expect([...read.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [oid, object] of read) {
      expect(object.type).toBe(expected.get(oid)?.type)
      expect(object.body.equals(expected.get(oid)?.body as Buffer)).toBe(true)
      expect(objectId(object.type, object.body)).toBe(oid)
    }
  })

  it('refuses a damaged pack with a message instead of returning wrong objects', () => {
    const dir = repositoryWithDeltas()
    const pack = git(dir, ['pack-objects', '--stdout', '--revs', '--all', '--delta-base-offset'], '')
    const flipped = Buffer.from(pack)
    flipped[Math.floor(pack.length / 2)] ^= 0xff
    expect(() => readPack(flipped)).toThrow(WireError)
    expect(() => readPack(flipped)).toThrow(/checksum does not match/)
    expect(() => readPack(pack.subarray(0, 40))).toThrow(WireError)
    expect(() => readPack(Buffer.from('<html>not a pack</html>'.padEnd(64, ' ')))).toThrow(/does not start with PACK/)
  })

  it('writes packs that git itself takes in (index-pack --strict), holding the same objects', () => {
    const objects: GitObject[] = [
      { type: 'blob', body: Buffer.from('{"schema_version": 3}\n') },
      { type: 'blob', body: Buffer.alloc(70_000, 'y') }, // a size over several header bytes
      { type: 'blob', body: Buffer.alloc(0) }
    ]
    const tree = Buffer.concat(
      objects.flatMap((o, i) => [Buffer.from(`100644 f${i}\0`), Buffer.from(objectId(o.type, o.body), 'hex')])
    )
    objects.push({ type: 'tree', body: tree })
    const bare = path.join(work, `take-${Date.now()}.git`)
    git(work, ['init', '-q', '--bare', bare])
    git(bare, ['index-pack', '--stdin', '--strict'], writePack(objects))
    for (const o of objects) {
      const oid = objectId(o.type, o.body)
      expect(git(bare, ['cat-file', '-t', oid]).toString('utf8').trim()).toBe(o.type)
      expect(git(bare, ['cat-file', o.type, oid]).equals(o.body)).toBe(true)
    }
  })

  it('refuses pkt-lines that are not git framing', () => {
    expect(() => [...packets(Buffer.from('zzzzhello'))]).toThrow(/invalid pkt-line length/)
    expect(() => [...packets(Buffer.from('00ffshort'))]).toThrow(/does not fit/)
    expect([...packets(Buffer.from('0009hello0000'))].map((p) => p.kind)).toEqual(['data', 'flush'])
  })
})

/** An HTTP server answering every request with `answer`; records the requests. */
async function plainServer(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<{ url: string; requests: http.IncomingHttpHeaders[]; stop: () => Promise<void> }> {
  const requests: http.IncomingHttpHeaders[] = []
  const s = http.createServer((req, res) => {
    requests.push(req.headers)
    req.resume()
    answer(req, res)
  })
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
    requests,
    stop: () => new Promise<void>((resolve) => s.close(() => resolve()))
  }
}

async function failure(remote: string, token = TOKEN): Promise<InputError> {
  const error = await openHistory({ remote, token, tempDir: path.join(work, 'tmp') }).then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

const requestLines = (requests: Array<{ method: string; url: string; status: number }>): string[] => requests.map((r) => `${r.method} ${r.url.replace(/^.*\.git\//, '')} ${r.status}`)

describe('the requests a read makes', () => {
  it("a server of today: the refs, then the trees with the rollup (its blob named by a ref of its own), with no advertisement read first", async () => {
    const url = server.url('requests')
    const writer = await openHistory({ remote: url, token: TOKEN, tempDir: path.join(work, 'tmp') })
    expect((await appendRuns(writer, [run(1)], { retentionDays: 0 })).status).toBe('stored')
    await writer.dispose()
    const first = server.requests.length
    const reader = await openHistory({ remote: url, token: TOKEN, tempDir: path.join(work, 'tmp') })
    expect(reader.rollup().runs).toHaveLength(1)
    await reader.dispose()
    expect(requestLines(server.requests.slice(first))).toEqual(['POST git-upload-pack 200', 'POST git-upload-pack 200'])
  })
})

describe('servers that are not what the store expects', () => {
  it('a web page where the repository should be: says the server does not speak git', async () => {
    const web = await plainServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' })
      res.end('<html>welcome</html>')
    })
    try {
      const error = await failure(`${web.url}/repo.git`)
      expect(error.message).toContain(`${web.url}/repo.git`)
      expect(error.message).toMatch(/does not speak git's smart HTTP protocol \(it answered text\/html\)/)
    } finally {
      await web.stop()
    }
  })

  it('an answer that claims to be git but is not: an error naming the server, not a crash', async () => {
    const garbled = await plainServer((req, res) => {
      const service = req.url?.includes('receive') ? 'git-receive-pack' : 'git-upload-pack'
      res.writeHead(200, { 'Content-Type': req.method === 'GET' ? `application/x-${service}-advertisement` : `application/x-${service}-result` })
      res.end('zzzz this is not pkt-line framing')
    })
    try {
      const error = await failure(`${garbled.url}/repo.git`)
      expect(error.message).toContain(`The git server of ${garbled.url}/repo.git gave an answer the action cannot use`)
      expect(error.message).toMatch(/invalid pkt-line length/)
    } finally {
      await garbled.stop()
    }
  })

  it('no such repository (404): names it and says what to check', async () => {
    const missing = await plainServer((_, res) => {
      res.writeHead(404, { 'Content-Type': 'text/plain' })
      res.end('Repository not found.')
    })
    try {
      const error = await failure(`${missing.url}/nope.git`)
      expect(error.message).toMatch(/could not be reached to fetch the branch "test-history"/)
      expect(error.message).toMatch(/answered 404/)
      expect(error.message).toMatch(/Check the --repo \/ history-repository value/)
    } finally {
      await missing.stop()
    }
  })

  it('nothing listening: says it could not be reached', async () => {
    const gone = await plainServer(() => undefined)
    await gone.stop()
    const error = await failure(`${gone.url}/repo.git`)
    expect(error.message).toMatch(/could not be reached/)
    expect(error.message).toMatch(/ECONNREFUSED/)
  })

  it('a wrong token (401): asks for a token that can read the repository', async () => {
    const error = await failure(server.url('wrong-token'), 'ghs_not_the_token')
    expect(error.message).toMatch(/refused the token/)
    expect(error.message).toMatch(/contents: read/)
    expect(error.message).not.toContain('ghs_not_the_token')
  })

  it('a git older than 2.18 (protocol version 0 only): says which git it needs', async () => {
    const old = await startGitServer({ token: TOKEN, protocolV2: false })
    try {
      const error = await failure(old.url('old'))
      expect(error.message).toMatch(/does not offer git's protocol version 2/)
      expect(error.message).toMatch(/git 2\.18 or later/)
    } finally {
      await old.stop()
    }
  })

  it('a server without partial fetches: reads and stores all the same (it only sends more)', async () => {
    const full = await startGitServer({ token: TOKEN, filter: false })
    try {
      const url = full.url('nofilter')
      for (const i of [1, 2, 3]) {
        const clone = await openHistory({ remote: url, token: TOKEN, tempDir: path.join(work, 'tmp') })
        expect((await appendRuns(clone, [run(i)], { retentionDays: 0 })).status).toBe('stored')
        await clone.dispose()
      }
      const first = full.requests.length
      const again = await openHistory({ remote: url, token: TOKEN, tempDir: path.join(work, 'tmp') })
      expect(again.rollup().runs.map((r) => r.build_id)).toEqual(['901-1', '902-1', '903-1'])
      expect(again.rollup().tests['t.py::a'].failures).toHaveLength(2)
      // the filtered fetch it refused, its advertisement (which offers no filter), the fetch again without the filter
      expect(requestLines(full.requests.slice(first))).toEqual([
        'POST git-upload-pack 200',
        'POST git-upload-pack 200',
        'GET info/refs?service=git-upload-pack 200',
        'POST git-upload-pack 200'
      ])
      await again.dispose()
    } finally {
      await full.stop()
    }
  })

  it('a redirect to another origin: followed, but without the token', async () => {
    const elsewhere = await plainServer((_, res) => {
      res.writeHead(401, { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Basic realm="x"' })
      res.end('who are you?')
    })
    const redirecting = await plainServer((req, res) => {
      res.writeHead(301, { Location: `${elsewhere.url}${req.url}` })
      res.end()
    })
    try {
      const error = await failure(`${redirecting.url}/moved.git`)
      expect(error.message).toMatch(/refused the token/)
      expect(redirecting.requests[0].authorization).toMatch(/^Basic /)
      expect(elsewhere.requests.length).toBe(1)
      expect(elsewhere.requests[0].authorization).toBeUndefined()
    } finally {
      await redirecting.stop()
      await elsewhere.stop()
    }
  })

  it('a repository that moved: the redirect of the advertisement is followed, and the requests after it go there', async () => {
    const target = await startGitServer({})
    const moved = await plainServer((req, res) => {
      res.writeHead(301, { Location: target.url('moved-here').replace(/\.git$/, '') + String(req.url).replace(/^\/old\.git/, '.git') })
      res.end()
    })
    try {
      const writer = await openHistory({ remote: target.url('moved-here'), tempDir: path.join(work, 'tmp') })
      expect((await appendRuns(writer, [run(1)], { retentionDays: 0 })).status).toBe('stored')
      await writer.dispose()
      const first = target.requests.length
      const reader = await openHistory({ remote: `${moved.url}/old.git`, tempDir: path.join(work, 'tmp') })
      expect(reader.rollup().runs.map((r) => r.build_id)).toEqual(['901-1'])
      await reader.dispose()
      // the refs asked where the repository was (redirected), then its advertisement (redirected, followed); the rest went to the new place
      expect(moved.requests).toHaveLength(2)
      expect(requestLines(target.requests.slice(first))).toEqual(['GET info/refs?service=git-upload-pack 200', 'POST git-upload-pack 200', 'POST git-upload-pack 200'])
    } finally {
      await moved.stop()
      await target.stop()
    }
  })

  it('through the proxy the environment names (http_proxy), as git would', async () => {
    // a CONNECT proxy that knows the host "git-server.test", which nothing else on this machine resolves
    const port = Number(new URL(server.url('proxied')).port)
    const tunnels: string[] = []
    const proxy = http.createServer((_, res) => res.writeHead(405).end())
    proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
      tunnels.push(String(req.url))
      const upstream = net.connect(port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    const saved = { http_proxy: process.env.http_proxy, no_proxy: process.env.no_proxy }
    process.env.http_proxy = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    delete process.env.no_proxy
    try {
      const remote = `http://git-server.test:${port}/proxied.git`
      const clone = await openHistory({ remote, token: TOKEN, tempDir: path.join(work, 'tmp') })
      expect((await appendRuns(clone, [run(7)], { retentionDays: 0 })).status).toBe('stored')
      await clone.dispose()
      expect(tunnels.length).toBeGreaterThan(0)
      expect(new Set(tunnels)).toEqual(new Set([`git-server.test:${port}`]))
      expect(git(work, ['--git-dir', server.repoPath('proxied'), 'ls-tree', '-r', '--name-only', 'test-history']).toString('utf8')).toMatch(/runs\/2026\/05\//)
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
      proxy.closeAllConnections()
      await new Promise<void>((resolve) => proxy.close(() => resolve()))
    }
  })
})

describe('a server that stops answering', () => {
  it('fails the request after the idle time instead of holding the job', async () => {
    const silent = await plainServer(() => undefined) // takes the request, never answers
    try {
      const transport = transportFor(`${silent.url}/repo.git`, null, {}, 200)
      const error = await transport.advertise('git-upload-pack', true).then(
        () => null,
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(RemoteFailure)
      expect((error as RemoteFailure).kind).toBe('unreachable')
      expect((error as RemoteFailure).message).toMatch(/could not be reached: no answer for 0\.2 s/)
    } finally {
      await silent.stop()
    }
  })
})
