// JUnit XML as pytest writes it (FORMATS.md §2), xunit1 and xunit2, streamed through saxes.
//
// What JUnit cannot carry, compared with pytest-json-report / reportlog:
//   * no xpassed: a non-strict XPASS is a plain passing <testcase> -> `passed`;
//   * no rerun: pytest-rerunfailures leaves a passing <testcase> -> `passed` (rerunFailure /
//     flakyFailure children, written by other tools, are counted as reruns and give `rerun`);
//   * xfail is <skipped type="pytest.xfail"> -> `xfailed`, with the xfail reason as message
//     (pytest-json-report gives the expected exception instead);
//   * no nodeid: it is rebuilt from classname + name, see junitNodeid(); JUnit XML written by other
//     test runners (Maven Surefire, jest-junit, ...) keeps its own ids, see isPytestCase();
//   * a module skipped at collection is a <testcase classname="" name="pkg.module"> with
//     <skipped message="collection skipped">, kept as a `skipped` record (pytest-json-report and
//     reportlog list it only among collectors, so they have one test less);
//   * no exit status; `timestamp` is the start time, in local time without a zone before pytest 9.
import { createReadStream } from 'node:fs'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { InputError } from '../errors.js'
import { buildRecord, countOutcomes, type ReaderContext } from './record.js'
import { capMessage, invalidUtf8Notice, summariseFailureText, Utf8Checker } from './text.js'
import type { Outcome, TestRecord, TestRun } from './types.js'

/** Text of a result element is only needed for its tail (the `E` lines): keep this much of it. */
const TEXT_KEEP = 64 * 1024
const RERUN_ELEMENTS = new Set(['rerunFailure', 'rerunError', 'flakyFailure', 'flakyError'])

interface OpenCase {
  /** the name of the innermost <testsuite> (pytest writes `pytest`, its junit_suite_name default) */
  suite: string
  classname: string
  name: string
  file: string | null
  line: number | null
  seconds: number
  result: 'failure' | 'error' | 'skipped' | null
  type: string
  message: string | null
  text: string
  properties: Array<[string, unknown]>
  reruns: number
}

export async function readJunit(path: string, ctx: ReaderContext): Promise<TestRun> {
  const reader = new JunitReader(ctx)
  const parser = new SaxesParser({ position: true })
  parser.on('opentag', (tag) => reader.open(tag as SaxesTagPlain))
  parser.on('closetag', (tag) => reader.close(tag.name))
  parser.on('text', (text) => reader.text(text))
  parser.on('cdata', (text) => reader.text(text))

  const utf8 = new Utf8Checker()
  const decoder = new TextDecoder('utf-8')
  const stream = createReadStream(path, { highWaterMark: 1 << 20 })
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      utf8.push(chunk)
      parser.write(decoder.decode(chunk, { stream: true }))
    }
    parser.write(decoder.decode())
    parser.close()
  } catch (error) {
    if (error instanceof InputError) throw error
    throw xmlError(ctx.displayPath, parser, error)
  } finally {
    stream.destroy()
  }
  utf8.end()
  return reader.finish(utf8.invalid)
}

class JunitReader {
  private readonly records: TestRecord[] = []
  private readonly stack: string[] = []
  private readonly suiteNames: string[] = []
  private current: OpenCase | null = null
  private capturing = false
  private created: string | null = null
  private timestampWithoutZone = false
  private seconds: number | null = null
  private collectionErrors = 0
  private readonly collectionErrorIds = new Set<string>()
  private internalError = false
  private unnamedCases = 0

  constructor(private readonly ctx: ReaderContext) {}

  open(tag: SaxesTagPlain): void {
    const { name, attributes } = tag
    const parent = this.stack[this.stack.length - 1]
    this.stack.push(name)
    if (parent === undefined && name !== 'testsuites' && name !== 'testsuite') {
      throw new InputError(
        `${this.ctx.displayPath} is XML but not JUnit XML: its root element is <${name}>, not <testsuites> or <testsuite>. ` +
          'Point the input at the file written by pytest --junitxml=<file>.'
      )
    }
    if (name === 'testsuite') {
      this.suiteNames.push(attributes.name ?? '')
      this.suite(attributes, parent)
    } else if (name === 'testcase') this.current = openCase(attributes, this.suiteNames[this.suiteNames.length - 1] ?? '')
    else if (this.current && name === 'property' && parent === 'properties') {
      if (typeof attributes.name === 'string') this.current.properties.push([attributes.name, attributes.value ?? ''])
    } else if (this.current && parent === 'testcase') this.result(this.current, name, attributes)
  }

  close(name: string): void {
    this.stack.pop()
    if (name === 'testsuite') this.suiteNames.pop()
    if (name === 'testcase' && this.current) {
      this.records.push(this.caseRecord(this.current))
      this.current = null
    }
    if (name === 'failure' || name === 'error' || name === 'skipped') this.capturing = false
  }

