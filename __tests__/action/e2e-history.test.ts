/**
 * The bundled action (`node dist/index.js`) run as the runner runs it, against a real git server
 * (git http-backend behind a token check), with real webhook payloads and real pytest reports.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openHistory, rebuildRollup } from '../../src/history/index.js'
import { startGitServer, type GitServer } from '../support/git-server.js'
import { runAction, type ActionEnv } from '../support/run-action.js'
import { examplePayload } from '../support/webhooks.js'

const TOKEN = 'ghs_e2eSecretToken0123456789abcdefABCDEF'
const REPORT = '__fixtures__/reports/markers-demo.exported.pretty.json'

let server: GitServer
let home: string

beforeAll(async () => {
  server = await startGitServer({ token: TOKEN })
  // no global git identity, as on GitHub's runners
  home = mkdtempSync(join(tmpdir(), 'empty-home-'))
})
afterAll(async () => server.stop())

/** A workspace with the report and an incidents file (these tests are about the history, not the API). */
function workspaceWith(report = REPORT): string {
  const ws = mkdtempSync(join(tmpdir(), 'ws-'))
  copyFileSync(report, join(ws, '.report.json'))
  writeFileSync(join(ws, 'incidents.json'), JSON.stringify([{ id: 'INC-1', component: 'checkout-service', failure_mode: 'gateway_5xx', detected_at: '2026-11-25T00:00:00Z' }]))
  return ws
}

function pushEnv(repoName: string, extra: Partial<ActionEnv> = {}): ActionEnv {
  const payload = examplePayload('push', undefined, (p) => p.ref === 'refs/heads/master')
  server.url(repoName) // creates the bare repository
  return {
    workspace: workspaceWith(),
    eventName: 'push',
    payload,
    repository: repoName,
    ref: 'refs/heads/master',
    sha: String(payload.after),
    serverUrl: server.url('').replace(/\/\.git$/, ''),
    inputs: { 'github-token': TOKEN, 'incidents-file': 'incidents.json' },
    env: { HOME: home },
    ...extra
  }
}

async function history(repoName: string) {
  const clone = await openHistory({ remote: server.url(repoName), branch: 'test-history', token: TOKEN, tempDir: tmpdir() })
  try {
    return { rollup: clone.rollup(), rebuilt: await rebuildRollup(clone) }
  } finally {
    await clone.dispose()
  }
}

/** Every file under a folder, as text, to look for the token in. */
function allText(dir: string): string {
  let text = ''
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    text += statSync(p).isDirectory() ? allText(p) : readFileSync(p, 'latin1')
  }
  return text
}

describe('a push to the default branch', () => {
  it('stores the run on the data branch, sets the outputs and writes a summary, never showing the token', async () => {
    const env = pushEnv('octo-org/shop')
    const first = await runAction(env)
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)
    expect(first.outputs.total).toBe('15')
    expect(first.outputs.failed).toBe('7')
    expect(first.outputs['history-runs']).toBe('1')
    expect(first.outputs['history-commit']).toMatch(/^[0-9a-f]{40}$/)
    expect(first.summary).toContain('History: stored this run on `test-history`')
    expect(first.summary).toContain('## This run')

    const second = await runAction({ ...env, runId: '4243' })
    expect(second.exitCode).toBe(0)
    expect(second.outputs['history-runs']).toBe('2')

    const { rollup, rebuilt } = await history('octo-org/shop')
    expect(rollup.runs.map((r) => r.build_id).sort()).toEqual(['4242-1', '4243-1'])
    expect(rollup.runs.every((r) => r.branch === 'master' && r.event === 'push')).toBe(true)
    expect(rebuilt).toEqual(rollup)

    for (const run of [first, second]) {
      // the runner consumes `::add-mask::` commands (that is how the secret gets masked) and never shows them
      const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))
      expect(masks).toContain(`::add-mask::${TOKEN}`)
      const shown = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')
      const everything = shown + run.stderr + run.summary + JSON.stringify(run.outputs) + allText(run.runnerTemp)
      expect(everything).not.toContain(TOKEN)
      expect(everything).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'))
    }
    // the token travelled only as the Authorization header the server expects
    expect(server.requests.some((r) => r.url.includes(TOKEN))).toBe(false)
  })

  it('re-running the same job attempt does not store the run twice', async () => {
    const env = pushEnv('octo-org/rerun')
    expect((await runAction(env)).outputs['history-runs']).toBe('1')
    const again = await runAction(env)
    expect(again.exitCode).toBe(0)
    expect(again.outputs['history-runs']).toBe('1')
    expect(again.summary).toContain('already stored')
  })
})

