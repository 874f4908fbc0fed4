/**
 * One review issue per quarter (label `test-health-review`, title with the quarter), found again by
 * its hidden marker and edited in place; the boxes people ticked are kept. Never a second issue,
 * even when two jobs race: after creating, the labelled issues are listed again, the oldest marked
 * one (lowest number) is kept and the others are closed as duplicates. An unchanged body costs no
 * write at all. As with the incident comments, only issues opened by a bot or by someone with a
 * role in the repository count: anybody can open an issue that contains the marker.
 */
import { commentBody, sameBody } from '../comments/body.js'
import { collectPages, type GitHubClient } from '../github.js'
import { parseQuarter } from '../trends/quarter.js'
import { mergeTickedBoxes } from './ticks.js'

export const REVIEW_LABEL = 'test-health-review'
export const reviewMarker = (quarter: string): string => `<!-- test-incident-loop:review:${parseQuarter(quarter)} -->`
export const reviewTitle = (quarter: string): string => `Test suite health review ${parseQuarter(quarter)}`

export interface UpsertReviewOptions {
  owner: string
  repo: string
  /** e.g. `2026Q4` */
  quarter: string
  /** the rendered review (renderReview); cut to 65,536 characters if longer */
  body: string
  /** default `test-health-review` */
  label?: string
  /** pages of 100 labelled issues read per listing (default 5) */
  maxListPages?: number
}

export interface UpsertReviewResult {
  action: 'created' | 'updated' | 'unchanged'
  number: number
  /** API calls made (reads and writes) */
  calls: number
  /** duplicate review issues of the quarter closed (left by a race) */
  closedDuplicates: number
}

interface IssueItem {
  number: number
  body?: string | null
  pull_request?: unknown
  user: { id: number; type?: string } | null
  author_association?: string
}

const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR'])

export async function upsertReviewIssue(octokit: GitHubClient, opts: UpsertReviewOptions): Promise<UpsertReviewResult> {
  const marker = reviewMarker(opts.quarter)
  const label = opts.label ?? REVIEW_LABEL
  const target = { owner: opts.owner, repo: opts.repo }
  const maxPages = opts.maxListPages ?? 5
  let calls = 0
  let closedDuplicates = 0

  const listMarked = async (selfId: number | null): Promise<IssueItem[]> => {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, { ...target, labels: label, state: 'all', per_page: 100 })
    const listed = await collectPages<IssueItem>(pages, maxPages, (issue) => isOurs(issue, marker, selfId))
    calls += listed.calls
    return listed.items.sort((a, b) => a.number - b.number)
  }

  const closeDuplicates = async (extras: IssueItem[], keep: number): Promise<void> => {
    for (const extra of extras.slice(0, 5)) {
      calls += 1
      await octokit.rest.issues.update({ ...target, issue_number: extra.number, state: 'closed', state_reason: 'duplicate', body: `${marker.replace(':review:', ':review-duplicate:')}\nDuplicate of #${keep}.` })
      closedDuplicates += 1
    }
  }

  /** The new body with the boxes ticked on the kept issue; written only when it differs. */
  const update = async (keep: IssueItem): Promise<'updated' | 'unchanged'> => {
    const body = commentBody(mergeTickedBoxes(keep.body, opts.body), marker)
    if (sameBody(keep.body, body)) return 'unchanged'
    calls += 1
    await octokit.rest.issues.update({ ...target, issue_number: keep.number, body })
    return 'updated'
  }

  const existing = await listMarked(null)
  if (existing.length > 0) {
    const [keep, ...extras] = existing
    await closeDuplicates(extras, keep.number)
    return { action: await update(keep), number: keep.number, calls, closedDuplicates }
  }

  calls += 1
  const created = (await octokit.rest.issues.create({ ...target, title: reviewTitle(opts.quarter), body: commentBody(opts.body, marker), labels: [label] })).data as IssueItem
  const marked = await listMarked(created.user?.id ?? null)
  // Another job may have created one too (and may already have closed ours as its duplicate):
  // everybody keeps the oldest marked issue, so exactly one stays open.
  const [keep, ...extras] = marked
  if (!keep || keep.number === created.number) {
    await closeDuplicates(extras, created.number)
    return { action: 'created', number: created.number, calls, closedDuplicates }
  }
  await closeDuplicates(extras.filter((e) => e.number !== created.number), keep.number)
  if (marked.some((e) => e.number === created.number)) await closeDuplicates([created], keep.number)
  return { action: await update(keep), number: keep.number, calls, closedDuplicates }
}

function isOurs(issue: IssueItem, marker: string, selfId: number | null): boolean {
  if (issue.pull_request !== undefined && issue.pull_request !== null) return false
  if (!(issue.body ?? '').startsWith(marker)) return false
  if (selfId !== null && issue.user?.id === selfId) return true
  return issue.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(issue.author_association ?? '')
}
