/**
 * The run verdict as one comment on the pull request (`comment-on-pull-request: true`), found again
 * by its hidden marker and edited in place; an unchanged verdict costs no write. A fork's pull
 * request gets a read-only token whatever the workflow asks, so it is skipped before any call; a
 * token without `pull-requests: write` is a notice, never a failure. Notices are shown escaped, so
 * they hold no markdown.
 */
import * as core from '@actions/core'
import type { RunnerContext } from '../context.js'
import { record } from '../context.js'
import type { GitHubClient } from '../github.js'
import { upsertIncidentComment } from '../comments/upsert.js'

export const PULL_REQUEST_MARKER = '<!-- test-incident-loop:pull-request -->'

export interface PullRequestCommentResult {
  /** a line for the summary's status list, when a comment was written or kept */
  status: string | null
  /** why no comment was written, for the summary's notices */
  notice: string | null
}

/** The pull request the run belongs to: its number from the event payload, else null. */
export function pullRequestNumber(ctx: RunnerContext): number | null {
  if (!ctx.eventName.startsWith('pull_request')) return null
  const number = record(ctx.payload.pull_request).number ?? ctx.payload.number
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : null
}

export async function commentOnPullRequest(octokit: GitHubClient | null, ctx: RunnerContext, body: string): Promise<PullRequestCommentResult> {
  const number = pullRequestNumber(ctx)
  if (number === null) return { status: null, notice: null }
  if (ctx.fromFork) {
    return { status: null, notice: 'No pull-request comment: this pull request comes from a fork, whose token is read-only; the verdict is in this summary.' }
  }
  if (!octokit) {
    return { status: null, notice: 'No pull-request comment: comment-on-pull-request needs the github-token input (the job\'s token, with the permission pull-requests: write).' }
  }
  try {
    const result = await upsertIncidentComment(octokit, { owner: ctx.owner, repo: ctx.repo, issueNumber: number, body, marker: PULL_REQUEST_MARKER })
    return { status: `Pull-request comment on #${number}: ${result.action}.`, notice: null }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403) {
      return { status: null, notice: `No pull-request comment: the token may not comment on pull request #${number} (HTTP ${status}); give the job the permission pull-requests: write.` }
    }
    core.warning(`Could not write the verdict comment on pull request #${number}: ${(error as Error).message}`)
    return { status: null, notice: `No pull-request comment: ${(error as Error).message}` }
  }
}
