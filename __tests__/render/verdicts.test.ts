/**
 * The summary and the incident comments read the confidence layer (verdicts, predicted_by,
 * still_failing_at_detection, only_skipped_tests, ...). The findings here are the analysis' own
 * on the large history, with those fields set as the analysis sets them for predictive, possible
 * and noise cases, so the rendering is checked whatever the analysis currently concludes.
 */
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../src/analysis/index.js'
import type { Findings, IncidentFinding, LoadBearingDetail } from '../../src/analysis/types.js'
import { metricsConfig, productionImpact } from '../../src/metrics/index.js'
import { renderIncidentComment } from '../../src/render/comment.js'
import { renderSummary } from '../../src/render/summary.js'
import { largeHistory, NOW } from './large-history.js'

const { rollup, incidents, run } = largeHistory()
const base = analyze(rollup, incidents, { now: NOW })

/** The findings with verdicts planted: the strongest third predictive, the weakest third noise. */
function withVerdicts(): Findings {
  const f: Findings = structuredClone(base)
  const ranked = [...f.load_bearing].sort((a, b) => a.p_value - b.p_value)
  const verdicts = new Map<string, LoadBearingDetail['verdict']>()
  ranked.forEach((lb, i) => {
    lb.verdict = lb.flaky ? 'noise' : i < ranked.length / 3 ? 'predictive' : i < (2 * ranked.length) / 3 ? 'possible' : 'noise'
    lb.confidence = lb.verdict === 'predictive' ? 0.95 - i / 100 : lb.verdict === 'possible' ? 0.4 : 0.05
    lb.verdict_reason = lb.verdict === 'noise' ? (lb.flaky ? 'flaky: passed and failed on one commit' : 'fails as often outside incident windows') : 'unlikely by chance'
    verdicts.set(lb.nodeid, lb.verdict)
  })
  f.predictive_tests = ranked.filter((l) => l.verdict === 'predictive').map((l) => l.nodeid).sort()
  f.expected_false_predictive = 1.4
  for (const i of f.incidents) {
    for (const e of i.failing_test_evidence) e.verdict = verdicts.get(e.nodeid) ?? 'noise'
    i.predicted_by = i.failing_test_evidence.filter((e) => e.verdict === 'predictive').map((e) => e.nodeid)
  }
  f.metrics.predicted_incident_rate = Math.round((f.incidents.filter((i) => i.predicted_by.length > 0).length / f.incident_count) * 10000) / 100
  f.metrics.prediction_rate_by_chance = 4.2
  f.flaky.forEach((x, i) => (x.reason = i % 2 ? ['same_sha'] : ['flip_rate', 'same_sha']))
  f.incidents_outside_history = [{ incident_id: 'INC-0001', title: 'before the history', url: null, detected_at: '2025-09-01T00:00:00.000Z', reason: 'detected before the first stored run' }]
  f.untrusted_incidents = [{ incident_id: 'INC-0002', title: 'spam', url: null, author: 'someone', author_association: 'NONE' }]
  return f
}

const findings = withVerdicts()
const byId = (id: string): IncidentFinding => findings.incidents.find((i) => i.incident_id === id) as IncidentFinding

function section(text: string, heading: string): string {
  const start = text.indexOf(heading)
  expect(start).toBeGreaterThanOrEqual(0)
  const next = text.indexOf('\n## ', start + heading.length)
  return text.slice(start, next < 0 ? undefined : next)
}

