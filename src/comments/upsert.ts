/**
 * One comment of the action per incident issue, found again by its hidden marker and edited in
 * place. Never a second one, even when two jobs race: after creating, the comments are listed
 * again; if more than one marked comment exists, the oldest (lowest id) is kept, the others are
 * deleted, and the kept one gets this run's body. An unchanged body costs no write at all.
 *
 * Only marked comments written by a bot or by someone with a role in the repository count: anybody
 * can post a comment containing the marker, and such a comment is neither edited nor deleted.
 */
import { collectPages, type GitHubClient } from '../github.js'
import { assertMarker, commentBody, DEFAULT_MARKER, sameBody } from './body.js'

export interface UpsertCommentOptions {
  owner: string
  repo: string
  issueNumber: number
  /** the rendered comment (the caller escapes untrusted text); cut to 65,536 characters if longer */
  body: string
  /** the hidden marker, default `<!-- test-incident-loop:incident -->` */
  marker?: string
  /** pages of 100 comments read per listing (default 10): bounds the calls on a busy issue */
  maxListPages?: number
  /** duplicate comments deleted at most (default 5) */
  maxDeletes?: number
}

export interface UpsertCommentResult {
  action: 'created' | 'updated' | 'unchanged'
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
  const maxPages = opts.maxListPages ?? 10
  let calls = 0
  let removedDuplicates = 0
  let maxDeletes = opts.maxDeletes ?? 5

  const listMarked = async (selfId: number | null): Promise<IssueComment[]> => {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...target, issue_number: opts.issueNumber, per_page: 100 })
    const listed = await collectPages<IssueComment>(pages, maxPages, (c) => isOurs(c, marker, selfId))
    calls += listed.calls
    return listed.items.sort((a, b) => a.id - b.id)
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

function isOurs(comment: IssueComment, marker: string, selfId: number | null): boolean {
  if (!(comment.body ?? '').startsWith(marker)) return false
  if (selfId !== null && comment.user?.id === selfId) return true
  return comment.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(comment.author_association ?? '')
}
