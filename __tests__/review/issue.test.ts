import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { appendRuns, openHistory, type HistoryClone } from '../../src/history/index.js'
import { renderReview } from '../../src/render/review.js'
import { buildReview, mergeTickedBoxes, taskKey, upsertReviewIssue, REVIEW_LABEL } from '../../src/review/index.js'
import { start, STRANGER, type GitHubStandIn } from '../support/github-server.js'
import { testOctokit } from '../support/octokit.js'
import { mermaidCharts } from '../trends/xychart-check.js'
import { bareRepo, reviewIncidents, reviewRuns, runAt } from './history.js'

describe('mergeTickedBoxes', () => {
  const a = taskKey('retire', 'tests/a.py::test_a')
  const b = taskKey('retire', 'tests/b.py::test_b')
  const c = taskKey('gap', 'INC-1')

  it('keeps ticks of items that still exist, by key, and nothing else', () => {
    const old = [`- [x] old wording of a ${a}`, `- [X] b ${b}`, `- [ ] c ${c}`, '- [x] an item without a key', `* [x] gone ${taskKey('flaky', 'gone')}`].join('\r\n')
    const fresh = [`- [ ] new wording of a ${a}`, `- [ ] c ${c}`, `- [ ] new ${taskKey('perf', 'x')}`, '- [ ] an item without a key'].join('\n')
    expect(mergeTickedBoxes(old, fresh)).toBe([`- [x] new wording of a ${a}`, `- [ ] c ${c}`, `- [ ] new ${taskKey('perf', 'x')}`, '- [ ] an item without a key'].join('\n'))
    expect(mergeTickedBoxes(null, fresh)).toBe(fresh)
  })

  it('ignores a key-like text inside a name: only the key that ends the line counts', () => {
    const old = `- [x] Retire \`tests/evil.py::t[${a}]\` ${b}`
    expect(mergeTickedBoxes(old, `- [ ] item a ${a}`)).toBe(`- [ ] item a ${a}`)
    expect(mergeTickedBoxes(old, `- [ ] item b ${b}`)).toBe(`- [x] item b ${b}`)
  })
})

describe('the review issue on a GitHub stand-in', () => {
  let work = ''
  let clone: HistoryClone
  let server: GitHubStandIn | null = null

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'review-issue-'))
    clone = await openHistory({ remote: await bareRepo(work), tempDir: work })
    expect((await appendRuns(clone, reviewRuns(), { retentionDays: 0 })).status).toBe('stored')
  })
  afterEach(async () => {
    const current = server
    server = null
    await current?.stop()
    if (current) expect(current.violations).toEqual([])
  })
  afterAll(async () => {
    await clone?.dispose()
    await rm(work, { recursive: true, force: true })
  })

  const reviewBody = (now: string): string =>
    renderReview(buildReview(clone.rollup(), reviewIncidents(), { quarter: '2026Q4', now: new Date(now), analysisOptions: { deadWeightDays: 60 }, runs: clone, repository: 'octo-org/shop' }))
  const target = { owner: 'octo-org', repo: 'shop', quarter: '2026Q4' }

  it('creates the issue, then updates it in place keeping the ticked boxes, and writes nothing when unchanged', async () => {
    server = await start({
      issues: [
        { number: 1, title: 'Incident', labels: ['incident'] },
        // somebody else's issue with the marker and the label: never touched
        { number: 2, title: 'fake', labels: [REVIEW_LABEL], body: '<!-- test-incident-loop:review:2026Q4 -->\nmine', user: STRANGER, author_association: 'NONE' }
      ]
    })
    const gh = server
    const { octokit } = testOctokit(gh.url)
    const first = reviewBody('2026-11-12T00:00:00Z')
    const created = await upsertReviewIssue(octokit, { ...target, body: first })
    expect(created).toMatchObject({ action: 'created', number: 3, closedDuplicates: 0 })
    const issue = gh.state.issues.get(3)!
    expect([issue.title, issue.labels, issue.body]).toEqual(['Test suite health review 2026Q4', [REVIEW_LABEL], first])
    mermaidCharts(issue.body!)

    // people tick three boxes on GitHub
    const tick = (text: string, match: string): string =>
      text.split('\n').map((l) => (l.startsWith('- [ ]') && l.includes(match) ? l.replace('- [ ]', '- [x]') : l)).join('\n')
    issue.body = tick(tick(tick(issue.body!, 'test_pay'), 'test_old_2'), 'INC-B')
    expect(issue.body.split('\n').filter((l) => l.startsWith('- [x]'))).toHaveLength(3)

    // a new run: test_old_2 fails (no longer dead weight), and time moves on
    expect((await appendRuns(clone, [runAt('2026-11-12T10:00:00.000Z', 500, { 'tests/legacy.py::test_old_2': 'failed' })], { retentionDays: 0 })).status).toBe('stored')
    const second = reviewBody('2026-11-13T00:00:00Z')
    expect(second).not.toContain('test_old_2`: cost')
    const writesBefore = gh.writes().length
    const updated = await upsertReviewIssue(octokit, { ...target, body: second })
    expect(updated).toMatchObject({ action: 'updated', number: 3 })
    const ticked = issue.body.split('\n').filter((l) => l.startsWith('- [x]'))
    expect(ticked).toEqual([expect.stringContaining('INC-B'), expect.stringContaining('Protect `tests/checkout.py::test_pay`')])
    expect(issue.body).toContain('open 33 days')
    expect(gh.writes().slice(writesBefore).map((c) => `${c.method} ${c.operationId}`)).toEqual(['PATCH issues/update'])

    const again = await upsertReviewIssue(octokit, { ...target, body: second })
    expect(again).toMatchObject({ action: 'unchanged', number: 3 })
    expect(gh.writes().length).toBe(writesBefore + 1)
    expect([...gh.state.issues.values()].filter((i) => i.labels.includes(REVIEW_LABEL)).map((i) => i.number)).toEqual([2, 3])
    expect(gh.state.issues.get(2)!.body).toBe('<!-- test-incident-loop:review:2026Q4 -->\nmine')
  })

  it('leaves one open review issue when two jobs create it at the same time', async () => {
    server = await start()
    const gh = server
    const body = reviewBody('2026-11-12T00:00:00Z')
    const results = await Promise.all([
      upsertReviewIssue(testOctokit(gh.url).octokit, { ...target, body }),
      upsertReviewIssue(testOctokit(gh.url).octokit, { ...target, body })
    ])
    const open = [...gh.state.issues.values()].filter((i) => i.state === 'open')
    expect(open).toHaveLength(1)
    expect(results.map((r) => r.number)).toEqual([open[0].number, open[0].number])
    for (const closed of [...gh.state.issues.values()].filter((i) => i.state === 'closed')) expect(closed.body).toContain(`Duplicate of #${open[0].number}`)
  })

  it('keeps reviews of different quarters apart', async () => {
    server = await start()
    const gh = server
    const { octokit } = testOctokit(gh.url)
    const q3 = renderReview(buildReview(clone.rollup(), reviewIncidents(), { quarter: '2026Q3', now: new Date('2026-11-12T00:00:00Z'), runs: clone }))
    const r3 = await upsertReviewIssue(octokit, { ...target, quarter: '2026Q3', body: q3 })
    const r4 = await upsertReviewIssue(octokit, { ...target, body: reviewBody('2026-11-12T00:00:00Z') })
    expect([r3.action, r4.action]).toEqual(['created', 'created'])
    expect(gh.state.issues.get(r3.number)!.title).toBe('Test suite health review 2026Q3')
    expect(r3.number).not.toBe(r4.number)
  })
})
