// The readers against the real pytest reports in __fixtures__/reports (MANIFEST.md there):
// each file agrees with its own summary, and one run read from its json, JUnit and reportlog
// forms gives the same tests and outcomes wherever the formats can carry them.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readReportFile, type ReadOptions } from '../../src/report/index.js'
import { OUTCOMES } from '../../src/report/constants.js'
import type { Outcome, TestRun } from '../../src/report/types.js'

const DIR = join(process.cwd(), '__fixtures__', 'reports')
const OPTIONS: ReadOptions = { format: 'auto', componentMap: null, cwd: DIR }
const files = readdirSync(DIR).filter((f) => f !== 'MANIFEST.md')
const jsonFiles = files.filter((f) => f.endsWith('.json') && !f.includes('summary-only'))
const junitFiles = files.filter((f) => f.endsWith('.xml'))
const reportlogFiles = files.filter((f) => f.endsWith('.jsonl'))

const read = (file: string): Promise<TestRun> => readReportFile(file, OPTIONS)

function countOutcomes(run: TestRun): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const t of run.tests) counts[t.outcome] = (counts[t.outcome] ?? 0) + 1
  return counts
}

describe('pytest-json-report fixtures', () => {
  it.each(jsonFiles)('%s: outcome counts equal the report summary, collection errors added', async (file) => {
    const report = JSON.parse(readFileSync(join(DIR, file), 'utf8'))
    const run = await read(file)
    const failedCollectors = (report.collectors ?? []).filter((c: { outcome: string }) => c.outcome === 'failed').length
    const expected: Record<string, number> = {}
    for (const outcome of OUTCOMES) if (report.summary[outcome]) expected[outcome] = report.summary[outcome]
    if (failedCollectors > 0) expected.error = (expected.error ?? 0) + failedCollectors
    expect(countOutcomes(run)).toEqual(expected)
    expect(run.tests).toHaveLength(report.summary.total + failedCollectors)
    expect(run.meta.collection_errors).toBe(failedCollectors)
    expect(run.meta.exit_code).toBe(report.exitcode)
    expect(run.meta.created).toBe(new Date(report.created * 1000).toISOString())
    expect(run.meta.format).toBe('pytest-json')
    // every test object becomes one record with its nodeid and outcome, in file order
    expect(run.tests.slice(0, report.tests.length).map((t) => [t.nodeid, t.outcome])).toEqual(
      report.tests.map((t: { nodeid: string; outcome: string }) => [t.nodeid, t.outcome])
    )
  })

  it('sums the stage durations into duration_ms and gives 1-based lines', async () => {
    const report = JSON.parse(readFileSync(join(DIR, 'markers-demo.exported.pretty.json'), 'utf8'))
    const run = await read('markers-demo.exported.pretty.json')
    const setupError = report.tests.find((t: { nodeid: string }) => t.nodeid.endsWith('test_setup_error'))
    const record = run.tests.find((t) => t.nodeid.endsWith('test_setup_error'))
    expect(setupError.call).toBeUndefined()
    expect(record?.duration_ms).toBeCloseTo((setupError.setup.duration + setupError.teardown.duration) * 1000, 3)
    expect(record?.line).toBe(setupError.lineno + 1)
  })

  it('keeps the crash message of the failing stage, the skip reason and the strict-XPASS text', async () => {
    const run = await read('markers-demo.exported.pretty.json')
    const byName = (name: string) => run.tests.find((t) => t.nodeid.endsWith(name))
    expect(byName('test_payment_timeout_surfaces_error')?.message).toBe('TimeoutError: payment gateway did not answer within 0.01s')
    expect(byName('test_setup_error')?.message).toBe('ConnectionError: db fixture could not connect')
    expect(byName('test_teardown_error')?.message).toBe('RuntimeError: teardown failed to release resource')
    expect(byName('test_static_skip')?.message).toBe('payment sandbox is down')
    expect(byName('test_xpass_strict')?.message).toBe('[XPASS(strict)] CHK-77 must fail')
    expect(byName('test_payment_timeout_is_retried')?.message).toBeNull()
    expect(byName('test_flaky_passes_on_rerun')).toMatchObject({ outcome: 'rerun', reruns: 1 })
  })

  it('reads the skip reason behind the xdist worker line', async () => {
    const run = await read('markers-demo.exported.xdist.pretty.json')
    expect(run.tests.find((t) => t.nodeid.endsWith('test_static_skip'))?.message).toBe('payment sandbox is down')
  })
})

