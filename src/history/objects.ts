/**
 * The data branch as git objects in a private bare repository: fetch the tip without blobs, list
 * its tree, fetch and read only the blobs asked for, and write new blobs, trees and commits. There
 * is no work tree, so nothing on the branch (a symlink, a submodule) is ever followed or written
 * to disk. New objects are written here directly as loose objects (git's documented format:
 * zlib of `<type> <size>\0<content>`, named by its SHA-1), which spares a git process per object:
 * a run is stored with one `git push`.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, promises as fs, readFileSync, renameSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { deflateSync } from 'node:zlib'
import { BOT_EMAIL, BOT_NAME, Git, GitError, type GitResult } from './git.js'
import { LOCAL_PENDING, pendingNamespace } from './pending.js'

/** What git says when the branch asked for does not exist on the server. */
const MISSING_REF = /couldn't find remote ref|could not find remote ref/i

/**
 * Fetching blobs by id, as git's own lazy fetch does: without negotiation (otherwise the server
 * hears that the tip is here, concludes the blob is too, and sends nothing).
 */
const BLOB_FETCH = ['-c', 'fetch.negotiationAlgorithm=noop']

/** One entry of the branch's tree (ls-tree -r -t): a blob, a folder, or a link/submodule the layout refuses. */
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

export class ObjectStore {
  /** blobs known to be in the local object database (written here, or fetched) */
  private present = new Set<string>()
  /** the tree listing of each commit listed so far */
  private listings = new Map<string, TreeEntry[]>()

  constructor(
    readonly git: Git,
    readonly remote: string,
    readonly branch: string
  ) {}

  get dir(): string {
    return this.git.cwd
  }

  private get remoteRef(): string {
    return `refs/remotes/origin/${this.branch}`
  }

  /** A bare repository made by hand (the files `git init --bare` writes that git needs), with its remote. */
  static async init(dir: string, remote: string): Promise<void> {
    for (const sub of ['objects/info', 'objects/pack', 'refs/heads', 'refs/tags']) await fs.mkdir(path.join(dir, sub), { recursive: true })
    await fs.writeFile(path.join(dir, 'HEAD'), 'ref: refs/heads/main\n')
    const quoted = remote.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
    await fs.writeFile(
      path.join(dir, 'config'),
      '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n\tautocrlf = false\n' +
        '[gc]\n\tauto = 0\n[maintenance]\n\tauto = false\n[commit]\n\tgpgsign = false\n' +
        `[remote "origin"]\n\turl = "${quoted}"\n`
    )
  }

  /**
   * Fetches the branch tip and the pending runs (pending.ts) with their trees but without blobs
   * (servers that do not filter send everything; that is only slower), in one fetch. Returns the
   * tip, or null when the branch does not exist (its pending runs are fetched all the same, and
   * the result is a success).
   */
  async fetchTip(): Promise<GitResult & { tip: string | null }> {
    const fetch = ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--prune', '--filter=blob:none', 'origin']
    const pendingSpec = `+${pendingNamespace(this.branch)}*:${LOCAL_PENDING}*`
    const r = await this.git.tryRun([...fetch, '--depth=1', `+refs/heads/${this.branch}:${this.remoteRef}`, pendingSpec])
    if (r.exitCode !== 0) {
      if (!MISSING_REF.test(r.stderr)) return { ...r, tip: null }
      // no branch yet: the first runs of a history may still be pending beside it (without
      // --depth, which makes a fetch that matches nothing fail; pending commits have no parent)
      return { ...(await this.git.tryRun([...fetch, pendingSpec])), tip: null }
    }
    const refFile = path.join(this.dir, this.remoteRef)
    const tip = existsSync(refFile) ? readFileSync(refFile, 'utf8').trim() : (await this.git.run(['rev-parse', '--verify', this.remoteRef])).trim()
    return { ...r, tip }
  }

  /** Whether the last fetch brought any pending run (spares a git process when none did). */
  hasPending(): boolean {
    if (existsSync(path.join(this.dir, LOCAL_PENDING))) return true
    const packed = path.join(this.dir, 'packed-refs')
    return existsSync(packed) && readFileSync(packed, 'utf8').includes(` ${LOCAL_PENDING}`)
  }

