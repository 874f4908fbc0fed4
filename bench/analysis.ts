/**
 * Benchmark of the analysis engine (src/analysis) on a generated history: the full `analyze` on
 * 10,000 tests x 1,000 runs x 500 incidents, against the seed's nested-loop algorithm
 * (bench/seed-baseline.ts) computing the same per-incident answer, and the growth of the time when
 * tests, runs or incidents double. The rollup is written to the work directory and read back with
 * JSON.parse, so the engine sees the strings a real rollup.json gives it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import * as path from 'node:path'
import { analyze, type Findings } from '../src/analysis/index.js'
import type { FailureEntry, FlakyEntry, Rollup, RunIndexEntry, TestRollup } from '../src/history/types.js'
import type { Incident } from '../src/incidents/types.js'
import { seedBaseline } from './seed-baseline.js'
import { median, type BenchFigure, type BenchModule } from './types.js'

const DAY = 86_400_000
const START = Date.parse('2025-01-01T00:00:00Z')
const SPAN_DAYS = 365
const COMPONENTS = 50
const MODES = ['timeout', 'race', 'data_loss', 'gateway_5xx', 'general']
const REPEATS = 5
/** enough to absorb the JIT and the collection of the generator's garbage */
const WARM_UPS = 5
/** test modules per component: a burst breaks one of them */
const MODULES = 20

function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Size {
  tests: number
  runs: number
  incidents: number
}

/**
 * A year of history: components of uneven size (the first ones big), most tests present from the
 * start, some added or retired later, failures mostly in bursts of a component (a broken area for
 * 1-3 days, often followed by an incident), a low background rate, a few flaky tests re-run on the
 * same sha, 80 % of runs on main.
 */
export function generate(size: Size, seed = 7): { rollup: Rollup; incidents: Incident[] } {
  const rand = prng(seed)
  const iso = (ms: number): string => new Date(ms).toISOString()
  const runTimes = Array.from({ length: size.runs }, () => START + rand() * SPAN_DAYS * DAY).sort((a, b) => a - b)
  let sha = 'c0'
  const runs: RunIndexEntry[] = runTimes.map((t, i) => {
    if (rand() < 0.8) sha = `c${i}`
    const branch = rand() < 0.8 ? 'main' : `feature/${i % 7}`
    const id = `${iso(t).replace(/[-:.]/g, '')}-${i}`
    return { id, created: iso(t), sha, branch, event: 'push', build_id: String(i), file: `runs/${id}.json`, summary: { total: size.tests } }
  })

  // bursts: per component, a few periods in which the tests of one of its modules fail often
  const componentOf = (): number => Math.min(COMPONENTS - 1, Math.floor(COMPONENTS * rand() ** 1.6))
  const bursts: Array<{ from: number; to: number; module: number }[]> = Array.from({ length: COMPONENTS }, () =>
    Array.from({ length: 6 }, () => {
      const from = START + rand() * SPAN_DAYS * DAY
      return { from, to: from + (1 + rand() * 2) * DAY, module: Math.floor(rand() * MODULES) }
    })
  )
  const incidents: Incident[] = []
  for (let i = 0; i < size.incidents; i++) {
    // a few incidents hit services no test is tagged with; the smallest 5 services never had one
    const c = rand() < 0.05 ? COMPONENTS + Math.floor(rand() * 5) : Math.min(COMPONENTS - 6, componentOf())
    // two in three incidents follow one of the component's bursts; the rest come out of the blue
    const burst = (bursts[c] ?? bursts[0])[Math.floor(rand() * 6)]
    const detected = rand() < 0.67 ? burst.to + rand() * 3 * DAY : START + rand() * SPAN_DAYS * DAY
    incidents.push({
      id: `INC-${i}`,
      title: `Incident ${i}`,
      url: null,
      component: `service-${c}`,
      failure_mode: MODES[Math.floor(rand() * MODES.length)],
      detected_at: iso(detected),
      started_at: null,
      resolved_at: null,
      issue_number: null,
      source: 'bench',
      problems: []
    })
  }

  const tests: Record<string, TestRollup> = {}
  for (let n = 0; n < size.tests; n++) {
    const c = componentOf()
    const firstRun = rand() < 0.7 ? 0 : Math.floor(rand() * size.runs)
    const lastRun = rand() < 0.05 ? firstRun + Math.floor(rand() * (size.runs - firstRun)) : size.runs - 1
    const flaky = rand() < 0.02
    const base = rand() < 0.8 ? 0 : 0.001
    const failures: FailureEntry[] = []
    const flakyEntries: FlakyEntry[] = []
    const seen: TestRollup['seen'] = {}
    for (let r = firstRun; r <= lastRun; r++) {
      const run = runs[r]
      const branch = run.branch ?? ''
      const presence = (seen[branch] ??= { first: run.created, last: run.created, runs: 0 })
      presence.last = run.created
      presence.runs++
      const t = runTimes[r]
      const inBurst = bursts[c].some((b) => b.module === n % MODULES && t >= b.from && t < b.to)
      const p = inBurst ? 0.3 : flaky ? 0.03 : base
      if (rand() < p) {
        failures.push([run.created, run.id, 'failed'])
        if (flaky && run.sha) flakyEntries.push([run.created, run.id, run.sha])
      }
    }
    const nodeid = `tests/service_${c}/test_module_${n % MODULES}.py::test_case_${n}`
    tests[nodeid] = {
      component: `service-${c}`,
      failure_mode: MODES[n % MODES.length],
      incident: rand() < 0.01 ? `INC-${Math.floor(rand() * size.incidents)}` : null,
      tag_source: 'markers',
      file: `tests/service_${c}/test_module_${n % MODULES}.py`,
      line: 10 + (n % 300),
      seen,
      counts: { passed: 0, failed: failures.length },
      failures,
      flaky: flakyEntries,
      duration_ms: null
    }
  }
  return { rollup: { schema_version: 1, updated_at: runs.at(-1)?.created ?? null, runs, tests }, incidents }
}