describe('JUnit XML fixtures', () => {
  it.each(junitFiles)('%s: one record per <testcase>, outcomes as its result elements say', async (file) => {
    const xml = readFileSync(join(DIR, file), 'utf8')
    const run = await read(file)
    const count = (pattern: RegExp): number => (xml.match(pattern) ?? []).length
    const xfails = count(/<skipped type="pytest\.xfail"/g)
    const expected: Record<string, number> = {
      failed: count(/<failure /g),
      error: count(/<error /g),
      skipped: count(/<skipped /g) - xfails,
      xfailed: xfails
    }
    expected.passed = count(/<testcase /g) - expected.failed - expected.error - expected.skipped - expected.xfailed
    for (const key of Object.keys(expected)) if (expected[key] === 0) delete expected[key]
    expect(countOutcomes(run)).toEqual(expected)
    // the suite's own counters: failures and errors match; `skipped` counts xfails too;
    // `tests` counts a test that passed its call but errored in teardown twice (FORMATS.md §2)
    const suite = /<testsuite [^>]*errors="(\d+)" failures="(\d+)" skipped="(\d+)" tests="(\d+)"/.exec(xml)
    expect(suite).not.toBeNull()
    const [errors, failures, skipped, tests] = (suite as RegExpExecArray).slice(1).map(Number)
    expect(run.tests.filter((t) => t.outcome === 'failed')).toHaveLength(failures)
    expect(run.tests.filter((t) => t.outcome === 'error')).toHaveLength(errors)
    expect(run.tests.filter((t) => t.outcome === 'skipped' || t.outcome === 'xfailed')).toHaveLength(skipped)
    const teardownErrors = count(/message="failed on teardown with/g)
    expect(run.tests.length + teardownErrors).toBe(tests)
  })

  it('takes properties (record_property) as tags and xunit1 file/line as the nodeid and line', async () => {
    const run = await read('markers-demo.exported.junit-xunit1.xml')
    const gateway = run.tests.find((t) => t.nodeid === 'test_checkout.py::test_gateway_5xx[adyen]')
    expect(gateway).toMatchObject({ component: 'checkout-service', failure_mode: 'gateway_5xx', tag_source: 'user_properties', line: 31 })
    expect(run.tests.find((t) => t.nodeid === 'test_checkout.py::TestRefunds::test_refund_partial')?.component).toBe('refund-service')
  })

  it('reads the zone-aware timestamp of pytest 9 as the end of the run, and says when there is no zone', async () => {
    const pytest9 = await read('markers-demo.exported.pytest9.junit.xml')
    expect(pytest9.meta.created).toBe(new Date(Date.parse('2026-11-24T09:04:28.726354+00:00') + 126).toISOString())
    const pytest7 = await read('markers-demo.exported.junit.xml')
    expect(pytest7.meta.created).toBeNull()
    expect(pytest7.notices.join(' ')).toMatch(/no time zone/)
  })
})

describe('pytest-reportlog fixtures', () => {
  it.each(reportlogFiles)('%s: folds the stage lines into one record per test, as its json twin says', async (file) => {
    const run = await read(file)
    const lines = readFileSync(join(DIR, file), 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    const nodeids = new Set(lines.filter((l) => l.$report_type === 'TestReport').map((l) => l.nodeid))
    const collectErrors = lines.filter((l) => l.$report_type === 'CollectReport' && l.outcome === 'failed').length
    expect(run.tests).toHaveLength(nodeids.size + collectErrors)
    expect(run.meta.exit_code).toBe(lines[lines.length - 1].exitstatus)
    const twin = join(DIR, file.replace('.reportlog.jsonl', '.pretty.json'))
    const report = JSON.parse(readFileSync(twin, 'utf8'))
    const expected: Record<string, number> = {}
    for (const outcome of OUTCOMES) if (report.summary[outcome]) expected[outcome] = report.summary[outcome]
    if (collectErrors > 0) expected.error = (expected.error ?? 0) + collectErrors
    expect(countOutcomes(run)).toEqual(expected)
  })

  it('counts pytest-rerunfailures attempts: failed every time -> failed with reruns', async () => {
    const run = await read('more-itertools-broken-ilen.reruns1.reportlog.jsonl')
    const failed = run.tests.filter((t) => t.outcome === 'failed')
    expect(failed).toHaveLength(6)
    for (const t of failed) expect(t.reruns).toBe(1)
    expect(run.tests.filter((t) => t.reruns > 0)).toHaveLength(6)
  })

  it('gives the run time from pytest 9 start/stop, none from pytest 7', async () => {
    const pytest9 = await read('markers-demo.exported.pytest9.reportlog.jsonl')
    expect(pytest9.meta.created).not.toBeNull()
    expect(pytest9.meta.duration_s).toBeGreaterThan(0)
    expect((await read('markers-demo.exported.reportlog.jsonl')).meta.created).toBeNull()
  })
})

/** The same pytest session written in several formats (MANIFEST.md). */
const SESSIONS: Array<{ json: string; junit?: string; reportlog?: string }> = [
  { json: 'cachetools-7.0.6.pretty.json', junit: 'cachetools-7.0.6.junit.xml', reportlog: 'cachetools-7.0.6.reportlog.jsonl' },
  { json: 'more-itertools-broken-ilen.pretty.json', junit: 'more-itertools-broken-ilen.junit.xml', reportlog: 'more-itertools-broken-ilen.reportlog.jsonl' },
  { json: 'more-itertools-broken-ilen.reruns1.pretty.json', reportlog: 'more-itertools-broken-ilen.reruns1.reportlog.jsonl' },
  { json: 'markers-demo.default.pretty.json', junit: 'markers-demo.default.junit.xml', reportlog: 'markers-demo.default.reportlog.jsonl' },
  { json: 'markers-demo.exported.pretty.json', junit: 'markers-demo.exported.junit.xml', reportlog: 'markers-demo.exported.reportlog.jsonl' },
  { json: 'markers-demo.exported.pytest9.pretty.json', junit: 'markers-demo.exported.pytest9.junit.xml', reportlog: 'markers-demo.exported.pytest9.reportlog.jsonl' },
  { json: 'collect-error-demo.pretty.json', junit: 'collect-error-demo.junit.xml', reportlog: 'collect-error-demo.reportlog.jsonl' },
  { json: 'collect-error-demo.continue.pretty.json', junit: 'collect-error-demo.continue.junit.xml' }
]

/** What JUnit can say about an outcome: no xpassed (a plain pass) and no rerun (the final pass). */
const asJunitCarriesIt = (o: Outcome): Outcome => (o === 'xpassed' || o === 'rerun' ? 'passed' : o)

const outcomesByNodeid = (run: TestRun, map: (o: Outcome) => Outcome = (o) => o): Map<string, Outcome> =>
  new Map(run.tests.map((t) => [t.nodeid, map(t.outcome)]))

describe('one session, three formats', () => {
  it.each(SESSIONS.filter((s) => s.reportlog))('$json and its reportlog: same nodeids, outcomes and tags', async ({ json, reportlog }) => {
    const fromJson = await read(json)
    const fromLog = await read(reportlog as string)
    expect(outcomesByNodeid(fromLog)).toEqual(outcomesByNodeid(fromJson))
    const tags = (run: TestRun) => new Map(run.tests.map((t) => [t.nodeid, [t.component, t.failure_mode, t.tag_source]]))
    expect(tags(fromLog)).toEqual(tags(fromJson))
  })

  it.each(SESSIONS.filter((s) => s.junit))('$json and its JUnit XML: same nodeids, outcomes as far as JUnit carries them', async ({ json, junit }) => {
    const fromJson = await read(json)
    const fromJunit = await read(junit as string)
    expect(outcomesByNodeid(fromJunit)).toEqual(outcomesByNodeid(fromJson, asJunitCarriesIt))
  })

  it('JUnit loses exactly the xpassed and rerun distinctions of the demo run', async () => {
    const fromJson = await read('markers-demo.exported.pretty.json')
    const fromJunit = outcomesByNodeid(await read('markers-demo.exported.junit.xml'))
    const differing = fromJson.tests.filter((t) => fromJunit.get(t.nodeid) !== t.outcome).map((t) => t.outcome)
    expect(differing.sort()).toEqual(['rerun', 'xpassed'])
  })
})

describe('tags from the demo conftest', () => {
  it('reads component and failure mode from the nested metadata markers, closest marker first', async () => {
    const run = await read('markers-demo.exported.compact.json')
    const byName = (name: string) => run.tests.find((t) => t.nodeid.endsWith(name))
    expect(byName('test_stock_race_overrides_module_component')).toMatchObject({
      component: 'inventory-service',
      failure_mode: 'stock_race',
      tag_source: 'metadata'
    })
    expect(byName('test_runtime_skip')).toMatchObject({ component: 'checkout-service', failure_mode: 'general' })
    expect(run.tests.every((t) => t.tag_source === 'metadata')).toBe(true)
  })

  it('falls back to user_properties in JUnit, where a mark-skipped test has none (FORMATS.md §4a)', async () => {
    const run = await read('markers-demo.exported.junit.xml')
    expect(run.tests.find((t) => t.nodeid.endsWith('test_static_skip'))).toMatchObject({ component: 'unknown', tag_source: 'default' })
    expect(run.tests.filter((t) => t.tag_source === 'user_properties')).toHaveLength(14)
  })

  it('gives unknown/general to every test of a run that exports no marker arguments', async () => {
    const run = await read('markers-demo.default.pretty.json')
    expect(new Set(run.tests.map((t) => `${t.component}/${t.failure_mode}/${t.tag_source}`))).toEqual(new Set(['unknown/general/default']))
  })
})
