import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commentOnPullRequest, pullRequestNumber } from '../../src/action/pr-comment.js'
import { readRunnerContext } from '../../src/context.js'
import { examplePayload } from '../support/webhooks.js'

function contextFor(event: string, payload: unknown) {
  const path = join(mkdtempSync(join(tmpdir(), 'ctx-')), 'event.json')
  writeFileSync(path, JSON.stringify(payload))
  return readRunnerContext({ GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: path })
}

describe('the pull request of a run', () => {
  it('is the number in a pull_request payload, and none for other events', () => {
    expect(pullRequestNumber(contextFor('pull_request', examplePayload('pull_request', 'opened')))).toBe(2)
    expect(pullRequestNumber(contextFor('pull_request', examplePayload('pull_request', 'synchronize')))).toBeGreaterThan(0)
    expect(pullRequestNumber(contextFor('push', examplePayload('push')))).toBeNull()
    expect(pullRequestNumber(contextFor('pull_request', { pull_request: { number: 'two' } }))).toBeNull()
  })

  it('without a token: a notice that names the input and the permission, no error', async () => {
    const result = await commentOnPullRequest(null, contextFor('pull_request', examplePayload('pull_request', 'opened')), 'body')
    expect(result).toEqual({ status: null, notice: expect.stringContaining('needs the github-token input') })
    expect(result.notice).toContain('pull-requests: write')
  })

  it('outside a pull request: nothing to say', async () => {
    expect(await commentOnPullRequest(null, contextFor('push', examplePayload('push')), 'body')).toEqual({ status: null, notice: null })
  })
})
