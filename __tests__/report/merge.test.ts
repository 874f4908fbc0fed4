// Several files -> one run, and the rule for a nodeid seen more than once (src/report/merge.ts).
import { afterAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dedupeTests, mergeRuns, readReports } from '../../src/report/index.js'
import type { Outcome, TestRecord, TestRun } from '../../src/report/types.js'
import { validateRun } from '../../src/report/validate.js'

const FIXTURES = join(process.cwd(), '__fixtures__', 'reports')
const work = mkdtempSync(join(tmpdir(), 'report-merge-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const record = (outcome: Outcome, extra: Partial<TestRecord> = {}): TestRecord => ({
  nodeid: 't.py::test_a',
  outcome,
  duration_ms: 10,
  component: 'c',
  failure_mode: 'general',
  incident: null,
  tag_source: 'metadata',
  message: outcome === 'failed' ? 'AssertionError: boom' : null,
  file: 't.py',
  line: 3,
  reruns: 0,
  ...extra
})

const mergeOne = (...copies: TestRecord[]): TestRecord => {
  const { tests } = dedupeTests(copies)
  expect(tests).toHaveLength(1)
  return tests[0]
}

describe('one nodeid, several copies', () => {
  it('failed in one copy, passed in another: rerun (flaky), failure message kept, durations summed', () => {
    for (const order of [
      [record('failed'), record('passed')],
      [record('passed'), record('failed')]
    ]) {
      expect(mergeOne(...order)).toMatchObject({ outcome: 'rerun', message: 'AssertionError: boom', duration_ms: 20, reruns: 1 })
    }
    expect(mergeOne(record('error'), record('xpassed')).outcome).toBe('rerun')
    expect(mergeOne(record('rerun', { reruns: 2 }), record('passed')).reruns).toBe(2)
  })

  it('failed every time: the latest failure, the others counted as reruns', () => {
    expect(mergeOne(record('error'), record('failed'))).toMatchObject({ outcome: 'failed', reruns: 1 })
    expect(mergeOne(record('failed'), record('skipped'))).toMatchObject({ outcome: 'failed', reruns: 0 })
  })

  it('no failure: a copy that ran beats one that was skipped', () => {
    expect(mergeOne(record('passed'), record('skipped')).outcome).toBe('passed')
    expect(mergeOne(record('skipped'), record('xfailed')).outcome).toBe('xfailed')
    expect(mergeOne(record('skipped'), record('skipped')).outcome).toBe('skipped')
  })

  it('tags come from the latest copy', () => {
    expect(mergeOne(record('passed', { component: 'old' }), record('passed', { component: 'new', line: null }))).toMatchObject({ component: 'new', line: 3 })
  })

  it('keeps first-appearance order and leaves unique records alone', () => {
    const other = record('passed', { nodeid: 't.py::test_b' })
    const { tests, duplicates, examples } = dedupeTests([record('failed'), other, record('passed')])
    expect(tests.map((t) => t.nodeid)).toEqual(['t.py::test_a', 't.py::test_b'])
    expect(duplicates).toBe(1)
    expect(examples).toEqual(['t.py::test_a'])
  })
})

const run = (created: string | null, tests: TestRecord[], exit: number | null, file: string): TestRun => ({
  meta: { created, format: 'pytest-json', files: [file], exit_code: exit, duration_s: 1.5, collection_errors: 0 },
  tests,
  notices: []
})

