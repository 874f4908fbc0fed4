/**
 * A real git smart-HTTP server for tests: Node's http server in front of `git http-backend` (CGI)
 * over bare repositories in a temp folder. It checks the Authorization header the way GitHub does
 * for a token (basic, user x-access-token), can refuse pushes like a read-only token (403), and
 * records every request so tests can check where credentials went.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'

export interface RecordedRequest {
  method: string
  url: string
  authorization: string | null
  status: number
}

export interface GitServer {
  /** `http://127.0.0.1:<port>/<repoName>.git`; creates the bare repository on first use */
  url(repoName: string): string
  /** folder of the bare repository behind url(repoName) */
  repoPath(repoName: string): string
  requests: RecordedRequest[]
  /** calls `listener` on every request as it arrives; returns a function that stops it */
  onRequest(listener: (r: RecordedRequest) => void): () => void
  setReadOnly(readOnly: boolean): void
  /** see GitServerOptions.latencyMs */
  setLatency(ms: number): void
  stop(): Promise<void>
}

export interface GitServerOptions {
  /** the token clients must send (as basic auth, user x-access-token); omit to accept anyone */
  token?: string
  readOnly?: boolean
  /** false: serve like a server without partial-fetch support (default true) */
  filter?: boolean
  /** false: serve like a git older than 2.18, which speaks only protocol version 0 (default true) */
  protocolV2?: boolean
  /** answer every request this many ms late, as a server across a network would (default 0) */
  latencyMs?: number
  /** serve the repositories of this folder, left in place on stop (default: a new temp folder, removed) */
  root?: string
}

const HTTP_BACKEND = path.join(execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim(), 'git-http-backend')

export async function startGitServer(opts: GitServerOptions = {}): Promise<GitServer> {
  const root = opts.root ?? mkdtempSync(path.join(os.tmpdir(), 'git-server-'))
  let readOnly = opts.readOnly ?? false
  const filter = opts.filter ?? true
  const listeners: Array<(r: RecordedRequest) => void> = []
  const requests: RecordedRequest[] = []
  const expected = opts.token ? 'basic ' + Buffer.from(`x-access-token:${opts.token}`).toString('base64') : null

  let latency = opts.latencyMs ?? 0
  const server = http.createServer((req, res) => (latency > 0 ? setTimeout(() => handle(req, res), latency) : handle(req, res)))
  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const auth = req.headers.authorization ?? null
    const record: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', authorization: auth, status: 0 }
    requests.push(record)
    for (const listener of listeners) listener(record)
    const answer = (status: number, text: string, headers: Record<string, string> = {}): void => {
      record.status = status
      res.writeHead(status, { 'Content-Type': 'text/plain', ...headers })
      res.end(text)
    }
    if (expected && (auth === null || !sameCredential(auth, expected))) {
      req.resume()
      return answer(401, 'authentication required\n', { 'WWW-Authenticate': 'Basic realm="git"' })
    }
    const isPush = url.searchParams.get('service') === 'git-receive-pack' || url.pathname.endsWith('/git-receive-pack')
    if (readOnly && isPush) {
      req.resume()
      return answer(403, 'Permission to repo denied to github-actions[bot].\n')
    }
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      REQUEST_METHOD: req.method ?? 'GET',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.replace(/^\?/, ''),
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      REMOTE_USER: 'x-access-token',
      REMOTE_ADDR: '127.0.0.1',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: root
    }
    if (req.headers['content-length']) env.CONTENT_LENGTH = req.headers['content-length']
    if (req.headers['content-encoding']) env.HTTP_CONTENT_ENCODING = req.headers['content-encoding']
    if (req.headers['git-protocol'] && opts.protocolV2 !== false) env.GIT_PROTOCOL = String(req.headers['git-protocol'])
    const cgi = spawn(HTTP_BACKEND, [], { env })
    req.pipe(cgi.stdin)
    let head = Buffer.alloc(0)
    let headersDone = false
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) return void res.write(chunk)
      head = Buffer.concat([head, chunk])
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) return
      headersDone = true
      let status = 200
      const headers: Record<string, string> = {}
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const i = line.indexOf(':')
        if (i < 0) continue
        const name = line.slice(0, i).trim()
        const value = line.slice(i + 1).trim()
        if (name.toLowerCase() === 'status') status = parseInt(value, 10)
        else headers[name] = value
      }
      record.status = status
      res.writeHead(status, headers)
      res.write(head.subarray(end + 4))
    })
    cgi.stderr.resume()
    cgi.on('close', () => {
      if (!headersDone) answer(500, 'git http-backend gave no answer\n')
      else res.end()
    })
    cgi.stdin.on('error', () => undefined)
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port

  const repoPath = (name: string): string => path.join(root, `${name}.git`)
  return {
    url(name) {
      const p = repoPath(name)
      if (!existsSync(p)) {
        execFileSync('git', ['init', '-q', '--bare', p])
        execFileSync('git', ['-C', p, 'config', 'http.receivepack', 'true'])
        // as GitHub: partial fetches (the history store fetches trees first, blobs on demand)
        if (filter) execFileSync('git', ['-C', p, 'config', 'uploadpack.allowFilter', 'true'])
      }
      return `http://127.0.0.1:${port}/${name}.git`
    },
    repoPath,
    requests,
    onRequest(listener) {
      listeners.push(listener)
      return () => void listeners.splice(listeners.indexOf(listener), 1)
    },
    setLatency(ms) {
      latency = ms
    },
    setReadOnly(b) {
      readOnly = b
    },
    async stop() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      if (!opts.root) rmSync(root, { recursive: true, force: true })
    }
  }
}

/** Basic credentials compare case-insensitively on the scheme only. */
function sameCredential(got: string, expected: string): boolean {
  const [gs, gv] = got.split(' ')
  const [es, ev] = expected.split(' ')
  return gs?.toLowerCase() === es?.toLowerCase() && gv === ev
}
