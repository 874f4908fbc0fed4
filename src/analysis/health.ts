/**
 * The suite's health at time `now` (CONTRACT.md "Per test, at time now"): flaky tests, active and
 * quiet tests, dead weight, and the suite's growth per quarter.
 */
import type { HistoryView, TestView } from './history-view.js'
import { compareStrings, firstFailureAfter } from './history-view.js'
import { DAY_MS, toIso } from './time.js'
import type { DeadWeightDetail, FlakyDetail, FlakyReason, FlakySha } from './types.js'
import { flipRate, isFlipFlaky } from './flip-rate.js'
import type { TestRuns } from './test-runs.js'

export const ACTIVE_DAYS = 30
export const QUARTER_DAYS = 90

/**
 * Flaky: within (now - flakyDays, now], on some sha the test both passed and failed (both runs in
 * the window): reason `same_sha`, the contract's rule. With `runs`, also a test whose outcome flips
 * between consecutive runs in that window far more often than a breakage and its fix explain:
 * reason `flip_rate` (flip-rate.ts).
 */
export function flakyTests(view: HistoryView, now: number, flakyDays: number, runs?: TestRuns): FlakyDetail[] {
  const since = toIso(now - flakyDays * DAY_MS)
  const until = toIso(now)
  const details: FlakyDetail[] = []
  for (const test of view.tests) {
    // most tests have neither a flaky observation nor the failures a flip rate needs
    if (test.flaky.length === 0 && !(runs && test.failures.length >= 3)) continue
    const latestBySha = new Map<string, FlakySha>()
    for (const obs of test.flaky) {
      if (obs.from <= since || obs.at > until) continue
      // ascending by time, so the last write per sha is its most recent observation
      latestBySha.set(obs.sha, { sha: obs.sha, at: obs.at, run: obs.run })
    }
    const reason: FlakyReason[] = latestBySha.size > 0 ? ['same_sha'] : []
    let flip: FlakyDetail['flip_rate']
    // at least FLIP_MIN_EPISODES failures are needed: most tests are skipped at once
    if (runs && test.failures.length >= 3) {
      const measured = flipRate(test, runs, now - flakyDays * DAY_MS, now)
      if (isFlipFlaky(measured)) {
        reason.push('flip_rate')
        flip = { runs: measured.runs, failure_episodes: measured.episodes, flips: measured.flips, rate: Math.round(measured.rate * 1e4) / 1e4 }
      }
    }
    if (reason.length === 0) continue
    const shas = [...latestBySha.values()].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    const detail: FlakyDetail = { nodeid: test.nodeid, component: test.component, shas, flaky_sha_count: shas.length, reason }
    if (flip) detail.flip_rate = flip
    details.push(detail)
  }
  return details.sort((a, b) => compareStrings(a.nodeid, b.nodeid))
}

export interface SuiteHealth {
  activeCount: number
  quietCount: number
  deadWeight: DeadWeightDetail[]
  addedLastQuarter: number
  addedPreviousQuarter: number
}

/**
 * active: last_seen >= now - 30 d. quiet: active, first_seen <= now - deadWeightDays, no failure in
 * (now - deadWeightDays, now]. dead weight: quiet, and no incident ever in its component.
 */
export function suiteHealth(
  view: HistoryView,
  now: number,
  deadWeightDays: number,
  incidentComponents: ReadonlySet<string>
): SuiteHealth {
  const until = toIso(now)
  const activeSince = toIso(now - ACTIVE_DAYS * DAY_MS)
  const quietSince = toIso(now - deadWeightDays * DAY_MS)
  const quarterAgo = toIso(now - QUARTER_DAYS * DAY_MS)
  const twoQuartersAgo = toIso(now - 2 * QUARTER_DAYS * DAY_MS)
  let activeCount = 0
  let quietCount = 0
  let addedLastQuarter = 0
  let addedPreviousQuarter = 0
  const deadWeight: DeadWeightDetail[] = []
  for (const test of view.tests) {
    if (test.firstSeen > quarterAgo && test.firstSeen <= until) addedLastQuarter++
    else if (test.firstSeen > twoQuartersAgo && test.firstSeen <= quarterAgo) addedPreviousQuarter++
    if (test.lastSeen < activeSince) continue
    activeCount++
    if (test.firstSeen > quietSince) continue
    if (failuresIn(test, quietSince, until) > 0) continue
    quietCount++
    if (incidentComponents.has(test.componentKey)) continue
    deadWeight.push(deadWeightDetail(test, until))
  }
  deadWeight.sort((a, b) => compareStrings(a.nodeid, b.nodeid))
  return { activeCount, quietCount, deadWeight, addedLastQuarter, addedPreviousQuarter }
}

/** Failures in the half-open (from, to]. */
const failuresIn = (test: TestView, from: string, to: string): number =>
  firstFailureAfter(test.failures, to) - firstFailureAfter(test.failures, from)

function deadWeightDetail(test: TestView, until: string): DeadWeightDetail {
  const lastIndex = firstFailureAfter(test.failures, until) - 1
  return {
    nodeid: test.nodeid,
    component: test.component,
    first_seen: test.firstSeen,
    last_seen: test.lastSeen,
    last_failure: lastIndex >= 0 ? test.failures[lastIndex][0] : null,
    runs: test.runs
  }
}
