/**
 * A large, deterministic history for the render checks: 3,000 tests in 30 components over 400 daily
 * runs on main, 120 incidents. Planted in it: tests that fail just before incidents of their
 * component, background failures, flaky tests, incidents of components without tests, gaps closed
 * later by tests that carry the incident id, tests that stopped running, and a growing suite. It is
 * built as a rollup directly (the analysis reads nothing else), so it takes milliseconds.
 */
import type { Rollup, TestRollup } from '../../src/history/types.js'
import type { Incident } from '../../src/incidents/types.js'
import type { TestRecord, TestRun } from '../../src/report/types.js'
import { seededRandom as random } from '../../bench/prng.js'

const DAY = 86_400_000
export const START = Date.parse('2025-10-01T06:00:00Z')
export const DAYS = 400
export const NOW = new Date(START + DAYS * DAY)
export const TEST_COUNT = 3000
export const INCIDENT_COUNT = 120


const iso = (ms: number): string => new Date(ms).toISOString()
const runId = (day: number): string => `r${String(day).padStart(4, '0')}`
const sha = (day: number): string => (day * 2654435761).toString(16).padStart(8, '0').repeat(5).slice(0, 40)
const MODES = ['timeout', 'race', 'validation', 'auth', 'general']

export interface LargeHistory {
  rollup: Rollup
  incidents: Incident[]
  /** the last run, as the report reader would give it */
  run: TestRun
}