describe('several runs', () => {
  it('orders by report time, sums durations, keeps the latest time and the worst exit code', () => {
    const merged = mergeRuns([
      run('2026-11-24T10:00:00.000Z', [record('passed', { component: 'late' })], 0, 'b.json'),
      run('2026-11-24T09:00:00.000Z', [record('failed', { component: 'early' })], 1, 'a.json')
    ])
    expect(merged.meta).toEqual({
      created: '2026-11-24T10:00:00.000Z',
      format: 'pytest-json',
      files: ['a.json', 'b.json'],
      exit_code: 1,
      duration_s: 3,
      collection_errors: 0
    })
    expect(merged.tests).toEqual([expect.objectContaining({ outcome: 'rerun', component: 'late' })])
    expect(merged.notices.join(' ')).toMatch(/1 test\(s\) appeared more than once/)
  })

  it('treats an empty shard (exit 5) as normal, and an interrupted one as the worst', () => {
    const exit = (...codes: Array<number | null>) => mergeRuns(codes.map((c, i) => run(null, [], c, `${i}.json`))).meta.exit_code
    expect(exit(0, 5)).toBe(0)
    expect(exit(5, 5)).toBe(5)
    expect(exit(1, 2, 0)).toBe(2)
    expect(exit(null, null)).toBeNull()
  })

  it('reads matrix shards through a glob into one run', async () => {
    mkdirSync(join(work, 'shards', 'py311'), { recursive: true })
    mkdirSync(join(work, 'shards', 'py312'), { recursive: true })
    copyFileSync(join(FIXTURES, 'markers-demo.exported.pretty.json'), join(work, 'shards', 'py311', 'report.json'))
    // the same suite where the flaky test failed and the refund test passed
    const second = JSON.parse(readFileSync(join(FIXTURES, 'markers-demo.exported.pretty.json'), 'utf8'))
    for (const t of second.tests) {
      if (t.nodeid.endsWith('test_flaky_passes_on_rerun')) t.outcome = 'failed'
      if (t.nodeid.endsWith('test_refund_partial')) t.outcome = 'passed'
    }
    second.created += 60
    writeFileSync(join(work, 'shards', 'py312', 'report.json'), JSON.stringify(second))
    writeFileSync(join(work, 'shards', 'notes.txt'), 'not a report')

    const merged = await readReports(['shards/**/*.json'], { format: 'auto', componentMap: null, cwd: work })
    expect(merged.meta.files).toEqual(['shards/py311/report.json', 'shards/py312/report.json'])
    expect(merged.tests).toHaveLength(15)
    const outcome = (name: string) => merged.tests.find((t) => t.nodeid.endsWith(name))?.outcome
    expect(outcome('test_flaky_passes_on_rerun')).toBe('rerun')
    expect(outcome('test_refund_partial')).toBe('rerun')
    expect(outcome('test_gateway_5xx[adyen]')).toBe('failed')
    expect(outcome('test_xpass')).toBe('xpassed')
    expect(merged.notices.join(' ')).toMatch(/15 test\(s\) appeared more than once/)
  })

  it('reads the same session from several formats as one run without inventing failures', async () => {
    const merged = await readReports(
      ['markers-demo.exported.pretty.json', 'markers-demo.exported.reportlog.jsonl'],
      { format: 'auto', componentMap: null, cwd: FIXTURES }
    )
    expect(merged.tests).toHaveLength(15)
    expect(merged.tests.filter((t) => t.outcome === 'failed')).toHaveLength(4)
    expect(merged.notices.join(' ')).toMatch(/mix formats/)
  })
})

describe('validation of big runs', () => {
  it('checks every record of a run too big for a full zod parse, and fails with zod\'s error', () => {
    const tests = Array.from({ length: 5000 }, (_, i) => record('passed', { nodeid: `t.py::test_${i}` }))
    const good = run(null, tests, 0, 'big.json')
    expect(validateRun(good)).toBe(good)
    const bad = run(null, tests.map((t, i) => (i === 4321 ? { ...t, line: 0 } : t)), 0, 'big.json')
    expect(() => validateRun(bad)).toThrow(/line/)
    const badOutcome = run(null, tests.map((t, i) => (i === 17 ? { ...t, outcome: 'exploded' as Outcome } : t)), 0, 'big.json')
    expect(() => validateRun(badOutcome)).toThrow(/outcome/)
  })
})
