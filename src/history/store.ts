/**
 * The data branch in a private temporary clone: read it (one shallow fetch), add runs (write the
 * run files, re-derive the rollup, commit, push), retry on a concurrent update, degrade when the
 * token may only read. Never touches the user's checkout.
 */
import * as core from '@actions/core'
import { existsSync, promises as fs, readFileSync, readdirSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { InputError } from '../errors.js'
import type { TestRun } from '../report/types.js'
import { configureAuth, removeAuth } from './auth.js'
import { decodeState, encodeState } from './codec.js'
import { BOT_IDENTITY, Git, GitError, type GitResult } from './git.js'
import { makeRunId, runFilePath, sanitizePathSegment, suiteFilePath, validateBranchName } from './ids.js'
import { migrateDocument } from './migrate.js'
import { branchReadme } from './readme.js'
import { planPrune } from './retention.js'
import { applyRun, compareKeys, emptyState, markPruned, peerOf, type RollupState, type ShaPeer } from './rollup.js'
import { buildRun, type BuiltRun } from './runfile.js'
import type { Rollup, RunFile, RunInfo, SuiteFile } from './types.js'

export const DEFAULT_BRANCH = 'test-history'
export const DEFAULT_RETENTION_DAYS = 180
export const ROLLUP_PATH = 'rollup.json'
export const ARCHIVE_PATH = 'archive.json'
export const README_PATH = 'README.md'

export interface OpenHistoryOptions {
  /** `https://github.com/owner/repo.git`, a file:// URL or a local path */
  remote: string
  branch?: string
  /** sent as an http extraheader to http(s) remotes only */
  token?: string
  /** where the private clone goes (RUNNER_TEMP in Actions, os.tmpdir() outside) */
  tempDir: string
  /** extra environment for every git command (tests point HOME at an empty folder) */
  gitEnv?: Record<string, string>
}

export interface NewRun {
  info: Omit<RunInfo, 'id'> & { id?: string }
  run: TestRun
}

export interface AppendOptions {
  /** prune run files older than this many days before the newest run; 0 keeps every file */
  retentionDays: number
  /** pushes tried before giving up (default 30: twenty matrix jobs finishing at once all land) */
  maxAttempts?: number
  /** first backoff step (default 500 ms); doubles per attempt, full jitter */
  baseDelayMs?: number
  /** longest single wait (default 8000 ms) */
  maxDelayMs?: number
  commitMessage?: string
  /** for tests: the jitter source (default Math.random) */
  random?: () => number
}

export type AppendResult =
  | { status: 'stored'; commit: string; runIds: string[]; alreadyStored: string[]; attempts: number }
  | { status: 'read-only'; reason: string }

export type SquashResult = { status: 'squashed'; commit: string } | { status: 'unchanged'; reason: string } | { status: 'read-only'; reason: string }

export interface HistoryDescription {
  remote: string
  branch: string
  exists: boolean
  commit: string | null
  schema_version: number | null
  runs: number
  run_files: number
  pruned_runs: number
  first_run: string | null
  last_run: string | null
  runs_by_branch: Record<string, number>
  tests: number
  suites: number
  /** bytes of the files in the branch's tree */
  bytes: number
}

const READ_ONLY = /returned error: 403|permission to \S+ denied|403 forbidden|write access to repository not granted|the requested url returned error: 403/i
const REJECTED = /\[rejected\]|\[remote rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|stale info/i
const NO_BRANCH = /couldn't find remote ref|could not find remote ref/i
const AUTH_FAILED = /returned error: 401|authentication failed|could not read username|terminal prompts disabled/i

/** Where private clones go: RUNNER_TEMP in Actions (cleaned by the runner), the OS temp folder elsewhere. */
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

export class HistoryClone {
  /** the commit of the branch this clone holds (null: the branch does not exist yet) */
  tip: string | null = null
  private stateCache: RollupState | null = null

  constructor(
    readonly dir: string,
    readonly remote: string,
    readonly branch: string,
    readonly git: Git
  ) {}

  /** The rollup of the branch as fetched (an empty one on the first day). */
  rollup(): Rollup {
    return this.state().rollup
  }

  /** @internal decoded rollup.json with the bookkeeping that applying runs needs */
  state(): RollupState {
    this.stateCache ??= this.readState(ROLLUP_PATH, 'rollup')
    return this.stateCache
  }

  /** @internal */
  readState(file: string, kind: 'rollup' | 'archive'): RollupState {
    const p = path.join(this.dir, file)
    if (!existsSync(p)) return emptyState()
    return decodeState(readFileSync(p, 'utf8'), `${file} on branch ${this.branch}`, kind)
  }

  /** A run file by run id (null when unknown or pruned). */
  readRun(id: string): RunFile | null {
    const entry = this.state().rollup.runs.find((r) => r.id === id)
    if (!entry?.file) return null
    return this.readRunAt(entry.file)
  }

  /** @internal */
  readRunAt(file: string): RunFile {
    const p = path.join(this.dir, file)
    return migrateDocument('run', JSON.parse(readFileSync(p, 'utf8')), `${file} on branch ${this.branch}`) as unknown as RunFile
  }

  readSuite(hash: string): SuiteFile | null {
    const p = path.join(this.dir, suiteFilePath(hash))
    if (!existsSync(p)) return null
    return migrateDocument('suite', JSON.parse(readFileSync(p, 'utf8')), `suites/${hash}.json on branch ${this.branch}`) as unknown as SuiteFile
  }

  /** What the branch holds, for the CLI's `history` command. */
  describe(): HistoryDescription {
    const state = this.state()
    const runs = state.rollup.runs
    const byBranch: Record<string, number> = {}
    for (const r of runs) byBranch[r.branch ?? ''] = (byBranch[r.branch ?? ''] ?? 0) + 1
    const suitesDir = path.join(this.dir, 'suites')
    return {
      remote: this.remote,
      branch: this.branch,
      exists: this.tip !== null,
      commit: this.tip,
      schema_version: existsSync(path.join(this.dir, ROLLUP_PATH)) ? state.rollup.schema_version : null,
      runs: runs.length,
      run_files: runs.filter((r) => r.file !== null).length,
      pruned_runs: runs.filter((r) => r.file === null).length,
      first_run: runs[0]?.created ?? null,
      last_run: runs.at(-1)?.created ?? null,
      runs_by_branch: byBranch,
      tests: Object.keys(state.rollup.tests).length,
      suites: existsSync(suitesDir) ? readdirSync(suitesDir).length : 0,
      bytes: treeBytes(this.dir)
    }
  }

  /** @internal fetch the branch tip (depth 1) and make the working tree match it */
  async sync(): Promise<void> {
    this.stateCache = null
    const r = await this.git.tryRun(['fetch', '--no-tags', '--depth=1', 'origin', `+refs/heads/${this.branch}:refs/remotes/origin/${this.branch}`])
    if (r.exitCode !== 0 && !NO_BRANCH.test(r.stderr)) throw remoteError('fetch', this, r)
    if (r.exitCode === 0) {
      this.tip = (await this.git.run(['rev-parse', `refs/remotes/origin/${this.branch}`])).trim()
      await this.git.run(['checkout', '-q', '-f', '-B', this.branch, `refs/remotes/origin/${this.branch}`])
    } else {
      this.tip = null
      await this.git.run(['symbolic-ref', 'HEAD', `refs/heads/${this.branch}`])
      await this.git.tryRun(['update-ref', '-d', `refs/heads/${this.branch}`])
      await this.git.run(['read-tree', '--empty'])
    }
    await this.git.run(['clean', '-q', '-f', '-d', '-x'])
  }

  /** Removes the credentials and the clone. */
  async dispose(): Promise<void> {
    if (existsSync(this.dir)) {
      await removeAuth(this.git, this.remote)
      await fs.rm(this.dir, { recursive: true, force: true })
    }
  }
}

function remoteError(what: string, clone: HistoryClone, r: GitResult): Error {
  if (AUTH_FAILED.test(r.stderr) || READ_ONLY.test(r.stderr)) {
    return new InputError(
      `The git server refused the token when the action tried to ${what} the history branch "${clone.branch}" of ${clone.remote}. ` +
        'Give the job a token that can read the repository contents (permissions: contents: read, or contents: write to store runs).'
    )
  }
  return new GitError([what], r)
}

/** Opens the data branch in a private clone under `tempDir`. A missing branch or empty repository is an empty history. */
export async function openHistory(opts: OpenHistoryOptions): Promise<HistoryClone> {
  const branch = validateBranchName(opts.branch ?? DEFAULT_BRANCH)
  const remote = normaliseRemote(opts.remote)
  await fs.mkdir(opts.tempDir, { recursive: true })
  const dir = await fs.mkdtemp(path.join(opts.tempDir, 'test-history-'))
  const git = new Git(dir, opts.gitEnv)
  const clone = new HistoryClone(dir, remote, branch, git)
  try {
    await git.run(['init', '-q', '--template=', dir])
    for (const [k, v] of [
      ['core.autocrlf', 'false'],
      ['gc.auto', '0'],
      ['commit.gpgsign', 'false'],
      ['maintenance.auto', 'false']
    ]) {
      await git.run(['config', '--local', k, v])
    }
    await git.run(['remote', 'add', 'origin', remote])
    await configureAuth(git, remote, opts.token)
    await clone.sync()
    return clone
  } catch (e) {
    await clone.dispose()
    throw e
  }
}

interface PreparedRun {
  built: BuiltRun
  path: string
}

function prepareRuns(runs: NewRun[]): PreparedRun[] {
  return runs.map(({ info, run }) => {
    const created = normaliseTime(info.created)
    const id = info.id !== undefined ? sanitizePathSegment(info.id) : makeRunId(created, info.build_id)
    const full: RunInfo = { ...info, id, created }
    const built = buildRun(full, run)
    return { built, path: runFilePath(created, id) }
  })
}

function normaliseTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) throw new InputError(`The run time "${iso}" is not a valid ISO 8601 time; give times like 2026-01-05T10:15:00Z.`)
  return d.toISOString()
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Adds runs to the branch in one commit and pushes it. When another job pushed first, fetches the
 * new tip, re-applies the runs on top and tries again (jittered exponential backoff). Never forces.
 * A token that may not push gives `read-only`; running out of attempts throws, naming a saved copy
 * of every run file so nothing is lost.
 */
export async function appendRuns(clone: HistoryClone, runs: NewRun[], opts: AppendOptions): Promise<AppendResult> {
  const prepared = prepareRuns(runs)
  const maxAttempts = opts.maxAttempts ?? 30
  const base = opts.baseDelayMs ?? 500
  const cap = opts.maxDelayMs ?? 8_000
  const random = opts.random ?? Math.random
  let lastReason = ''
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (attempt > 1) {
      await sleep(random() * Math.min(cap, base * 2 ** (attempt - 2)))
      await clone.sync()
    }
    const { added, already } = await writeRuns(clone, prepared, opts.retentionDays)
    if (added.length === 0) {
      return { status: 'stored', commit: clone.tip ?? '', runIds: [], alreadyStored: already, attempts: attempt }
    }
    const message = opts.commitMessage ?? `history: add run${added.length > 1 ? 's' : ''} ${added.slice(0, 5).join(', ')}${added.length > 5 ? ', ...' : ''}`
    await clone.git.run([...BOT_IDENTITY, 'commit', '-q', '--no-verify', '-m', message])
    const commit = (await clone.git.run(['rev-parse', 'HEAD'])).trim()
    const push = await clone.git.tryRun(['push', '--porcelain', 'origin', `HEAD:refs/heads/${clone.branch}`])
    if (push.exitCode === 0) {
      clone.tip = commit
      return { status: 'stored', commit, runIds: added, alreadyStored: already, attempts: attempt }
    }
    const output = push.stderr + '\n' + push.stdout
    if (READ_ONLY.test(output)) {
      await clone.sync()
      return { status: 'read-only', reason: `the token may not push to ${clone.branch} (the server answered 403); the run was not stored` }
    }
    if (!REJECTED.test(output)) throw remoteError('push to', clone, push)
    lastReason = output.trim().split('\n').find((l) => REJECTED.test(l)) ?? 'rejected'
    core.debug(`history push attempt ${attempt} rejected: ${lastReason}`)
  }
  const saved = await saveCopies(clone, prepared)
  throw new Error(
    `The test run was not stored in the history branch "${clone.branch}": the push was rejected ${maxAttempts} times ` +
      `because other jobs kept updating the branch (last: ${lastReason}). Nothing was lost: a copy of the run file is at ${saved.join(', ')}.`
  )
}

