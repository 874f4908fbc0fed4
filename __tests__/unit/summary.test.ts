import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../src/analysis/index.js'
import type { Findings } from '../../src/analysis/types.js'
import type { Rollup } from '../../src/history/types.js'
import { renderIncidentComment } from '../../src/render/comment.js'
import { renderSummary } from '../../src/render/summary.js'
import { cutToBytes, cutToChars, renderWithin, SUMMARY_BUDGET_BYTES, type Detail } from '../../src/render/budget.js'
import type { TestRecord, TestRun } from '../../src/report/types.js'

const HOSTILE = '<script>alert(1)</script> | @octocat **x** `y`\n'

/** A rollup of `n` tests where every test failed just before its own incident. */
function bigHistory(n: number, name: (i: number) => string): { rollup: Rollup; incidents: Parameters<typeof analyze>[1] } {
  const tests: Rollup['tests'] = {}
  const run = { id: 'r1', created: '2026-01-10T00:00:00.000Z', sha: 'a'.repeat(40), branch: 'main', event: 'push', build_id: '1-1', file: null, summary: { total: n } }
  const incidents = []
  for (let i = 0; i < n; i++) {
    tests[name(i)] = {
      component: `c${i}${HOSTILE}`,
      failure_mode: 'general',
      incident: null,
      tag_source: 'metadata',
      file: 'tests/test_x.py',
      line: 1,
      seen: { main: { first: '2026-01-01T00:00:00.000Z', last: '2026-01-10T00:00:00.000Z', runs: 1 } },
      counts: { failed: 1 },
      failures: [['2026-01-10T00:00:00.000Z', 'r1', 'failed']],
      flaky: [],
      duration_ms: 1
    }
    incidents.push({ id: `INC-${i} ${HOSTILE}`, title: HOSTILE.repeat(50), url: null, component: `c${i}${HOSTILE}`, failure_mode: 'general', detected_at: '2026-01-11T00:00:00.000Z', started_at: null, resolved_at: null, issue_number: null, source: 'file', problems: [] })
  }
  // the history starts when the tests were first seen: an incident within window-days of a history's first run is outside it
  const first = { ...run, id: 'r0', created: '2026-01-01T00:00:00.000Z', build_id: '0-1' }
  return { rollup: { schema_version: 1, updated_at: run.created, runs: [first, run], tests }, incidents }
}

function bigRun(n: number): TestRun {
  const tests: TestRecord[] = Array.from({ length: n }, (_, i) => ({
    nodeid: `tests/test_${i}.py::test_${'x'.repeat(300)}${HOSTILE}`,
    outcome: 'failed',
    duration_ms: 1,
    component: 'unknown',
    failure_mode: 'general',
    incident: null,
    tag_source: 'default',
    message: HOSTILE.repeat(20).slice(0, 500),
    file: `tests/test_${i}.py`,
    line: 1,
    reruns: 0
  }))
  return { meta: { created: null, format: 'pytest-json', files: ['a.json'], exit_code: 1, duration_s: 1, collection_errors: 0 }, tests, notices: [] }
}

describe('the job summary', () => {
  it('stays within GitHub\'s 1 MiB and degrades to shorter lists when the findings are huge', () => {
    const { rollup, incidents } = bigHistory(3000, (i) => `tests/test_${i}.py::test_${'y'.repeat(400)}`)
    const findings: Findings = analyze(rollup, incidents, { now: new Date('2026-01-12T00:00:00Z') })
    expect(findings.load_bearing_tests).toHaveLength(3000)
    const { text, detail } = renderSummary({ status: [], notices: [], findings, run: bigRun(5000), findingsPath: '/tmp/findings.json' })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES)
    expect(['full', 'top', 'counts']).toContain(detail)
    expect(text).toContain('…and')
    expect(outsideCode(text)).not.toContain('<script>')
    expect(outsideCode(text)).not.toMatch(/@octocat/)
    // every table row has as many cells as its header: no pipe from a name broke a table
    for (const block of text.split('\n\n').filter((b) => b.startsWith('| '))) {
      const rows = block.split('\n')
      const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length
      for (const row of rows) expect(cells(row)).toBe(cells(rows[0]))
    }
  })

  it('renders an incident comment within 65,536 characters with no raw HTML from the incident', () => {
    const { rollup, incidents } = bigHistory(5, (i) => `tests/test_${i}.py::test_ok`)
    const findings = analyze(rollup, incidents, { now: new Date('2026-01-12T00:00:00Z') })
    // the answer is "Yes" only for a predictive test (the analysis' verdict), set here as it would be
    const incident = { ...findings.incidents[0], predicted_by: findings.incidents[0].failing_tests }
    incident.failing_test_evidence = incident.failing_test_evidence.map((e) => ({ ...e, verdict: 'predictive' as const }))
    const comment = renderIncidentComment(incident, findings)
    expect(comment.length).toBeLessThanOrEqual(65536)
    expect(comment).toContain('**Yes**')
    expect(outsideCode(comment)).not.toContain('<script>')
    expect(outsideCode(comment)).not.toMatch(/@octocat/)
  })
})

describe('renderWithin', () => {
  it('falls back to shorter lists, then counts, then a hard cut, so the result always fits', () => {
    const sizes = { full: 500, top: 200, counts: 50 }
    const render = (detail: Detail) => 'x'.repeat(sizes[detail])
    expect(renderWithin(render, (t) => t.length <= 600, cutToChars).detail).toBe('full')
    expect(renderWithin(render, (t) => t.length <= 300, cutToChars).detail).toBe('top')
    expect(renderWithin(render, (t) => t.length <= 100, cutToChars).detail).toBe('counts')
    const cut = renderWithin((d) => `line\n`.repeat(sizes[d] * 100), (t) => t.length <= 1000, (t) => cutToBytes(t, 1000))
    expect(Buffer.byteLength(cut.text)).toBeLessThanOrEqual(1000)
    expect(cut.text).toContain('cut to fit')
  })
})

/** The text with code spans removed: inside them GitHub shows HTML and mentions as plain text. */
function outsideCode(text: string): string {
  return text.replace(/(`+)[\s\S]*?\1/g, '')
}
