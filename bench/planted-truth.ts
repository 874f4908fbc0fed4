/**
 * A simulated suite with planted ground truth, to measure how far the verdicts can be trusted
 * (issue "Verdicts a team can trust"): which tests really warned before an incident, which are
 * flaky, which merely fail now and then. The defaults follow the issue: 600 tests in 12
 * components, 2 runs a day for 240 days, 30 incidents, about 2 % flaky tests failing a quarter of
 * their runs, a fifth of the tests with a 0.05-0.3 % chance of failing any run, and a real
 * precursor (a breakage that fails 1-3 consecutive runs in the week before) before about 45 % of
 * the incidents. Some incidents come in clusters (a follow-up of the same component within hours
 * to three days); some tests move to another component, some are renamed (a parametrize id
 * change); re-runs of failing commits can be switched on.
 *
 * The rollup is built directly (not through the store), in the shape the store writes: failures
 * carry the component and failure mode of their run, flaky entries pair a pass and a failure of
 * one sha.
 */
import type { FailureEntry, FlakyEntry, Rollup, RunIndexEntry, TestRollup } from '../src/history/types.js'
import type { Incident } from '../src/incidents/types.js'
import type { Findings } from '../src/analysis/types.js'
import { newTest } from '../src/history/rollup.js'
import { seededRandom } from './prng.js'

const DAY = 86_400_000
export const PLANTED_START = Date.parse('2025-01-01T00:00:00Z')

export interface PlantedOptions {
  seed: number
  tests?: number
  components?: number
  days?: number
  runsPerDay?: number
  incidents?: number
  flakyShare?: number
  flakyFailRate?: number
  baseShare?: number
  precursorShare?: number
  /** re-run a failing commit (same sha) half of the time */
  reruns?: boolean
  windowDays?: number
}

export interface PlantedTruth {
  /** final nodeids of the tests planted as real precursors */
  precursors: Set<string>
  /** final nodeids of the flaky tests that ran in the last `flakyDays` */
  flaky: Set<string>
  /** every final nodeid */
  tests: Set<string>
  /** incident id -> it had a planted precursor failure in its window */
  predicted: Map<string, boolean>
  /** old nodeid -> new nodeid of the renamed tests */
  renames: Map<string, string>
  moved: Set<string>
}

export interface PlantedSuite {
  rollup: Rollup
  incidents: Incident[]
  now: Date
  truth: PlantedTruth
}

interface Spec {
  id: number
  nodeid: string
  /** nodeid after `renameAt` (a parametrize id change), or null */
  renamedTo: string | null
  renameAt: number
  component: number
  /** component after `moveAt`, or -1 */
  movedTo: number
  moveAt: number
  mode: string
  from: number
  to: number
  failRate: number
  flaky: boolean
}

const MODES = ['timeout', 'race', 'data', 'general']

