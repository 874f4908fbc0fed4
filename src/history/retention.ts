import type { RunIndexEntry } from './types.js'

const DAY_MS = 86_400_000

/**
 * The runs whose files retention removes: older than `retentionDays` before the newest run (not the
 * clock, so the result is reproducible), 0 = keep everything. Runs of one sha go together: a run is
 * pruned only when every kept run of its sha is old too, so the flakiness comparison between runs
 * of a commit always sees the same runs at ingest and at rebuild.
 */
export function planPrune(runs: RunIndexEntry[], retentionDays: number): RunIndexEntry[] {
  if (!(retentionDays > 0) || runs.length === 0) return []
  const newest = runs.reduce((m, r) => (r.created > m ? r.created : m), runs[0].created)
  const cutoff = new Date(Date.parse(newest) - retentionDays * DAY_MS).toISOString()
  const kept = runs.filter((r) => r.file !== null)
  const youngShas = new Set(kept.filter((r) => r.created >= cutoff && r.sha).map((r) => r.sha))
  return kept.filter((r) => r.created < cutoff && !(r.sha && youngShas.has(r.sha)))
}
