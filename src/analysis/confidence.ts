/**
 * The confidence layer (CONTRACT.md "Confidence"): is a test's failure before an incident a
 * warning, or chance?
 *
 * 1. Events: a component's incidents whose windows overlap are one event, so one failure before
 *    three incidents filed within hours counts once.
 * 2. Base rate: each test's rate of failure episodes per run, counted only over its runs outside its
 *    component's event windows (the failures being judged never raise their own base rate), and
 *    shrunk towards the suite's rate (empirical Bayes, a gamma prior fitted by moments over every
 *    non-flaky test), so a test with few runs borrows the suite's experience.
 * 3. From that rate, the chance `c` that an event's window (of the test's runs there) holds a
 *    failure by chance.
 * 4. The prior share of real precursors, learned from the suite: pi = (windows with a failure -
 *    the windows chance explains) / (test x event pairs compared). That is what takes the number
 *    of comparisons into account: many tests compared against few incidents make pi small.
 * 5. A failure before an event is then a real warning with probability pi / (pi + (1 - pi) c);
 *    a test's confidence is the probability that at least one of its failures before events was.
 *    Since confidence is a posterior probability, the sum of (1 - confidence) over the predictive
 *    tests is the number of them the method expects to be chance.
 */
import type { ClassifiedIncident } from './correlate.js'
import type { HistoryView, TestView } from './history-view.js'
import type { TestRuns } from './test-runs.js'
import { lowerBoundMs } from './search.js'

/** confidence at or above which a non-flaky test is `predictive` */
export const PREDICTIVE_CONFIDENCE = 0.5
/** confidence below which a test's failures are what its base rate predicts: `noise` */
export const NOISE_CONFIDENCE = 0.1

export interface ComponentEvent {
  /** ms: window start of the earliest incident, detection of the latest */
  start: number
  end: number
  incidentIds: string[]
}

/** A component's incidents, clustered: windows [d - W, d) that overlap make one event. */
export function clusterEvents(incidents: ClassifiedIncident[], windowMs: number): Map<string, ComponentEvent[]> {
  const byComponent = new Map<string, ComponentEvent[]>()
  const sorted = [...incidents].sort((a, b) => a.detectedAt - b.detectedAt)
  for (const ci of sorted) {
    const events = byComponent.get(ci.componentKey) ?? []
    byComponent.set(ci.componentKey, events)
    const last = events[events.length - 1]
    if (last && ci.detectedAt - windowMs < last.end) {
      last.end = ci.detectedAt
      last.incidentIds.push(ci.incident.id)
    } else {
      events.push({ start: ci.detectedAt - windowMs, end: ci.detectedAt, incidentIds: [ci.incident.id] })
    }
  }
  return byComponent
}

/** A test's base rate, outside its component's event windows. */
export interface BaseRateOutside {
  /** its runs outside the windows */
  runs: number
  /** failure episodes starting outside the windows */
  episodes: number
  /** episodes per run, shrunk towards the suite's rate */
  rate: number
  /** log(1 - rate): the log chance of a run without a failure */
  logQ: number
}

export interface TestJudgement {
  /** events of its component it existed for (`n`) and those it failed before (`a`) */
  events: number
  eventsFailed: number
  base: BaseRateOutside
  /** chance that the windows it failed in held a failure by chance, per event (same order as the hits) */
  chance: number[]
  confidence: number
}

export interface SuitePrior {
  /** suite rate of failure episodes per run (non-flaky tests, outside incident windows) */
  mean: number
  /** gamma shape: small = rates differ a lot between tests, so a test's own runs weigh more */
  shape: number
  /** prior share of (test, event) pairs where the test's failure was a real precursor */
  precursorShare: number
  /** pairs compared, windows with a failure, and how many of those chance explains */
  pairs: number
  windowsWithFailure: number
  expectedByChance: number
}

const NO_EVENTS: ComponentEvent[] = []

export class ConfidenceModel {
  readonly prior: SuitePrior
  private readonly bases: BaseRateOutside[] = []

  constructor(
    view: HistoryView,
    private readonly runs: TestRuns,
    private readonly events: Map<string, ComponentEvent[]>,
    flaky: ReadonlySet<string>
  ) {
    // Every loop here runs once per test (thousands) in a process that has just started, before V8
    // optimises it: index loops, as for-of would allocate an iterator each time.
    // raw counts first, then the prior from every non-flaky test, then the pairs
    const tests = view.tests
    const raw = tests.map((test) => this.countOutside(test))
    const steady = tests.filter((t) => !flaky.has(t.nodeid)).map((t) => raw[t.index])
    const { mean, shape } = gammaByMoments(steady)
    for (let i = 0; i < tests.length; i++) {
      const r = raw[tests[i].index]
      const rate = (shape + r.episodes) / (shape / mean + r.runs)
      this.bases[tests[i].index] = { runs: r.runs, episodes: r.episodes, rate, logQ: Math.log1p(-rate) }
    }

    let pairs = 0
    let hits = 0
    let expected = 0
    for (let i = 0; i < tests.length; i++) {
      const test = tests[i]
      if (flaky.has(test.nodeid)) continue
      const events = this.eventsOf(test)
      for (let e = 0; e < events.length; e++) {
        const m = runs.count(test, events[e].start, events[e].end)
        if (m === 0) continue
        pairs++
        expected += this.chanceIn(test, m)
        if (this.failedIn(test, events[e])) hits++
      }
    }
    const share = pairs === 0 ? 0 : Math.min(0.5, Math.max(1, hits - expected) / pairs)
    this.prior = { mean, shape, precursorShare: share, pairs, windowsWithFailure: hits, expectedByChance: expected }
  }

