/**
 * Markdown sections for the findings, shared by the job summary and the CLI's summary file. What
 * needs doing comes first (open gaps, tests to protect), then the figures. Every list is sorted by
 * importance and capped: the first rows in the open, a few more collapsed, the rest counted with a
 * pointer to findings.json; noise and flaky entries are always collapsed. Tables keep to four or
 * five narrow columns so they fit a 900 px page. Untrusted text goes through markdown.ts.
 */
import { gapKind, type GapKind } from '../analysis/gap-kind.js'
import type { Findings, IncidentFinding, LoadBearingDetail, Verdict } from '../analysis/types.js'
import type { Detail } from './budget.js'
import { cappedTable, code, commitLink, details, escapeText, link, table, testCell, testName } from './markdown.js'
import { metricRows, type HealthContext } from './targets.js'

/** rows shown in the open, and rows collapsed after them, per detail level */
const SHOWN: Record<Detail, number> = { full: 20, top: 10, counts: 0 }
const FOLDED: Record<Detail, number> = { full: 10, top: 0, counts: 0 }
/** rows of a list that is collapsed as a whole (flaky, dead weight, noise, closed gaps) */
const COLLAPSED: Record<Detail, number> = { full: 20, top: 10, counts: 0 }

const DAY_MS = 86_400_000

export const GAP_WORDS: Record<GapKind, string> = {
  no_test_coverage: 'no test covered it',
  tests_pass_but_incident_occurred: 'its tests all passed',
  only_skipped_tests: 'its tests never ran'
}

/** Incidents whose gap no test has closed yet, oldest first. */
export function openGaps(findings: Findings): IncidentFinding[] {
  return findings.incidents
    .filter((i) => gapKind(i) !== null && !i.gap_closed_by)
    .sort((a, b) => a.detected_at.localeCompare(b.detected_at) || a.incident_id.localeCompare(b.incident_id))
}

function incidentCell(i: { incident_id: string; url: string | null; title: string | null }): string {
  return link(i.incident_id, i.url) + (i.title ? `<br><sub>${escapeText(i.title, 60)}</sub>` : '')
}

const ageDays = (from: string, now: string): number => Math.max(0, Math.floor((Date.parse(now) - Date.parse(from)) / DAY_MS))

export function renderOpenGaps(findings: Findings, detail: Detail): string {
  const open = openGaps(findings)
  const header = `## Open coverage gaps (${open.length}), oldest first`
  if (open.length === 0) {
    return `${header}\n\nNone: every incident had a covering test that failed before it, or a test written since closes its gap.`
  }
  const intro = 'Incidents no test would have warned of, and no test written since covers. Write the test, and mark it `@pytest.mark.incident("<id>")` so the gap closes.'
  if (SHOWN[detail] === 0) return `${header}\n\n${intro}\n\n${countBy(open.map((i) => GAP_WORDS[gapKind(i) as GapKind]))}`
  const rows = open.map((i) => [
    incidentCell(i),
    `${i.detected_at.slice(0, 10)}<br><sub>${ageDays(i.detected_at, findings.now)} days ago</sub>`,
    `${GAP_WORDS[gapKind(i) as GapKind]}<br><sub>${code(i.component, 40)} / ${code(i.failure_mode, 40)}</sub>`,
    escapeText(i.recommendation, 120)
  ])
  return `${header}\n\n${intro}\n\n${cappedTable(['incident', 'detected', 'gap', 'the test to write'], rows, SHOWN[detail], FOLDED[detail], 'more open gaps')}`
}

export function renderClosedGaps(findings: Findings, detail: Detail, repositoryUrl: string | null = null): string {
  const closed = findings.incidents
    .filter((i) => i.gap_closed_by)
    .sort((a, b) => b.detected_at.localeCompare(a.detected_at) || a.incident_id.localeCompare(b.incident_id))
  if (closed.length === 0 || COLLAPSED[detail] === 0) return ''
  const rows = closed
    .slice(0, COLLAPSED[detail])
    .map((i) => [
      link(i.incident_id, i.url),
      testCell(i.gap_closed_by as string) + (i.gap_closure?.sha ? `<br><sub>first in ${commitLink(i.gap_closure.sha, repositoryUrl)}</sub>` : ''),
      i.gap_closure_days === null ? '' : `${i.gap_closure_days} days`
    ])
  const more = closed.length > rows.length ? `\n\n…and ${closed.length - rows.length} more in findings.json.` : ''
  return details(`Gaps already closed by a test written since (${closed.length}), newest first`, table(['incident', 'closed by', 'after'], rows) + more)
}

