import { describe, expect, test } from '@jest/globals'
import { analyze, meetsTargets, TARGETS } from '../../src/analysis/index.js'
import { HistoryBuilder, incident, plusDays } from './history-builder.js'

const NOW = '2026-06-30T00:00:00.000Z'
const now = new Date(NOW)
const ago = (days: number): string => plusDays(NOW, -days)
const MS = 1 / 86_400_000

describe('active, quiet and dead weight at their exact boundaries', () => {
  const h = new HistoryBuilder()
  const t = (name: string, component = 'core') => {
    h.tag(`t/h.py::${name}`, { component })
    return `t/h.py::${name}`
  }
  // every test is first seen 200 days ago unless said otherwise
  const names = {
    lastSeen30: t('last_seen_exactly_30d'),
    lastSeen30plus: t('last_seen_30d_1ms'),
    first180: t('first_seen_exactly_180d'),
    first180minus: t('first_seen_180d_minus_1ms'),
    failAt180: t('failed_exactly_180d_ago'),
    failInside: t('failed_180d_minus_1ms_ago'),
    incidentComponent: t('quiet_but_component_had_incident', 'billing'),
    failedAfterNow: t('failed_after_now')
  }
  h.run('r-old', ago(200), { sha: 'o' }, {
    [names.lastSeen30]: 'passed',
    [names.lastSeen30plus]: 'passed',
    [names.failAt180]: 'passed',
    [names.failInside]: 'passed',
    [names.incidentComponent]: 'passed',
    [names.failedAfterNow]: 'passed'
  })
    .run('r-180', ago(180), { sha: 'p' }, { [names.first180]: 'passed', [names.failAt180]: 'failed' })
    .run('r-180-in', ago(180 - MS), { sha: 'q' }, { [names.first180minus]: 'passed', [names.failInside]: 'failed' })
    .run('r-30', ago(30), { sha: 'r' }, { [names.lastSeen30]: 'passed' })
    .run('r-30-out', ago(30 + MS), { sha: 's' }, { [names.lastSeen30plus]: 'passed' })
    .run('r-now', NOW, { sha: 't' }, {
      [names.first180]: 'passed',
      [names.first180minus]: 'passed',
      [names.failAt180]: 'passed',
      [names.failInside]: 'passed',
      [names.incidentComponent]: 'passed'
    })
    .run('r-future', plusDays(NOW, 1), { sha: 'u' }, { [names.failedAfterNow]: 'failed' })
  const f = analyze(h.build(), [incident('INC-B', 'Billing', ago(400))], { now })

  test('dead weight: quiet tests of components that never had an incident', () => {
    // failed_after_now: its only failure is after `now`, so nothing in (now - 180 d, now]
    expect(f.dead_weight_tests).toEqual([names.failAt180, names.failedAfterNow, names.first180, names.lastSeen30].sort())
  })

  test('active counts last_seen >= now - 30 d; quiet needs first_seen <= now - 180 d and no failure in (now - 180 d, now]', () => {
    // active: all but last_seen_30d_1ms; failed_after_now is last seen after now, so active too
    expect(f.metrics.active_test_count).toBe(7)
    // quiet: failAt180, first180, lastSeen30, incidentComponent, failedAfterNow (its failure is after now)
    expect(f.metrics.quiet_test_count).toBe(5)
    expect(f.metrics.dead_weight_ratio).toBe(71.43)
    expect(f.dead_weight_tests).not.toContain(names.incidentComponent)
  })

  test('dead weight detail names first/last seen, last failure and runs', () => {
    const d = f.dead_weight.find((x) => x.nodeid === names.failAt180)!
    expect(d).toEqual({
      nodeid: names.failAt180,
      component: 'core',
      first_seen: ago(200),
      last_seen: NOW,
      last_failure: ago(180),
      runs: 3
    })
    expect(f.dead_weight.find((x) => x.nodeid === names.first180)!.last_failure).toBeNull()
  })

  test('a longer dead-weight-days changes both the age and the silence required', () => {
    const g = analyze(h.build(), [], { now, deadWeightDays: 190 })
    // first seen 200 d ago and no failure within 190 d: failAt180 failed 180 d ago, so it is not quiet any more
    expect(g.metrics.quiet_test_count).toBe(3) // lastSeen30, incidentComponent (no incident now), failedAfterNow
    expect(g.dead_weight_tests).toEqual([names.failedAfterNow, names.lastSeen30, names.incidentComponent].sort())
  })
})

