// The streaming pytest-json reader (used above 64 MB, where a whole-file JSON.parse cannot work)
// must give exactly what the whole-file reader gives. The threshold is forced to 0 and the read
// size made small, so values, strings, escapes and multi-byte characters are cut at every place.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../src/errors.js'
import { readPytestJson } from '../../src/report/pytest-json.js'
import type { ReaderContext } from '../../src/report/record.js'

const DIR = join(process.cwd(), '__fixtures__', 'reports')
const work = mkdtempSync(join(tmpdir(), 'report-stream-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const ctx = (path: string): ReaderContext => ({ displayPath: path, componentMap: null })
const whole = (path: string) => readPytestJson(path, ctx(path))
const streamed = (path: string, chunk: number) => readPytestJson(path, ctx(path), 0, chunk)

const jsonFixtures = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.includes('summary-only'))

describe('streaming reader = whole-file reader', () => {
  it.each(jsonFixtures)('%s', async (file) => {
    const path = join(DIR, file)
    const expected = await whole(path)
    // tiny reads on small files; big files get an odd size that still splits hundreds of values
    const chunk = statSync(path).size < 40_000 ? 7 : 4093
    expect(await streamed(path, chunk)).toEqual(expected)
  })

  it('handles escapes, brackets in strings and multi-byte characters cut between reads', async () => {
    const nasty = 'a\\"b\\\\"c{[}]' // ends with an escaped backslash right before a quote
    const report = {
      created: 1795510624.5,
      duration: 1,
      exitcode: 1,
      root: '/r',
      environment: { note: 'x"y\\' },
      summary: { failed: 1, passed: 2, total: 3, collected: 3 },
      collectors: [],
      tests: [
        { nodeid: 'tests/test_ü.py::test_ünïcödé_€_😀', lineno: 3, outcome: 'passed', setup: { duration: 0.1, outcome: 'passed' }, teardown: { duration: 0.2, outcome: 'passed' } },
        {
          nodeid: `tests/test_a.py::test_x[${nasty}]`,
          lineno: 0,
          outcome: 'failed',
          setup: { duration: 0, outcome: 'passed' },
          call: { duration: 1e-5, outcome: 'failed', crash: { path: '/r/a', lineno: 1, message: `E: ${nasty} \\\\\\` } },
          teardown: { duration: 0, outcome: 'passed' }
        },
        { nodeid: 'tests/test_b.py::test_empty', lineno: 9, outcome: 'passed', keywords: [], setup: { duration: 0, outcome: 'passed' }, teardown: { duration: 0, outcome: 'passed' } }
      ]
    }
    // 0 and tabs: no layout the fast path knows (byte walk only); 2 and 4: guessed ends
    for (const indent of [0, 2, 4, '\t']) {
      const path = join(work, `nasty-${indent === '\t' ? 'tab' : indent}.json`)
      writeFileSync(path, '\uFEFF' + JSON.stringify(report, null, indent))
      const expected = await whole(path)
      expect(expected.tests.map((t) => t.nodeid)).toEqual(report.tests.map((t) => t.nodeid))
      for (const chunk of [1, 2, 3, 5]) expect(await streamed(path, chunk)).toEqual(expected)
    }
  })

  it('reports truncated and broken JSON with line:column in both paths', async () => {
    const text = JSON.stringify({ created: 1, duration: 1, exitcode: 0, root: '/r', summary: { total: 1 }, tests: [{ nodeid: 'a.py::t', outcome: 'passed', lineno: 0 }] }, null, 2)
    const truncated = join(work, 'truncated.json')
    writeFileSync(truncated, text.slice(0, text.indexOf('"outcome"') + 5))
    const lines = text.slice(0, text.indexOf('"outcome"') + 5).split('\n')
    const at = `truncated.json:${lines.length}:${lines[lines.length - 1].length + 1}`
    for (const read of [() => whole(truncated), () => streamed(truncated, 3)]) {
      const error = await read().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InputError)
      expect((error as Error).message).toContain(at)
      expect((error as Error).message).toMatch(/truncated/)
    }

    const broken = join(work, 'broken.json')
    const badText = text.replace('"passed",', '"passed";')
    writeFileSync(broken, badText)
    const before = badText.slice(0, badText.indexOf(';')).split('\n')
    const where = `broken.json:${before.length}:${before[before.length - 1].length + 1}`
    for (const read of [() => whole(broken), () => streamed(broken, 4)]) {
      const error = await read().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InputError)
      expect((error as Error).message).toContain(where)
    }
  })

  it('rejects structure errors the scanner itself sees: missing commas, trailing commas, data after the object', async () => {
    const cases = [
      '{"created": 1 "tests": []}',
      '{"tests": [{"nodeid": "a", "outcome": "passed"},]}',
      '{"tests": [], }',
      '{"tests": []} x'
    ]
    for (const [i, text] of cases.entries()) {
      const path = join(work, `structure-${i}.json`)
      writeFileSync(path, text)
      await expect(streamed(path, 4)).rejects.toThrow(/invalid JSON/)
      await expect(whole(path)).rejects.toThrow(/invalid JSON/)
    }
  })
})
