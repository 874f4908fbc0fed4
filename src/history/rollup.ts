/**
 * The rollup is derived data: applying run files (in any order) to a state gives the same result,
 * so the store can apply a late run on top of a newer tip, and `rebuild` can replay the run files
 * in (created, id) order on top of the archive of pruned runs and get the same rollup.
 * Pure: no I/O here.
 */
import type { Outcome } from '../report/types.js'
import {
  HISTORY_SCHEMA_VERSION,
  type BranchPresence,
  type FailureEntry,
  type FlakyEntry,
  type Rollup,
  type RunFile,
  type RunIndexEntry,
  type SuiteFile,
  type SuiteRow,
  type TestRollup
} from './types.js'

/** Runs are ordered by (created, id); created is a normalised ISO string, so strings compare. */
export interface RunKey {
  created: string
  id: string
}

export const compareKeys = (a: RunKey, b: RunKey): number =>
  a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

export interface RollupState {
  rollup: Rollup
  /** the run whose record gave each test its current tags (the most recent run containing it) */
  tagRun: Map<string, RunKey>
  /** the run whose recorded duration the test carries */
  durationRun: Map<string, RunKey>
}

/** Another run of the same commit, for the flakiness comparison. */
export interface ShaPeer extends RunKey {
  /** 'pass' or 'fail' for a test of that run, null when the test was absent or neither (skipped...) */
  classOf(nodeid: string): OutcomeClass | null
}

export type OutcomeClass = 'pass' | 'fail'

/**
 * A `rerun` is a pass here (its final outcome): its failed attempt is already flaky evidence on its
 * own run (a FlakyEntry with other = null), so pairing that attempt with another run's pass would
 * only add an entry that needs more runs to count; its pass paired with another run's failure is new evidence.
 */
export const outcomeClass = (o: Outcome): OutcomeClass | null =>
  o === 'passed' || o === 'rerun' ? 'pass' : o === 'failed' || o === 'error' ? 'fail' : null

export function emptyState(): RollupState {
  return {
    rollup: { schema_version: HISTORY_SCHEMA_VERSION, updated_at: null, runs: [], tests: {} },
    tagRun: new Map(),
    durationRun: new Map()
  }
}

/** A run file + its suite seen as a ShaPeer. */
export function peerOf(runFile: RunFile, suite: SuiteFile): ShaPeer {
  const present = new Set(suite.tests.map((r) => r[0]))
  return {
    created: runFile.run.created,
    id: runFile.run.id,
    classOf: (nodeid) => (present.has(nodeid) ? outcomeClass(runFile.results[nodeid]?.o ?? 'passed') : null)
  }
}

export interface ApplyContext {
  /** path of the run file on the branch, null when the run is folded into the archive */
  file: string | null
  /** other runs with the same sha whose files are on the branch (ignored when the run has no sha) */
  sameSha: ShaPeer[]
}

/**
 * Adds one run to the state (mutating it). Returns false, changing nothing, when a run with the
 * same id is already there: ingesting the same report twice stores it once.
 */
