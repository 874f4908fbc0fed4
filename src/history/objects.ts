/**
 * The data branch as git objects held in memory: the tip's commit and trees fetched without blobs,
 * then only the blobs asked for, and new blobs, trees and commits written here and pushed as one
 * small pack. Nothing of the branch is ever written to disk, so nothing on it (a symlink, a
 * submodule) can be followed or land outside; the git protocol is spoken from node (wire/), which
 * spares the chain of git processes each fetch and push used to start.
 */
import { InputError } from '../errors.js'
import { pendingNamespace } from './ids.js'
import { objectId, type GitObject, type ObjectType } from './wire/pack.js'
import { ReceivePack, UploadPack, ZERO_OID, type PushReport, type RefUpdate } from './wire/protocol.js'
import { talkingTo } from './remote-error.js'
import { RemoteFailure } from './wire/failure.js'
import type { Transport } from './wire/transport.js'

/** The identity of the commits on the data branch (never the user's or the machine's config). */
const BOT_NAME = 'github-actions[bot]'
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com'

/** One entry of the branch's tree (as `ls-tree -r -t` lists it): a blob, a folder, or a link/submodule the layout refuses. */
export interface TreeEntry {
  mode: string
  type: 'blob' | 'commit' | 'tree'
  oid: string
  path: string
}

export interface TreeChange {
  path: string
  /** null removes the path */
  oid: string | null
}

/** What a blob read gives: its content, or only its size when it is over the bound. */
export type BlobRead = { oid: string; size: number; content: Buffer | null }

/**
 * A file at the root of the branch whose blob a ref of its own also names (ids.ts rollupRef): a
 * reader lists that ref with the branch and fetches the blob with the trees, one request fewer.
 * Every push that changes the file moves the ref with the branch; a reader uses the blob only when
 * the tree names the same one.
 */
export interface HintedFile {
  name: string
  ref: string
}

/** What a push came to: the server's report, or why the server could not be asked. */
export type PushResult = { report: PushReport; failure?: undefined } | { failure: RemoteFailure; report?: undefined }

/** Folders nested deeper than this are refused (the layout needs 3). */
const MAX_TREE_DEPTH = 64

export class ObjectStore {
  private objects = new Map<string, GitObject>()
  /** objects written here that the server may not have yet (sent with the next push that needs them) */
  private unsent = new Set<string>()
  /** the tree listing of each commit listed so far */
  private listings = new Map<string, TreeEntry[]>()
  private readonly uploadPack: UploadPack
  private readonly receivePack: ReceivePack
  /** pending runs' refs on the server as the last fetch found them: ref -> commit */
  pendingRefs = new Map<string, string>()
  /** the blob the hinted file's ref named when the refs were last listed (null: no such ref) */
  private hintedBlob: string | null = null
  /** the server took a push without the hinted file's ref: it is not offered again */
  private hintRefused = false

  constructor(
    transport: Transport,
    readonly remote: string,
    readonly branch: string,
    private readonly hinted: HintedFile | null = null
  ) {
    this.uploadPack = new UploadPack(transport)
    this.receivePack = new ReceivePack(transport)
  }

  private get branchRef(): string {
    return `refs/heads/${this.branch}`
  }

  /**
   * Lists the branch and its pending runs (pending.ts), then fetches their commits and trees
   * without blobs (servers that do not filter send everything; that is only slower) in one
   * request, with the hinted file's blob when `withHinted` (a reader that will read it). Returns
   * the tip, or null when the branch does not exist.
   */
  fetchTip(withHinted = false): Promise<string | null> {
    return talkingTo('fetch', this, () => this.fetchRefs(withHinted))
  }

