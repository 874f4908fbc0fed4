/**
 * Benchmarks of the git-backed history (src/history): ingest time, bytes per run, shallow-fetch
 * size after a simulated year, and twenty concurrent writers, all through real git against a local
 * smart-HTTP server (git http-backend). Data is generated from a fixed seed.
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import * as path from 'node:path'
import { isDeepStrictEqual, promisify } from 'node:util'
import { startGitServer, type GitServer } from '../__tests__/support/git-server.js'
import { appendRuns, buildRuns, openHistory, rebuildRollup, saveRun, type NewRun } from '../src/history/index.js'
import { basicCredential } from '../src/history/auth.js'
import { analyze } from '../src/analysis/index.js'
import { applyRun, compareKeys, emptyState, peerOf, type ShaPeer } from '../src/history/rollup.js'
import type { RunFile, SuiteFile } from '../src/history/types.js'
import type { Incident } from '../src/incidents/types.js'
import type { Outcome, TestRecord } from '../src/report/types.js'
import { median, type BenchFigure, type BenchModule } from './types.js'
import { seededRandom } from './prng.js'
import { processCpuMs, startGitServerProcess, type GitServerProcess } from './git-server-process.js'

const TOKEN = 'bench-token'
/** The token as git sends it (the store's own encoding, src/history/auth.ts). */
const AUTH_HEADER = `AUTHORIZATION: basic ${basicCredential(TOKEN)}`
const run = promisify(execFile)
const DAY = 86_400_000
/** The round trip a request to GitHub takes from a hosted runner, roughly (the server waits this long before each answer). */
const NETWORK_MS = 50


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
  await run('git', ['-c', `http.extraheader=${AUTH_HEADER}`, 'clone', '-q', '--bare', '--depth', '1', '--single-branch', '--branch', 'test-history', url, dir])
  const packDir = path.join(dir, 'objects', 'pack')
  return readdirSync(packDir).filter((f) => f.endsWith('.pack')).reduce((sum, f) => sum + statSync(path.join(packDir, f)).size, 0)
}

