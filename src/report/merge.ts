// Several report files (matrix shards, a glob, re-runs of a job) make one run, and one nodeid
// that appears more than once is resolved deliberately, never by silently keeping one copy.
//
// Order: the runs are ordered by their report time (`created`) when every file has one, else
// kept in the order the files were given (sorted paths for a glob). Copies of a nodeid are then
// in that order ("later" = later report).
//
// The rule for one nodeid seen N times (a failure is never hidden):
//   * some copy failed (failed/error/rerun) and some copy passed (passed/xpassed/rerun)
//       -> `rerun`: it failed and passed on the same code, which is what flaky means
//          (CONTRACT.md counts a rerun as a failure and as flaky);
//   * only failures (skips aside) -> the outcome of the latest failing copy;
//   * no failure -> the most informative outcome: passed/xpassed, then xfailed, then skipped
//       (a shard that skipped a test does not hide a shard that ran it); the latest on a tie;
//   * duration_ms is the sum of all copies (the time the test cost), reruns the sum of the
//     copies' reruns plus the failing copies that are not the final outcome;
//   * message: the latest failing copy's message when the outcome is a failure, else the
//     chosen copy's;
//   * component, failure mode, incident, tag source, file and line: the latest copy
//     (CONTRACT.md: a test's tags are those of its most recent record).
// Each merge is counted in a notice.
import { isFailure } from './constants.js'
import type { Outcome, ReportFormat, TestRecord, TestRun } from './types.js'

const PASSING: ReadonlySet<Outcome> = new Set(['passed', 'xpassed', 'rerun'])
const NON_FAILURE_RANK: Partial<Record<Outcome, number>> = { passed: 2, xpassed: 2, xfailed: 1, skipped: 0 }

export function mergeRuns(runs: TestRun[]): TestRun {
  if (runs.length === 0) throw new Error('mergeRuns needs at least one run')
  const ordered = runs.every((r) => r.meta.created !== null)
    ? [...runs].sort((a, b) => Date.parse(a.meta.created as string) - Date.parse(b.meta.created as string))
    : runs
  const notices = ordered.flatMap((r) => r.notices)
  const formats = [...new Set(ordered.map((r) => r.meta.format))]
  if (formats.length > 1) notices.push(`The reports mix formats (${formats.join(', ')}); they were read as one run.`)

  // One pytest-json-report keys its tests by nodeid and a reportlog is folded by nodeid, so a single
  // such file has no duplicates (skipping the check saves ~10 ms on 28,000 tests); JUnit can repeat one.
  const single = ordered.length === 1 && ordered[0].meta.format !== 'junit'
  const { tests, duplicates, examples } = single ? { tests: ordered[0].tests, duplicates: 0, examples: [] } : dedupeTests(ordered.flatMap((r) => r.tests))
  if (duplicates > 0) {
    notices.push(
      `${duplicates} test(s) appeared more than once across the reports (e.g. ${examples.join(', ')}) and were merged into one ` +
        'record each: a test that failed in one copy and passed in another counts as `rerun` (flaky), durations are summed.'
    )
  }
  const created = ordered.map((r) => r.meta.created).filter((c): c is string => c !== null)
  const durations = ordered.map((r) => r.meta.duration_s).filter((d): d is number => d !== null)
  return {
    meta: {
      created: created.length > 0 ? created.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b)) : null,
      format: ordered[0].meta.format as ReportFormat,
      files: ordered.flatMap((r) => r.meta.files),
      exit_code: combineExitCodes(ordered.map((r) => r.meta.exit_code)),
      duration_s: durations.length > 0 ? durations.reduce((a, b) => a + b, 0) : null,
      collection_errors: ordered.reduce((sum, r) => sum + r.meta.collection_errors, 0),
      // runs built by hand carry no session records: keep them without
      ...(ordered.some((r) => r.meta.sessions) ? { sessions: ordered.flatMap((r) => r.meta.sessions ?? []) } : {})
    },
    tests,
    notices
  }
}

/** One record per nodeid, in order of first appearance; copies resolved as the header says. */
export function dedupeTests(tests: TestRecord[]): { tests: TestRecord[]; duplicates: number; examples: string[] } {
  const seen = new Set<string>()
  for (const t of tests) seen.add(t.nodeid)
  if (seen.size === tests.length) return { tests, duplicates: 0, examples: [] }
  const groups = new Map<string, TestRecord[]>()
  let duplicates = 0
  for (const t of tests) {
    const group = groups.get(t.nodeid)
    if (group) group.push(t)
    else groups.set(t.nodeid, [t])
  }
  const examples: string[] = []
  const merged: TestRecord[] = []
  for (const group of groups.values()) {
    if (group.length === 1) {
      merged.push(group[0])
      continue
    }
    duplicates++
    if (examples.length < 3) examples.push(group[0].nodeid)
    merged.push(mergeCopies(group))
  }
  return { tests: merged, duplicates, examples }
}

function mergeCopies(copies: TestRecord[]): TestRecord {
  const latest = copies[copies.length - 1]
  const failing = copies.filter((c) => isFailure(c.outcome))
  const passed = copies.some((c) => PASSING.has(c.outcome))
  let chosen: TestRecord
  let outcome: Outcome
  if (failing.length > 0) {
    chosen = failing[failing.length - 1]
    outcome = passed ? 'rerun' : chosen.outcome
  } else {
    chosen = copies.reduce((best, c) => ((NON_FAILURE_RANK[c.outcome] ?? 0) >= (NON_FAILURE_RANK[best.outcome] ?? 0) ? c : best))
    outcome = chosen.outcome
  }
  const failedAttempts = copies.filter((c) => c.outcome === 'failed' || c.outcome === 'error').length
  const finalIsFailedAttempt = outcome === 'failed' || outcome === 'error' ? 1 : 0
  return {
    ...latest,
    outcome,
    duration_ms: Math.round(copies.reduce((sum, c) => sum + c.duration_ms, 0) * 1e3) / 1e3,
    message: chosen.message,
    line: latest.line ?? copies.find((c) => c.line !== null)?.line ?? null,
    reruns: copies.reduce((sum, c) => sum + c.reruns, 0) + failedAttempts - finalIsFailedAttempt
  }
}

/**
 * One exit status for several pytest sessions: the worst real problem wins (interrupted,
 * internal or usage error over tests failed over ok); "no tests collected" (5) only when every
 * shard says so, since an empty shard is normal in a matrix.
 */
function combineExitCodes(codes: Array<number | null>): number | null {
  const known = codes.filter((c): c is number => c !== null)
  if (known.length === 0) return null
  const real = known.filter((c) => c !== 5)
  return real.length === 0 ? 5 : Math.max(...real)
}
