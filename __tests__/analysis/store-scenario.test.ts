/**
 * The 300-run scenario of scenario.ts end to end, as a user runs it: every raw run becomes a real
 * pytest-json-report file, a backfill manifest lists them, the classified incidents go in an
 * incidents file, and the bundled CLI (`node dist/cli.js ingest`, then `analyze --json`) runs in
 * child processes against a bare repository. Its findings.json must match the brute-force
 * reference (which reads the raw runs) field by field, for every branch and for main only.
 *
 * The incidents file cannot hold the scenario's two unclassified incidents (it requires a
 * component), so they are left out; they change nothing else in the reference.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Findings } from '../../src/analysis/index.js'
import type { Incident } from '../../src/incidents/types.js'
import type { RawRun, Tags } from './history-builder.js'
import { buildScenario, compare, NOW, prng, reference, WINDOW, type Scenario } from './scenario.js'

const DIST_CLI = resolve('dist/cli.js')
const SEED = 20260301
const ROOT = '/home/runner/work/shop/shop'

// ---------------------------------------------------------------- pytest-json-report files

interface Stage {
  duration: number
  outcome: 'passed' | 'failed' | 'skipped'
  crash?: { path: string; lineno: number; message: string }
  traceback?: { path: string; lineno: number; message: string }[]
  longrepr?: string
}

/** 0-based line of each test's definition (pytest-json-report's `lineno`), stable across runs. */
function linenoOf(nodeid: string): number {
  const digits = createHash('sha1').update(nodeid).digest()
  return 10 + (digits[0] % 200)
}

/** A stage that raised: crash (1-based line, absolute path), traceback (relative path), longrepr. */
function failedStage(nodeid: string, duration: number, message: string): Stage {
  const file = nodeid.split('::')[0]
  const line = linenoOf(nodeid) + 4
  const excType = message.split(':')[0]
  return {
    duration,
    outcome: 'failed',
    crash: { path: `${ROOT}/${file}`, lineno: line, message },
    traceback: [{ path: file, lineno: line, message: excType }],
    longrepr: `    def ${nodeid.split('::').at(-1)}():\n>       check()\nE       ${message}\n\n${file}:${line}: ${excType}`
  }
}

/** One test object, shaped as pytest-json-report 1.5.0 writes it (FORMATS.md §1.3, §1.4). */
function testEntry(nodeid: string, result: RawRun['results'][string], tags: Tags, rand: () => number): Record<string, unknown> {
  const { o, reruns } = result
  if (reruns > 1 || (reruns > 0 && o !== 'passed')) {
    // the json report keeps only `rerun` (failed, then passed); it cannot say how many attempts failed
    throw new Error(`${nodeid}: ${o} after ${reruns} rerun(s) has no pytest-json-report form; the scenario must not produce it`)
  }
  const file = nodeid.split('::')[0]
  const name = nodeid.split('::').at(-1) as string
  const d = (): number => 0.0001 + rand() * 0.02
  const untagged = tags.component === 'unknown' && tags.failure_mode === undefined && !tags.incident
  const metadata: Record<string, string> = {}
  if (!untagged) {
    metadata.component = tags.component
    if (tags.failure_mode !== undefined) metadata.failure_mode = tags.failure_mode
    if (tags.incident) metadata.incident = tags.incident
  }
  const markerNames = Object.keys(metadata)
  const entry: Record<string, unknown> = {
    nodeid,
    lineno: linenoOf(nodeid),
    outcome: reruns > 0 ? 'rerun' : o,
    keywords: [name, ...markerNames, ...(markerNames.length ? ['pytestmark'] : []), file.split('/').at(-1), 'shop']
  }
  if (markerNames.length > 0) entry.metadata = metadata
  const passed = (): Stage => ({ duration: d(), outcome: 'passed' })
  switch (o) {
    case 'passed': // also the final attempt of a `rerun`
    case 'xpassed':
      Object.assign(entry, { setup: passed(), call: passed(), teardown: passed() })
      break
    case 'failed':
      Object.assign(entry, { setup: passed(), call: failedStage(nodeid, d(), 'AssertionError: expected 200, got 503'), teardown: passed() })
      break
    case 'error': // a fixture failed in setup: no call stage
      Object.assign(entry, { setup: failedStage(nodeid, d(), 'ConnectionError: fixture database unavailable'), teardown: passed() })
      break
    case 'skipped':
      Object.assign(entry, {
        setup: { duration: d(), outcome: 'skipped', longrepr: `('${ROOT}/${file}', ${linenoOf(nodeid) + 1}, 'Skipped: backend not configured')` },
        teardown: passed()
      })
      break
    default:
      throw new Error(`${nodeid}: the report writer does not produce the outcome ${o}`)
  }
  return entry
}