const mb = (b: number): string => `${(b / 1048576).toFixed(2)} MB`
const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`

/** Stores batches of runs, one commit per batch (generated as they are stored, or given). */
async function feed(remote: string, tempDir: string, batches: Iterable<NewRun[]>, retentionDays: number): Promise<void> {
  const clone = await openHistory({ remote, tempDir })
  try {
    for (const runs of batches) if ((await appendRuns(clone, runs, { retentionDays })).status !== 'stored') throw new Error('bench: store refused')
  } finally {
    await clone.dispose()
  }
}

/** `days` days of the simulation from day 0, `batchDays` days per batch. */
function* simulatedDays(sim: Simulation, days: number, batchDays: number): Generator<NewRun[]> {
  for (let d = 0; d < days; d += batchDays) {
    const runs: NewRun[] = []
    for (let k = d; k < Math.min(days, d + batchDays); k++) runs.push(...sim.day(k))
    yield runs
  }
}

/** One ingest as `node dist/cli.js ingest` does it: open without reading the rollup, store, dispose. */
async function ingestOnce(remote: string, tempDir: string, run: NewRun, pending = true): Promise<{ ms: number; cpu: number; stored: boolean; attempts: number; pending: boolean }> {
  const t0 = performance.now()
  const c0 = processCpuMs()
  const clone = await openHistory({ remote, token: TOKEN, tempDir, read: false })
  try {
    const res = await appendRuns(clone, [run], { retentionDays: 180, pending })
    const stored = res.status === 'stored' && res.runIds.length === 1
    return { ms: performance.now() - t0, cpu: processCpuMs() - c0, stored, attempts: res.status === 'stored' ? res.attempts : 0, pending: res.status === 'stored' && res.pending }
  } finally {
    await clone.dispose()
  }
}

interface Race {
  ms: number
  cpu: number
  stored: number
  pending: number
  /** null when the writers do not say (separate processes) */
  maxAttempts: number | null
  failures: string[]
}

/** `runs.length` writers at once, each storing its own run; wall time, CPU and what landed. */
async function writers(remote: string, tempDir: string, runs: NewRun[], pending = true): Promise<Race> {
  const t0 = performance.now()
  const c0 = processCpuMs()
  const results = await Promise.allSettled(runs.map((run, i) => ingestOnce(remote, path.join(tempDir, `w${i}`), run, pending)))
  const ms = performance.now() - t0
  const ok = results.filter((r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof ingestOnce>>> => r.status === 'fulfilled' && r.value.stored)
  return {
    ms,
    cpu: processCpuMs() - c0,
    stored: ok.length,
    pending: ok.filter((r) => r.value.pending).length,
    maxAttempts: Math.max(0, ...ok.map((r) => r.value.attempts)),
    failures: failuresOf(results)
  }
}

/**
 * Writers as CI jobs are: each `node dist/cli.js ingest --saved FILE` in a process of its own
 * (the run built and saved beforehand, so no report is parsed), all started at once. Wall time
 * from the first start to the last exit; CPU of the processes (they start no git process).
 */
async function writerProcesses(remote: string, tempDir: string, runs: NewRun[]): Promise<Race> {
  const files = await Promise.all(buildRuns(runs).map((built, i) => saveRun(path.join(tempDir, `saved-${i}`), 'test-history', built)))
  const cli = path.resolve('dist/cli.js')
  const t0 = performance.now()
  // the writers' processes only: the bench's own garbage collection is no writer's work
  const c0 = processCpuMs('self', 'children')
  const results = await Promise.allSettled(
    files.map((file, i) => {
      const own = path.join(tempDir, `p${i}`)
      mkdirSync(own, { recursive: true })
      return run(process.execPath, [cli, 'ingest', '--repo', remote, '--retention-days', '180', '--saved', file], {
        env: runnerEnv({ GITHUB_TOKEN: TOKEN, TMPDIR: own })
      })
    })
  )
  const ms = performance.now() - t0
  const stdout = results.map((r) => (r.status === 'fulfilled' ? r.value.stdout : ''))
  return {
    ms,
    cpu: processCpuMs('self', 'children') - c0,
    stored: stdout.filter((o) => /^stored 1 run\(s\)/m.test(o)).length,
    pending: stdout.filter((o) => /as pending run/.test(o)).length,
    maxAttempts: null,
    failures: failuresOf(results)
  }
}

/** Why the writers that threw did (shortened). */
function failuresOf(results: PromiseSettledResult<unknown>[]): string[] {
  return results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => String(r.reason).slice(0, 200))
}

/** Runs `fn` `count` times one after another; the wall time of each, in ms. */
/**
 * The environment of a step on a runner, as the start-up benchmark gives its processes: what the
 * command needs and nothing of this machine's own. This machine names a certificate bundle in
 * NODE_EXTRA_CA_CERTS, which makes every node process read it as it starts (about 40 ms here);
 * GitHub's runners set no such variable.
 */
function runnerEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra }
}

async function timed(count: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const t0 = performance.now()
    await fn(i)
    times.push(performance.now() - t0)
  }
  return times
}

/** The run ids on the branch, read by a fresh reader, and whether the rollup equals a rebuild. */
async function branchState(remote: string, tempDir: string): Promise<{ ids: Set<string>; consistent: boolean }> {
  const clone = await openHistory({ remote, token: TOKEN, tempDir })
  try {
    const rebuilt = await rebuildRollup(clone)
    return { ids: new Set(clone.rollup().runs.map((r) => r.build_id)), consistent: isDeepStrictEqual(rebuilt, clone.rollup()) }
  } finally {
    await clone.dispose()
  }
}

const bench: BenchModule = async ({ quick, workDir }) => {
  const tests = quick ? 2000 : 10_000
  const historyRuns = quick ? 100 : 200
  const measuredRuns = quick ? 5 : 7
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
    await feed(bare, tempDir, simulatedDays(sim, seedDays, 1), 180)
    const before = packedBytes(bare)
    const times: number[] = []
    let day = seedDays
    let queue: NewRun[] = []
    const next = (): NewRun => {
      if (queue.length === 0) queue = sim.day(day++)
      return queue.shift() as NewRun
    }
    for (let i = 0; i < measuredRuns; i++) {
      const r = await ingestOnce(url, tempDir, next())
      if (!r.stored) throw new Error('bench: store refused')
      times.push(r.ms)
    }
    const grown = packedBytes(bare) - before
    const ingest = median(times)
    figures.push({ name: `ingest one ${tests}-test run into a ${historyRuns}-run history, as \`cli ingest\` does (fetch the tip without blobs, store, push over HTTP, dispose; the rollup is not read)`, value: `${secs(ingest)} (median of ${measuredRuns})`, target: '< 3 s', met: ingest < 3000 })
    figures.push({ name: 'packed bytes added per run (git gc, count-objects size-pack; run files, suites and rollup rewrites)', value: kb(grown / measuredRuns), target: '<= 8 KB', met: grown / measuredRuns <= 8 * 1024 })

    // 3: twenty writers at once against one ingest measured just before, in the same run: on
    // localhost (where 2 cores must run all twenty writers and the server), then with a network
    // round trip per request as to GitHub. The target's figure has each writer in a process of its
    // own, as CI jobs are; for comparison, the same race inside one process with pending runs (the
    // store's way) and queueing on the branch (pending: false, the way before)
    const writerCount = quick ? 6 : 20
    const cores = cpus().length
    const describeRace = (race: Race, single: { ms: number }): string =>
      `${(race.ms / single.ms).toFixed(1)}x (${secs(race.ms)}), ${race.stored}/${writerCount} stored (${race.pending} as pending runs)` +
      (race.maxAttempts === null ? '' : `, up to ${race.maxAttempts} push${race.maxAttempts === 1 ? '' : 'es'} to the branch`)
    for (const latency of [0, quick ? 20 : NETWORK_MS]) {
      // the server in a process of its own, over the same repositories, as GitHub is elsewhere
      const remote = await startGitServerProcess(path.dirname(bare), TOKEN, latency)
      const raceUrl = remote.url('history')
      const where = latency === 0 ? 'localhost' : `${latency} ms per request (a network round trip, as to GitHub)`
      const withServer = async (race: () => Promise<Race>): Promise<Race> => {
        const before = remote.cpuMs()
        const result = await race()
        result.cpu += remote.cpuMs() - before
        return result
      }
      // one writer alone, five times (one ingest in 8 also rewrites the rollup): medians
      const lones: Race[] = []
      for (let i = 0; i < (quick ? 3 : 5); i++) lones.push(await withServer(() => writerProcesses(raceUrl, tempDir, [next()])))
      const lone = { ms: median(lones.map((r) => r.ms)), cpu: median(lones.map((r) => r.cpu)) }
      const race = await withServer(() => writerProcesses(raceUrl, tempDir, Array.from({ length: writerCount }, () => next())))
      figures.push({
        name: `${writerCount} concurrent writers of a ${tests}-test run, each \`node dist/cli.js ingest\` in a process of its own, ${where}: wall time as a multiple of one such ingest (${secs(lone.ms)}, median of ${lones.length}) in the same run`,
        value: describeRace(race, lone),
        ...(quick ? {} : latency === 0 ? {} : { target: '<= 3x (checked: <= 6x) and 20/20', met: race.ms / lone.ms <= 3 && race.stored === writerCount })
      })
      // what the cores allow: the CPU one lone ingest used (its process and the server's share) times the writers, spread over every core, with no race at all
      const loneFloor = (writerCount * lone.cpu) / cores
      notes.push(
        `${where}: one ingest used ${secs(lone.cpu)} of CPU (median) (its node process, the server and the git processes the server started), so ${writerCount} of them cannot finish on this machine's ${cores} cores before ${secs(loneFloor)} = ${(loneFloor / lone.ms).toFixed(1)}x one ingest, even if they never met. ` +
          `The race used ${secs(race.cpu)} of CPU (${(race.cpu / writerCount / lone.cpu).toFixed(2)}x a lone ingest per writer) and took ${(race.ms / (race.cpu / cores)).toFixed(2)}x its own floor of ${secs(race.cpu / cores)}.`
      )
      const singles: number[] = []
      for (let i = 0; i < 3; i++) singles.push((await ingestOnce(raceUrl, tempDir, next())).ms)
      const single = { ms: median(singles) }
      const inProcess = await withServer(() => writers(raceUrl, tempDir, Array.from({ length: writerCount }, () => next())))
      const queued = await withServer(() => writers(raceUrl, tempDir, Array.from({ length: writerCount }, () => next()), false))
      figures.push({
        name: `for comparison, the same ${writerCount} writers inside one process (one event loop, so their node work runs on one core), ${where}, against one ingest in that process (${secs(single.ms)}, median of 3)`,
        value: describeRace(inProcess, single)
      })
      figures.push({
        name: `the same ${writerCount} writers in one process queueing on the branch (pending: false: fetch the new tip, rebuild, push again), ${where}`,
        value: describeRace(queued, single)
      })
      const failures = [...race.failures, ...inProcess.failures, ...queued.failures]
      if (failures.length) notes.push(`Writer failures: ${failures.join(' | ')}`)
      await remote.stop()
    }

    // 4: fifty writers, nothing lost
    const fiftyCount = quick ? 10 : 50
    const fiftyRuns = Array.from({ length: fiftyCount }, () => next())
    const fifty = await writers(url, tempDir, fiftyRuns)
    const after = await branchState(url, tempDir)
    const landed = fiftyRuns.filter((r) => after.ids.has(r.info.build_id)).length
    figures.push({
      name: `${fiftyCount} concurrent writers: runs on the branch afterwards (fresh reader), rollup equal to a rebuild`,
      value: `${landed}/${fiftyCount} on the branch, ${fifty.stored} claimed, ${secs(fifty.ms)}, up to ${fifty.maxAttempts} attempts, rollup ${after.consistent ? '=' : '!='} rebuild`,
      target: 'all, nothing lost',
      met: landed === fiftyCount && fifty.stored === fiftyCount && after.consistent
    })
    notes.push(
      'A writer stores its run with one small commit (its run file, and its suite file when new) built on the fetched tip, and one push. A push that lost the race does not queue: the run is pushed as a pending run, a parentless commit to a ref of its own (refs/test-history-pending/<branch>/<run id>) that no other writer can take, and the next commit to the branch takes it in and deletes the ref atomically. Queueing (fetch the new tip, rebuild, push again, with a jittered backoff of 50 ms doubling up to 2 s) is what a server that refuses such refs gets. A writer that did not read the rollup rewrites it one time in 8 (or when it is missing), outside the race.'
    )
    if (quick) notes.push('Quick mode: scaled down (smaller suites, fewer runs); the targets apply to the full run only.')
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
  'Seeded simulation of a CI suite (25 services, failures clustered on broken modules and a flaky pool, ~0.5 % failing per run, a few tests added or removed a week, 10 % reruns of a commit, 15 % of runs on a weekly feature branch), stored by src/history (the git protocol spoken from node) against a local git http-backend server.'

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
    await feed(yearBare, tempDir, simulatedDays(new Simulation(yearTests, yearRunsPerDay, undefined, 7), yearDays, 7), yearRetention)
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