describe('flaky within the last 90 days', () => {
  const h = new HistoryBuilder()
    .tag('t/f.py::edge', { component: 'x' })
    .tag('t/f.py::inside', { component: 'x' })
    .tag('t/f.py::rerun', { component: 'x' })
    .tag('t/f.py::steady', { component: 'x' })
    .tag('t/f.py::straddles', { component: 'x' })
    .tag('t/f.py::two_shas', { component: 'x' })
    // pass then fail on sha e, the fail exactly 90 days ago: outside (now - 90 d, now]
    .run('e1', ago(91), { sha: 'e' }, { 't/f.py::edge': 'passed', 't/f.py::steady': 'failed' })
    .run('e2', ago(90), { sha: 'e' }, { 't/f.py::edge': 'failed', 't/f.py::steady': 'failed' })
    .run('i1', ago(90 - 2 * MS), { sha: 'i' }, { 't/f.py::inside': 'failed' })
    .run('i2', ago(90 - MS), { sha: 'i' }, { 't/f.py::inside': 'passed' })
    // CONTRACT: within the last 90 days it both passed and failed: a pair whose failure is 1 ms too old is out
    .run('j1', ago(90 + MS), { sha: 'j' }, { 't/f.py::straddles': 'failed' })
    .run('j2', ago(90 - MS), { sha: 'j' }, { 't/f.py::straddles': 'passed' })
    .run('r1', ago(5), { sha: 'r' }, { 't/f.py::rerun': { o: 'passed', reruns: 2 } })
    .run('a1', ago(10), { sha: 'sa' }, { 't/f.py::two_shas': 'failed' })
    .run('a2', ago(9), { sha: 'sa' }, { 't/f.py::two_shas': 'passed' })
    .run('b1', ago(3), { sha: 'sb' }, { 't/f.py::two_shas': 'error' })
    .run('b2', ago(2), { sha: 'sb' }, { 't/f.py::two_shas': 'passed' })
    .run('b3', ago(1), { sha: 'sb' }, { 't/f.py::two_shas': 'failed' })
  const f = analyze(h.build(), [], { now })

  test('a pass and a failure on one sha, or a rerun, inside the window makes a test flaky', () => {
    expect(f.flaky_tests).toEqual(['t/f.py::inside', 't/f.py::rerun', 't/f.py::two_shas'])
  })

  test('the detail names each sha once, newest first, with the run that showed it', () => {
    expect(f.flaky.find((x) => x.nodeid === 't/f.py::two_shas')).toEqual({
      nodeid: 't/f.py::two_shas',
      component: 'x',
      shas: [
        // b3's failure after b2's pass on sb is the newest pair (the store records every differing pair)
        { sha: 'sb', at: ago(1), run: 'b3' },
        { sha: 'sa', at: ago(9), run: 'a2' }
      ],
      flaky_sha_count: 2,
      // three separate failures in its six runs: it also flips far more than one breakage explains
      reason: ['same_sha', 'flip_rate'],
      flip_rate: { runs: 6, failure_episodes: 3, flips: 4, rate: 0.8 }
    })
  })

  test('flaky-days widens the window', () => {
    const wider = analyze(h.build(), [], { now, flakyDays: 92 }).flaky_tests
    expect(wider).toContain('t/f.py::edge')
    expect(wider).toContain('t/f.py::straddles')
  })

  test('a rerun entry is a failure too', () => {
    expect(h.build().tests['t/f.py::rerun'].failures).toHaveLength(2)
    const g = analyze(h.build(), [incident('I', 'x', ago(4))], { now })
    expect(g.incidents[0].failing_tests).toEqual(['t/f.py::rerun', 't/f.py::two_shas'])
  })
})

