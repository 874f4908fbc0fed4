/** The job summary: what happened to this run, the findings, the run itself; always within GitHub's 1 MiB. */
import type { Findings } from '../analysis/types.js'
import type { TestRun } from '../report/types.js'
import { cutToBytes, fitsSummary, renderWithin, type Detail } from './budget.js'
import { openGaps, renderClosedGaps, renderDeadWeight, renderFlaky, renderHealth, renderMethodNotes, renderNotAnalysed, renderOpenGaps, renderProtect, renderUntagged } from './findings-sections.js'
import { escapeText } from './markdown.js'
import { renderRunSection } from './run-section.js'
import { renderActionsSection } from './impact.js'
import type { ProductionImpact } from '../metrics/index.js'

export interface SummaryInput {
  title?: string
  /** what this run means (render/run-verdict.ts), pre-rendered markdown shown first under the title */
  runVerdict?: string
  /** what happened to the history and the comments, one line each (our own text, may hold markdown) */
  status: string[]
  /** things skipped and why (read-only token, no incidents source, ...) */
  notices: string[]
  findings: Findings | null
  run: TestRun | null
  findingsPath: string | null
  /** the trends section (render/trends.ts), shown after the health table; dropped below full detail */
  trends?: string
  /** production metrics and the recommended actions, when a metrics source is set */
  impact?: ProductionImpact | null
  /** when the history's first run was stored: figures it is too short to judge say "no data" */
  historyStart?: string | null
  /** e.g. https://github.com/owner/repo: commits become links */
  repositoryUrl?: string | null
}

/** When the history's first run on the analysed branches was stored (SummaryInput.historyStart). */
export function firstRunAt(runs: ReadonlyArray<{ created: string; branch: string | null }>, branches: string[] | null): string | null {
  let first: string | null = null
  for (const r of runs) if ((branches === null || branches.includes(r.branch ?? '')) && (first === null || r.created < first)) first = r.created
  return first
}

export function renderSummary(input: SummaryInput): { text: string; detail: Detail } {
  return renderWithin((detail) => compose(input, detail), fitsSummary, (text) => cutToBytes(text))
}

/**
 * What needs doing first (this run's verdict, the open gaps, the tests to protect), then the
 * figures (health, trends), then the longer lists (collapsed), this run, and how it was computed.
 */
function compose(input: SummaryInput, detail: Detail): string {
  const parts: string[] = [`# ${input.title ?? 'Test incident loop'}`]
  if (input.runVerdict) parts.push(input.runVerdict)
  for (const notice of input.notices) parts.push(`> [!NOTE]\n> ${escapeText(notice, 1000)}`)
  const f = input.findings
  if (f) {
    const historyDays = input.historyStart ? Math.max(0, (Date.parse(f.now) - Date.parse(input.historyStart)) / 86_400_000) : null
    parts.push(renderOpenGaps(f, detail))
    const closed = renderClosedGaps(f, detail, input.repositoryUrl ?? null)
    if (closed) parts.push(closed)
    parts.push(renderProtect(f, detail), renderHealth(f, { historyDays }))
    if (input.trends && detail === 'full') parts.push(input.trends)
    if (input.impact) parts.push(renderActionsSection(input.impact, detail, new Set(openGaps(f).map((i) => i.incident_id))))
    parts.push(renderFlaky(f, detail, input.repositoryUrl ?? null), renderDeadWeight(f, detail))
    const left = renderNotAnalysed(f, detail)
    if (left) parts.push(left)
    const untagged = renderUntagged(f)
    if (untagged) parts.push(untagged)
  }
  if (input.run) parts.push(renderRunSection(input.run, detail))
  if (input.status.length > 0) parts.push(`## This job\n\n${input.status.map((s) => `- ${s}`).join('\n')}`)
  if (f) parts.push(renderMethodNotes(f, input.findingsPath))
  if (detail !== 'full') parts.push(`_Lists were shortened to fit GitHub's 1 MiB summary limit${input.findingsPath ? `; every finding is in \`${input.findingsPath}\`` : ''}._`)
  return parts.join('\n\n') + '\n'
}
