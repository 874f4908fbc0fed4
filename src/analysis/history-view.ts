/**
 * The rollup seen through the analysed branches, indexed for the queries the engine makes: per
 * test its failures in time order (binary-searched for windows), its first/last appearance, and
 * indexes by component, by component + failure mode and by incident tag. Built once per analysis.
 *
 * Times stay canonical ISO 8601 strings (the `toISOString` form the history writes), which order
 * exactly like the times they name: comparing them costs no parsing, and the rollup's own arrays
 * can be used without a copy. A time in any other form is normalised to that form first.
 */
import type { FailureEntry, Rollup, TestRollup } from '../history/types.js'
import type { FailureEvidence } from './types.js'
import { canonicalTime, isCanonicalTime, matchKey } from './time.js'

export interface RunRef {
  id: string
  /** canonical ISO */
  created: string
  sha: string | null
  /** `""` for a run with no branch, as in TestRollup.seen */
  branch: string
}

export interface FlakyObservation {
  /** canonical ISO */
  at: string
  run: string
  sha: string
}

export interface TestView {
  nodeid: string
  component: string
  componentKey: string
  failureModeKey: string
  incidentKey: string | null
  /** canonical ISO, over the analysed branches */
  firstSeen: string
  lastSeen: string
  /** runs containing the test on the analysed branches */
  runs: number
  /** failures on the analysed branches, ascending by (canonical ISO) time */
  failures: FailureEntry[]
  /** flaky observations on the analysed branches, ascending by time */
  flaky: FlakyObservation[]
  /** shas on which the test both passed and failed (any time, analysed branches) */
  flakyShas: ReadonlySet<string>
}

export interface HistoryView {
  runs: Map<string, RunRef>
  /** runs on the analysed branches, in rollup order (created, id) */
  runList: RunRef[]
  branches: string[]
  /** tests seen on the analysed branches, in no particular order */
  tests: TestView[]
  byComponent: Map<string, TestView[]>
  /** per component: its tests' first_seen, ascending (to count covering tests by binary search) */
  firstSeenByComponent: Map<string, string[]>
  /** per component: only its tests that ever failed, by nodeid (the only ones that can be failing tests) */
  failingCapableByComponent: Map<string, TestView[]>
  /** key `component\0failure_mode`, sorted by (firstSeen, nodeid) */
  byComponentMode: Map<string, TestView[]>
  /** key: the test's incident tag, sorted by (firstSeen, nodeid) */
  byIncidentTag: Map<string, TestView[]>
}

export const componentModeKey = (component: string, failureMode: string): string =>
  `${matchKey(component)}\u0000${matchKey(failureMode)}`

export function buildHistoryView(rollup: Rollup, branches: string[] | null): HistoryView {
  const allowed = branches === null ? null : new Set(branches)
  const onBranch = (branch: string): boolean => allowed === null || allowed.has(branch)

  const runs = new Map<string, RunRef>()
  const runList: RunRef[] = []
  const seenBranches = new Set<string>()
  for (const entry of rollup.runs) {
    const ref: RunRef = {
      id: entry.id,
      created: canonicalTime(entry.created, 'the created time', `run ${entry.id}`),
      sha: entry.sha,
      branch: entry.branch ?? ''
    }
    runs.set(ref.id, ref)
    if (!onBranch(ref.branch)) continue
    runList.push(ref)
    seenBranches.add(ref.branch)
  }
  if (!isAscendingBy(runList, (r) => r.created)) runList.sort((a, b) => compareStrings(a.created, b.created) || compareStrings(a.id, b.id))
  // A failure whose run the index does not know cannot be placed on a branch: it counts only when every branch does.
  const filter: BranchFilter | null =
    allowed === null
      ? null
      : {
          onBranch,
          countsRun: (runId) => {
            const ref = runs.get(runId)
            return ref !== undefined && onBranch(ref.branch)
          }
        }

  const tests: TestView[] = []
  // in the rollup's order: the groups below are sorted, and so are the lists the findings show
  for (const [nodeid, test] of Object.entries(rollup.tests)) {
    const view = testView(nodeid, test, filter)
    if (view) tests.push(view)
  }
  const byComponent = groupBy(tests, (t) => t.componentKey, compareNodeid)
  const firstSeenByComponent = new Map<string, string[]>()
  const failingCapableByComponent = new Map<string, TestView[]>()
  for (const [key, group] of byComponent) {
    firstSeenByComponent.set(key, group.map((t) => t.firstSeen).sort(compareStrings))
    failingCapableByComponent.set(key, group.filter((t) => t.failures.length > 0))
  }

  return {
    runs,
    runList,
    branches: [...seenBranches].sort(compareStrings),
    tests,
    byComponent,
    firstSeenByComponent,
    failingCapableByComponent,
    byComponentMode: groupBy(tests, (t) => `${t.componentKey}\u0000${t.failureModeKey}`, compareFirstSeen),
    byIncidentTag: groupBy(tests, (t) => t.incidentKey, compareFirstSeen)
  }
}

