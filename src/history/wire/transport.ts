/**
 * How the git protocol's messages reach the server. Over http(s) (git's smart HTTP: a GET for the
 * advertisement, a POST per request) from node itself, the token in an Authorization header that
 * goes to the remote's own origin only; for a file:// remote, through `git upload-pack` /
 * `git receive-pack --stateless-rpc`, the same programs git's HTTP server runs, so both paths
 * carry the same bytes.
 */
import type * as http from 'node:http'
import { fileURLToPath } from 'node:url'
import { RemoteFailure } from './failure.js'
import { packets } from './pkt-line.js'

export type Service = 'git-upload-pack' | 'git-receive-pack'

export interface Transport {
  /** the advertisement of a service (protocol v2 capabilities, or v0 refs for receive-pack) */
  advertise(service: Service, v2: boolean): Promise<Buffer>
  /** one request of a service and its whole answer */
  request(service: Service, body: Buffer, v2: boolean): Promise<Buffer>
}

/** Answers above this are refused (a rollup is bounded at 512 MiB; see layout.ts). */
const MAX_RESPONSE_BYTES = 1024 * 1024 * 1024
const USER_AGENT = 'git/test-incident-loop'
/** How long a connection may stay silent. */
const IDLE_TIMEOUT_MS = 120_000

export function transportFor(remote: string, authorization: string | null, env: Record<string, string> = {}, idleTimeoutMs = IDLE_TIMEOUT_MS): Transport {
  const url = new URL(remote)
  if (url.protocol === 'file:') return new LocalTransport(fileURLToPath(url), env)
  if (url.protocol === 'http:' || url.protocol === 'https:') return new HttpTransport(url, authorization, idleTimeoutMs)
  throw new RemoteFailure('unreachable', `the remote ${remote} uses ${url.protocol.slice(0, -1)}, which the action does not speak; give an https:// URL or a local path`)
}

/** Strips the `# service=...` preamble smart HTTP puts before an advertisement. */
export function withoutServiceLine(advertisement: Buffer): Buffer {
  if (!advertisement.subarray(4, 14).equals(Buffer.from('# service='))) return advertisement
  for (const p of packets(advertisement)) if (p.kind === 'flush') return advertisement.subarray(p.end)
  return advertisement
}

class HttpTransport implements Transport {
  private base: URL
  private agent: Promise<http.Agent | undefined> | null = null

  constructor(
    private readonly origin: URL,
    private readonly authorization: string | null,
    private readonly idleTimeoutMs: number
  ) {
    this.base = new URL(origin.href.replace(/\/+$/, ''))
  }

  /**
   * Like git (http.followRedirects=initial), only the advertisement follows redirects, and later
   * requests go where it ended. A request redirected before any advertisement was read fails as
   * an answered request, and upload-pack then reads the advertisement (protocol.ts).
   */
  async advertise(service: Service, v2: boolean): Promise<Buffer> {
    let target = new URL(`${this.base.href}/info/refs?service=${service}`)
    for (let hop = 0; hop < 5; hop++) {
      const res = await this.send('GET', target, null, { ...(v2 ? { 'Git-Protocol': 'version=2' } : {}) })
      if (res.status >= 300 && res.status < 400 && res.location) {
        target = new URL(res.location, target)
        this.base = new URL(target.href.replace(/\/info\/refs\?.*$/, ''))
        continue
      }
      this.check(res, service, `application/x-${service}-advertisement`)
      return res.body
    }
    throw new RemoteFailure('unreachable', `${this.origin.href} redirected more than 5 times`, true)
  }

  async request(service: Service, body: Buffer, v2: boolean): Promise<Buffer> {
    const res = await this.send('POST', new URL(`${this.base.href}/${service}`), body, {
      'Content-Type': `application/x-${service}-request`,
      Accept: `application/x-${service}-result`,
      ...(v2 ? { 'Git-Protocol': 'version=2' } : {})
    })
    this.check(res, service, `application/x-${service}-result`)
    return res.body
  }

  private check(res: { status: number; type: string; body: Buffer }, service: Service, type: string): void {
    const said = res.body.toString('utf8', 0, 200).trim().split('\n')[0]
    if (res.status === 401) throw new RemoteFailure('auth', `${this.origin.href} answered 401 (authentication required)${said ? `: ${said}` : ''}`)
    if (res.status === 403) throw new RemoteFailure('forbidden', `${this.origin.href} answered 403 (forbidden) to ${service}${said ? `: ${said}` : ''}`)
    if (res.status === 404) throw new RemoteFailure('unreachable', `${this.origin.href} answered 404: not found (no such repository, or the token may not see it)`, true)
    if (res.status !== 200) throw new RemoteFailure('unreachable', `${this.origin.href} answered ${res.status} to ${service}${said ? `: ${said}` : ''}`, true)
    if (res.type !== type) throw new RemoteFailure('protocol', `${this.origin.href} does not speak git's smart HTTP protocol (it answered ${res.type || 'without a content type'})`)
  }

