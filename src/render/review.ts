/**
 * The body of the quarterly review issue. Every list a team works through is a task list; each item
 * ends with a hidden key (review/ticks.ts) so an update keeps the ticked boxes. Untrusted text
 * (test names, incident titles and ids, components) goes through markdown.ts. The body fits GitHub's
 * limit of 65,536 characters: lists are shortened (all, then the top entries, then counts) until it does.
 */
import type { Review } from '../review/index.js'
import { reviewMarker, reviewTitle } from '../review/issue.js'
import { taskKey } from '../review/ticks.js'
import { fitsComment, renderWithin, type Detail } from './budget.js'
import { code, details, escapeText, link, table } from './markdown.js'
import { niceMax, renderTrendsSection, xyChart } from './trends.js'

const LIST_CAP: Record<Detail, number> = { full: 100, top: 20, counts: 0 }

export function renderReview(review: Review): string {
  return renderWithin(
    (detail) => renderAt(review, detail),
    fitsComment,
    (text) => text.slice(0, 60_000)
  ).text
}

function renderAt(review: Review, detail: Detail): string {
  const cap = LIST_CAP[detail]
  const period = `${review.start.slice(0, 10)} to ${dayBefore(review.end)}`
  const state = review.complete ? 'the quarter is over' : `quarter in progress, as of ${review.at.slice(0, 16).replace('T', ' ')} UTC`
  const runs = review.run_files_read === null ? `${review.runs_in_quarter} runs` : `${review.runs_in_quarter} runs (${review.run_files_read} run files read)`
  const parts: string[] = [
    reviewMarker(review.quarter),
    `# ${reviewTitle(review.quarter)}`,
    '',
    `_${review.repository ? `${escapeText(review.repository, 100)} · ` : ''}${period} (${state}) · ${runs} · ${review.findings.incident_count} incidents on record_`,
    '',
    'The quarterly health review of the test suite against production incidents. The task lists come first: the boxes you tick are kept when the action updates this issue. Figures, charts and the full tables follow, collapsed.',
    '',
    ...openGapsSection(review, cap),
    ...protectSection(review, cap),
    ...deadWeightSection(review, cap),
    ...flakySection(review, cap),
    ...slowdownSection(review, cap),
    '## 6. Metrics against targets',
    '',
    renderTrendsSection(review.trends, { level: 3, collapseCharts: true }),
    '',
    ...incidentsSection(review),
    ...closedGapsSection(review),
    ...suiteDurationSection(review),
    '## Limits of this review',
    '',
    ...review.limits.map((l) => `- ${l}`),
    ''
  ]
  return parts.join('\n')
}

function incidentsSection(review: Review): string[] {
  const out = [`### This quarter's incidents mapped to coverage (${review.incidents.length})`, '']
  if (review.incidents.length === 0) return [...out, '_No classified incident was detected this quarter._', '']
  const rows = review.incidents.map((i) => [
    link(`${i.incident_id}${i.title ? `: ${i.title}` : ''}`, i.url),
    i.detected_at.slice(0, 10),
    `${code(i.component, 80)} / ${code(i.failure_mode, 80)}`,
    String(i.covering_test_count),
    incidentStatus(i)
  ])
  return [...out, collapseLong(`the ${rows.length} incidents`, table(['Incident', 'Detected', 'Component / failure mode', 'Covering tests', 'Status'], rows), rows.length), '']
}

function incidentStatus(i: Review['incidents'][number]): string {
  switch (i.status) {
    case 'predicted':
      return `✅ predicted: ${i.predicted_by.length} covering test(s) failed in the week before, unlikely by chance`
    case 'not_reliable':
      return `⚠️ not reliably predicted: ${i.failing_tests.length} covering test(s) failed in the week before, as often as they do without an incident or flakily`
    case 'covered':
      return 'covered'
    case 'gap_closed':
      return `gap closed by ${code(i.gap_closed_by ?? '', 120)} after ${i.gap_closure_days} days ${(i.gap_closure_days ?? 0) < 14 ? '✅' : '❌'}`
    case 'gap_open':
      return i.gap_type === 'no_test_coverage' ? '❌ gap open: no test covered it' : '❌ gap open: its tests passed, yet it happened'
  }
}