/**
 * A whole report. Its own `created` (end of the session) is a little later than the run's time:
 * the manifest's `created` must win over it.
 */
function pytestReport(run: RawRun, tags: Map<string, Tags>, rand: () => number): Record<string, unknown> {
  const tests = Object.entries(run.results).map(([nodeid, result]) => testEntry(nodeid, result, tags.get(nodeid) as Tags, rand))
  const summary: Record<string, number> = {}
  for (const t of tests) summary[t.outcome as string] = (summary[t.outcome as string] ?? 0) + 1
  summary.total = tests.length
  summary.collected = tests.length
  const stageSeconds = tests.reduce((sum, t) => sum + ['setup', 'call', 'teardown'].reduce((s, k) => s + ((t[k] as Stage | undefined)?.duration ?? 0), 0), 0)
  const duration = stageSeconds + 0.4
  return {
    created: Date.parse(run.at) / 1000 + 37 + duration,
    duration,
    exitcode: tests.some((t) => t.outcome === 'failed' || t.outcome === 'error') ? 1 : 0,
    root: ROOT,
    environment: {},
    summary,
    tests
  }
}

/** Commit ids as git writes them: 40 hex digits, one per scenario sha. */
const commitOf = (sha: string | null): string | null => (sha === null ? null : createHash('sha1').update(sha).digest('hex'))

/** `+02:00` instead of `Z` for some incidents: the incidents file takes any zone. */
function zoned(iso: string, offsetHours: number): string {
  if (offsetHours === 0) return iso
  const local = new Date(Date.parse(iso) + offsetHours * 3_600_000).toISOString().replace(/Z$/, '')
  return `${local}+${String(offsetHours).padStart(2, '0')}:00`
}

/** Reports, manifest (oldest first, as CONTRACT.md asks) and incidents file under `dir`. */
function writeBackfill(sc: Scenario, dir: string): { manifest: string; incidents: string; reports: string } {
  const rand = prng(SEED ^ 0x5eed)
  mkdirSync(join(dir, 'reports'), { recursive: true })
  const runs = [...sc.builder.raw].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1))
  const manifest = runs.map((run, i) => {
    const file = `reports/${run.id}.json`
    const report = pytestReport(run, sc.tags, rand)
    // pytest writes compact JSON by default, pretty with --json-report-indent: both occur
    writeFileSync(join(dir, file), i % 2 ? JSON.stringify(report, null, 2) : JSON.stringify(report))
    return { file, build_id: run.id, sha: commitOf(run.sha), branch: run.branch, created: run.at }
  })
  const classified = sc.incidents.filter((inc) => inc.component !== null && inc.component.trim() !== '')
  const incidents = classified.map((inc: Incident, i) => ({
    id: inc.id,
    title: inc.title,
    component: inc.component,
    // `general` is the default: leave it out now and then
    ...(inc.failure_mode === 'general' && i % 2 ? {} : { failure_mode: inc.failure_mode }),
    detected_at: zoned(inc.detected_at, i % 3 === 1 ? 2 : 0)
  }))
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2))
  writeFileSync(join(dir, 'incidents.json'), JSON.stringify(incidents, null, 2))
  return { manifest: join(dir, 'manifest.json'), incidents: join(dir, 'incidents.json'), reports: join(dir, 'reports') }
}

// ---------------------------------------------------------------- the CLI, as a user runs it

interface CliResult {
  code: number
  stdout: string
  stderr: string
}

function runCli(args: string[], env: Record<string, string>, cwd: string): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [DIST_CLI, ...args], { env, cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
      done({ code, stdout, stderr })
    })
  })
}

