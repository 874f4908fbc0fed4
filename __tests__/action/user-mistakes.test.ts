/**
 * User mistakes and closed pipes, through the bundles as users run them (`node dist/cli.js`,
 * `node dist/index.js`): each mistake gives one paragraph that names the file or input, a non-zero
 * exit and no stack trace; a reader that stops reading (`| head`) is not an error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { readReports } from '../../src/report/index.js'
import { startGitServer, type GitServer } from '../support/git-server.js'
import { DIST_CLI, runAction, spawnNode, type ActionEnv } from '../support/run-action.js'
import { examplePayload } from '../support/webhooks.js'

const REPORTS = resolve('__fixtures__/reports')
const SMALL = join(REPORTS, 'markers-demo.exported.pretty.json')
const LARGE = join(REPORTS, 'more-itertools-broken-ilen.junit.xml')
const STACK = /\n\s+at /
const cli = (args: string[], cwd = process.cwd()) => spawnNode([DIST_CLI, ...args], { PATH: process.env.PATH, HOME: process.env.HOME }, cwd)

/** One paragraph: a single `error:` line, no stack, nothing else on stderr. */
function expectOneParagraph(stderr: string, ...mentions: string[]): void {
  expect(stderr).not.toMatch(STACK)
  expect(stderr.trim().split('\n')).toHaveLength(1)
  expect(stderr).toMatch(/^error: /)
  for (const m of mentions) expect(stderr).toContain(m)
}

/** The step failed once: exit 1, a single `::error::` line naming each of `mentions`, no stack anywhere. */
function expectOneStepError(run: { exitCode: number; stdout: string; stderr: string }, ...mentions: string[]): void {
  expect(run.exitCode).toBe(1)
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'))
  expect(errors).toHaveLength(1)
  for (const m of mentions) expect(errors[0]).toContain(m)
  expect(run.stdout + run.stderr).not.toMatch(STACK)
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as { port: number }
  await new Promise<void>((r) => server.close(() => r()))
  return port
}

describe('cli --json output', () => {
  it('is exactly the normalised run as JSON, written in chunks', async () => {
    const { code, stdout, stderr } = await cli(['parse', LARGE, '--json'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const run = await readReports([LARGE], { format: 'auto', componentMap: null, cwd: process.cwd() })
    expect(stdout).toBe(`${JSON.stringify(run, null, 2)}\n`)
    expect(stdout.length).toBeGreaterThan(2 * 65536) // more than a pipe holds: the writer had to wait for its reader
  })

  it('stops quietly when the reader goes away (`| head`)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-head-'))
    const errors = join(dir, 'stderr.txt')
    // pipefail: the exit status is the CLI's own, not head's
    const script = `set -o pipefail; "${process.execPath}" "${DIST_CLI}" parse --json "${LARGE}" 2>"${errors}" | head -n 3`
    const child = spawn('bash', ['-c', script], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    const code = await new Promise<number | null>((r) => child.on('close', r))
    expect(out).toBe('{\n  "meta": {\n    "created": null,\n')
    expect(readFileSync(errors, 'utf8')).toBe('')
    expect(code).toBe(0)
  })
})

describe('cli: one paragraph for each mistake', () => {
  it('a named pipe given as the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-fifo-'))
    execFileSync('mkfifo', [join(dir, 'report.json')])
    const { code, stderr } = await cli(['parse', 'report.json'], dir)
    expect(code).toBe(1)
    expectOneParagraph(stderr, 'report.json', 'named pipe (FIFO)', 'not a regular file')
  })

  it('a dangling symbolic link matched by a glob, and one named directly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-link-'))
    mkdirSync(join(dir, 'reports'))
    copyFileSync(SMALL, join(dir, 'reports', 'a.json'))
    symlinkSync(join(dir, 'gone.json'), join(dir, 'reports', 'b.json'))
    const glob = await cli(['parse', 'reports/*.json'], dir)
    expect(glob.code).toBe(1)
    expectOneParagraph(glob.stderr, 'reports/*.json', join(dir, 'reports', 'b.json'), 'symbolic link', join(dir, 'gone.json'), 'does not exist')
    const direct = await cli(['parse', 'reports/b.json'], dir)
    expect(direct.code).toBe(1)
    expectOneParagraph(direct.stderr, 'reports/b.json', 'symbolic link', 'does not exist')
  })

  it('a directory given where findings.json goes, and a history repository that cannot be reached', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-out-'))
    const repo = join(dir, 'empty.git')
    execFileSync('git', ['init', '-q', '--bare', repo])
    const incidents = resolve('demo/incidents.json')
    const toDirectory = await cli(['analyze', '--repo', repo, '--incidents', incidents, '--json', dir])
    expect(toDirectory.code).toBe(1)
    expectOneParagraph(toDirectory.stderr, dir, 'is a directory')

    const port = await closedPort()
    for (const remote of [`http://127.0.0.1:${port}/octo-org/shop.git`, join(dir, 'no-such-repository.git')]) {
      const unreachable = await cli(['history', '--repo', remote, '--json'])
      expect(unreachable.code).toBe(1)
      expect(unreachable.stdout).toBe('')
      expectOneParagraph(unreachable.stderr, 'could not be reached', '--repo')
    }
  })
})

