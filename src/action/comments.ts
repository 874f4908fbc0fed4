/**
 * Keeping the findings comment on incident issues current, with a bounded number of API calls:
 * only incidents that are GitHub issues, only those whose comment text changed (or the one the
 * event is about), at most `max-incident-comments` per run.
 */
import * as core from '@actions/core'
import type { Findings, IncidentFinding, IncidentOutsideHistory } from '../analysis/types.js'
import type { ProductionImpact } from '../metrics/index.js'
import { renderIncidentImpact } from '../render/impact.js'
import type { GitHubClient } from '../github.js'
import type { Incident } from '../incidents/types.js'
import { upsertIncidentComment } from '../comments/upsert.js'
import { renderIncidentComment } from '../render/comment.js'
import { escapeText } from '../render/markdown.js'
import { unknownComponentProblem } from '../incidents/components.js'

export interface CommentReport {
  created: number
  updated: number
  unchanged: number
  /** targets beyond max-incident-comments, left for a later run */
  deferred: number
  calls: number
  /** why commenting stopped early (a read-only token), if it did */
  problem: string | null
}

export type CommentRenderer = (incident: IncidentFinding, findings: Findings) => string

/**
 * Renders an incident's comment, with its production impact when metrics were read, and what the
 * action could not read in the incident's fields (or took from elsewhere), so the team sees it where
 * it looks.
 */
export function commentRenderer(impact: ProductionImpact | null, incidents: readonly Incident[] = [], components: readonly string[] = []): CommentRenderer {
  const sections = new Map((impact?.incidents ?? []).map((i) => [i.incident_id, renderIncidentImpact(i, impact?.settings ?? null)]))
  const notes = new Map(incidents.map((i) => [i.id, fieldNotes(i, components)]))
  return (incident, findings) =>
    renderIncidentComment(incident, findings, [sections.get(incident.incident_id) ?? '', notes.get(incident.incident_id) ?? ''].filter((t) => t !== '').join('\n\n'))
}

/** The incident's unreadable fields and fallbacks, as a short section of the comment ('' when none). */
export function fieldNotes(incident: Incident, components: readonly string[] = []): string {
  const unknown = unknownComponentProblem(incident, components)
  const lines = [...incident.problems, ...(unknown ? [unknown] : [])].map((p) => `- ${escapeText(p, 400)}`)
  if (incident.detected_at_from === 'issue_created') {
    lines.push(`- The issue has no "Detected at" field, so its creation time (${incident.detected_at}) is used as the detection time; add the field if it was detected earlier.`)
  }
  return lines.length > 0 ? `**Incident fields**\n\n${lines.join('\n')}` : ''
}

/**
 * The comment on an incident the history cannot judge (no stored runs yet, detected before the
 * history begins, or a field it needs is unreadable): why, and no verdict.
 */
export function renderUnjudgedComment(incident: Incident, reason: string): string {
  const notes = fieldNotes(incident)
  return [
    '### Could a test have caught this incident?',
    `**Cannot be judged yet**: ${reason}`,
    ...(notes ? [notes] : []),
    '<sub>Computed from the test history on its data branch. This comment is updated in place once the incident can be judged.</sub>'
  ].join('\n\n') + '\n'
}

/** Why an incident outside the history gets no verdict, for its comment. */
export function outsideHistoryReason(outside: IncidentOutsideHistory): string {
  return `detected before the history begins: cannot be judged (${escapeText(outside.reason, 300)}).`
}

/**
 * Writes the unjudged comment on the incident's issue. `keepExisting`: a comment that exists stays
 * as it is (a real verdict is never replaced by a notice).
 */
export async function upsertUnjudgedComment(
  octokit: GitHubClient,
  target: { owner: string; repo: string },
  incident: Incident,
  reason: string,
  keepExisting: boolean
): Promise<CommentReport & { kept: boolean }> {
  const report = { created: 0, updated: 0, unchanged: 0, deferred: 0, calls: 0, problem: null as string | null, kept: false }
  if (incident.issue_number === null) return report
  try {
    const result = await upsertIncidentComment(octokit, { ...target, issueNumber: incident.issue_number, body: renderUnjudgedComment(incident, reason), keepExisting })
    report.calls += result.calls
    report[result.action]++
    report.kept = result.kept === true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status !== 403 && status !== 401) throw error
    report.problem = `the token may not comment on issues (HTTP ${status}); give the job \`permissions: issues: write\``
  }
  return report
}

/** The incidents whose comment text differs between two analyses: what this run changed. */
export function incidentsWithChangedComment(before: Findings | null, after: Findings, render: CommentRenderer): string[] {
  const previous = new Map((before?.incidents ?? []).map((i) => [i.incident_id, render(i, before as Findings)]))
  return after.incidents.filter((i) => previous.get(i.incident_id) !== render(i, after)).map((i) => i.incident_id)
}

export async function updateIncidentComments(
  octokit: GitHubClient,
  target: { owner: string; repo: string },
  findings: Findings,
  incidents: Incident[],
  ids: string[],
  max: number,
  render: CommentRenderer
): Promise<CommentReport> {
  const report: CommentReport = { created: 0, updated: 0, unchanged: 0, deferred: 0, calls: 0, problem: null }
  const byId = new Map(incidents.map((i) => [i.id, i]))
  const findingById = new Map(findings.incidents.map((i) => [i.incident_id, i]))
  const targets = ids.filter((id) => byId.get(id)?.issue_number != null && findingById.has(id))
  report.deferred = Math.max(0, targets.length - max)
  for (const id of targets.slice(0, max)) {
    const issueNumber = byId.get(id)?.issue_number as number
    try {
      const result = await upsertIncidentComment(octokit, { ...target, issueNumber, body: render(findingById.get(id)!, findings) })
      report.calls += result.calls
      report[result.action]++
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 403 || status === 401) {
        report.problem = `the token may not comment on issues (HTTP ${status}); give the job \`permissions: issues: write\``
        break
      }
      core.warning(`Could not update the findings comment on issue #${issueNumber}: ${(error as Error).message}`)
    }
  }
  return report
}

export function describeComments(report: CommentReport): string {
  const parts = [`${report.created} created`, `${report.updated} updated`, `${report.unchanged} unchanged`]
  if (report.deferred > 0) parts.push(`${report.deferred} left for the next run (max-incident-comments)`)
  return `Incident comments: ${parts.join(', ')}.`
}