  private async fetchRefs(withHinted: boolean): Promise<string | null> {
    const pending = pendingNamespace(this.branch)
    const refs = await this.uploadPack.listRefs([this.branchRef, pending, ...(this.hinted ? [this.hinted.ref] : [])])
    const tip = refs.get(this.branchRef) ?? null
    this.pendingRefs = new Map([...refs].filter(([ref]) => ref.startsWith(pending)))
    this.hintedBlob = this.hinted ? (refs.get(this.hinted.ref) ?? null) : null
    const wants = [...new Set([...(tip ? [tip] : []), ...this.pendingRefs.values()])].filter((oid) => !this.objects.has(oid))
    // a blob asked for by name comes even though the fetch filters blobs out (a server that will
    // not send it with the trees is asked again without it: the rollup then comes on its own)
    const hint = withHinted && tip && this.hintedBlob && !this.objects.has(this.hintedBlob) ? [this.hintedBlob] : []
    this.store(await this.uploadPack.fetch({ wants, optionalWants: hint, depth: 1, withoutBlobs: true }, (oid) => this.objects.get(oid)))
    return tip
  }

  /** Every path of a commit's tree, folders included, in no particular order (no blob is read or fetched for this). */
  listTree(commit: string): TreeEntry[] {
    const known = this.listings.get(commit)
    if (known) return known
    const entries: TreeEntry[] = []
    const folders = [{ tree: this.treeOf(commit), prefix: '', depth: 0 }]
    for (let folder = folders.pop(); folder; folder = folders.pop()) {
      if (folder.depth > MAX_TREE_DEPTH) {
        throw new InputError(
          `The history branch "${this.branch}" holds folders nested more than ${MAX_TREE_DEPTH} deep (${folder.prefix.slice(0, 80)}...); the action refuses to read it. ` +
            `Someone with push access changed the branch by hand or on purpose: remove that folder from the branch (git rm -r it and push), or restore the branch from its git history.`
        )
      }
      for (const entry of parseTree(this.object(folder.tree, 'tree'))) {
        const mode = entry.mode.padStart(6, '0')
        const type = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob'
        const path = folder.prefix + entry.name
        entries.push({ mode, type, oid: entry.oid, path })
        if (type === 'tree') folders.push({ tree: entry.oid, prefix: `${path}/`, depth: folder.depth + 1 })
      }
    }
    this.listings.set(commit, entries)
    return entries
  }

  /** The tree of a commit. */
  treeOf(commit: string): string {
    const text = this.object(commit, 'commit').toString('utf8', 0, 46)
    if (!text.startsWith('tree ')) throw new InputError(`The commit ${commit} of the history branch "${this.branch}" is damaged (it names no tree).`)
    return text.slice(5, 45)
  }

  /** Makes sure the blobs are here: one request for all that are not. */
  async ensureBlobs(oids: string[]): Promise<void> {
    const missing = [...new Set(oids)].filter((o) => !this.objects.has(o))
    if (missing.length === 0) return
    await talkingTo('fetch', this, async () => {
      this.store(await this.uploadPack.fetch({ wants: missing }))
      const absent = missing.filter((o) => !this.objects.has(o))
      if (absent.length > 0) throw new RemoteFailure('protocol', `the server did not send ${absent.length} of the ${missing.length} file(s) asked for (first: ${absent[0]})`)
    })
  }

  /** Reads blobs (fetching those not here yet); a blob over `bound` bytes is given by its size only. */
  async readBlobs(oids: string[], bound: number): Promise<Map<string, BlobRead>> {
    await this.ensureBlobs(oids)
    return this.readHeldBlobs(oids, bound)
  }

  /** Whether the object is here (fetched or written). */
  holds(oid: string): boolean {
    return this.objects.has(oid)
  }

  /** Reads blobs already here (ensureBlobs); the synchronous form, for the review's run reader. */
  readHeldBlobs(oids: string[], bound: number): Map<string, BlobRead> {
    const result = new Map<string, BlobRead>()
    for (const oid of oids) {
      const content = this.object(oid, 'blob')
      result.set(oid, { oid, size: content.length, content: content.length <= bound ? content : null })
    }
    return result
  }

  /** Stores a blob; returns its id. */
  writeBlob(content: string | Buffer): string {
    return this.write('blob', typeof content === 'string' ? Buffer.from(content, 'utf8') : content)
  }