function openGapsSection(review: Review, cap: number): string[] {
  const gaps = review.open_gaps
  const out = [`## 1. Coverage gaps still open (${gaps.length}), oldest first`, '']
  if (gaps.length === 0) return [...out, '_None: every incident with a gap has a test that closes it._', '']
  const over = gaps.filter((g) => g.over_target).length
  out.push(`${over} of them open longer than the 14-day closure target. A test tagged \`incident=<id>\` (metadata or property), or one of the component with the incident's failure mode, closes a gap.`, '')
  const oldestFirst = [...gaps].sort((a, b) => a.detected_at.localeCompare(b.detected_at) || a.incident_id.localeCompare(b.incident_id))
  const items = oldestFirst.slice(0, cap).map(
    (g) =>
      `- [ ] ${link(`${g.incident_id}${g.title ? `: ${g.title}` : ''}`, g.url)} (${code(g.component, 80)} / ${code(g.failure_mode, 80)}): ` +
      `${g.gap_type === 'no_test_coverage' ? 'no test coverage' : 'tests passed, yet it happened'}; open ${Math.floor(g.age_days)} days${g.over_target ? ' ❌ (over the 14-day target)' : ', within the 14-day target so far'}. ` +
      `${escapeText(g.recommendation, 200)}. ${taskKey('gap', g.incident_id)}`
  )
  return [...out, ...items, ...more(gaps.length, cap), '']
}

function closedGapsSection(review: Review): string[] {
  const closed = review.closed_gaps
  const out = [`### Gap closure time: gaps closed this quarter (${closed.length})`, '']
  if (closed.length === 0) return [...out, '_No gap was closed this quarter._', '']
  const rows = closed.map((g) => [
    link(`${g.incident_id}${g.title ? `: ${g.title}` : ''}`, g.url),
    code(g.closed_by, 120),
    g.matched_by === 'incident' ? 'carries the incident id' : 'component + failure mode',
    g.closed_at.slice(0, 10),
    `${g.days} days ${g.within_target ? '✅' : '❌'}`
  ])
  return [...out, collapseLong(`the ${rows.length} closed gaps`, table(['Incident', 'Closed by', 'Why', 'First seen', 'Closure time (target < 14 days)'], rows), rows.length), '']
}

function protectSection(review: Review, cap: number): string[] {
  const list = review.protect
  const out = [`## 2. Load-bearing tests to protect (${list.length})`, '']
  if (list.length === 0) return [...out, '_No test failed in the week before an incident of its component._', '']
  const atRisk = list.filter((p) => p.warnings.length > 0).length
  const anyNoise = list.some((p) => p.verdict === 'noise')
  out.push(`Tests whose failures preceded incidents, strongest evidence first: never skip them for speed, fix them first when they flake. ${atRisk} of them are at risk (⚠️).${anyNoise ? ' Those whose failures look like noise are collapsed at the end.' : ''}`, '')
  const item = (p: Review['protect'][number]): string => {
    const risk = p.warnings.length > 0 ? ` ⚠️ ${p.warnings.join('; ')}.` : ''
    return `- [ ] Protect ${code(p.nodeid)} (${code(p.component, 80)}): **${p.verdict}** (confidence ${Math.round(p.confidence * 100)} %, **${p.strength}**), preceded ${p.a} of ${p.n} incidents (p = ${formatP(p.p_value)}).${risk} ${taskKey('protect', p.nodeid)}`
  }
  const signal = list.filter((p) => p.verdict !== 'noise')
  const noise = list.filter((p) => p.verdict === 'noise')
  out.push(...signal.slice(0, cap).map(item), ...more(signal.length, cap))
  if (noise.length > 0 && cap > 0) {
    const shown = Math.min(cap, 20)
    out.push('', details(`Failures before incidents that look like noise (${noise.length}): flaky, or as often as they fail anyway`, [...noise.slice(0, shown).map(item), ...more(noise.length, shown)].join('\n')))
  } else if (noise.length > 0) out.push(`- _${noise.length} more look like noise (see findings.json)._`)
  return [...out, '']
}

function deadWeightSection(review: Review, cap: number): string[] {
  const list = review.dead_weight
  const out = [`## 3. Dead-weight candidates (${list.length})`, '']
  if (list.length === 0) return [...out, '_No test is quiet long enough in a component without incidents._', '']
  const total = list.reduce((sum, d) => sum + (d.cost_ms ?? 0), 0)
  out.push(`Quiet tests in components that never had an incident, costliest first (cost = duration × runs this quarter; together ${formatMs(total)}). Retire or consolidate them, or say why they stay.`, '')
  const items = list.slice(0, cap).map((d) => {
    const runs = `${d.runs}${d.runs_estimated ? ' (estimated)' : ''} runs`
    return `- [ ] Retire or consolidate ${code(d.nodeid)}: cost ${formatCost(d)} over ${runs}; why: ${d.reasons.join('; ')}. ${taskKey('retire', d.nodeid)}`
  })
  return [...out, ...items, ...more(list.length, cap), '']
}