/** Writes the rollup as rollup.json and reads it back, as the engine gets it from the data branch. */
function roundTrip(workDir: string, name: string, rollup: Rollup): Rollup {
  const file = path.join(workDir, `${name}.rollup.json`)
  writeFileSync(file, JSON.stringify(rollup))
  return JSON.parse(readFileSync(file, 'utf8')) as Rollup
}

interface Timing {
  /** wall clock */
  wallMs: number
  /** CPU time of the process (user + system, every thread: includes the GC's helpers) */
  cpuMs: number
}

function time(fn: () => unknown): Timing {
  const cpu0 = process.cpuUsage()
  const t0 = process.hrtime.bigint()
  fn()
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6
  const cpu = process.cpuUsage(cpu0)
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 }
}

function medianTiming(fn: () => unknown, repeats = REPEATS, warmUps = WARM_UPS): Timing {
  for (let i = 0; i < warmUps; i++) fn() // JIT, the log-factorial cache, leftover garbage
  const runs = Array.from({ length: repeats }, () => time(fn))
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)) }
}

/** Two workloads measured alternately, so a change of machine load hits both alike. */
function medianPair(a: () => unknown, b: () => unknown): [number, number] {
  for (let i = 0; i < WARM_UPS; i++) {
    a()
    b()
  }
  const as: number[] = []
  const bs: number[] = []
  for (let i = 0; i < REPEATS; i++) {
    as.push(time(a).wallMs)
    bs.push(time(b).wallMs)
  }
  return [median(as), median(bs)]
}

const NOW = new Date(START + SPAN_DAYS * DAY)
const runEngine = (rollup: Rollup, incidents: Incident[]): Findings => analyze(rollup, incidents, { now: NOW })

/** The baseline's answers must be the engine's, or the comparison means nothing. */
function sameAnswers(findings: Findings, rollup: Rollup, incidents: Incident[]): boolean {
  const byId = new Map(findings.incidents.map((i) => [i.incident_id, i]))
  return seedBaseline(rollup, incidents, 7).every((b) => {
    const e = byId.get(b.incident_id)
    return (
      e !== undefined &&
      e.covering_test_count === b.covering_test_count &&
      e.gap_type === b.gap_type &&
      e.gap_closed_by === b.gap_closed_by &&
      e.gap_closure_days === b.gap_closure_days &&
      JSON.stringify(e.failing_tests) === JSON.stringify(b.failing_tests)
    )
  })
}

