/**
 * The two inputs that let the step's result follow the tests, as test reporters do:
 * - `require-tests` (default true): no report file, or a report without tests, fails the step. With
 *   `false` a missing report is a warning and the step goes on without a run (nothing is stored).
 * - `fail-on-test-failure` (default false): failed or erroring tests fail the step. Off by default
 *   because the pytest step has already failed the job; the history wants the run either way.
 * Both are decided after the summary and the history are written, so nothing is lost.
 */
import type { Config } from '../inputs.js'
import { NoReportError, type ComponentMap } from '../report/index.js'
import { readReports } from '../report/index.js'
import { isFailure } from '../report/constants.js'
import type { TestRun } from '../report/types.js'

export type ReportRead = { run: TestRun; missing: null } | { run: null; missing: string }

/** Reads the report; with `require-tests: false` a report that is not there is not an error. */
export async function readRunReport(config: Config, workspace: string, componentMap: ComponentMap | null): Promise<ReportRead> {
  try {
    return { run: await readReports(config.reportPaths, { format: config.reportFormat, componentMap, cwd: workspace }), missing: null }
  } catch (error) {
    if (error instanceof NoReportError && !config.requireTests) {
      return { run: null, missing: `${error.message} (require-tests: false, so the step goes on without a run; nothing was stored.)` }
    }
    throw error
  }
}

/** The messages that fail the step for this run (none when the inputs do not ask for it). */
export function testGateFailures(config: Config, run: TestRun): string[] {
  const failures: string[] = []
  if (config.requireTests && run.tests.length === 0) {
    failures.push(
      `The report (${run.meta.files.join(', ')}) holds no tests (require-tests: true). pytest collected nothing, or the report was written before the tests ran; ` +
        'check the pytest command and its test paths, or set `require-tests: false` where an empty run is expected.'
    )
  }
  if (config.failOnTestFailure) {
    const failed = run.tests.filter((t) => isFailure(t.outcome) && t.outcome !== 'rerun')
    if (failed.length > 0) {
      const shown = failed.slice(0, 5).map((t) => t.nodeid)
      const more = failed.length > shown.length ? ` and ${failed.length - shown.length} more` : ''
      failures.push(`${failed.length} test(s) failed or had errors in this run (fail-on-test-failure: true): ${shown.join(', ')}${more}.`)
    }
  }
  return failures
}
