import { describe, expect, it } from '@jest/globals'
import { defaultBranchBaseline } from '../../src/run-verdict/baseline.js'
import { computeRunVerdict } from '../../src/run-verdict/index.js'
import {
  BROKEN_ON_MAIN, CLOSES_BY_MODE, CLOSES_BY_TAG, FIXED_ON_MAIN, FLAKY, GATEWAY, GATEWAY_GONE, GATEWAY_SKIPPED, NEW_UNRELATED, ONLY_ON_FEATURE, STEADY,
  findingsFor, mainHistory, pullRequestRun, record, testRun
} from './fixture.js'

describe('the default branch as a baseline', () => {
  const baseline = defaultBranchBaseline(mainHistory(), 'main')

  it('knows the tests main ran, not those seen on other branches only', () => {
    expect(baseline.runs).toBe(22)
    expect(baseline.knows(STEADY)).toBe(true)
    expect(baseline.knows(ONLY_ON_FEATURE)).toBe(false)
    expect(baseline.knows('tests/test_never.py::test_x')).toBe(false)
  })

  it('says a test is failing on main when main\'s latest run of it failed, whatever other branches did later', () => {
    expect(baseline.failingAtLatest(BROKEN_ON_MAIN)).toBe(true) // failed on main, passed later on a feature branch
    expect(baseline.failingAtLatest(FIXED_ON_MAIN)).toBe(false) // failed on main, fixed since; failed again on a feature branch
    expect(baseline.failingAtLatest(GATEWAY)).toBe(false) // failed before the incident, passes now
    expect(baseline.failingAtLatest(ONLY_ON_FEATURE)).toBe(false)
  })

  it('does not count a rerun attempt that passed as the latest result', () => {
    const rollup = mainHistory()
    const t = rollup.tests[STEADY]
    t.failures.push([t.seen.main.last, 'run-20b', 'rerun'])
    expect(defaultBranchBaseline(rollup, 'main').failingAtLatest(STEADY)).toBe(false)
    t.failures.push([t.seen.main.last, 'run-20b', 'failed'])
    expect(defaultBranchBaseline(rollup, 'main').failingAtLatest(STEADY)).toBe(true)
  })
})

describe('the run verdict', () => {
  const rollup = mainHistory()
  rollup.tests[GATEWAY].line = 41
  const findings = findingsFor(rollup)
  const verdict = computeRunVerdict({ run: pullRequestRun(), findings, history: rollup, defaultBranch: 'main', eventName: 'pull_request' })

  it('classifies every failure as new, already failing on main or known flaky, predictive ones first', () => {
    expect(verdict.kind).toBe('pull_request')
    expect(verdict.failures.map((f) => [f.nodeid, f.origin, f.predictive])).toEqual([
      [GATEWAY, 'new', true],
      [ONLY_ON_FEATURE, 'new', false],
      [FIXED_ON_MAIN, 'new', false],
      [BROKEN_ON_MAIN, 'already_failing', false],
      [FLAKY, 'known_flaky', false]
    ])
  })

  it('names the incidents a failing predictive test preceded, and annotates it where the history says when the report has no line', () => {
    const gateway = verdict.failures[0]
    expect(gateway.incidents).toEqual([{ id: 'INC-1', title: 'Outage of checkout', url: 'https://tracker.example.com/INC-1' }])
    expect(gateway).toMatchObject({ file: 'tests/test_checkout.py', line: 41, outcome: 'failed' })
    expect(verdict.failures.find((f) => f.nodeid === FIXED_ON_MAIN)).toMatchObject({ outcome: 'error', line: 12 })
  })

  it('lists predictive tests that were skipped or are missing from the report', () => {
    expect(verdict.predictiveNotRun.map((p) => [p.nodeid, p.problem, p.incidents.map((i) => i.id)])).toEqual([
      [GATEWAY_SKIPPED, 'skipped', ['INC-1']],
      [GATEWAY_GONE, 'missing', ['INC-1']]
    ])
  })

  it('finds the new tests and the open gaps they close, by incident tag or by component and failure mode (case-insensitive)', () => {
    expect(verdict.newTests).toEqual([ONLY_ON_FEATURE, NEW_UNRELATED, CLOSES_BY_TAG, CLOSES_BY_MODE])
    expect(verdict.gapsClosed.map((c) => [c.gap.id, c.nodeid, c.matched_by])).toEqual([
      ['INC-2', CLOSES_BY_TAG, 'incident'],
      ['INC-3', CLOSES_BY_MODE, 'component_failure_mode']
    ])
  })

  it('lists the open gaps oldest first', () => {
    expect(verdict.openGaps.map((g) => g.id)).toEqual(['INC-2', 'INC-3'])
    expect(verdict.openGaps[0]).toMatchObject({ component: 'notifications', failure_mode: 'smtp_down' })
  })

  it('follows the findings\' verdicts: a test judged possible is not predictive', () => {
    const judged = computeRunVerdict({ run: pullRequestRun(), findings: findingsFor(rollup, []), history: rollup, defaultBranch: 'main', eventName: 'push' })
    expect(judged.kind).toBe('push')
    expect(judged.failures.filter((f) => f.predictive)).toEqual([])
    expect(judged.failures[0]).toMatchObject({ nodeid: ONLY_ON_FEATURE, incidents: [] })
    expect(judged.predictiveNotRun).toEqual([])
  })

  it('a flaky test is reported as known flaky even when main\'s latest run of it failed', () => {
    const flaky = findingsFor(rollup)
    flaky.flaky = [...flaky.flaky, { nodeid: BROKEN_ON_MAIN, component: 'util', shas: [], flaky_sha_count: 0, reason: ['flip_rate'] }]
    const judged = computeRunVerdict({ run: pullRequestRun(), findings: flaky, history: rollup, defaultBranch: 'main', eventName: 'pull_request' })
    expect(judged.failures.find((f) => f.nodeid === BROKEN_ON_MAIN)?.origin).toBe('known_flaky')
  })

  it('with no run of the default branch stored, claims no new test and no failure on main', () => {
    const empty = { schema_version: 1, updated_at: null, runs: [], tests: {} }
    const judged = computeRunVerdict({ run: pullRequestRun(), findings, history: empty, defaultBranch: 'main', eventName: 'pull_request' })
    expect(judged.baselineRuns).toBe(0)
    expect(judged.newTests).toEqual([])
    expect(judged.gapsClosed).toEqual([])
    expect(judged.failures.map((f) => f.origin)).toEqual(['new', 'new', 'new', 'new', 'known_flaky'])
  })

  it('compares with the default branch it is given', () => {
    const judged = computeRunVerdict({ run: testRun([record(FIXED_ON_MAIN, 'failed')]), findings, history: rollup, defaultBranch: 'feature', eventName: 'pull_request' })
    expect(judged.baselineRuns).toBe(1)
    expect(judged.failures[0].origin).toBe('already_failing')
  })
})
