/**
 * The comment kept on each incident issue (comments/upsert.ts adds the hidden marker that finds it
 * again): the answer first (did a test that can be trusted warn of it?), then what to do about this
 * incident in particular, then the evidence. It holds no timestamp of its own making, so an
 * unchanged finding renders the same body and costs no API call.
 */
import type { FailingTestEvidence, Findings, IncidentFinding, LoadBearingDetail } from '../analysis/types.js'
import { cutToChars, fitsComment, renderWithin, type Detail } from './budget.js'
import { gapKind } from '../analysis/gap-kind.js'
import { GAP_WORDS, incidentVerdict } from './findings-sections.js'
import { code, details, escapeText, table, testCell, testName } from './markdown.js'

const FAILURE_LIMIT: Record<Detail, number> = { full: 10, top: 5, counts: 0 }
const TEST_LIMIT: Record<Detail, number> = { full: 30, top: 10, counts: 0 }
/** CONTRACT.md's gap-closure target */
const CLOSURE_TARGET_DAYS = 14

/** `extra`: further sections of ours (the production impact), placed before the footer. */
export function renderIncidentComment(incident: IncidentFinding, findings: Findings, extra = ''): string {
  return renderWithin((detail) => compose(incident, findings, detail, extra), fitsComment, (t) => cutToChars(t)).text
}

function compose(incident: IncidentFinding, findings: Findings, detail: Detail, extra: string): string {
  const w = findings.options.window_days
  const loadBearing = new Map(findings.load_bearing.map((l) => [l.nodeid, l]))
  const parts = ['### Could a test have caught this incident?', incidentVerdict(incident, w)]
  const actions = incidentActions(incident, findings, loadBearing)
  if (actions.length > 0) parts.push(`**What to do**\n\n${actions.map((a) => `- ${a}`).join('\n')}`)
  parts.push(
    [
      '**The incident**',
      '',
      `- component ${code(incident.component)}, failure mode ${code(incident.failure_mode)}`,
      `- detected ${incident.detected_at}; failures searched in [${incident.window.start}, ${incident.window.end})`,
      `- ${incident.covering_test_count} covering test(s) (of ${incident.total_component_tests} in the component today); the incident's failure mode is ${incident.failure_mode_covered ? '' : '**not** '}among their tags`
    ].join('\n')
  )
  const testLimit = TEST_LIMIT[detail]
  const evidence = [...incident.failing_test_evidence].sort(byWeight)
  if (evidence.length > 0 && testLimit > 0) {
    const rows = evidence.slice(0, testLimit).map((e) => {
      const lb = loadBearing.get(e.nodeid)
      const failures = e.failures
        .slice(-FAILURE_LIMIT[detail])
        .map((f) => `${f.at.slice(0, 16).replace('T', ' ')} ${f.outcome}${f.sha ? ` on ${code(f.sha.slice(0, 7))}` : ''}${f.flaky_sha ? ' (flaky there)' : ''}`)
      const earlier = e.failures.length > failures.length ? `${e.failures.length - failures.length} earlier…<br>` : ''
      // the verdict and a-of-n only: p-values drift daily and would rewrite every comment every day
      const verdict = `**${e.verdict}**${lb ? `<br><sub>${lb.a} of ${lb.n} incidents</sub>` : ''}${e.flaky ? '<br><sub>flaky</sub>' : ''}`
      return [testCell(e.nodeid), verdict, earlier + failures.join('<br>') + (e.still_failing_at_detection ? '<br><sub>still failing at detection</sub>' : '')]
    })
    const more = evidence.length > rows.length ? `\n\n…and ${evidence.length - rows.length} more in findings.json.` : ''
    const body = table(['test', 'verdict', 'failures in the window (UTC)'], rows) + more
    parts.push(evidence.length > 5 ? details(`Tests that failed before it (${evidence.length}), predictive first`, body) : `**Tests that failed before it**, predictive first\n\n${body}`)
  } else if (evidence.length > 0) {
    parts.push(`**${evidence.length} test(s) failed before it.**`)
  }
  if (extra) parts.push(extra)
  parts.push(`<sub>Computed from the test history on its data branch (window ${w} days); the job summary has the p-values. This comment is updated in place.</sub>`)
  return parts.join('\n\n') + '\n'
}

const RANK = { predictive: 0, possible: 1, noise: 2 } as const