export function largeHistory(seed = 12): LargeHistory {
  const rand = random(seed)
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]
  const components = Array.from({ length: 30 }, (_, i) => `service-${String(i).padStart(2, '0')}`)
  const tests: Record<string, TestRollup> = {}
  const byComponent = new Map<string, string[]>()
  const firstDay = new Map<string, number>()
  const lastDay = new Map<string, number>()

  for (let i = 0; i < TEST_COUNT; i++) {
    const component = components[i % components.length]
    const mode = MODES[i % MODES.length]
    const file = `tests/${component.replace('-', '_')}/test_${mode}_${Math.floor(i / 150)}.py`
    const nodeid = `${file}::Test${mode[0].toUpperCase()}${mode.slice(1)}::test_${mode}_case_${i}[${pick(['small', 'large', 'empty', 'unicode-payload'])}]`
    // most of the suite exists from the start; the rest arrives over the year
    const first = rand() < 0.7 ? 0 : Math.floor(rand() * (DAYS - 10))
    const last = rand() < 0.08 ? first + Math.floor(rand() * (DAYS - first)) : DAYS - 1
    firstDay.set(nodeid, first)
    lastDay.set(nodeid, last)
    byComponent.set(component, [...(byComponent.get(component) ?? []), nodeid])
    tests[nodeid] = {
      component,
      failure_mode: mode,
      incident: null,
      tag_source: 'markers',
      file,
      line: 10 + (i % 300),
      seen: { main: { first: iso(START + first * DAY), last: iso(START + last * DAY), runs: last - first + 1 } },
      counts: { passed: last - first + 1 },
      failures: [],
      flaky: [],
      duration_ms: 5 + (i % 400)
    }
  }

  const fail = (nodeid: string, day: number): void => {
    const t = tests[nodeid]
    if (day < (firstDay.get(nodeid) ?? 0) || day > (lastDay.get(nodeid) ?? 0)) return
    if (t.failures.some((f) => f[1] === runId(day))) return
    t.failures.push([iso(START + day * DAY), runId(day), 'failed', t.component, t.failure_mode])
    t.counts.failed = (t.counts.failed ?? 0) + 1
    t.counts.passed = (t.counts.passed ?? 0) - 1
  }

  // background failures: one test in ten fails now and then, whatever happens in production
  for (const nodeid of Object.keys(tests)) {
    if (rand() < 0.1) for (let k = 0, n = 1 + Math.floor(rand() * 6); k < n; k++) fail(nodeid, Math.floor(rand() * DAYS))
  }
  // flaky tests: passed and failed on one commit in the last 90 days
  for (const nodeid of Object.keys(tests).filter(() => rand() < 0.03)) {
    for (let k = 0, n = 1 + Math.floor(rand() * 4); k < n; k++) {
      const day = DAYS - 1 - Math.floor(rand() * 80)
      if (day > (lastDay.get(nodeid) ?? 0)) continue
      fail(nodeid, day)
      tests[nodeid].flaky.push([iso(START + day * DAY + 3600_000), `${runId(day)}b`, sha(day), runId(day)])
    }
    tests[nodeid].flaky.sort((a, b) => a[0].localeCompare(b[0]))
  }

  const incidents: Incident[] = []
  for (let k = 0; k < INCIDENT_COUNT; k++) {
    const day = 30 + Math.floor((k * (DAYS - 40)) / INCIDENT_COUNT) + Math.floor(rand() * 3)
    // one in eight in a component no test covers
    const uncovered = k % 8 === 7
    const component = uncovered ? `edge-${k % 3}` : pick(components)
    const mode = pick(MODES)
    const id = `INC-${1000 + k}`
    const detected = START + day * DAY + 12 * 3600_000
    incidents.push({
      id,
      title: `${component} ${mode} incident: customers saw errors for ${1 + (k % 5)} hours`,
      url: `https://tracker.example.com/${id}`,
      component,
      failure_mode: mode,
      detected_at: iso(detected),
      started_at: iso(detected - 3600_000),
      resolved_at: iso(detected + 4 * 3600_000),
      issue_number: null,
      source: 'file',
      problems: []
    })
    if (uncovered) continue
    // a third are preceded by failures of a few of the component's tests (the same tests again and again)
    if (k % 3 === 0) {
      const pool = (byComponent.get(component) ?? []).filter((t) => tests[t].failure_mode === mode)
      for (const nodeid of pool.slice(0, 1 + (k % 3))) for (const back of [1, 3]) fail(nodeid, day - back)
    }
    // some gaps close: a test that carries the incident appears days later
    if (k % 4 === 1 && day + 20 < DAYS) {
      const closeDay = day + 5 + Math.floor(rand() * 15)
      const nodeid = `tests/regressions/test_${id.toLowerCase().replace('-', '_')}.py::test_${mode}_regression`
      tests[nodeid] = {
        component,
        failure_mode: mode,
        incident: id,
        tag_source: 'markers',
        file: nodeid.split('::')[0],
        line: 1,
        seen: { main: { first: iso(START + closeDay * DAY), last: iso(START + (DAYS - 1) * DAY), runs: DAYS - closeDay } },
        counts: { passed: DAYS - closeDay },
        failures: [],
        flaky: [],
        duration_ms: 20
      }
    }
  }
  for (const t of Object.values(tests)) t.failures.sort((a, b) => a[0].localeCompare(b[0]))

  const runs: Rollup['runs'] = Array.from({ length: DAYS }, (_, day) => ({
    id: runId(day),
    created: iso(START + day * DAY),
    sha: sha(day),
    branch: 'main',
    event: 'push',
    build_id: `${day}-1`,
    file: null,
    summary: { total: TEST_COUNT }
  }))
  // the flaky pairs' second runs
  for (const t of Object.values(tests)) {
    for (const f of t.flaky) if (!runs.some((r) => r.id === f[1])) runs.push({ id: f[1], created: f[0], sha: f[2], branch: 'main', event: 'push', build_id: `${f[1]}-2`, file: null, summary: { total: 1 } })
  }
  runs.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id))

  const last = DAYS - 1
  const records: TestRecord[] = Object.entries(tests)
    .filter(([id]) => (lastDay.get(id) ?? last) === last)
    .map(([nodeid, t]) => ({
      nodeid,
      outcome: t.failures.some((f) => f[1] === runId(last)) ? 'failed' : 'passed',
      duration_ms: t.duration_ms ?? 1,
      component: t.component,
      failure_mode: t.failure_mode,
      incident: t.incident,
      tag_source: t.tag_source,
      message: null,
      file: t.file,
      line: t.line,
      reruns: 0
    }))
  const run: TestRun = { meta: { created: iso(START + last * DAY), format: 'pytest-json', files: ['report.json'], exit_code: 1, duration_s: 600, collection_errors: 0 }, tests: records, notices: [] }
  return { rollup: { schema_version: 1, updated_at: iso(START + last * DAY), runs, tests }, incidents, run }
}
