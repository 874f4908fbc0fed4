/**
 * A damaged or hostile data branch, served over smart HTTP: links and submodules are refused
 * without being followed, a missing, damaged or stale rollup is rebuilt from the run files (named
 * in a warning, no run lost), and an unreadable run file is named and skipped.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { InputError } from '../../src/errors.js'
import { appendRuns, collectingLogger, openHistory, rebuildRollup } from '../../src/history/index.js'
import { startGitServer, type GitServer } from '../support/git-server.js'
import { makeRun } from '../support/git-history-runs.js'
import { branchReadme } from '../../src/history/readme.js'

const TOKEN = 'ghs_hostileTestToken0123456789'
let server: GitServer
let work: string
beforeAll(async () => {
  server = await startGitServer({ token: TOKEN })
  work = mkdtempSync(path.join(os.tmpdir(), 'history-hostile-'))
})
afterAll(async () => {
  await server.stop()
  rmSync(work, { recursive: true, force: true })
})

const run = (i: number) => makeRun({ created: new Date(Date.parse('2026-04-01T00:00:00Z') + i * 3_600_000).toISOString(), build: `${700 + i}-1`, sha: `${i}`.repeat(40).slice(0, 40), tests: ['t.py::a', 't.py::b'], outcomes: i % 2 ? { 't.py::b': 'failed' } : {} })

const open = (name: string, warnings: string[] = []) => openHistory({ remote: server.url(name), token: TOKEN, tempDir: path.join(work, 'temp'), logger: collectingLogger(warnings) })

/** A branch with `n` stored runs. */
async function storedHistory(name: string, n: number, compact = true): Promise<void> {
  const clone = await open(name)
  for (let i = 1; i <= n; i++) await appendRuns(clone, [run(i)], { retentionDays: 0, compact: compact || i === 1 })
  await clone.dispose()
}

/** Changes the branch by hand, as someone with push access could: `edit` runs in a checkout of it. */
async function tamper(name: string, edit: (dir: string) => void | 'staged'): Promise<void> {
  const dir = path.join(work, `tamper-${name}-${Date.now()}`)
  const bare = server.repoPath(name)
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=mallory', '-c', 'user.email=m@example.com', ...args], { encoding: 'utf8' })
  mkdirSync(dir)
  git('init', '-q')
  if (execFileSync('git', ['-C', bare, 'branch', '--list', 'test-history'], { encoding: 'utf8' }).trim()) {
    git('fetch', '-q', bare, 'test-history')
    git('checkout', '-q', '-b', 'test-history', 'FETCH_HEAD')
  } else git('checkout', '-q', '--orphan', 'test-history')
  if (edit(dir) !== 'staged') git('add', '-A')
  git('commit', '-q', '--allow-empty', '-m', 'tampered')
  // pushed straight into the bare repository (the server's hooks are not the point here)
  await promisify(execFile)('git', ['-C', dir, 'push', '-q', '-f', bare, 'test-history'])
}

/** A folder outside every clone, with files an attack would delete or overwrite. */
function sentinel(): { dir: string; snapshot: () => string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'outside-'))
  for (const f of ['keep-1.json', 'keep-2.json']) writeFileSync(path.join(dir, f), `{"precious":"${f}"}`)
  return { dir, snapshot: () => readdirSync(dir).map((f) => `${f}=${readFileSync(path.join(dir, f), 'utf8')}`).join('\n') }
}

