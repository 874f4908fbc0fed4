// Reports as they arrive in real CI: missing, empty, cut off, the wrong file, summary-only,
// interrupted sessions, hostile test names and messages, bytes that are not UTF-8. Each one
// either reads (with a notice) or fails with an InputError that names the file and the fix.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../src/errors.js'
import { readReportFile, readReports, type ReadOptions } from '../../src/report/index.js'
import { MESSAGE_CAP } from '../../src/report/constants.js'
import type { TestRun } from '../../src/report/types.js'

const FIXTURES = join(process.cwd(), '__fixtures__', 'reports')
let work: string
let options: ReadOptions

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'report-bad-'))
  options = { format: 'auto', componentMap: null, cwd: work }
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

const write = (name: string, content: string | Buffer): string => {
  writeFileSync(join(work, name), content)
  return name
}

async function inputError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  return (error as InputError).message
}

describe('files that are not there', () => {
  it('names the missing file and the working directory', async () => {
    const message = await inputError(readReports(['reports/pytest.json'], options))
    expect(message).toContain('reports/pytest.json')
    expect(message).toContain(work)
    expect(await inputError(readReportFile('nope.json', options))).toContain(work)
  })

  it('names a glob that matches nothing and where it looked', async () => {
    mkdirSync(join(work, 'empty-dir'), { recursive: true })
    const message = await inputError(readReports(['empty-dir/**/*.json'], options))
    expect(message).toContain('empty-dir/**/*.json')
    expect(message).toContain('matched no file')
    expect(message).toContain(work)
  })

  it('says so for an empty file and a whitespace-only file', async () => {
    expect(await inputError(readReportFile(write('empty.json', ''), options))).toMatch(/empty\.json is empty/)
    expect(await inputError(readReportFile(write('blank.xml', '\n  \n'), options))).toMatch(/blank\.xml is empty/)
  })
})

describe('files that are cut off or broken', () => {
  it('truncated pytest-json-report: file:line:column and the word truncated', async () => {
    const text = readFileSync(join(FIXTURES, 'markers-demo.exported.pretty.json'), 'utf8')
    const cut = text.slice(0, 10_000)
    const lines = cut.split('\n')
    const message = await inputError(readReportFile(write('cut.json', cut), options))
    expect(message).toContain(`cut.json:${lines.length}:${lines[lines.length - 1].length + 1}`)
    expect(message).toMatch(/truncated/)
  })

  it('truncated JUnit XML: file:line:column', async () => {
    const text = readFileSync(join(FIXTURES, 'markers-demo.exported.junit.xml'), 'utf8')
    const message = await inputError(readReportFile(write('cut.xml', text.slice(0, 3000)), options))
    expect(message).toMatch(/^cut\.xml:\d+:\d+: invalid XML/)
    expect(message).toMatch(/truncated/)
  })

  it('malformed XML: the position of the error', async () => {
    const message = await inputError(readReportFile(write('bad.xml', '<testsuites>\n<testsuite>\n<testcase name="a" classname="b"></testsuite>'), options))
    expect(message).toMatch(/^bad\.xml:3:\d+: invalid XML/)
  })

  it('truncated reportlog: the line that is cut and its column', async () => {
    const lines = readFileSync(join(FIXTURES, 'markers-demo.exported.reportlog.jsonl'), 'utf8').split('\n')
    const text = lines.slice(0, 5).join('\n') + '\n' + lines[5].slice(0, 80)
    const message = await inputError(readReportFile(write('cut.jsonl', text), options))
    expect(message).toMatch(/^cut\.jsonl:6:\d+: invalid JSON line/)
  })
})

describe('the wrong file', () => {
  it('valid JSON that is not a pytest report: which keys are missing', async () => {
    const message = await inputError(readReportFile(write('package.json', JSON.stringify({ name: 'x', version: '1.0.0', scripts: {} })), options))
    expect(message).toContain('not a pytest-json-report')
    expect(message).toContain('created, duration, exitcode, root, summary, tests')
    expect(message).toContain('name, version, scripts')
  })

  it('a JSON array, an XML file that is not JUnit, and text that is neither', async () => {
    expect(await inputError(readReportFile(write('array.json', '[1, 2]'), options))).toMatch(/top-level value is an array/)
    expect(await inputError(readReportFile(write('page.xml', '<html><body/></html>'), options))).toMatch(/root element is <html>/)
    expect(await inputError(readReportFile(write('notes.txt', 'hello world'), options))).toMatch(/Could not tell the format of notes\.txt/)
  })

  it('a --json-report-summary report: says why there are no tests and what to change', async () => {
    copyFileSync(join(FIXTURES, 'cachetools-7.0.6.summary-only.pretty.json'), join(work, 'summary.json'))
    const message = await inputError(readReportFile('summary.json', options))
    expect(message).toContain('--json-report-summary')
    expect(message).toContain('277 passed, 2 skipped')
    expect(message).toMatch(/Remove --json-report-summary/)
  })

  it('a format given by the user wins over detection (and fails clearly when wrong)', async () => {
    copyFileSync(join(FIXTURES, 'markers-demo.exported.junit.xml'), join(work, 'report.dat'))
    expect((await readReportFile('report.dat', { ...options, format: 'junit' })).tests).toHaveLength(15)
    expect(await inputError(readReportFile('report.dat', { ...options, format: 'pytest-json' }))).toMatch(/report\.dat:1:1: invalid JSON/)
  })
})

