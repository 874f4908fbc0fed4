import { describe, expect, it } from '@jest/globals'
import { planFailureAnnotations, STEP_ANNOTATION_LIMITS } from '../../src/action/annotations.js'
import { computeRunVerdict } from '../../src/run-verdict/index.js'
import { BROKEN_ON_MAIN, FIXED_ON_MAIN, FLAKY, GATEWAY, ONLY_ON_FEATURE, findingsFor, mainHistory, pullRequestRun, record, testRun } from './fixture.js'

const rollup = mainHistory()
const findings = findingsFor(rollup)
const verdictOf = (run = pullRequestRun()) => computeRunVerdict({ run, findings, history: rollup, defaultBranch: 'main', eventName: 'pull_request' })

describe('annotations on failing tests', () => {
  it('annotates every failing test on its file and line, predictive and new as errors, already failing as warnings, flaky as notices', () => {
    const plan = planFailureAnnotations(verdictOf(), [])
    expect(plan.shown.map((a) => [a.nodeid, a.level, a.title])).toEqual([
      [GATEWAY, 'error', 'Predictive test failed'],
      [ONLY_ON_FEATURE, 'error', 'Test failed'],
      [FIXED_ON_MAIN, 'error', 'Test failed'],
      [BROKEN_ON_MAIN, 'warning', 'Test already failing on main'],
      [FLAKY, 'notice', 'Known flaky test failed']
    ])
    expect(plan.leftOut).toEqual([])
    expect(plan.shown[0].message).toContain('INC-1')
    expect(plan.shown[1]).toMatchObject({ file: 'tests/test_cart.py', line: 12 })
    expect(plan.shown[1].message).toBe(`${ONLY_ON_FEATURE} failed: AssertionError: assert 1 == 2. New in this pull request: it was not failing on main.`)
  })

  it('does not annotate again a test the protection annotated, and counts its annotations against the limits', () => {
    const plan = planFailureAnnotations(verdictOf(), [{ nodeid: GATEWAY, level: 'warning' }, { nodeid: 'tests/test_checkout.py::test_gateway_retry', level: 'warning' }], { error: 10, warning: 2, notice: 10 })
    expect(plan.alreadyAnnotated).toBe(1)
    expect(plan.shown.map((a) => a.nodeid)).toEqual([ONLY_ON_FEATURE, FIXED_ON_MAIN, FLAKY])
    // the warning budget went to the protection: the already-failing test is left out, not dropped by GitHub
    expect(plan.leftOut.map((a) => [a.nodeid, a.level])).toEqual([[BROKEN_ON_MAIN, 'warning']])
  })

  it('stays within GitHub\'s limits per level, keeping the most important failures', () => {
    const many = Array.from({ length: 25 }, (_, i) => record(`tests/test_new.py::test_${String(i).padStart(2, '0')}`, 'failed'))
    const run = testRun([...many, record(GATEWAY, 'failed'), record(BROKEN_ON_MAIN, 'failed'), record(FLAKY, 'failed')])
    const plan = planFailureAnnotations(verdictOf(run), [])
    const count = (level: string) => plan.shown.filter((a) => a.level === level).length
    expect(count('error')).toBe(STEP_ANNOTATION_LIMITS.error)
    expect(count('warning')).toBe(1)
    expect(count('notice')).toBe(1)
    expect(plan.shown[0].nodeid).toBe(GATEWAY)
    expect(plan.leftOut).toHaveLength(26 - STEP_ANNOTATION_LIMITS.error)
    expect(plan.leftOut.every((a) => a.level === 'error' && a.nodeid.startsWith('tests/test_new.py::'))).toBe(true)
    expect(plan.shown.length + plan.leftOut.length).toBe(28)
  })
})
