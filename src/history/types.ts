import type { Outcome, ReportFormat, TagSource } from '../report/types.js'

/** Version of every file on the data branch. Bump it only with a migration in history/migrate.ts. */
export const HISTORY_SCHEMA_VERSION = 2

/** Where and how a run happened: what the run file records besides the tests. */
export interface RunInfo {
  /**
   * unique and path-safe: `<created yyyymmddThhmmssZ>-<build id>[-<job>][-<matrix leg>]-<content hash>`
   * (schema 2; schema 1 ids are `<created>-<build id>`). Two jobs or matrix legs of one workflow run
   * never share an id; the same job attempt storing the same report again gets the same id.
   */
  id: string
  repository: string | null
  sha: string | null
  branch: string | null
  ref: string | null
  event: string | null
  workflow: string | null
  job: string | null
  /** the matrix leg of the job (the action's `matrix-leg` input); null outside a matrix or before schema 2 */
  matrix_leg?: string | null
  /** as given: `<run_id>-<run_attempt>` in Actions, `--build-id` from the CLI */
  build_id: string
  /** ISO 8601 UTC */
  created: string
  format: ReportFormat
  files: string[]
  exit_code: number | null
  duration_s: number | null
  collection_errors: number
}

/** What a run says about one test beyond "present and passed". */
export interface RunResult {
  /** outcome; absent means passed */
  o?: Exclude<Outcome, 'passed'>
  /** duration in ms: kept for non-passed tests and the run's slowest tests only (size budget) */
  ms?: number
  /** capped crash message */
  msg?: string
  /** failed attempts before the final one */
  reruns?: number
}

/** runs/<yyyy>/<mm>/<run id>.json: immutable once written. */
export interface RunFile {
  schema_version: number
  run: RunInfo
  /** content hash of the suite file (suites/<hash>.json) listing every test of this run with its tags */
  suite: string
  summary: Partial<Record<Outcome, number>> & { total: number }
  /** by nodeid; tests of the suite missing here passed */
  results: Record<string, RunResult>
}

/** One row of a suite file: [nodeid, component, failure_mode, incident, tag_source, file, line]. */
export type SuiteRow = [string, string, string, string | null, TagSource, string | null, number | null]

/** suites/<hash>.json: the tests of a run and their tags, shared by every run with the same set. */
export interface SuiteFile {
  schema_version: number
  columns: ['nodeid', 'component', 'failure_mode', 'incident', 'tag_source', 'file', 'line']
  tests: SuiteRow[]
}

/**
 * [time ISO, run id, outcome, component, failure_mode]: one failure (failed, error or a rerun
 * attempt) of a test, with the tags the test carried in *that* run, so a test moved between
 * components is credited to the component it guarded then (CONTRACT.md, "Confidence"). Entries
 * written before the tags were recorded decode without them: readers fall back to the test's
 * current tags.
 */
export type FailureEntry =
  | [string, string, 'failed' | 'error' | 'rerun']
  | [string, string, 'failed' | 'error' | 'rerun', string, string]
/**
 * [time ISO, run id, sha, other run id | null]: evidence that the test passed and failed on this sha.
 * - other = null: the run's own `rerun` outcome (it failed, then passed on a retry, in that one run);
 * - other = a run id: the test passed in one of the two runs and failed in the other (both of this
 *   sha); the entry sits on the later run of the pair, so its time is the later time. One entry per
 *   differing pair. A `rerun` pairs as a pass (its final outcome): its failed attempt paired with
 *   another run's pass would add nothing its own null entry does not already show.
 * A reader must count an entry only when every run it names (run id, and other when not null) is
 * on an analysed branch and in the time window. Histories written before the 4th element existed
 * decode with other = null (the pair's earlier run is unknown there).
 */
export type FlakyEntry = [string, string, string, string | null]

export interface BranchPresence {
  first: string
  last: string
  runs: number
}

export interface TestRollup {
  /** tags of the test's most recent record */
  component: string
  failure_mode: string
  incident: string | null
  tag_source: TagSource
  file: string | null
  line: number | null
  /** first/last time seen, per branch (`""` for runs with no branch) */
  seen: Record<string, BranchPresence>
  /**
   * like `seen`, over the runs in which the test really ran (any outcome but skipped and xfailed):
   * a test that only ever skipped covers nothing. Absent in histories written before it existed:
   * readers then take `seen`.
   */
  ran?: Record<string, BranchPresence>
  counts: Partial<Record<Outcome, number>>
  /** every failure, oldest first (not pruned by retention: the analysis of old incidents needs them) */
  failures: FailureEntry[]
  /** flakiness evidence, oldest first */
  flaky: FlakyEntry[]
  /** last duration recorded for it (non-passed or among the slowest), null if never recorded */
  duration_ms: number | null
}

/** One line per run ever ingested, pruned or not. */
export interface RunIndexEntry {
  id: string
  created: string
  sha: string | null
  branch: string | null
  event: string | null
  build_id: string
  /** path of the run file, null once retention pruned it */
  file: string | null
  summary: RunFile['summary']
  /** hash of the run's suite file (added after the first draft of this contract; optional for callers that build entries by hand) */
  suite?: string
}

/** rollup.json: derived from the run files; `rebuild` recomputes it and must give the same. */
export interface Rollup {
  schema_version: number
  /** created time of the newest run (not the wall clock, so a rebuild gives the same file) */
  updated_at: string | null
  /** sorted by (created, id) */
  runs: RunIndexEntry[]
  tests: Record<string, TestRollup>
}
