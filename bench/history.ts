/**
 * Benchmarks of the git-backed history (src/history): ingest time, bytes per run, shallow-fetch
 * size after a simulated year, and twenty concurrent writers, all through real git against a local
 * smart-HTTP server (git http-backend). Data is generated from a fixed seed.
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { startGitServer, type GitServer } from '../__tests__/support/git-server.js'
import { appendRuns, openHistory, type NewRun } from '../src/history/index.js'
import type { Outcome, TestRecord } from '../src/report/types.js'
import { median, type BenchFigure, type BenchModule } from './types.js'
import { seededRandom } from './prng.js'

const TOKEN = 'bench-token'
const DAY = 86_400_000


interface SimTest {
  nodeid: string
  component: string
  file: string
  line: number
  baseMs: number
}

/**
 * A realistic stream of runs: a suite of `tests` tests in 25 services, a few tests added or removed
 * a week, failures clustered on broken modules (episodes of 1-2 days) and a pool of flaky tests,
 * short messages, reruns of the same commit, mostly `main` with a weekly feature branch.
 */
class Simulation {
  private rnd: () => number
  private suite: SimTest[] = []
  private nextId = 0
  private episodes: Array<{ tests: Set<string>; until: number; message: string }> = []
  private flaky: string[] = []
  private lastShas: string[] = []
  private runNo = 0

  constructor(
    tests: number,
    private runsPerDay: number,
    private start = Date.parse('2026-01-01T00:00:00Z'),
    seed = 42
  ) {
    this.rnd = seededRandom(seed)
    for (let i = 0; i < tests; i++) this.addTest()
    for (let i = 0; i < Math.max(4, tests / 250); i++) this.flaky.push(this.pick().nodeid)
  }

  private pick(): SimTest {
    return this.suite[Math.floor(this.rnd() * this.suite.length)]
  }

  private addTest(): void {
    const n = this.nextId++
    const svc = n % 25
    const mod = Math.floor(n / 25) % 20
    const slow = this.rnd() < 0.01
    this.suite.push({
      nodeid: `tests/service_${svc}/test_module_${mod}.py::test_behaviour_${n}${n % 7 === 0 ? `[case${n % 5}]` : ''}`,
      component: `service-${svc}`,
      file: `tests/service_${svc}/test_module_${mod}.py`,
      line: 10 + (n % 400) * 3,
      baseMs: slow ? 1000 + this.rnd() * 30000 : 2 + this.rnd() * 60
    })
  }

  /** The runs of day `d` (0-based). */
  day(d: number): NewRun[] {
    const dayStart = this.start + d * DAY
    // the test set moves a little: about three added and one removed a week
    if (this.rnd() < 0.45) this.addTest()
    if (this.rnd() < 0.15) this.suite.splice(Math.floor(this.rnd() * this.suite.length), 1)
    // a module breaks now and then and stays broken for a day or two
    if (this.rnd() < 0.7) {
      const first = Math.floor(this.rnd() * this.suite.length)
      const size = 10 + Math.floor(this.rnd() * 50)
      const tests = new Set(this.suite.slice(first, first + size).map((t) => t.nodeid))
      this.episodes.push({ tests, until: dayStart + (1 + Math.floor(this.rnd() * 2)) * DAY, message: `AssertionError: expected 200, got ${500 + Math.floor(this.rnd() * 4)}` })
    }
    this.episodes = this.episodes.filter((e) => e.until > dayStart)
    const runs: NewRun[] = []
    for (let i = 0; i < this.runsPerDay; i++) {
      const created = new Date(dayStart + 7 * 3_600_000 + Math.floor(((i + this.rnd()) / this.runsPerDay) * 14 * 3_600_000)).toISOString()
      runs.push(this.run(created, Math.floor(d / 7)))
    }
    return runs
  }