  /** Every path of a commit's tree, folders included (no blob is read or fetched for this). */
  async listTree(commit: string): Promise<TreeEntry[]> {
    const known = this.listings.get(commit)
    if (known) return known
    const out = await this.git.run(['ls-tree', '-r', '-t', '-z', '--full-tree', commit])
    const entries: TreeEntry[] = []
    for (const record of out.split('\0')) {
      if (!record) continue
      const tab = record.indexOf('\t')
      const [mode, type, oid] = record.slice(0, tab).split(' ')
      entries.push({ mode, type: type as TreeEntry['type'], oid, path: record.slice(tab + 1) })
    }
    this.listings.set(commit, entries)
    return entries
  }

  /** Makes sure the blobs are local: one fetch for all that are not. */
  async ensureBlobs(oids: string[]): Promise<void> {
    const missing = [...new Set(oids)].filter((o) => !this.present.has(o))
    // a fetch of objects that are already here (a server that ignored the filter) asks the server nothing
    for (let i = 0; i < missing.length; i += 500) {
      const r = await this.git.tryRun([...BLOB_FETCH, 'fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--filter=blob:none', 'origin', ...missing.slice(i, i + 500)])
      if (r.exitCode !== 0) throw new GitError(['fetch'], r)
    }
    for (const o of missing) this.present.add(o)
  }

  /**
   * Reads blobs in one `cat-file --batch`, streaming: a blob over `bound` bytes is skipped
   * without being held in memory (its size is reported, its content is null).
   */
  async readBlobs(oids: string[], bound: number): Promise<Map<string, BlobRead>> {
    const unique = [...new Set(oids)]
    const result = new Map<string, BlobRead>()
    if (unique.length === 0) return result
    await this.ensureBlobs(unique)
    await new Promise<void>((resolve, reject) => {
      const child = spawn('git', ['cat-file', '--batch'], { cwd: this.dir, env: this.git.childEnv(), stdio: ['pipe', 'pipe', 'pipe'] })
      const parser = new BatchParser(bound, (r) => result.set(r.oid, r))
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => {
        try {
          parser.push(chunk)
        } catch (error) {
          child.kill()
          reject(error as Error)
        }
      })
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
      child.on('error', reject)
      child.on('close', (code) => (code === 0 ? resolve() : reject(new GitError(['cat-file'], { exitCode: code ?? 1, stderr }))))
      child.stdin.on('error', () => undefined)
      child.stdin.end(unique.join('\n') + '\n')
    })
    return result
  }

  /** The synchronous form of readBlobs (for the review's run reader). */
  readBlobsSync(oids: string[], bound: number): Map<string, BlobRead> {
    const unique = [...new Set(oids)]
    const result = new Map<string, BlobRead>()
    if (unique.length === 0) return result
    const missing = unique.filter((o) => !this.present.has(o))
    for (let i = 0; i < missing.length; i += 500) {
      this.git.runSync([...BLOB_FETCH, 'fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--filter=blob:none', 'origin', ...missing.slice(i, i + 500)])
    }
    for (const o of missing) this.present.add(o)
    const parser = new BatchParser(bound, (r) => result.set(r.oid, r))
    parser.push(this.git.runSync(['cat-file', '--batch'], unique.join('\n') + '\n'))
    return result
  }

  /** Stores a blob; returns its id. */
  writeBlob(content: string | Buffer): string {
    const oid = this.writeObject('blob', typeof content === 'string' ? Buffer.from(content, 'utf8') : content)
    this.present.add(oid)
    return oid
  }

  /** The id a blob of this content has, without storing it. */
  static blobId(content: string): string {
    return objectId(rawObject('blob', Buffer.from(content, 'utf8')))
  }

  private writeObject(type: 'blob' | 'tree' | 'commit', body: Buffer): string {
    const raw = rawObject(type, body)
    const oid = objectId(raw)
    const file = path.join(this.dir, 'objects', oid.slice(0, 2), oid.slice(2))
    if (!existsSync(file)) {
      mkdirSync(path.dirname(file), { recursive: true })
      const tmp = `${file}.tmp${process.pid}`
      writeFileSync(tmp, deflateSync(raw))
      renameSync(tmp, file) // atomic: git never sees half an object
    }
    return oid
  }

  /**
   * A commit of `parent`'s tree with `changes` applied (or of only the changes when parent is
   * null). Folders no change touches keep their tree ids; the others are written anew.
   */
  async commitTree(parent: string | null, changes: TreeChange[], message: string): Promise<string> {
    const listing = parent ? await this.listTree(parent) : []
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
        } else entries.push({ name, mode: child.mode, oid: child.oid })
      }
      if (entries.length === 0 && dir !== '') return null
      entries.sort((a, b) => Buffer.compare(Buffer.from(a.mode === '40000' ? `${a.name}/` : a.name), Buffer.from(b.mode === '40000' ? `${b.name}/` : b.name)))
      const body = Buffer.concat(entries.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.oid, 'hex')]))
      return this.writeObject('tree', body)
    }
    const tree = treeOf('') as string
    const when = `${Math.floor(Date.now() / 1000)} +0000`
    const text =
      `tree ${tree}\n` + (parent ? `parent ${parent}\n` : '') + `author ${BOT_NAME} <${BOT_EMAIL}> ${when}\ncommitter ${BOT_NAME} <${BOT_EMAIL}> ${when}\n\n${message}\n`
    return this.writeObject('commit', Buffer.from(text, 'utf8'))
  }

  /** The tree of a commit. */
  async treeOf(commit: string): Promise<string> {
    return (await this.git.run(['rev-parse', `${commit}^{tree}`])).trim()
  }

  /** A commit of `tree` with no parent (the squash). */
  orphanCommit(tree: string, message: string): string {
    const when = `${Math.floor(Date.now() / 1000)} +0000`
    return this.writeObject('commit', Buffer.from(`tree ${tree}\nauthor ${BOT_NAME} <${BOT_EMAIL}> ${when}\ncommitter ${BOT_NAME} <${BOT_EMAIL}> ${when}\n\n${message}\n`, 'utf8'))
  }

  /**
   * Pushes `commit` to the branch; with `lease`, only when the branch is still at that commit.
   * Pending refs taken in by the commit are deleted in the same atomic update.
   */
  push(commit: string, lease?: string, deleteRefs: string[] = []): Promise<GitResult> {
    const args = ['push', '--porcelain', '--no-verify']
    if (deleteRefs.length > 0) args.push('--atomic')
    if (lease) args.push(`--force-with-lease=refs/heads/${this.branch}:${lease}`)
    return this.git.tryRun([...args, 'origin', `${commit}:refs/heads/${this.branch}`, ...deleteRefs.map((ref) => `:${ref}`)])
  }

  /** Creates refs that must not exist yet (pending runs), all or none. */
  pushNewRefs(refs: Array<{ commit: string; ref: string }>): Promise<GitResult> {
    return this.git.tryRun(['push', '--porcelain', '--no-verify', '--atomic', 'origin', ...refs.map((r) => `${r.commit}:${r.ref}`)])
  }
}

