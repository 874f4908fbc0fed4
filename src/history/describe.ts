import type { HistoryDescription } from './store.js'

const kb = (n: number): string => (n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`)

/** Plain text for the CLI's `history` command. */
export function formatDescription(d: HistoryDescription): string {
  if (!d.exists && d.pending_runs === 0) return `History branch "${d.branch}" of ${d.remote}: not created yet (no run stored).`
  const branches = Object.entries(d.runs_by_branch)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([b, n]) => `${b || '(none)'}: ${n}`)
    .join(', ')
  return [
    d.exists
      ? `History branch "${d.branch}" of ${d.remote} at ${d.commit?.slice(0, 12)} (schema version ${d.schema_version ?? '-'})`
      : `History branch "${d.branch}" of ${d.remote}: not created yet; its first runs are pending beside it`,
    `runs: ${d.runs} (${d.run_files} run files, ${d.pruned_runs} pruned by retention; ${d.uncovered_runs} not yet in rollup.json)`,
    ...(d.pending_runs > 0 ? [`pending runs: ${d.pending_runs} (stored beside the branch after a lost race; the next stored run or \`history --compact\` takes them in)`] : []),
    `dates: ${d.first_run ?? '-'} .. ${d.last_run ?? '-'}`,
    `runs by branch: ${branches || '-'}`,
    `tests: ${d.tests}, suite files: ${d.suites}`,
    `size of rollup.json: ${kb(d.rollup_bytes)}`,
    ...d.warnings.map((w) => `warning: ${w}`)
  ].join('\n')
}