function git(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((done, fail) => {
    execFile('git', args, { env }, (error, stdout, stderr) => (error ? fail(new Error(`git ${args.join(' ')}: ${stderr}`)) : done(stdout)))
  })
}

/** Fails (not skips) when the bundle is missing: this test is about the shipped CLI. */
function requireBundle(): void {
  if (!existsSync(DIST_CLI)) {
    throw new Error(`${DIST_CLI} is missing: run \`npm run build\` before this test, which runs the bundled command line as a user would.`)
  }
}

const CONTRACT_KEYS = [
  'schema_version', 'generated_at', 'now', 'incident_count', 'gap_count', 'coverage_percentage', 'coverage_gaps',
  'load_bearing_tests', 'dead_weight_tests', 'flaky_tests', 'incidents', 'metrics'
]
const CONTRACT_INCIDENT_KEYS = [
  'incident_id', 'component', 'total_component_tests', 'tests_failing_before_incident', 'was_predictable', 'failing_tests',
  'failure_mode_covered', 'gap_type', 'gap_closed_by', 'gap_closure_days', 'recommendation'
]
const CONTRACT_METRIC_KEYS = [
  'incident_coverage_rate', 'prediction_rate', 'test_gap_closure_days', 'dead_weight_ratio', 'tests_added_last_quarter', 'tests_added_previous_quarter'
]

