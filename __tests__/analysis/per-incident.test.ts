import { describe, expect, test } from '@jest/globals'
import { analyze, analyzeIncident, prepareHistory } from '../../src/analysis/index.js'
import { HistoryBuilder, incident, plusDays } from './history-builder.js'

const D = '2026-03-10T12:00:00.000Z' // the incident's detected_at in most cases
const NOW = new Date('2026-04-01T00:00:00Z')
/** well before every incident here, so that none is outside the history */
const HISTORY_START = '2026-01-01T00:00:00.000Z'
const ms = (n: number): number => n / 86_400_000 // n milliseconds, in days
const byId = (findings: ReturnType<typeof analyze>, id: string) => findings.incidents.find((i) => i.incident_id === id)!

describe('covering tests', () => {
  const h = new HistoryBuilder().startsAt(HISTORY_START)
    .tag('t/a.py::before', { component: 'checkout' })
    .tag('t/a.py::at', { component: 'checkout' })
    .tag('t/a.py::after', { component: 'checkout' })
    .tag('t/b.py::other', { component: 'search' })
    .run('r1', plusDays(D, -1), { sha: 's1' }, { 't/a.py::before': 'passed', 't/b.py::other': 'failed' })
    .run('r2', D, { sha: 's2' }, { 't/a.py::before': 'passed', 't/a.py::at': 'passed' })
    .run('r3', plusDays(D, ms(1)), { sha: 's3' }, { 't/a.py::after': 'passed' })
  const findings = analyze(h.build(), [incident('INC-1', 'checkout', D)], { now: NOW })
  const inc = byId(findings, 'INC-1')

  test('first_seen <= detected_at covers; a test first seen 1 ms later does not', () => {
    expect(inc.covering_test_count).toBe(2)
    expect(inc.total_component_tests).toBe(3)
  })

  test('covering tests that all passed make a tests_pass_but_incident_occurred gap', () => {
    expect(inc.gap_type).toBe('tests_pass_but_incident_occurred')
    expect(inc.was_predictable).toBe(false)
    expect(inc.failing_tests).toEqual([])
    expect(inc.recommendation).toBe('Tests for checkout may not cover the general failure mode')
    expect(findings.coverage_gaps).toEqual([
      expect.objectContaining({
        incident: 'INC-1',
        component: 'checkout',
        failure_mode: 'general',
        gap_type: 'tests_pass_but_incident_occurred',
        recommendation: 'Tests for checkout may not cover the general failure mode'
      })
    ])
  })

  test('a failure of a test of another component does not count', () => {
    expect(findings.load_bearing_tests).toEqual([])
  })
})

describe('the half-open window [detected_at - 7 d, detected_at)', () => {
  const start = plusDays(D, -7)
  const h = new HistoryBuilder().startsAt(HISTORY_START)
  const names = ['at_start', 'before_start', 'just_before_end', 'at_end', 'after']
  for (const n of names) h.tag(`t/w.py::${n}`, { component: 'api' })
  h.run('r0', plusDays(D, -30), { sha: 's0' }, Object.fromEntries(names.map((n) => [`t/w.py::${n}`, 'passed'])))
    .run('r-start', start, { sha: 's1' }, { 't/w.py::at_start': 'failed' })
    .run('r-before', plusDays(start, -ms(1)), { sha: 's2' }, { 't/w.py::before_start': 'error' })
    .run('r-end-1', plusDays(D, -ms(1)), { sha: 's3' }, { 't/w.py::just_before_end': 'error' })
    .run('r-end', D, { sha: 's4' }, { 't/w.py::at_end': 'failed' })
    .run('r-after', plusDays(D, 1), { sha: 's5' }, { 't/w.py::after': 'failed' })
  const inc = byId(analyze(h.build(), [incident('INC-W', 'api', D)], { now: NOW }), 'INC-W')

  test('a failure exactly window-days before counts, one at detected_at does not', () => {
    expect(inc.failing_tests).toEqual(['t/w.py::at_start', 't/w.py::just_before_end'])
    expect(inc.tests_failing_before_incident).toBe(2)
    expect(inc.was_predictable).toBe(true)
    expect(inc.gap_type).toBeNull()
    expect(inc.recommendation).toBe('Investigate why failing tests were not acted upon')
    expect(inc.window).toEqual({ start, end: D })
  })

  test('a shorter window-days moves the start', () => {
    const short = byId(analyze(h.build(), [incident('INC-W', 'api', D)], { now: NOW, windowDays: 1 }), 'INC-W')
    expect(short.failing_tests).toEqual(['t/w.py::just_before_end'])
  })

  test('every failure names its time, run, sha, branch and outcome', () => {
    expect(inc.failing_test_evidence.map(({ verdict: _v, ...rest }) => rest)).toEqual([
      {
        nodeid: 't/w.py::at_start',
        flaky: false,
        still_failing_at_detection: true,
        failures: [{ at: start, run: 'r-start', sha: 's1', branch: 'main', outcome: 'failed', flaky_sha: false }]
      },
      {
        nodeid: 't/w.py::just_before_end',
        flaky: false,
        still_failing_at_detection: true,
        failures: [{ at: plusDays(D, -ms(1)), run: 'r-end-1', sha: 's3', branch: 'main', outcome: 'error', flaky_sha: false }]
      }
    ])
  })

  test('each failing test carries its load-bearing verdict', () => {
    const f = analyze(h.build(), [incident('INC-W', 'api', D)], { now: NOW })
    const verdicts = new Map(f.load_bearing.map((l) => [l.nodeid, l.verdict]))
    const evidence = byId(f, 'INC-W').failing_test_evidence
    expect(evidence.map((e) => e.verdict)).toEqual(evidence.map((e) => verdicts.get(e.nodeid)))
    expect(byId(f, 'INC-W').predicted_by).toEqual(evidence.filter((e) => e.verdict === 'predictive').map((e) => e.nodeid))
  })
})

