// The final check of every TestRun the readers return, against the zod schema of types.ts.
//
// A full TestRun.parse of 28,000 records took about 33 ms here, a fifth of the JSON.parse of
// their 25 MB report, and it returns a deep copy (twice the memory for a 600 MB report); in a
// fresh process even 2,000 sampled records cost 30-50 ms. So: runs up to FULL_PARSE_LIMIT records
// get TestRun.parse; bigger ones get the zod parse of the meta and of SAMPLE records spread over
// the run, plus a hand-written check of every field of every record that mirrors the schema
// (about 2 ms for 28,000) and hands any record that fails it to TestRecord.parse, so the error
// is zod's own.
import { OUTCOMES, TAG_SOURCES } from './constants.js'
import { RunMeta, TestRecord, TestRun } from './types.js'

const FULL_PARSE_LIMIT = 2000
const SAMPLE = 100
const OUTCOME_SET: ReadonlySet<string> = new Set(OUTCOMES)
const TAG_SOURCE_SET: ReadonlySet<string> = new Set(TAG_SOURCES)

export function validateRun(run: TestRun): TestRun {
  if (run.tests.length <= FULL_PARSE_LIMIT) return TestRun.parse(run)
  RunMeta.parse(run.meta)
  if (!Array.isArray(run.notices) || run.notices.some((n) => typeof n !== 'string')) TestRun.shape.notices.parse(run.notices)
  const step = Math.ceil(run.tests.length / SAMPLE)
  for (let i = 0; i < run.tests.length; i += step) TestRecord.parse(run.tests[i])
  for (const t of run.tests) if (!looksValid(t)) TestRecord.parse(t)
  return run
}

const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.length > 0
const stringOrNull = (v: unknown): boolean => v === null || typeof v === 'string'

function looksValid(t: TestRecord): boolean {
  return (
    nonEmpty(t.nodeid) &&
    OUTCOME_SET.has(t.outcome) &&
    typeof t.duration_ms === 'number' &&
    Number.isFinite(t.duration_ms) &&
    t.duration_ms >= 0 &&
    nonEmpty(t.component) &&
    nonEmpty(t.failure_mode) &&
    stringOrNull(t.incident) &&
    TAG_SOURCE_SET.has(t.tag_source) &&
    stringOrNull(t.message) &&
    stringOrNull(t.file) &&
    (t.line === null || (Number.isInteger(t.line) && t.line > 0)) &&
    Number.isInteger(t.reruns) &&
    t.reruns >= 0
  )
}