describe('the 300-run scenario backfilled with `node dist/cli.js ingest` and analysed with `analyze --json`', () => {
  const sc = buildScenario(SEED)
  const work = mkdtempSync(join(tmpdir(), 'store-scenario-'))
  const home = join(work, 'home')
  const repo = join(work, 'history.git')
  const env = { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1', TMPDIR: join(work, 'tmp') }
  let ingest: CliResult
  let reportsDir = ''
  const findings = new Map<string, Findings>()
  const analyses = new Map<string, CliResult>()

  beforeAll(async () => {
    requireBundle()
    mkdirSync(home)
    mkdirSync(env.TMPDIR)
    const files = writeBackfill(sc, join(work, 'backfill'))
    reportsDir = files.reports
    await git(['init', '-q', '--bare', repo], env)
    ingest = await runCli(['ingest', '--repo', repo, '--manifest', files.manifest], env, work)
    if (ingest.code !== 0) return
    // every branch through standard output, main only through a file: both ways of --json
    const all = await runCli(['analyze', '--repo', repo, '--incidents', files.incidents, '--now', NOW, '--window-days', String(WINDOW), '--json', '-'], env, work)
    analyses.set('all', all)
    if (all.code === 0) findings.set('all', JSON.parse(all.stdout) as Findings)
    const out = join(work, 'findings-main.json')
    const main = await runCli(['analyze', '--repo', repo, '--incidents', files.incidents, '--now', NOW, '--window-days', String(WINDOW), '--json', out, '--branches', 'main'], env, work)
    analyses.set('main', main)
    if (main.code === 0) findings.set('main', JSON.parse(readFileSync(out, 'utf8')) as Findings)
  }, 120_000)

  afterAll(() => rmSync(work, { recursive: true, force: true }))

  test('the reader takes the written reports as pytest-json-report runs, every outcome and tag intact', async () => {
    const outcomes = (r: RawRun): string[] => Object.values(r.results).map((x) => (x.reruns ? 'rerun' : x.o))
    // the run with the most varied outcomes: it has all five the scenario produces
    const run = [...sc.builder.raw].sort((a, b) => new Set(outcomes(b)).size - new Set(outcomes(a)).size)[0]
    expect(new Set(outcomes(run))).toEqual(new Set(['passed', 'failed', 'error', 'rerun', 'skipped']))
    const parsed = await runCli(['parse', join(reportsDir, `${run.id}.json`), '--json'], env, work)
    expect(parsed.stderr).toBe('')
    expect(parsed.code).toBe(0)
    const { meta, tests, notices } = JSON.parse(parsed.stdout) as { meta: { format: string; exit_code: number }; tests: Record<string, unknown>[]; notices: string[] }
    expect(notices).toEqual([])
    expect(meta).toMatchObject({ format: 'pytest-json', exit_code: 1 })
    const got = Object.fromEntries(tests.map((t) => [t.nodeid, [t.outcome, t.reruns, t.component, t.failure_mode, t.incident]]))
    const want = Object.fromEntries(
      Object.entries(run.results).map(([nodeid, r]) => {
        const tags = sc.tags.get(nodeid) as Tags
        return [nodeid, [r.reruns ? 'rerun' : r.o, r.reruns, tags.component.trim(), tags.failure_mode ?? 'general', tags.incident ?? null]]
      })
    )
    expect(got).toEqual(want)
  })

  test('ingest stores every run of the manifest in one commit of the data branch', async () => {
    expect(ingest.stderr).toBe('')
    expect(ingest.code).toBe(0)
    expect(ingest.stdout).toContain(`stored ${sc.builder.raw.length} run(s)`)
    // one commit adds every run file; the next one writes the rollup that covers them
    const subjects = (await git(['--git-dir', repo, 'log', '--format=%s', 'test-history'], env)).trim().split('\n')
    expect(subjects).toHaveLength(2)
    expect(subjects[1]).toMatch(/^history: add runs /)
    expect(subjects[0]).toMatch(new RegExp(`^history: update the rollup \\(${sc.builder.raw.length} runs`))
    const history = await runCli(['history', '--repo', repo, '--json'], env, work)
    expect(history.code).toBe(0)
    const byBranch: Record<string, number> = {}
    for (const r of sc.builder.raw) byBranch[r.branch ?? ''] = (byBranch[r.branch ?? ''] ?? 0) + 1
    const described = JSON.parse(history.stdout)
    expect(described).toMatchObject({ runs: sc.builder.raw.length, runs_by_branch: byBranch })
    // the default retention (180 days) already prunes the oldest run files of this 200-day backfill;
    // the rollup keeps every run, which the comparisons below rely on
    expect(described.pruned_runs).toBeGreaterThan(0)
    expect(described.run_files + described.pruned_runs).toBe(sc.builder.raw.length)
  })

  describe.each([
    ['every branch', 'all', null],
    ['main only (--branches main)', 'main', ['main']]
  ])('%s', (_label, name, branches) => {
    const ref = reference(sc, branches)
    const get = (): Findings => {
      const run = analyses.get(name)
      expect(run?.stderr).toBe('')
      expect(run?.code).toBe(0)
      return findings.get(name) as Findings
    }

    test('findings.json has every key of CONTRACT.md', () => {
      const f = get() as unknown as Record<string, unknown>
      for (const key of CONTRACT_KEYS) expect(f).toHaveProperty(key)
      expect(f.schema_version).toBe(1)
      expect(f.now).toBe(NOW)
      expect(f.generated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/)
      for (const i of f.incidents as Record<string, unknown>[]) for (const key of CONTRACT_INCIDENT_KEYS) expect(i).toHaveProperty(key)
      for (const key of CONTRACT_METRIC_KEYS) expect(f.metrics).toHaveProperty(key)
      for (const list of ['load_bearing_tests', 'dead_weight_tests', 'flaky_tests'] as const) {
        expect(f[list]).toEqual([...(f[list] as string[])].sort())
      }
    })

    test('findings.json matches the brute-force reference field by field', () => {
      compare(get(), ref)
    })

    test('the scenario exercises what it is meant to', () => {
      const f = get()
      const gapTypes = new Set(f.incidents.map((i) => i.gap_type))
      expect(gapTypes).toEqual(new Set([null, 'no_test_coverage', 'tests_pass_but_incident_occurred']))
      expect(f.incidents.some((i) => i.gap_closure?.matched_by === 'incident')).toBe(true)
      expect(f.incidents.some((i) => i.gap_closure?.matched_by === 'component_failure_mode')).toBe(true)
      expect(f.flaky_tests.length).toBeGreaterThan(3)
      expect(f.dead_weight_tests.length).toBeGreaterThan(0)
      expect(f.load_bearing.some((l) => l.a >= 2)).toBe(true)
      expect(f.load_bearing.some((l) => l.flaky_failures > 0)).toBe(true)
      // the incidents file holds only classified incidents: none is unclassified here
      expect(f.unclassified_incidents).toEqual([])
      expect(f.incident_count).toBe(sc.incidents.length - 2)
      expect(f.untagged_tests.examples).toEqual(['tests/test_misc.py::test_untagged'])
    })
  })
})