describe("the seed's flaw: a later failure must not hide an earlier one", () => {
  const h = new HistoryBuilder().startsAt(HISTORY_START)
    .tag('t/s.py::x', { component: 'payments' })
    .run('r1', plusDays(D, -10), { sha: 'a' }, { 't/s.py::x': 'passed' })
    .run('r2', plusDays(D, -2), { sha: 'b' }, { 't/s.py::x': 'failed' })
    .run('r3', plusDays(D, 2), { sha: 'c' }, { 't/s.py::x': 'failed' })
    .run('r4', plusDays(D, 3), { sha: 'd' }, { 't/s.py::x': 'failed' })
  test('the failure 2 days before counts although the last failure is after the incident', () => {
    const inc = byId(analyze(h.build(), [incident('INC-S', 'payments', D)], { now: NOW }), 'INC-S')
    expect(inc.failing_tests).toEqual(['t/s.py::x'])
    expect(inc.failures_before_incident).toBe(1)
    expect(inc.failing_test_evidence[0].failures.map((f) => f.run)).toEqual(['r2'])
  })

  test('two failures in the window are both evidence', () => {
    const h2 = new HistoryBuilder().startsAt(HISTORY_START)
      .tag('t/s.py::x', { component: 'payments' })
      .run('r1', plusDays(D, -6), { sha: 'a' }, { 't/s.py::x': 'failed' })
      .run('r2', plusDays(D, -1), { sha: 'b' }, { 't/s.py::x': 'error' })
      .run('r3', plusDays(D, -0.5), { sha: 'c' }, { 't/s.py::x': 'passed' })
    const inc = byId(analyze(h2.build(), [incident('INC-S', 'payments', D)], { now: NOW }), 'INC-S')
    expect(inc.failures_before_incident).toBe(2)
    expect(inc.tests_failing_before_incident).toBe(1)
  })
})

describe('component match and failure_mode_covered', () => {
  const h = new HistoryBuilder().startsAt(HISTORY_START)
    .tag('t/c.py::timeout', { component: 'Checkout-Service', failure_mode: 'Payment_Timeout' })
    .tag('t/c.py::other', { component: 'checkout-service', failure_mode: 'general' })
    .run('r1', plusDays(D, -20), { sha: 'a' }, { 't/c.py::timeout': 'passed', 't/c.py::other': 'passed' })
  const rollup = h.build()

  test('case-insensitive, surrounding whitespace ignored', () => {
    const inc = byId(analyze(rollup, [incident('I', '  CHECKOUT-service ', D, 'payment_timeout')], { now: NOW }), 'I')
    expect(inc.covering_test_count).toBe(2)
    expect(inc.component).toBe('CHECKOUT-service')
    expect(inc.failure_mode_covered).toBe(true)
  })

  test('a failure mode no covering test has is not covered', () => {
    const inc = byId(analyze(rollup, [incident('I', 'checkout-service', D, 'data_loss')], { now: NOW }), 'I')
    expect(inc.failure_mode_covered).toBe(false)
    expect(inc.gap_type).toBe('tests_pass_but_incident_occurred')
  })

  test('no covering test: no_test_coverage, with the seed wording', () => {
    const findings = analyze(rollup, [incident('I', 'inventory', D, 'oom')], { now: NOW })
    const inc = byId(findings, 'I')
    expect(inc.gap_type).toBe('no_test_coverage')
    expect(inc.total_component_tests).toBe(0)
    expect(inc.failure_mode_covered).toBe(false)
    expect(inc.recommendation).toBe('Add tests for inventory oom')
    expect(findings.coverage_gaps[0].recommendation).toBe('Add tests for inventory oom')
  })
})

