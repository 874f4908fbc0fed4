/**
 * Pending runs: a writer whose push to the branch lost the race does not queue behind the other
 * jobs. It pushes its run instead as a tiny parentless commit (its run file, and its suite file
 * when the branch lacks it) to a ref of its own, `refs/test-history-pending/<branch>/<run id>`.
 * No two runs share that ref, so the push cannot lose a race, and the run is stored at once.
 * Readers fetch these refs with the branch (same fetch) and treat their files as part of the
 * tree; the next commit to the branch (any run's, or a compaction's) takes their files in and
 * deletes the refs in the same atomic push. The refs are not branches: they trigger no workflow
 * and no branch rule, and `actions/checkout` never fetches them.
 */
import { InputError } from '../errors.js'
import { suiteFilePath } from './ids.js'
import { readLayout, type BranchLayout, type PendingRun } from './layout.js'
import type { ObjectStore } from './objects.js'

/**
 * The pending runs the last fetch found (their commits and trees are in `objects`). Their trees
 * are checked like the branch's (a symlink or a submodule refuses the read, naming the ref);
 * files outside runs/ and suites/ are ignored.
 */
export function listPending(objects: ObjectStore, branch: string): PendingRun[] {
  return [...objects.pendingRefs].map(([ref, commit]) => {
    let layout: BranchLayout
    try {
      layout = readLayout(objects.listTree(commit), branch, `The pending run ${ref} of the history branch "${branch}"`)
    } catch (error) {
      throw new InputError(`${(error as Error).message} (Delete the ref with \`git push origin :${ref}\`.)`)
    }
    return { ref, commit, runs: layout.runs, suites: layout.suites }
  })
}

/** Adds the pending runs to a layout read from the branch; the branch's own files win. */
export function mergePending(layout: BranchLayout, pending: PendingRun[]): void {
  layout.pending = pending
  for (const p of pending) {
    for (const [file, oid] of p.runs) {
      if (layout.runs.has(file)) continue
      layout.runs.set(file, oid)
      layout.fromPending.set(file, oid)
    }
    for (const [hash, oid] of p.suites) {
      if (layout.suites.has(hash)) continue
      layout.suites.set(hash, oid)
      layout.fromPending.set(suiteFilePath(hash), oid)
    }
  }
}

/**
 * What a commit to the branch adds to take the pending runs in (their files the branch lacks,
 * first, so that a later change of the same commit may still delete one) and the pending runs
 * whose refs its push deletes in the same atomic update.
 */
export function absorbPending(layout: BranchLayout): { changes: Array<{ path: string; oid: string }>; deletes: PendingRun[] } {
  return { changes: [...layout.fromPending].map(([path, oid]) => ({ path, oid })), deletes: layout.pending }
}