const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`)

const bench: BenchModule = async (opts) => {
  const base: Size = opts.quick ? { tests: 1000, runs: 100, incidents: 50 } : { tests: 10_000, runs: 1000, incidents: 500 }
  const dir = path.join(opts.workDir, 'analysis')
  mkdirSync(dir, { recursive: true })
  const notes: string[] = []
  const figures: BenchFigure[] = []

  const main = generate(base)
  const rollup = roundTrip(dir, 'base', main.rollup)
  main.rollup = rollup // let the generated copy go
  const engine = medianTiming(() => runEngine(rollup, main.incidents))
  const engineMs = engine.wallMs
  const findings = runEngine(rollup, main.incidents)
  const failureCount = Object.values(rollup.tests).reduce((sum, t) => sum + t.failures.length, 0)
  figures.push({
    name: `analyze ${base.tests} tests x ${base.runs} runs x ${base.incidents} incidents`,
    value: `${fmt(engineMs)} (median of ${REPEATS}; CPU time ${fmt(engine.cpuMs)})`,
    target: opts.quick ? undefined : '< 1 s',
    met: opts.quick ? undefined : engineMs < 1000
  })

  // the baseline on a slice of the incidents when the whole takes too long; its cost is linear in incidents
  const sliceSize = opts.quick ? base.incidents : Math.max(10, Math.round(base.incidents / 10))
  const slice = main.incidents.slice(0, sliceSize)
  const baselineSlice = medianTiming(() => seedBaseline(rollup, slice, 7), opts.quick ? REPEATS : 3, 1)
  const baselineSliceMs = baselineSlice.wallMs
  const baselineMs = baselineSliceMs * (base.incidents / sliceSize)
  const baselineCpuMs = baselineSlice.cpuMs * (base.incidents / sliceSize)
  const speedup = baselineMs / engineMs
  figures.push({
    name: 'seed nested-loop baseline, same per-incident answer',
    value:
      sliceSize === base.incidents
        ? `${fmt(baselineMs)} (median of ${REPEATS})`
        : `${fmt(baselineMs)} (extrapolated from ${sliceSize} of ${base.incidents} incidents: ${fmt(baselineSliceMs)}, median of 3)`
  })
  figures.push({
    name: 'engine speed-up over the baseline',
    value: `${speedup.toFixed(0)}x wall clock (${(baselineCpuMs / engine.cpuMs).toFixed(0)}x in CPU time)`,
    target: opts.quick ? undefined : '>= 50x',
    met: opts.quick ? undefined : speedup >= 50
  })
  const agree = sameAnswers(findings, rollup, slice)
  notes.push(`Baseline and engine give identical per-incident answers on the measured incidents: ${agree ? 'yes' : 'NO'}.`)

  for (const [label, size] of [
    ['tests', { ...base, tests: base.tests * 2 }],
    ['runs', { ...base, runs: base.runs * 2 }],
    ['incidents', { ...base, incidents: base.incidents * 2 }]
  ] as const) {
    const doubled = generate(size)
    const doubledRollup = roundTrip(dir, label, doubled.rollup)
    const [baseHere, ms] = medianPair(
      () => runEngine(rollup, main.incidents),
      () => runEngine(doubledRollup, doubled.incidents)
    )
    const ratio = ms / baseHere
    figures.push({
      name: `time when ${label} double`,
      value: `${ratio.toFixed(2)}x (${fmt(baseHere)} -> ${fmt(ms)})`,
      target: opts.quick ? undefined : '<= 2x',
      met: opts.quick ? undefined : ratio <= 2
    })
  }
  notes.push(`Load average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min) on ${cpus().length} CPUs.`)

  notes.push(
    `Data: ${base.tests} tests in ${COMPONENTS} components of uneven size, ${base.runs} runs over ${SPAN_DAYS} days (80 % on main), ` +
      `${failureCount} failures (mostly in 1-3 day bursts of a component), ${findings.flaky_tests.length} flaky tests, ` +
      `${findings.load_bearing_tests.length} load-bearing tests, ${findings.gap_count} gaps.`,
    'The engine time covers the whole analyze(): indexing the rollup (parsing each distinct time once), every incident, ' +
      'load-bearing scores (p0, binomial p-value), flaky, dead weight and metrics. The baseline computes only the ' +
      'per-incident answer, so the speed-up understates the difference.'
  )
  if (opts.quick) notes.push('Quick mode: small sizes, figures not comparable with the targets.')
  return {
    title: 'Analysis engine',
    method:
      `Seeded generator (bench/analysis.ts) -> rollup.json written and read back -> analyze() timed with process.hrtime, ` +
      `median of ${REPEATS} after ${WARM_UPS} warm-ups (wall clock, CPU time beside it); each doubling ratio alternates ` +
      'base and doubled runs in the same process so that load changes hit both.',
    figures,
    notes
  }
}

export default bench