describe('gap_closed_by and gap_closure_days', () => {
  const base = new HistoryBuilder().startsAt(HISTORY_START)
    .tag('t/old.py::x', { component: 'cart', failure_mode: 'race' })
    .run('r0', plusDays(D, -30), { sha: 'a' }, { 't/old.py::x': 'passed' })

  test('a later test carrying the incident id closes the gap, whatever its component', () => {
    const h = base
      .tag('t/new.py::regression', { component: 'elsewhere', failure_mode: 'x', incident: ' inc-7 ' })
      .run('r1', plusDays(D, 3.375), { sha: 'b' }, { 't/new.py::regression': 'passed' })
    const inc = byId(analyze(h.build(), [incident('INC-7', 'cart', D, 'deadlock')], { now: NOW }), 'INC-7')
    expect(inc.gap_type).toBe('tests_pass_but_incident_occurred')
    expect(inc.gap_closed_by).toBe('t/new.py::regression')
    expect(inc.gap_closure_days).toBe(3.38)
    expect(inc.gap_closure).toEqual({
      nodeid: 't/new.py::regression',
      first_seen: plusDays(D, 3.375),
      run: 'r1',
      sha: 'b',
      matched_by: 'incident'
    })
  })

  test('component + failure mode match closes it; the earliest wins; first seen at detected_at does not close', () => {
    const h = new HistoryBuilder().startsAt(HISTORY_START)
      .tag('t/n.py::at_detect', { component: 'search', failure_mode: 'slow' })
      .tag('t/n.py::later', { component: 'search', failure_mode: 'slow' })
      .tag('t/n.py::earliest', { component: ' SEARCH', failure_mode: 'Slow ' })
      .tag('t/n.py::wrong_mode', { component: 'search', failure_mode: 'crash' })
      .run('r1', D, { sha: 'a' }, { 't/n.py::at_detect': 'passed' })
      .run('r2', plusDays(D, 0.5), { sha: 'b' }, { 't/n.py::wrong_mode': 'passed' })
      .run('r3', plusDays(D, 1.004), { sha: 'c' }, { 't/n.py::earliest': 'passed' })
      .run('r4', plusDays(D, 2), { sha: 'd' }, { 't/n.py::later': 'passed' })
    const inc = byId(analyze(h.build(), [incident('I', 'search', D, 'slow')], { now: NOW }), 'I')
    expect(inc.covering_test_count).toBe(1) // at_detect: first_seen == detected_at covers
    expect(inc.gap_type).toBe('tests_pass_but_incident_occurred')
    expect(inc.gap_closed_by).toBe('t/n.py::earliest')
    expect(inc.gap_closure_days).toBe(1)
    expect(inc.gap_closure?.matched_by).toBe('component_failure_mode')
  })

  test('a no_test_coverage gap can be closed too; ties in time go to the smaller nodeid', () => {
    const h = new HistoryBuilder().startsAt(HISTORY_START)
      .tag('t/z.py::b', { component: 'mail', failure_mode: 'bounce' })
      .tag('t/z.py::a', { component: 'mail', failure_mode: 'bounce' })
      .run('r1', plusDays(D, 10), { sha: 'a' }, { 't/z.py::b': 'passed', 't/z.py::a': 'passed' })
    const inc = byId(analyze(h.build(), [incident('I', 'mail', D, 'bounce')], { now: NOW }), 'I')
    expect(inc.gap_type).toBe('no_test_coverage')
    expect(inc.gap_closed_by).toBe('t/z.py::a')
    expect(inc.gap_closure_days).toBe(10)
  })

  test('an incident without a gap has no closure, even when a matching test appears later', () => {
    const h = new HistoryBuilder().startsAt(HISTORY_START)
      .tag('t/p.py::x', { component: 'mail', failure_mode: 'bounce' })
      .tag('t/p.py::y', { component: 'mail', failure_mode: 'bounce' })
      .run('r1', plusDays(D, -1), { sha: 'a' }, { 't/p.py::x': 'failed' })
      .run('r2', plusDays(D, 1), { sha: 'b' }, { 't/p.py::y': 'passed' })
    const inc = byId(analyze(h.build(), [incident('I', 'mail', D, 'bounce')], { now: NOW }), 'I')
    expect(inc.gap_type).toBeNull()
    expect(inc.gap_closed_by).toBeNull()
    expect(inc.gap_closure_days).toBeNull()
  })
})