  text(text: string): void {
    if (!this.capturing || !this.current) return
    const joined = this.current.text + text
    this.current.text = joined.length > TEXT_KEEP * 2 ? joined.slice(joined.length - TEXT_KEEP) : joined
  }

  finish(invalidUtf8: boolean): TestRun {
    const path = this.ctx.displayPath
    const notices: string[] = []
    if (invalidUtf8) notices.push(invalidUtf8Notice(path))
    if (this.timestampWithoutZone) {
      notices.push(`${path}: the JUnit timestamp has no time zone (pytest before 9 writes local time), so the run's time is not taken from it.`)
    }
    if (this.collectionErrors > 0) {
      notices.push(`${path}: ${this.collectionErrors} collection error(s): pytest could not collect these, so their tests did not run; each is recorded as an \`error\` test.`)
    }
    return {
      meta: {
        created: this.created,
        format: 'junit',
        files: [path],
        exit_code: null,
        duration_s: this.seconds,
        collection_errors: this.collectionErrors,
        sessions: [
          {
            file: path,
            format: 'junit',
            exit_status: null,
            finished: null,
            summary: null,
            listed: countOutcomes(this.records.filter((r) => !this.collectionErrorIds.has(r.nodeid))),
            collection_errors: this.collectionErrors,
            internal_error: this.internalError,
            unnamed_cases: this.unnamedCases
          }
        ]
      },
      tests: this.records,
      notices
    }
  }

  private suite(attributes: Record<string, string>, parent: string | undefined): void {
    if (parent === 'testsuite') return // nested suites: the outer one has the time
    const seconds = Number(attributes.time)
    if (attributes.time !== undefined && Number.isFinite(seconds)) this.seconds = (this.seconds ?? 0) + seconds
    const stamp = attributes.timestamp
    if (this.created !== null || !stamp) return
    if (!/(Z|[+-]\d\d:?\d\d)$/.test(stamp)) {
      this.timestampWithoutZone = true
      return
    }
    const start = Date.parse(stamp)
    // the report's time is its end, as pytest-json-report's `created`
    if (Number.isFinite(start)) this.created = new Date(start + (Number.isFinite(seconds) ? seconds * 1000 : 0)).toISOString()
  }

  private result(open: OpenCase, name: string, attributes: Record<string, string>): void {
    if (RERUN_ELEMENTS.has(name)) {
      open.reruns++
      return
    }
    if (name !== 'failure' && name !== 'error' && name !== 'skipped') return
    this.capturing = open.result === null
    if (open.result !== null) return // the first result wins (a teardown error after a failure)
    open.result = name
    open.type = attributes.type ?? ''
    open.message = attributes.message ?? null
  }

  private caseRecord(open: OpenCase): TestRecord {
    const pytest = isPytestCase(open)
    const nodeid = pytest ? junitNodeid(open.classname, open.name, open.file) : foreignTestId(open.classname, open.name)
    // pytest's own testcases for a session that did not finish (see SessionRecord)
    if (open.classname === '' && open.name === '') this.unnamedCases++
    if (open.classname === 'pytest' && open.name === 'internal' && open.result === 'error') this.internalError = true
    let outcome: Outcome = 'passed'
    let message: string | null = null
    // pytest's failure text ends with its `E` lines; other runners' stack traces start with the error
    const fromText = pytest ? summariseFailureText : firstLine
    if (open.result === 'failure') {
      outcome = 'failed'
      message = open.message ? capMessage(open.message) : fromText(open.text)
    } else if (open.result === 'error') {
      outcome = 'error'
      if (open.message === 'collection failure') {
        this.collectionErrors++
        this.collectionErrorIds.add(nodeid)
        message = summariseFailureText(open.text) ?? open.message
      } else message = open.message ? capMessage(unwrapStageMessage(open.message)) : fromText(open.text)
    } else if (open.result === 'skipped') {
      outcome = open.type === 'pytest.xfail' ? 'xfailed' : 'skipped'
      message = open.message ? capMessage(open.message) : null
    } else if (open.reruns > 0) outcome = 'rerun'
    const fileMatches = open.file !== null && nodeid.startsWith(open.file + '::')
    return buildRecord(
      {
        nodeid,
        // another runner's id is not a path: its file is the `file` attribute, when there is one
        ...(pytest ? {} : { file: open.file }),
        outcome,
        durationSeconds: open.seconds,
        message,
        line: fileMatches || (!pytest && open.file !== null) ? open.line : null,
        reruns: open.reruns,
        tags: { userProperties: open.properties }
      },
      this.ctx
    )
  }
}

