// pytest-json-report (FORMATS.md §1): one JSON object per run, read by the scanner of
// json-stream.ts, which hands over one test object at a time (each JSON.parse'd on its own) so
// memory holds TestRecords, not the document. Files below a size threshold are read into one
// Buffer and scanned; larger ones are streamed from disk. Measured on a 25 MB report (bench/read.ts),
// scan + per-test JSON.parse costs about what one JSON.parse of the whole file does, and the
// garbage collector has far less to do than with a whole-document tree.
import { readFile, stat } from 'node:fs/promises'
import { InputError } from '../errors.js'
import { JsonNotObjectError, JsonSyntaxError, scanTopLevelObject, streamTopLevelObject } from './json-stream.js'
import { buildRecord, countOutcomes, describeCounts, epochToIso, isObject, isOutcome, type ReaderContext } from './record.js'
import {
  capMessage,
  invalidUtf8Notice,
  lineColumnInFile,
  skipReason,
  summariseFailureText
} from './text.js'
import type { Outcome, TestRecord, TestRun } from './types.js'

/** Above this size a report is streamed (V8 cannot hold a string much over 512 MB). */
export const DEFAULT_STREAM_THRESHOLD_BYTES = 64 * 1024 * 1024

const REPORT_KEYS = ['created', 'duration', 'exitcode', 'root', 'summary', 'tests'] as const
const STAGES = ['setup', 'call', 'teardown'] as const
/** Where a failure message comes from: the call first, then setup, then teardown (FORMATS.md §6). */
const FAILURE_STAGE_ORDER = ['call', 'setup', 'teardown'] as const

export async function readPytestJson(
  path: string,
  ctx: ReaderContext,
  streamThresholdBytes = DEFAULT_STREAM_THRESHOLD_BYTES,
  /** read size of the streaming path (tests make it tiny to cut values at every possible place) */
  streamChunkBytes?: number
): Promise<TestRun> {
  const { size } = await stat(path)
  const builder = new PytestJsonBuilder(ctx)
  try {
    const { keys, invalidUtf8 } =
      size >= streamThresholdBytes
        ? await streamTopLevelObject(path, builder, streamChunkBytes)
        : scanTopLevelObject(await readFile(path), builder)
    return builder.finish(keys, invalidUtf8)
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const at = await lineColumnInFile(path, error.byteOffset)
      throw syntaxError(ctx.displayPath, at.line, at.column, error.message, error.byteOffset >= size)
    }
    throw notObject(error, ctx) ?? error
  }
}

/** Collects a report's top-level values and turns each test into a TestRecord as it arrives. */
class PytestJsonBuilder {
  readonly arrayKeys: ReadonlySet<string> = new Set(['tests', 'collectors', 'warnings'])
  private readonly tests: TestRecord[] = []
  private readonly collectionErrors: TestRecord[] = []
  private readonly values = new Map<string, unknown>()
  private testsIsArray = false

  constructor(private readonly ctx: ReaderContext) {}

  onArrayStart(key: string): void {
    if (key === 'tests') this.testsIsArray = true
  }

  onElement(key: string, element: unknown, index: number): void {
    if (key === 'tests') {
      this.tests.push(this.testRecord(element, index))
    } else if (key === 'collectors') {
      const record = this.collectionError(element)
      if (record) this.collectionErrors.push(record)
    }
    // warnings: nothing to keep
  }

  onValue(key: string, value: unknown): void {
    this.values.set(key, value)
  }

