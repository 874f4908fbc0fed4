/**
 * Keeping the findings comment on incident issues current, with a bounded number of API calls:
 * only incidents that are GitHub issues, only those whose comment text changed (or the one the
 * event is about), at most `max-incident-comments` per run.
 */
import * as core from '@actions/core'
import type { Findings, IncidentFinding } from '../analysis/types.js'
import type { ProductionImpact } from '../metrics/index.js'
import { renderIncidentImpact } from '../render/impact.js'
import type { GitHubClient } from '../github.js'
import type { Incident } from '../incidents/types.js'
import { upsertIncidentComment } from '../comments/upsert.js'
import { renderIncidentComment } from '../render/comment.js'

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

/** Renders an incident's comment, with its production impact when metrics were read. */
export function commentRenderer(impact: ProductionImpact | null): CommentRenderer {
  const sections = new Map((impact?.incidents ?? []).map((i) => [i.incident_id, renderIncidentImpact(i, impact?.settings ?? null)]))
  return (incident, findings) => renderIncidentComment(incident, findings, sections.get(incident.incident_id) ?? '')
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
