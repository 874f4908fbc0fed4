/**
 * The data branch read from git objects held in memory (objects.ts): one shallow fetch without
 * blobs, the tree listing checked against the layout (layout.ts), then only the blobs needed,
 * fetched in one request. The rollup is a cache of the run files: the runs it covers are listed in it, the run
 * files it does not cover yet are folded in on read, and a missing, old or damaged rollup is
 * rebuilt from the run files (with a warning that names the file). Writing is in append.ts and
 * compact.ts; the user's checkout is never touched.
 */
import * as os from 'node:os'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { InputError } from '../errors.js'
import { authorizationFor } from './auth.js'
import { decodeState, sourceVersionOf } from './codec.js'
import { rollupRef, suiteFilePath, validateBranchName } from './ids.js'
import { ARCHIVE_PATH, checkSize, emptyLayout, readLayout, ROLLUP_PATH, SIZE_BOUNDS, type BoundedKind, type BranchLayout, type PendingRun } from './layout.js'
import { plainLogger, type HistoryLogger } from './logger.js'
import { migrateDocument, NewerSchemaError } from './migrate.js'
import { ObjectStore, type BlobRead } from './objects.js'
import { transportFor } from './wire/transport.js'
import { listPending, mergePending } from './pending.js'
import { applyRun, compareKeys, emptyState, peerOf, type RollupState, type ShaPeer } from './rollup.js'
import { HISTORY_SCHEMA_VERSION, type Rollup, type RunFile, type RunIndexEntry, type SuiteFile } from './types.js'

export { ARCHIVE_PATH, README_PATH, ROLLUP_PATH } from './layout.js'

export const DEFAULT_BRANCH = 'test-history'
export const DEFAULT_RETENTION_DAYS = 180

export interface OpenHistoryOptions {
  /** `https://github.com/owner/repo.git`, a file:// URL or a local path */
  remote: string
  branch?: string
  /** sent as an Authorization header to http(s) remotes only (auth.ts) */
  token?: string
  /** where the copy of a run that could not be stored is saved (RUNNER_TEMP in Actions, os.tmpdir() outside) */
  tempDir: string
  /** extra environment for the git programs a local or file:// remote is reached through (tests point HOME at an empty folder) */
  gitEnv?: Record<string, string>
  /** where secrets, debug lines and warnings go (default: plain stderr warnings, no workflow commands) */
  logger?: HistoryLogger
  /** false: do not read the rollup now (a writer that needs no analysis); rollup() then loads nothing */
  read?: boolean
}

export interface HistoryDescription {
  remote: string
  branch: string
  exists: boolean
  commit: string | null
  schema_version: number | null
  runs: number
  run_files: number
  pruned_runs: number
  /** run files the stored rollup.json does not cover yet (folded in when read; compaction catches up) */
  uncovered_runs: number
  /** runs stored beside the branch after a lost race (pending.ts), not yet taken into it */
  pending_runs: number
  first_run: string | null
  last_run: string | null
  runs_by_branch: Record<string, number>
  tests: number
  suites: number
  /** bytes of rollup.json as stored (0 when it is missing) */
  rollup_bytes: number
  /** problems met while reading (a run file skipped, a rollup rebuilt) */
  warnings: string[]
}

/** Where saved runs go: RUNNER_TEMP in Actions (cleaned by the runner), the OS temp folder elsewhere. */
export function defaultTempDir(): string {
  return process.env.RUNNER_TEMP || os.tmpdir()
}

