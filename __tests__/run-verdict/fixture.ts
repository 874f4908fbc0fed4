/**
 * A small history of `main` with incidents, analysed by the real engine, and a pull-request run
 * against it. The verdict fields (predictive) are set on the findings by hand, as the confidence
 * layer would: the classification must follow them whatever computed them.
 */
import { analyze } from '../../src/analysis/index.js'
import type { Findings } from '../../src/analysis/types.js'
import type { Rollup } from '../../src/history/types.js'
import type { Incident } from '../../src/incidents/types.js'
import type { Outcome, TestRecord, TestRun } from '../../src/report/types.js'
import { HistoryBuilder, plusDays } from '../analysis/history-builder.js'

export const T0 = '2026-03-01T09:00:00.000Z'
export const day = (n: number): string => plusDays(T0, n)

export const GATEWAY = 'tests/test_checkout.py::test_gateway_5xx'
export const GATEWAY_SKIPPED = 'tests/test_checkout.py::test_gateway_retry'
export const GATEWAY_GONE = 'tests/test_checkout.py::test_gateway_timeout'
export const BROKEN_ON_MAIN = 'tests/test_util.py::test_money_format'
export const FIXED_ON_MAIN = 'tests/test_util.py::test_slugify'
export const FLAKY = 'tests/test_auth.py::test_token_refresh'
export const STEADY = 'tests/test_search.py::test_in_stock_first'
export const ONLY_ON_FEATURE = 'tests/test_cart.py::test_feature_cart'
export const CLOSES_BY_MODE = 'tests/test_recommendations.py::test_widget_not_empty'
export const CLOSES_BY_TAG = 'tests/test_notifications.py::test_email_retry'
export const NEW_UNRELATED = 'tests/test_cart.py::test_totals'

export function incident(id: string, component: string, failureMode: string, detectedAt: string): Incident {
  return { id, title: `Outage of ${component}`, url: `https://tracker.example.com/${id}`, component, failure_mode: failureMode, detected_at: detectedAt, started_at: null, resolved_at: null, issue_number: null, source: 'incidents.json', problems: [] } as Incident
}

export const INCIDENTS: Incident[] = [
  incident('INC-1', 'checkout', 'gateway_5xx', day(10)),
  incident('INC-2', 'notifications', 'smtp_down', day(8)),
  incident('INC-3', 'recommendations', 'general', day(14))
]

export function mainHistory(): Rollup {
  const b = new HistoryBuilder()
    .tag(GATEWAY, { component: 'checkout', failure_mode: 'gateway_5xx' })
    .tag(GATEWAY_SKIPPED, { component: 'checkout', failure_mode: 'gateway_5xx' })
    .tag(GATEWAY_GONE, { component: 'checkout', failure_mode: 'gateway_5xx' })
    .tag(BROKEN_ON_MAIN, { component: 'util' })
    .tag(FIXED_ON_MAIN, { component: 'util' })
    .tag(FLAKY, { component: 'auth' })
    .tag(STEADY, { component: 'search' })
    .tag(ONLY_ON_FEATURE, { component: 'cart' })
  const all = (over: Record<string, Outcome> = {}): Record<string, Outcome> => ({
    [GATEWAY]: 'passed', [GATEWAY_SKIPPED]: 'passed', [GATEWAY_GONE]: 'passed', [BROKEN_ON_MAIN]: 'passed', [FIXED_ON_MAIN]: 'passed', [FLAKY]: 'passed', [STEADY]: 'passed', ...over
  })
  for (let d = 0; d <= 20; d++) {
    const over: Record<string, Outcome> = {}
    if (d === 9) Object.assign(over, { [GATEWAY]: 'failed', [GATEWAY_SKIPPED]: 'failed', [GATEWAY_GONE]: 'error' })
    if (d === 15) over[FIXED_ON_MAIN] = 'failed'
    if (d >= 18) over[BROKEN_ON_MAIN] = 'failed'
    b.run(`run-${d}`, day(d), { sha: `sha${d}`, branch: 'main' }, all(over))
  }
  // the flaky test passed and failed on one sha of main
  b.run('run-20b', plusDays(day(20), 0.1), { sha: 'sha20', branch: 'main' }, all({ [FLAKY]: 'failed', [BROKEN_ON_MAIN]: 'failed' }))
  // another branch: its runs neither make a test known to main nor decide what fails on main
  b.run('feature-1', day(21), { sha: 'shaF', branch: 'feature' }, all({ [ONLY_ON_FEATURE]: 'failed', [BROKEN_ON_MAIN]: 'passed', [FIXED_ON_MAIN]: 'failed' }))
  return b.build()
}

/** Findings of the real engine, with the tests of INC-1 judged predictive. */
export function findingsFor(rollup: Rollup, predictive: string[] = [GATEWAY, GATEWAY_SKIPPED, GATEWAY_GONE]): Findings {
  const findings = analyze(rollup, INCIDENTS, { now: new Date(day(22)), analysisBranches: ['main'] })
  return {
    ...findings,
    predictive_tests: [...predictive].sort(),
    load_bearing: findings.load_bearing.map((l) => (predictive.includes(l.nodeid) ? { ...l, verdict: 'predictive' as const } : l))
  }
}

export function record(nodeid: string, outcome: Outcome, tags: Partial<TestRecord> = {}): TestRecord {
  return { nodeid, outcome, duration_ms: 1, component: 'unknown', failure_mode: 'general', incident: null, tag_source: 'metadata', message: outcome === 'failed' ? 'AssertionError: assert 1 == 2' : null, file: nodeid.split('::')[0], line: 12, reruns: 0, ...tags }
}

export function testRun(tests: TestRecord[]): TestRun {
  return { meta: { created: day(22), format: 'pytest-json', files: ['.report.json'], exit_code: 1, duration_s: 3, collection_errors: 0 }, tests, notices: [] }
}

/** The pull request's run: one failure of each kind, a predictive test skipped, another gone, two tests closing gaps. */
export function pullRequestRun(): TestRun {
  return testRun([
    record(GATEWAY, 'failed', { component: 'checkout', failure_mode: 'gateway_5xx', line: null }),
    record(GATEWAY_SKIPPED, 'skipped', { component: 'checkout', failure_mode: 'gateway_5xx' }),
    record(BROKEN_ON_MAIN, 'failed'),
    record(FIXED_ON_MAIN, 'error'),
    record(FLAKY, 'failed'),
    record(STEADY, 'passed'),
    record(ONLY_ON_FEATURE, 'failed'),
    record(CLOSES_BY_MODE, 'passed', { component: 'Recommendations', failure_mode: 'general' }),
    record(CLOSES_BY_TAG, 'passed', { component: 'mailer', failure_mode: 'general', incident: 'inc-2' }),
    record(NEW_UNRELATED, 'passed', { component: 'cart' })
  ])
}