/**
 * The seed-style read, as the reference: a full clone with a checked-out work tree, every run file
 * and suite parsed from disk and replayed into a rollup, then the same analysis.
 */
async function seedStyleAnalyze(url: string, dir: string, incidents: Incident[], now: Date): Promise<number> {
  await run('git', ['-c', `http.extraheader=${AUTH_HEADER}`, 'clone', '-q', '--depth', '1', '--single-branch', '--branch', 'test-history', url, dir])
  const files: string[] = []
  const walk = (rel: string): void => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${rel}/${e.name}`)
      else files.push(`${rel}/${e.name}`)
    }
  }
  walk('runs')
  const runFiles = files.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as RunFile).sort((a, b) => compareKeys(a.run, b.run))
  const suites = new Map<string, SuiteFile>()
  const state = emptyState()
  const bySha = new Map<string, ShaPeer[]>()
  for (const runFile of runFiles) {
    let suite = suites.get(runFile.suite)
    if (!suite) suites.set(runFile.suite, (suite = JSON.parse(readFileSync(path.join(dir, 'suites', `${runFile.suite}.json`), 'utf8')) as SuiteFile))
    const sha = runFile.run.sha
    applyRun(state, runFile, suite, { file: null, sameSha: sha ? (bySha.get(sha) ?? []) : [] })
    if (sha) bySha.set(sha, [...(bySha.get(sha) ?? []), peerOf(runFile, suite)])
  }
  return analyze(state.rollup, incidents, { now }).incidents.length
}

/** A `git` first on PATH that logs its subcommand, then runs the real one. */
function gitShim(dir: string, log: string): string {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'git'), `#!/bin/sh\nfor a in "$@"; do case "$a" in -*|*=*) ;; *) printf '%s\\n' "$a" >> "${log}"; break;; esac; done\nexec "${real}" "$@"\n`, { mode: 0o755 })
  return dir
}