async function saveCopies(clone: HistoryClone, prepared: PreparedRun[]): Promise<string[]> {
  const out: string[] = []
  const tempDir = path.dirname(clone.dir)
  for (const p of prepared) {
    const file = path.join(tempDir, `unstored-run-${path.basename(p.path)}`)
    await fs.writeFile(file, p.built.runText)
    out.push(file)
  }
  return out
}

/**
 * Writes the runs that are not on the branch yet, re-derives rollup.json from the tip's one,
 * applies retention, and stages everything. Returns which runs were added.
 */
async function writeRuns(clone: HistoryClone, prepared: PreparedRun[], retentionDays: number): Promise<{ added: string[]; already: string[] }> {
  const state = clone.state()
  const known = new Set(state.rollup.runs.map((r) => r.id))
  const added: string[] = []
  const already: string[] = []
  const suiteCache = new Map<string, SuiteFile>()
  const suiteOf = (hash: string): SuiteFile => {
    let s = suiteCache.get(hash)
    if (!s) {
      s = clone.readSuite(hash) ?? undefined
      if (!s) throw new Error(`suite ${hash} is missing from the history branch`)
      suiteCache.set(hash, s)
    }
    return s
  }
  for (const p of prepared) {
    const { runFile, suite, suiteHash, runText, suiteText } = p.built
    if (known.has(runFile.run.id)) {
      already.push(runFile.run.id)
      continue
    }
    await writeFileIn(clone.dir, p.path, runText)
    const suitePath = suiteFilePath(suiteHash)
    if (!existsSync(path.join(clone.dir, suitePath))) await writeFileIn(clone.dir, suitePath, suiteText)
    suiteCache.set(suiteHash, suite)
    const peers: ShaPeer[] = []
    if (runFile.run.sha) {
      for (const r of state.rollup.runs) {
        if (r.sha !== runFile.run.sha || r.file === null) continue
        const other = clone.readRunAt(r.file)
        peers.push(peerOf(other, suiteOf(other.suite)))
      }
    }
    applyRun(state, runFile, suite, { file: p.path, sameSha: peers })
    known.add(runFile.run.id)
    added.push(runFile.run.id)
  }
  if (added.length === 0) return { added, already }

  await pruneRuns(clone, state, retentionDays, suiteOf)
  await writeFileIn(clone.dir, ROLLUP_PATH, encodeState(state))
  if (!existsSync(path.join(clone.dir, README_PATH))) await writeFileIn(clone.dir, README_PATH, branchReadme(clone.branch))
  await clone.git.run(['add', '-A', '.'])
  return { added, already }
}