function openCase(attributes: Record<string, string>, suite: string): OpenCase {
  const seconds = Number(attributes.time)
  const line = Number(attributes.line)
  return {
    suite,
    classname: attributes.classname ?? '',
    name: attributes.name ?? '',
    file: attributes.file ? attributes.file.replace(/\\/g, '/') : null,
    // xunit1 `line` is 0-based, as pytest's location
    line: attributes.line !== undefined && Number.isInteger(line) && line >= 0 ? line + 1 : null,
    seconds: Number.isFinite(seconds) ? seconds : 0,
    result: null,
    type: '',
    message: null,
    text: '',
    properties: [],
    reruns: 0
  }
}

function firstLine(text: string): string | null {
  const line = text.split('\n').find((l) => l.trim() !== '')
  return line === undefined ? null : capMessage(line.trim())
}

/** `failed on setup with "ConnectionError: ..."` -> `ConnectionError: ...` (as the json report's crash message). */
function unwrapStageMessage(message: string): string {
  const match = /^failed on (?:setup|teardown) with "([\s\S]*)"$/.exec(message)
  return match ? match[1] : message
}

/**
 * Whether a testcase was written by pytest, whose ids can be turned back into nodeids. pytest's are
 * recognised by (any one): a `file` attribute ending in `.py` (xunit1); the enclosing suite named
 * `pytest` (pytest's default junit_suite_name); a classname made of Python identifiers whose module
 * part is a pytest test module by pytest's default naming (`test_*` or `*_test`), e.g.
 * `tests.test_cart.TestTotals`. Anything else (`com.example.CartTest` from Surefire, `Cart adds an
 * item` from jest-junit) keeps its runner's own id.
 */
export function isPytestCase(c: { suite: string; classname: string; name: string; file: string | null }): boolean {
  if (c.file !== null) return c.file.endsWith('.py')
  if (c.suite === 'pytest') return true
  // classname "" with the dotted module as name: pytest's record of a module it could not collect
  const segments = (c.classname === '' ? c.name : c.classname).split('.')
  if (!segments.every((s) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s))) return false
  const firstClass = segments.findIndex((s, i) => i > 0 && /^[A-Z]/.test(s))
  const module = segments[(firstClass === -1 ? segments.length : firstClass) - 1]
  return /^test_|_test$|^test$/.test(module)
}

/** The id of a testcase from another test runner: `classname::name`, or `name` when classname adds nothing. */
export function foreignTestId(classname: string, name: string): string {
  if (classname === '' || classname === name) return name || '<unnamed>'
  return `${classname}::${name || '<unnamed>'}`
}

/**
 * The pytest nodeid behind a JUnit testcase. pytest writes classname = the nodeid's file path
 * with `/` -> `.` and `.py` dropped, followed by any classes; name = the test function (with its
 * parameters). Going back:
 *   * classname "" (collection error or collection skip): name is the dotted module -> `a/b.py`;
 *   * xunit1 `file` attribute: when classname starts with that file's dotted module, the rest are
 *     classes (exact);
 *   * otherwise a heuristic: the first segment after the first one that starts with an
 *     uppercase letter begins the classes (`pkg.test_mod.TestA.TestB` ->
 *     `pkg/test_mod.py::TestA::TestB`). Wrong for an upper-case module or directory name, a
 *     lower-case class, or a directory with a dot in its name; use xunit1 or pytest-json-report
 *     when that matters.
 */
export function junitNodeid(classname: string, name: string, file: string | null): string {
  if (classname === '') return name === '' ? '<collection>' : `${name.replace(/\./g, '/')}.py`
  if (file !== null && file.endsWith('.py')) {
    const dotted = file.slice(0, -3).replace(/\//g, '.')
    if (classname === dotted) return `${file}::${name}`
    if (classname.startsWith(dotted + '.')) return [file, ...classname.slice(dotted.length + 1).split('.'), name].join('::')
  }
  const segments = classname.split('.')
  let firstClass = segments.length
  for (let i = 1; i < segments.length; i++) {
    if (/^[A-Z]/.test(segments[i])) {
      firstClass = i
      break
    }
  }
  const modulePath = segments.slice(0, firstClass).join('/') + '.py'
  return [modulePath, ...segments.slice(firstClass), name].join('::')
}

function xmlError(path: string, parser: SaxesParser, error: unknown): InputError {
  const raw = error instanceof Error ? error.message : String(error)
  const reason = raw.replace(/^.*?:\d+:\d+: /, '')
  const truncated = /unclosed|root element|end of|unexpected end/i.test(reason)
  const hint = truncated
    ? 'The XML ends before its elements are closed: the file looks truncated (pytest killed, or an upload cut short). Regenerate it.'
    : 'Regenerate it with pytest --junitxml=<file>; if another tool wrote or edited it, check that tool.'
  return new InputError(`${path}:${parser.line}:${parser.column}: invalid XML (${reason}). ${hint}`)
}
