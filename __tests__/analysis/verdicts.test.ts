/**
 * The confidence layer's edge cases on small hand-built histories: clustered incidents, moved and
 * renamed tests, tests that only skipped, incidents outside the history, flakiness without re-runs,
 * a failure fixed before detection.
 */
import { describe, expect, test } from '@jest/globals'
import { analyze } from '../../src/analysis/index.js'
import { HistoryBuilder, incident, plusDays } from './history-builder.js'

const START = '2026-01-01T00:00:00.000Z'
const NOW = new Date(plusDays(START, 120))
const day = (n: number): string => plusDays(START, n)

/** a steady suite: `tests` of component c, one run a day for `days` days, all passing unless `fail` says */
function daily(b: HistoryBuilder, tests: string[], days: number, fail: (test: string, d: number) => boolean = () => false): HistoryBuilder {
  for (let d = 0; d < days; d++) {
    b.run(`r${String(d).padStart(3, '0')}`, day(d + 0.5), { sha: `s${d}` }, Object.fromEntries(tests.map((t) => [t, fail(t, d) ? 'failed' : 'passed'])))
  }
  return b
}

describe('clustered incidents count once', () => {
  const tests = Array.from({ length: 10 }, (_, i) => `t/c.py::t${i}`)
  const b = new HistoryBuilder()
  for (const t of tests) b.tag(t, { component: 'pay' })
  daily(b, tests, 100, (t, d) => t === 't/c.py::t0' && d === 58)
  // three incidents filed within five hours, one failure two days before
  const incidents = [incident('A', 'pay', day(60.5)), incident('B', 'pay', day(60.6)), incident('C', 'pay', day(60.7))]
  const f = analyze(b.build(), incidents, { now: NOW })
  const lb = f.load_bearing.find((l) => l.nodeid === 't/c.py::t0')!

  test('the contract fields stay per incident; the judgement sees one event', () => {
    expect(lb.a).toBe(3)
    expect(lb.incidents).toEqual(['A', 'B', 'C'])
    expect(lb.judged).toMatchObject({ events: 1, events_failed: 1, failure_episodes_outside_windows: 0 })
    expect(lb.verdict_reason).toContain('1 of the 1 incident period')
  })

  test('every field of the confidence layer is filled', () => {
    expect(lb.confidence).toBeGreaterThan(0)
    expect(lb.confidence).toBeLessThanOrEqual(1)
    expect(f.predictive_tests).toEqual(lb.verdict === 'predictive' ? ['t/c.py::t0'] : [])
    expect(f.expected_false_predictive).toBeCloseTo(lb.verdict === 'predictive' ? 1 - lb.confidence : 0, 2)
    for (const inc of f.incidents) expect(inc.predicted_by).toEqual(lb.verdict === 'predictive' ? ['t/c.py::t0'] : [])
    expect(f.metrics.predicted_incident_rate).toBe(lb.verdict === 'predictive' ? 100 : 0)
    expect(f.metrics.prediction_rate_by_chance).not.toBeNull()
  })
})

describe('a test that fails every few runs is noise, even without a re-run', () => {
  const tests = ['t/f.py::flaky', 't/f.py::steady']
  const b = new HistoryBuilder()
  for (const t of tests) b.tag(t, { component: 'pay' })
  daily(b, tests, 100, (t, d) => t === 't/f.py::flaky' && d % 4 === 1)
  const f = analyze(b.build(), [incident('I', 'pay', day(70))], { now: NOW })

  test('flaky by flip rate, not by the contract rule (no sha ever ran twice)', () => {
    expect(f.flaky.map((x) => [x.nodeid, x.reason])).toEqual([['t/f.py::flaky', ['flip_rate']]])
    expect(f.flaky[0].flip_rate!.failure_episodes).toBeGreaterThanOrEqual(3)
    expect(f.flaky_tests).toEqual([])
  })

  test('its failure before the incident is noise, and predicts nothing', () => {
    const lb = f.load_bearing.find((l) => l.nodeid === 't/f.py::flaky')!
    expect(lb.verdict).toBe('noise')
    expect(lb.verdict_reason).toMatch(/^Flaky/)
    expect(f.incidents[0].was_predictable).toBe(true)
    expect(f.incidents[0].predicted_by).toEqual([])
    expect(f.metrics.predicted_incident_rate).toBe(0)
  })
})

