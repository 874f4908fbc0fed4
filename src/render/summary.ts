/** The job summary: what happened to this run, the findings, the run itself; always within GitHub's 1 MiB. */
import type { Findings } from '../analysis/types.js'
import type { TestRun } from '../report/types.js'
import { cutToBytes, fitsSummary, renderWithin, type Detail } from './budget.js'
import { renderDeadWeight, renderFlaky, renderGaps, renderHealth, renderLoadBearing, renderUnclassified, renderUntagged } from './findings-sections.js'
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
}

export function renderSummary(input: SummaryInput): { text: string; detail: Detail } {
  return renderWithin((detail) => compose(input, detail), fitsSummary, (text) => cutToBytes(text))
}

function compose(input: SummaryInput, detail: Detail): string {
  const parts: string[] = [`# ${input.title ?? 'Test incident loop'}`]
  if (input.runVerdict) parts.push(input.runVerdict)
  if (input.status.length > 0) parts.push(input.status.map((s) => `- ${s}`).join('\n'))
  for (const notice of input.notices) parts.push(`> [!NOTE]\n> ${escapeText(notice, 1000)}`)
  const f = input.findings
  if (f) {
    parts.push(renderHealth(f))
    if (input.trends && detail === 'full') parts.push(input.trends)
    if (input.impact) parts.push(renderActionsSection(input.impact, detail))
    parts.push(renderGaps(f, detail), renderLoadBearing(f, detail), renderFlaky(f, detail), renderDeadWeight(f, detail))
    const unclassified = renderUnclassified(f)
    if (unclassified) parts.push(unclassified)
    const untagged = renderUntagged(f)
    if (untagged) parts.push(untagged)
  }
  if (input.run) parts.push(renderRunSection(input.run, detail))
  if (detail !== 'full') parts.push(`_Lists were shortened to fit GitHub's 1 MiB summary limit${input.findingsPath ? `; every finding is in \`${input.findingsPath}\`` : ''}._`)
  else if (input.findingsPath) parts.push(`_Every finding with its evidence (runs, commits, dates): \`${input.findingsPath}\` (output \`findings-file\`)._`)
  return parts.join('\n\n') + '\n'
}
