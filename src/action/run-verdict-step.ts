/**
 * The run verdict in the action: computed once from the run, the findings and the history before
 * this run; shown as annotations on the failing tests, at the top of the summary and, when asked,
 * as the pull request's comment.
 */
import type { Findings } from '../analysis/types.js'
import type { RunnerContext } from '../context.js'
import type { GitHubClient } from '../github.js'
import type { Rollup } from '../history/types.js'
import type { Config } from '../inputs.js'
import type { TestRun } from '../report/types.js'
import { renderRunVerdict } from '../render/run-verdict.js'
import { computeRunVerdict } from '../run-verdict/index.js'
import { emitFailureAnnotations, LIMIT_NOTE, planFailureAnnotations, type PriorAnnotation } from './annotations.js'
import { commentOnPullRequest, pullRequestNumber } from './pr-comment.js'

export interface RunVerdictStepInput {
  run: TestRun
  findings: Findings
  /** the history without this run */
  history: Rollup | null
  defaultBranch: string
  /** annotations the load-bearing protection already wrote in this step */
  prior: PriorAnnotation[]
}

export interface RunVerdictStepResult {
  /** markdown for the top of the summary */
  summary: string
  status: string[]
  notices: string[]
}

export async function reportRunVerdict(config: Config, ctx: RunnerContext, octokit: GitHubClient | null, input: RunVerdictStepInput): Promise<RunVerdictStepResult> {
  const verdict = computeRunVerdict({ run: input.run, findings: input.findings, history: input.history, defaultBranch: input.defaultBranch, eventName: ctx.eventName })
  const plan = planFailureAnnotations(verdict, input.prior)
  emitFailureAnnotations(plan)
  const result: RunVerdictStepResult = {
    summary: renderRunVerdict(verdict, { details: 'details further down this summary', annotations: verdict.failures.length > 0 ? { shown: plan.shown.length + plan.alreadyAnnotated, leftOut: plan.leftOut.length, limitNote: LIMIT_NOTE } : null }),
    status: [],
    notices: []
  }
  if (config.commentOnPullRequest) {
    // a link that stays the same from run to run, so an unchanged verdict costs no write
    const number = pullRequestNumber(ctx)
    const details = number ? `details in the job summary, under [Checks](${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/pull/${number}/checks)` : 'details in the job summary'
    const outcome = await commentOnPullRequest(octokit, ctx, renderRunVerdict(verdict, { details }))
    if (outcome.status) result.status.push(outcome.status)
    if (outcome.notice) result.notices.push(outcome.notice)
  }
  return result
}
