/**
 * A larger history (300 runs over 200 days, dozens of incidents, flaky tests, gaps of both kinds,
 * gaps closed by later tests), kept as raw runs, and a brute-force reference that derives the
 * expected findings from those raw runs directly (not from any rollup). Shared by scenario.test.ts
 * (the engine on a hand-built rollup) and store-scenario.test.ts (the bundled CLI on a real store).
 */
import { expect } from '@jest/globals'
import type { Findings } from '../../src/analysis/index.js'
import type { Incident } from '../../src/incidents/types.js'
import { DAY, HistoryBuilder, incident, plusDays, type RawRun, type Result, type Tags } from './history-builder.js'
import { seededRandom } from '../../bench/prng.js'
export { seededRandom as prng }


export const T0 = '2025-07-01T00:00:00.000Z'
export const NOW = plusDays(T0, 200)
export const WINDOW = 7

export interface Scenario {
  builder: HistoryBuilder
  tags: Map<string, Tags>
  incidents: Incident[]
}

export function buildScenario(seed: number): Scenario {
  const rand = seededRandom(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
  const components = ['checkout', 'search', 'auth', 'cart', 'billing', 'mail'] as const
  const modes = ['timeout', 'race', 'general', 'data'] as const

  const incidents: Incident[] = []
  for (let i = 0; i < 34; i++) {
    const component = i % 11 === 0 ? 'inventory' : pick(components.filter((c) => c !== 'mail'))
    const spelled = i % 5 === 0 ? ` ${component.toUpperCase()} ` : component
    incidents.push(incident(`INC-${i}`, spelled, plusDays(T0, 15 + rand() * 180), pick(modes)))
  }
  incidents.push(incident('INC-U1', null, plusDays(T0, 50)), incident('INC-U2', '  ', plusDays(T0, 60)))

  interface TestSpec { nodeid: string; tags: Tags; introDay: number; mainDelay: number; failP: number; retireDay: number }
  const specs: TestSpec[] = []
  components.forEach((component, ci) => {
    for (let k = 0; k < 8; k++) {
      const failP = k < 2 ? 0 : k < 4 ? 0.002 : 0.006
      specs.push({
        nodeid: `tests/test_${component}.py::test_${k}`,
        tags: { component: k === 7 && ci % 2 ? component.replace(/^./, (c) => c.toUpperCase()) + ' ' : component, failure_mode: modes[k % 4] },
        introDay: k === 6 ? 40 + ci * 20 : 0,
        mainDelay: k === 6 ? 5 : 0,
        failP,
        retireDay: k === 1 && ci === 2 ? 120 : Infinity
      })
    }
  })
  // regression tests written after incidents: tagged with the id, or matching component + mode
  incidents.slice(0, 12).forEach((inc, i) => {
    if (inc.component === null || i % 3 === 2) return
    const intro = (Date.parse(inc.detected_at) - Date.parse(T0)) / DAY + 0.5 + rand() * 20
    specs.push({
      nodeid: `tests/regressions/test_inc_${i}.py::test_it`,
      tags: i % 3 === 0 ? { component: 'regressions', failure_mode: 'general', incident: inc.id } : { component: inc.component.trim(), failure_mode: inc.failure_mode },
      introDay: intro,
      mainDelay: i % 2 ? 3 : 0,
      failP: 0.01,
      retireDay: Infinity
    })
  })
  specs.push({ nodeid: 'tests/test_misc.py::test_untagged', tags: { component: 'unknown' }, introDay: 0, mainDelay: 0, failP: 0, retireDay: Infinity })

  const builder = new HistoryBuilder()
  const tags = new Map<string, Tags>()
  for (const s of specs) {
    builder.tag(s.nodeid, s.tags)
    tags.set(s.nodeid, s.tags)
  }
  const times = Array.from({ length: 300 }, () => rand() * 200).sort((a, b) => a - b)
  let sha = 'sha-0'
  times.forEach((day, r) => {
    if (rand() < 0.7) sha = `sha-${r}`
    const branch = rand() < 0.7 ? 'main' : rand() < 0.7 ? 'feature/a' : null
    // failures cluster in the days before some incidents
    const hot = new Set(
      incidents.filter((inc, i) => inc.component && i % 4 !== 3 && /checkout|auth|search/i.test(inc.component) && (Date.parse(inc.detected_at) - Date.parse(T0)) / DAY - day < 6 && (Date.parse(inc.detected_at) - Date.parse(T0)) / DAY > day).map((inc) => inc.component!.trim().toLowerCase())
    )
    const results: Record<string, Result> = {}
    for (const s of specs) {
      const from = s.introDay + (branch === 'main' ? s.mainDelay : 0)
      if (day < from || day >= s.retireDay) continue
      const p = hot.has(s.tags.component.trim().toLowerCase()) && s.failP > 0.005 ? 0.25 : s.failP
      const roll = rand()
      results[s.nodeid] = roll < p ? (rand() < 0.2 ? 'error' : 'failed') : roll < p + 0.01 && s.failP > 0 ? { o: 'passed', reruns: 1 } : rand() < 0.02 ? 'skipped' : 'passed'
    }
    builder.run(`run-${String(r).padStart(3, '0')}`, plusDays(T0, day), { sha, branch }, results)
  })
  return { builder, tags, incidents }
}

// ---------------------------------------------------------------- the brute-force reference

const key = (s: string): string => s.trim().toLowerCase()
const r2 = (x: number): number => Math.round(x * 100 + 1e-9) / 100
const isFail = (r: { o: string; reruns: number }): boolean => r.o === 'failed' || r.o === 'error' || r.reruns > 0

export type Reference = ReturnType<typeof reference>

export function reference(sc: Scenario, branches: string[] | null) {
  const now = Date.parse(NOW)
  const W = WINDOW * DAY
  const runs = [...sc.builder.raw].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1))
  const allowed = (r: RawRun): boolean => branches === null || branches.includes(r.branch ?? '')
  const used = runs.filter(allowed)
  const nodeids = [...new Set(used.flatMap((r) => Object.keys(r.results)))].sort()
  const firstSeen = new Map<string, number>()
  const lastSeen = new Map<string, number>()
  const failTimes = new Map<string, number[]>()
  for (const r of used) {
    const t = Date.parse(r.at)
    for (const [id, res] of Object.entries(r.results)) {
      if (!firstSeen.has(id)) firstSeen.set(id, t)
      lastSeen.set(id, t)
      if (isFail(res)) {
        const list = failTimes.get(id) ?? []
        for (let i = 0; i < res.reruns + (res.o === 'failed' || res.o === 'error' ? 1 : 0); i++) list.push(t)
        failTimes.set(id, list)
      }
    }
  }
  const comp = (id: string): string => key(sc.tags.get(id)!.component)
  const mode = (id: string): string => key(sc.tags.get(id)!.failure_mode ?? 'general')

  const classified = sc.incidents
    .filter((i) => i.component !== null && i.component.trim() !== '')
    .sort((a, b) => Date.parse(a.detected_at) - Date.parse(b.detected_at) || (a.id < b.id ? -1 : 1))
  const perIncident = classified.map((inc) => {
    const d = Date.parse(inc.detected_at)
    const inComponent = nodeids.filter((id) => comp(id) === key(inc.component!))
    const covering = inComponent.filter((id) => firstSeen.get(id)! <= d)
    const failing = covering.filter((id) => (failTimes.get(id) ?? []).some((t) => t >= d - W && t < d))
    const gap = covering.length === 0 ? 'no_test_coverage' : failing.length === 0 ? 'tests_pass_but_incident_occurred' : null
    let closer: string | null = null
    if (gap) {
      for (const id of nodeids) {
        const tag = sc.tags.get(id)!
        const matches = (tag.incident && key(tag.incident) === key(inc.id)) || (comp(id) === key(inc.component!) && mode(id) === key(inc.failure_mode))
        if (!matches || firstSeen.get(id)! <= d) continue
        if (closer === null || firstSeen.get(id)! < firstSeen.get(closer)!) closer = id
      }
    }
    const c = inc.component!.trim()
    return {
      incident_id: inc.id,
      component: c,
      total_component_tests: inComponent.length,
      covering_test_count: covering.length,
      tests_failing_before_incident: failing.length,
      was_predictable: failing.length > 0,
      failing_tests: failing,
      failure_mode_covered: covering.some((id) => mode(id) === key(inc.failure_mode)),
      gap_type: gap,
      gap_closed_by: closer,
      gap_closure_days: closer === null ? null : r2((firstSeen.get(closer)! - d) / DAY),
      recommendation:
        gap === 'no_test_coverage'
          ? `Add tests for ${c} ${inc.failure_mode}`
          : gap
            ? `Tests for ${c} may not cover the ${inc.failure_mode} failure mode`
            : 'Investigate why failing tests were not acted upon'
    }
  })

  // flaky (CONTRACT.md, README "Where the contract is silent": only runs on the analysed branches
  // count, for flakiness too): among the analysed runs of (now - 90 d, now], the test passed and
  // failed on one sha, or a run of it holds a `rerun` entry (failed, then passed on the same code)
  const since = now - 90 * DAY
  const outcomesOnSha = new Map<string, Set<'pass' | 'fail'>>()
  const flakySet = new Set<string>()
  for (const r of used) {
    const t = Date.parse(r.at)
    if (t <= since || t > now) continue
    for (const [id, res] of Object.entries(r.results)) {
      if (res.reruns > 0) flakySet.add(id)
      if (!r.sha) continue
      const cls = res.o === 'passed' ? 'pass' : res.o === 'failed' || res.o === 'error' ? 'fail' : null
      if (cls === null) continue
      const k = `${id}\u0000${r.sha}`
      const seen = outcomesOnSha.get(k) ?? new Set()
      outcomesOnSha.set(k, seen.add(cls))
      if (seen.size === 2) flakySet.add(id)
    }
  }
  const flaky = nodeids.filter((id) => flakySet.has(id))

  const incidentComponents = new Set(classified.map((i) => key(i.component!)))
  const active = nodeids.filter((id) => lastSeen.get(id)! >= now - 30 * DAY)
  const quiet = active.filter(
    (id) => firstSeen.get(id)! <= now - 180 * DAY && !(failTimes.get(id) ?? []).some((t) => t > now - 180 * DAY && t <= now)
  )
  const dead = quiet.filter((id) => !incidentComponents.has(comp(id)))

  const loadBearing = [...new Set(perIncident.flatMap((p) => p.failing_tests))].sort().map((id) => {
    const preceded = perIncident.filter((p) => p.failing_tests.includes(id))
    const n = classified.filter((i) => key(i.component!) === comp(id) && Date.parse(i.detected_at) >= firstSeen.get(id)!).length
    // p0 by brute force: every UTC day from first_seen's to now's, check its window for a failure
    let days = 0
    let counted = 0
    for (let day = Math.floor(firstSeen.get(id)! / DAY); day <= Math.floor(now / DAY); day++) {
      days++
      const end = (day + 1) * DAY
      if ((failTimes.get(id) ?? []).some((t) => t >= end - W && t < end)) counted++
    }
    const p0 = Math.min(Math.max(counted / days, 1 / (2 * days)), 1 - 1 / (2 * days))
    let pValue = 0
    for (let k = preceded.length; k <= n; k++) {
      let choose = 1
      for (let j = 1; j <= k; j++) choose = (choose * (n - k + j)) / j
      pValue += choose * p0 ** k * (1 - p0) ** (n - k)
    }
    return { nodeid: id, incidents: preceded.map((p) => p.incident_id), a: preceded.length, n, p0, p_value: pValue, days, days_with_failure_window: counted }
  })

  const closures = perIncident.map((p) => p.gap_closure_days).filter((x): x is number => x !== null).sort((a, b) => a - b)
  const median = closures.length === 0 ? null : closures.length % 2 ? closures[closures.length >> 1] : (closures[closures.length / 2 - 1] + closures[closures.length / 2]) / 2
  const pct = (a: number, b: number): number | null => (b === 0 ? null : r2((a / b) * 100))
  const gaps = perIncident.filter((p) => p.gap_type !== null)
  return {
    perIncident,
    gaps,
    flaky,
    dead,
    loadBearing,
    counts: { tests: nodeids.length, runs: used.length },
    metrics: {
      incident_coverage_rate: pct(perIncident.filter((p) => p.covering_test_count > 0).length, perIncident.length),
      prediction_rate: pct(perIncident.filter((p) => p.was_predictable).length, perIncident.length),
      test_gap_closure_days: median === null ? null : r2(median),
      dead_weight_ratio: pct(quiet.length, active.length),
      tests_added_last_quarter: nodeids.filter((id) => firstSeen.get(id)! > now - 90 * DAY && firstSeen.get(id)! <= now).length,
      tests_added_previous_quarter: nodeids.filter((id) => firstSeen.get(id)! > now - 180 * DAY && firstSeen.get(id)! <= now - 90 * DAY).length,
      active_test_count: active.length,
      quiet_test_count: quiet.length,
      dead_weight_count: dead.length,
      closed_gap_count: closures.length
    },
    coverage_percentage: perIncident.length === 0 ? 100 : r2(((perIncident.length - gaps.length) / perIncident.length) * 100)
  }
}