/**
 * The same runs as the seed's exporter would keep them: results/<build>.json holding one record
 * per test (name, component, failure mode, outcome, duration, build, timestamp, last failure),
 * committed a day at a time to the branch of a bare repository.
 */
function writeSeedRecords(bare: string, dir: string, days: NewRun[][]): void {
  const git = (...args: string[]): void => void execFileSync('git', ['-C', dir, '-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args])
  mkdirSync(path.join(dir, 'results'), { recursive: true })
  git('init', '-q', '-b', 'test-history')
  for (const runs of days) {
    for (const { info, run } of runs) {
      const records = run.tests.map((t) => ({
        test_name: t.nodeid,
        component: t.component,
        failure_mode: t.failure_mode,
        outcome: t.outcome,
        duration_ms: t.duration_ms,
        build_id: info.build_id,
        timestamp: info.created,
        last_failure: t.outcome === 'failed' ? info.created : null
      }))
      writeFileSync(path.join(dir, 'results', `${info.build_id}.json`), JSON.stringify(records))
    }
    git('add', '-A')
    git('commit', '-q', '-m', 'results')
  }
  git('push', '-q', bare, 'test-history')
}

export const historyRead: BenchModule = async ({ quick, workDir }) => {
  const tests = quick ? 500 : 3000
  const runCount = quick ? 40 : 200
  const runsPerDay = 20
  const tempDir = path.join(workDir, 'tmp')
  mkdirSync(tempDir, { recursive: true })
  const figures: BenchFigure[] = []
  const notes: string[] = []
  const server: GitServer = await startGitServer({ token: TOKEN })
  let remote: GitServerProcess | null = null
  try {
    server.url('read')
    const sim = new Simulation(tests, runsPerDay, undefined, 11)
    const days = Array.from({ length: Math.ceil(runCount / runsPerDay) }, (_, d) => sim.day(d))
    // the same runs in both stores, a day per commit
    await feed(server.repoPath('read'), tempDir, days, 0)
    server.url('seed-records')
    writeSeedRecords(server.repoPath('seed-records'), path.join(workDir, 'seed-records'), days)
    // both read from a server in a process of its own, as the writers do (git-server-process.ts)
    const served = await startGitServerProcess(path.dirname(server.repoPath('read')), TOKEN, 0)
    remote = served
    const url = served.url('read')
    const seedUrl = served.url('seed-records')
    const start = Date.parse('2026-01-01T00:00:00Z')
    const span = (runCount / runsPerDay) * DAY
    const rnd = seededRandom(5)
    const incidents: Incident[] = Array.from({ length: 50 }, (_, i) => ({
      id: `INC-${i}`,
      title: null,
      url: null,
      component: `service-${Math.floor(rnd() * 25)}`,
      failure_mode: 'general',
      detected_at: new Date(start + rnd() * span).toISOString(),
      started_at: null,
      resolved_at: null,
      issue_number: null,
      source: 'bench',
      problems: []
    })) as unknown as Incident[]
    const incidentsFile = path.join(workDir, 'incidents.json')
    writeFileSync(incidentsFile, JSON.stringify(incidents.map((i) => ({ id: i.id, component: i.component, failure_mode: i.failure_mode, detected_at: i.detected_at }))))
    const now = new Date(start + span)

    const cli = path.resolve('dist/cli.js')
    const log = path.join(workDir, 'git-calls.log')
    const shim = gitShim(path.join(workDir, 'shim'), log)
    const reps = quick ? 2 : 5
    const references = quick ? 1 : 3
    const pairs = quick ? 1 : 9
    const gitAuth = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraheader', GIT_CONFIG_VALUE_0: AUTH_HEADER }
    // Python reads none of node's variables: it keeps this machine's whole environment
    const seedOptions = { env: { ...process.env, ...gitAuth }, maxBuffer: 1 << 26 }
    let requests: string[] = []
    const analyzeEnv = runnerEnv({ GITHUB_TOKEN: TOKEN, PATH: `${shim}:${process.env.PATH ?? ''}`, TMPDIR: tempDir })
    const analyzeOnce = async (env = analyzeEnv): Promise<void> => {
      writeFileSync(log, '')
      const first = served.requests.length
      await run(process.execPath, [cli, 'analyze', '--repo', url, '--incidents', incidentsFile, '--now', now.toISOString(), '--json', path.join(workDir, 'findings.json')], { env })
      requests = served.requests.slice(first)
    }
    // the seed's own stack: Python, the records in a SQL database, its query per incident
    const pythonOnce = (i: number) =>
      run('python3', [path.resolve('bench/seed-reference.py'), seedUrl, path.join(workDir, `seed-py-${i}`), incidentsFile, path.join(workDir, 'seed-py-answers.json')], seedOptions)
    // the two the target compares, in pairs taken one after the other: this machine's speed drifts
    // over minutes (and node's short processes feel it more than Python's long one), so the ratio
    // is the median of the pairs' own ratios, with their spread beside it
    const analyzeTimes: number[] = []
    const pythonTimes: number[] = []
    const pairRatios: number[] = []
    for (let i = 0; i < pairs; i++) {
      analyzeTimes.push(...(await timed(1, () => analyzeOnce())))
      pythonTimes.push(...(await timed(1, () => pythonOnce(i))))
      pairRatios.push(pythonTimes[i] / analyzeTimes[i])
    }
    const calls = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean)
    // what any whole process of the CLI costs before it does anything: node and the bundle
    const startTimes = await timed(reps, () => run(process.execPath, [cli, '--help'], { env: runnerEnv({}) }))
    // and in this machine's own environment (NODE_EXTRA_CA_CERTS included), for comparison
    const machineEnvTimes = await timed(reps, () => analyzeOnce({ ...process.env, ...analyzeEnv }))
    const seedTimes = await timed(references, (i) =>
      run(process.execPath, [path.resolve('bench/seed-records-reader.mjs'), seedUrl, path.join(workDir, `seed-clone-${i}`), incidentsFile, path.join(workDir, 'seed-answers.json')], {
        ...seedOptions,
        env: runnerEnv(gitAuth)
      })
    )
    const sameAnswers = isDeepStrictEqual(JSON.parse(readFileSync(path.join(workDir, 'seed-py-answers.json'), 'utf8')), JSON.parse(readFileSync(path.join(workDir, 'seed-answers.json'), 'utf8')))
    if (!sameAnswers) notes.push('The Python reference and its node port gave different answers: the reference figures are not comparable.')
    const referenceTimes = await timed(references, (i) => seedStyleAnalyze(url, path.join(workDir, `reference-${i}`), incidents, now))
    const analyzeMs = median(analyzeTimes)
    const referenceMs = median(referenceTimes)
    figures.push({ name: `\`node dist/cli.js analyze\`, whole process, ${tests} tests x ${runCount} runs, 50 incidents, over HTTP, in a runner's environment`, value: `${secs(analyzeMs)} (median of ${analyzeTimes.length})` })
    figures.push({
      name: "the same in this machine's own environment (its NODE_EXTRA_CA_CERTS makes node read a certificate bundle as it starts)",
      value: `${secs(median(machineEnvTimes))} (median of ${reps}), ${(median(pythonTimes) / median(machineEnvTimes)).toFixed(1)}x faster than the Python reference`
    })
    const seedMs = median(seedTimes)
    const pythonMs = median(pythonTimes)
    figures.push({
      name: `seed-style reference, whole process (bench/seed-reference.py): the seed's exporter records (one per test per run, ${tests * runCount} in all) read from a shallow clone with a work tree into a SQL database (SQLite, in memory), its post-incident query per incident, in Python as the seed is written`,
      value: `${secs(pythonMs)} (median of ${pythonTimes.length})`
    })
    figures.push({
      name: `the same reference ported to node (bench/seed-records-reader.mjs: the records in an array, the query as filter and sort)${sameAnswers ? ', same answers' : ''}`,
      value: `${secs(seedMs)} (median of ${seedTimes.length})`
    })
    figures.push({ name: '`node dist/cli.js --help`, whole process (node and the entry of the bundle loaded, nothing done)', value: `${secs(median(startTimes))} (median of ${reps})` })
    const ratio = median(pairRatios)
    figures.push({
      name: `seed-style reference (Python) time / analyze whole-process time: the median of ${pairs} pairs, each an analyze and a Python run one after the other (their lowest and highest ratio in brackets)`,
      value: `${ratio.toFixed(1)}x (${Math.min(...pairRatios).toFixed(1)}x to ${Math.max(...pairRatios).toFixed(1)}x)`,
      ...(quick ? {} : { target: '>= 20x', met: ratio >= 20 })
    })
    figures.push({ name: 'its node port time / analyze whole-process time', value: `${(seedMs / analyzeMs).toFixed(1)}x` })
    figures.push({ name: 'for comparison: the 1.0 reader in-process (shallow clone with checkout, every run file parsed and replayed, same analysis)', value: `${secs(referenceMs)} (median of ${referenceTimes.length}), ${(referenceMs / analyzeMs).toFixed(1)}x analyze` })
    figures.push({ name: 'git processes one `analyze` starts on its side (a `git` shim first on PATH logs each)', value: `${calls.length}${calls.length ? `: ${calls.join(', ')}` : ''}` })
    figures.push({ name: 'HTTP requests one `analyze` makes (the server logs each)', value: `${requests.length}: ${requests.join(', ')}` })
    notes.push(
      'The analyze process speaks git\'s protocol (version 2) from node and keeps the objects in memory: the refs of the branch, its pending runs and the ref that names rollup.json\'s blob (the server\'s capabilities are not read first), ' +
        'one shallow fetch of their commits and trees without blobs but that one, and one more fetch only for what else it needs (any run file the rollup does not cover yet, a rollup.json its ref does not name), while it loads the analysis code. It starts no git process and writes nothing to disk but the findings. ' +
        'The analyze runs and the Python reference runs are taken in pairs, one after the other, so that both see the same drift of the machine\'s speed; the ratio is the median of the pairs\' ratios. ' +
        'Both read from the test git server in a process of its own (as the writers do), not from one started inside this large benchmark process. ' +
        'The node processes (analyze, --help, the node port) get the environment of a step on a runner, as in the start-up benchmark, not this machine\'s extras; the Python reference keeps the whole environment.'
    )
    notes.push(
      `Where the ${secs(analyzeMs)} of analyze go: ${secs(median(startTimes))} is node and the entry of the bundle (the command's own chunks come on top), then come ${requests.length} round trips to the server (each an http-backend and an upload-pack process there), the decoding of rollup.json and the analysis. ` +
        `Twenty times faster than the seed-style reference would mean ${secs(pythonMs / 20)} for the whole process (${secs(seedMs / 20)} against its node port). ` +
        'The seed-style reader grows with tests x runs (every record of every run is read and scanned per incident); analyze reads one rollup line per test.'
    )
    if (quick) notes.push('Quick mode: scaled down; the target applies to the full run only.')
  } finally {
    await remote?.stop()
    await server.stop()
  }
  return { title: 'Reading the history: analyze against a seed-style reference', method: METHOD, figures, notes }
}