describe('branch filtering', () => {
  const h = new HistoryBuilder()
    .run('m0', plusDays(D, -30), { sha: 'z', branch: 'main' }, {})
    .run('f0', plusDays(D, -30), { sha: 'z', branch: 'feature/x' }, {})
    .tag('t/b.py::main_and_feature', { component: 'api' })
    .tag('t/b.py::feature_only', { component: 'api' })
    .run('m1', plusDays(D, -20), { sha: 'a', branch: 'main' }, { 't/b.py::main_and_feature': 'passed' })
    .run('f1', plusDays(D, -2), { sha: 'b', branch: 'feature/x' }, { 't/b.py::main_and_feature': 'failed', 't/b.py::feature_only': 'failed' })
    .run('m2', plusDays(D, 1), { sha: 'c', branch: 'main' }, { 't/b.py::main_and_feature': 'passed' })
  const rollup = h.build()

  test('all branches: failures on a feature branch count', () => {
    const f = analyze(rollup, [incident('I', 'api', D)], { now: NOW })
    expect(byId(f, 'I').failing_tests).toEqual(['t/b.py::feature_only', 't/b.py::main_and_feature'])
    expect(f.branches).toEqual(['feature/x', 'main'])
    expect(f.options.analysis_branches).toBeNull()
    expect(f.test_count).toBe(2)
    expect(f.run_count).toBe(5)
  })

  test('only main: its runs alone count, and a test never seen on main is out', () => {
    const f = analyze(rollup, [incident('I', 'api', D)], { now: NOW, analysisBranches: ['main'] })
    const inc = byId(f, 'I')
    expect(inc.failing_tests).toEqual([])
    expect(inc.total_component_tests).toBe(1)
    expect(inc.gap_type).toBe('tests_pass_but_incident_occurred')
    expect(f.branches).toEqual(['main'])
    expect(f.options.analysis_branches).toEqual(['main'])
    expect(f.test_count).toBe(1)
    expect(f.run_count).toBe(3)
  })

  test('first_seen comes from the selected branches only', () => {
    const inc = byId(analyze(rollup, [incident('I', 'api', plusDays(D, -10))], { now: NOW, analysisBranches: ['feature/x'] }), 'I')
    expect(inc.covering_test_count).toBe(0)
    expect(inc.gap_type).toBe('no_test_coverage')
  })

  test('an empty list means every branch', () => {
    expect(analyze(rollup, [], { now: NOW, analysisBranches: [] }).run_count).toBe(5)
  })
})

describe('unclassified incidents and ordering', () => {
  const h = new HistoryBuilder().startsAt(HISTORY_START).tag('t/u.py::x', { component: 'api' }).run('r1', plusDays(D, -1), { sha: 'a' }, { 't/u.py::x': 'passed' })
  const f = analyze(
    h.build(),
    [incident('B', 'api', D), incident('A', 'api', D), incident('Early', 'api', plusDays(D, -0.5)), incident('U1', null, D), incident('U2', '   ', D)],
    { now: NOW }
  )
  test('incidents without a component are listed apart and left out of the counts', () => {
    expect(f.incident_count).toBe(3)
    expect(f.unclassified_incidents.map((u) => u.incident_id)).toEqual(['U1', 'U2'])
    expect(f.unclassified_incidents[0].fix).toContain('incidents.json')
  })
  test('incidents are ordered by detected_at, then id', () => {
    expect(f.incidents.map((i) => i.incident_id)).toEqual(['Early', 'A', 'B'])
  })
})

describe('analyzeIncident', () => {
  const h = new HistoryBuilder().startsAt(HISTORY_START)
    .tag('t/i.py::x', { component: 'api' })
    .run('r1', plusDays(D, -1), { sha: 'a' }, { 't/i.py::x': 'failed' })
    .run('r2', plusDays(D, -0.5), { sha: 'a' }, { 't/i.py::x': 'passed' })
  const rollup = h.build()
  const inc = incident('#12', 'api', D)
  test('gives the same finding as analyze, with a rollup or a prepared history', () => {
    const full = byId(analyze(rollup, [inc], { now: NOW }), '#12')
    expect(analyzeIncident(rollup, inc, { now: NOW })).toEqual(full)
    expect(analyzeIncident(prepareHistory(rollup, { now: NOW }), inc, { now: NOW })).toEqual(full)
    expect(full.failing_test_evidence[0].flaky).toBe(true)
    expect(full.failing_test_evidence[0].failures[0].flaky_sha).toBe(true)
  })
  test('an unclassified incident gives null', () => {
    expect(analyzeIncident(rollup, incident('#13', null, D), { now: NOW })).toBeNull()
  })
})
