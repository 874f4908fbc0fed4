/**
 * The comment kept on each incident issue (comments/upsert.ts adds the hidden marker that finds it
 * again). It holds no timestamp of its own making, so an unchanged finding renders the same body
 * and costs no API call.
 */
import type { Findings, IncidentFinding } from '../analysis/types.js'
import { cutToChars, fitsComment, renderWithin, type Detail } from './budget.js'
import { incidentVerdict } from './findings-sections.js'
import { code, escapeText, table } from './markdown.js'

const FAILURE_LIMIT: Record<Detail, number> = { full: 20, top: 5, counts: 0 }
const TEST_LIMIT: Record<Detail, number> = { full: 100, top: 20, counts: 0 }

/** `extra`: further sections of ours (the production impact), placed before the footer. */
export function renderIncidentComment(incident: IncidentFinding, findings: Findings, extra = ''): string {
  return renderWithin((detail) => compose(incident, findings, detail, extra), fitsComment, (t) => cutToChars(t)).text
}

function compose(incident: IncidentFinding, findings: Findings, detail: Detail, extra: string): string {
  const w = findings.options.window_days
  const parts = [
    '### Could a test have caught this incident?',
    incidentVerdict(incident, w),
    [
      `- component ${code(incident.component)}, failure mode ${code(incident.failure_mode)}`,
      `- detected ${incident.detected_at}; failures searched in [${incident.window.start}, ${incident.window.end})`,
      `- ${incident.covering_test_count} covering test(s) (of ${incident.total_component_tests} in the component today); the incident's failure mode is ${incident.failure_mode_covered ? '' : '**not** '}among their tags`
    ].join('\n')
  ]
  const testLimit = TEST_LIMIT[detail]
  if (incident.failing_test_evidence.length > 0 && testLimit > 0) {
    const loadBearing = new Map(findings.load_bearing.map((l) => [l.nodeid, l]))
    const rows = incident.failing_test_evidence.slice(0, testLimit).map((e) => {
      const lb = loadBearing.get(e.nodeid)
      const failures = e.failures
        .slice(0, FAILURE_LIMIT[detail])
        .map((f) => `${f.at.slice(0, 16).replace('T', ' ')} ${f.outcome}${f.sha ? ` on ${code(f.sha.slice(0, 12))}` : ''} (run ${escapeText(f.run, 60)})${f.flaky_sha ? ' flaky' : ''}`)
      // strength label and a-of-n only: p-values drift daily and would rewrite every comment every day
      const evidence = lb ? `**${lb.strength}**: ${lb.a} of ${lb.n} incidents` : ''
      return [code(e.nodeid), failures.join('<br>') + (e.failures.length > failures.length ? '<br>…' : ''), evidence, e.flaky ? 'flaky' : '']
    })
    parts.push(`**Tests that failed before it** (load-bearing: protect them)\n\n${table(['test', 'failures in the window', 'evidence over all incidents', ''], rows)}`)
  } else if (incident.failing_test_evidence.length > 0) {
    parts.push(`**${incident.failing_test_evidence.length} test(s) failed before it.**`)
  }
  if (incident.gap_type) {
    const closure = incident.gap_closure
      ? `Closed by ${code(incident.gap_closure.nodeid)}, first seen ${incident.gap_closure.first_seen.slice(0, 10)} (${incident.gap_closure_days} days after detection, ${incident.gap_closure.matched_by === 'incident' ? 'it carries this incident' : 'same component and failure mode'}).`
      : 'Still open: no test written since covers it. Mark the new test with `@pytest.mark.incident(...)` to link it.'
    parts.push(`**Coverage gap** (${incident.gap_type === 'no_test_coverage' ? 'no test covered it' : 'its tests all passed'}): ${escapeText(incident.recommendation, 300)}\n\n${closure}`)
  } else {
    parts.push(`**Recommendation**: ${escapeText(incident.recommendation, 300)}`)
  }
  if (extra) parts.push(extra)
  parts.push(`<sub>Computed from the test history on its data branch (window ${w} days); the job summary has the p-values. This comment is updated in place.</sub>`)
  return parts.join('\n\n') + '\n'
}

