/**
 * Protecting load-bearing tests: in a run where one failed, was skipped or is missing from the
 * report, say so as an annotation on its file and line (and, with `fail`, fail the step).
 */
import type { Findings } from '../analysis/types.js'
import type { Rollup } from '../history/types.js'
import { isFailure } from '../report/constants.js'
import type { TestRun } from '../report/types.js'

/** `protect-level`: which load-bearing tests the gate protects, by verdict. */
export type ProtectLevel = 'predictive' | 'possible' | 'all'

/**
 * The tests `protect-load-bearing` guards: by default only the `predictive` ones (a flaky or
 * chance "load-bearing" test would otherwise fail most runs); `possible` adds the undecided ones;
 * `all` is every load-bearing test, as before verdicts existed.
 */
export function protectedTests(findings: Pick<Findings, 'load_bearing' | 'load_bearing_tests'>, level: ProtectLevel): string[] {
  if (level === 'all') return findings.load_bearing_tests
  const wanted = level === 'predictive' ? new Set(['predictive']) : new Set(['predictive', 'possible'])
  return findings.load_bearing.filter((l) => wanted.has(l.verdict)).map((l) => l.nodeid)
}

export interface ProtectionFinding {
  nodeid: string
  problem: 'failed' | 'skipped' | 'missing'
  message: string
  file: string | null
  line: number | null
}

const SKIPPED = new Set(['skipped', 'xfailed'])

export function checkLoadBearing(loadBearing: string[], run: TestRun, rollup: Rollup): ProtectionFinding[] {
  const inRun = new Map(run.tests.map((t) => [t.nodeid, t]))
  const findings: ProtectionFinding[] = []
  for (const nodeid of loadBearing) {
    const record = inRun.get(nodeid)
    const known = rollup.tests[nodeid]
    const where = { file: record?.file ?? known?.file ?? null, line: record?.line ?? known?.line ?? null }
    if (!record) {
      findings.push({ nodeid, problem: 'missing', message: `Load-bearing test ${nodeid} is missing from this run's report: it failed before an incident; do not delete or deselect it without a replacement.`, ...where })
    } else if (SKIPPED.has(record.outcome)) {
      findings.push({ nodeid, problem: 'skipped', message: `Load-bearing test ${nodeid} was ${record.outcome} in this run: it failed before an incident; never skip it for speed.`, ...where })
    } else if (isFailure(record.outcome)) {
      findings.push({ nodeid, problem: 'failed', message: `Load-bearing test ${nodeid} ${record.outcome} in this run: it failed before an incident of its component before; treat this failure as a production risk.`, ...where })
    }
  }
  return findings
}