describe('the job summary with verdicts', () => {
  const closed = findings.incidents.filter((i) => i.gap_closed_by)
  const skipped = findings.incidents.find((i) => i.gap_type === 'tests_pass_but_incident_occurred' && !i.gap_closed_by) as IncidentFinding
  skipped.only_skipped_tests = true

  it('puts the run verdict, the open gaps, the tests to protect, health, trends and the method notes in that order', async () => {
    const impact = await productionImpact(findings, incidents, metricsConfig())
    const { text } = renderSummary({ runVerdict: '**This run**: nothing new failed.', status: ['stored'], notices: [], findings, run, findingsPath: 'findings.json', trends: '### Trends over the last 4 quarters\n\nx', impact })
    const order = ['**This run**', '## Open coverage gaps', '## Tests to protect', '## Health', '### Trends', '## Recommended actions', '## Flaky tests', 'How these figures are made']
    const at = order.map((h) => text.indexOf(h))
    expect(at.every((p) => p > 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(text.indexOf('**This run**')).toBe(text.indexOf('\n') + 2)

    // closed gaps are never open gaps, nor new tests needed
    const open = section(text, '## Open coverage gaps')
    const openPart = open.slice(0, open.indexOf('Gaps already closed'))
    const newTests = text.slice(text.indexOf('New tests needed'), text.indexOf('</details>', text.indexOf('New tests needed')))
    expect(closed.length).toBeGreaterThan(0)
    for (const i of closed) {
      expect(openPart).not.toContain(`[${i.incident_id}]`)
      expect(newTests).not.toContain(`[${i.incident_id}]`)
    }
    // an incident whose tests never ran is an open gap
    expect(openPart).toContain('its tests never ran')
    // oldest first
    const dates = [...openPart.matchAll(/\| (\d{4}-\d{2}-\d{2})<br>/g)].map((m) => m[1])
    expect(dates.length).toBeGreaterThan(5)
    expect([...dates].sort()).toEqual(dates)
  })

  it('lists the tests to protect by evidence, with verdict and confidence; noise collapsed', () => {
    const { text } = renderSummary({ status: [], notices: [], findings, run: null, findingsPath: null })
    const protect = section(text, '## Tests to protect')
    const predictive = findings.load_bearing.filter((l) => l.verdict === 'predictive').length
    expect(protect).toContain(`## Tests to protect (${predictive} predictive,`)
    expect(protect).toContain('the method expects about 1.4 to be chance')
    const open = protect.replace(/<details>[\s\S]*?<\/details>/g, '')
    const verdicts = [...open.matchAll(/\*\*(predictive|possible|noise)\*\*<br><sub>confidence (\d+) %/g)].map((m) => [m[1], Number(m[2])] as const)
    expect(verdicts.length).toBe(Math.min(20, findings.load_bearing.filter((l) => l.verdict !== 'noise').length))
    expect(verdicts.some(([v]) => v === 'noise')).toBe(false)
    const confidences = verdicts.map(([, c]) => c)
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences)
    expect(protect).toMatch(/<details><summary>Failures before incidents that look like noise \(\d+\)/)
  })

  it('shows the predicted-incident rate beside the prediction rate and chance, labelled ratios, and the left-out incidents', () => {
    const { text } = renderSummary({ status: [], notices: [], findings, run: null, findingsPath: null })
    const health = section(text, '## Health')
    expect(health).toContain(`**${findings.metrics.predicted_incident_rate} % of incidents were predicted**`)
    expect(health).toContain(`${findings.metrics.prediction_rate} % had any covering test fail before them (the prediction rate); 4.2 % would have by chance alone`)
    expect(health).toContain('Dead-weight ratio (quiet / active tests)')
    expect(health).toContain('Suite growth (tests added: last 90 days vs the 90 before)')
    // open gaps older than 14 days: the closure time gets no ✅ however short the median
    expect(health).toMatch(/\| Gap closure time \(median over closed gaps\) \| [^|]+ \| < 14 days \| (⚠️ \d+ open gap\(s\) older than 14 days|❌) \|/)
    expect(section(text, '## Flaky tests')).toContain('flips between runs')
    const left = section(text, '## Incidents left out of the figures')
    expect(left).toContain('<details><summary>Incidents the history cannot judge (1)</summary>')
    expect(left).toContain('detected before the first stored run')
    expect(left).toContain('(NONE)')
  })

  it('says "no data" where the history is too short to judge', () => {
    const { text } = renderSummary({ status: [], notices: [], findings, run: null, findingsPath: null, historyStart: new Date(NOW.getTime() - 100 * 86_400_000).toISOString() })
    expect(text).toContain('| Dead-weight ratio (quiet / active tests) | no data (history too short) | < 30 % | ➖ |')
    expect(text).toContain('| Suite growth (tests added: last 90 days vs the 90 before) | no data (history too short) | decreasing | ➖ |')
  })
})

describe('the incident comment answers from the verdicts', () => {
  const answer = (text: string): string => text.split('\n\n')[1]
  const actions = (text: string): string => text.slice(text.indexOf('**What to do**'), text.indexOf('**The incident**'))

  it('says Yes only when a predictive test failed, and names it', () => {
    const predicted = findings.incidents.find((i) => i.predicted_by.length > 0) as IncidentFinding
    const still = structuredClone(predicted)
    still.failing_test_evidence.find((e) => e.nodeid === still.predicted_by[0])!.still_failing_at_detection = true
    const text = renderIncidentComment(still, findings)
    expect(answer(text)).toMatch(/^\*\*Yes\*\*: /)
    const name = still.predicted_by[0].split('::').slice(1).join('::')
    expect(answer(text)).toContain(name)
    expect(actions(text)).toContain('block deploys of')
    // the answer and the actions come before the facts and the evidence table
    expect(text.indexOf('**What to do**')).toBeLessThan(text.indexOf('**The incident**'))
  })

  it('calls possible and noise failures what they are, naming the failing tests that were not flaky', () => {
    const possible = structuredClone(findings.incidents.find((i) => i.predicted_by.length > 0) as IncidentFinding)
    possible.predicted_by = []
    for (const e of possible.failing_test_evidence) Object.assign(e, { verdict: 'possible', flaky: false })
    const text = renderIncidentComment(possible, findings)
    expect(answer(text)).toMatch(/^\*\*Not reliably\*\*: .* too few to tell from chance yet\. Not flaky: `/)
    expect(answer(text)).not.toContain('**Yes**')

    const flaky = structuredClone(possible)
    for (const e of flaky.failing_test_evidence) Object.assign(e, { verdict: 'noise', flaky: true })
    const noisy = renderIncidentComment(flaky, findings)
    expect(answer(noisy)).toMatch(/but they are flaky\.$/)
    expect(actions(noisy)).toContain('Fix the flakiness of')

    const frequent = structuredClone(possible)
    for (const e of frequent.failing_test_evidence) Object.assign(e, { verdict: 'noise', flaky: false })
    expect(answer(renderIncidentComment(frequent, findings))).toMatch(/they fail as often without an incident\. Not flaky: /)
  })

  it('treats an incident whose tests never ran as a gap, and a closed gap as done', () => {
    const skipped = structuredClone(findings.incidents.find((i) => i.gap_type === 'tests_pass_but_incident_occurred' && !i.gap_closed_by && i.covering_test_count > 0) as IncidentFinding)
    skipped.only_skipped_tests = true
    const text = renderIncidentComment(skipped, findings)
    expect(answer(text)).toContain('never ran')
    expect(actions(text)).toContain('Un-skip the')

    const closed = findings.incidents.find((i) => i.gap_closure) as IncidentFinding
    const done = renderIncidentComment(closed, findings)
    expect(actions(done)).toContain(`Closed by \`${closed.gap_closure!.nodeid}\``)
    expect(actions(done)).toContain('nothing is left to write')
    expect(actions(done)).not.toMatch(/Write the first test|add one, marked/)

    const uncovered = findings.incidents.find((i) => i.gap_type === 'no_test_coverage' && !i.gap_closed_by) as IncidentFinding
    expect(actions(renderIncidentComment(uncovered, findings))).toContain(`Write the first test of \`${uncovered.component}\``)
  })

  it('gives advice specific to each incident, not one sentence for all', () => {
    const advice = findings.incidents.map((i) => actions(renderIncidentComment(i, findings)))
    expect(advice.every((a) => a.startsWith('**What to do**\n\n- '))).toBe(true)
    expect(new Set(advice).size).toBeGreaterThan(findings.incidents.length * 0.8)
    expect(byId(findings.incidents[0].incident_id)).toBeDefined()
  })
})
