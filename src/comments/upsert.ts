/**
 * One comment of the action per incident issue, found again by its hidden marker and edited in
 * place. Never a second one, even when two jobs race: after creating, the comments are listed
 * again; if more than one marked comment exists, the oldest (lowest id) is kept, the others are
 * deleted, and the kept one gets this run's body. An unchanged body costs no write at all.
 *
 * Finding it on an issue with thousands of comments: the list-comments endpoint has no sort order
 * (only `since`, `per_page`, `page`), so the search reads the first page (where a comment made early
 * in the incident's life is) and then pages from the newest backwards (where one made later is),
 * `maxListPages` in all; only when that finds nothing are the pages in between read (at most
 * `maxScanPages`), so a comment buried in the middle is still found instead of duplicated.
 *
 * Only marked comments written by a bot or by someone with a role in the repository count: anybody
 * can post a comment containing the marker, and such a comment is neither edited nor deleted.
 */
import type { GitHubClient } from '../github.js'
import { assertMarker, commentBody, DEFAULT_MARKER, sameBody } from './body.js'

export interface UpsertCommentOptions {
  owner: string
  repo: string
  issueNumber: number
  /** the rendered comment (the caller escapes untrusted text); cut to 65,536 characters if longer */
  body: string
  /** the hidden marker, default `<!-- test-incident-loop:incident -->` */
  marker?: string
  /** pages of 100 comments read by the quick search, first page and newest ones (default 10) */
  maxListPages?: number
  /** further pages read when the quick search finds nothing (default 100: issues up to 11,000 comments) */
  maxScanPages?: number
  /** leave an existing marked comment as it is (a notice that must not replace a real finding); create one only when none exists */
  keepExisting?: boolean
  /** duplicate comments deleted at most (default 5) */
  maxDeletes?: number
}

export interface UpsertCommentResult {
  action: 'created' | 'updated' | 'unchanged'
  /** keepExisting found a comment and left it as it was */
  kept?: boolean
  commentId: number
  /** API calls this upsert made (reads and writes) */
  calls: number
  /** duplicate marked comments removed (left by a race or an older version) */
  removedDuplicates: number
}

interface IssueComment {
  id: number
  body?: string | null
  user: { id: number; type?: string } | null
  author_association?: string
}

/** Roles whose comments we may treat as ours (a token of a person with write access gets one of these). */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR'])

export async function upsertIncidentComment(octokit: GitHubClient, opts: UpsertCommentOptions): Promise<UpsertCommentResult> {
  const marker = opts.marker ?? DEFAULT_MARKER
  assertMarker(marker)
  const body = commentBody(opts.body, marker)
  const target = { owner: opts.owner, repo: opts.repo }
  const maxPages = Math.max(1, opts.maxListPages ?? 10)
  const maxScanPages = opts.maxScanPages ?? 100
  let calls = 0
  let removedDuplicates = 0
  let maxDeletes = opts.maxDeletes ?? 5

  const readPage = async (page: number): Promise<{ comments: IssueComment[]; lastPage: number }> => {
    calls += 1
    const response = await octokit.rest.issues.listComments({ ...target, issue_number: opts.issueNumber, per_page: PER_PAGE, page })
    return { comments: response.data as IssueComment[], lastPage: lastPageOf(response.headers.link) ?? page }
  }

  const listMarked = async (selfId: number | null): Promise<IssueComment[]> => {
    const ours = (list: IssueComment[]) => list.filter((c) => isOurs(c, marker, selfId))
    const first = await readPage(1)
    const found = ours(first.comments)
    // newest first, down to page 2, within the quick search's budget
    let page = first.lastPage
    for (let read = 1; read < maxPages && page >= 2; read++, page--) found.push(...ours((await readPage(page)).comments))
    // nothing in the first and newest pages: read the ones in between rather than add a duplicate
    for (let scanned = 0; found.length === 0 && page >= 2 && scanned < maxScanPages; scanned++, page--) found.push(...ours((await readPage(page)).comments))
    return [...new Map(found.map((c) => [c.id, c])).values()].sort((a, b) => a.id - b.id)
  }

  /** Keep the oldest marked comment, delete the rest (a racing job may have deleted some already). */
  const keepOldest = async (marked: IssueComment[]): Promise<IssueComment> => {
    const [keep, ...extras] = marked
    for (const extra of extras) {
      if (maxDeletes <= 0) break
      maxDeletes -= 1
      calls += 1
      try {
        await octokit.rest.issues.deleteComment({ ...target, comment_id: extra.id })
        removedDuplicates += 1
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error
      }
    }
    return keep
  }

  const update = async (comment: IssueComment): Promise<void> => {
    calls += 1
    await octokit.rest.issues.updateComment({ ...target, comment_id: comment.id, body })
  }

  const existing = await listMarked(null)
  if (existing.length > 0) {
    if (opts.keepExisting) return { action: 'unchanged', kept: true, commentId: existing[0].id, calls, removedDuplicates }
    const keep = await keepOldest(existing)
    if (sameBody(keep.body, body)) return { action: 'unchanged', commentId: keep.id, calls, removedDuplicates }
    await update(keep)
    return { action: 'updated', commentId: keep.id, calls, removedDuplicates }
  }

  calls += 1
  const created = (await octokit.rest.issues.createComment({ ...target, issue_number: opts.issueNumber, body })).data as IssueComment
  const marked = await listMarked(created.user?.id ?? null)
  if (marked.length <= 1) return { action: 'created', commentId: created.id, calls, removedDuplicates }
  // Another job created one too: everybody keeps the oldest, so exactly one survives.
  const keep = await keepOldest(marked)
  if (keep.id === created.id) return { action: 'created', commentId: keep.id, calls, removedDuplicates }
  if (!sameBody(keep.body, body)) await update(keep)
  return { action: 'updated', commentId: keep.id, calls, removedDuplicates }
}

const PER_PAGE = 100

/** The page number of the `rel="last"` link of a paginated response, if any. */
export function lastPageOf(link: string | undefined): number | null {
  for (const part of (link ?? '').split(',')) {
    if (!/rel="last"/.test(part)) continue
    const url = /<([^>]+)>/.exec(part)?.[1]
    const page = url ? Number(new URL(url).searchParams.get('page')) : NaN
    if (Number.isInteger(page) && page > 0) return page
  }
  return null
}

function isOurs(comment: IssueComment, marker: string, selfId: number | null): boolean {
  if (!(comment.body ?? '').startsWith(marker)) return false
  if (selfId !== null && comment.user?.id === selfId) return true
  return comment.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(comment.author_association ?? '')
}