const VERDICT_RANK: Record<Verdict, number> = { predictive: 0, possible: 1, noise: 2 }

/** Strongest evidence first: verdict, then confidence, then p-value, then incidents preceded. */
export function byEvidence(a: LoadBearingDetail, b: LoadBearingDetail): number {
  return (
    VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
    b.confidence - a.confidence ||
    a.p_value - b.p_value ||
    b.a - a.a ||
    a.nodeid.localeCompare(b.nodeid)
  )
}

export function strengthText(lb: LoadBearingDetail): string {
  return `**${lb.strength}**: ${lb.a} of ${lb.n} incidents, p=${formatP(lb.p_value)}, lift ${lb.lift.toFixed(1)}`
}

export function formatP(p: number): string {
  if (p < 0.0001) return '<0.0001'
  return p.toFixed(4).replace(/0+$/, '').replace(/\.$/, '')
}

const percentOf = (x: number): string => `${Math.round(x * 100)} %`

export function verdictText(lb: LoadBearingDetail): string {
  return `**${lb.verdict}**<br><sub>confidence ${percentOf(lb.confidence)}</sub>`
}

export function renderProtect(findings: Findings, detail: Detail): string {
  const sorted = [...findings.load_bearing].sort(byEvidence)
  const worth = sorted.filter((l) => l.verdict !== 'noise')
  const noise = sorted.filter((l) => l.verdict === 'noise')
  const predictive = worth.filter((l) => l.verdict === 'predictive').length
  const header = `## Tests to protect (${predictive} predictive, ${worth.length - predictive} possible)`
  if (sorted.length === 0) return `${header}\n\nNo test failed in the window before an incident of its component.`
  const expected = findings.expected_false_predictive
  const intro =
    'Their failures came shortly before incidents of their component; for the predictive ones that is unlikely to be chance. Keep them required in CI, never skip them for speed, fix them first when they break. ' +
    (predictive > 0 ? `Of the ${predictive} predictive tests the method expects about ${formatCount(expected)} to be chance. ` : '') +
    'Strongest evidence first.'
  if (SHOWN[detail] === 0) return `${header}\n\n${intro}\n\n${countBy(sorted.map((l) => l.verdict))}`
  const row = (l: LoadBearingDetail): string[] => [
    testCell(l.nodeid),
    verdictText(l),
    `${l.a} of ${l.n}<br><sub>${l.incidents.slice(0, 3).map((i) => escapeText(i, 24)).join(', ')}${l.incidents.length > 3 ? ', …' : ''}</sub>`,
    `p=${formatP(l.p_value)}, lift ${l.lift.toFixed(1)}${l.flaky ? '<br><sub>flaky</sub>' : ''}`
  ]
  const parts = [header, intro]
  if (worth.length > 0) parts.push(cappedTable(['test', 'verdict', 'incidents preceded', 'evidence'], worth.map(row), SHOWN[detail], FOLDED[detail], 'more possible precursors'))
  else parts.push('None stands out from chance yet.')
  if (noise.length > 0 && COLLAPSED[detail] > 0) {
    const rows = noise.slice(0, COLLAPSED[detail]).map((l) => [testCell(l.nodeid), escapeText(l.verdict_reason, 140)])
    const more = noise.length > rows.length ? `\n\n…and ${noise.length - rows.length} more in findings.json.` : ''
    parts.push(details(`Failures before incidents that look like noise (${noise.length}): flaky, or as often as they fail anyway`, table(['test', 'why it is noise'], rows) + more))
  } else if (noise.length > 0) {
    parts.push(`${noise.length} more look like noise (flaky, or as often as they fail anyway).`)
  }
  return parts.join('\n\n')
}

export function renderHealth(findings: Findings, context: HealthContext = {}): string {
  const m = findings.metrics
  const open = openGaps(findings)
  const rows = metricRows(m, { deadWeightDays: findings.options.dead_weight_days, ...context, openGapsOverTarget: open.filter((i) => ageDays(i.detected_at, findings.now) >= 14).length }).map((r) => [r.label, r.value, r.target, r.status])
  const chance = m.prediction_rate_by_chance === null ? '' : `; ${m.prediction_rate_by_chance} % would have by chance alone`
  const headline =
    findings.incident_count === 0
      ? 'No incident to judge yet.'
      : m.predicted_incident_rate === null
        ? `**${m.prediction_rate ?? 0} % of incidents had a covering test fail before them** (the prediction rate${chance}).`
        : `**${m.predicted_incident_rate} % of incidents were predicted**: a predictive test failed before them. ` +
          `${m.prediction_rate ?? 0} % had any covering test fail before them (the prediction rate)${chance}.`
  return [
    '## Health',
    headline,
    `${findings.incident_count} incident(s), ${findings.test_count} test(s), ${findings.run_count} run(s) analysed` +
      (findings.options.analysis_branches ? ` on ${findings.options.analysis_branches.map((b) => code(b)).join(', ')}` : ' on every branch') +
      '.',
    table(['metric', 'value', 'target', ''], rows)
  ].join('\n\n')
}

