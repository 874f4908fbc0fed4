/**
 * Flakiness without re-runs (after the flip rate of Kowalczyk et al., "Modeling and ranking flaky
 * tests at Apple", ICSE-SEIP 2020): a test whose outcome keeps flipping between consecutive runs
 * is flaky, even when no commit was ever run twice. A real breakage flips twice (it breaks, it is
 * fixed); a test that fails at random flips at about twice its failure rate, run after run.
 *
 * The rule, over the test's runs in the flaky window: at least FLIP_MIN_EPISODES separate failure
 * episodes (a failure after a pass) and a flip rate (outcome changes / (runs - 1)) of at least
 * FLIP_MIN_RATE. The episode floor keeps three chance failures in a short history from counting;
 * the rate floor keeps a rare failure over a long, busy history from counting.
 */
import type { TestView } from './history-view.js'
import type { TestRuns } from './test-runs.js'

export const FLIP_MIN_EPISODES = 3
export const FLIP_MIN_RATE = 0.05

export interface FlipRate {
  runs: number
  episodes: number
  flips: number
  rate: number
}

/** The test's flips over its runs in (since, until] (ms). */
export function flipRate(test: TestView, runs: TestRuns, since: number, until: number): FlipRate {
  const total = runs.count(test, since + 1, until + 1)
  const failed = runs.failedRunTimes(test).filter((t) => t > since && t <= until)
  // the window's episodes: its first failure opens one, and after it the episodes of the whole history
  // (consecutive failures in the window are consecutive in the history too, so they are the same)
  const starts = failed.length === 0 ? [] : [failed[0], ...runs.episodeStarts(test).filter((t) => t > failed[0] && t <= until)]
  let flips = 0
  for (let i = 0; i < starts.length; i++) {
    // into the episode (unless the window opens on it), and out again (unless it lasts to the end)
    if (runs.count(test, since + 1, starts[i]) > 0) flips++
    const end = i + 1 < starts.length ? episodeEnd(failed, starts[i], starts[i + 1]) : failed[failed.length - 1]
    if (runs.count(test, end + 1, until + 1) > 0) flips++
  }
  return { runs: total, episodes: starts.length, flips, rate: total > 1 ? flips / (total - 1) : 0 }
}

/** the last failed run before the next episode starts */
function episodeEnd(failed: number[], _start: number, nextStart: number): number {
  let end = failed[0]
  for (const t of failed) {
    if (t >= nextStart) break
    end = t
  }
  return end
}

export const isFlipFlaky = (flip: FlipRate): boolean => flip.episodes >= FLIP_MIN_EPISODES && flip.rate >= FLIP_MIN_RATE
