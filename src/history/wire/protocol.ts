/**
 * The two conversations the store has with a git server (gitprotocol-v2, gitprotocol-pack):
 * listing refs and fetching objects from upload-pack (protocol version 2), and updating refs with
 * a pack of new objects through receive-pack (the reference-discovery protocol, which receive-pack
 * still speaks). Nothing is written to disk: objects arrive in memory.
 */
import { RemoteFailure, WireError } from './failure.js'
import { DELIM, FLUSH, lineOf, packets, pktLine } from './pkt-line.js'
import { readPack, writePack, type GitObject } from './pack.js'
import { withoutServiceLine, type Transport } from './transport.js'

export const ZERO_OID = '0'.repeat(40)
const AGENT = 'agent=test-incident-loop'

export interface FetchRequest {
  wants: string[]
  /** asked for too while the server allows it: a server that fails the request with them is asked again without */
  optionalWants?: string[]
  /** 1: the commits wanted without their parents (a shallow fetch) */
  depth?: number
  /** only trees and commits: blobs are fetched later, by id, when read */
  withoutBlobs?: boolean
}

/**
 * What upload-pack is asked before its capabilities are known: every server of protocol version 2
 * lists refs, and git since 2.19 (GitHub's servers among them) fetches shallow and filtered.
 * Asking at once saves a request per command; a server that differs answers with an error, and
 * the request is made again the long way, after its advertisement.
 */
const ASSUMED_FETCH_FEATURES = ['shallow', 'filter']

/** upload-pack over protocol version 2. */
export class UploadPack {
  /** the `fetch` features the server advertised; null until an advertisement was needed */
  private fetchFeatures: string[] | null = null

  constructor(private readonly transport: Transport) {}

  /** The refs under the given prefixes, by name. */
  async listRefs(prefixes: string[]): Promise<Map<string, string>> {
    const body = Buffer.concat([pktLine('command=ls-refs\n'), pktLine(`${AGENT}\n`), DELIM, ...prefixes.map((p) => pktLine(`ref-prefix ${p}\n`)), FLUSH])
    return this.ask(async () => {
      const refs = new Map<string, string>()
      let ended = false
      for (const p of packets(await this.transport.request('git-upload-pack', body, true))) {
        ended = p.kind === 'flush'
        if (p.kind !== 'data') continue
        const line = lineOf(p.data)
        checkError(line)
        const [oid, name] = line.split(' ')
        if (!/^[0-9a-f]{40}$/.test(oid) || !name) throw new WireError(`an ls-refs line "${line.slice(0, 80)}"`)
        refs.set(name, oid)
      }
      // an empty or cut answer is no list (a server of protocol version 0 sends nothing to this request)
      if (!ended) throw new WireError('the ls-refs answer does not end with a flush packet')
      return refs
    })
  }

  /** The objects of the wanted commits (or of the wanted objects themselves), by id. */
  async fetch(request: FetchRequest, known?: (oid: string) => GitObject | undefined): Promise<Map<string, GitObject>> {
    const optional = request.optionalWants ?? []
    if (optional.length > 0) {
      try {
        return await this.fetchOnce([...request.wants, ...optional], request, known)
      } catch (error) {
        if (!(error instanceof RemoteFailure) || !error.answered) throw error
      }
    }
    return this.fetchOnce(request.wants, request, known)
  }

  private async fetchOnce(wants: string[], request: FetchRequest, known?: (oid: string) => GitObject | undefined): Promise<Map<string, GitObject>> {
    if (wants.length === 0) return new Map()
    return this.ask(async (features) => {
      const args = ['no-progress', 'ofs-delta']
      if (request.depth && features.includes('shallow')) args.push(`deepen ${request.depth}`)
      // a server that cannot filter sends the blobs too: only slower
      if (request.withoutBlobs && features.includes('filter')) args.push('filter blob:none')
      const body = [pktLine('command=fetch\n'), pktLine(`${AGENT}\n`), DELIM, ...args.map((a) => pktLine(`${a}\n`)), ...wants.map((w) => pktLine(`want ${w}\n`)), pktLine('done\n'), FLUSH]
      const answer = await this.transport.request('git-upload-pack', Buffer.concat(body), true)
      return readPack(packOf(answer), known)
    })
  }

