/**
 * Bringing rollup.json up to date with the run files (and applying retention): a commit that
 * rewrites the rollup to cover every run file of the tip, folds the runs retention removes into
 * archive.json, and deletes their files and the suites no kept run uses. A writer does it after
 * its own run landed, when the rollup lags by COMPACT_LAG runs or more, is missing, damaged or
 * older, or retention has something to remove; one attempt only (a race lost means another
 * writer is active and will do it). `history --compact` / `--rebuild` retry.
 */
import { encodeState } from './codec.js'
import { suiteFilePath } from './ids.js'
import { ARCHIVE_PATH, README_PATH, ROLLUP_PATH, type BranchLayout } from './layout.js'
import { absorbPending } from './pending.js'
import { classifyPush, refusalReason } from './push-result.js'
import { readmeUpdate } from './readme.js'
import { planPrune, retentionAnchor } from './retention.js'
import { applyRun, compareKeys, markPruned, peerOf, type RollupState } from './rollup.js'
import type { HistoryClone } from './store.js'
import type { SuiteFile } from './types.js'

/** Run files the stored rollup may lag behind before a writer rewrites it. */
export const COMPACT_LAG = 8

export interface CompactOptions {
  retentionDays: number
  /** the present (default: the clock) */
  now?: Date
  /** the runs just stored (retention counts from the newest of them when it is earlier than now) */
  stored?: Array<{ created: string }>
  /** the writer's push lost races: other writers are active, so leave a lag below BUSY_LAG to them */
  busy?: boolean
  /** for a writer that did not read the rollup: the chance source of its 1-in-COMPACT_LAG turn (default Math.random) */
  random?: () => number
}

/** The lag a busy writer still catches up on (so a branch that is never quiet still gets compacted). */
export const BUSY_LAG = 4 * COMPACT_LAG

export type CompactResult =
  | { status: 'compacted'; commit: string; pruned: number; covered: number }
  | { status: 'unchanged' | 'lost-race' | 'read-only'; reason: string }

/** Compacts when due; never fails the caller (the runs are stored already): problems become debug lines. */
export async function compactIfDue(clone: HistoryClone, opts: CompactOptions): Promise<CompactResult | null> {
  try {
    if (!clone.loadedRollup) {
      // a writer that did not read the rollup cannot see its lag without reading it: it takes a
      // turn one time in COMPACT_LAG (so the lag stays near COMPACT_LAG), or when the rollup is missing
      const missing = clone.layout.rollup === null && clone.layout.runs.size > 0
      if (!missing && (opts.busy || (opts.random ?? Math.random)() >= 1 / COMPACT_LAG)) return null
      await clone.load({ writing: true })
    }
    const loaded = clone.loadedRollup
    if (!loaded) return null
    // another writer rewrote the rollup since this one was read: it is active, and knows more
    if (clone.layout.rollup !== loaded.sourceOid) return null
    const lag = clone.storedRollupLag()
    const anchor = retentionAnchor(opts.now ?? new Date(), opts.stored)
    const prune = planPrune(loaded.state.rollup.runs, opts.retentionDays, anchor)
    if (!loaded.rewriteReason && clone.layout.rollup && lag < (opts.busy ? BUSY_LAG : COMPACT_LAG) && (prune.length === 0 || opts.busy)) return null
    const result = await compactOnce(clone, loaded.state, opts.retentionDays, anchor)
    clone.logger.debug(`history compaction: ${JSON.stringify(result)}`)
    return result
  } catch (error) {
    clone.logger.debug(`history compaction skipped: ${(error as Error).message}`)
    return null
  }
}

/**
 * Compacts with retries (the CLI's `history --compact`, and `--rebuild`, which first replays every
 * run file instead of trusting the stored rollup).
 */
