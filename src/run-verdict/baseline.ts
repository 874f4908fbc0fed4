/**
 * The default branch's stored history as a baseline for one run: which tests it knows and which of
 * them failed the last time the default branch ran them.
 */
import type { Rollup, TestRollup } from '../history/types.js'

export interface Baseline {
  branch: string
  /** runs of the branch in the history */
  runs: number
  /** the branch's history has seen this test */
  knows(nodeid: string): boolean
  /** the branch's latest run of this test failed (failed or error, not a rerun attempt that later passed) */
  failingAtLatest(nodeid: string): boolean
}

export function defaultBranchBaseline(rollup: Rollup | null, branch: string): Baseline {
  const branchRuns = new Set((rollup?.runs ?? []).filter((r) => (r.branch ?? '') === branch).map((r) => r.id))
  const tests = rollup?.tests ?? {}
  const onBranch = (nodeid: string): TestRollup | null => {
    const test = Object.hasOwn(tests, nodeid) ? tests[nodeid] : undefined
    return test && Object.hasOwn(test.seen, branch) ? test : null
  }
  return {
    branch,
    runs: branchRuns.size,
    knows: (nodeid) => onBranch(nodeid) !== null,
    failingAtLatest: (nodeid) => {
      const test = onBranch(nodeid)
      if (!test) return false
      const last = test.seen[branch].last
      // failures are oldest first: the latest ones are at the end
      for (let i = test.failures.length - 1; i >= 0; i--) {
        const [at, runId, outcome] = test.failures[i]
        if (at < last) break
        if (at === last && branchRuns.has(runId) && outcome !== 'rerun') return true
      }
      return false
    }
  }
}
