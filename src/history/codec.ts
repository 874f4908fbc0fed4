/**
 * rollup.json and archive.json on the branch: a compact encoding of a RollupState, shaped so that
 * adding a run changes few lines (git then stores the new version as a small delta):
 * - `runs`: one line per run, as an array in the order of `run_columns`;
 * - `tests`: one line per test. A test's `seen` on a branch is `n` when it was in every run of the
 *   branch since the branch's first run except n, `[first, n]` when it was in the branch's newest
 *   run, `[first, last, runs]` otherwise; `counts` holds only non-passed outcomes (passed = runs -
 *   the others); `failures` and `flaky` are space-separated run numbers (position in `runs`) each
 *   written as the gap from the previous one, failures with a suffix `e` (error) or `r` (rerun),
 *   flaky entries with a suffix `/k` when they pair with the run k positions earlier (none: other =
 *   null, a `rerun` on that run; histories written before pairs were recorded read as that too);
 *   `duration` is `[ms, run number]`; `tags_run` is the run number that gave the tags, omitted
 *   when it is the newest run. Since schema 2: `ran` is encoded like `seen` (runs where the test
 *   was not skipped or xfailed), omitted when equal to `seen`; every failure carries the tags of its
 *   run: `failure_tags` maps a failure's position to `[component, failure_mode]` where they differ
 *   from the test's current tags, and a failure token ending in `?` has no recorded tags (written
 *   before schema 2).
 * So a run of an unchanged suite only appends a line to `runs` and touches the lines of the tests
 * that failed or kept a duration in it.
 */
import { InputError } from '../errors.js'
import type { Outcome } from '../report/types.js'
import { migrateDocument, type HistoryFileKind } from './migrate.js'
import { emptyState, type RollupState, type RunKey } from './rollup.js'
import { serializeLines } from './serialize.js'
import {
  HISTORY_SCHEMA_VERSION,
  type BranchPresence,
  type FailureEntry,
  type FlakyEntry,
  type RunIndexEntry,
  type TestRollup
} from './types.js'

export const RUN_COLUMNS = ['id', 'created', 'sha', 'branch', 'event', 'build_id', 'file', 'suite', 'summary'] as const

type EncodedRun = [string, string, string | null, string | null, string | null, string, string | null, string | null, RunIndexEntry['summary']]
type EncodedSeen = number | [string, number] | [string, string, number]

interface EncodedTest {
  component: string
  failure_mode: string
  incident?: string
  tag_source: TestRollup['tag_source']
  file?: string
  line?: number
  seen: Record<string, EncodedSeen>
  /** like seen, over the runs where the test ran (not skipped/xfailed); omitted when equal to seen */
  ran?: Record<string, EncodedSeen>
  counts?: Partial<Record<Outcome, number>>
  /** by position in failures: the run's tags when they differ from the test's current ones */
  failure_tags?: Record<string, [string, string]>
  failures?: string
  flaky?: string
  duration?: [number, number]
  tags_run?: number
}

interface EncodedRollup {
  schema_version: number
  updated_at: string | null
  run_columns: typeof RUN_COLUMNS
  runs: EncodedRun[]
  tests: Record<string, EncodedTest>
}

interface BranchStats {
  first: string
  last: string
  runs: number
}

function branchStats(runs: RunIndexEntry[]): Map<string, BranchStats> {
  const stats = new Map<string, BranchStats>()
  for (const r of runs) {
    const b = r.branch ?? ''
    const s = stats.get(b)
    if (!s) stats.set(b, { first: r.created, last: r.created, runs: 1 })
    else {
      if (r.created < s.first) s.first = r.created
      if (r.created > s.last) s.last = r.created
      s.runs++
    }
  }
  return stats
}

const FAILURE_SUFFIX: Record<FailureEntry[2], string> = { failed: '', error: 'e', rerun: 'r' }