const FLAKY_WORDS: Record<string, string> = { same_sha: 'passed and failed on one commit', flip_rate: 'flips between runs' }

export function renderFlaky(findings: Findings, detail: Detail, repositoryUrl: string | null = null): string {
  const list = [...findings.flaky].sort((a, b) => b.flaky_sha_count - a.flaky_sha_count || (b.shas[0]?.at ?? '').localeCompare(a.shas[0]?.at ?? '') || a.nodeid.localeCompare(b.nodeid))
  const header = `## Flaky tests (${list.length})`
  if (list.length === 0) return `${header}\n\nNo test passed and failed on the same commit in the last ${findings.options.flaky_days} days.`
  const loadBearing = new Set(findings.load_bearing_tests)
  const fixFirst = list.filter((f) => loadBearing.has(f.nodeid)).length
  const intro = `A flaky failure cannot warn of anything.${fixFirst > 0 ? ` ${fixFirst} of them preceded incidents: fix those first.` : ''}`
  const limit = COLLAPSED[detail]
  if (limit === 0) return `${header}\n\n${intro}`
  const rows = list.slice(0, limit).map((f) => [
    testCell(f.nodeid),
    (f.reason.length > 0 ? f.reason : ['same_sha']).map((r) => FLAKY_WORDS[r] ?? escapeText(r, 30)).join('; '),
    String(f.flaky_sha_count),
    f.shas[0] ? `${commitLink(f.shas[0].sha, repositoryUrl)}<br><sub>${f.shas[0].at.slice(0, 10)}</sub>` : ''
  ])
  const more = list.length > limit ? `\n\n…and ${list.length - limit} more in findings.json.` : ''
  return `${header}\n\n${intro}\n\n${details('the flaky tests, most commits first', table(['test', 'why flaky', 'commits', 'latest'], rows) + more)}`
}

export function renderDeadWeight(findings: Findings, detail: Detail): string {
  const list = [...findings.dead_weight].sort((a, b) => b.runs - a.runs || a.nodeid.localeCompare(b.nodeid))
  const m = findings.metrics
  const header = `## Dead-weight candidates (${list.length})`
  const ratio =
    m.dead_weight_ratio === null
      ? ''
      : ` The dead-weight ratio counts every quiet test among the active ones (${m.quiet_test_count} of ${m.active_test_count}, ${m.dead_weight_ratio} %); only those in components that never had an incident are candidates.`
  if (list.length === 0) return `${header}\n\nNone: every active test failed recently or guards a component that had an incident.${ratio}`
  const intro = `No failure in ${findings.options.dead_weight_days} days and no incident ever in their component.${ratio} Review them: retire, merge or keep; nothing is removed automatically.`
  const limit = COLLAPSED[detail]
  if (limit === 0) return `${header}\n\n${intro}`
  const rows = list.slice(0, limit).map((d) => [testCell(d.nodeid), escapeText(d.component, 40), d.last_failure ? d.last_failure.slice(0, 10) : 'never', String(d.runs)])
  const more = list.length > limit ? `\n\n…and ${list.length - limit} more in findings.json.` : ''
  return `${header}\n\n${intro}\n\n${details('the candidates, most runs first', table(['test', 'component', 'last failure', 'runs'], rows) + more)}`
}

/** Incidents left out of every figure: outside the history, from untrusted authors, unclassified. */
export function renderNotAnalysed(findings: Findings, detail: Detail): string {
  const cap = Math.max(SHOWN[detail], 5)
  const parts: string[] = []
  const outside = findings.incidents_outside_history ?? []
  if (outside.length > 0) {
    const items = outside.slice(0, cap).map((o) => `- ${link(o.incident_id, o.url)} (${o.detected_at.slice(0, 10)}): ${escapeText(o.reason, 160)}`)
    parts.push(details(`Incidents the history cannot judge (${outside.length})`, items.join('\n') + tail(outside.length, cap)))
  }
  const untrusted = findings.untrusted_incidents ?? []
  if (untrusted.length > 0) {
    const items = untrusted.slice(0, cap).map((u) => `- ${link(u.incident_id, u.url)}: opened by ${u.author ? code(u.author, 40) : 'an unknown author'}${u.author_association ? ` (${escapeText(u.author_association, 20)})` : ''}`)
    parts.push(details(`Incidents from authors outside \`incident-authors\` (${untrusted.length}), not analysed`, items.join('\n') + tail(untrusted.length, cap)))
  }
  const unclassified = findings.unclassified_incidents
  if (unclassified.length > 0) {
    const items = unclassified.slice(0, cap).map((u) => `- ${link(`${u.incident_id}${u.title ? ` ${u.title}` : ''}`, u.url)}: ${escapeText(u.fix, 200)}`)
    parts.push(details(`Incidents without a component (${unclassified.length}): no test can be matched to them`, items.join('\n') + tail(unclassified.length, cap)))
  }
  if (parts.length === 0) return ''
  return `## Incidents left out of the figures\n\n${parts.join('\n\n')}`
}