describe('the action: report and findings-file mistakes', () => {
  const TOKEN = 'ghs_userMistakesToken0123456789abcdefABCD'
  let server: GitServer
  let home: string
  beforeAll(async () => {
    server = await startGitServer({ token: TOKEN })
    home = mkdtempSync(join(tmpdir(), 'empty-home-'))
  })
  afterAll(async () => server.stop())

  function pushEnv(repoName: string, inputs: Record<string, string>, workspace = mkdtempSync(join(tmpdir(), 'ws-'))): ActionEnv {
    const payload = examplePayload('push', undefined, (p) => p.ref === 'refs/heads/master')
    server.url(repoName)
    if (!existsSync(join(workspace, '.report.json'))) copyFileSync(SMALL, join(workspace, '.report.json'))
    writeFileSync(join(workspace, 'incidents.json'), JSON.stringify([{ id: 'INC-1', component: 'checkout-service', failure_mode: 'gateway_5xx', detected_at: '2026-11-25T00:00:00Z' }]))
    return {
      workspace,
      eventName: 'push',
      payload,
      repository: repoName,
      ref: 'refs/heads/master',
      sha: String(payload.after),
      serverUrl: server.url('').replace(/\/\.git$/, ''),
      inputs: { 'github-token': TOKEN, 'incidents-file': 'incidents.json', ...inputs },
      env: { HOME: home }
    }
  }

  it('an absolute findings-file is used as given; a directory fails the step after the summary, naming the input', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'findings-'))
    const target = join(elsewhere, 'out', 'findings.json')
    const absolute = await runAction(pushEnv('octo-org/absolute', { 'findings-file': target }))
    expect(absolute.exitCode).toBe(0)
    expect(absolute.outputs['findings-file']).toBe(target)
    expect(JSON.parse(readFileSync(target, 'utf8'))).toHaveProperty('incident_count')

    const env = pushEnv('octo-org/findings-dir', { 'findings-file': 'out' })
    mkdirSync(join(env.workspace, 'out'))
    const run = await runAction(env)
    expectOneStepError(run, '`findings-file` (out)', 'is a directory')
    expect(run.summary).toContain('## This run')
    expect(run.outputs['history-commit']).toMatch(/^[0-9a-f]{40}$/) // the run was stored all the same
  })

  it('a mistake in the incidents file fails the step once, naming the file, after the run is stored and summarised', async () => {
    const env = pushEnv('octo-org/bad-incidents', {})
    // a detection time without a time zone: the file's own mistake
    writeFileSync(join(env.workspace, 'incidents.json'), JSON.stringify([{ id: 'INC-1', component: 'checkout-service', detected_at: '2026-11-25T00:00:00' }]))
    const run = await runAction(env)
    expectOneStepError(run, 'incidents.json')
    expect(run.outputs['history-commit']).toMatch(/^[0-9a-f]{40}$/) // read side by side, the incidents do not keep the run from being stored
    expect(run.summary).toContain('## This run')
    expect(run.summary).toContain('No incidents were analysed')
    expect(run.summary).toContain('incidents.json')
  })

  it('a mistake in the test renames file, alone and beside one in the incidents file: each named once, after the run is stored and summarised', async () => {
    const alone = pushEnv('octo-org/bad-renames', { 'test-renames': 'renames.json' })
    writeFileSync(join(alone.workspace, 'renames.json'), '["tests/a.py::old", "tests/a.py::new"]')
    const run = await runAction(alone)
    expectOneStepError(run, 'renames.json')
    expect(run.outputs['history-commit']).toMatch(/^[0-9a-f]{40}$/)
    expect(run.summary).toContain('## This run')
    expect(run.summary).toContain('renames.json')

    const both = pushEnv('octo-org/bad-renames-and-incidents', { 'test-renames': 'renames.json' })
    writeFileSync(join(both.workspace, 'renames.json'), '{"tests/a.py::old": ')
    writeFileSync(join(both.workspace, 'incidents.json'), JSON.stringify([{ id: 'INC-1', component: 'checkout-service', detected_at: '2026-11-25T00:00:00' }]))
    const twice = await runAction(both)
    expect(twice.exitCode).toBe(1)
    const errors = twice.stdout.split('\n').filter((l) => l.startsWith('::error::'))
    expect(errors).toHaveLength(2)
    expect(errors.filter((e) => e.includes('incidents.json'))).toHaveLength(1)
    expect(errors.filter((e) => e.includes('renames.json') && e.includes('not valid JSON'))).toHaveLength(1)
    expect(twice.stdout + twice.stderr).not.toMatch(STACK)
    expect(twice.outputs['history-commit']).toMatch(/^[0-9a-f]{40}$/)
    expect(twice.summary).toContain('## This run')
    expect(twice.summary).toContain('incidents.json')
    expect(twice.summary).toContain('renames.json')
  })

  it('a history repository that cannot be reached: the summary is written, the step fails once, no stack', async () => {
    const port = await closedPort()
    const env = { ...pushEnv('octo-org/unreachable', {}), serverUrl: `http://127.0.0.1:${port}` }
    const run = await runAction(env)
    expectOneStepError(run, 'could not be stored')
    expect(run.summary).toContain('## This run')
  })

  it('a named pipe or a dangling link as report-path: one error naming it, no stack', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'ws-'))
    execFileSync('mkfifo', [join(ws, 'pipe.json')])
    symlinkSync(join(ws, 'gone.json'), join(ws, 'link.json'))
    for (const [path, says] of [
      ['pipe.json', 'named pipe (FIFO)'],
      ['link.json', 'symbolic link']
    ]) {
      const run = await runAction(pushEnv('octo-org/bad-report', { 'report-path': path }, ws))
      expectOneStepError(run, path, says)
    }
  })
})
