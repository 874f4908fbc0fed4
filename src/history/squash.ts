/**
 * Replaces the branch by one orphan commit of its current tree (opt-in: the old history, and the
 * size it takes, goes away). Pushed only while the branch is still at the tip this clone read, so a
 * run pushed meanwhile is never overwritten.
 */
import { classifyPush, pushFailure } from './push-result.js'
import type { HistoryClone } from './store.js'

export type SquashResult = { status: 'squashed'; commit: string } | { status: 'unchanged'; reason: string } | { status: 'read-only'; reason: string }

export async function squashHistory(clone: HistoryClone, message = 'history: squash the test history'): Promise<SquashResult> {
  if (clone.tip === null) return { status: 'unchanged', reason: 'the branch does not exist yet' }
  const tree = clone.objects.treeOf(clone.tip)
  const commit = clone.objects.orphanCommit(tree, message)
  const push = await clone.objects.push(commit, clone.tip)
  const outcome = classifyPush(push)
  if (outcome === 'pushed') {
    clone.tip = commit
    return { status: 'squashed', commit }
  }
  if (outcome === 'read-only') return { status: 'read-only', reason: `the token may not push to ${clone.branch}; the history was not squashed` }
  if (outcome === 'contention') {
    throw new Error(`The history branch "${clone.branch}" changed while it was being squashed (another job stored a run); nothing was overwritten. Run the squash again.`)
  }
  throw pushFailure(clone, push)
}