export function compare(findings: Findings, ref: Reference): void {
  expect(findings.incidents.map((i) => ({
    incident_id: i.incident_id,
    component: i.component,
    total_component_tests: i.total_component_tests,
    covering_test_count: i.covering_test_count,
    tests_failing_before_incident: i.tests_failing_before_incident,
    was_predictable: i.was_predictable,
    failing_tests: i.failing_tests,
    failure_mode_covered: i.failure_mode_covered,
    gap_type: i.gap_type,
    gap_closed_by: i.gap_closed_by,
    gap_closure_days: i.gap_closure_days,
    recommendation: i.recommendation
  }))).toEqual(ref.perIncident)
  expect(findings.coverage_gaps.map((g) => [g.incident, g.component, g.failure_mode, g.gap_type, g.recommendation])).toEqual(
    ref.gaps.map((g) => [g.incident_id, g.component, sourceMode(findings, g.incident_id), g.gap_type, g.recommendation])
  )
  expect(findings.incident_count).toBe(ref.perIncident.length)
  expect(findings.gap_count).toBe(ref.gaps.length)
  expect(findings.coverage_percentage).toBe(ref.coverage_percentage)
  expect(findings.dead_weight_tests).toEqual(ref.dead)
  // the contract's metrics (the confidence layer's extras are checked against planted truth instead)
  expect(Object.fromEntries(Object.keys(ref.metrics).map((k) => [k, findings.metrics[k as keyof typeof ref.metrics]]))).toEqual(ref.metrics)
  expect(findings.test_count).toBe(ref.counts.tests)
  expect(findings.run_count).toBe(ref.counts.runs)
  expect(findings.load_bearing_tests).toEqual(ref.loadBearing.map((l) => l.nodeid))
  findings.load_bearing.forEach((l, i) => {
    const want = ref.loadBearing[i]
    expect([l.nodeid, l.incidents, l.a, l.n, l.days, l.days_with_failure_window]).toEqual([want.nodeid, want.incidents, want.a, want.n, want.days, want.days_with_failure_window])
    expect(l.p0).toBeCloseTo(want.p0, 12)
    expect(Math.abs(l.p_value - want.p_value)).toBeLessThanOrEqual(1e-9 * Math.max(want.p_value, 1e-300))
  })
  // last, so that a disagreement here does not hide one in the fields above
  expect(findings.flaky_tests).toEqual(ref.flaky)
}

export const sourceMode = (f: Findings, id: string): string => f.incidents.find((i) => i.incident_id === id)!.failure_mode