function formatCost(d: Review['dead_weight'][number]): string {
  if (d.cost_ms === null) return 'unknown (no duration recorded)'
  if (d.cost_basis === 'at_most') return `≤ ${formatMs(d.cost_ms)}`
  if (d.cost_basis === 'last_recorded') return `≈ ${formatMs(d.cost_ms)} (last recorded duration × runs)`
  return formatMs(d.cost_ms)
}

function flakySection(review: Review, cap: number): string[] {
  const list = review.flaky
  const out = [`## 4. Flaky tests (${list.length}), by failures on commits where they also passed`, '']
  if (list.length === 0) return [...out, '_No test both passed and failed on one commit this quarter._', '']
  const items = list.slice(0, cap).map((f) => {
    const load = f.load_bearing ? ' Load-bearing: fix it, do not skip it.' : ''
    return `- [ ] Fix or remove ${code(f.nodeid)} (${code(f.component, 80)}): failed ${f.failures_on_passing_commits} times on ${f.flaky_commits} commit(s) where it also passed; last ${f.last_seen_flaky.slice(0, 10)}.${load} ${taskKey('flaky', f.nodeid)}`
  })
  return [...out, ...items, ...more(list.length, cap), '']
}

function slowdownSection(review: Review, cap: number): string[] {
  const out = [`## 5. Tests that slowed down most this quarter (${review.slowdowns.length})`, '']
  if (review.suite_duration === null) return [...out, '_Needs the run files (not read for this review)._', '']
  if (review.slowdowns.length === 0) return [...out, '_No test got slower by 50 ms and 20 % or more (among those with at least 4 recorded durations)._', '']
  out.push('Median of the earliest third of the recorded durations against the latest third; update the performance budgets or find the cause.', '')
  return [
    ...out,
    ...review.slowdowns
      .slice(0, Math.min(cap, 20))
      .map(
        (s) =>
          `- [ ] Review the budget of ${code(s.nodeid)}: ${formatMs(s.before_ms)} → ${formatMs(s.after_ms)} (+${s.growth_percent} %, ${s.observations} recorded runs). ${taskKey('perf', s.nodeid)}`
      ),
    ...more(review.slowdowns.length, Math.min(cap, 20)),
    ''
  ]
}

function suiteDurationSection(review: Review): string[] {
  const out = ['### Suite duration', '']
  const sd = review.suite_duration
  if (sd === null) return [...out, '_Needs the run files (not read for this review)._', '']
  const rows = sd.quarters.map((q) => [q.quarter, q.median_s === null ? 'no data' : formatMs(q.median_s * 1000), `${q.runs_with_duration} of ${q.runs}`])
  out.push(table(['Quarter', 'Median run duration', 'Runs with a duration'], rows), '')
  const charts: string[] = []
  const known = sd.quarters.filter((q) => q.median_s !== null)
  if (known.length > 0) {
    const values = known.map((q) => q.median_s as number)
    charts.push(xyChart({ title: 'Median suite duration per quarter (seconds)', categories: known.map((q) => q.quarter), yTitle: 'seconds', yMin: 0, yMax: niceMax(values), series: { kind: 'bar', values } }))
  }
  if (sd.weeks.length > 1) {
    const values = sd.weeks.map((w) => w.median_s)
    charts.push(xyChart({ title: `Median suite duration per week of ${review.quarter} (seconds)`, categories: sd.weeks.map((w) => w.week.slice(5)), rangeTitle: `week of ${review.quarter}, from ${sd.weeks[0].week.slice(5)}`, yTitle: 'seconds', yMin: 0, yMax: niceMax(values), series: { kind: 'line', values } }))
  }
  if (charts.length > 0) out.push(details('Suite duration charts', charts.join('\n\n')), '')
  return out
}

/** Tables longer than a screen are collapsed; short ones stay open. */
function collapseLong(summary: string, body: string, rows: number): string {
  return rows > 10 ? details(summary, body) : body
}

function more(total: number, cap: number): string[] {
  if (total <= cap) return []
  return [cap === 0 ? `_${total} items: the list was left out to fit GitHub's size limit; see findings.json._` : `- _… and ${total - cap} more (see findings.json)._`]
}

function dayBefore(iso: string): string {
  return new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10)
}

function formatP(p: number): string {
  return p < 0.001 ? p.toExponential(1) : String(Math.round(p * 1000) / 1000)
}

/** 850 ms, 12.3 s, 4.5 min, 1.2 h */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${round1(ms / 1000)} s`
  if (ms < 3_600_000) return `${round1(ms / 60_000)} min`
  return `${round1(ms / 3_600_000)} h`
}

const round1 = (v: number): string => String(Math.round(v * 10) / 10)