/** The repository's own remote: `${GITHUB_SERVER_URL}/${owner}/${repo}.git`. */
export function defaultRemote(serverUrl: string, repository: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repository}.git`
}

/** Turns a remote given as a local path into a file:// URL (shallow fetches need a real transport). */
export function normaliseRemote(remote: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) return remote
  return pathToFileURL(path.resolve(remote)).href
}

interface LoadedRollup {
  state: RollupState
  /** run files the stored rollup.json covers (empty when it was missing or unusable) */
  storedCoverage: Set<string>
  /** why the stored rollup.json must be rewritten (missing, damaged, older schema), null when it is current */
  rewriteReason: string | null
  /** the rollup.json blob this was read from (null: none), to notice another writer's compaction */
  sourceOid: string | null
}

export class HistoryClone {
  /** the commit of the branch this clone holds (null: the branch does not exist yet) */
  tip: string | null = null
  layout: BranchLayout = emptyLayout()
  /** problems met while reading: each names the file and what was done about it */
  readonly warnings: string[] = []
  private loaded: LoadedRollup | null = null
  private runCache = new Map<string, RunFile | null>()
  private runIndex: { runs: RunIndexEntry[]; size: number; byId: Map<string, RunIndexEntry> } | null = null
  private suiteCache = new Map<string, SuiteFile | null>()
  private rollupBytes = 0

  constructor(
    readonly objects: ObjectStore,
    readonly tempDir: string,
    readonly logger: HistoryLogger
  ) {}

  get remote(): string {
    return this.objects.remote
  }
  get branch(): string {
    return this.objects.branch
  }

  /** The rollup of the branch as read: the stored rollup plus the run files it does not cover yet. */
  rollup(): Rollup {
    return this.state().rollup
  }

  /** @internal the rollup with the bookkeeping that applying runs needs */
  state(): RollupState {
    if (!this.loaded) throw new Error('the history was opened without reading it (read: false); call load() first')
    return this.loaded.state
  }

  /** @internal */
  get loadedRollup(): LoadedRollup | null {
    return this.loaded
  }

  warn(message: string): void {
    this.warnings.push(message)
    this.logger.warning(message)
  }

  /**
   * Fetches the tip (no blobs but the rollup's, when `forReading`) and checks its tree. Forgets
   * what was read from an older tip.
   */
  async refresh(opts: { forReading?: boolean } = {}): Promise<void> {
    this.tip = await this.objects.fetchTip(opts.forReading ?? false)
    this.layout = this.tip ? readLayout(this.objects.listTree(this.tip), this.branch) : emptyLayout()
    if (this.objects.pendingRefs.size > 0) mergePending(this.layout, listPending(this.objects, this.branch))
    if (this.layout.ignored.length > 0) this.logger.debug(`history branch ${this.branch}: ignoring ${this.layout.ignored.length} file(s) outside the layout (${this.layout.ignored.slice(0, 3).join(', ')})`)
  }

  /**
   * Reads the rollup and folds in the run files it does not cover (see the file comment).
   * `writing`: the caller writes the rollup back at once, so a missing one is no news to report.
   */
  async load(opts: { writing?: boolean } = {}): Promise<RollupState> {
    const sourceOid = this.layout.rollup
    this.loaded = { ...(await this.readRollup(opts.writing ?? false)), sourceOid }
    await this.foldUncovered()
    return this.loaded.state
  }

  /** Folds the run files of the tree that the rollup read does not hold yet into it (nothing when none was read). */
  async foldUncovered(): Promise<void> {
    if (this.loaded) await this.fold(this.loaded.state, this.uncoveredPaths(this.loaded.state))
  }

  /** Run files of the tree that the stored rollup.json does not cover (all of them before it is read). */
  storedRollupLag(): number {
    const coverage = this.loaded?.storedCoverage
    return coverage ? [...this.layout.runs.keys()].filter((p) => !coverage.has(p)).length : this.layout.runs.size
  }

  /** Run files of the current tree that the state does not hold. */
  uncoveredPaths(state: RollupState): string[] {
    const covered = coveredFiles(state)
    return [...this.layout.runs.keys()].filter((p) => !covered.has(p)).sort()
  }

  private async readRollup(writing: boolean): Promise<Omit<LoadedRollup, 'sourceOid'>> {
    const { rollup: rollupOid, runs, archive } = this.layout
    if (rollupOid) {
      try {
        const text = await this.readText(rollupOid, 'rollup', ROLLUP_PATH)
        this.rollupBytes = Buffer.byteLength(text)
        const state = decodeState(text, `${ROLLUP_PATH} on branch ${this.branch}`, 'rollup')
        if (sourceVersionOf(state) === HISTORY_SCHEMA_VERSION) {
          return { state, storedCoverage: coveredFiles(state), rewriteReason: null }
        }
        // an older rollup lacks what only the run files know (each failure's tags, runs that ran): rebuild
        this.logger.debug(`${ROLLUP_PATH} has schema_version ${sourceVersionOf(state)}; rebuilding it from the run files`)
        return { state: await this.rebuildState(), storedCoverage: new Set(), rewriteReason: `${ROLLUP_PATH} was written with schema_version ${sourceVersionOf(state)}` }
      } catch (error) {
        if (!(error instanceof InputError) || error instanceof NewerSchemaError) throw error
        this.warn(`${error.message} It was rebuilt from the ${runs.size} run file(s)${archive ? ' and archive.json' : ''}; the next stored run writes the rebuilt file.`)
        return { state: await this.rebuildState(), storedCoverage: new Set(), rewriteReason: `${ROLLUP_PATH} was damaged` }
      }
    }
    if (runs.size > 0 || archive) {
      const missing = `${ROLLUP_PATH} is missing from the history branch "${this.branch}"; it was rebuilt from the ${runs.size} run file(s)${archive ? ' and archive.json' : ''} (no run is lost).`
      if (writing) this.logger.debug(`${missing} This writer writes it back now.`)
      else this.warn(`${missing} The next stored run writes it back.`)
      return { state: await this.rebuildState(), storedCoverage: new Set(), rewriteReason: `${ROLLUP_PATH} was missing` }
    }
    return { state: emptyState(), storedCoverage: new Set(), rewriteReason: this.tip ? `${ROLLUP_PATH} was missing` : null }
  }

  /** The archive of pruned runs plus every run file of the tree, replayed: what the rollup must equal. */
  async rebuildState(): Promise<RollupState> {
    const state = await this.readArchive()
    await this.fold(state, [...this.layout.runs.keys()].sort())
    return state
  }

  /** archive.json decoded (an empty state when absent). A damaged archive cannot be rebuilt: it stops. */
  async readArchive(): Promise<RollupState> {
    if (!this.layout.archive) return emptyState()
    const text = await this.readText(this.layout.archive, 'archive', ARCHIVE_PATH)
    return decodeState(text, `${ARCHIVE_PATH} on branch ${this.branch}`, 'archive')
  }

  /**
   * Applies run files to the state (mutating it), with the other runs of the same sha as flakiness
   * peers. A run file or suite that cannot be read is named and skipped with a warning.
   */
  async fold(state: RollupState, paths: string[]): Promise<void> {
    if (paths.length === 0) return
    const runFiles = await this.readRunFiles(paths)
    const shas = new Set([...runFiles.values()].map((r) => r.run.sha).filter((s): s is string => !!s))
    // peers: every run file of those shas on the branch, covered by the rollup or not
    const peerEntries = state.rollup.runs.filter((r) => r.sha && shas.has(r.sha) && r.file && this.layout.runs.has(r.file) && !runFiles.has(r.file))
    const peerPaths = peerEntries.map((r) => r.file as string)
    // one fetch for the peers and every suite the index already names
    const suiteHashes = [...runFiles.values()].map((r) => r.suite).concat(peerEntries.map((r) => r.suite ?? '').filter(Boolean))
    await this.objects.ensureBlobs([
      ...peerPaths.map((p) => this.layout.runs.get(p) as string),
      ...suiteHashes.map((h) => this.layout.suites.get(h)).filter((o): o is string => !!o)
    ])
    const peerFiles = await this.readRunFiles(peerPaths)
    const all = new Map([...runFiles, ...peerFiles])
    const suites = await this.readSuites([...all.values()].map((r) => r.suite))
    const bySha = new Map<string, Array<{ file: string; runFile: RunFile }>>()
    for (const [file, runFile] of all) {
      if (!runFile.run.sha || !suites.has(runFile.suite)) continue
      bySha.set(runFile.run.sha, [...(bySha.get(runFile.run.sha) ?? []), { file, runFile }])
    }
    const ordered = [...runFiles.entries()].sort((a, b) => compareKeys(a[1].run, b[1].run))
    for (const [file, runFile] of ordered) {
      const suite = suites.get(runFile.suite)
      if (!suite) {
        this.warn(`The run file ${file} on the history branch "${this.branch}" refers to suites/${runFile.suite}.json, which is missing or unreadable; the run was skipped.`)
        continue
      }
      const peers: ShaPeer[] = runFile.run.sha
        ? (bySha.get(runFile.run.sha) ?? []).filter((p) => p.file !== file).map((p) => peerOf(p.runFile, suites.get(p.runFile.suite) as SuiteFile))
        : []
      applyRun(state, runFile, suite, { file, sameSha: peers })
    }
  }

  /** Run files by path; unreadable ones are named in a warning and left out. */
  async readRunFiles(paths: string[]): Promise<Map<string, RunFile>> {
    const out = new Map<string, RunFile>()
    const wanted = paths.filter((p) => this.layout.runs.has(p))
    const blobs = await this.objects.readBlobs(wanted.map((p) => this.layout.runs.get(p) as string), SIZE_BOUNDS.run)
    for (const p of wanted) {
      try {
        out.set(p, parseRunFile(this.checked(blobs.get(this.layout.runs.get(p) as string), 'run', p), p, this.branch))
      } catch (error) {
        if (error instanceof NewerSchemaError) throw error
        this.warn(`${(error as Error).message} The run was skipped; restore the file from the branch's git history to count it again.`)
      }
    }
    return out
  }

  /** Suite files by hash (missing or unreadable ones are absent from the map, with a warning). */
  async readSuites(hashes: string[]): Promise<Map<string, SuiteFile>> {
    const out = new Map<string, SuiteFile>()
    const wanted = [...new Set(hashes)].filter((h) => this.layout.suites.has(h))
    const blobs = await this.objects.readBlobs(wanted.map((h) => this.layout.suites.get(h) as string), SIZE_BOUNDS.suite)
    for (const h of wanted) {
      try {
        out.set(h, parseSuiteFile(this.checked(blobs.get(this.layout.suites.get(h) as string), 'suite', suiteFilePath(h)), h, this.branch))
      } catch (error) {
        if (error instanceof NewerSchemaError) throw error
        this.warn((error as Error).message)
      }
    }
    return out
  }

  /** The content of a blob read, or the size-bound error naming the file. */
  private checked(read: BlobRead | undefined, kind: BoundedKind, file: string): Buffer {
    if (!read) throw new InputError(`The file ${file} on the history branch "${this.branch}" could not be read.`)
    checkSize(kind, file, read.size, this.branch)
    return read.content as Buffer
  }

  private async readText(oid: string, kind: BoundedKind, file: string): Promise<string> {
    const blobs = await this.objects.readBlobs([oid], SIZE_BOUNDS[kind])
    return this.checked(blobs.get(oid), kind, file).toString('utf8')
  }

  /** Fetches every run and suite file of the branch, which the review's synchronous reader (readRun, readSuite) needs. */
  async fetchRunFiles(): Promise<void> {
    await this.objects.ensureBlobs([...this.layout.runs.values(), ...this.layout.suites.values()])
  }

  /**
   * A run file by run id (null when unknown, pruned or unreadable). Synchronous for the review's
   * reader (after fetchRunFiles): the first call parses every run file of the branch.
   */
  readRun(id: string): RunFile | null {
    const entry = this.runEntry(id)
    if (!entry?.file || !this.layout.runs.has(entry.file)) return null
    if (!this.runCache.has(entry.file)) this.preloadSync([...this.layout.runs.keys()], 'run')
    return this.runCache.get(entry.file) ?? null
  }

  /** The rollup's line for a run id, through an index rebuilt whenever the rollup's runs changed (the review asks for every run). */
  private runEntry(id: string): RunIndexEntry | undefined {
    const runs = this.loaded?.state.rollup.runs
    if (!runs) return undefined
    if (this.runIndex?.runs !== runs || this.runIndex.size !== runs.length) this.runIndex = { runs, size: runs.length, byId: new Map(runs.map((r) => [r.id, r])) }
    return this.runIndex.byId.get(id)
  }

  readSuite(hash: string): SuiteFile | null {
    if (!this.layout.suites.has(hash)) return null
    if (!this.suiteCache.has(hash)) this.preloadSync([...this.layout.suites.keys()].map((h) => suiteFilePath(h)), 'suite')
    return this.suiteCache.get(hash) ?? null
  }

  private preloadSync(paths: string[], kind: 'run' | 'suite'): void {
    const oidOf = (p: string): string => (kind === 'run' ? (this.layout.runs.get(p) as string) : (this.layout.suites.get(hashOfSuitePath(p)) as string))
    const oids = paths.map(oidOf)
    if (!oids.every((oid) => this.objects.holds(oid))) throw new Error('the run files were not fetched: call fetchRunFiles() before the review reads them')
    const blobs = this.objects.readHeldBlobs(oids, SIZE_BOUNDS[kind])
    for (const p of paths) {
      try {
        const blob = this.checked(blobs.get(oidOf(p)), kind, p)
        if (kind === 'run') this.runCache.set(p, parseRunFile(blob, p, this.branch))
        else this.suiteCache.set(hashOfSuitePath(p), parseSuiteFile(blob, hashOfSuitePath(p), this.branch))
      } catch (error) {
        this.warn((error as Error).message)
        if (kind === 'run') this.runCache.set(p, null)
        else this.suiteCache.set(hashOfSuitePath(p), null)
      }
    }
  }

  /** What the branch holds, for the CLI's `history` command. */
  describe(): HistoryDescription {
    const state = this.loaded?.state ?? emptyState()
    const runs = state.rollup.runs
    const byBranch: Record<string, number> = {}
    for (const r of runs) byBranch[r.branch ?? ''] = (byBranch[r.branch ?? ''] ?? 0) + 1
    return {
      remote: this.remote,
      branch: this.branch,
      exists: this.tip !== null,
      commit: this.tip,
      schema_version: this.layout.rollup ? (sourceVersionOf(state) ?? HISTORY_SCHEMA_VERSION) : null,
      runs: runs.length,
      run_files: this.layout.runs.size,
      pruned_runs: runs.filter((r) => r.file === null).length,
      uncovered_runs: this.storedRollupLag(),
      pending_runs: this.layout.pending.length,
      first_run: runs[0]?.created ?? null,
      last_run: runs.at(-1)?.created ?? null,
      runs_by_branch: byBranch,
      tests: Object.keys(state.rollup.tests).length,
      suites: this.layout.suites.size,
      rollup_bytes: this.rollupBytes,
      warnings: [...this.warnings]
    }
  }

  /** @internal after a push: the tree now holds these files too, and the pending runs it took in */
  noteWritten(commit: string, runs: Map<string, string>, suites: Map<string, string>, readme: string | null): void {
    this.tip = commit
    for (const [p, oid] of runs) this.layout.runs.set(p, oid)
    for (const [h, oid] of suites) this.layout.suites.set(h, oid)
    if (readme) this.layout.readme = readme
    this.layout.pending = []
    this.layout.fromPending = new Map()
  }

  /** @internal after runs were pushed as pending runs: read as part of the tree from now on */
  notePending(pending: PendingRun[]): void {
    mergePending(this.layout, [...this.layout.pending, ...pending])
  }

  /** @internal after a compaction: the stored rollup covers the state's runs */
  noteCompacted(commit: string, layout: BranchLayout, state: RollupState): void {
    this.tip = commit
    this.layout = layout
    this.loaded = { state, storedCoverage: coveredFiles(state), rewriteReason: null, sourceOid: layout.rollup }
  }

  /** Lets go of the objects held in memory (the branch is never on disk); the clone is not used after. */
  async dispose(): Promise<void> {
    this.objects.release()
    this.runCache.clear()
    this.suiteCache.clear()
    this.loaded = null
  }
}