describe('still failing at detection', () => {
  const b = new HistoryBuilder().tag('t/s.py::fixed', { component: 'pay' }).tag('t/s.py::broken', { component: 'pay' })
  daily(b, ['t/s.py::fixed', 't/s.py::broken'], 80, (t, d) => (t === 't/s.py::fixed' ? d === 64 : d >= 67))
  const f = analyze(b.build(), [incident('I', 'pay', day(69))], { now: NOW })

  test('a failure fixed before detection is not "still failing"; a breakage up to detection is', () => {
    const byTest = new Map(f.incidents[0].failing_test_evidence.map((e) => [e.nodeid, e.still_failing_at_detection]))
    expect(byTest).toEqual(new Map([['t/s.py::broken', true], ['t/s.py::fixed', false]]))
  })
})

describe('time-correct tags: a moved test is credited to the component it guarded then', () => {
  const b = new HistoryBuilder(true).tag('t/m.py::mover', { component: 'old' }).tag('t/m.py::stay', { component: 'new' })
  for (let d = 0; d < 90; d++) {
    if (d === 50) b.tag('t/m.py::mover', { component: 'new' })
    b.run(`r${String(d).padStart(3, '0')}`, day(d + 0.5), { sha: `s${d}` }, { 't/m.py::mover': d === 38 ? 'failed' : 'passed', 't/m.py::stay': 'passed' })
  }
  const f = analyze(b.build(), [incident('OLD-1', 'old', day(40)), incident('NEW-1', 'new', day(40))], { now: NOW })
  const byId = new Map(f.incidents.map((i) => [i.incident_id, i]))

  test('its failure counts for the component it carried in that run', () => {
    expect(byId.get('OLD-1')!.failing_tests).toEqual(['t/m.py::mover'])
    expect(byId.get('OLD-1')!.gap_type).toBeNull()
    expect(byId.get('NEW-1')!.failing_tests).toEqual([])
  })

  test('without the recorded tags (an older history) the current component is used', () => {
    const old = new HistoryBuilder().tag('t/m.py::mover', { component: 'new' })
    daily(old, ['t/m.py::mover'], 90, (_t, d) => d === 38)
    const g = analyze(old.build(), [incident('NEW-1', 'new', day(40))], { now: NOW })
    expect(g.incidents[0].failing_tests).toEqual(['t/m.py::mover'])
  })
})

describe('only skipped tests are a gap in practice', () => {
  const b = new HistoryBuilder(true).tag('t/k.py::skipped', { component: 'pay' }).tag('t/k.py::runs', { component: 'mail' })
  for (let d = 0; d < 60; d++) b.run(`r${String(d).padStart(3, '0')}`, day(d + 0.5), { sha: `s${d}` }, { 't/k.py::skipped': 'skipped', 't/k.py::runs': 'passed' })
  const f = analyze(b.build(), [incident('P', 'pay', day(40)), incident('M', 'mail', day(40))], { now: NOW })
  const byId = new Map(f.incidents.map((i) => [i.incident_id, i]))

  test('covering tests that never ran: only_skipped_tests, with the contract gap_type kept', () => {
    expect(byId.get('P')).toMatchObject({ only_skipped_tests: true, gap_type: 'tests_pass_but_incident_occurred', covering_test_count: 1 })
    expect(byId.get('M')).toMatchObject({ only_skipped_tests: false, gap_type: 'tests_pass_but_incident_occurred' })
  })
})

