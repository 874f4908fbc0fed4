/**
 * The README's "Removing the history" commands, run by bash against a real repository the store
 * wrote: they remove the history branch and the refs beside it, and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { appendRuns, openHistory } from '../../src/history/index.js'
import { makeRun } from '../support/git-history-runs.js'

let work: string
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'remove-history-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: work } }).trim()

function readmeRemoval(): string {
  const block = /```sh\n(# remove the history of the branch [\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))
  if (!block) throw new Error('README.md has no ```sh block starting with "# remove the history of the branch"')
  return block[1]
}

const run = (i: number) => makeRun({ created: new Date(Date.parse('2026-07-01T00:00:00Z') + i * 60_000).toISOString(), build: `${500 + i}-1`, sha: `${i}`.padStart(40, 'c'), tests: ['t.py::a'], outcomes: {} })

/** Stores two runs on `branch` and leaves a pending run beside it, as a lost race would. */
async function storeHistory(origin: string, branch: string): Promise<void> {
  const clone = await openHistory({ remote: origin, branch, tempDir: path.join(work, 'tmp'), gitEnv: { HOME: work } })
  for (const i of [1, 2]) expect((await appendRuns(clone, [run(i)], { retentionDays: 0 })).status).toBe('stored')
  await clone.dispose()
  git(origin, 'update-ref', `refs/test-history-pending/${branch}/20260701T000300Z-503-1`, git(origin, 'rev-parse', branch))
}

describe("the README's commands that remove the history", () => {
  it('delete the history branch, its pending runs and its rollup ref; the code and another history stay', async () => {
    const origin = path.join(work, 'origin.git')
    git(work, 'init', '-q', '--bare', '-b', 'main', origin)
    const code = path.join(work, 'code')
    git(work, 'init', '-q', '-b', 'main', code)
    writeFileSync(path.join(code, 'app.py'), 'print(1)\n')
    git(code, 'add', '-A')
    git(code, 'commit', '-q', '-m', 'code')
    git(code, 'push', '-q', origin, 'main')
    await storeHistory(origin, 'test-history')
    await storeHistory(origin, 'other-history')
    const refs = (): string[] => git(origin, 'for-each-ref', '--format=%(refname)').split('\n').sort()
    expect(refs()).toEqual(
      expect.arrayContaining(['refs/heads/test-history', 'refs/test-history-rollup/test-history', 'refs/test-history-pending/test-history/20260701T000300Z-503-1'])
    )

    const checkout = path.join(work, 'checkout')
    git(work, 'clone', '-q', origin, checkout)
    execFileSync('bash', ['-euo', 'pipefail', '-c', readmeRemoval()], { cwd: checkout, stdio: 'pipe', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: work } })

    expect(refs()).toEqual([
      'refs/heads/main',
      'refs/heads/other-history',
      'refs/test-history-pending/other-history/20260701T000300Z-503-1',
      'refs/test-history-rollup/other-history'
    ])
  })
})
