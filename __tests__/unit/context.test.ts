import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readRunnerContext, shouldStoreRun } from '../../src/context.js'
import { InputError } from '../../src/errors.js'
import { examplePayload } from '../support/webhooks.js'

function contextFor(event: string, payload: unknown, env: Record<string, string> = {}) {
  const path = join(mkdtempSync(join(tmpdir(), 'ctx-')), 'event.json')
  writeFileSync(path, JSON.stringify(payload))
  return readRunnerContext({ GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: path, ...env })
}

describe('readRunnerContext', () => {
  it('reads a push payload: branch from the ref, default branch from the payload', () => {
    const ctx = contextFor('push', examplePayload('push', undefined, (p) => p.ref === 'refs/heads/master'), { GITHUB_REF: 'refs/heads/master' })
    expect(ctx).toMatchObject({ owner: 'Codertocat', repo: 'Hello-World', branch: 'master', defaultBranch: 'master', fromFork: false })
  })

  it('tells a pull request from a fork by its head repository', () => {
    const payload = examplePayload('pull_request', 'opened')
    expect(contextFor('pull_request', payload, { GITHUB_HEAD_REF: 'changes' }).fromFork).toBe(false)
    ;(payload.pull_request as { head: { repo: { full_name: string } } }).head.repo.full_name = 'stranger/Hello-World'
    const ctx = contextFor('pull_request', payload, { GITHUB_HEAD_REF: 'changes' })
    expect(ctx.fromFork).toBe(true)
    expect(ctx.branch).toBe('changes')
  })

  it('records a merge queue run under its base branch', () => {
    const payload = examplePayload('merge_group')
    const ctx = contextFor('merge_group', payload, { GITHUB_REF: 'refs/heads/gh-readonly-queue/main/pr-1-abc' })
    expect(ctx.branch).toBe(String((payload.merge_group as { base_ref: string }).base_ref).replace('refs/heads/', ''))
  })

  it('explains a missing GITHUB_REPOSITORY', () => {
    expect(() => readRunnerContext({})).toThrow(InputError)
    expect(() => readRunnerContext({})).toThrow('GITHUB_REPOSITORY is not set')
  })
})

describe('shouldStoreRun', () => {
  const ctx = (eventName: string, branch: string | null) => ({ ...contextFor(eventName, {}), eventName, branch })
  it('auto stores default-branch runs of push, schedule, workflow_dispatch and merge_group only', () => {
    expect(shouldStoreRun('auto', ctx('push', 'main'), 'main').store).toBe(true)
    expect(shouldStoreRun('auto', ctx('schedule', 'main'), 'main').store).toBe(true)
    expect(shouldStoreRun('auto', ctx('workflow_dispatch', 'main'), 'main').store).toBe(true)
    expect(shouldStoreRun('auto', ctx('merge_group', 'main'), 'main').store).toBe(true)
    expect(shouldStoreRun('auto', ctx('push', 'feature'), 'main')).toEqual({ store: false, why: expect.stringContaining('default branch `main` only') })
    expect(shouldStoreRun('auto', ctx('pull_request', 'main'), 'main')).toEqual({ store: false, why: expect.stringContaining('does not store `pull_request` runs') })
  })
  it('always and never mean what they say', () => {
    expect(shouldStoreRun('always', ctx('pull_request', 'x'), 'main').store).toBe(true)
    expect(shouldStoreRun('never', ctx('push', 'main'), 'main').store).toBe(false)
  })
})
