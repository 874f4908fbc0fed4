import { describe, expect, it } from '@jest/globals'
import { checkLoadBearing, protectedTests } from '../../src/action/protect.js'
import type { Findings } from '../../src/analysis/types.js'
import type { Rollup } from '../../src/history/types.js'
import type { TestRecord, TestRun } from '../../src/report/types.js'

const record = (nodeid: string, outcome: TestRecord['outcome']): TestRecord => ({
  nodeid, outcome, duration_ms: 1, component: 'c', failure_mode: 'general', incident: null, tag_source: 'metadata', message: null, file: nodeid.split('::')[0], line: 3, reruns: 0
})
const run = (tests: TestRecord[]): TestRun => ({ meta: { created: null, format: 'pytest-json', files: ['r.json'], exit_code: 0, duration_s: 1, collection_errors: 0 }, tests, notices: [] })
const rollup = { schema_version: 1, updated_at: null, runs: [], tests: { 'tests/test_gone.py::test_x': { file: 'tests/test_gone.py', line: 7 } } } as unknown as Rollup

describe('checkLoadBearing', () => {
  it('flags load-bearing tests that failed, were skipped or xfailed, or are missing, with file and line', () => {
    const lb = ['a.py::t_fail', 'a.py::t_skip', 'a.py::t_xfail', 'a.py::t_ok', 'a.py::t_rerun', 'tests/test_gone.py::test_x']
    const found = checkLoadBearing(lb, run([record('a.py::t_fail', 'failed'), record('a.py::t_skip', 'skipped'), record('a.py::t_xfail', 'xfailed'), record('a.py::t_ok', 'passed'), record('a.py::t_rerun', 'rerun')]), rollup)
    expect(found.map((f) => [f.nodeid, f.problem])).toEqual([
      ['a.py::t_fail', 'failed'],
      ['a.py::t_skip', 'skipped'],
      ['a.py::t_xfail', 'skipped'],
      ['a.py::t_rerun', 'failed'],
      ['tests/test_gone.py::test_x', 'missing']
    ])
    expect(found.at(-1)).toMatchObject({ file: 'tests/test_gone.py', line: 7 })
    expect(found[0]).toMatchObject({ file: 'a.py', line: 3 })
  })
})

describe('protectedTests (protect-level)', () => {
  const lb = (nodeid: string, verdict: 'predictive' | 'possible' | 'noise') => ({ nodeid, verdict }) as unknown as Findings['load_bearing'][number]
  const findings = {
    load_bearing: [lb('a::warns', 'predictive'), lb('a::maybe', 'possible'), lb('a::flaky', 'noise')],
    load_bearing_tests: ['a::flaky', 'a::maybe', 'a::warns']
  }
  it('guards the predictive tests by default, widens to possible, or to every load-bearing test', () => {
    expect(protectedTests(findings, 'predictive')).toEqual(['a::warns'])
    expect(protectedTests(findings, 'possible')).toEqual(['a::warns', 'a::maybe'])
    expect(protectedTests(findings, 'all')).toEqual(['a::flaky', 'a::maybe', 'a::warns'])
  })
  it('a flaky load-bearing test failing in this run is not flagged at the default level', () => {
    const found = checkLoadBearing(protectedTests(findings, 'predictive'), run([record('a::warns', 'passed'), record('a::flaky', 'failed'), record('a::maybe', 'failed')]), rollup)
    expect(found).toEqual([])
  })
})