  finish(keys: string[], invalidUtf8: boolean): TestRun {
    const present = new Set(keys)
    const path = this.ctx.displayPath
    if (!present.has('tests')) {
      if (present.has('summary') && present.has('exitcode')) {
        throw new InputError(
          `${path} is a pytest-json-report without per-test results: it has only the summary ` +
            `(${describeCounts(asCounts(this.values.get('summary')))}) because pytest ran with --json-report-summary, ` +
            'which leaves out the `tests` list. Remove --json-report-summary from the pytest command so the report lists every test.'
        )
      }
      const missing = REPORT_KEYS.filter((k) => !present.has(k))
      const found = keys.length > 0 ? keys.slice(0, 12).join(', ') + (keys.length > 12 ? ', …' : '') : 'none'
      throw new InputError(
        `${path} is valid JSON but not a pytest-json-report: it lacks the key(s) ${missing.join(', ')} ` +
          `(top-level keys found: ${found}). Point the input at the file written by pytest --json-report ` +
          '--json-report-file=<file>, or set the report format if it is JUnit XML or a pytest-reportlog file.'
      )
    }
    if (!this.testsIsArray) {
      throw new InputError(`${path}: the \`tests\` value is not a list, so this is not a pytest-json-report. Regenerate it with pytest --json-report.`)
    }

    const exitCode = this.values.get('exitcode')
    const duration = this.values.get('duration')
    const notices: string[] = []
    if (invalidUtf8) notices.push(invalidUtf8Notice(path))
    if (this.collectionErrors.length > 0) {
      notices.push(
        `${path}: ${this.collectionErrors.length} collection error(s) (${this.collectionErrors
          .slice(0, 3)
          .map((r) => r.nodeid)
          .join(', ')}${this.collectionErrors.length > 3 ? ', …' : ''}): pytest could not collect these, ` +
          'so their tests did not run; each is recorded as an `error` test.'
      )
    }
    if (exitCode === 2 && this.tests.length === 0) {
      notices.push(`${path}: pytest exited with code 2 (interrupted) before running any test.`)
    }
    const summaryMismatch = compareSummary(this.values.get('summary'), this.tests)
    if (summaryMismatch) notices.push(`${path}: ${summaryMismatch}`)

    return {
      meta: {
        created: epochToIso(this.values.get('created')),
        format: 'pytest-json',
        files: [path],
        exit_code: Number.isInteger(exitCode) ? (exitCode as number) : null,
        duration_s: typeof duration === 'number' && Number.isFinite(duration) ? duration : null,
        collection_errors: this.collectionErrors.length,
        sessions: [
          {
            file: path,
            format: 'pytest-json',
            exit_status: Number.isInteger(exitCode) ? (exitCode as number) : null,
            finished: null,
            summary: isObject(this.values.get('summary')) ? asCounts(this.values.get('summary')) : null,
            listed: countOutcomes(this.tests),
            collection_errors: this.collectionErrors.length,
            internal_error: false,
            unnamed_cases: 0
          }
        ]
      },
      tests: this.tests.concat(this.collectionErrors),
      notices
    }
  }

  private testRecord(raw: unknown, index: number): TestRecord {
    const path = this.ctx.displayPath
    if (!isObject(raw) || typeof raw.nodeid !== 'string' || raw.nodeid === '') {
      throw new InputError(`${path}: tests[${index}] has no \`nodeid\`, so this is not a pytest-json-report test entry. Regenerate the report with pytest --json-report.`)
    }
    if (!isOutcome(raw.outcome)) {
      throw new InputError(
        `${path}: tests[${index}] (${raw.nodeid}) has the outcome ${JSON.stringify(raw.outcome)}, which pytest does not produce ` +
          '(expected passed, failed, error, skipped, xfailed, xpassed or rerun). Regenerate the report with pytest --json-report.'
      )
    }
    let seconds = 0
    for (const stage of STAGES) {
      const report = raw[stage]
      if (isObject(report) && typeof report.duration === 'number') seconds += report.duration
    }
    const lineno = raw.lineno
    return buildRecord(
      {
        nodeid: raw.nodeid,
        outcome: raw.outcome,
        durationSeconds: seconds,
        message: testMessage(raw.outcome, raw),
        line: Number.isInteger(lineno) && (lineno as number) >= 0 ? (lineno as number) + 1 : null,
        reruns: raw.outcome === 'rerun' ? 1 : 0,
        tags: { metadata: raw.metadata, userProperties: propertyPairs(raw.user_properties), markers: raw.markers }
      },
      this.ctx
    )
  }

