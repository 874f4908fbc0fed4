import { afterEach, describe, expect, it } from '@jest/globals'
import { upsertIncidentComment } from '../../src/comments/upsert.js'
import { COMMENT_LIMIT, commentBody, DEFAULT_MARKER } from '../../src/comments/body.js'
import { ACTIONS_BOT, start, STRANGER, type GitHubStandIn } from '../support/github-server.js'
import { testOctokit } from '../support/octokit.js'

let server: GitHubStandIn | null = null
afterEach(async () => {
  const current = server
  server = null
  await current?.stop()
  if (current) expect(current.violations).toEqual([])
})

const TARGET = { owner: 'octo-org', repo: 'shop', issueNumber: 12 }

async function standIn(options: Parameters<typeof start>[0] = {}): Promise<GitHubStandIn> {
  server = await start({ issues: [{ number: 12, labels: ['incident', 'component:checkout'] }], ...options })
  return server
}

describe('upsertIncidentComment', () => {
  it('creates one marked comment, leaves it alone when nothing changed, and edits it in place', async () => {
    const gh = await standIn()
    const { octokit } = testOctokit(gh.url)
    const created = await upsertIncidentComment(octokit, { ...TARGET, body: '## Findings\n\nfirst' })
    expect(created).toEqual({ action: 'created', commentId: expect.any(Number), calls: 3, removedDuplicates: 0 })
    expect(gh.commentsOn(12).map((c) => c.body)).toEqual([`${DEFAULT_MARKER}\n## Findings\n\nfirst`])

    const writesBefore = gh.writes().length
    const unchanged = await upsertIncidentComment(octokit, { ...TARGET, body: '## Findings\r\n\r\nfirst' })
    expect(unchanged).toEqual({ action: 'unchanged', commentId: created.commentId, calls: 1, removedDuplicates: 0 })
    expect(gh.writes()).toHaveLength(writesBefore)

    const updated = await upsertIncidentComment(octokit, { ...TARGET, body: '## Findings\n\nsecond' })
    expect(updated).toEqual({ action: 'updated', commentId: created.commentId, calls: 2, removedDuplicates: 0 })
    expect(gh.commentsOn(12).map((c) => [c.id, c.body])).toEqual([[created.commentId, `${DEFAULT_MARKER}\n## Findings\n\nsecond`]])
    expect(gh.writes().map((c) => `${c.method} ${c.operationId}`)).toEqual(['POST issues/create-comment', 'PATCH issues/update-comment'])
  })

  it('leaves exactly one comment when two jobs upsert at the same time', async () => {
    const gh = await standIn()
    const results = await Promise.all([
      upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: 'from job A' }),
      upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: 'from job B' })
    ])
    const comments = gh.commentsOn(12)
    expect(comments).toHaveLength(1)
    expect(results.map((r) => r.commentId)).toEqual([comments[0].id, comments[0].id])
    // whatever the interleaving, every extra comment a job created was removed again
    const creates = gh.writes().filter((c) => c.operationId === 'issues/create-comment').length
    expect(results[0].removedDuplicates + results[1].removedDuplicates).toBe(creates - 1)
    expect(['from job A', 'from job B'].map((b) => `${DEFAULT_MARKER}\n${b}`)).toContain(comments[0].body)
  })

  it('keeps the oldest comment when another job created one between our listing and our create', async () => {
    const gh = await standIn()
    // the other job's comment lands just before ours: it gets the lower id
    gh.beforeHandle((call) => {
      if (call.operationId !== 'issues/create-comment') return
      gh.beforeHandle(null)
      const id = gh.state.nextCommentId++
      const at = new Date().toISOString()
      gh.state.comments.set(id, { id, issue_number: 12, body: `${DEFAULT_MARKER}\nfrom the other job`, user: ACTIONS_BOT, author_association: 'NONE', created_at: at, updated_at: at })
    })
    const result = await upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: 'ours' })
    const comments = gh.commentsOn(12)
    expect(comments.map((c) => c.body)).toEqual([`${DEFAULT_MARKER}\nours`])
    expect(result).toEqual({ action: 'updated', commentId: comments[0].id, calls: 5, removedDuplicates: 1 })
    expect(gh.writes().map((c) => c.operationId)).toEqual(['issues/create-comment', 'issues/delete-comment', 'issues/update-comment'])
  })

  it('cleans up duplicates an earlier race left behind', async () => {
    const gh = await standIn({
      comments: [
        { issue_number: 12, body: `${DEFAULT_MARKER}\nold` },
        { issue_number: 12, body: 'a human comment', user: STRANGER, author_association: 'CONTRIBUTOR' },
        { issue_number: 12, body: `${DEFAULT_MARKER}\nold duplicate` }
      ]
    })
    const result = await upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: 'new' })
    expect(result).toMatchObject({ action: 'updated', removedDuplicates: 1, calls: 3 })
    expect(gh.commentsOn(12).map((c) => c.body)).toEqual([`${DEFAULT_MARKER}\nnew`, 'a human comment'])
  })

  it('never edits or deletes a marked comment written by someone without a role in the repository', async () => {
    const planted = `${DEFAULT_MARKER}\nplanted by a stranger`
    const gh = await standIn({ comments: [{ issue_number: 12, body: planted, user: STRANGER, author_association: 'NONE' }] })
    const result = await upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: 'ours' })
    expect(result.action).toBe('created')
    expect(gh.commentsOn(12).map((c) => c.body)).toEqual([planted, `${DEFAULT_MARKER}\nours`])
  })

  it('recognises comments written with a personal token of a collaborator', async () => {
    const maintainer = { login: 'maintainer', id: 77, type: 'User' as const }
    const gh = await standIn({ actor: maintainer, actorAssociation: 'COLLABORATOR' })
    const first = await upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: 'x' })
    const second = await upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: 'y' })
    expect([first.action, second.action, second.commentId]).toEqual(['created', 'updated', first.commentId])
  })

  it('cuts a body over 65,536 characters at a line, closes an open code block and says so', async () => {
    const gh = await standIn()
    const long = `## Findings\n\n\`\`\`\n${'tests/test_checkout.py::test_gateway_5xx[adyen] FAILED\n'.repeat(3000)}\`\`\`\n`
    expect(long.length).toBeGreaterThan(COMMENT_LIMIT)
    const result = await upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: long })
    expect(result.action).toBe('created')
    const [stored] = gh.commentsOn(12)
    expect(stored.body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(stored.body.startsWith(`${DEFAULT_MARKER}\n## Findings`)).toBe(true)
    expect(stored.body).toMatch(/FAILED\n```\n\n_This comment was cut to fit GitHub's limit of 65,536 characters; the full findings are in `findings\.json`/)
    // unchanged on the next run with the same long body: the cut is deterministic
    expect((await upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: long })).action).toBe('unchanged')
  })

  it('bounds the pages read on a busy issue: the quick search, then at most maxScanPages more', async () => {
    const gh = await standIn({ comments: Array.from({ length: 950 }, (_, i) => ({ issue_number: 12, body: `chatter ${i}`, user: STRANGER })) })
    const result = await upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: 'x', maxListPages: 2, maxScanPages: 3 })
    // 10 pages: page 1 and 10 (quick), 9, 8, 7 (scan), the create, then page 1 and 10 again (ours is found on the newest page)
    expect(result).toMatchObject({ action: 'created', calls: 8 })
    expect(gh.calls.filter((c) => c.operationId === 'issues/list-comments').map((c) => new URL(c.url, 'http://x').searchParams.get('page'))).toEqual(['1', '10', '9', '8', '7', '1', '10'])
  })

  describe('on an issue with 1,250 comments (13 pages)', () => {
    const chatter = (n: number) => Array.from({ length: n }, (_, i) => ({ issue_number: 12, body: `chatter ${i}`, user: STRANGER }))
    const ours = { issue_number: 12, body: `${DEFAULT_MARKER}\nold findings`, user: ACTIONS_BOT }

    it.each([
      ['early (comment 5, first page)', 5],
      ['late (comment 1,200, newest pages)', 1200],
      ['in the middle (comment 600, beyond the quick search)', 600]
    ])('finds the marked comment made %s and edits it: no duplicate, twice in a row', async (_where, position) => {
      const comments = [...chatter(1249)]
      comments.splice(position - 1, 0, ours)
      const gh = await standIn({ comments })
      expect(gh.commentsOn(12)).toHaveLength(1250)
      const ourId = gh.commentsOn(12)[position - 1].id
      const first = await upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: 'new findings', maxListPages: 4 })
      expect(first).toMatchObject({ action: 'updated', commentId: ourId, removedDuplicates: 0 })
      const second = await upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: 'new findings', maxListPages: 4 })
      expect(second).toMatchObject({ action: 'unchanged', commentId: ourId })
      expect(gh.commentsOn(12)).toHaveLength(1250)
      expect(gh.writes().filter((c) => c.operationId === 'issues/create-comment')).toHaveLength(0)
      // the quick search reads 4 pages; only the buried comment needs the pages in between
      if (position !== 600) expect(first.calls).toBe(4 + 1)
    })

    it('creates its comment once, then finds it among the newest on the next run', async () => {
      const gh = await standIn({ comments: chatter(1250) })
      const created = await upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: 'findings' })
      expect(created.action).toBe('created')
      gh.state.comments.set(99_999, { id: 99_999, issue_number: 12, body: 'more chatter', user: STRANGER, author_association: 'NONE', created_at: '2026-12-01T00:00:00Z', updated_at: '2026-12-01T00:00:00Z' })
      const again = await upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: 'findings, changed' })
      expect(again).toMatchObject({ action: 'updated', commentId: created.commentId })
      expect(gh.commentsOn(12).filter((c) => c.body.startsWith(DEFAULT_MARKER))).toHaveLength(1)
    })
  })

  it('keepExisting leaves a marked comment as it is and creates one only when none exists', async () => {
    const gh = await standIn({ comments: [{ issue_number: 12, body: `${DEFAULT_MARKER}\n**Yes**: a real verdict`, user: ACTIONS_BOT }] })
    const kept = await upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: 'no history yet', keepExisting: true })
    expect(kept).toMatchObject({ action: 'unchanged', kept: true })
    expect(gh.commentsOn(12).map((c) => c.body)).toEqual([`${DEFAULT_MARKER}\n**Yes**: a real verdict`])
    expect(gh.writes()).toHaveLength(0)
    const other = await start({ issues: [{ number: 12, labels: ['incident'] }] })
    try {
      const created = await upsertIncidentComment(testOctokit(other.url).octokit, { ...TARGET, body: 'no history yet', keepExisting: true })
      expect(created.action).toBe('created')
      expect(other.commentsOn(12).map((c) => c.body)).toEqual([`${DEFAULT_MARKER}\nno history yet`])
      expect(other.violations).toEqual([])
    } finally {
      await other.stop()
    }
  })

  it('fails with the API error when the issue does not exist or the token cannot write', async () => {
    const gh = await standIn({ readOnly: true })
    const { octokit } = testOctokit(gh.url)
    await expect(upsertIncidentComment(octokit, { ...TARGET, issueNumber: 999, body: 'x' })).rejects.toMatchObject({ status: 404 })
    await expect(upsertIncidentComment(octokit, { ...TARGET, body: 'x' })).rejects.toMatchObject({ status: 403 })
  })
})

describe('commentBody', () => {
  it('puts the marker first once, and never splits a surrogate pair when cutting', () => {
    expect(commentBody(`${DEFAULT_MARKER}\nbody`, DEFAULT_MARKER)).toBe(`${DEFAULT_MARKER}\nbody`)
    const emoji = '😀'.repeat(40_000)
    const cut = commentBody(emoji, DEFAULT_MARKER)
    expect(cut.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
  })

  it('closes <details> blocks left open by the cut', () => {
    const body = `<details><summary>Tests</summary>\n\n${'- a test line\n'.repeat(6000)}\n</details>`
    expect(commentBody(body, DEFAULT_MARKER)).toMatch(/- a test line\n\n<\/details>\n\n_This comment was cut/)
  })

  it('refuses a marker that is not a plain HTML comment', async () => {
    const gh = await standIn()
    await expect(upsertIncidentComment(testOctokit(gh.url).octokit, { ...TARGET, body: 'x', marker: '<!-- x --> <img>' })).rejects.toThrow(/must look like/)
  })
})