  /**
   * Runs a request with the fetch features assumed; when the server answers it with an error,
   * reads the advertisement (which fails with its own, clearer error on a server that cannot do
   * this at all) and runs it again with the features the server really has.
   */
  private async ask<T>(request: (features: string[]) => Promise<T>): Promise<T> {
    if (this.fetchFeatures) return request(this.fetchFeatures)
    try {
      return await request(ASSUMED_FETCH_FEATURES)
    } catch (error) {
      if (!(error instanceof RemoteFailure) || !error.answered) throw error
      const capabilities = parseV2Capabilities(await this.transport.advertise('git-upload-pack', true))
      this.fetchFeatures = capabilities.get('fetch')?.split(' ') ?? []
      return request(this.fetchFeatures)
    }
  }
}

function parseV2Capabilities(advertisement: Buffer): Map<string, string> {
  const lines = [...packets(withoutServiceLine(advertisement))].filter((p) => p.kind === 'data').map((p) => lineOf((p as { data: Buffer }).data))
  if (lines[0] !== 'version 2') {
    throw new RemoteFailure('protocol', `the git server does not offer git's protocol version 2 (it answered "${(lines[0] ?? '').slice(0, 60)}"); it needs git 2.18 or later`)
  }
  const capabilities = new Map<string, string>()
  for (const line of lines.slice(1)) {
    const eq = line.indexOf('=')
    capabilities.set(eq < 0 ? line : line.slice(0, eq), eq < 0 ? '' : line.slice(eq + 1))
  }
  return capabilities
}

/** The pack in a fetch answer: the sections before `packfile` are skipped; band 1 is the pack, band 3 an error. */
function packOf(answer: Buffer): Buffer {
  const parts: Buffer[] = []
  let inPack = false
  for (const p of packets(answer)) {
    if (p.kind !== 'data') continue
    if (!inPack) {
      const line = lineOf(p.data)
      checkError(line)
      if (line === 'packfile') inPack = true
      continue
    }
    const band = p.data[0]
    if (band === 1) parts.push(p.data.subarray(1))
    else if (band === 3) throw new RemoteFailure('protocol', `the git server stopped the fetch: ${lineOf(p.data.subarray(1))}`)
  }
  if (!inPack) throw new WireError('the fetch answer holds no packfile')
  return Buffer.concat(parts)
}

function checkError(line: string): void {
  if (line.startsWith('ERR ')) throw new RemoteFailure('protocol', `the git server answered: ${line.slice(4)}`)
}

export interface RefUpdate {
  ref: string
  /** what the ref must be now (ZERO_OID: must not exist) */
  old: string
  /** what it becomes (ZERO_OID: deleted) */
  new: string
  /** sent only while it can go along (a hint that readers check anyway): see ReceivePack.push */
  optional?: boolean
}

export interface PushReport {
  /** every ref sent was updated */
  ok: boolean
  /** the refs the server updated */
  updated: Set<string>
  /** `ng` reasons by ref, and `unpack` when the server could not take the pack */
  rejected: Map<string, string>
  /** the server's messages (hooks, rules) as it printed them */
  messages: string[]
  /** a ref was not at the value the update expects: another writer moved it */
  stale: boolean
}

/** receive-pack: the advertised refs, then the updates with a pack of `objects`, all or none when there are several. */
export class ReceivePack {
  /** the advertisement the last push read */
  private last: { refs: Map<string, string>; capabilities: Set<string> } | null = null

  constructor(private readonly transport: Transport) {}

