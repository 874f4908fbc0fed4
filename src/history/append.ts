/**
 * Storing runs: each run adds its own immutable files (run file, suite file when new), committed
 * with plumbing on top of the fetched tip and pushed. A push that loses the race to another job
 * does not queue behind the others: the runs are pushed as pending runs, each to a ref of its
 * own (pending.ts), which no other job can take, and the next commit to the branch takes them in.
 * Only a server that refuses such refs makes the writer queue: fetch the new tip (trees only),
 * rebuild the same small commit on it, push again. The rollup is brought up to date afterwards
 * (compact.ts), outside the race. A copy of every run is saved before the first push and
 * removed once it landed.
 */
import { promises as fs } from 'node:fs'
import { InputError } from '../errors.js'
import type { TestRun } from '../report/types.js'
import { compactIfDue } from './compact.js'
import { pendingNamespace, runFilePath, suiteFilePath } from './ids.js'
import { README_PATH, type PendingRun } from './layout.js'
import { classifyPush, pushFailure, refusalReason } from './push-result.js'
import { readmeUpdate } from './readme.js'
import { absorbPending } from './pending.js'
import type { TreeChange } from './objects.js'
import { buildRun, type BuiltRun } from './runfile.js'
import { saveRun } from './saved.js'
import type { HistoryClone } from './store.js'
import type { RunInfo } from './types.js'

export interface NewRun {
  info: Omit<RunInfo, 'id'> & { id?: string }
  run: TestRun
}

export interface AppendOptions {
  /** prune run files older than this many days (counted from retentionAnchor); 0 keeps every file */
  retentionDays: number
  /** pushes tried before giving up (default 30) */
  maxAttempts?: number
  /** first backoff step (default 50 ms); doubles per attempt, full jitter */
  baseDelayMs?: number
  /** longest single wait (default 2000 ms) */
  maxDelayMs?: number
  commitMessage?: string
  /** for tests: the jitter source (default Math.random) */
  random?: () => number
  /** false: leave bringing the rollup up to date to a later writer (default: when it is due) */
  compact?: boolean
  /** the present, for retention (default: the clock) */
  now?: Date
  /** false: never store runs as pending runs; queue on the branch until the push lands (default true) */
  pending?: boolean
  /** the copies of `built` the caller saved already (saveRun, in the same order): they are not written again */
  saved?: string[]
}

export type AppendResult =
  /** pending: the runs were stored beside the branch (pending.ts) after their push to it lost a race */
  | { status: 'stored'; commit: string; runIds: string[]; alreadyStored: string[]; attempts: number; pending: boolean }
  | { status: 'read-only'; reason: string; saved: string[] }

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export function normaliseTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) throw new InputError(`The run time "${iso}" is not a valid ISO 8601 time; give times like 2026-01-05T10:15:00Z.`)
  return d.toISOString()
}

/** Builds the files of new runs (ids from time, build, job, matrix leg and content). */
export function buildRuns(runs: NewRun[]): BuiltRun[] {
  return runs.map(({ info, run }) => buildRun({ ...info, created: normaliseTime(info.created) }, run))
}

/** Stores runs given as reports (see appendBuiltRuns). */
export async function appendRuns(clone: HistoryClone, runs: NewRun[], opts: AppendOptions): Promise<AppendResult> {
  return appendBuiltRuns(clone, buildRuns(runs), opts)
}

/**
 * Adds runs to the branch in one commit (taking in the pending runs it holds). A push that lost the
 * race stores the runs as pending runs instead; where the server refuses those, contention is
 * retried (jittered exponential backoff). A branch rule or hook that declines the push stops at
 * once with an InputError; a token that may not push gives `read-only`. Whenever the runs were not
 * stored, their saved copies are named.
 */
