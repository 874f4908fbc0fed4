/**
 * The rollup as it would have been at an earlier time T, so the pure analysis can be asked "what
 * were the metrics at the end of 2026Q2?" without touching the history format.
 *
 * Exact: the run index (runs created <= T), every failure and flaky observation (time <= T), and
 * each test's first appearance (tests first seen after T are left out, so gaps closed later are
 * still open at T). Inferred: a test seen both before and after T keeps, as its last_seen at T, the
 * newest run of that branch at or before T, i.e. it is assumed to have run continuously between its
 * first and last appearance. That only matters for "active" (last_seen within 30 days), so the
 * dead-weight ratio of a past quarter is approximate for tests that left the suite and came back.
 * Tags (component, failure mode, incident) are the latest ones: the rollup keeps no older tags.
 */
import type { BranchPresence, Rollup, TestRollup } from '../history/types.js'
import { canonicalTime } from '../analysis/time.js'
import { lowerBound, upperBound } from '../analysis/search.js'

export interface RollupAsOf {
  rollup: Rollup
  /** tests whose last_seen at T was inferred (seen on the same branch before and after T) */
  inferredLastSeen: number
}

export function rollupAsOf(rollup: Rollup, asOf: Date): RollupAsOf {
  const t = asOf.toISOString()
  const runs = rollup.runs.filter((r) => canonicalTime(r.created, 'the created time', `run ${r.id}`) <= t)
  if (runs.length === rollup.runs.length && (rollup.updated_at === null || canonicalTime(rollup.updated_at, 'updated_at', 'the rollup') <= t)) {
    return { rollup, inferredLastSeen: 0 }
  }
  // per branch, the created times of its runs up to T, ascending
  const runTimes = new Map<string, string[]>()
  for (const r of runs) {
    const branch = r.branch ?? ''
    const list = runTimes.get(branch)
    const created = canonicalTime(r.created, 'the created time', `run ${r.id}`)
    if (list) list.push(created)
    else runTimes.set(branch, [created])
  }
  for (const list of runTimes.values()) list.sort()

  let inferred = 0
  const tests: Record<string, TestRollup> = {}
  for (const [nodeid, test] of Object.entries(rollup.tests)) {
    const seen: Record<string, BranchPresence> = {}
    let inferredHere = false
    for (const [branch, presence] of Object.entries(test.seen)) {
      const first = canonicalTime(presence.first, 'first_seen', nodeid)
      if (first > t) continue
      const last = canonicalTime(presence.last, 'last_seen', nodeid)
      if (last <= t) {
        seen[branch] = presence
        continue
      }
      const times = runTimes.get(branch) ?? []
      const lastRun = times[upperBound(times, t) - 1] ?? first
      const inferredLast = lastRun >= first ? lastRun : first
      seen[branch] = { first, last: inferredLast, runs: Math.max(1, upperBound(times, inferredLast) - lowerBound(times, first)) }
      inferredHere = true
    }
    if (Object.keys(seen).length === 0) continue
    if (inferredHere) inferred++
    tests[nodeid] = {
      ...test,
      seen,
      failures: test.failures.filter((f) => canonicalTime(f[0], 'a failure time', nodeid) <= t),
      flaky: test.flaky.filter((f) => canonicalTime(f[0], 'a flaky time', nodeid) <= t)
    }
  }
  return {
    rollup: { schema_version: rollup.schema_version, updated_at: runs.at(-1)?.created ?? null, runs, tests },
    inferredLastSeen: inferred
  }
}