export function applyRun(state: RollupState, runFile: RunFile, suite: SuiteFile, ctx: ApplyContext): boolean {
  const { rollup } = state
  const info = runFile.run
  const key: RunKey = { created: info.created, id: info.id }
  const at = insertionPoint(rollup.runs, key)
  if (at < rollup.runs.length && rollup.runs[at].id === info.id) return false

  const entry: RunIndexEntry = {
    id: info.id,
    created: info.created,
    sha: info.sha,
    branch: info.branch,
    event: info.event,
    build_id: info.build_id,
    file: ctx.file,
    summary: runFile.summary,
    suite: runFile.suite
  }
  rollup.runs.splice(at, 0, entry)
  if (rollup.updated_at === null || info.created > rollup.updated_at) rollup.updated_at = info.created

  const branch = info.branch ?? ''
  const sha = info.sha ?? ''
  const peers = info.sha ? ctx.sameSha.filter((p) => p.id !== info.id) : []
  for (const row of suite.tests) {
    const nodeid = row[0]
    const t = (rollup.tests[nodeid] ??= newTest(row))
    addPresence(t.seen, branch, info.created)
    const result = runFile.results[nodeid]
    const o: Outcome = result?.o ?? 'passed'
    t.counts[o] = (t.counts[o] ?? 0) + 1
    if (o !== 'skipped' && o !== 'xfailed') addPresence((t.ran ??= {}), branch, info.created)
    // the tags the test carried in this run, so a later move to another component does not rewrite the past
    if (o === 'failed' || o === 'error' || o === 'rerun') insertSorted(t.failures, [info.created, info.id, o, row[1], row[2]], compareFailures)
    if (o === 'rerun') addFlaky(t.flaky, [info.created, info.id, sha, null])

    const tagKey = state.tagRun.get(nodeid)
    if (!tagKey || compareKeys(key, tagKey) > 0) {
      setTags(t, row)
      state.tagRun.set(nodeid, key)
    }
    if (result?.ms !== undefined) {
      const durKey = state.durationRun.get(nodeid)
      if (!durKey || compareKeys(key, durKey) > 0) {
        t.duration_ms = result.ms
        state.durationRun.set(nodeid, key)
      }
    }

    const mine = outcomeClass(o)
    if (mine === null) continue
    for (const peer of peers) {
      const theirs = peer.classOf(nodeid)
      if (theirs === null || theirs === mine) continue
      // the evidence is recorded on the later of the two runs, naming the earlier, whichever arrived first
      const [earlier, later] = compareKeys(peer, key) < 0 ? [peer, key] : [key, peer]
      addFlaky(t.flaky, [later.created, later.id, sha, earlier.id])
    }
  }
  return true
}

function addPresence(presence: Record<string, BranchPresence>, branch: string, created: string): void {
  const p = presence[branch]
  if (!p) presence[branch] = { first: created, last: created, runs: 1 }
  else {
    if (created < p.first) p.first = created
    if (created > p.last) p.last = created
    p.runs++
  }
}

/** Marks a run as pruned: its index entry stays (the rollup keeps every run), its file is gone. */
export function markPruned(state: RollupState, runId: string): void {
  const entry = state.rollup.runs.find((r) => r.id === runId)
  if (entry) entry.file = null
}

/** A test's rollup entry before any run of it is applied: its tags from the suite row, nothing seen. */
export function newTest(row: SuiteRow): TestRollup {
  return {
    component: row[1],
    failure_mode: row[2],
    incident: row[3],
    tag_source: row[4],
    file: row[5],
    line: row[6],
    seen: {},
    ran: {},
    counts: {},
    failures: [],
    flaky: [],
    duration_ms: null
  }
}

function setTags(t: TestRollup, row: SuiteRow): void {
  t.component = row[1]
  t.failure_mode = row[2]
  t.incident = row[3]
  t.tag_source = row[4]
  t.file = row[5]
  t.line = row[6]
}

function insertionPoint(runs: RunIndexEntry[], key: RunKey): number {
  let lo = 0
  let hi = runs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (compareKeys(runs[mid], key) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

const entryKey = (e: FailureEntry | FlakyEntry): RunKey => ({ created: e[0], id: e[1] })

function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
  let i = list.length
  while (i > 0 && compare(list[i - 1], item) > 0) i--
  list.splice(i, 0, item)
}

const compareFailures = (a: FailureEntry, b: FailureEntry): number => compareKeys(entryKey(a), entryKey(b))

/** By (time, run, other run) with null first: a total order, so the list is the same whatever order the runs came in. */
const compareFlaky = (a: FlakyEntry, b: FlakyEntry): number => {
  const other = (e: FlakyEntry): string => e[3] ?? ''
  return compareKeys(entryKey(a), entryKey(b)) || (other(a) < other(b) ? -1 : other(a) > other(b) ? 1 : 0)
}

function addFlaky(list: FlakyEntry[], item: FlakyEntry): void {
  if (list.some((e) => e[1] === item[1] && e[3] === item[3])) return
  insertSorted(list, item, compareFlaky)
}
