// pytest-reportlog (FORMATS.md §3): JSON lines, one TestReport per stage (setup/call/teardown),
// streamed line by line and folded into one record per nodeid:
//   * stage status as pytest_report_teststatus gives it: call passed -> passed (xpassed with
//     `wasxfail`), call failed -> failed, call skipped -> skipped (xfailed with `wasxfail`);
//     setup/teardown failed -> error, setup skipped -> skipped (xfailed with `wasxfail`);
//   * the test's outcome is the first non-passed status of its final attempt, as
//     pytest-json-report computes it;
//   * pytest-rerunfailures: an `outcome: "rerun"` line ends a discarded attempt (reruns + 1); a
//     test whose final attempt passes after reruns is `rerun`, one that fails every attempt `failed`;
//   * duration = every stage line of the nodeid, discarded attempts included (the time it cost);
//   * a CollectReport that failed becomes an `error` record (collection error).
import { createReadStream } from 'node:fs'
import { InputError } from '../errors.js'
import { buildRecord, countOutcomes, epochToIso, fileOfNodeid, isObject, type ReaderContext } from './record.js'
import { capMessage, invalidUtf8Notice, jsonErrorOffset, jsonErrorReason, lineColumnInText, skipReason, summariseFailureText, Utf8Checker } from './text.js'
import type { Outcome, TestRecord, TestRun } from './types.js'

interface Folded {
  nodeid: string
  seconds: number
  /** first non-passed status of the current attempt, null while everything passed */
  status: Outcome | null
  message: string | null
  reruns: number
  rerunMessage: string | null
  line: number | null
  userProperties: Array<[string, unknown]> | undefined
  metadata: unknown
}

export async function readReportlog(path: string, ctx: ReaderContext): Promise<TestRun> {
  const folder = new ReportlogFolder(ctx)
  const utf8 = new Utf8Checker()
  let lineNumber = 0
  let pending: Buffer[] = []
  const handleLine = (bytes: Buffer): void => {
    lineNumber++
    folder.line(bytes, lineNumber)
  }
  const stream = createReadStream(path, { highWaterMark: 1 << 20 })
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      utf8.push(chunk)
      let start = 0
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, nl)
        handleLine(pending.length > 0 ? Buffer.concat([...pending, piece]) : piece)
        pending = []
        start = nl + 1
      }
      if (start < chunk.length) pending.push(chunk.subarray(start))
    }
  } finally {
    stream.destroy()
  }
  if (pending.length > 0) handleLine(Buffer.concat(pending))
  utf8.end()
  return folder.finish(utf8.invalid)
}

class ReportlogFolder {
  private readonly tests = new Map<string, Folded>()
  private readonly collectionErrors: TestRecord[] = []
  private exitStatus: number | null = null
  private sawSession = false
  private sawFinish = false
  private reportLines = 0
  private otherLines = 0
  private firstStart = Infinity
  private lastStop = -Infinity

  constructor(private readonly ctx: ReaderContext) {}

