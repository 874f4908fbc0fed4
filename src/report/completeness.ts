/**
 * Did pytest finish? The report of a pytest session that was interrupted, crashed or never started
 * lists only some tests (or none), and storing it as a run would count the missing tests as absent
 * and the listed ones as passes. Pure: judged only from what the reports record (SessionRecord).
 *
 * pytest's exit codes: 0 all passed, 1 some failed (both finished), 2 interrupted (Ctrl-C, a
 * KeyboardInterrupt, collection errors), 3 internal error, 4 usage error, 5 no tests collected.
 * JUnit XML has no exit code; pytest leaves traces instead: an INTERNALERROR testcase, a testcase
 * without a name for a test cut short, only collection errors, or no testcase at all.
 */
import { describeCounts } from './record.js'
import { OUTCOMES } from './constants.js'
import type { SessionRecord, TestRun } from './types.js'

export type Completeness = { finished: true } | { finished: false; reason: string }

/** Why the run's reports come from a pytest that did not finish (the first reason found), or finished. */
export function judgeCompleteness(run: TestRun): Completeness {
  const sessions = run.meta.sessions ?? []
  const anyTest = run.tests.length > 0
  for (const session of sessions) {
    const reason = unfinishedReason(session, anyTest)
    if (reason) return { finished: false, reason: `${session.file}: ${reason}` }
  }
  return { finished: true }
}

function unfinishedReason(s: SessionRecord, runHasTests: boolean): string | null {
  const listed = sum(s.listed)
  switch (s.exit_status) {
    case 2:
      return s.collection_errors > 0
        ? `pytest was interrupted by ${s.collection_errors} collection error(s) (exit code 2), so its tests did not run`
        : `pytest was interrupted (exit code 2: Ctrl-C or a KeyboardInterrupt) after ${listed} test(s)`
    case 3:
      return 'pytest stopped with an internal error (exit code 3: a plugin or conftest hook raised), so its tests did not run'
    case 4:
      return 'pytest was called wrongly (exit code 4: a usage error such as an unknown option or a missing path), so no test ran'
    case 5:
      // an empty shard is normal in a matrix: only a run without any test is unfinished
      if (!runHasTests) return 'pytest collected no tests (exit code 5)'
      break
  }
  if (s.format === 'reportlog' && s.finished === false) return 'the report has no SessionFinish line: pytest was killed before its session ended'
  if (s.summary) {
    const differing = OUTCOMES.filter((o) => (s.summary?.[o] ?? 0) !== (s.listed[o] ?? 0))
    if (differing.length > 0) {
      return `the report's summary (${describeCounts(pick(s.summary, differing))}) disagrees with the tests it lists (${describeCounts(pick(s.listed, differing))}): the file was cut or edited`
    }
  }
  if (s.format === 'junit') {
    if (s.internal_error) return 'pytest stopped with an internal error (its JUnit report holds the INTERNALERROR testcase), so its tests did not run'
    if (s.unnamed_cases > 0) return 'pytest was interrupted (its JUnit report holds a testcase without a name, which pytest writes for a test cut short)'
    if (listed === 0 && s.collection_errors > 0) return `pytest was interrupted by ${s.collection_errors} collection error(s), so its tests did not run`
    if (listed === 0 && !runHasTests) return 'the JUnit report lists no test: pytest collected nothing or was called wrongly (exit code 4 or 5)'
  }
  return null
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0)
}

function pick(counts: Record<string, number>, keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, counts[k] ?? 0]))
}