export function encodeState(state: RollupState): string {
  const { runs, tests } = state.rollup
  const ordinal = new Map<string, number>()
  runs.forEach((r, i) => ordinal.set(r.id, i))
  const ord = (id: string): number => {
    const n = ordinal.get(id)
    if (n === undefined) throw new Error(`rollup refers to run ${id}, which is not in its run index`)
    return n
  }
  const stats = branchStats(runs)
  const newest = runs.length - 1

  const encodedTests: Record<string, EncodedTest> = {}
  for (const [nodeid, t] of Object.entries(tests)) {
    const seen = encodePresence(t.seen, stats)
    let present = 0
    for (const p of Object.values(t.seen)) present += p.runs
    const counts: Partial<Record<Outcome, number>> = {}
    let nonPassed = 0
    for (const [o, n] of Object.entries(t.counts) as Array<[Outcome, number]>) {
      if (o === 'passed' || !n) continue
      counts[o] = n
      nonPassed += n
    }
    if ((t.counts.passed ?? 0) !== present - nonPassed) {
      throw new Error(`rollup of ${nodeid} is inconsistent: ${t.counts.passed ?? 0} passed, ${present} runs, ${nonPassed} others`)
    }
    const e: EncodedTest = { component: t.component, failure_mode: t.failure_mode, tag_source: t.tag_source, seen }
    if (t.incident !== null) e.incident = t.incident
    if (t.file !== null) e.file = t.file
    if (t.line !== null) e.line = t.line
    if (nonPassed > 0) e.counts = counts
    if (t.ran && !samePresence(t.ran, t.seen)) e.ran = encodePresence(t.ran, stats)
    if (t.failures.length) {
      // `?`: an entry written before runs recorded their tags
      e.failures = gapString(t.failures.map((f) => [ord(f[1]), FAILURE_SUFFIX[f[2]] + (f.length === 5 ? '' : '?')]))
      const tags: Record<string, [string, string]> = {}
      t.failures.forEach((f, i) => {
        if (f.length === 5 && (f[3] !== t.component || f[4] !== t.failure_mode)) tags[String(i)] = [f[3], f[4]]
      })
      if (Object.keys(tags).length > 0) e.failure_tags = tags
    }
    if (t.flaky.length) e.flaky = gapString(t.flaky.map((f) => [ord(f[1]), f[3] === null ? '' : `/${ord(f[1]) - ord(f[3])}`]))
    const durRun = state.durationRun.get(nodeid)
    if (t.duration_ms !== null && durRun) e.duration = [t.duration_ms, ord(durRun.id)]
    const tagRun = state.tagRun.get(nodeid)
    if (tagRun && ord(tagRun.id) !== newest) e.tags_run = ord(tagRun.id)
    encodedTests[nodeid] = e
  }
  const doc: EncodedRollup = {
    schema_version: HISTORY_SCHEMA_VERSION,
    updated_at: state.rollup.updated_at,
    run_columns: RUN_COLUMNS,
    runs: runs.map((r) => [r.id, r.created, r.sha, r.branch, r.event, r.build_id, r.file, r.suite ?? null, r.summary]),
    tests: encodedTests
  }
  return serializeLines(doc, 2)
}

function encodePresence(presence: Record<string, BranchPresence>, stats: Map<string, BranchStats>): Record<string, EncodedSeen> {
  const out: Record<string, EncodedSeen> = {}
  for (const [b, p] of Object.entries(presence)) {
    const s = stats.get(b)
    if (s && p.last === s.last) out[b] = p.first === s.first ? s.runs - p.runs : [p.first, s.runs - p.runs]
    else out[b] = [p.first, p.last, p.runs]
  }
  return out
}

function samePresence(a: Record<string, BranchPresence>, b: Record<string, BranchPresence>): boolean {
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  return ka.every((k) => b[k] !== undefined && a[k].first === b[k].first && a[k].last === b[k].last && a[k].runs === b[k].runs)
}

// The decoding below runs once per test of the rollup (thousands) in a process that has just
// started: plain loops over keys, without the arrays Object.entries and spreads would allocate.

function decodePresence(encoded: Record<string, EncodedSeen>, stats: Map<string, BranchStats>, nodeid: string, where: string): Record<string, BranchPresence> {
  const out: Record<string, BranchPresence> = {}
  for (const b in encoded) {
    const v = encoded[b]
    const s = stats.get(b)
    if (Array.isArray(v) && v.length === 3) out[b] = { first: v[0], last: v[1], runs: v[2] }
    else {
      if (!s) throw damaged(where, `test ${nodeid} refers to branch "${b}" with no runs`)
      out[b] = typeof v === 'number' ? { first: s.first, last: s.last, runs: s.runs - v } : { first: v[0], last: s.last, runs: s.runs - v[1] }
    }
  }
  return out
}

function copyPresence(presence: Record<string, BranchPresence>): Record<string, BranchPresence> {
  const out: Record<string, BranchPresence> = {}
  for (const b in presence) {
    const p = presence[b]
    out[b] = { first: p.first, last: p.last, runs: p.runs }
  }
  return out
}

function gapString(items: Array<[number, string]>): string {
  let prev = 0
  return items
    .map(([n, suffix]) => {
      const gap = n - prev
      prev = n
      return `${gap}${suffix}`
    })
    .join(' ')
}