export async function appendBuiltRuns(clone: HistoryClone, built: BuiltRun[], opts: AppendOptions): Promise<AppendResult> {
  const maxAttempts = opts.maxAttempts ?? 30
  const base = opts.baseDelayMs ?? 50
  const cap = opts.maxDelayMs ?? 2_000
  const random = opts.random ?? Math.random
  const saved = opts.saved ?? (await Promise.all(built.map((b) => saveRun(clone.tempDir, clone.branch, b))))
  const blobCache = new Map<string, string>()
  const blob = (text: string): string => {
    let oid = blobCache.get(text)
    if (!oid) blobCache.set(text, (oid = clone.objects.writeBlob(text)))
    return oid
  }
  const readOnly: AppendResult = { status: 'read-only', reason: `the token may not push to ${clone.branch} (the server answered 403); the run was not stored (saved at ${saved.join(', ')})`, saved }
  const notStored = (why: string): string =>
    `${why} Nothing was lost: the run is saved at ${saved.join(', ')}; store it later with \`node dist/cli.js ingest --repo <repository> --branch ${clone.branch} --saved <file>\`.`

  let lastReason = ''
  let triedPending = opts.pending === false
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (attempt > 1) {
      await sleep(random() * Math.min(cap, base * 2 ** (attempt - 2)))
      await clone.refresh()
    }
    const { fresh, already } = sortOut(clone, built)
    if (fresh.length === 0) {
      await removeSaved(saved)
      return { status: 'stored', commit: clone.tip ?? '', runIds: [], alreadyStored: already, attempts: attempt, pending: false }
    }
    const { runs, suites, changes: added } = runFiles(clone, fresh, blob)
    const readme = readmeUpdate(clone.objects, clone.layout, clone.branch)
    // runs pending beside the branch are taken in by this commit (pending.ts)
    const absorbed = absorbPending(clone.layout)
    const changes = [...absorbed.changes, ...added, ...(readme ? [{ path: README_PATH, oid: readme }] : [])]
    const ids = fresh.map((b) => b.runFile.run.id)
    const message = opts.commitMessage ?? `history: add run${ids.length > 1 ? 's' : ''} ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', ...' : ''}`
    const commit = clone.objects.commitTree(clone.tip, changes, message)
    const push = await clone.objects.push(commit, clone.tip, absorbed.deletes)
    const outcome = classifyPush(push)
    if (outcome === 'pushed') {
      clone.noteWritten(commit, runs, suites, readme)
      await removeSaved(saved)
      await clone.foldUncovered()
      if (opts.compact !== false) await compactIfDue(clone, { retentionDays: opts.retentionDays, now: opts.now, stored: fresh.map((b) => b.runFile.run), busy: attempt > 1, random })
      return { status: 'stored', commit, runIds: ids, alreadyStored: already, attempts: attempt, pending: false }
    }
    if (outcome === 'read-only') return readOnly
    if (outcome === 'refused') {
      throw new InputError(
        notStored(
          `The git server declined the push to the history branch "${clone.branch}" of ${clone.remote} (${refusalReason(push)}). ` +
            `This is a branch protection rule, a ruleset or a server hook, not another job: retrying cannot help. ` +
            `Exempt "${clone.branch}" from the rule (or allow the workflow's token to push to it), or set history-branch to a branch without such rules.`
        )
      )
    }
    if (outcome === 'failed') {
      const error = pushFailure(clone, push)
      throw error instanceof InputError ? new InputError(notStored(error.message)) : new Error(notStored(error.message))
    }
    lastReason = refusalReason(push)
    clone.logger.debug(`history push attempt ${attempt} lost the race to another job: ${lastReason}`)
    if (!triedPending) {
      // another job pushed first: store the runs beside the branch instead of queueing behind it
      triedPending = true
      const landed = await pushPending(clone, fresh, blob)
      if (landed === 'read-only') return readOnly
      if (landed !== null) {
        await removeSaved(saved)
        await clone.foldUncovered()
        return { status: 'stored', commit: landed[0].commit, runIds: ids, alreadyStored: already, attempts: attempt, pending: true }
      }
    }
  }
  throw new Error(notStored(`The test run was not stored in the history branch "${clone.branch}": the push was rejected ${maxAttempts} times because other jobs kept updating the branch (last: ${lastReason}).`))
}

/** The runs not stored yet, and the ids of those that are (on the branch, pending, or in the rollup read). */
function sortOut(clone: HistoryClone, built: BuiltRun[]): { fresh: BuiltRun[]; already: string[] } {
  const known = new Set(clone.loadedRollup?.state.rollup.runs.map((r) => r.id) ?? [])
  const fresh: BuiltRun[] = []
  const already: string[] = []
  for (const b of built) {
    const id = b.runFile.run.id
    if (clone.layout.runs.has(runFilePath(b.runFile.run.created, id)) || known.has(id) || fresh.some((f) => f.runFile.run.id === id)) already.push(id)
    else fresh.push(b)
  }
  return { fresh, already }
}

/**
 * Pushes each run as a pending run (pending.ts): a parentless commit of its run file (and its
 * suite file when the branch lacks it) to a ref of its own, all in one atomic push. Null when the
 * server would not take them (a rule against such refs, or the same run pending already): the
 * caller then queues on the branch as before.
 */
async function pushPending(clone: HistoryClone, fresh: BuiltRun[], blob: (text: string) => string): Promise<PendingRun[] | 'read-only' | null> {
  const pending: PendingRun[] = []
  for (const b of fresh) {
    const { runs, suites, changes } = runFiles(clone, [b], blob)
    const commit = clone.objects.commitTree(null, changes, `history: run ${b.runFile.run.id}, pending`)
    pending.push({ ref: pendingNamespace(clone.branch) + b.runFile.run.id, commit, runs, suites })
  }
  const push = await clone.objects.pushNewRefs(pending)
  const outcome = classifyPush(push)
  if (outcome === 'pushed') {
    clone.notePending(pending)
    return pending
  }
  if (outcome === 'read-only') return 'read-only'
  clone.logger.debug(`history: the runs could not be stored as pending runs (${refusalReason(push)}); queueing on the branch instead`)
  return null
}

/** The files storing `built` adds: each run file, and each suite file the branch lacks. */
function runFiles(clone: HistoryClone, built: BuiltRun[], blob: (text: string) => string): { runs: Map<string, string>; suites: Map<string, string>; changes: TreeChange[] } {
  const runs = new Map<string, string>()
  const suites = new Map<string, string>()
  for (const b of built) {
    runs.set(runFilePath(b.runFile.run.created, b.runFile.run.id), blob(b.runText))
    if (!clone.layout.suites.has(b.suiteHash)) suites.set(b.suiteHash, blob(b.suiteText))
  }
  const changes = [...[...runs].map(([path, oid]) => ({ path, oid })), ...[...suites].map(([hash, oid]) => ({ path: suiteFilePath(hash), oid }))]
  return { runs, suites, changes }
}

async function removeSaved(files: string[]): Promise<void> {
  await Promise.all(files.map((f) => fs.rm(f, { force: true })))
}