describe('runs that must not be stored', () => {
  it('a pull request is analysed against the history but not stored', async () => {
    const base = pushEnv('octo-org/pr')
    await runAction(base)
    const payload = examplePayload('pull_request', 'opened')
    const run = await runAction({ ...base, eventName: 'pull_request', payload, ref: 'refs/pull/2/merge', headRef: 'changes' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['history-commit']).toBe('')
    expect(run.outputs['history-runs']).toBe('1')
    expect(run.summary).toContain('does not store `pull_request` runs')
  })

  it('a push to the default branch with a read-only token fails the step (fail-on-store-error), names the saved run and does not count it', async () => {
    const env = pushEnv('octo-org/readonly')
    await runAction(env) // one stored run
    server.setReadOnly(true)
    try {
      const run = await runAction({ ...env, runId: '5000' })
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toMatch(/::error::The run could not be stored in the history: the token may not push to the history branch `test-history`/)
      expect(run.stdout).toContain('Give this job `permissions: contents: write`') // how to fix it
      expect(run.stdout).toMatch(/saved at \S+test-history-unstored/)
      expect(run.summary).toContain('This run was not stored')
      expect(run.summary).toContain('## This run')
      expect(run.outputs['history-commit']).toBe('')
      expect(run.outputs['history-runs']).toBe('1') // the stored run, not this one
      expect(run.stdout).not.toMatch(/\n\s+at /)

      const lenient = await runAction({ ...env, runId: '5001', inputs: { ...env.inputs, 'fail-on-store-error': 'false' } })
      expect(lenient.exitCode).toBe(0)
      expect(lenient.stdout).toMatch(/::warning::The run could not be stored in the history/)
      expect(lenient.outputs['history-runs']).toBe('1')
    } finally {
      server.setReadOnly(false)
    }
  })

  it('a wrong token cannot read the history: the summary says so, the store error fails the step', async () => {
    const env = pushEnv('octo-org/wrongtoken', { inputs: { 'github-token': 'ghs_wrong', 'incidents-file': 'incidents.json' } })
    const run = await runAction(env)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('::error::The run could not be stored in the history')
    expect(run.summary).toContain('## This run')
    expect(run.stdout).not.toMatch(/\n\s+at /) // no stack trace for a user's mistake
  })
})

describe('matrix jobs', () => {
  it('two legs of one workflow run finishing in the same second are both stored', async () => {
    const env = pushEnv('octo-org/matrix')
    // same GITHUB_RUN_ID, same report (same second): the legs differ only by matrix leg, a third job by GITHUB_JOB
    const runs = await Promise.all([
      runAction({ ...env, inputs: { ...env.inputs, 'matrix-leg': '0' } }),
      runAction({ ...env, inputs: { ...env.inputs, 'matrix-leg': '1' } }),
      runAction({ ...env, env: { ...env.env, GITHUB_JOB: 'integration' } })
    ])
    for (const run of runs) {
      expect(run.exitCode).toBe(0)
      expect(run.outputs['history-commit']).toMatch(/^[0-9a-f]{40}$/)
      expect(run.summary).toContain('History: stored this run')
    }
    const { rollup, rebuilt } = await history('octo-org/matrix')
    expect(rollup.runs).toHaveLength(3)
    expect(new Set(rollup.runs.map((r) => r.build_id))).toEqual(new Set(['4242-1']))
    expect(rebuilt).toEqual(rollup)
  })
})

// Several matrix jobs of one push finish together and race for the branch: each push after the first
// is rejected and must be re-applied on the new tip. Three racing jobs exercise that path on every run;
// how it scales (twenty writers, attempts and time) is measured by `npm run bench` (history), not
// here, where a loaded machine must not decide the result.
const RACING_JOBS = 3

describe('matrix jobs finishing at once', () => {
  it('every run is on the branch, the rollup equals a rebuild, and no job claims a run that is missing', async () => {
    const env = pushEnv('octo-org/racing')
    const runs = await Promise.all(Array.from({ length: RACING_JOBS }, (_, i) => runAction({ ...env, runId: String(9000 + i) })))
    const claimed = runs.filter((r) => r.exitCode === 0 && /^[0-9a-f]{40}$/.test(r.outputs['history-commit'] ?? ''))
    const { rollup, rebuilt } = await history('octo-org/racing')
    const stored = new Set(rollup.runs.map((r) => r.build_id))
    for (const [i, run] of runs.entries()) {
      if (claimed.includes(run)) expect(stored.has(`${9000 + i}-1`)).toBe(true)
    }
    expect(stored.size).toBe(RACING_JOBS)
    expect(claimed).toHaveLength(RACING_JOBS)
    expect(rebuilt).toEqual(rollup)
    // a job that lost the race says its run is pending beside the branch, not that it is on it
    for (const run of runs) expect(run.summary).toMatch(/History: stored this run (on `test-history` \(commit `[0-9a-f]{12}`|beside `test-history` as a pending run \(another job pushed first; the next stored run takes it into the branch\))/)
  })
})