/** Reads a gapString; `pattern` captures a token's gap, then its suffix. */
function parseGaps(s: string, where: string, pattern: RegExp): Array<[number, string]> {
  let prev = 0
  return s.split(' ').map((token) => {
    const m = pattern.exec(token)
    if (!m) throw damaged(where, `bad run reference "${token}"`)
    prev += Number(m[1])
    return [prev, m[2]]
  })
}

const FAILURE_TOKEN = /^(\d+)([er]?\??)$/
const FLAKY_TOKEN = /^(\d+)((?:\/[1-9]\d*)?)$/

const damaged = (where: string, what: string): InputError =>
  new InputError(`The history file ${where} is damaged (${what}). Restore it from the data branch's git history, or run \`node dist/cli.js history --repo URL --rebuild\`.`)

const decodedVersions = new WeakMap<RollupState, number>()

/** The schema_version of the file a state was decoded from (undefined: built in memory). */
export function sourceVersionOf(state: RollupState): number | undefined {
  return decodedVersions.get(state)
}

export function decodeState(text: string, where: string, kind: Extract<HistoryFileKind, 'rollup' | 'archive'>): RollupState {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw damaged(where, `not JSON: ${(e as Error).message}`)
  }
  const sourceVersion = (raw as { schema_version?: unknown } | null)?.schema_version
  const doc = migrateDocument(kind, raw, where) as unknown as EncodedRollup
  if (!Array.isArray(doc.runs) || typeof doc.tests !== 'object' || doc.tests === null) throw damaged(where, 'runs or tests missing')
  const state = emptyState()
  if (typeof sourceVersion === 'number') decodedVersions.set(state, sourceVersion)
  const runs: RunIndexEntry[] = doc.runs.map((r) => ({
    id: r[0],
    created: r[1],
    sha: r[2],
    branch: r[3],
    event: r[4],
    build_id: r[5],
    file: r[6],
    ...(r[7] !== null ? { suite: r[7] } : {}),
    summary: r[8]
  }))
  state.rollup.runs = runs
  state.rollup.updated_at = doc.updated_at
  const stats = branchStats(runs)
  // one key per run, shared by every test that refers to it (keys are never changed in place)
  const keys: RunKey[] = runs.map((r) => ({ created: r.created, id: r.id }))
  const keyAt = (n: number): RunKey => {
    const k = keys[n]
    if (!k) throw damaged(where, `run number ${n} out of range`)
    return k
  }
  const newest = runs.length - 1

  for (const nodeid in doc.tests) {
    const e = doc.tests[nodeid]
    const seen = decodePresence(e.seen, stats, nodeid, where)
    let present = 0
    for (const b in seen) present += seen[b].runs
    const ran = e.ran ? decodePresence(e.ran, stats, nodeid, where) : copyPresence(seen)
    const counts: Partial<Record<Outcome, number>> = {}
    let nonPassed = 0
    if (e.counts) {
      for (const o in e.counts) {
        const n = e.counts[o as Outcome]
        counts[o as Outcome] = n
        nonPassed += n ?? 0
      }
    }
    if (present - nonPassed > 0) counts.passed = present - nonPassed
    const failures: FailureEntry[] = e.failures
      ? parseGaps(e.failures, where, FAILURE_TOKEN).map(([n, suffix], i): FailureEntry => {
          const k = keyAt(n)
          const o = suffix.startsWith('e') ? 'error' : suffix.startsWith('r') ? 'rerun' : 'failed'
          if (suffix.endsWith('?')) return [k.created, k.id, o]
          const tags = e.failure_tags?.[String(i)] ?? [e.component, e.failure_mode]
          return [k.created, k.id, o, tags[0], tags[1]]
        })
      : []
    const flaky: FlakyEntry[] = e.flaky
      ? parseGaps(e.flaky, where, FLAKY_TOKEN).map(([n, suffix]) => {
          const k = keyAt(n)
          return [k.created, k.id, runs[n].sha ?? '', suffix ? keyAt(n - Number(suffix.slice(1))).id : null]
        })
      : []
    state.rollup.tests[nodeid] = {
      component: e.component,
      failure_mode: e.failure_mode,
      incident: e.incident ?? null,
      tag_source: e.tag_source,
      file: e.file ?? null,
      line: e.line ?? null,
      seen,
      ran,
      counts,
      failures,
      flaky,
      duration_ms: e.duration ? e.duration[0] : null
    }
    if (e.duration) state.durationRun.set(nodeid, keyAt(e.duration[1]))
    if (newest >= 0) state.tagRun.set(nodeid, keyAt(e.tags_run ?? newest))
  }
  return state
}
