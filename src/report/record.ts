// Pieces every reader needs to turn one test into a TestRecord.
import type { ComponentMap } from './component-map.js'
import { resolveTags, type TagInputs } from './tags.js'
import { OUTCOMES } from './constants.js'
import type { Outcome, TestRecord } from './types.js'

/** What a reader needs besides the file itself. */
export interface ReaderContext {
  /** the report path as shown to the user (relative to the working directory when inside it) */
  displayPath: string
  componentMap: ComponentMap | null
}

const OUTCOME_SET: ReadonlySet<string> = new Set(OUTCOMES)
export const isOutcome = (value: unknown): value is Outcome => typeof value === 'string' && OUTCOME_SET.has(value)

/** The file part of a nodeid (`tests/test_a.py::T::test_x` -> `tests/test_a.py`). */
export function fileOfNodeid(nodeid: string): string | null {
  const cut = nodeid.indexOf('::')
  const file = cut === -1 ? nodeid : nodeid.slice(0, cut)
  return file === '' ? null : file
}

export interface RecordFields {
  nodeid: string
  outcome: Outcome
  durationSeconds: number
  message: string | null
  /** 1-based, null when unknown */
  line: number | null
  reruns: number
  tags: Omit<TagInputs, 'file'>
  /** the test's file when it is not the nodeid's first part (ids of other test runners); null: none */
  file?: string | null
}

export function buildRecord(fields: RecordFields, ctx: ReaderContext): TestRecord {
  const file = fields.file !== undefined ? fields.file : fileOfNodeid(fields.nodeid)
  const { metadata, userProperties, markers } = fields.tags
  const tags = resolveTags({ metadata, userProperties, markers, file }, ctx.componentMap)
  return {
    nodeid: fields.nodeid,
    outcome: fields.outcome,
    duration_ms: toMilliseconds(fields.durationSeconds),
    component: tags.component,
    failure_mode: tags.failure_mode,
    incident: tags.incident,
    tag_source: tags.tag_source,
    message: fields.message,
    file,
    line: fields.line,
    reruns: fields.reruns
  }
}

/** Seconds to milliseconds, rounded to microseconds; anything unusable counts as 0. */
export function toMilliseconds(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds <= 0) return 0
  return Math.round(seconds * 1e6) / 1e3
}

/** Epoch seconds to ISO 8601 UTC, null when missing or out of range. */
export function epochToIso(seconds: unknown): string | null {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return null
  const date = new Date(seconds * 1000)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** `5 passed, 1 failed` in the order of OUTCOMES, for notices. */
export function describeCounts(counts: Partial<Record<string, number>>): string {
  const parts = OUTCOMES.filter((o) => (counts[o] ?? 0) > 0).map((o) => `${counts[o]} ${o}`)
  return parts.length > 0 ? parts.join(', ') : 'no tests'
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The tests of one file counted per outcome, for its SessionRecord. */
export function countOutcomes(tests: readonly TestRecord[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const t of tests) counts[t.outcome] = (counts[t.outcome] ?? 0) + 1
  return counts
}