  /** The id a blob of this content has, without storing it. */
  static blobId(content: string): string {
    return objectId('blob', Buffer.from(content, 'utf8'))
  }

  /**
   * A commit of `parent`'s tree with `changes` applied (or of only the changes when parent is
   * null). Folders no change touches keep their tree ids; the others are written anew.
   */
  commitTree(parent: string | null, changes: TreeChange[], message: string): string {
    const listing = parent ? this.listTree(parent) : []
    const files = new Map<string, { mode: string; oid: string }>()
    const folders = new Map<string, string>()
    for (const e of listing) {
      if (e.type === 'tree') folders.set(e.path, e.oid)
      else files.set(e.path, { mode: e.mode, oid: e.oid })
    }
    const touched = new Set<string>([''])
    for (const c of changes) {
      if (c.oid === null) files.delete(c.path)
      else files.set(c.path, { mode: '100644', oid: c.oid })
      const parts = c.path.split('/')
      for (let i = 1; i < parts.length; i++) touched.add(parts.slice(0, i).join('/'))
    }
    // children of each folder
    const children = new Map<string, Map<string, { mode: string; oid: string } | 'folder'>>()
    const childMap = (dir: string): Map<string, { mode: string; oid: string } | 'folder'> => {
      let m = children.get(dir)
      if (!m) children.set(dir, (m = new Map()))
      return m
    }
    for (const [p, f] of files) {
      const parts = p.split('/')
      for (let i = 0; i < parts.length - 1; i++) childMap(parts.slice(0, i).join('/')).set(parts[i], 'folder')
      childMap(parts.slice(0, -1).join('/')).set(parts.at(-1) as string, f)
    }
    const treeOf = (dir: string): string | null => {
      if (!touched.has(dir) && folders.has(dir) && children.has(dir)) return folders.get(dir) as string
      const entries: Array<{ name: string; mode: string; oid: string }> = []
      for (const [name, child] of children.get(dir) ?? []) {
        if (child === 'folder') {
          const oid = treeOf(dir ? `${dir}/${name}` : name)
          if (oid) entries.push({ name, mode: '40000', oid })
        } else entries.push({ name, mode: child.mode.replace(/^0+/, ''), oid: child.oid })
      }
      if (entries.length === 0 && dir !== '') return null
      entries.sort((a, b) => Buffer.compare(Buffer.from(a.mode === '40000' ? `${a.name}/` : a.name), Buffer.from(b.mode === '40000' ? `${b.name}/` : b.name)))
      const body = Buffer.concat(entries.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.oid, 'hex')]))
      return this.write('tree', body)
    }
    const tree = treeOf('') as string
    return this.writeCommit(tree, parent, message)
  }

  /** A commit of `tree` with no parent (the squash). */
  orphanCommit(tree: string, message: string): string {
    return this.writeCommit(tree, null, message)
  }

  /**
   * Moves the branch from `from` (null: it must not exist) to `commit`, which fails when another
   * writer moved it first. The pending refs the commit takes in are deleted in the same atomic
   * update, each only while it still names its commit.
   */
  async push(commit: string, from: string | null, deletes: Array<{ ref: string; commit: string }> = []): Promise<PushResult> {
    const updates: RefUpdate[] = [{ ref: this.branchRef, old: from ?? ZERO_OID, new: commit }]
    for (const d of deletes) updates.push({ ref: d.ref, old: d.commit, new: ZERO_OID })
    const hint = this.hintUpdate(commit)
    if (hint) updates.push(hint)
    const result = await this.send(updates, [commit])
    if (hint && result.report?.ok) {
      if (result.report.updated.has(hint.ref)) this.hintedBlob = hint.new === ZERO_OID ? null : hint.new
      else this.hintRefused = true
    }
    return result
  }

  /** The hinted file's ref moved to the blob `commit` holds, when it names another (null: nothing to move). */
  private hintUpdate(commit: string): RefUpdate | null {
    if (!this.hinted || this.hintRefused) return null
    const name = this.hinted.name
    const blob = parseTree(this.object(this.treeOf(commit), 'tree')).find((e) => e.name === name && e.mode.startsWith('100'))?.oid ?? null
    if (blob === this.hintedBlob) return null
    return { ref: this.hinted.ref, old: this.hintedBlob ?? ZERO_OID, new: blob ?? ZERO_OID, optional: true }
  }

  /** Creates refs that must not exist yet (pending runs), all or none, right after a push that lost its race (no new advertisement is read). */
  pushNewRefs(refs: Array<{ commit: string; ref: string }>): Promise<PushResult> {
    return this.send(
      refs.map((r) => ({ ref: r.ref, old: ZERO_OID, new: r.commit })),
      refs.map((r) => r.commit),
      true
    )
  }

  private async send(updates: RefUpdate[], commits: string[], reuseAdvertisement = false): Promise<PushResult> {
    const pack = this.unsentReachable(commits)
    try {
      const report = await this.receivePack.push(updates, pack.map((oid) => this.objects.get(oid) as GitObject), reuseAdvertisement)
      if (report.ok) for (const oid of pack) this.unsent.delete(oid)
      return { report }
    } catch (error) {
      if (error instanceof RemoteFailure) return { failure: error }
      throw error
    }
  }

  /** The objects written here that the commits reach (what the server lacks); the rest it has. */
  private unsentReachable(commits: string[]): string[] {
    const out: string[] = []
    const seen = new Set<string>()
    const visit = (oid: string): void => {
      if (seen.has(oid) || !this.unsent.has(oid)) return
      seen.add(oid)
      out.push(oid)
      const object = this.objects.get(oid) as GitObject
      if (object.type === 'commit') visit(this.treeOf(oid))
      else if (object.type === 'tree') for (const entry of parseTree(object.body)) if (entry.mode !== '160000') visit(entry.oid)
    }
    for (const commit of commits) visit(commit)
    return out
  }

  private writeCommit(tree: string, parent: string | null, message: string): string {
    const when = `${Math.floor(Date.now() / 1000)} +0000`
    const text = `tree ${tree}\n` + (parent ? `parent ${parent}\n` : '') + `author ${BOT_NAME} <${BOT_EMAIL}> ${when}\ncommitter ${BOT_NAME} <${BOT_EMAIL}> ${when}\n\n${message}\n`
    return this.write('commit', Buffer.from(text, 'utf8'))
  }

  private write(type: ObjectType, body: Buffer): string {
    const oid = objectId(type, body)
    if (!this.objects.has(oid)) {
      this.objects.set(oid, { type, body })
      this.unsent.add(oid)
    }
    return oid
  }

  /** Drops every object held. */
  release(): void {
    this.objects.clear()
    this.unsent.clear()
    this.listings.clear()
  }

  private store(objects: Map<string, GitObject>): void {
    for (const [oid, object] of objects) if (!this.objects.has(oid)) this.objects.set(oid, object)
  }

  private object(oid: string, type: ObjectType): Buffer {
    const object = this.objects.get(oid)
    if (!object) throw new InputError(`The ${type} ${oid} of the history branch "${this.branch}" is missing: the git server did not send it. Run again; if it persists, the branch is damaged (restore it from its git history).`)
    if (object.type !== type) throw new InputError(`The history branch "${this.branch}" is damaged: ${oid} is a ${object.type} where a ${type} should be.`)
    return object.body
  }
}

/** A tree object's entries: `<mode> <name>\0<20-byte id>` each. */
function parseTree(body: Buffer): Array<{ mode: string; name: string; oid: string }> {
  const entries: Array<{ mode: string; name: string; oid: string }> = []
  let at = 0
  while (at < body.length) {
    const space = body.indexOf(0x20, at)
    const nul = body.indexOf(0, space)
    if (space < 0 || nul < 0 || nul + 21 > body.length) throw new InputError('A tree of the history branch is damaged (an entry does not parse).')
    entries.push({ mode: body.toString('latin1', at, space), name: body.toString('utf8', space + 1, nul), oid: body.toString('hex', nul + 1, nul + 21) })
    at = nul + 21
  }
  return entries
}