export function plantedSuite(options: PlantedOptions): PlantedSuite {
  const o = {
    tests: 600,
    components: 12,
    days: 240,
    runsPerDay: 2,
    incidents: 30,
    flakyShare: 0.02,
    flakyFailRate: 0.25,
    baseShare: 0.2,
    precursorShare: 0.45,
    reruns: false,
    windowDays: 7,
    ...options
  }
  const rand = seededRandom(o.seed)
  const end = PLANTED_START + o.days * DAY
  const W = o.windowDays * DAY
  const comp = (c: number): string => `comp${String(c).padStart(2, '0')}`

  // ---- tests
  const specs: Spec[] = []
  for (let i = 0; i < o.tests; i++) {
    const component = i % o.components
    const late = rand() < 0.15
    const flaky = rand() < o.flakyShare
    const retire = !flaky && rand() < 0.05
    const from = late ? PLANTED_START + rand() * 0.8 * o.days * DAY : PLANTED_START
    const to = retire ? from + rand() * (end - from) : end + 1
    const moved = !flaky && rand() < 0.02
    const renamed = !flaky && rand() < 0.01
    specs.push({
      id: i,
      nodeid: `tests/${comp(component)}/test_m${i % 7}.py::test_case_${i}${renamed ? '[old-id]' : ''}`,
      renamedTo: renamed ? `tests/${comp(component)}/test_m${i % 7}.py::test_case_${i}[new-id]` : null,
      renameAt: from + rand() * (Math.min(to, end) - from),
      component,
      movedTo: moved ? (component + 1 + Math.floor(rand() * (o.components - 1))) % o.components : -1,
      moveAt: from + rand() * (Math.min(to, end) - from),
      mode: MODES[i % MODES.length],
      from,
      to,
      failRate: flaky ? o.flakyFailRate : rand() < o.baseShare ? 0.0005 + rand() * 0.0025 : 0,
      flaky
    })
  }
  const finalName = (s: Spec): string => s.renamedTo ?? s.nodeid
  const nameAt = (s: Spec, t: number): string => (s.renamedTo !== null && t >= s.renameAt ? s.renamedTo : s.nodeid)
  const componentAt = (s: Spec, t: number): number => (s.movedTo >= 0 && t >= s.moveAt ? s.movedTo : s.component)

  // ---- runs (times only; a re-run follows a failing run later)
  const runTimes: number[] = []
  for (let d = 0; d < o.days; d++) {
    for (let k = 0; k < o.runsPerDay; k++) runTimes.push(PLANTED_START + d * DAY + ((k + rand()) / o.runsPerDay) * DAY)
  }
  runTimes.sort((a, b) => a - b)

  // ---- incidents: primaries at random, some followed by a clustered follow-up of the same component
  interface Planted { id: string; component: number; at: number; primary: boolean }
  const planted: Planted[] = []
  let n = 0
  while (planted.length < o.incidents) {
    const at = PLANTED_START + (o.windowDays + 3 + rand() * (o.days - o.windowDays - 4)) * DAY
    const component = Math.floor(rand() * o.components)
    planted.push({ id: `INC-${++n}`, component, at, primary: true })
    if (rand() < 0.2 && planted.length < o.incidents) {
      const gap = rand() < 0.5 ? rand() * 5 * 3_600_000 : rand() * 3 * DAY
      planted.push({ id: `INC-${++n}`, component, at: Math.min(at + gap, end - 1), primary: false })
    }
  }

  // ---- precursors: a test of the component breaks in the week before, for 1-3 consecutive runs
  /** spec id -> run indexes at which it really fails */
  const breaks = new Map<number, Set<number>>()
  const precursors = new Set<string>()
  const precursorRuns: Array<{ spec: Spec; at: number[] }> = []
  for (const inc of planted) {
    if (!inc.primary || rand() >= o.precursorShare) continue
    const candidates = specs.filter((s) => !s.flaky && componentAt(s, inc.at - W) === inc.component && componentAt(s, inc.at) === inc.component && s.from < inc.at - W && s.to > inc.at)
    if (candidates.length === 0) continue
    const spec = candidates[Math.floor(rand() * candidates.length)]
    const inWindow = runTimes.map((t, i) => [t, i] as const).filter(([t]) => t >= inc.at - W && t < inc.at)
    if (inWindow.length === 0) continue
    const length = rand() < 0.6 ? 1 : rand() < 0.6 ? 2 : 3
    const first = Math.floor(rand() * inWindow.length)
    const set = breaks.get(spec.id) ?? new Set<number>()
    const at: number[] = []
    for (let k = first; k < Math.min(first + length, inWindow.length); k++) {
      set.add(inWindow[k][1])
      at.push(inWindow[k][0])
    }
    breaks.set(spec.id, set)
    precursors.add(finalName(spec))
    precursorRuns.push({ spec, at })
  }

  // ---- outcomes, run by run
  const runs: RunIndexEntry[] = []
  const tests: Record<string, TestRollup> = {}
  const shaOutcomes = new Map<string, Array<{ run: string; fail: boolean }>>()
  const iso = (ms: number): string => new Date(ms).toISOString()
  const record = (runId: string, at: number, sha: string, spec: Spec, fail: boolean): void => {
    const name = nameAt(spec, at)
    const c = comp(componentAt(spec, at))
    const t = (tests[name] ??= newTest([name, c, spec.mode, null, 'markers', name.split('::')[0], 10 + (spec.id % 50)]))
    t.component = c
    const when = iso(at)
    const seen = (t.seen.main ??= { first: when, last: when, runs: 0 })
    seen.last = when
    seen.runs++
    const ran = (t.ran!.main ??= { first: when, last: when, runs: 0 })
    ran.last = when
    ran.runs++
    const outcome = fail ? 'failed' : 'passed'
    t.counts[outcome] = (t.counts[outcome] ?? 0) + 1
    if (fail) t.failures.push([when, runId, 'failed', c, spec.mode] as FailureEntry)
    const key = `${name}\u0000${sha}`
    const earlier = shaOutcomes.get(key) ?? []
    for (const e of earlier) if (e.fail !== fail) t.flaky.push([when, runId, sha, e.run] as FlakyEntry)
    earlier.push({ run: runId, fail })
    shaOutcomes.set(key, earlier)
  }
  runTimes.forEach((time, r) => {
    const sha = `c${r}`
    const attempt = (at: number, suffix: string, realOnly: boolean): boolean => {
      const id = `${iso(at).replace(/[-:.]/g, '')}-${r}${suffix}`
      let count = 0
      let anyFail = false
      for (const s of specs) {
        if (at < s.from || at >= s.to) continue
        count++
        const real = breaks.get(s.id)?.has(r) ?? false
        const fail = real || rand() < s.failRate
        anyFail ||= fail
        record(id, at, sha, s, fail)
      }
      runs.push({ id, created: iso(at), sha, branch: 'main', event: 'push', build_id: id, file: `runs/${id}.json`, summary: { total: count } })
      return anyFail && !realOnly
    }
    // a failing commit is re-run (same sha) half of the time when re-runs are on
    if (attempt(time, '', false) && o.reruns && rand() < 0.5) attempt(time + 1_800_000, '-rerun', false)
  })
  runs.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : 1))

  const incidents: Incident[] = planted.map((p) => ({
    id: p.id,
    title: `Incident ${p.id}`,
    url: null,
    component: comp(p.component),
    failure_mode: MODES[p.id.length % MODES.length],
    detected_at: iso(p.at),
    started_at: null,
    resolved_at: null,
    issue_number: null,
    source: 'incidents.json',
    problems: []
  }))
  const predicted = new Map<string, boolean>()
  for (const p of planted) {
    predicted.set(
      p.id,
      precursorRuns.some((pr) => componentAt(pr.spec, p.at - 1) === p.component && pr.at.some((t) => t >= p.at - W && t < p.at))
    )
  }
  const now = new Date(end)
  const flakySince = end - 90 * DAY
  return {
    rollup: { schema_version: 1, updated_at: runs[runs.length - 1].created, runs, tests },
    incidents,
    now,
    truth: {
      precursors,
      flaky: new Set(specs.filter((s) => s.flaky && s.to > flakySince).map(finalName)),
      tests: new Set(Object.keys(tests).filter((name) => !specs.some((s) => s.renamedTo !== null && s.nodeid === name))),
      predicted,
      renames: new Map(specs.filter((s) => s.renamedTo !== null).map((s) => [s.nodeid, s.renamedTo as string])),
      moved: new Set(specs.filter((s) => s.movedTo >= 0).map(finalName))
    }
  }
}

