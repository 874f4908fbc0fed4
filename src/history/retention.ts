import type { RunIndexEntry } from './types.js'

const DAY_MS = 86_400_000

/**
 * The moment retention counts back from: the present, or the newest run being stored when that is
 * earlier (a backfill of old reports keeps what it stores). Never a future timestamp: a run dated
 * 2099 does not make every other run old.
 */
export function retentionAnchor(now: Date, storedRuns: Array<{ created: string }> = []): string {
  const present = now.toISOString()
  if (storedRuns.length === 0) return present
  const newest = storedRuns.reduce((m, r) => (r.created > m ? r.created : m), storedRuns[0].created)
  return newest < present ? newest : present
}

/**
 * The runs whose files retention removes: older than `retentionDays` before `anchor`
 * (retentionAnchor), 0 = keep everything. Runs of one sha go together: a run is
 * pruned only when every kept run of its sha is old too, so the flakiness comparison between runs
 * of a commit always sees the same runs at ingest and at rebuild.
 */
export function planPrune(runs: RunIndexEntry[], retentionDays: number, anchor: string): RunIndexEntry[] {
  if (!(retentionDays > 0) || runs.length === 0) return []
  const cutoff = new Date(Date.parse(anchor) - retentionDays * DAY_MS).toISOString()
  const kept = runs.filter((r) => r.file !== null)
  const youngShas = new Set(kept.filter((r) => r.created >= cutoff && r.sha).map((r) => r.sha))
  return kept.filter((r) => r.created < cutoff && !(r.sha && youngShas.has(r.sha)))
}
