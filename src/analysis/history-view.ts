/**
 * The rollup seen through the analysed branches, indexed for the queries the engine makes: per
 * test its failures in time order (binary-searched for windows) and its first/last appearance, read
 * in one pass; per component (built on its first query, so only named components cost anything)
 * its first_seen times, its merged failures and its tests by failure mode; by incident tag.
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
  /** canonical ISO: the later run of the pair (or the run of a rerun entry) */
  at: string
  /** canonical ISO: the earliest run the observation relies on (the pair's earlier run; `at` for a rerun) */
  from: string
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
  /** the indexes of one component (match key), built on its first query; null when it has no test */
  component: (componentKey: string) => ComponentIndex | null
  /** tests carrying an incident tag (match key), sorted by (firstSeen, nodeid) */
  byIncidentTag: (incidentKey: string) => TestView[] | undefined
}

/**
 * What the per-incident queries need of one component. Built lazily: an analysis pays only for
 * the components its incidents name, and each one once however many incidents name it.
 */
export interface ComponentIndex {
  /** every test of the component, whenever it first appeared */
  testCount: number
  /** its tests' first_seen, ascending (to count covering tests by binary search) */
  firstSeen: string[]
  /** every failure of its tests, ascending by time: failureTimes[i] is a failure of failureOwners[i] */
  failureTimes: string[]
  failureOwners: TestView[]
  /** key: failure mode (match key); sorted by (firstSeen, nodeid) */
  byMode: Map<string, TestView[]>
}

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
  // plain lists while reading the rollup; the sorted indexes are built per queried key
  const byComponent = new Map<string, TestView[]>()
  const byTag = new Map<string, TestView[]>()
  const keys = new KeyCache()
  const source = rollup.tests
  // in the rollup's order: the groups below are sorted, and so are the lists the findings show
  for (const nodeid of Object.keys(source)) {
    const view = testView(nodeid, source[nodeid], filter, keys, runs)
    if (!view) continue
    tests.push(view)
    pushTo(byComponent, view.componentKey, view)
    if (view.incidentKey !== null) pushTo(byTag, view.incidentKey, view)
  }

  const components = new Map<string, ComponentIndex>()
  const sortedTags = new Set<string>()
  return {
    runs,
    runList,
    branches: [...seenBranches].sort(compareStrings),
    tests,
    component: (key) => {
      let index = components.get(key)
      if (index === undefined) {
        const group = byComponent.get(key)
        if (group === undefined) return null
        index = componentIndex(group)
        components.set(key, index)
      }
      return index
    },
    byIncidentTag: (key) => {
      const group = byTag.get(key)
      if (group !== undefined && !sortedTags.has(key)) {
        group.sort(compareFirstSeen)
        sortedTags.add(key)
      }
      return group
    }
  }
}

function componentIndex(group: TestView[]): ComponentIndex {
  const firstSeen = group.map((t) => t.firstSeen).sort(compareStrings)
  let failureCount = 0
  for (const test of group) failureCount += test.failures.length
  // merge the tests' ascending failure lists: sort positions by time (a stable sort keeps equal times in a fixed order)
  const times: string[] = new Array(failureCount)
  const owners: TestView[] = new Array(failureCount)
  let n = 0
  for (const test of group) {
    for (const failure of test.failures) {
      times[n] = failure[0]
      owners[n++] = test
    }
  }
  const order = Array.from({ length: failureCount }, (_, i) => i).sort((a, b) => compareStrings(times[a], times[b]))
  const byMode = new Map<string, TestView[]>()
  for (const test of group) pushTo(byMode, test.failureModeKey, test)
  for (const list of byMode.values()) list.sort(compareFirstSeen)
  return {
    testCount: group.length,
    firstSeen,
    failureTimes: order.map((i) => times[i]),
    failureOwners: order.map((i) => owners[i]),
    byMode
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** matchKey of the few distinct component / mode names, computed once each rather than per test. */
class KeyCache {
  private readonly keys = new Map<string, string>()
  of(name: string): string {
    let key = this.keys.get(name)
    if (key === undefined) {
      key = matchKey(name)
      this.keys.set(name, key)
    }
    return key
  }
}

interface BranchFilter {
  onBranch: (branch: string) => boolean
  countsRun: (runId: string) => boolean
}

function testView(nodeid: string, test: TestRollup, filter: BranchFilter | null, keys: KeyCache, runs: Map<string, RunRef>): TestView | null {
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
    // a pair counts only when both of its runs are on the analysed branches
    flaky = test.flaky
      .filter((f) => !filter || (filter.countsRun(f[1]) && (f[3] === null || filter.countsRun(f[3]))))
      .map(([at, run, sha, other]) => {
        const time = canonicalTime(at, 'a flaky time', nodeid)
        // a pair relies on its earlier run too: the flaky window must hold both
        return { at: time, from: (other === null || other === undefined ? undefined : runs.get(other)?.created) ?? time, run, sha }
      })
      .sort((a, b) => compareStrings(a.at, b.at))
    flakyShas = new Set(flaky.map((f) => f.sha))
  }

  return {
    nodeid,
    component: test.component,
    componentKey: keys.of(test.component),
    failureModeKey: keys.of(test.failure_mode),
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

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const compareNodeid = (a: TestView, b: TestView): number => compareStrings(a.nodeid, b.nodeid)
const compareFirstSeen = (a: TestView, b: TestView): number => compareStrings(a.firstSeen, b.firstSeen) || compareNodeid(a, b)

function isAscendingBy<T>(items: T[], key: (item: T) => string): boolean {
  for (let i = 1; i < items.length; i++) if (key(items[i]) < key(items[i - 1])) return false
  return true
}
