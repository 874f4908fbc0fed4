/**
 * The run verdict as a few lines of markdown, for the top of the job summary and the pull-request
 * comment: the answer first (how many failed, and whose failures they are), then the failing
 * predictive tests, the predictive tests that did not run, the new tests and the gaps they close,
 * and the open gaps. Every list is capped; test names and incident titles are untrusted and escaped.
 */
import type { FailureOrigin, IncidentRef, RunFailure, RunVerdict } from '../run-verdict/index.js'
import { code as fullCode, escapeText, link } from './markdown.js'

/** Test names are shown whole up to this many characters: enough for any real nodeid. */
const NAME_CHARS = 150
const code = (nodeid: string): string => fullCode(nodeid, NAME_CHARS)

export interface RunVerdictRenderOptions {
  /** our own markdown ending the open-gaps line: "details further down" in the summary, a link to the checks in a comment */
  details: string
  /** what the annotations showed and left out (the summary says it; a comment does not need to) */
  annotations?: { shown: number; leftOut: number; limitNote: string } | null
  /** items per list before "and N more" (default 10) */
  cap?: number
}

export const RUN_VERDICT_HEADING = '## What this run means'

export function renderRunVerdict(verdict: RunVerdict, options: RunVerdictRenderOptions): string {
  const cap = options.cap ?? 10
  const breakdown = failureBreakdown(verdict, cap)
  // the breakdown list hangs under the headline, so no other list can run into it
  const parts = [RUN_VERDICT_HEADING, breakdown ? `${headline(verdict)}\n${breakdown}` : headline(verdict)]
  const predictive = verdict.failures.filter((f) => f.predictive)
  if (predictive.length > 0) {
    parts.push(
      `> [!CAUTION]\n> ${predictive.length === 1 ? '**1 failing test is predictive**: its failures preceded incidents; treat this failure' : `**${predictive.length} failing tests are predictive**: their failures preceded incidents; treat these failures`} as a production risk, not as noise.\n` +
        capped(predictive, cap, (f) => `> - ${code(f.nodeid)} (${originLabel(f.origin, verdict)}) preceded ${incidentList(f.incidents, 3)}`, (n) => `> - and ${n} more`)
    )
  }
  if (verdict.predictiveNotRun.length > 0) {
    parts.push(
      `**${plural(verdict.predictiveNotRun.length, 'predictive test')} did not run**: ${verdict.predictiveNotRun.length === 1 ? 'it has' : 'they have'} failed before incidents; do not skip or remove ${verdict.predictiveNotRun.length === 1 ? 'it' : 'them'} without a replacement.\n` +
        capped(verdict.predictiveNotRun, cap, (p) => `- ${code(p.nodeid)} ${p.problem === 'skipped' ? 'was skipped' : 'is missing from the report'}; preceded ${incidentList(p.incidents, 3)}`, (n) => `- and ${n} more`)
    )
  }
  const newTests = newTestsLine(verdict, cap)
  if (newTests) parts.push(newTests)
  parts.push(openGapsLine(verdict, options.details))
  if (options.annotations) parts.push(annotationsLine(options.annotations))
  return parts.join('\n\n')
}

function headline(verdict: RunVerdict): string {
  const failed = verdict.failures.length
  if (failed === 0) return `**No test failed** (${plural(verdict.testCount, 'test')} in the report).`
  const counts = ORIGINS.map((origin) => [origin, verdict.failures.filter((f) => f.origin === origin).length] as const)
    .filter(([, n]) => n > 0)
    .map(([origin, n]) => `${n} ${originLabel(origin, verdict)}`)
  return `**${failed} of ${plural(verdict.testCount, 'test')} failed**: ${counts.join(', ')}.${verdict.baselineRuns === 0 ? ` _The history holds no run of ${code(verdict.defaultBranch)} to compare with._` : ''}`
}

const ORIGINS: FailureOrigin[] = ['new', 'already_failing', 'known_flaky']

