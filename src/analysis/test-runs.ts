/**
 * Which runs held a test, and which of them it failed. The rollup keeps a test's presence per
 * branch (first, last, count) and its failures by run, not a list of every run it passed in; a
 * test is therefore taken to be in every analysed run of a branch it was seen on, between its
 * first_seen and last_seen. That is exact for a suite that runs every test every time, and close
 * for one that sometimes deselects a few.
 */
import type { HistoryView, TestView } from './history-view.js'
import { lowerBound } from './search.js'

export class TestRuns {
  /** per branch: created times (ms) of its analysed runs, ascending */
  private readonly byBranch = new Map<string, number[]>()
  private readonly runTime = new Map<string, number>()

  constructor(view: HistoryView) {
    for (const run of view.runList) {
      const ms = Date.parse(run.created)
      this.runTime.set(run.id, ms)
      const list = this.byBranch.get(run.branch)
      if (list) list.push(ms)
      else this.byBranch.set(run.branch, [ms])
    }
  }

  /** runs of the test with a time in [from, to) */
  count(test: TestView, from: number, to: number): number {
    const lo = Math.max(from, Date.parse(test.firstSeen))
    const hi = Math.min(to, Date.parse(test.lastSeen) + 1)
    if (hi <= lo) return 0
    let n = 0
    for (const branch of test.branches) {
      const times = this.byBranch.get(branch)
      if (times) n += lowerBound(times, hi) - lowerBound(times, lo)
    }
    return n
  }

  /** times (ms, ascending, one per run) of the analysed runs in which the test failed */
  failedRunTimes(test: TestView): number[] {
    const times: number[] = []
    let last = ''
    for (const failure of test.failures) {
      if (failure[1] === last) continue
      last = failure[1]
      const ms = this.runTime.get(failure[1])
      if (ms !== undefined && (times.length === 0 || ms !== times[times.length - 1])) times.push(ms)
    }
    return times
  }

  /**
   * Failure episodes among `failed` (ascending run times): a failure whose previous run of the test
   * passed starts a new one, so a breakage that fails five runs in a row until it is fixed is one.
   */
  episodeStarts(test: TestView, failed: number[]): number[] {
    const starts: number[] = []
    for (let i = 0; i < failed.length; i++) {
      if (i === 0 || this.count(test, failed[i - 1] + 1, failed[i]) > 0) starts.push(failed[i])
    }
    return starts
  }
}