  private async send(method: string, url: URL, body: Buffer | null, headers: Record<string, string>): Promise<{ status: number; type: string; location: string | null; body: Buffer }> {
    // the token only ever goes to the remote's own origin (a redirect elsewhere goes without it)
    const auth = this.authorization && url.origin === this.origin.origin ? { Authorization: this.authorization } : {}
    const agent = await (this.agent ??= proxyAgent(url))
    // loaded on first use: a file:// remote needs neither, and TLS takes a while to load
    const client = url.protocol === 'https:' ? await import('node:https') : await import('node:http')
    return new Promise((resolve, reject) => {
      const req = client.request(
        url,
        { method, agent, headers: { 'User-Agent': USER_AGENT, 'Accept-Encoding': 'identity', ...(body ? { 'Content-Length': String(body.length) } : {}), ...headers, ...auth } },
        (res) => {
          const chunks: Buffer[] = []
          let size = 0
          res.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size > MAX_RESPONSE_BYTES) {
              res.destroy()
              reject(new RemoteFailure('protocol', `${this.origin.href} sent more than ${MAX_RESPONSE_BYTES / 1024 ** 3} GiB for one request of the history branch`))
              return
            }
            chunks.push(chunk)
          })
          res.on('error', (error) => reject(new RemoteFailure('unreachable', `${this.origin.href}: ${error.message}`)))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? '').split(';')[0].trim(), location: res.headers.location ?? null, body: Buffer.concat(chunks) })
          )
        }
      )
      req.on('error', (error) => reject(new RemoteFailure('unreachable', `${this.origin.href} could not be reached: ${error.message}`)))
      // a server that stops answering fails the step instead of holding the job until its timeout
      req.setTimeout(this.idleTimeoutMs, () => req.destroy(new Error(`no answer for ${this.idleTimeoutMs / 1000} s`)))
      req.end(body ?? undefined)
    })
  }
}

/** The agent for a proxy the environment names for this URL (https_proxy, no_proxy, as the runner sets them); none otherwise. */
async function proxyAgent(url: URL): Promise<http.Agent | undefined> {
  const names = url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY']
  if (!names.some((n) => process.env[n])) return undefined
  // only then load the runner's HTTP client, which reads those variables (and no_proxy) as the runner does
  const { HttpClient } = await import('@actions/http-client')
  return new HttpClient(USER_AGENT).getAgent(url.href)
}

class LocalTransport implements Transport {
  constructor(
    private readonly dir: string,
    private readonly env: Record<string, string>
  ) {}

  advertise(service: Service, v2: boolean): Promise<Buffer> {
    return this.run(service, ['--advertise-refs'], Buffer.alloc(0), v2)
  }

  request(service: Service, body: Buffer, v2: boolean): Promise<Buffer> {
    return this.run(service, [], body, v2)
  }

  private async run(service: Service, extra: string[], input: Buffer, v2: boolean): Promise<Buffer> {
    const env: Record<string, string> = {}
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GIT_')) env[k] = v
    Object.assign(env, this.env, { LC_ALL: 'C' }, v2 ? { GIT_PROTOCOL: 'version=2' } : {})
    // loaded here: an https remote (every run in Actions) never starts a process
    const { spawn } = await import('node:child_process')
    return new Promise((resolve, reject) => {
      const child = spawn('git', [service.slice(4), '--stateless-rpc', ...extra, this.dir], { env, stdio: ['pipe', 'pipe', 'pipe'] })
      const out: Buffer[] = []
      let stderr = ''
      child.stdout.on('data', (c: Buffer) => out.push(c))
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
      child.on('error', (error) => reject(new RemoteFailure('unreachable', `git ${service.slice(4)} could not be started: ${error.message}`)))
      child.on('close', (code) => {
        if (code === 0) resolve(Buffer.concat(out))
        else reject(new RemoteFailure('unreachable', `${this.dir}: ${stderr.trim().split('\n').at(-1) ?? `git ${service.slice(4)} failed`}`, true))
      })
      child.stdin.on('error', () => undefined)
      child.stdin.end(input)
    })
  }
}