function originLabel(origin: FailureOrigin, verdict: RunVerdict): string {
  if (origin === 'already_failing') return `already failing on ${code(verdict.defaultBranch)}`
  if (origin === 'known_flaky') return 'known flaky'
  if (verdict.kind === 'pull_request') return 'new in this pull request'
  if (verdict.kind === 'push') return 'new in this push'
  return 'new in this run'
}

/** One line per origin that has failures, naming the tests (capped). */
function failureBreakdown(verdict: RunVerdict, cap: number): string {
  const lines: string[] = []
  for (const origin of ORIGINS) {
    const tests = verdict.failures.filter((f) => f.origin === origin)
    if (tests.length === 0) continue
    const label = originLabel(origin, verdict)
    lines.push(`- ${label[0].toUpperCase()}${label.slice(1)}: ${names(tests, cap)}`)
  }
  return lines.join('\n')
}

function names(failures: RunFailure[], cap: number): string {
  const shown = failures.slice(0, cap).map((f) => code(f.nodeid))
  if (failures.length > cap) shown.push(`and ${failures.length - cap} more`)
  return shown.join(', ')
}

function newTestsLine(verdict: RunVerdict, cap: number): string | null {
  if (verdict.newTests.length === 0) return null
  const count = `**New tests**: ${plural(verdict.newTests.length, 'test')} not yet in the history of ${code(verdict.defaultBranch)}`
  if (verdict.gapsClosed.length === 0) return `${count}; none of them matches an open gap.`
  const closing = capped(
    verdict.gapsClosed,
    cap,
    (c) => `- ${code(c.nodeid)} closes the open gap of ${incidentRef(c.gap)} (${escapeText(c.gap.component, 60)} / ${escapeText(c.gap.failure_mode, 60)}, ${c.matched_by === 'incident' ? 'it carries the incident id' : 'same component and failure mode'})`,
    (n) => `- and ${n} more`
  )
  return `${count}; ${verdict.gapsClosed.length === 1 ? 'one closes an open gap' : `they close ${verdict.gapsClosed.length} open gaps`} once merged:\n${closing}`
}

function openGapsLine(verdict: RunVerdict, details: string): string {
  const gaps = verdict.openGaps
  if (gaps.length === 0 && verdict.incidentCount === 0) return `**Open gaps**: none known: no incident was analysed; ${details}.`
  if (gaps.length === 0) return `**Open gaps**: none: each of the ${plural(verdict.incidentCount, 'incident')} analysed had a test that failed before it, or has one now.`
  const shown = gaps.slice(0, 5).map((g) => `${incidentRef(g)} (${escapeText(g.component, 60)} / ${escapeText(g.failure_mode, 60)}, since ${g.detected_at.slice(0, 10)})`)
  if (gaps.length > 5) shown.push(`and ${gaps.length - 5} more`)
  return `**Open gaps**: ${gaps.length}, oldest first: ${shown.join('; ')}; ${details}.`
}

function annotationsLine(a: { shown: number; leftOut: number; limitNote: string }): string {
  const shown = `${plural(a.shown, 'failing test')} annotated on ${a.shown === 1 ? 'its' : 'their'} file and line`
  return a.leftOut === 0 ? `_${shown}._` : `_${shown}; ${a.leftOut} more left out (${a.limitNote}); the step log lists them._`
}

/** Incident ids as links; with one incident, its title too. */
function incidentList(incidents: IncidentRef[], cap: number): string {
  if (incidents.length === 0) return 'an incident'
  if (incidents.length === 1) return incidentRef(incidents[0])
  const shown = incidents.slice(0, cap).map((i) => link(i.id, i.url))
  if (incidents.length > cap) shown.push(`and ${incidents.length - cap} more`)
  return shown.join(', ')
}

function incidentRef(incident: IncidentRef): string {
  const id = link(incident.id, incident.url)
  return incident.title ? `${id} ${escapeText(incident.title, 60)}` : id
}

function capped<T>(items: T[], cap: number, line: (item: T) => string, more: (n: number) => string): string {
  const lines = items.slice(0, cap).map(line)
  if (items.length > cap) lines.push(more(items.length - cap))
  return lines.join('\n')
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
