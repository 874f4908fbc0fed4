/**
 * What only the run files know, read through the history clone: how long the whole suite took per
 * run, which tests each run contained, their recorded durations and outcomes. The rollup keeps
 * none of this per time, so the review reads the run files of the quarters it shows.
 *
 * Limits of the history format (history/runfile.ts): a run file records a duration only for tests
 * that did not pass and for the run's SLOWEST_KEPT slowest tests. A passing test missing there took
 * at most as long as the slowest-kept cut-off of that run, which gives an upper bound. Pruned runs
 * (retention) have no file any more: they count as missing.
 */
import { SLOWEST_KEPT } from '../history/runfile.js'
import type { Outcome } from '../report/types.js'
import type { RunFile, RunIndexEntry, SuiteFile } from '../history/types.js'

/** What the review reads; a HistoryClone (src/history) is one. */
export interface RunSource {
  readRun(id: string): RunFile | null
  readSuite(hash: string): SuiteFile | null
}

export interface TestRunStats {
  /** runs of the range that contained the test */
  runs: number
  /** runs in which the test was skipped / marked xfail (xfailed or xpassed) */
  skipped: number
  xfail: number
  /** outcome in the newest run of the range that contained it */
  lastOutcome: Outcome
  lastAt: string
  /** summed duration over the runs whose file recorded it */
  knownMs: number
  knownRuns: number
  /** summed upper bounds over the runs that did not record it (it passed and was not among the slowest) */
  boundMs: number
}

export interface DurationObservation {
  at: string
  ms: number
}

export interface RunScan {
  /** runs of the range on the analysed branches, and how many of them had a readable file */
  runsInRange: number
  runsRead: number
  /** per run with a file: the session's wall time in seconds (null when the report did not say) */
  suiteDurations: { at: string; seconds: number | null }[]
  /** for the tests asked about */
  tests: Map<string, TestRunStats>
  /** recorded durations of passing runs, per test, oldest first */
  durations: Map<string, DurationObservation[]>
}

export interface ScanOptions {
  /** [from, to] as canonical ISO times */
  from: string
  to: string
  /** runs that count (the analysed branches) */
  includeRun: (entry: RunIndexEntry) => boolean
  /** tests whose per-run stats are wanted (every test when null) */
  tests: ReadonlySet<string> | null
  /** collect per-test durations of passing runs (for the slowdown ranking) */
  durations: boolean
}

export function scanRuns(source: RunSource, runs: RunIndexEntry[], opts: ScanOptions): RunScan {
  const scan: RunScan = { runsInRange: 0, runsRead: 0, suiteDurations: [], tests: new Map(), durations: new Map() }
  const suites = new Map<string, SuiteFile | null>()
  const suiteOf = (hash: string): SuiteFile | null => {
    if (!suites.has(hash)) suites.set(hash, source.readSuite(hash))
    return suites.get(hash) ?? null
  }
  for (const entry of runs) {
    if (entry.created < opts.from || entry.created > opts.to || !opts.includeRun(entry)) continue
    scan.runsInRange++
    if (entry.file === null) continue
    let runFile: RunFile | null
    try {
      runFile = source.readRun(entry.id)
    } catch {
      runFile = null
    }
    if (!runFile) continue
    const suite = suiteOf(runFile.suite)
    if (!suite) continue
    scan.runsRead++
    const at = entry.created
    scan.suiteDurations.push({ at, seconds: runFile.run.duration_s })
    const bound = passingBound(runFile)
    for (const row of suite.tests) {
      const nodeid = row[0]
      const result = runFile.results[nodeid]
      if (opts.durations && result?.ms !== undefined && result.o === undefined) {
        const list = scan.durations.get(nodeid)
        if (list) list.push({ at, ms: result.ms })
        else scan.durations.set(nodeid, [{ at, ms: result.ms }])
      }
      if (opts.tests !== null && !opts.tests.has(nodeid)) continue
      const o: Outcome = result?.o ?? 'passed'
      let stats = scan.tests.get(nodeid)
      if (!stats) {
        stats = { runs: 0, skipped: 0, xfail: 0, lastOutcome: o, lastAt: at, knownMs: 0, knownRuns: 0, boundMs: 0 }
        scan.tests.set(nodeid, stats)
      }
      stats.runs++
      if (o === 'skipped') stats.skipped++
      if (o === 'xfailed' || o === 'xpassed') stats.xfail++
      if (at >= stats.lastAt) {
        stats.lastAt = at
        stats.lastOutcome = o
      }
      if (result?.ms !== undefined) {
        stats.knownMs += result.ms
        stats.knownRuns++
      } else if (o === 'passed') {
        stats.boundMs += bound
      }
    }
  }
  for (const list of scan.durations.values()) list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  return scan
}

/**
 * The longest a passing test without a recorded duration can have taken in this run: the run keeps
 * the SLOWEST_KEPT slowest tests, so it is the smallest of those, i.e. the SLOWEST_KEPT-th largest
 * recorded duration (non-passed tests are recorded too, but cannot push a slowest one out). Fewer
 * recorded than that means every test with a positive duration was kept: the others took ~0 ms.
 */
function passingBound(runFile: RunFile): number {
  const recorded = Object.values(runFile.results)
    .map((r) => r.ms)
    .filter((ms): ms is number => ms !== undefined && ms > 0)
    .sort((a, b) => b - a)
  return recorded.length < SLOWEST_KEPT ? 0 : recorded[SLOWEST_KEPT - 1]
}