describe('metrics', () => {
  // incidents: A no coverage (closed after 2 d), B tests pass (closed after 5 d), C predictable, D no coverage (never closed)
  const h = new HistoryBuilder()
    .tag('t/m.py::c1', { component: 'c' })
    .tag('t/m.py::c2', { component: 'c' })
    .tag('t/m.py::b1', { component: 'b' })
    .tag('t/m.py::a_new', { component: 'a', failure_mode: 'general' })
    .tag('t/m.py::b_new', { component: 'b', failure_mode: 'general' })
    .run('r1', ago(100), { sha: '1' }, { 't/m.py::c1': 'passed', 't/m.py::c2': 'passed', 't/m.py::b1': 'passed' })
    .run('r2', ago(51), { sha: '2' }, { 't/m.py::c1': 'failed', 't/m.py::c2': 'passed', 't/m.py::b1': 'passed' })
    .run('r3', ago(48), { sha: '3' }, { 't/m.py::a_new': 'passed' })
    .run('r4', ago(45), { sha: '4' }, { 't/m.py::b_new': 'passed' })
  const incidents = [incident('A', 'a', ago(50)), incident('B', 'b', ago(50)), incident('C', 'c', ago(50)), incident('D', 'd', ago(50))]
  const f = analyze(h.build(), incidents, { now })

  test('coverage, prediction and the seed coverage_percentage', () => {
    expect(f.incident_count).toBe(4)
    expect(f.gap_count).toBe(3)
    expect(f.coverage_percentage).toBe(25)
    expect(f.metrics.incident_coverage_rate).toBe(50)
    expect(f.metrics.prediction_rate).toBe(25)
  })

  test('closure: the median of the closed gaps (even count: the mean of the middle two)', () => {
    expect(f.incidents.map((i) => i.gap_closure_days)).toEqual([2, 5, null, null])
    expect(f.metrics.test_gap_closure_days).toBe(3.5)
    expect(f.metrics.closed_gap_count).toBe(2)
  })

  test('closure median with an odd count, and null with no closed gap', () => {
    const odd = analyze(h.build(), [...incidents, incident('E', 'b', ago(49))], { now })
    expect(odd.incidents.find((i) => i.incident_id === 'E')!.gap_closure_days).toBe(4)
    expect(odd.metrics.test_gap_closure_days).toBe(4)
    expect(analyze(h.build(), [incident('D', 'd', ago(50))], { now }).metrics.test_gap_closure_days).toBeNull()
  })

  test('rates round to 2 decimals', () => {
    const three = analyze(h.build(), incidents.slice(1), { now })
    expect(three.metrics.incident_coverage_rate).toBe(66.67)
    expect(three.metrics.prediction_rate).toBe(33.33)
    expect(three.coverage_percentage).toBe(33.33)
  })

  test('tests added per quarter: (now - 90 d, now] and (now - 180 d, now - 90 d]', () => {
    const q = new HistoryBuilder()
      .run('q1', ago(180), {}, { 't/q.py::exactly_180': 'passed' })
      .run('q2', ago(180 - MS), {}, { 't/q.py::inside_previous': 'passed' })
      .run('q3', ago(90), {}, { 't/q.py::exactly_90': 'passed' })
      .run('q4', ago(90 - MS), {}, { 't/q.py::inside_last': 'passed' })
      .run('q5', NOW, {}, { 't/q.py::at_now': 'passed' })
      .run('q6', plusDays(NOW, MS), {}, { 't/q.py::after_now': 'passed' })
    const m = analyze(q.build(), [], { now }).metrics
    expect(m.tests_added_previous_quarter).toBe(2)
    expect(m.tests_added_last_quarter).toBe(2)
  })

  test('targets', () => {
    expect(TARGETS.incident_coverage_rate.label).toBe('> 70 %')
    expect(meetsTargets(f.metrics)).toEqual({
      incident_coverage_rate: false,
      prediction_rate: false,
      test_gap_closure_days: true,
      dead_weight_ratio: null, // no test seen within 30 days: none is active
      suite_growth: true // 2 tests first seen in the last 90 days, 3 in the 90 before
    })
    expect(f.metrics.tests_added_last_quarter).toBe(2)
    expect(f.metrics.tests_added_previous_quarter).toBe(3)
    expect(
      meetsTargets({
        ...f.metrics,
        incident_coverage_rate: 70.01,
        prediction_rate: 30,
        test_gap_closure_days: 14,
        dead_weight_ratio: 29.99,
        tests_added_last_quarter: 3
      })
    ).toEqual({ incident_coverage_rate: true, prediction_rate: false, test_gap_closure_days: false, dead_weight_ratio: true, suite_growth: false })
    expect(meetsTargets({ ...f.metrics, tests_added_last_quarter: 1, tests_added_previous_quarter: 2 }).suite_growth).toBe(true)
    expect(meetsTargets({ ...f.metrics, tests_added_last_quarter: 0, tests_added_previous_quarter: 0 }).suite_growth).toBeNull()
  })
})

