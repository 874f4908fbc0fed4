import { describe, expect, it } from '@jest/globals'
import { renderRunVerdict, RUN_VERDICT_HEADING } from '../../src/render/run-verdict.js'
import { computeRunVerdict, type RunFailure, type RunVerdict } from '../../src/run-verdict/index.js'
import { findingsFor, mainHistory, pullRequestRun } from './fixture.js'

const HOSTILE = '<img src=x onerror=alert(1)> | @octocat #12 **bold**'

function failure(nodeid: string, over: Partial<RunFailure> = {}): RunFailure {
  return { nodeid, outcome: 'failed', origin: 'new', predictive: false, incidents: [], file: null, line: null, message: null, ...over }
}

function verdict(over: Partial<RunVerdict> = {}): RunVerdict {
  return { kind: 'pull_request', defaultBranch: 'main', baselineRuns: 10, testCount: 40, failures: [], predictiveNotRun: [], newTests: [], gapsClosed: [], openGaps: [], incidentCount: 3, ...over }
}

describe('the run verdict in markdown', () => {
  const rollup = mainHistory()
  const computed = computeRunVerdict({ run: pullRequestRun(), findings: findingsFor(rollup), history: rollup, defaultBranch: 'main', eventName: 'pull_request' })
  const text = renderRunVerdict(computed, { details: 'details further down this summary', annotations: { shown: 5, leftOut: 0, limitNote: 'n/a' } })

  it('answers first: how many failed and whose failures they are, then the predictive ones as a caution', () => {
    const lines = text.split('\n')
    expect(lines[0]).toBe(RUN_VERDICT_HEADING)
    expect(lines[2]).toBe('**5 of 10 tests failed**: 3 new in this pull request, 1 already failing on `main`, 1 known flaky.')
    expect(lines[3]).toBe('- New in this pull request: `tests/test_checkout.py::test_gateway_5xx`, `tests/test_cart.py::test_feature_cart`, `tests/test_util.py::test_slugify`')
    expect(lines[4]).toBe('- Already failing on `main`: `tests/test_util.py::test_money_format`')
    expect(lines[5]).toBe('- Known flaky: `tests/test_auth.py::test_token_refresh`')
    expect(text).toContain('> [!CAUTION]\n> **1 failing test is predictive**')
    expect(text).toContain('> - `tests/test_checkout.py::test_gateway_5xx` (new in this pull request) preceded [INC-1](https://tracker.example.com/INC-1) Outage of checkout')
  })

  it('names the predictive tests that did not run, the gaps new tests close and the open gaps oldest first', () => {
    expect(text).toContain('**2 predictive tests did not run**')
    expect(text).toContain('- `tests/test_checkout.py::test_gateway_retry` was skipped; preceded [INC-1]')
    expect(text).toContain('- `tests/test_checkout.py::test_gateway_timeout` is missing from the report')
    expect(text).toContain('**New tests**: 4 tests not yet in the history of `main`; they close 2 open gaps once merged:')
    expect(text).toContain('- `tests/test_notifications.py::test_email_retry` closes the open gap of [INC-2]')
    expect(text).toMatch(/\*\*Open gaps\*\*: 2, oldest first: \[INC-2\]\(.*\) Outage of notifications \(notifications \/ smtp\\_down, since 2026-03-09\); \[INC-3\]/)
    expect(text).toContain('; details further down this summary.')
    expect(text).toContain('_5 failing tests annotated on their file and line._')
  })

  it('keeps lists short: at most `cap` names per line, the rest counted', () => {
    const many = Array.from({ length: 25 }, (_, i) => failure(`tests/test_a.py::test_${i}`))
    const out = renderRunVerdict(verdict({ failures: many }), { details: 'x', cap: 10 })
    expect(out).toContain('`tests/test_a.py::test_9`, and 15 more')
    expect(out).not.toContain('test_10`')
    const gaps = Array.from({ length: 8 }, (_, i) => ({ id: `INC-${i}`, title: null, url: null, component: 'c', failure_mode: 'm', detected_at: `2026-01-0${i + 1}T00:00:00Z` }))
    expect(renderRunVerdict(verdict({ openGaps: gaps }), { details: 'x' })).toContain('INC-4 (c / m, since 2026-01-05); and 3 more; x.')
  })

  it('stays short whatever the run: 5,000 failures, long names, many gaps and untested predictive tests', () => {
    const long = (i: number) => `tests/test_${i}.py::test_${'x'.repeat(400)}`
    const incidents = Array.from({ length: 50 }, (_, i) => ({ id: `INC-${i}`, title: 'y'.repeat(200), url: `https://tracker.example.com/${i}` }))
    const out = renderRunVerdict(
      verdict({
        testCount: 10000,
        failures: Array.from({ length: 5000 }, (_, i) => failure(long(i), { origin: (['new', 'already_failing', 'known_flaky'] as const)[i % 3], predictive: i % 7 === 0, incidents })),
        predictiveNotRun: Array.from({ length: 300 }, (_, i) => ({ nodeid: long(i), problem: 'missing' as const, incidents })),
        newTests: Array.from({ length: 2000 }, (_, i) => long(i)),
        gapsClosed: Array.from({ length: 100 }, (_, i) => ({ gap: { ...incidents[i % 50], component: 'c', failure_mode: 'm', detected_at: '2026-01-01T00:00:00Z' }, nodeid: long(i), matched_by: 'incident' as const })),
        openGaps: Array.from({ length: 120 }, (_, i) => ({ ...incidents[i % 50], component: 'c'.repeat(100), failure_mode: 'm', detected_at: '2026-01-01T00:00:00Z' }))
      }),
      { details: 'x', annotations: { shown: 30, leftOut: 4970, limitNote: 'n' } }
    )
    // half the 40 KB a large summary may take, in the worst case; a real run's verdict is a few hundred bytes
    expect(Buffer.byteLength(out)).toBeLessThan(20_000)
    expect(out.split('\n').length).toBeLessThan(60)
  })

  it('escapes test names and incident titles it does not control', () => {
    const out = renderRunVerdict(
      verdict({
        failures: [failure(`tests/t.py::test_x[${HOSTILE}]`, { predictive: true, incidents: [{ id: '#12', title: HOSTILE, url: 'javascript:alert(1)' }] })],
        openGaps: [{ id: HOSTILE, title: HOSTILE, url: null, component: HOSTILE, failure_mode: 'm', detected_at: '2026-01-01T00:00:00Z' }]
      }),
      { details: 'x' }
    )
    // inside code spans nothing is interpreted; outside them nothing may be raw
    const prose = out.replace(/`[^`]*`/g, '')
    expect(prose).not.toMatch(/<img/)
    expect(prose).not.toContain('@octocat')
    expect(prose).not.toContain('#12')
    expect(out).not.toContain('](javascript:')
    expect(out).toContain('`tests/t.py::test_x[<img src=x onerror=alert(1)> \\| @octocat #12 **bold**]`')
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt; \\| @\u200boctocat')
  })

  it('says so when nothing failed, words the run by its event and warns when there is nothing to compare with', () => {
    expect(renderRunVerdict(verdict(), { details: 'x' })).toContain('**No test failed** (40 tests in the report).')
    expect(renderRunVerdict(verdict(), { details: 'x' })).toContain('**Open gaps**: none: each of the 3 incidents analysed had a test that failed before it, or has one now.')
    expect(renderRunVerdict(verdict({ incidentCount: 0 }), { details: 'x' })).toContain('**Open gaps**: none known: no incident was analysed; x.')
    const push = renderRunVerdict(verdict({ kind: 'push', baselineRuns: 0, failures: [failure('a.py::t')] }), { details: 'x' })
    expect(push).toContain('**1 of 40 tests failed**: 1 new in this push. _The history holds no run of `main` to compare with._')
    expect(renderRunVerdict(verdict({ kind: 'other', failures: [failure('a.py::t')] }), { details: 'x' })).toContain('1 new in this run.')
    const two = renderRunVerdict(verdict({ failures: [failure('a.py::t', { predictive: true }), failure('b.py::t', { predictive: true, origin: 'already_failing' })] }), { details: 'x' })
    expect(two).toContain('> **2 failing tests are predictive**: their failures preceded incidents; treat these failures as a production risk, not as noise.')
    expect(two).toContain('> - `b.py::t` (already failing on `main`) preceded an incident')
  })

  it('says how many failing tests were left without an annotation', () => {
    const out = renderRunVerdict(verdict({ failures: [failure('a.py::t')] }), { details: 'x', annotations: { shown: 20, leftOut: 7, limitNote: 'GitHub shows 10 error annotations per step' } })
    expect(out).toContain('_20 failing tests annotated on their file and line; 7 more left out (GitHub shows 10 error annotations per step); the step log lists them._')
  })
})