function hashOfSuitePath(p: string): string {
  return p.replace(/^suites\//, '').replace(/\.json$/, '')
}

export function parseRunFile(blob: Buffer, file: string, branch: string): RunFile {
  const where = `${file} on branch ${branch}`
  const doc = parseDocument('run', blob, where) as unknown as RunFile
  if (!doc.run || typeof doc.run.id !== 'string' || typeof doc.run.created !== 'string' || typeof doc.suite !== 'string' || typeof doc.results !== 'object' || doc.results === null) {
    throw new InputError(`The run file ${where} lacks its run, suite or results.`)
  }
  return doc
}

export function parseSuiteFile(blob: Buffer, hash: string, branch: string): SuiteFile {
  const where = `suites/${hash}.json on branch ${branch}`
  const doc = parseDocument('suite', blob, where) as unknown as SuiteFile
  if (!Array.isArray(doc.tests)) throw new InputError(`The suite file ${where} lacks its tests.`)
  return doc
}

/** A run or suite file's JSON, migrated to the current schema; an InputError naming it when it is not JSON. */
function parseDocument(kind: 'run' | 'suite', blob: Buffer, where: string): ReturnType<typeof migrateDocument> {
  let raw: unknown
  try {
    raw = JSON.parse(blob.toString('utf8'))
  } catch (e) {
    throw new InputError(`The ${kind} file ${where} is not valid JSON (${(e as Error).message}).`)
  }
  return migrateDocument(kind, raw, where)
}

/** The run files a state covers. */
function coveredFiles(state: RollupState): Set<string> {
  return new Set(state.rollup.runs.map((r) => r.file).filter((f): f is string => f !== null))
}

/** Opens the data branch (held in memory). A missing branch or empty repository is an empty history. */
export async function openHistory(opts: OpenHistoryOptions): Promise<HistoryClone> {
  const branch = validateBranchName(opts.branch ?? DEFAULT_BRANCH)
  const remote = normaliseRemote(opts.remote)
  const logger = opts.logger ?? plainLogger
  const transport = transportFor(remote, authorizationFor(remote, opts.token, logger), opts.gitEnv)
  const clone = new HistoryClone(new ObjectStore(transport, remote, branch, { name: ROLLUP_PATH, ref: rollupRef(branch) }), opts.tempDir, logger)
  try {
    await clone.refresh({ forReading: opts.read !== false })
    if (opts.read !== false) await clone.load()
    return clone
  } catch (e) {
    await clone.dispose()
    throw e
  }
}

/** The rollup a full replay of the branch gives (archive + every run file); equal to rollup() when consistent. */
export async function rebuildRollup(clone: HistoryClone): Promise<Rollup> {
  return (await clone.rebuildState()).rollup
}