  /** A collector that failed (import error, syntax error, ...) becomes an `error` record. */
  private collectionError(raw: unknown): TestRecord | null {
    if (!isObject(raw) || raw.outcome !== 'failed') return null
    const nodeid = typeof raw.nodeid === 'string' && raw.nodeid !== '' ? raw.nodeid : '<collection>'
    const longrepr = typeof raw.longrepr === 'string' ? raw.longrepr : ''
    return buildRecord(
      {
        nodeid,
        outcome: 'error',
        durationSeconds: 0,
        message: summariseFailureText(longrepr) ?? 'collection failure',
        line: null,
        reruns: 0,
        tags: {}
      },
      this.ctx
    )
  }
}

/**
 * The message kept for a test: the crash message of the failing stage (its longrepr's `E` lines
 * when there is no crash, e.g. strict XPASS or --tb=native), the expected exception of an xfail,
 * the reason of a skip; null for passes.
 */
function testMessage(outcome: Outcome, raw: Record<string, unknown>): string | null {
  if (outcome === 'passed' || outcome === 'xpassed') return null
  const wanted = outcome === 'skipped' || outcome === 'xfailed' ? 'skipped' : 'failed'
  for (const stage of FAILURE_STAGE_ORDER) {
    const report = raw[stage]
    if (!isObject(report) || report.outcome !== wanted) continue
    if (outcome === 'skipped') return skipReason(report.longrepr)
    const crash = report.crash
    if (isObject(crash) && typeof crash.message === 'string' && crash.message !== '') return capMessage(crash.message)
    if (typeof report.longrepr === 'string') return summariseFailureText(report.longrepr)
  }
  return null
}

/** `[{"component": "x"}, {"failure_mode": "y"}]` -> `[["component", "x"], ["failure_mode", "y"]]` */
function propertyPairs(value: unknown): Array<[string, unknown]> | undefined {
  if (!Array.isArray(value)) return undefined
  const pairs: Array<[string, unknown]> = []
  for (const entry of value) {
    if (isObject(entry)) for (const [k, v] of Object.entries(entry)) pairs.push([k, v])
    else if (Array.isArray(entry) && typeof entry[0] === 'string') pairs.push([entry[0], entry[1]])
  }
  return pairs
}

function asCounts(summary: unknown): Record<string, number> {
  const counts: Record<string, number> = {}
  if (isObject(summary)) for (const [k, v] of Object.entries(summary)) if (typeof v === 'number') counts[k] = v
  return counts
}

/** A report whose own summary disagrees with its tests list was edited or cut: say so. */
function compareSummary(summary: unknown, tests: TestRecord[]): string | null {
  if (!isObject(summary)) return null
  const counts = new Map<string, number>()
  for (const t of tests) counts.set(t.outcome, (counts.get(t.outcome) ?? 0) + 1)
  const claimed = asCounts(summary)
  const differing = [...new Set([...counts.keys(), ...Object.keys(claimed)])]
    .filter((k) => isOutcome(k) && (claimed[k] ?? 0) !== (counts.get(k) ?? 0))
  if (differing.length === 0) return null
  return (
    `the report's summary does not match its tests list (${differing
      .map((k) => `${k}: summary ${claimed[k] ?? 0}, tests ${counts.get(k) ?? 0}`)
      .join('; ')}); the tests list is used.`
  )
}

function syntaxError(path: string, line: number, column: number, reason: string, atEnd: boolean): InputError {
  const hint = atEnd
    ? 'The file ends in the middle of the JSON: it looks truncated (pytest killed, disk full, or an upload cut short). Regenerate the report.'
    : 'Regenerate the report with pytest --json-report; if another tool wrote or edited it, check that tool.'
  return new InputError(`${path}:${line}:${column}: invalid JSON (${reason}). ${hint}`)
}

function notObject(error: unknown, ctx: ReaderContext): InputError | null {
  if (!(error instanceof JsonNotObjectError)) return null
  return new InputError(
    `${ctx.displayPath} is JSON but its top-level value is ${error.found === 'array' ? 'an array' : 'not an object'}; ` +
      `a pytest-json-report is one object with the keys ${REPORT_KEYS.join(', ')}. Point the input at the file written by pytest --json-report.`
  )
}
