import { z } from 'zod'
import { OUTCOMES, REPORT_FORMATS, TAG_SOURCES } from './constants.js'

export type { Outcome, ReportFormat, TagSource } from './constants.js'

// The schemas every run is checked against (validate.ts). Code that needs only the words
// (outcomes, defaults) imports constants.ts, which does not load zod.
const Outcome = z.enum(OUTCOMES)
const ReportFormat = z.enum(REPORT_FORMATS)
const TagSource = z.enum(TAG_SOURCES)

export const TestRecord = z.object({
  nodeid: z.string().min(1),
  outcome: Outcome,
  /** setup + call + teardown, in milliseconds */
  duration_ms: z.number().nonnegative(),
  component: z.string().min(1),
  failure_mode: z.string().min(1),
  /** id of the incident this test was written for (`incident` tag), else null */
  incident: z.string().nullable(),
  tag_source: TagSource,
  /** crash message of the failing stage, capped at MESSAGE_CAP characters; null when none */
  message: z.string().nullable(),
  /** file part of the nodeid (relative to the pytest rootdir) */
  file: z.string().nullable(),
  /** 1-based line of the test definition, when the format gives it */
  line: z.number().int().positive().nullable(),
  /** failed attempts before the final one (pytest-rerunfailures), 0 otherwise */
  reruns: z.number().int().nonnegative()
})
export type TestRecord = z.infer<typeof TestRecord>

/**
 * What one report file records about how its pytest session ended, for src/report/completeness.ts:
 * a report of a session that did not finish must not be stored as a run.
 */
export const SessionRecord = z.object({
  file: z.string(),
  format: ReportFormat,
  /** pytest's exit status as the file records it (pytest-json `exitcode`, reportlog SessionFinish `exitstatus`); null when it does not */
  exit_status: z.number().int().nullable(),
  /** reportlog: whether the SessionFinish line is there; null for the other formats */
  finished: z.boolean().nullable(),
  /** the report's own count per outcome (pytest-json `summary`); null when it has none */
  summary: z.record(z.string(), z.number()).nullable(),
  /** the tests the file lists, counted per outcome (collection errors not included) */
  listed: z.record(z.string(), z.number()),
  collection_errors: z.number().int().nonnegative(),
  /** JUnit: pytest wrote its INTERNALERROR testcase (classname `pytest`, name `internal`) */
  internal_error: z.boolean(),
  /** JUnit: testcases without classname and name (pytest writes one for a test cut short by an interrupt) */
  unnamed_cases: z.number().int().nonnegative()
})
export type SessionRecord = z.infer<typeof SessionRecord>

export const RunMeta = z.object({
  /** when pytest finished (report time), ISO 8601 UTC; null when the format does not say */
  created: z.string().datetime().nullable(),
  format: ReportFormat,
  /** the report files this run was read from (several for shards) */
  files: z.array(z.string()),
  /** pytest's exit status when the report records it (2 = interrupted, e.g. collection errors) */
  exit_code: z.number().int().nullable(),
  /** session wall time in seconds when known (summed over shards) */
  duration_s: z.number().nullable(),
  /** collection errors (each also appears as an `error` record) */
  collection_errors: z.number().int().nonnegative(),
  /** per report file, how its session ended (absent in runs built by hand) */
  sessions: z.array(SessionRecord).optional()
})
export type RunMeta = z.infer<typeof RunMeta>

/** One normalised test run: what every reader produces and everything downstream consumes. */
export const TestRun = z.object({
  meta: RunMeta,
  tests: z.array(TestRecord),
  /** things the user should know about the reports (duplicates resolved, summary-only report, ...) */
  notices: z.array(z.string())
})
export type TestRun = z.infer<typeof TestRun>
