/**
 * `fail-on-test-failure` and `require-tests`, through the bundled action (`node dist/index.js`):
 * the step's result follows the tests only when asked, and always after the summary is written.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type ActionEnv } from '../support/run-action.js'

const REPORT = '__fixtures__/reports/markers-demo.exported.pretty.json'

function workspace(report: string | null = REPORT): string {
  const ws = mkdtempSync(join(tmpdir(), 'ws-gate-'))
  if (report) copyFileSync(report, join(ws, '.report.json'))
  return ws
}

// No history and no API here: these runs are about the step's result.
const env = (ws: string, inputs: Record<string, string> = {}): ActionEnv => ({ workspace: ws, inputs: { 'store-history': 'never', 'comment-on-incidents': 'false', ...inputs } })
const errors = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error::'))

describe('fail-on-test-failure', () => {
  it('is off by default: a report with failures leaves the step green', async () => {
    const run = await runAction(env(workspace()))
    expect(run.exitCode).toBe(0)
    expect(run.outputs.failed).toBe('7')
  })

  it('on: the step fails, naming the failed tests, after the summary and outputs are written', async () => {
    const run = await runAction(env(workspace(), { 'fail-on-test-failure': 'true' }))
    expect(run.exitCode).toBe(1)
    const [error, ...others] = errors(run.stdout)
    expect(others).toEqual([])
    // 7 failed in the outputs' sense; the rerun test passed in the end and does not fail the step
    expect(error).toContain('6 test(s) failed or had errors in this run (fail-on-test-failure: true)')
    expect(error).toContain('test_checkout.py::test_payment_timeout_surfaces_error')
    expect(error).not.toContain('test_flaky_passes_on_rerun')
    expect(run.summary).toContain('## This run')
    expect(run.outputs.total).toBe('15')
  })
})

describe('require-tests', () => {
  it('on by default: no report file fails the step with one paragraph naming the path', async () => {
    const run = await runAction(env(workspace(null)))
    expect(run.exitCode).toBe(1)
    const [error, ...others] = errors(run.stdout)
    expect(others).toEqual([])
    expect(error).toContain('.report.json does not exist')
    expect(run.stdout).not.toMatch(/\n\s+at /)
  })

  it('off: no report file is a warning, a summary that says so, and a green step', async () => {
    const run = await runAction(env(workspace(null), { 'require-tests': 'false' }))
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/::warning::The report file \.report\.json does not exist.*require-tests: false/)
    expect(run.summary).toContain('require-tests: false')
    expect(run.outputs['history-commit']).toBe('')
  })

  it('a real pytest run that collected nothing (exit 5): fails by default, passes with require-tests: false', async () => {
    const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-m', 'pytest', '--version']).status === 0)
    if (!python) throw new Error('No python3 with pytest here: install one (`apt-get install -y python3-pytest`, as .ci/run does).')
    const ws = workspace(null)
    const pytest = spawnSync(python, ['-m', 'pytest', '-p', 'no:cacheprovider', '-q', '--junitxml=.report.json'], { cwd: ws, encoding: 'utf8' })
    expect(pytest.status).toBe(5) // pytest: no tests collected
    const strict = await runAction(env(ws))
    expect(strict.exitCode).toBe(1)
    expect(errors(strict.stdout).join('\n')).toContain('holds no tests (require-tests: true)')
    expect(strict.summary).toContain('## This run')
    const lenient = await runAction(env(ws, { 'require-tests': 'false' }))
    expect(lenient.exitCode).toBe(0)
  })
})