  private run(created: string, week: number): NewRun {
    const n = this.runNo++
    const rerun = this.lastShas.length > 0 && this.rnd() < 0.1
    const sha = rerun ? this.lastShas[Math.floor(this.rnd() * this.lastShas.length)] : (n * 2654435761).toString(16).padStart(40, '0').slice(-40)
    if (!rerun) this.lastShas = [sha, ...this.lastShas].slice(0, 5)
    const flakySet = new Set(this.flaky.filter(() => this.rnd() < 0.15))
    const broken = new Map<string, string>()
    for (const e of this.episodes) for (const t of e.tests) broken.set(t, e.message)
    const randomFail = this.rnd() < 0.5 ? this.pick().nodeid : null
    const tests: TestRecord[] = this.suite.map((t) => {
      let outcome: Outcome = 'passed'
      let message: string | null = null
      if (broken.has(t.nodeid)) [outcome, message] = ['failed', broken.get(t.nodeid) as string]
      else if (flakySet.has(t.nodeid)) [outcome, message] = this.rnd() < 0.5 ? ['rerun', null] : ['failed', 'TimeoutError: timed out after 5s']
      else if (t.nodeid === randomFail) [outcome, message] = ['error', 'ConnectionError: database unavailable']
      return {
        nodeid: t.nodeid,
        outcome,
        duration_ms: t.baseMs * (0.9 + this.rnd() * 0.2),
        component: t.component,
        failure_mode: 'general',
        incident: null,
        tag_source: 'markers',
        message,
        file: t.file,
        line: t.line,
        reruns: outcome === 'rerun' ? 1 : 0
      }
    })
    const onFeature = this.rnd() < 0.15
    return {
      info: {
        repository: 'acme/shop',
        sha,
        branch: onFeature ? `feature/week-${week}` : 'main',
        ref: null,
        event: onFeature ? 'pull_request' : 'push',
        workflow: 'ci',
        job: 'test',
        build_id: `${9_000_000 + n}-1`,
        created,
        format: 'pytest-json',
        files: ['report.json'],
        exit_code: 1,
        duration_s: 600,
        collection_errors: 0
      },
      run: { meta: { created, format: 'pytest-json', files: ['report.json'], exit_code: 1, duration_s: 600, collection_errors: 0 }, tests, notices: [] }
    }
  }
}

function packedBytes(bare: string): number {
  execFileSync('git', ['-C', bare, 'gc', '-q', '--prune=now'])
  const out = execFileSync('git', ['-C', bare, 'count-objects', '-v'], { encoding: 'utf8' })
  return Number(/size-pack: (\d+)/.exec(out)?.[1] ?? 0) * 1024
}

/** Async: the git server runs in this process, so a synchronous clone would wait for itself. */
async function shallowFetchBytes(url: string, dir: string): Promise<number> {
  const header = `http.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`
  await promisify(execFile)('git', ['-c', header, 'clone', '-q', '--bare', '--depth', '1', '--single-branch', '--branch', 'test-history', url, dir])
  const packDir = path.join(dir, 'objects', 'pack')
  return readdirSync(packDir).filter((f) => f.endsWith('.pack')).reduce((sum, f) => sum + statSync(path.join(packDir, f)).size, 0)
}