async function pruneRuns(clone: HistoryClone, state: RollupState, retentionDays: number, suiteOf: (hash: string) => SuiteFile): Promise<void> {
  const pruned = planPrune(state.rollup.runs, retentionDays).sort(compareKeys)
  if (pruned.length > 0) {
    const archive = clone.readState(ARCHIVE_PATH, 'archive')
    const files = pruned.map((r) => {
      const runFile = clone.readRunAt(r.file as string)
      return { entry: r, runFile, suite: suiteOf(runFile.suite) }
    })
    // the runs of one sha are pruned together; they are compared with each other, as at ingest
    for (const f of files) {
      const peers = files.filter((o) => o !== f && o.entry.sha !== null && o.entry.sha === f.entry.sha).map((o) => peerOf(o.runFile, o.suite))
      applyRun(archive, f.runFile, f.suite, { file: null, sameSha: peers })
    }
    for (const f of files) {
      await fs.rm(path.join(clone.dir, f.entry.file as string), { force: true })
      markPruned(state, f.entry.id)
    }
    await writeFileIn(clone.dir, ARCHIVE_PATH, encodeState(archive))
  }
  // suites no kept run uses any more
  const suitesDir = path.join(clone.dir, 'suites')
  if (!existsSync(suitesDir)) return
  const used = new Set<string>()
  for (const r of state.rollup.runs) {
    if (r.file === null) continue
    used.add(r.suite ?? clone.readRunAt(r.file).suite)
  }
  for (const name of await fs.readdir(suitesDir)) {
    if (!used.has(name.replace(/\.json$/, ''))) await fs.rm(path.join(suitesDir, name), { force: true })
  }
}