function byWeight(a: FailingTestEvidence, b: FailingTestEvidence): number {
  return RANK[a.verdict] - RANK[b.verdict] || Number(a.flaky) - Number(b.flaky) || b.failures.length - a.failures.length || a.nodeid.localeCompare(b.nodeid)
}

/** What to do about this incident: from its verdicts, its gap and its closure, never one sentence for all. */
export function incidentActions(incident: IncidentFinding, findings: Findings, loadBearing: Map<string, LoadBearingDetail>): string[] {
  const out: string[] = []
  const component = code(incident.component, 60)
  const mode = code(incident.failure_mode, 60)
  const evidence = incident.failing_test_evidence
  for (const nodeid of incident.predicted_by.slice(0, 5)) {
    const e = evidence.find((x) => x.nodeid === nodeid)
    const lb = loadBearing.get(nodeid)
    const others = lb && lb.a > 1 ? ` (it preceded ${lb.a} of ${lb.n} incidents of ${component})` : ''
    out.push(
      e?.still_failing_at_detection
        ? `Make ${testName(nodeid)} block deploys of ${component}: it was still failing when the incident was detected${others}.`
        : `Keep ${testName(nodeid)} required in CI and never skip it for speed: it failed before this incident${others}.`
    )
  }
  if (incident.predicted_by.length === 0) {
    const flaky = evidence.filter((e) => e.flaky)
    const possible = evidence.filter((e) => !e.flaky && e.verdict === 'possible')
    const frequent = evidence.filter((e) => !e.flaky && e.verdict !== 'possible')
    if (flaky.length > 0) out.push(`Fix the flakiness of ${names(flaky.map((e) => e.nodeid))}: a test that fails at random cannot warn of ${mode} in ${component}.`)
    for (const e of possible.slice(0, 3)) {
      const lb = loadBearing.get(e.nodeid)
      out.push(`Keep ${testName(e.nodeid)} required and fix its failures promptly: it preceded ${lb ? `${lb.a} of ${lb.n}` : 'this'} incident(s) of ${component}, too few yet to tell from chance.`)
    }
    if (frequent.length > 0) out.push(`${names(frequent.map((e) => e.nodeid))} fail${frequent.length === 1 ? 's' : ''} about as often without an incident: make ${frequent.length === 1 ? 'it' : 'them'} fail only when ${mode} is really broken, or add a test that does.`)
  }
  const kind = gapKind(incident)
  if (incident.gap_closure) {
    const c = incident.gap_closure
    const days = incident.gap_closure_days
    const timing = days === null ? '' : ` ${days} days after detection${days < CLOSURE_TARGET_DAYS ? '' : `, over the ${CLOSURE_TARGET_DAYS}-day target`}`
    const then = kind ? ` When the incident happened, ${GAP_WORDS[kind]}.` : ''
    out.push(`Closed by ${code(c.nodeid)} (first seen ${c.first_seen.slice(0, 10)}${timing ? `,${timing}` : ''}), which ${c.matched_by === 'incident' ? 'carries this incident' : 'tests the same component and failure mode'}: nothing is left to write; keep it required.${then}`)
  } else if (kind === 'only_skipped_tests') {
    out.push(`Un-skip the ${incident.covering_test_count} test(s) of ${component}, or run them where they can run: none ran in the ${findings.options.window_days} days before the incident, so none could warn.`)
  } else if (kind === 'no_test_coverage') {
    out.push(`Write the first test of ${component}: reproduce ${mode} and mark it ${code(`@pytest.mark.incident(${JSON.stringify(incident.incident_id)})`, 120)} to close this gap (${GAP_WORDS.no_test_coverage}).`)
  } else if (kind === 'tests_pass_but_incident_occurred') {
    out.push(
      incident.failure_mode_covered
        ? `Tests of ${component} tagged ${mode} exist but passed throughout: they miss what happened. Add a case that reproduces it, marked ${code(`@pytest.mark.incident(${JSON.stringify(incident.incident_id)})`, 120)}.`
        : `None of the ${incident.covering_test_count} test(s) of ${component} exercises ${mode}: add one, marked ${code(`@pytest.mark.incident(${JSON.stringify(incident.incident_id)})`, 120)}.`
    )
  }
  if (out.length === 0 && incident.recommendation) out.push(escapeText(incident.recommendation, 300))
  return out
}

function names(nodeids: string[], max = 3): string {
  return nodeids.slice(0, max).map((n) => testName(n)).join(', ') + (nodeids.length > max ? ` and ${nodeids.length - max} more` : '')
}
