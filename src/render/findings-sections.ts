/**
 * Markdown sections for the findings, shared by the job summary and the CLI's summary file. Every
 * list degrades with the detail level (see budget.ts); untrusted text goes through markdown.ts.
 */
import type { Findings, IncidentFinding, LoadBearingDetail } from '../analysis/types.js'
import type { Detail } from './budget.js'
import { code, details, escapeText, link, table } from './markdown.js'
import { metricRows } from './targets.js'

const LIST_LIMIT: Record<Detail, number> = { full: 500, top: 20, counts: 0 }

function more(total: number, shown: number): string {
  return total > shown ? `\n\n…and ${total - shown} more in findings.json.` : ''
}

export function renderHealth(findings: Findings): string {
  const rows = metricRows(findings.metrics).map((m) => [m.label, m.value, m.target, m.status])
  return [
    '## Health',
    `${findings.incident_count} incident(s), ${findings.test_count} test(s), ${findings.run_count} run(s) analysed` +
      (findings.options.analysis_branches ? ` on ${findings.options.analysis_branches.map((b) => code(b)).join(', ')}` : ' on every branch') +
      '.',
    table(['metric', 'value', 'target', ''], rows)
  ].join('\n\n')
}

export function renderGaps(findings: Findings, detail: Detail): string {
  const gaps = findings.coverage_gaps
  const header = `## Coverage gaps (${gaps.length} of ${findings.incident_count} incidents)`
  if (gaps.length === 0) return `${header}\n\nEvery incident had a covering test that failed in the ${findings.options.window_days} days before it was detected.`
  const limit = LIST_LIMIT[detail]
  if (limit === 0) return `${header}\n\n${countBy(gaps.map((g) => g.gap_type))}`
  const rows = gaps.slice(0, limit).map((g) => [
    link(g.incident, g.url),
    escapeText(g.component, 60),
    escapeText(g.failure_mode, 60),
    g.gap_type === 'no_test_coverage' ? 'no test covered it' : 'its tests all passed',
    escapeText(g.recommendation, 200),
    g.gap_closed_by ? `${code(g.gap_closed_by)} after ${g.gap_closure_days} d` : 'open'
  ])
  return `${header}\n\n${table(['incident', 'component', 'failure mode', 'gap', 'recommendation', 'closed by'], rows)}${more(gaps.length, limit)}`
}

export function strengthText(lb: LoadBearingDetail): string {
  return `**${lb.strength}**: ${lb.a} of ${lb.n} incidents, p=${formatP(lb.p_value)}, lift ${lb.lift.toFixed(1)}`
}

export function formatP(p: number): string {
  if (p < 0.0001) return '<0.0001'
  return p.toFixed(4).replace(/0+$/, '').replace(/\.$/, '')
}

export function renderLoadBearing(findings: Findings, detail: Detail): string {
  const list = findings.load_bearing
  const header = `## Load-bearing tests (${list.length})`
  if (list.length === 0) return `${header}\n\nNo test failed in the window before a related incident.`
  const limit = LIST_LIMIT[detail]
  if (limit === 0) return `${header}\n\n${countBy(list.map((l) => l.strength))}`
  const rows = list.slice(0, limit).map((l) => [
    code(l.nodeid),
    escapeText(l.component, 60),
    l.incidents.map((i) => escapeText(i, 40)).join(', '),
    strengthText(l),
    l.flaky ? 'flaky: the signal may be noise' : ''
  ])
  return (
    `${header}\n\nThese tests failed shortly before an incident of their component: protect them, never skip them for speed, fix them first when they flake.\n\n` +
    table(['test', 'component', 'preceded', 'evidence', ''], rows) +
    more(list.length, limit)
  )
}

export function renderFlaky(findings: Findings, detail: Detail): string {
  const list = findings.flaky
  const header = `## Flaky tests (${list.length})`
  if (list.length === 0) return `${header}\n\nNo test passed and failed on the same commit in the last ${findings.options.flaky_days} days.`
  const limit = LIST_LIMIT[detail]
  if (limit === 0) return header
  const rows = list.slice(0, limit).map((f) => [
    code(f.nodeid),
    escapeText(f.component, 60),
    String(f.flaky_sha_count),
    f.shas[0] ? `${code(f.shas[0].sha.slice(0, 12))} ${f.shas[0].at.slice(0, 10)}` : ''
  ])
  return `${header}\n\n${table(['test', 'component', 'commits where it passed and failed', 'latest'], rows)}${more(list.length, limit)}`
}

export function renderDeadWeight(findings: Findings, detail: Detail): string {
  const list = findings.dead_weight
  const ratio = findings.metrics.dead_weight_ratio
  const header = `Dead-weight candidates (${list.length})`
  if (list.length === 0) return `## ${header}\n\nNone: every active test failed recently or guards a component that had an incident.`
  const limit = LIST_LIMIT[detail]
  const intro = `No failure in ${findings.options.dead_weight_days} days and no incident ever in their component${ratio === null ? '' : ` (quiet tests: ${ratio} % of active tests)`}. Review them: retire, merge or keep; nothing is removed automatically.`
  if (limit === 0) return `## ${header}\n\n${intro}`
  const rows = list.slice(0, limit).map((d) => [code(d.nodeid), escapeText(d.component, 60), d.first_seen.slice(0, 10), d.last_failure ? d.last_failure.slice(0, 10) : 'never', String(d.runs)])
  return `## ${header}\n\n${intro}\n\n${details('the candidates', table(['test', 'component', 'first seen', 'last failure', 'runs'], rows) + more(list.length, limit))}`
}

export function renderUnclassified(findings: Findings): string {
  const list = findings.unclassified_incidents
  if (list.length === 0) return ''
  const rows = list.slice(0, 50).map((u) => `- ${link(`${u.incident_id}${u.title ? ` ${u.title}` : ''}`, u.url)}: ${escapeText(u.fix, 300)}`)
  return `## Unclassified incidents (${list.length})\n\nThese incidents have no component, so no test can be matched to them; they are left out of the figures above.\n\n${rows.join('\n')}${more(list.length, 50)}`
}

export function renderUntagged(findings: Findings): string {
  const { count, examples } = findings.untagged_tests
  if (count === 0) return ''
  return (
    `**${count} of ${findings.test_count} tests in the history have no component** (e.g. ${examples.slice(0, 3).map((e) => code(e)).join(', ')}). ` +
    'Tag them (README, "Tagging tests") so incidents can be matched to them.'
  )
}

/** One incident's verdict in a sentence, shared by the summary and the comment. */
export function incidentVerdict(incident: IncidentFinding, windowDays: number): string {
  if (incident.was_predictable) {
    return `**Yes**: ${incident.tests_failing_before_incident} covering test(s) failed in the ${windowDays} days before it was detected.`
  }
  if (incident.gap_type === 'no_test_coverage') return `**No**: no test of \`${escapeText(incident.component, 60)}\` existed when it was detected.`
  return `**No**: ${incident.covering_test_count} test(s) of the component existed, and none failed in the ${windowDays} days before it was detected.`
}

function countBy(values: string[]): string {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].map(([k, n]) => `${k}: ${n}`).join(', ')
}