  /**
   * `reuseAdvertisement`: a push that only creates refs, right after another push, may go on
   * what that one read (the capabilities do not change, and the server itself refuses a ref that
   * exists by now): one request instead of two.
   *
   * An `optional` update goes along only while it can: it is left out when its ref moved, when the
   * server cannot push atomically, and when the server refuses the push with it for another reason
   * than a race (a hook that allows branches only, say: the rest goes again, on the same
   * advertisement). `updated` in the report says whether it went.
   */
  async push(updates: RefUpdate[], objects: GitObject[], reuseAdvertisement = false): Promise<PushReport> {
    const onlyCreates = updates.every((u) => u.old === ZERO_OID)
    const { refs, capabilities } =
      reuseAdvertisement && onlyCreates && this.last ? this.last : (this.last = parseV0Advertisement(await this.transport.advertise('git-receive-pack', false)))
    const unmoved = (u: RefUpdate): boolean => (refs.get(u.ref) ?? ZERO_OID) === u.old
    const required = updates.filter((u) => !u.optional)
    // as git does before sending anything: a ref that moved since it was read loses the race here
    const moved = required.filter((u) => !unmoved(u))
    if (moved.length > 0) {
      const rejected = new Map(moved.map((u) => [u.ref, u.old === ZERO_OID ? 'reference already exists' : 'stale info (fetch first)']))
      return { ok: false, updated: new Set(), rejected, messages: [], stale: true }
    }
    const atomic = capabilities.has('atomic')
    if (required.length > 1 && !atomic) return { ok: false, updated: new Set(), rejected: new Map([['', 'the server does not support atomic pushes']]), messages: [], stale: false }
    const optional = atomic ? updates.filter((u) => u.optional && unmoved(u)) : []
    const send = async (sent: RefUpdate[]): Promise<PushReport> => {
      const wanted = ['report-status', 'side-band-64k', 'quiet', 'delete-refs', AGENT].filter((c) => c === AGENT || capabilities.has(c))
      if (sent.length > 1) wanted.push('atomic')
      const commands = sent.map((u, i) => pktLine(`${u.old} ${u.new} ${u.ref}${i === 0 ? `\0${wanted.join(' ')}` : ''}\n`))
      const onlyDeletes = sent.every((u) => u.new === ZERO_OID)
      const body = Buffer.concat([...commands, FLUSH, ...(onlyDeletes ? [] : [writePack(objects)])])
      return parseReport(await this.transport.request('git-receive-pack', body, false), capabilities.has('side-band-64k'), sent)
    }
    const report = await send([...required, ...optional])
    if (optional.length === 0 || report.ok || report.stale) return report
    return send(required)
  }
}

function parseV0Advertisement(advertisement: Buffer): { refs: Map<string, string>; capabilities: Set<string> } {
  const refs = new Map<string, string>()
  let capabilities = new Set<string>()
  let first = true
  for (const p of packets(withoutServiceLine(advertisement))) {
    if (p.kind === 'flush') break
    if (p.kind !== 'data') continue
    let line = lineOf(p.data)
    checkError(line)
    if (first) {
      const nul = line.indexOf('\0')
      if (nul >= 0) {
        capabilities = new Set(line.slice(nul + 1).split(' ').map((c) => c.split('=')[0]))
        line = line.slice(0, nul)
      }
      first = false
    }
    const [oid, name] = line.split(' ')
    if (name && name !== 'capabilities^{}') refs.set(name, oid)
  }
  return { refs, capabilities }
}

function parseReport(answer: Buffer, sideBand: boolean, updates: RefUpdate[]): PushReport {
  const messages: string[] = []
  let report = answer
  if (sideBand) {
    const parts: Buffer[] = []
    for (const p of packets(answer)) {
      if (p.kind !== 'data') continue
      const band = p.data[0]
      if (band === 1) parts.push(p.data.subarray(1))
      else if (band === 2 || band === 3) messages.push(...p.data.subarray(1).toString('utf8').split(/[\r\n]+/).map((l) => l.trim()).filter(Boolean))
    }
    report = Buffer.concat(parts)
  }
  const rejected = new Map<string, string>()
  const accepted = new Set<string>()
  for (const p of packets(report)) {
    if (p.kind !== 'data') continue
    const line = lineOf(p.data)
    if (line.startsWith('unpack ') && line !== 'unpack ok') rejected.set('unpack', line.slice(7))
    else if (line.startsWith('ok ')) accepted.add(line.slice(3))
    else if (line.startsWith('ng ')) {
      const rest = line.slice(3)
      const space = rest.indexOf(' ')
      rejected.set(space < 0 ? rest : rest.slice(0, space), space < 0 ? 'rejected' : rest.slice(space + 1))
    }
  }
  for (const u of updates) if (!accepted.has(u.ref) && !rejected.has(u.ref)) rejected.set(u.ref, 'the server did not report this ref')
  const stale = [...rejected.values()].some((r) => /stale info|cannot lock ref|failed to lock|incorrect old value|reference already exists|but expected/i.test(r))
  return { ok: rejected.size === 0, updated: accepted, rejected, messages, stale }
}