  base(test: TestView): BaseRateOutside {
    return this.bases[test.index]
  }

  /** chance that `m` runs of the test hold at least one failure episode */
  chanceIn(test: TestView, m: number): number {
    return m === 0 ? 0 : -Math.expm1(m * this.logQ(test))
  }

  /** log of the chance that one run of the test holds no failure episode */
  logQ(test: TestView): number {
    return this.bases[test.index].logQ
  }

  /** chance that the test fails by chance in [from, to) (its runs there) */
  chanceBetween(test: TestView, from: number, to: number): number {
    return this.chanceIn(test, this.runs.count(test, from, to))
  }

  judge(test: TestView): TestJudgement {
    const pi = this.prior.precursorShare
    let events = 0
    let eventsFailed = 0
    const chance: number[] = []
    let allChance = 1
    const first = this.runs.span(test).first
    for (const event of this.eventsOf(test)) {
      if (first >= event.end) continue
      events++
      if (!this.failedIn(test, event)) continue
      eventsFailed++
      const c = this.chanceBetween(test, event.start, event.end)
      chance.push(c)
      const real = pi / (pi + (1 - pi) * c)
      allChance *= 1 - real
    }
    return { events, eventsFailed, base: this.base(test), chance, confidence: eventsFailed === 0 ? 0 : 1 - allChance }
  }

  /** events of the components the test's failures count for (its current one, and any it was moved from) */
  private eventsOf(test: TestView): ComponentEvent[] {
    if (test.failureComponents === null) return this.events.get(test.componentKey) ?? NO_EVENTS
    const keys = [...new Set([test.componentKey, ...test.failureComponents])]
    if (keys.length === 1) return this.events.get(keys[0]) ?? NO_EVENTS
    return keys.flatMap((k) => this.events.get(k) ?? []).sort((a, b) => a.start - b.start)
  }

  /** did the test fail, for the event's component, inside the event's window? */
  private failedIn(test: TestView, event: ComponentEvent): boolean {
    const times = this.runs.failureTimes(test)
    let i = lowerBoundMs(times, event.start)
    if (test.failureComponents === null) return i < times.length && times[i] < event.end
    for (; i < times.length && times[i] < event.end; i++) {
      if (this.events.get(test.failureComponents[i])?.includes(event)) return true
    }
    return false
  }

  /** runs and failure episodes of the test outside every window of its components' events */
  private countOutside(test: TestView): { runs: number; episodes: number } {
    const windows = this.eventsOf(test)
    let runs = this.runs.count(test, -Infinity, Infinity)
    for (let w = 0; w < windows.length; w++) runs -= this.runs.count(test, windows[w].start, windows[w].end)
    // most tests never failed: no episode to place
    if (test.failures.length === 0) return { runs: Math.max(runs, 0), episodes: 0 }
    let episodes = 0
    for (const t of this.runs.episodeStarts(test)) {
      if (!windows.some((e) => t >= e.start && t < e.end)) episodes++
    }
    return { runs: Math.max(runs, 0), episodes }
  }
}

/**
 * Gamma prior (mean, shape) of the tests' episode rates by the method of moments, with the Poisson
 * noise of each test's own count taken out of the spread. With no spread beyond that noise, the
 * tests are alike: a large shape pools them.
 */
function gammaByMoments(tests: Array<{ runs: number; episodes: number }>): { mean: number; shape: number } {
  let totalRuns = 0
  let totalEpisodes = 0
  let sumSq = 0
  for (const t of tests) {
    totalRuns += t.runs
    totalEpisodes += t.episodes
    sumSq += t.runs * t.runs
  }
  if (totalRuns === 0) return { mean: 1e-3, shape: 1 }
  // no failure at all outside windows: half an episode over all the runs, not zero
  const mean = Math.max(totalEpisodes, 0.5) / totalRuns
  let weighted = 0
  for (const t of tests) if (t.runs > 0) weighted += t.runs * (t.episodes / t.runs - mean) ** 2
  const denominator = totalRuns - sumSq / totalRuns
  const variance = denominator > 0 ? (weighted - (tests.filter((t) => t.runs > 0).length - 1) * mean) / denominator : 0
  const shape = variance > 0 ? (mean * mean) / variance : 1e6
  return { mean, shape: Math.min(Math.max(shape, 1e-3), 1e6) }
}