describe('links and other non-regular entries on the branch', () => {
  const cases: Array<[string, string, (dir: string, outside: string) => void]> = [
    ['suites folder as a link to a folder outside', 'suites', (dir, outside) => {
      rmSync(path.join(dir, 'suites'), { recursive: true })
      symlinkSync(outside, path.join(dir, 'suites'))
    }],
    ['rollup.json as a link to the process environment', 'rollup.json', (dir) => {
      rmSync(path.join(dir, 'rollup.json'))
      symlinkSync('/proc/self/environ', path.join(dir, 'rollup.json'))
    }],
    ['a run folder as a link to /dev', 'runs/2026', (dir) => {
      rmSync(path.join(dir, 'runs', '2026'), { recursive: true })
      symlinkSync('/dev', path.join(dir, 'runs', '2026'))
    }],
    ['a run file as a link to /dev/zero', 'runs/2026/04/evil.json', (dir) => symlinkSync('/dev/zero', path.join(dir, 'runs', '2026', '04', 'evil.json'))],
    ['rollup.json as a folder', 'rollup.json', (dir) => {
      rmSync(path.join(dir, 'rollup.json'))
      mkdirSync(path.join(dir, 'rollup.json'))
      writeFileSync(path.join(dir, 'rollup.json', 'x'), 'x')
    }]
  ]
  it.each(cases)('refuses %s, naming it, and touches nothing outside', async (_title, named, edit) => {
    const name = `links-${named.replace(/\W/g, '-')}-${Math.random().toString(36).slice(2, 8)}`
    await storedHistory(name, 2)
    const outside = sentinel()
    const before = outside.snapshot()
    await tamper(name, (dir) => edit(dir, outside.dir))
    const error = (await open(name).catch((e: unknown) => e)) as Error
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toContain(named)
    expect(error.message).toMatch(/history branch "test-history"/)
    expect(error.message).not.toContain(TOKEN)
    expect(error.message.length).toBeLessThan(1000) // nothing was read through the link
    expect(outside.snapshot()).toBe(before)
    // nothing of the branch was written to disk, on the error path either
    expect(readdirSync(path.join(work, 'temp')).filter((f) => f !== 'test-history-unstored')).toEqual([])
  })

  it('refuses a submodule where run files belong', async () => {
    const name = 'links-submodule'
    await storedHistory(name, 1)
    await tamper(name, (dir) => {
      const head = execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()
      execFileSync('git', ['-C', dir, 'update-index', '--add', '--cacheinfo', `160000,${head},runs/2026/05`])
      return 'staged'
    })
    await expect(open(name)).rejects.toThrow(/holds a submodule at runs\/2026\/05/)
  })

  it('refuses folders nested deeper than any layout needs, naming them, instead of listing without end', async () => {
    const name = 'deep-folders'
    await storedHistory(name, 1)
    await tamper(name, (dir) => {
      const deep = path.join(dir, 'notes', ...Array.from({ length: 80 }, () => 'd'))
      mkdirSync(deep, { recursive: true })
      writeFileSync(path.join(deep, 'x.txt'), 'x')
    })
    const error = (await open(name).catch((e: unknown) => e)) as Error
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toMatch(/holds folders nested more than 64 deep \(notes\/d\/d\//)
    // 63 levels are only ignored (outside the layout): the runs are read
    await tamper(name, (dir) => {
      rmSync(path.join(dir, 'notes'), { recursive: true })
      const deep = path.join(dir, 'notes', ...Array.from({ length: 62 }, () => 'd'))
      mkdirSync(deep, { recursive: true })
      writeFileSync(path.join(deep, 'x.txt'), 'x')
    })
    const clone = await open(name)
    expect(clone.rollup().runs).toHaveLength(1)
    await clone.dispose()
  })
})

describe('the rollup is a cache of the run files', () => {
  it('a deleted rollup.json is rebuilt from the run files with a warning, and written back by the next run', async () => {
    await storedHistory('no-rollup', 3)
    await tamper('no-rollup', (dir) => rmSync(path.join(dir, 'rollup.json')))
    const warnings: string[] = []
    const clone = await open('no-rollup', warnings)
    expect(clone.rollup().runs).toHaveLength(3)
    expect(warnings.join('\n')).toMatch(/rollup.json is missing from the history branch "test-history"; it was rebuilt from the 3 run file\(s\)/)
    await appendRuns(clone, [run(4)], { retentionDays: 0 })
    await clone.dispose()
    const stored = JSON.parse(execFileSync('git', ['-C', server.repoPath('no-rollup'), 'show', 'test-history:rollup.json'], { encoding: 'utf8' }))
    expect(stored.runs).toHaveLength(4)
    const reader = await open('no-rollup')
    expect(reader.rollup().runs).toHaveLength(4)
    expect(await rebuildRollup(reader)).toEqual(reader.rollup())
    await reader.dispose()
  })

  it('a damaged rollup.json is rebuilt with a warning naming it; `history --rebuild` writes a good one', async () => {
    await storedHistory('bad-rollup', 3)
    await tamper('bad-rollup', (dir) => writeFileSync(path.join(dir, 'rollup.json'), '{"schema_version":2,"runs":[["x"'))
    const warnings: string[] = []
    const clone = await open('bad-rollup', warnings)
    expect(clone.rollup().runs).toHaveLength(3)
    expect(warnings.join('\n')).toMatch(/The history file rollup.json on branch test-history is damaged \(not JSON/)
    expect(warnings.join('\n')).toMatch(/history --repo URL --rebuild/)
    await clone.dispose()
    const cli = await promisify(execFile)('node', ['dist/cli.js', 'history', '--repo', server.url('bad-rollup'), '--rebuild'], { env: { ...process.env, GITHUB_TOKEN: TOKEN, GITHUB_ACTIONS: '' } })
    expect(cli.stdout).toMatch(/rollup.json now covers 3 run\(s\)/)
    expect(cli.stdout + cli.stderr).not.toContain(TOKEN)
    expect(cli.stdout + cli.stderr).not.toContain('::')
    const fresh: string[] = []
    const reader = await open('bad-rollup', fresh)
    expect(fresh).toEqual([])
    expect(reader.describe()).toMatchObject({ runs: 3, uncovered_runs: 0 })
    await reader.dispose()
  })

  it('a stale rollup (runs stored without compaction) is caught up on read: no run lost', async () => {
    await storedHistory('stale', 5, false)
    const clone = await open('stale')
    expect(clone.describe()).toMatchObject({ runs: 5, run_files: 5, uncovered_runs: 4 })
    expect(await rebuildRollup(clone)).toEqual(clone.rollup())
    await clone.dispose()
  })

  it('a run file that cannot be read is named and skipped, never a fresh start', async () => {
    await storedHistory('bad-run', 3)
    let victim = ''
    await tamper('bad-run', (dir) => {
      const month = path.join(dir, 'runs', '2026', '04')
      victim = readdirSync(month).sort()[1]
      writeFileSync(path.join(month, victim), 'not json')
      rmSync(path.join(dir, 'rollup.json'))
    })
    const warnings: string[] = []
    const clone = await open('bad-run', warnings)
    expect(clone.rollup().runs).toHaveLength(2)
    expect(warnings.join('\n')).toContain(`The run file runs/2026/04/${victim} on branch test-history is not valid JSON`)
    await clone.dispose()
  })
})

describe('the branch README', () => {
  it('one edited by hand (or written by an older version) is rewritten by the next stored run, then left alone', async () => {
    await storedHistory('old-readme', 2)
    await tamper('old-readme', (dir) => writeFileSync(path.join(dir, 'README.md'), '# Test history\n\nAn older description.\n'))
    const show = () => execFileSync('git', ['-C', server.repoPath('old-readme'), 'show', 'test-history:README.md'], { encoding: 'utf8' })
    const changedBy = () => execFileSync('git', ['-C', server.repoPath('old-readme'), 'show', '--name-only', '--format=', 'test-history'], { encoding: 'utf8' }).trim().split('\n')
    const clone = await open('old-readme')
    await appendRuns(clone, [run(3)], { retentionDays: 0, compact: false })
    expect(show()).toBe(branchReadme('test-history'))
    expect(changedBy()).toContain('README.md')
    await appendRuns(clone, [run(4)], { retentionDays: 0, compact: false })
    expect(changedBy()).not.toContain('README.md')
    await clone.dispose()
  })
})

describe('the command line with a token, outside Actions', () => {
  it('ingest, history --json and analyze --json - print no secret and no workflow command; the JSON parses', async () => {
    const url = server.url('cli-quiet')
    const env = { ...process.env, GITHUB_TOKEN: TOKEN, GITHUB_ACTIONS: '', TMPDIR: work }
    const cli = (...args: string[]) => promisify(execFile)('node', ['dist/cli.js', ...args], { env })
    const incidents = path.join(work, 'incidents.json')
    writeFileSync(incidents, JSON.stringify([{ id: 'INC-1', component: 'checkout-service', failure_mode: 'gateway_5xx', detected_at: '2026-11-25T00:00:00Z' }]))
    const outputs = [
      await cli('ingest', '--repo', url, '--build-id', 'cli-1', '__fixtures__/reports/markers-demo.exported.pretty.json'),
      await cli('history', '--repo', url, '--json'),
      await cli('analyze', '--repo', url, '--incidents', incidents, '--json', '-')
    ]
    const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')
    for (const o of outputs) {
      const all = o.stdout + o.stderr
      expect(all).not.toContain(TOKEN)
      expect(all).not.toContain(basic)
      expect(all).not.toMatch(/::(add-mask|debug|warning|error)/)
    }
    expect(JSON.parse(outputs[1].stdout)).toMatchObject({ exists: true, runs: 1, warnings: [] })
    expect(JSON.parse(outputs[2].stdout)).toHaveProperty('incidents')
  })
})

describe('the command line with a token, inside a workflow', () => {
  it('ingest and history mask the token and its header with the runner’s ::add-mask:: before any git call', async () => {
    const url = server.url('cli-in-actions')
    const env = { ...process.env, GITHUB_TOKEN: TOKEN, GITHUB_ACTIONS: 'true', TMPDIR: work }
    const cli = (...args: string[]) => promisify(execFile)('node', ['dist/cli.js', ...args], { env })
    const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')
    for (const o of [await cli('ingest', '--repo', url, '--build-id', 'ci-1', '__fixtures__/reports/markers-demo.exported.pretty.json'), await cli('history', '--repo', url)]) {
      const lines = o.stdout.split('\n')
      expect(lines.slice(0, 2)).toEqual([`::add-mask::${TOKEN}`, `::add-mask::${basic}`])
      expect(lines.slice(2).join('\n')).not.toContain(TOKEN)
      expect(o.stderr).not.toContain(TOKEN)
    }
  })
})