const mb = (b: number): string => `${(b / 1048576).toFixed(2)} MB`
const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`

/** Feeds `days` days of the simulation into the branch, `batchDays` days per commit. */
async function feed(remote: string, tempDir: string, sim: Simulation, fromDay: number, days: number, batchDays: number, retentionDays: number): Promise<void> {
  const clone = await openHistory({ remote, tempDir })
  try {
    for (let d = fromDay; d < fromDay + days; d += batchDays) {
      const runs: NewRun[] = []
      for (let k = d; k < Math.min(fromDay + days, d + batchDays); k++) runs.push(...sim.day(k))
      const res = await appendRuns(clone, runs, { retentionDays })
      if (res.status !== 'stored') throw new Error('bench: store refused')
    }
  } finally {
    await clone.dispose()
  }
}

const bench: BenchModule = async ({ quick, workDir }) => {
  const tests = quick ? 2000 : 10_000
  const historyRuns = quick ? 100 : 1000
  const measuredRuns = quick ? 10 : 100
  const runsPerDay = 50
  const tempDir = path.join(workDir, 'tmp')
  mkdirSync(tempDir, { recursive: true })
  const figures: BenchFigure[] = []
  const notes: string[] = []
  const server: GitServer = await startGitServer({ token: TOKEN })
  try {
    // 1 + 2: a history of `historyRuns` runs, then `measuredRuns` single ingests over HTTP
    const url = server.url('history')
    const bare = server.repoPath('history')
    const sim = new Simulation(tests, runsPerDay)
    const seedDays = Math.ceil(historyRuns / runsPerDay)
    await feed(bare, tempDir, sim, 0, seedDays, 1, 180)
    const before = packedBytes(bare)
    const times: number[] = []
    let day = seedDays
    let queue: NewRun[] = []
    for (let i = 0; i < measuredRuns; i++) {
      if (queue.length === 0) queue = sim.day(day++)
      const run = queue.shift() as NewRun
      const t0 = performance.now()
      const clone = await openHistory({ remote: url, token: TOKEN, tempDir })
      const res = await appendRuns(clone, [run], { retentionDays: 180 })
      await clone.dispose()
      times.push(performance.now() - t0)
      if (res.status !== 'stored') throw new Error('bench: store refused')
    }
    const grown = packedBytes(bare) - before
    const ingest = median(times)
    figures.push({ name: `ingest one ${tests}-test run into a ${historyRuns}-run history (open + fetch + write + push over HTTP + dispose)`, value: `${secs(ingest)} (median of ${measuredRuns})`, target: '< 3 s', met: ingest < 3000 })
    figures.push({ name: 'packed bytes added per run (git gc, count-objects size-pack)', value: kb(grown / measuredRuns), target: '<= 20 KB', met: grown / measuredRuns <= 20 * 1024 })
    figures.push({ name: `packed growth for ${measuredRuns} runs`, value: mb(grown), ...(quick ? {} : { target: '<= 2 MB', met: grown <= 2 * 1048576 }) })

    // 4: twenty writers at once, default retry options
    const writerCount = quick ? 6 : 20
    const t0 = performance.now()
    const writers = await Promise.allSettled(
      Array.from({ length: writerCount }, async (_, i) => {
        const clone = await openHistory({ remote: url, token: TOKEN, tempDir: path.join(tempDir, `w${i}`) })
        try {
          return await appendRuns(clone, [queue.shift() ?? sim.day(day++)[0]], { retentionDays: 180 })
        } finally {
          await clone.dispose()
        }
      })
    )
    const raceMs = performance.now() - t0
    const ok = writers.filter((w) => w.status === 'fulfilled' && w.value.status === 'stored').length
    const attempts = writers.map((w) => (w.status === 'fulfilled' && w.value.status === 'stored' ? w.value.attempts : 0))
    figures.push({
      name: `${writerCount} concurrent writers (${tests} tests each, default backoff: 0.5 s base, x2, full jitter, capped at 8 s, 30 attempts)`,
      value: `${secs(raceMs)}, ${ok}/${writerCount} stored, up to ${Math.max(...attempts)} attempts`,
      ...(quick ? {} : { target: '< 60 s and 20/20', met: raceMs < 60_000 && ok === 20 })
    })

    if (quick) notes.push('Quick mode: scaled down (smaller suites, fewer runs); the size targets apply to the full run only.')
  } finally {
    await server.stop()
  }
  return {
    title: 'Test history on a git branch',
    method: METHOD,
    figures,
    notes
  }
}

const METHOD =
  'Seeded simulation of a CI suite (25 services, failures clustered on broken modules and a flaky pool, ~0.5 % failing per run, a few tests added or removed a week, 10 % reruns of a commit, 15 % of runs on a weekly feature branch), stored by src/history through real git against a local git http-backend server.'

/** A simulated year of runs (long: about 25 minutes in full), then a shallow single-branch fetch. */
export const year: BenchModule = async ({ quick, workDir }) => {
  const yearDays = quick ? 30 : 365
  const yearRunsPerDay = quick ? 10 : 50
  const yearTests = quick ? 1000 : 10_000
  const yearRetention = quick ? 15 : 180
  const tempDir = path.join(workDir, 'tmp')
  mkdirSync(tempDir, { recursive: true })
  const figures: BenchFigure[] = []
  const notes: string[] = []
  const server: GitServer = await startGitServer({ token: TOKEN })
  try {
    // 3: a year of runs, fed a week per commit, then a shallow single-branch fetch over HTTP
    const yearUrl = server.url('year')
    const yearBare = server.repoPath('year')
    const y0 = performance.now()
    await feed(yearBare, tempDir, new Simulation(yearTests, yearRunsPerDay, undefined, 7), 0, yearDays, 7, yearRetention)
    const yearMs = performance.now() - y0
    packedBytes(yearBare)
    const shallow = await shallowFetchBytes(yearUrl, path.join(workDir, 'shallow.git'))
    figures.push({
      name: `shallow fetch (--depth 1 --single-branch) after ${yearDays} days x ${yearRunsPerDay} runs of ${yearTests} tests, retention ${yearRetention} days`,
      value: mb(shallow),
      ...(quick ? {} : { target: '< 10 MB', met: shallow < 10 * 1048576 })
    })
    notes.push(`The simulated ${yearDays} days were fed through appendRuns a week per commit (${secs(yearMs)}); the shallow fetch depends only on the final tree, so batching does not change it.`)
    if (quick) notes.push('Quick mode: scaled down; the size target applies to the full run only.')
  } finally {
    await server.stop()
  }
  return { title: 'Test history after a simulated year', method: METHOD, figures, notes }
}

export default bench