export function renderUntagged(findings: Findings): string {
  const { count, examples } = findings.untagged_tests
  if (count === 0) return ''
  return (
    `**${count} of ${findings.test_count} tests in the history have no component** (e.g. ${examples.slice(0, 3).map((e) => code(e)).join(', ')}). ` +
    'Tag them (README, "Tagging tests") so incidents can be matched to them.'
  )
}

export function renderMethodNotes(findings: Findings, findingsPath: string | null): string {
  const o = findings.options
  const notes = [
    `A test "preceded" an incident when it failed in the ${o.window_days} days before the incident was detected, on a run of ${o.analysis_branches ? o.analysis_branches.map((b) => code(b)).join(', ') : 'any branch'}.`,
    'Its verdict weighs those failures against how often it fails anyway (its base rate), counting how many tests of the component were compared: **predictive** is unlikely to be chance and not flaky, **noise** is flaky or as often as its base rate predicts, **possible** is in between. Confidence is how likely it is to be a real precursor.',
    `Quiet: no failure in ${o.dead_weight_days} days and at least that old. Flaky: passed and failed on one commit in the last ${o.flaky_days} days, or flips between runs far more than a breakage and its fix explain.`,
    findingsPath ? `Every finding with its evidence (runs, commits, dates): \`${findingsPath}\` (output \`findings-file\`).` : 'Every finding with its evidence is in findings.json (output `findings-file`).'
  ]
  return details('How these figures are made', notes.map((n) => `- ${n}`).join('\n'))
}

/** One incident's answer in a sentence, shared by the summary and the comment: "Yes" only when a predictive test failed. */
export function incidentVerdict(incident: IncidentFinding, windowDays: number): string {
  const failing = incident.failing_test_evidence
  if (incident.predicted_by.length > 0) {
    return `**Yes**: ${names(incident.predicted_by)} failed in the ${windowDays} days before it was detected, and ${incident.predicted_by.length === 1 ? 'its failures are' : 'their failures are'} unlikely to be chance.`
  }
  if (failing.length > 0) {
    const real = failing.filter((e) => !e.flaky).map((e) => e.nodeid)
    const possible = failing.filter((e) => e.verdict === 'possible').length
    const flaky = failing.length - real.length
    const what =
      possible > 0
        ? 'their failures before incidents are too few to tell from chance yet'
        : flaky === failing.length
          ? 'they are flaky'
          : flaky > 0
            ? 'they are flaky, or fail as often without an incident'
            : 'they fail as often without an incident'
    return `**Not reliably**: ${failing.length} covering test(s) failed in the ${windowDays} days before it, but ${what}.${real.length > 0 ? ` Not flaky: ${names(real)}.` : ''}`
  }
  const kind = gapKind(incident)
  if (kind === 'only_skipped_tests') return `**No**: its ${incident.covering_test_count} covering test(s) never ran in the ${windowDays} days before it (skipped or xfailed).`
  if (kind === 'no_test_coverage') return `**No**: no test of \`${escapeText(incident.component, 60)}\` existed when it was detected.`
  return `**No**: ${incident.covering_test_count} test(s) of the component existed, and none failed in the ${windowDays} days before it was detected.`
}

function names(nodeids: string[], max = 4): string {
  const shown = nodeids.slice(0, max).map((n) => testName(n))
  return shown.join(', ') + (nodeids.length > max ? ` and ${nodeids.length - max} more` : '')
}

function formatCount(x: number): string {
  return x < 10 ? String(Math.round(x * 10) / 10) : String(Math.round(x))
}

function tail(total: number, shown: number): string {
  return total > shown ? `\n- …and ${total - shown} more in findings.json` : ''
}

function countBy(values: string[]): string {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].map(([k, n]) => `${k}: ${n}`).join(', ')
}