  line(bytes: Buffer, lineNumber: number): void {
    let text = bytes.toString('utf8')
    if (lineNumber === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    if (text.trim() === '') return
    let entry: unknown
    try {
      entry = JSON.parse(text)
    } catch (error) {
      const at = lineColumnInText(text, jsonErrorOffset(error, text))
      throw new InputError(
        `${this.ctx.displayPath}:${lineNumber}:${at.column}: invalid JSON line (${jsonErrorReason(error)}). ` +
          'A pytest-reportlog file has one JSON object per line; a cut-off last line means pytest was killed ' +
          'or the file was truncated. Regenerate it with pytest --report-log=<file>.'
      )
    }
    const type = isObject(entry) ? entry.$report_type : undefined
    if (!isObject(entry) || typeof type !== 'string') {
      this.otherLines++
      return
    }
    if (type === 'TestReport') this.testReport(entry, lineNumber)
    else if (type === 'CollectReport') this.collectReport(entry)
    else if (type === 'SessionStart') this.sawSession = true
    else if (type === 'SessionFinish') {
      this.sawSession = true
      this.sawFinish = true
      if (Number.isInteger(entry.exitstatus)) this.exitStatus = entry.exitstatus as number
    }
  }

  finish(invalidUtf8: boolean): TestRun {
    const path = this.ctx.displayPath
    if (!this.sawSession && this.reportLines === 0 && this.collectionErrors.length === 0) {
      throw new InputError(
        `${path} is JSON lines but not a pytest-reportlog file: no line has a \`$report_type\` of SessionStart, ` +
          'TestReport or SessionFinish. Point the input at the file written by pytest --report-log=<file>.'
      )
    }
    const records: TestRecord[] = []
    for (const t of this.tests.values()) {
      let outcome: Outcome = t.status ?? 'passed'
      let message = t.message
      if (t.reruns > 0 && (outcome === 'passed' || outcome === 'xpassed')) {
        outcome = 'rerun'
        message = t.rerunMessage
      }
      records.push(
        buildRecord(
          {
            nodeid: t.nodeid,
            outcome,
            durationSeconds: t.seconds,
            message,
            line: t.line,
            reruns: t.reruns,
            tags: { metadata: t.metadata, userProperties: t.userProperties }
          },
          this.ctx
        )
      )
    }
    const notices: string[] = []
    if (invalidUtf8) notices.push(invalidUtf8Notice(path))
    if (this.otherLines > 0) notices.push(`${path}: ${this.otherLines} line(s) without a \`$report_type\` were skipped.`)
    if (this.collectionErrors.length > 0) {
      notices.push(
        `${path}: ${this.collectionErrors.length} collection error(s) (${this.collectionErrors
          .slice(0, 3)
          .map((r) => r.nodeid)
          .join(', ')}): pytest could not collect these, so their tests did not run; each is recorded as an \`error\` test.`
      )
    }
    if (this.exitStatus === null) notices.push(`${path} has no SessionFinish line: the pytest session may have been cut short.`)
    const timed = this.lastStop > -Infinity
    return {
      meta: {
        // pytest >= 8 writes start/stop per report; 7.x gives no time at all
        created: timed ? epochToIso(this.lastStop) : null,
        format: 'reportlog',
        files: [path],
        exit_code: this.exitStatus,
        duration_s: timed && this.firstStart < Infinity ? Math.max(0, this.lastStop - this.firstStart) : null,
        collection_errors: this.collectionErrors.length,
        sessions: [
          {
            file: path,
            format: 'reportlog',
            exit_status: this.exitStatus,
            finished: this.sawFinish,
            summary: null,
            listed: countOutcomes(records),
            collection_errors: this.collectionErrors.length,
            internal_error: false,
            unnamed_cases: 0
          }
        ]
      },
      tests: records.concat(this.collectionErrors),
      notices
    }
  }

  private testReport(entry: Record<string, unknown>, lineNumber: number): void {
    const { nodeid, when, outcome } = entry
    if (typeof nodeid !== 'string' || nodeid === '' || (when !== 'setup' && when !== 'call' && when !== 'teardown')) {
      throw new InputError(
        `${this.ctx.displayPath}:${lineNumber}: a TestReport line without a \`nodeid\` or a \`when\` of setup/call/teardown. ` +
          'Regenerate the file with pytest --report-log=<file>.'
      )
    }
    this.reportLines++
    let t = this.tests.get(nodeid)
    if (!t) {
      t = { nodeid, seconds: 0, status: null, message: null, reruns: 0, rerunMessage: null, line: lineOf(nodeid, entry.location), userProperties: undefined, metadata: undefined }
      this.tests.set(nodeid, t)
    }
    if (typeof entry.duration === 'number' && Number.isFinite(entry.duration)) t.seconds += entry.duration
    if (typeof entry.start === 'number') this.firstStart = Math.min(this.firstStart, entry.start)
    if (typeof entry.stop === 'number') this.lastStop = Math.max(this.lastStop, entry.stop)
    if (Array.isArray(entry.user_properties) && entry.user_properties.length > 0) {
      t.userProperties = entry.user_properties.filter(
        (p): p is [string, unknown] => Array.isArray(p) && typeof p[0] === 'string'
      )
    }
    // pytest-json-report in the same session leaks its per-test metadata into every line
    const extra = entry._json_report_extra
    if (isObject(extra) && extra.metadata !== undefined) t.metadata = extra.metadata

    if (outcome === 'rerun') {
      t.reruns++
      t.rerunMessage = failureMessage(entry.longrepr)
      t.status = null
      t.message = null
      return
    }
    const status = stageStatus(when, outcome, 'wasxfail' in entry, lineNumber, this.ctx.displayPath)
    if (t.status === null && status !== 'passed') {
      t.status = status
      t.message = status === 'skipped' ? skipReason(entry.longrepr) : status === 'xpassed' ? null : failureMessage(entry.longrepr)
    }
  }

  private collectReport(entry: Record<string, unknown>): void {
    if (entry.outcome !== 'failed') return
    const nodeid = typeof entry.nodeid === 'string' && entry.nodeid !== '' ? entry.nodeid : '<collection>'
    this.collectionErrors.push(
      buildRecord(
        { nodeid, outcome: 'error', durationSeconds: 0, message: failureMessage(entry.longrepr) ?? 'collection failure', line: null, reruns: 0, tags: {} },
        this.ctx
      )
    )
  }
}

function stageStatus(when: string, outcome: unknown, wasXfail: boolean, lineNumber: number, path: string): Outcome {
  switch (outcome) {
    case 'passed':
      return when === 'call' && wasXfail ? 'xpassed' : 'passed'
    case 'failed':
      return when === 'call' ? 'failed' : 'error'
    case 'skipped':
      return wasXfail ? 'xfailed' : 'skipped'
  }
  throw new InputError(
    `${path}:${lineNumber}: a TestReport with the outcome ${JSON.stringify(outcome)}; pytest writes passed, failed, skipped ` +
      '(or rerun with pytest-rerunfailures). Regenerate the file with pytest --report-log=<file>.'
  )
}

/** Crash message of a serialised longrepr (`reprcrash`), else its text's `E` lines. */
function failureMessage(longrepr: unknown): string | null {
  if (isObject(longrepr)) {
    const crash = longrepr.reprcrash
    if (isObject(crash) && typeof crash.message === 'string' && crash.message !== '') return capMessage(crash.message)
    return null
  }
  if (typeof longrepr === 'string') return summariseFailureText(longrepr)
  if (Array.isArray(longrepr)) return skipReason(longrepr)
  return null
}

/** `location` is (file, 0-based line, domain); its file can differ from the nodeid's (unittest). */
function lineOf(nodeid: string, location: unknown): number | null {
  if (!Array.isArray(location) || !Number.isInteger(location[1]) || location[0] !== fileOfNodeid(nodeid)) return null
  return (location[1] as number) + 1
}