/** How the findings score against the planted truth. */
export interface PlantedScore {
  predictive: number
  truePredictive: number
  falsePredictive: number
  expectedFalsePredictive: number
  precursors: number
  precision: number
  recall: number
  flakyTrue: number
  flakyFound: number
  /** share of the true flaky tests found */
  flakyRecall: number
  falseFlaky: number
  /** others called flaky by the flip-rate rule (the contract's same-sha rule left aside) */
  falseFlakyByFlipRate: number
  /** share of the other tests called flaky */
  falseFlakyRate: number
  predictedIncidentRate: number
  truePredictedRate: number
  predictionRateByChance: number
  /** the seed's prediction_rate, for comparison */
  predictionRate: number
  /** old load_bearing_tests precision (the seed's answer) */
  loadBearingPrecision: number
}

export function scorePlanted(findings: Findings, truth: PlantedTruth): PlantedScore {
  const predictive = findings.predictive_tests
  const truePredictive = predictive.filter((t) => truth.precursors.has(t)).length
  const flaky = new Set(findings.flaky.map((f) => f.nodeid))
  const flakyFound = [...truth.flaky].filter((t) => flaky.has(t)).length
  const falseFlaky = [...flaky].filter((t) => !truth.flaky.has(t) && truth.tests.has(t)).length
  const others = [...truth.tests].filter((t) => !truth.flaky.has(t)).length
  const counted = findings.incidents.map((i) => i.incident_id)
  const truePredicted = counted.filter((id) => truth.predicted.get(id)).length
  const lb = findings.load_bearing_tests
  return {
    predictive: predictive.length,
    truePredictive,
    falsePredictive: predictive.length - truePredictive,
    expectedFalsePredictive: findings.expected_false_predictive,
    precursors: truth.precursors.size,
    precision: predictive.length === 0 ? 1 : truePredictive / predictive.length,
    recall: truth.precursors.size === 0 ? 1 : truePredictive / truth.precursors.size,
    flakyTrue: truth.flaky.size,
    flakyFound,
    flakyRecall: truth.flaky.size === 0 ? 1 : flakyFound / truth.flaky.size,
    falseFlaky,
    falseFlakyByFlipRate: findings.flaky.filter((f) => f.reason.includes('flip_rate') && !truth.flaky.has(f.nodeid) && truth.tests.has(f.nodeid)).length,
    falseFlakyRate: others === 0 ? 0 : falseFlaky / others,
    predictedIncidentRate: findings.metrics.predicted_incident_rate ?? 0,
    truePredictedRate: counted.length === 0 ? 0 : (truePredicted / counted.length) * 100,
    predictionRateByChance: findings.metrics.prediction_rate_by_chance ?? 0,
    predictionRate: findings.metrics.prediction_rate ?? 0,
    loadBearingPrecision: lb.length === 0 ? 1 : lb.filter((t) => truth.precursors.has(t)).length / lb.length
  }
}