interface BranchFilter {
  onBranch: (branch: string) => boolean
  countsRun: (runId: string) => boolean
}

function testView(nodeid: string, test: TestRollup, filter: BranchFilter | null): TestView | null {
  let firstSeen: string | null = null
  let lastSeen: string | null = null
  let runCount = 0
  for (const branch in test.seen) {
    if (filter && !filter.onBranch(branch)) continue
    const presence = test.seen[branch]
    const first = canonicalTime(presence.first, 'first_seen', nodeid)
    const last = canonicalTime(presence.last, 'last_seen', nodeid)
    if (firstSeen === null || first < firstSeen) firstSeen = first
    if (lastSeen === null || last > lastSeen) lastSeen = last
    runCount += presence.runs
  }
  if (firstSeen === null || lastSeen === null) return null // never seen on the analysed branches: out of the analysis

  let failures = filter ? test.failures.filter((f) => filter.countsRun(f[1])) : test.failures
  // the common case (canonical times, oldest first) uses the rollup's array as it is
  if (!canonicalAndAscending(failures)) {
    failures = failures
      .map((f): FailureEntry => [canonicalTime(f[0], 'a failure time', nodeid), f[1], f[2]])
      .sort((a, b) => compareStrings(a[0], b[0]))
  }

  let flaky = NO_FLAKY
  let flakyShas = NO_SHAS
  if (test.flaky.length > 0) {
    flaky = test.flaky
      .filter((f) => !filter || filter.countsRun(f[1]))
      .map(([at, run, sha]) => ({ at: canonicalTime(at, 'a flaky time', nodeid), run, sha }))
      .sort((a, b) => compareStrings(a.at, b.at))
    flakyShas = new Set(flaky.map((f) => f.sha))
  }

  return {
    nodeid,
    component: test.component,
    componentKey: matchKey(test.component),
    failureModeKey: matchKey(test.failure_mode),
    incidentKey: test.incident === null || test.incident.trim() === '' ? null : matchKey(test.incident),
    firstSeen,
    lastSeen,
    runs: runCount,
    failures,
    flaky,
    flakyShas
  }
}

function canonicalAndAscending(failures: FailureEntry[]): boolean {
  for (let i = 0; i < failures.length; i++) {
    const at = failures[i][0]
    if (!isCanonicalTime(at) || (i > 0 && at < failures[i - 1][0])) return false
  }
  return true
}

const NO_FLAKY: FlakyObservation[] = []
const NO_SHAS: ReadonlySet<string> = new Set()

/** The evidence a reader needs to check failure `index` of a test. */
export function failureEvidence(view: HistoryView, test: TestView, index: number): FailureEvidence {
  const [at, runId, outcome] = test.failures[index]
  const run = view.runs.get(runId)
  const sha = run?.sha ?? null
  return {
    at,
    run: runId,
    sha,
    branch: run === undefined ? null : run.branch,
    outcome,
    flaky_sha: sha !== null && test.flakyShas.has(sha)
  }
}

/** Index of the first failure at or after `time` (canonical ISO); length when none. */
export function firstFailureFrom(failures: FailureEntry[], time: string): number {
  let lo = 0
  let hi = failures.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (failures[mid][0] < time) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the first failure strictly after `time` (canonical ISO); length when none. */
export function firstFailureAfter(failures: FailureEntry[], time: string): number {
  let lo = 0
  let hi = failures.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (failures[mid][0] <= time) lo = mid + 1
    else hi = mid
  }
  return lo
}

function groupBy(
  tests: TestView[],
  key: (t: TestView) => string | null,
  order: (a: TestView, b: TestView) => number
): Map<string, TestView[]> {
  const groups = new Map<string, TestView[]>()
  for (const test of tests) {
    const k = key(test)
    if (k === null) continue
    const group = groups.get(k)
    if (group) group.push(test)
    else groups.set(k, [test])
  }
  for (const group of groups.values()) group.sort(order)
  return groups
}

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const compareNodeid = (a: TestView, b: TestView): number => compareStrings(a.nodeid, b.nodeid)
const compareFirstSeen = (a: TestView, b: TestView): number => compareStrings(a.firstSeen, b.firstSeen) || compareNodeid(a, b)

function isAscendingBy<T>(items: T[], key: (item: T) => string): boolean {
  for (let i = 1; i < items.length; i++) if (key(items[i]) < key(items[i - 1])) return false
  return true
}