/** Incremental parser of `cat-file --batch` output: `<oid> <type> <size>\n<content>\n` per object. */
class BatchParser {
  private pending: Buffer = Buffer.alloc(0)
  private current: { oid: string; size: number; keep: boolean; parts: Buffer[]; left: number } | null = null

  constructor(
    private readonly bound: number,
    private readonly emit: (r: BlobRead) => void
  ) {}

  push(chunk: Buffer): void {
    let buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk
    this.pending = Buffer.alloc(0)
    while (buf.length > 0) {
      if (!this.current) {
        const nl = buf.indexOf(10)
        if (nl < 0) {
          this.pending = buf
          return
        }
        const header = buf.subarray(0, nl).toString('utf8')
        buf = buf.subarray(nl + 1)
        const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header)
        if (!m) throw new Error(`git cat-file could not read an object of the history branch: ${header}`)
        const size = Number(m[3])
        this.current = { oid: m[1], size, keep: size <= this.bound, parts: [], left: size + 1 }
        continue
      }
      const take = Math.min(this.current.left, buf.length)
      if (this.current.keep) this.current.parts.push(buf.subarray(0, take))
      this.current.left -= take
      buf = buf.subarray(take)
      if (this.current.left === 0) {
        const { oid, size, keep, parts } = this.current
        this.emit({ oid, size, content: keep ? Buffer.concat(parts).subarray(0, size) : null })
        this.current = null
      }
    }
  }
}

/** An object as git hashes and stores it: its header, then its body. */
function rawObject(type: 'blob' | 'tree' | 'commit', body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body])
}

function objectId(raw: Buffer): string {
  return createHash('sha1').update(raw).digest('hex')
}
