/**
 * Which runs held a test, and which of them it failed. The rollup keeps a test's presence per
 * branch (first, last, count) and its failures by run, not a list of every run it passed in; a
 * test is therefore taken to be in every analysed run of a branch it was seen on, between its
 * first_seen and last_seen. That is exact for a suite that runs every test every time, and close
 * for one that sometimes deselects a few.
 */
import type { HistoryView, TestView } from './history-view.js'
import { lowerBoundMs } from './search.js'

/** A test's times parsed once (the confidence layer asks about every test many times). */
interface Parsed {
  first: number
  last: number
  /** its branches' run times; a single array when it was seen on every analysed branch */
  branchTimes: number[][]
  /** failure times (ms), ascending, one per failure entry */
  failures: number[]
  /** failedRunTimes and their episode starts, computed on first use (the flip rate and the confidence model both ask) */
  failedRuns?: number[]
  starts?: number[]
}

export class TestRuns {
  /** per branch: created times (ms) of its analysed runs, ascending */
  private readonly byBranch = new Map<string, number[]>()
  private readonly all: number[] = []
  private readonly runTime = new Map<string, number>()
  private readonly parsed: Array<Parsed | undefined> = []

  constructor(view: HistoryView) {
    for (const run of view.runList) {
      const ms = Date.parse(run.created)
      this.runTime.set(run.id, ms)
      this.all.push(ms)
      const list = this.byBranch.get(run.branch)
      if (list) list.push(ms)
      else this.byBranch.set(run.branch, [ms])
    }
  }

  private of(test: TestView): Parsed {
    let p = this.parsed[test.index]
    if (p === undefined) {
      const everyBranch = test.branches.size === this.byBranch.size
      p = {
        first: Date.parse(test.firstSeen),
        last: Date.parse(test.lastSeen),
        branchTimes: everyBranch ? [this.all] : [...test.branches].map((b) => this.byBranch.get(b) ?? []),
        failures: test.failures.map((f) => Date.parse(f[0]))
      }
      this.parsed[test.index] = p
    }
    return p
  }

  /** ms of the test's first and last appearance */
  span(test: TestView): { first: number; last: number } {
    return this.of(test)
  }

  /** failure times (ms), in the order of test.failures */
  failureTimes(test: TestView): number[] {
    return this.of(test).failures
  }

  /** runs of the test with a time in [from, to) */
  count(test: TestView, from: number, to: number): number {
    const p = this.of(test)
    const lo = Math.max(from, p.first)
    const hi = Math.min(to, p.last + 1)
    if (hi <= lo) return 0
    let n = 0
    // an index loop: this runs before V8 has optimised it, when for-of still allocates an iterator per call
    for (let b = 0; b < p.branchTimes.length; b++) n += lowerBoundMs(p.branchTimes[b], hi) - lowerBoundMs(p.branchTimes[b], lo)
    return n
  }

  /** the time (ms) of the latest analysed run (-Infinity with none) */
  latestRunTime(): number {
    return this.all.length === 0 ? -Infinity : this.all[this.all.length - 1]
  }

  /** analysed runs (every branch) in [from, to) */
  countAll(from: number, to: number): number {
    return lowerBoundMs(this.all, to) - lowerBoundMs(this.all, from)
  }

  /** the test was seen on every analysed branch throughout [from, to): its runs there are all of them */
  coversAll(test: TestView, from: number, to: number): boolean {
    const p = this.of(test)
    return p.branchTimes.length === 1 && p.branchTimes[0] === this.all && p.first <= from && p.last >= to
  }

  /** the run's time (ms), undefined for a run outside the analysed branches */
  timeOf(runId: string): number | undefined {
    return this.runTime.get(runId)
  }

  /** times (ms, ascending, one per run) of the analysed runs in which the test failed (do not change the array) */
  failedRunTimes(test: TestView): readonly number[] {
    const p = this.of(test)
    if (p.failedRuns === undefined) {
      const times: number[] = []
      let last = ''
      for (const failure of test.failures) {
        if (failure[1] === last) continue
        last = failure[1]
        const ms = this.runTime.get(failure[1])
        if (ms !== undefined && (times.length === 0 || ms !== times[times.length - 1])) times.push(ms)
      }
      p.failedRuns = times
    }
    return p.failedRuns
  }

  /**
   * The failure episodes among failedRunTimes, by their first run (do not change the array): a
   * failure whose previous run of the test passed starts a new one, so a breakage that fails five
   * runs in a row until it is fixed is one.
   */
  episodeStarts(test: TestView): readonly number[] {
    const p = this.of(test)
    if (p.starts === undefined) {
      const failed = this.failedRunTimes(test)
      const starts: number[] = []
      for (let i = 0; i < failed.length; i++) {
        if (i === 0 || this.count(test, failed[i - 1] + 1, failed[i]) > 0) starts.push(failed[i])
      }
      p.starts = starts
    }
    return p.starts
  }
}