export async function compactHistory(clone: HistoryClone, opts: CompactOptions & { rebuild?: boolean; maxAttempts?: number }): Promise<CompactResult> {
  const attempts = opts.maxAttempts ?? 10
  let last: CompactResult = { status: 'unchanged', reason: 'not tried' }
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await clone.refresh({ forReading: !opts.rebuild })
    const state = opts.rebuild ? await clone.rebuildState() : attempt > 1 || !clone.loadedRollup ? await clone.load() : clone.state()
    if (clone.tip === null && clone.layout.pending.length === 0) return { status: 'unchanged', reason: 'the branch does not exist yet' }
    last = await compactOnce(clone, state, opts.retentionDays, retentionAnchor(opts.now ?? new Date(), opts.stored))
    if (last.status !== 'lost-race') return last
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 200 * attempt))
  }
  return last
}

async function compactOnce(clone: HistoryClone, state: RollupState, retentionDays: number, anchor: string): Promise<CompactResult> {
  const pruned = planPrune(state.rollup.runs, retentionDays, anchor)
    .filter((r) => r.file !== null && clone.layout.runs.has(r.file))
    .sort(compareKeys)
  // pending runs are taken in first (pending.ts), so that pruning may still delete one of them
  const absorbed = absorbPending(clone.layout)
  const changes: Array<{ path: string; oid: string | null }> = [...absorbed.changes]
  const layout: BranchLayout = { ...clone.layout, runs: new Map(clone.layout.runs), suites: new Map(clone.layout.suites), pending: [], fromPending: new Map() }
  if (pruned.length > 0) {
    const archive = await clone.readArchive()
    const files = await clone.readRunFiles(pruned.map((r) => r.file as string))
    const suites = await clone.readSuites([...files.values()].map((f) => f.suite))
    const readable = [...files.entries()].filter(([, f]) => suites.has(f.suite))
    // the runs of one sha are pruned together; they are compared with each other, as at ingest
    for (const [file, runFile] of readable) {
      const peers = readable
        .filter(([other, f]) => other !== file && runFile.run.sha && f.run.sha === runFile.run.sha)
        .map(([, f]) => peerOf(f, suites.get(f.suite) as SuiteFile))
      applyRun(archive, runFile, suites.get(runFile.suite) as SuiteFile, { file: null, sameSha: peers })
    }
    for (const r of pruned) {
      const file = r.file as string // read before markPruned clears it
      markPruned(state, r.id)
      changes.push({ path: file, oid: null })
      layout.runs.delete(file)
    }
    const archiveOid = clone.objects.writeBlob(encodeState(archive))
    changes.push({ path: ARCHIVE_PATH, oid: archiveOid })
    layout.archive = archiveOid
  }
  // suites no kept run uses any more (kept when some kept run does not say which it uses)
  const used = new Set<string>()
  let allKnown = true
  for (const r of state.rollup.runs) {
    if (r.file === null) continue
    if (r.suite) used.add(r.suite)
    else allKnown = false
  }
  if (allKnown) {
    for (const hash of clone.layout.suites.keys()) {
      if (used.has(hash)) continue
      changes.push({ path: suiteFilePath(hash), oid: null })
      layout.suites.delete(hash)
    }
  }
  // (the branch is created here when its first runs were all pending)
  const readme = readmeUpdate(clone.objects, clone.layout, clone.branch)
  if (readme) {
    layout.readme = readme
    changes.push({ path: README_PATH, oid: readme })
  }
  const rollupOid = clone.objects.writeBlob(encodeState(state))
  if (rollupOid === clone.layout.rollup && changes.length === 0 && absorbed.deletes.length === 0) return { status: 'unchanged', reason: 'the rollup is up to date' }
  changes.push({ path: ROLLUP_PATH, oid: rollupOid })
  layout.rollup = rollupOid
  const commit = clone.objects.commitTree(clone.tip, changes, `history: update the rollup (${state.rollup.runs.length} runs${pruned.length ? `, ${pruned.length} run files pruned` : ''})`)
  const push = await clone.objects.push(commit, clone.tip, absorbed.deletes)
  const outcome = classifyPush(push)
  if (outcome === 'pushed') {
    clone.noteCompacted(commit, layout, state)
    return { status: 'compacted', commit, pruned: pruned.length, covered: state.rollup.runs.length }
  }
  if (outcome === 'read-only') return { status: 'read-only', reason: `the token may not push to ${clone.branch}` }
  return { status: 'lost-race', reason: refusalReason(push) }
}
