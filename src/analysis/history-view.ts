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
  /** its position in HistoryView.tests: lets per-test caches be plain arrays */
  index: number
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
  /** analysed branches it was seen on (`""` = runs with no branch) */
  branches: ReadonlySet<string>
  /**
   * canonical ISO span of the runs in which it really ran (not skipped or xfailed), from
   * TestRollup.ran; the seen span when the history predates `ran`; null when it never ran
   */
  ranFirst: string | null
  ranLast: string | null
  /** per failure (same order as `failures`): the component match key it counts for (its own tag, else the test's) */
  failureComponents: string[] | null
}

export interface HistoryView {
  runs: Map<string, RunRef>
  /** runs on the analysed branches, in rollup order (created, id) */
  runList: RunRef[]
  /** runList's created times (canonical ISO), for binary searches */
  runTimes: string[]
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
  /** those tests (current tags), in no particular order */
  tests: TestView[]
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
  // tests with failures recorded under another component than their current one (moved tests)
  const movedInto = new Map<string, TestView[]>()
  const keys = new KeyCache()
  const source = rollup.tests
  // in the rollup's order: the groups below are sorted, and so are the lists the findings show
  for (const nodeid of Object.keys(source)) {
    const view = testView(nodeid, source[nodeid], filter, keys, runs)
    if (!view) continue
    view.index = tests.length
    tests.push(view)
    pushTo(byComponent, view.componentKey, view)
    if (view.incidentKey !== null) pushTo(byTag, view.incidentKey, view)
    if (view.failureComponents !== null) {
      for (const key of new Set(view.failureComponents)) if (key !== view.componentKey) pushTo(movedInto, key, view)
    }
  }

  const components = new Map<string, ComponentIndex>()
  const sortedTags = new Set<string>()
  return {
    runs,
    runList,
    runTimes: runList.map((r) => r.created),
    branches: [...seenBranches].sort(compareStrings),
    tests,
    component: (key) => {
      let index = components.get(key)
      if (index === undefined) {
        const group = byComponent.get(key)
        const moved = movedInto.get(key) ?? []
        if (group === undefined && moved.length === 0) return null
        index = componentIndex(key, group ?? [], moved)
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

function componentIndex(key: string, group: TestView[], moved: TestView[]): ComponentIndex {
  const firstSeen = group.map((t) => t.firstSeen).sort(compareStrings)
  // merge the tests' ascending failure lists (only the failures recorded for this component):
  // sort positions by time (a stable sort keeps equal times in a fixed order)
  const times: string[] = []
  const owners: TestView[] = []
  for (const test of [...group, ...moved]) {
    const tagged = test.failureComponents
    test.failures.forEach((failure, i) => {
      if ((tagged === null ? test.componentKey : tagged[i]) !== key) return
      times.push(failure[0])
      owners.push(test)
    })
  }
  const order = Array.from({ length: times.length }, (_, i) => i).sort((a, b) => compareStrings(times[a], times[b]))
  const byMode = new Map<string, TestView[]>()
  for (const test of group) pushTo(byMode, test.failureModeKey, test)
  for (const list of byMode.values()) list.sort(compareFirstSeen)
  return {
    testCount: group.length,
    tests: group,
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
  private readonly branchSets = new Map<string, ReadonlySet<string>>()

  of(name: string): string {
    let key = this.keys.get(name)
    if (key === undefined) {
      key = matchKey(name)
      this.keys.set(name, key)
    }
    return key
  }

  /** One shared set per list of branches: most tests are seen on the same few, and a set per test is thousands of them. */
  branches(names: string[]): ReadonlySet<string> {
    const key = names.join('\0')
    let set = this.branchSets.get(key)
    if (set === undefined) {
      set = new Set(names)
      this.branchSets.set(key, set)
    }
    return set
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
      .map((f): FailureEntry => {
        const at = canonicalTime(f[0], 'a failure time', nodeid)
        return f.length === 5 ? [at, f[1], f[2], f[3], f[4]] : [at, f[1], f[2]]
      })
      .sort((a, b) => compareStrings(a[0], b[0]))
  }
  const componentKey = keys.of(test.component)
  // a failure counts for the component the test carried in that run (FailureEntry element 3) when recorded
  let failureComponents: string[] | null = null
  if (failures.some((f) => f.length === 5 && keys.of(f[3]) !== componentKey)) {
    failureComponents = failures.map((f) => (f.length === 5 ? keys.of(f[3]) : componentKey))
  }
  const ranSpan = span(test.ran ?? test.seen, filter)

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

  const branches = keys.branches(filter ? Object.keys(test.seen).filter((b) => filter.onBranch(b)) : Object.keys(test.seen))
  return {
    index: -1,
    nodeid,
    component: test.component,
    componentKey,
    failureModeKey: keys.of(test.failure_mode),
    incidentKey: test.incident === null || test.incident.trim() === '' ? null : matchKey(test.incident),
    firstSeen,
    lastSeen,
    runs: runCount,
    failures,
    flaky,
    flakyShas,
    branches,
    ranFirst: ranSpan?.first ?? null,
    ranLast: ranSpan?.last ?? null,
    failureComponents
  }
}

function span(presence: Record<string, { first: string; last: string }>, filter: BranchFilter | null): { first: string; last: string } | null {
  let first: string | null = null
  let last: string | null = null
  for (const branch in presence) {
    if (filter && !filter.onBranch(branch)) continue
    const f = canonicalTime(presence[branch].first, 'first ran', branch)
    const l = canonicalTime(presence[branch].last, 'last ran', branch)
    if (first === null || f < first) first = f
    if (last === null || l > last) last = l
  }
  return first === null || last === null ? null : { first, last }
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