describe('interrupted sessions', () => {
  it('pytest exit code 2 with a collection error: an error record, counted, with a notice', async () => {
    const run = await readReportFile(join(FIXTURES, 'collect-error-demo.pretty.json'), options)
    expect(run.meta.exit_code).toBe(2)
    expect(run.meta.collection_errors).toBe(1)
    expect(run.tests).toEqual([
      expect.objectContaining({ nodeid: 'test_broken_import.py', outcome: 'error', message: "ModuleNotFoundError: No module named 'payment_gateway_sdk'" })
    ])
    expect(run.notices.join('\n')).toMatch(/collection error/)
    expect(run.notices.join('\n')).toMatch(/exited with code 2/)
  })
})

const HOSTILE_NAME = 'test_x[<img src=x onerror=alert(1)>|**bold**|@octocat|`code`|line1\nline2]'
const LONG_MESSAGE = 'AssertionError: ' + '<b>|@admin|</b> '.repeat(700) // ~11 kB

describe('hostile text is data', () => {
  const nodeid = `tests/test_h.py::${HOSTILE_NAME}`
  const check = (run: TestRun) => {
    const test = run.tests.find((t) => t.nodeid === nodeid)
    expect(test).toBeDefined()
    expect(test?.message?.length).toBeLessThanOrEqual(MESSAGE_CAP)
    expect(test?.message?.startsWith('AssertionError: <b>|@admin|</b>')).toBe(true)
    expect(test?.message?.endsWith('…')).toBe(true)
  }

  it('pytest-json-report', async () => {
    const report = {
      created: 1,
      duration: 1,
      exitcode: 1,
      root: '/r',
      environment: {},
      summary: { failed: 1, total: 1, collected: 1 },
      tests: [{ nodeid, lineno: 0, outcome: 'failed', setup: { duration: 0, outcome: 'passed' }, call: { duration: 0, outcome: 'failed', crash: { path: '/r/x', lineno: 1, message: LONG_MESSAGE } }, teardown: { duration: 0, outcome: 'passed' } }]
    }
    check(await readReportFile(write('hostile.json', JSON.stringify(report)), options))
  })

  it('JUnit XML', async () => {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;')
    const xml = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" tests="1"><testcase classname="tests.test_h" name="${esc(HOSTILE_NAME)}" time="0.1"><failure message="${esc(LONG_MESSAGE)}">${esc(LONG_MESSAGE)}</failure></testcase></testsuite></testsuites>`
    check(await readReportFile(write('hostile.xml', xml), options))
  })

  it('pytest-reportlog', async () => {
    const line = (when: string, outcome: string, longrepr: unknown) =>
      JSON.stringify({ nodeid, location: ['tests/test_h.py', 1, 'x'], keywords: {}, outcome, longrepr, when, user_properties: [], sections: [], duration: 0.1, $report_type: 'TestReport' })
    const text = [
      JSON.stringify({ pytest_version: '7.2.1', $report_type: 'SessionStart' }),
      line('setup', 'passed', null),
      line('call', 'failed', { reprcrash: { path: '/r/x', lineno: 1, message: LONG_MESSAGE } }),
      line('teardown', 'passed', null),
      JSON.stringify({ exitstatus: 1, $report_type: 'SessionFinish' })
    ].join('\n')
    check(await readReportFile(write('hostile.jsonl', text), options))
  })
})

describe('bytes that are not UTF-8', () => {
  const bad = Buffer.from([0xff, 0xfe, 0xc3]) // invalid lead bytes and a cut 2-byte sequence

  it('pytest-json-report, whole and streamed: U+FFFD in the name, a notice, no crash', async () => {
    const before = Buffer.from('{"created": 1, "duration": 1, "exitcode": 0, "root": "/r", "summary": {"passed": 1, "total": 1}, "tests": [{"nodeid": "t.py::test_')
    const after = Buffer.from('", "lineno": 0, "outcome": "passed", "setup": {"duration": 0, "outcome": "passed"}, "teardown": {"duration": 0, "outcome": "passed"}}]}')
    write('latin.json', Buffer.concat([before, bad, after]))
    for (const streamThresholdBytes of [undefined, 0]) {
      const run = await readReportFile('latin.json', { ...options, streamThresholdBytes })
      expect(run.tests[0].nodeid).toMatch(/^t\.py::test_\uFFFD+$/)
      expect(run.notices.join('\n')).toMatch(/not valid UTF-8/)
    }
  })

  it('JUnit XML and reportlog', async () => {
    write('latin.xml', Buffer.concat([Buffer.from('<testsuites><testsuite name="pytest"><testcase classname="t" name="test_'), bad, Buffer.from('" time="1"/></testsuite></testsuites>')]))
    const junit = await readReportFile('latin.xml', options)
    expect(junit.tests[0].nodeid).toMatch(/^t\.py::test_\uFFFD+$/)
    expect(junit.notices.join('\n')).toMatch(/not valid UTF-8/)

    const head = Buffer.from('{"$report_type": "SessionStart"}\n{"nodeid": "t.py::test_')
    const tail = Buffer.from('", "when": "call", "outcome": "passed", "duration": 0.1, "$report_type": "TestReport"}\n')
    write('latin.jsonl', Buffer.concat([head, bad, tail]))
    const log = await readReportFile('latin.jsonl', options)
    expect(log.tests[0].nodeid).toMatch(/^t\.py::test_\uFFFD+$/)
    expect(log.notices.join('\n')).toMatch(/not valid UTF-8/)
  })
})