async function writeFileIn(dir: string, rel: string, text: string): Promise<void> {
  const p = path.join(dir, rel)
  await fs.mkdir(path.dirname(p), { recursive: true })
  await fs.writeFile(p, text)
}

/**
 * Recomputes the rollup from the run files on the branch, replayed in (created, id) order on top of
 * the archive of pruned runs. Equal to rollup() when the branch is consistent.
 */
export function rebuildState(clone: HistoryClone): RollupState {
  const state = clone.readState(ARCHIVE_PATH, 'archive')
  const files = listRunFiles(clone.dir).map((file) => ({ file, runFile: clone.readRunAt(file) }))
  files.sort((a, b) => compareKeys(a.runFile.run, b.runFile.run))
  const suites = new Map<string, SuiteFile>()
  const bySha = new Map<string, ShaPeer[]>()
  for (const { file, runFile } of files) {
    let suite = suites.get(runFile.suite)
    if (!suite) {
      suite = clone.readSuite(runFile.suite) ?? undefined
      if (!suite) throw new InputError(`The run file ${file} refers to suites/${runFile.suite}.json, which is missing from the history branch.`)
      suites.set(runFile.suite, suite)
    }
    const sha = runFile.run.sha
    const peers = sha ? (bySha.get(sha) ?? []) : []
    applyRun(state, runFile, suite, { file, sameSha: peers })
    if (sha) bySha.set(sha, [...peers, peerOf(runFile, suite)])
  }
  return state
}

