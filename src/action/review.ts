/**
 * `mode: review`: the quarter's health-review issue, created or updated in place (ticked boxes
 * kept), and the same markdown in the job summary. A read-only token keeps the summary.
 */
import * as core from '@actions/core'
import type { AnalysisOptions } from '../analysis/types.js'
import type { RunnerContext } from '../context.js'
import type { GitHubClient } from '../github.js'
import type { Config } from '../inputs.js'
import { renderReview } from '../render/review.js'
import { buildReview, upsertReviewIssue } from '../review/index.js'
import { openActionHistory } from './history-step.js'
import { incidentNotices, loadIncidents } from './incident-source.js'
import { escapeText } from '../render/markdown.js'

export async function reviewRun(config: Config, ctx: RunnerContext, octokit: GitHubClient | null, analysisOptions: AnalysisOptions): Promise<void> {
  const now = new Date()
  const { clone, problem } = await openActionHistory(config, ctx)
  if (!clone) {
    core.setFailed(`The health review needs the history: ${problem}`)
    return
  }
  try {
    const load = await loadIncidents(config, ctx, octokit)
    await clone.fetchRunFiles()
    const review = buildReview(clone.rollup(), load.incidents, {
      quarter: config.reviewQuarter ?? undefined,
      now,
      analysisOptions,
      runs: clone,
      repository: `${ctx.owner}/${ctx.repo}`
    })
    // incidents left out (untrusted authors, unreadable fields) are named in the review too
    const leftOut = incidentNotices(load).map((n) => `- ${escapeText(n, 1000)}`)
    const body = leftOut.length > 0 ? `${renderReview(review).trimEnd()}\n\n### Incidents left out of this review\n\n${leftOut.join('\n')}\n` : renderReview(review)
    const lines: string[] = []
    if (load.problem) lines.push(`> [!NOTE]\n> No incidents were read: ${load.problem}.`)
    if (octokit) {
      try {
        const result = await upsertReviewIssue(octokit, { owner: ctx.owner, repo: ctx.repo, quarter: review.quarter, body })
        lines.push(`Review issue #${result.number}: ${result.action}.`)
        core.setOutput('review-issue', result.number)
      } catch (error) {
        const status = (error as { status?: number }).status
        if (status !== 401 && status !== 403) throw error
        lines.push(`> [!NOTE]\n> The review issue was not written: the token may not write issues (HTTP ${status}); give the job \`permissions: issues: write\`.`)
      }
    } else {
      lines.push('> [!NOTE]\n> No `github-token`: the review issue was not written.')
    }
    if (ctx.stepSummaryPath) await core.summary.addRaw(`${lines.join('\n\n')}\n\n${body}`).write()
    for (const line of lines) core.info(line)
  } finally {
    await clone.dispose()
  }
}