describe('incidents outside the history', () => {
  const b = new HistoryBuilder().tag('t/o.py::x', { component: 'pay' })
  daily(b, ['t/o.py::x'], 60)
  const f = analyze(b.build(), [incident('BEFORE', 'pay', plusDays(START, -3)), incident('EARLY', 'pay', day(5)), incident('IN', 'pay', day(30))], { now: NOW })

  test('are listed with why, and left out of the count, the gaps and every rate', () => {
    expect(f.incidents_outside_history.map((i) => i.incident_id)).toEqual(['BEFORE', 'EARLY'])
    expect(f.incidents_outside_history[0].reason).toMatch(/before the first analysed run/)
    expect(f.incidents_outside_history[1].reason).toMatch(/less than window-days \(7\)/)
    expect(f.incident_count).toBe(1)
    expect(f.incidents.map((i) => i.incident_id)).toEqual(['IN'])
    expect(f.coverage_gaps.map((g) => g.incident)).toEqual(['IN'])
    expect(f.metrics.incident_coverage_rate).toBe(100)
  })

  test('untrusted incidents given by the caller are copied through', () => {
    const untrusted = [{ incident_id: '#9', title: 'x', url: null, author: 'someone', author_association: 'NONE' }]
    expect(analyze(b.build(), [], { now: NOW, untrustedIncidents: untrusted }).untrusted_incidents).toEqual(untrusted)
  })
})

describe('renamed tests keep their history', () => {
  const OLD = 't/r.py::test_x[1-2]'
  const NEW = 't/r.py::test_x[one-two]'
  const b = new HistoryBuilder().tag(OLD, { component: 'pay', failure_mode: 'timeout' }).tag(NEW, { component: 'pay', failure_mode: 'timeout' })
  for (let d = 0; d < 90; d++) {
    b.run(`r${String(d).padStart(3, '0')}`, day(d + 0.5), { sha: `s${d}` }, d < 50 ? { [OLD]: d === 38 ? 'failed' : 'passed' } : { [NEW]: 'passed' })
  }
  const rollup = b.build()
  const incidents = [incident('I', 'pay', day(40), 'timeout'), incident('J', 'pay', day(47), 'timeout')]

  test('a parametrize id change is detected: the new name inherits the failures and closes no gap', () => {
    const f = analyze(rollup, incidents, { now: NOW })
    expect(f.renamed_tests).toEqual([{ from: OLD, to: NEW, detected_by: 'parametrize_id' }])
    expect(f.incidents.find((i) => i.incident_id === 'I')!.failing_tests).toEqual([NEW])
    const j = f.incidents.find((i) => i.incident_id === 'J')!
    expect(j.gap_type).toBe('tests_pass_but_incident_occurred')
    expect(j.gap_closed_by).toBeNull()
    expect(f.test_count).toBe(1)
  })

  test('without detection the old name fails and the new one "closes" the gap: the flaw it fixes', () => {
    const f = analyze(rollup, incidents, { now: NOW, detectRenames: false })
    expect(f.incidents.find((i) => i.incident_id === 'J')!.gap_closed_by).toBe(NEW)
  })

  test('a declared mapping renames what detection cannot see', () => {
    const c = new HistoryBuilder().tag('t/a.py::old_name', { component: 'pay' }).tag('t/b.py::new_name', { component: 'pay' })
    for (let d = 0; d < 90; d++) c.run(`r${d}`, day(d + 0.5), { sha: `s${d}` }, d < 50 ? { 't/a.py::old_name': 'passed' } : { 't/b.py::new_name': 'passed' })
    const f = analyze(c.build(), [], { now: NOW, testRenames: { 't/a.py::old_name': 't/b.py::new_name' } })
    expect(f.renamed_tests).toEqual([{ from: 't/a.py::old_name', to: 't/b.py::new_name', detected_by: 'mapping' }])
    expect(f.test_count).toBe(1)
    expect(f.metrics.tests_added_last_quarter + f.metrics.tests_added_previous_quarter).toBe(1)
  })
})