export function rebuildRollup(clone: HistoryClone): Rollup {
  return rebuildState(clone).rollup
}

function listRunFiles(dir: string): string[] {
  const root = path.join(dir, 'runs')
  if (!existsSync(root)) return []
  const out: string[] = []
  const walk = (rel: string): void => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = `${rel}/${e.name}`
      if (e.isDirectory()) walk(child)
      else if (e.name.endsWith('.json')) out.push(child)
    }
  }
  walk('runs')
  return out
}

function treeBytes(dir: string): number {
  let total = 0
  const walk = (p: string): void => {
    for (const e of readdirSync(p, { withFileTypes: true })) {
      if (e.name === '.git') continue
      const child = path.join(p, e.name)
      if (e.isDirectory()) walk(child)
      else total += readFileSync(child).length
    }
  }
  walk(dir)
  return total
}

/**
 * Replaces the branch by one orphan commit of its current tree (opt-in: the old history, and
 * the size it takes, goes away). Pushed with --force-with-lease against the tip this clone read,
 * so a run pushed meanwhile is never overwritten.
 */
export async function squashHistory(clone: HistoryClone, message = 'history: squash the test history'): Promise<SquashResult> {
  if (clone.tip === null) return { status: 'unchanged', reason: 'the branch does not exist yet' }
  const commit = (await clone.git.run([...BOT_IDENTITY, 'commit-tree', `${clone.tip}^{tree}`, '-m', message])).trim()
  const push = await clone.git.tryRun([
    'push',
    '--porcelain',
    `--force-with-lease=refs/heads/${clone.branch}:${clone.tip}`,
    'origin',
    `${commit}:refs/heads/${clone.branch}`
  ])
  const output = push.stderr + '\n' + push.stdout
  if (push.exitCode === 0) {
    clone.tip = commit
    await clone.git.run(['reset', '-q', '--soft', commit])
    return { status: 'squashed', commit }
  }
  if (READ_ONLY.test(output)) return { status: 'read-only', reason: `the token may not push to ${clone.branch}; the history was not squashed` }
  if (REJECTED.test(output)) {
    throw new Error(`The history branch "${clone.branch}" changed while it was being squashed (another job stored a run); nothing was overwritten. Run the squash again.`)
  }
  throw remoteError('push to', clone, push)
}