describe('empty cases never crash', () => {
  const empty = { schema_version: 1, updated_at: null, runs: [], tests: {} }

  test('no runs, no tests, no incidents', () => {
    const f = analyze(empty, [], { now })
    expect(f).toMatchObject({
      schema_version: 1,
      now: NOW,
      generated_at: NOW,
      incident_count: 0,
      gap_count: 0,
      coverage_percentage: 100,
      coverage_gaps: [],
      load_bearing_tests: [],
      dead_weight_tests: [],
      flaky_tests: [],
      incidents: [],
      test_count: 0,
      run_count: 0,
      branches: [],
      untagged_tests: { count: 0, examples: [] }
    })
    expect(f.metrics).toEqual({
      incident_coverage_rate: null,
      prediction_rate: null,
      test_gap_closure_days: null,
      dead_weight_ratio: null,
      tests_added_last_quarter: 0,
      tests_added_previous_quarter: 0,
      predicted_incident_rate: null,
      prediction_rate_by_chance: null,
      active_test_count: 0,
      quiet_test_count: 0,
      dead_weight_count: 0,
      closed_gap_count: 0
    })
    expect(f.options).toEqual({ window_days: 7, dead_weight_days: 180, flaky_days: 90, analysis_branches: null })
  })

  test('incidents but no tests: every incident is a no_test_coverage gap', () => {
    const f = analyze(empty, [incident('I', 'api', ago(1))], { now })
    expect(f.coverage_percentage).toBe(0)
    expect(f.metrics.incident_coverage_rate).toBe(0)
    expect(f.coverage_gaps.map((g) => g.gap_type)).toEqual(['no_test_coverage'])
  })

  test('tests but no incidents: coverage 100, rates null', () => {
    const h = new HistoryBuilder().run('r', ago(1), {}, { 't/e.py::x': 'passed' })
    const f = analyze(h.build(), [], { now, generatedAt: new Date('2026-07-01T00:00:00Z') })
    expect(f.coverage_percentage).toBe(100)
    expect(f.metrics.prediction_rate).toBeNull()
    expect(f.generated_at).toBe('2026-07-01T00:00:00.000Z')
    expect(f.untagged_tests).toEqual({ count: 1, examples: ['t/e.py::x'] })
  })

  test('bad options are input errors naming the input', () => {
    expect(() => analyze(empty, [], { now, windowDays: 0 })).toThrow(/window-days/)
    expect(() => analyze(empty, [], { now: new Date('nope') })).toThrow(/now/)
    expect(() => analyze(empty, [incident('I', 'api', ago(1)), { ...incident('J', 'api', ago(1)), detected_at: 'yesterday' }], { now })).toThrow(
      /incident J/
    )
  })
})
