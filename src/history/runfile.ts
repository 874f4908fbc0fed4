import { createHash } from 'node:crypto'
import { MESSAGE_CAP } from '../report/constants.js'
import type { Outcome, TestRecord, TestRun } from '../report/types.js'
import { makeRunId, sanitizePathSegment } from './ids.js'
import { serializeLines, stableStringify } from './serialize.js'
import {
  HISTORY_SCHEMA_VERSION,
  type RunFile,
  type RunInfo,
  type RunResult,
  type SuiteFile,
  type SuiteRow
} from './types.js'

/** How many of a run's slowest tests keep their duration in the run file. */
export const SLOWEST_KEPT = 50

/**
 * Bounds on what one test may put on the branch (characters). A longer nodeid is cut and ends in
 * `…#<hash>` of the full id, so it stays unique and the same in every run; longer tags and file
 * names are cut the same way. Messages are capped at MESSAGE_CAP (500) when the report is read.
 */
export const NODEID_CAP = 1000
export const TAG_CAP = 200

export function boundText(text: string, cap: number): string {
  if (text.length <= cap) return text
  return text.slice(0, cap - 18) + '…#' + createHash('sha256').update(text).digest('hex').slice(0, 16)
}

const boundOrNull = (text: string | null, cap: number): string | null => (text === null ? null : boundText(text, cap))

export const SUITE_COLUMNS: SuiteFile['columns'] = ['nodeid', 'component', 'failure_mode', 'incident', 'tag_source', 'file', 'line']

export interface BuiltRun {
  runFile: RunFile
  suite: SuiteFile
  suiteHash: string
  /** serialised forms, as written to the branch */
  runText: string
  suiteText: string
}

/**
 * Durations are rounded to two significant digits (whole ms below 100 ms): timings jitter from run
 * to run, and unchanged bytes are what lets git store the next run file as a tiny delta.
 */
export function roundDuration(ms: number): number {
  if (!(ms > 0)) return 0
  if (ms < 100) return Math.round(ms)
  const magnitude = 10 ** (Math.floor(Math.log10(ms)) - 1)
  return Math.round(ms / magnitude) * magnitude
}

/** A test that failed, then passed on a retry, is a `rerun` whichever reader produced it. */
export function effectiveOutcome(t: Pick<TestRecord, 'outcome' | 'reruns'>): Outcome {
  return t.outcome === 'passed' && t.reruns > 0 ? 'rerun' : t.outcome
}

/**
 * Turns a normalised TestRun into what the branch stores: the run file (non-passed results plus the
 * slowest tests' durations) and the suite file (every test with its tags, content-addressed).
 */
export function buildRun(info: Omit<RunInfo, 'id'> & { id?: string }, run: TestRun, slowestKept = SLOWEST_KEPT): BuiltRun {
  const byId = new Map<string, TestRecord>()
  for (const raw of run.tests) {
    const t: TestRecord = {
      ...raw,
      nodeid: boundText(raw.nodeid, NODEID_CAP),
      component: boundText(raw.component, TAG_CAP),
      failure_mode: boundText(raw.failure_mode, TAG_CAP),
      incident: boundOrNull(raw.incident, TAG_CAP),
      file: boundOrNull(raw.file, TAG_CAP * 5),
      message: raw.message === null ? null : raw.message.slice(0, MESSAGE_CAP)
    }
    byId.set(t.nodeid, t) // readers resolve duplicates; keep the last
  }

  const tests = [...byId.values()].sort((a, b) => (a.nodeid < b.nodeid ? -1 : a.nodeid > b.nodeid ? 1 : 0))
  const rows: SuiteRow[] = tests.map((t) => [t.nodeid, t.component, t.failure_mode, t.incident, t.tag_source, t.file, t.line])
  const suite: SuiteFile = { schema_version: HISTORY_SCHEMA_VERSION, columns: SUITE_COLUMNS, tests: rows }
  const suiteText = serializeLines(suite, 2)
  const suiteHash = hashSuiteText(suiteText)

  const results: Record<string, RunResult> = {}
  const summary: RunFile['summary'] = { total: tests.length }
  for (const t of tests) {
    const o = effectiveOutcome(t)
    summary[o] = (summary[o] ?? 0) + 1
    if (o === 'passed') continue
    const r: RunResult = { o, ms: roundDuration(t.duration_ms) }
    if (t.message) r.msg = t.message.slice(0, MESSAGE_CAP)
    if (t.reruns > 0) r.reruns = t.reruns
    results[t.nodeid] = r
  }
  const slowest = [...tests].sort((a, b) => b.duration_ms - a.duration_ms || (a.nodeid < b.nodeid ? -1 : 1)).slice(0, slowestKept)
  for (const t of slowest) {
    if (!(t.duration_ms > 0)) continue
    results[t.nodeid] ??= { ms: roundDuration(t.duration_ms) }
  }

  const content = createHash('sha256').update(suiteHash).update(stableStringify(summary)).update(stableStringify(results)).digest('hex')
  const id = info.id !== undefined ? sanitizePathSegment(info.id) : makeRunId(info.created, info, content)
  const runFile: RunFile = { schema_version: HISTORY_SCHEMA_VERSION, run: { ...info, id }, suite: suiteHash, summary, results }
  return { runFile, suite, suiteHash, runText: serializeLines(runFile, 2), suiteText }
}

export function hashSuiteText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24)
}
