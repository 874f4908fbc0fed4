/**
 * The 300-run scenario of scenario.ts on a rollup built by hand (history-builder.ts): the engine's
 * findings are compared field by field with the brute-force reference that reads the raw runs.
 */
import { describe, expect, test } from '@jest/globals'
import { analyze } from '../../src/analysis/index.js'
import { buildScenario, compare, NOW, reference, WINDOW } from './scenario.js'

describe.each([
  ['every branch', null],
  ['main only', ['main']],
  ['main and runs without a branch', ['main', '']]
])('a 300-run scenario, %s', (_label, branches) => {
  const sc = buildScenario(20260301)
  const findings = analyze(sc.builder.build(), sc.incidents, { now: new Date(NOW), windowDays: WINDOW, analysisBranches: branches })
  const ref = reference(sc, branches)

  test('the engine matches the brute-force reference field by field', () => {
    compare(findings, ref)
  })

  test('the scenario exercises what it is meant to', () => {
    const gapTypes = new Set(findings.incidents.map((i) => i.gap_type))
    expect(gapTypes).toEqual(new Set([null, 'no_test_coverage', 'tests_pass_but_incident_occurred']))
    expect(findings.incidents.some((i) => i.gap_closure?.matched_by === 'incident')).toBe(true)
    expect(findings.incidents.some((i) => i.gap_closure?.matched_by === 'component_failure_mode')).toBe(true)
    expect(findings.flaky_tests.length).toBeGreaterThan(3)
    expect(findings.dead_weight_tests.length).toBeGreaterThan(0)
    expect(findings.load_bearing.some((l) => l.a >= 2)).toBe(true)
    expect(findings.load_bearing.some((l) => l.flaky_failures > 0)).toBe(true)
    expect(findings.unclassified_incidents).toHaveLength(2)
    expect(findings.untagged_tests.examples).toEqual(['tests/test_misc.py::test_untagged'])
  })
})
