import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { decodeState, encodeState } from '../../src/history/codec.js'
import { makeRunId, runFilePath, sanitizePathSegment, validateBranchName } from '../../src/history/ids.js'
import { migrateDocument } from '../../src/history/migrate.js'
import { planPrune, retentionAnchor } from '../../src/history/retention.js'
import { applyRun, emptyState, peerOf, type ShaPeer } from '../../src/history/rollup.js'
import { buildRun, NODEID_CAP, roundDuration } from '../../src/history/runfile.js'
import { serializeLines, stableStringify } from '../../src/history/serialize.js'
import type { RunIndexEntry, RunInfo } from '../../src/history/types.js'
import { MESSAGE_CAP } from '../../src/report/constants.js'
import type { Outcome } from '../../src/report/types.js'
import { makeRun } from '../support/git-history-runs.js'

describe('ids that become paths', () => {
  it.each(['..', '../../etc/passwd', 'a/b', 'a\\b', '.hidden', '', 'x'.repeat(300), 'run 12 (retry)'])('sanitises %j', (raw) => {
    const s = sanitizePathSegment(raw)
    expect(s).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/)
    expect(s).not.toContain('..')
    expect(s.length).toBeLessThanOrEqual(100)
  })
  it('keeps different ids different and clean ids as they are', () => {
    expect(sanitizePathSegment('a/b')).not.toBe(sanitizePathSegment('a_b'))
    expect(sanitizePathSegment('12345-1')).toBe('12345-1')
    expect(makeRunId('2026-01-05T10:15:30.123Z', '987-2')).toBe('20260105T101530Z-987-2')
    expect(makeRunId('2026-01-05T10:15:30Z', { build_id: '987-2', job: 'test', matrix_leg: '3' }, 'abcdef0123456789')).toBe('20260105T101530Z-987-2-test-3-abcdef0123')
    // a matrix given as JSON becomes a short hash; two legs stay apart
    const leg = (m: string) => makeRunId('2026-01-05T10:15:30Z', { build_id: '987-2', job: 'test', matrix_leg: m }, 'ff')
    expect(leg('{"python": "3.12", "os": "ubuntu"}')).toMatch(/^20260105T101530Z-987-2-test-m[0-9a-f]{10}-ff$/)
    expect(leg('{"python": "3.12"}')).not.toBe(leg('{"python": "3.13"}'))
    expect(runFilePath('2026-01-05T10:15:30Z', '../x')).toMatch(/^runs\/2026\/01\/[^/]+\.json$/)
  })
  it('validates branch names like git check-ref-format', () => {
    for (const ok of ['test-history', 'data/test-history', 'a.b', 'v1_2']) expect(validateBranchName(ok)).toBe(ok)
    for (const bad of ['', 'a..b', 'a b', '/a', 'a/', 'a//b', 'a.', 'a.lock', 'x/.y', 'a@{1}', '@', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[b', 'a\\b', '-a', 'a\u0001']) {
      expect(() => validateBranchName(bad)).toThrow(InputError)
    }
  })
})

describe('serialisation', () => {
  it('sorts keys and puts one entry per line', () => {
    expect(stableStringify({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}')
    expect(serializeLines({ z: { y: 1, x: [1, 2] }, a: [] }, 2)).toBe('{\n"a":[],\n"z":{\n"x":[1,2],\n"y":1\n}\n}\n')
  })
})

describe('run files', () => {
  it('keeps non-passed results and the slowest durations only', () => {
    const tests = Array.from({ length: 200 }, (_, i) => `t.py::t${i}`)
    const durations = Object.fromEntries(tests.map((t, i) => [t, i * 10 + 3]))
    const { info, run } = makeRun({ created: '2026-01-01T00:00:00Z', build: '1', tests, durations, outcomes: { 't.py::t0': 'failed', 't.py::t1': 'skipped' } })
    const built = buildRun({ ...info, id: 'x' } as RunInfo, run)
    expect(Object.keys(built.runFile.results)).toHaveLength(52)
    expect(built.runFile.results['t.py::t0']).toMatchObject({ o: 'failed', msg: 'AssertionError: t.py::t0 broke' })
    expect(built.runFile.results['t.py::t199']).toEqual({ ms: 2000 })
    expect(built.runFile.summary).toEqual({ total: 200, passed: 198, failed: 1, skipped: 1 })
    expect(built.suite.tests).toHaveLength(200)
    expect(roundDuration(1234.5)).toBe(1200)
    expect(roundDuration(47.4)).toBe(47)
  })
})

describe('run identity and bounds', () => {
  const spec = { created: '2026-01-05T10:00:00Z', build: '77-1', tests: ['t.py::a', 't.py::b'] }
  it('gives two matrix legs of one workflow run different ids, and the same report of one job attempt the same id', () => {
    const one = makeRun({ ...spec, outcomes: { 't.py::a': 'failed' } })
    const legA = buildRun({ ...one.info, matrix_leg: '0' }, one.run).runFile.run.id
    const legB = buildRun({ ...one.info, matrix_leg: '1' }, one.run).runFile.run.id
    const otherJob = buildRun({ ...one.info, job: 'lint' }, one.run).runFile.run.id
    expect(new Set([legA, legB, otherJob]).size).toBe(3)
    expect(buildRun({ ...one.info, matrix_leg: '0' }, one.run).runFile.run.id).toBe(legA)
    // without a leg, different reports of two legs still differ by their content hash
    const two = makeRun({ ...spec, outcomes: { 't.py::b': 'failed' } })
    expect(buildRun(one.info, one.run).runFile.run.id).not.toBe(buildRun(two.info, two.run).runFile.run.id)
  })

  it('cuts a huge nodeid and message to their bounds, keeping them unique and stable', () => {
    const huge = 't.py::test_' + 'x'.repeat(200_000)
    const other = 't.py::test_' + 'x'.repeat(199_999) + 'y'
    const { info, run } = makeRun({ ...spec, tests: [huge, other], outcomes: { [huge]: 'failed' } })
    run.tests[0].message = 'E'.repeat(1_000_000)
    const built = buildRun(info, run)
    const ids = built.suite.tests.map((r) => r[0])
    expect(ids.every((id) => id.length <= NODEID_CAP)).toBe(true)
    expect(new Set(ids).size).toBe(2)
    expect(buildRun(info, run).suite.tests.map((r) => r[0])).toEqual(ids)
    const result = Object.values(built.runFile.results).find((r) => r.o === 'failed')
    expect(result?.msg?.length).toBeLessThanOrEqual(MESSAGE_CAP)
    expect(built.runText.length + built.suiteText.length).toBeLessThan(10_000)
  })
})

describe('per-run tags and runs that ran', () => {
  it('records the tags of the run on each failure and counts skipped runs as seen but not ran', () => {
    const nodeid = 't.py::moved'
    const mk = (created: string, build: string, outcome: Outcome, component: string) => {
      const { info, run } = makeRun({ created, build, tests: [nodeid], outcomes: { [nodeid]: outcome }, component: () => component })
      return buildRun(info, run)
    }
    const state = emptyState()
    for (const b of [mk('2026-01-01T00:00:00Z', '1', 'failed', 'billing'), mk('2026-01-02T00:00:00Z', '2', 'skipped', 'billing'), mk('2026-01-03T00:00:00Z', '3', 'error', 'payments')]) {
      applyRun(state, b.runFile, b.suite, { file: null, sameSha: [] })
    }
    const t = state.rollup.tests[nodeid]
    expect(t.component).toBe('payments')
    expect(t.failures.map((f) => [f[2], f[3]])).toEqual([['failed', 'billing'], ['error', 'payments']])
    expect(t.seen.main.runs).toBe(3)
    expect(t.ran?.main).toEqual({ first: '2026-01-01T00:00:00Z', last: '2026-01-03T00:00:00Z', runs: 2 })
    const text = encodeState(state)
    expect(text).toContain('"failure_tags":{"0":["billing","general"]}')
    expect(decodeState(text, 'rollup.json', 'rollup')).toEqual(state)
  })
})

describe('migration', () => {
  it('upgrades version 1 files and refuses newer versions', () => {
    expect(migrateDocument('run', { schema_version: 1, x: 1 }, 'f')).toEqual({ schema_version: 2, x: 1 })
    // schema 1 failures carry no run tags: marked, so readers fall back to the test's tags
    expect(migrateDocument('rollup', { schema_version: 1, tests: { a: { failures: '1 2e' } } }, 'f')).toEqual({ schema_version: 2, tests: { a: { failures: '1? 2e?' } } })
    expect(() => migrateDocument('suite', { schema_version: 3 }, 'f')).toThrow('this history was written by a newer version of the action (3); upgrade')
    expect(() => migrateDocument('suite', { x: 1 }, 'f')).toThrow(InputError)
  })
})

describe('retention', () => {
  const entry = (id: string, created: string, sha: string | null): RunIndexEntry => ({ id, created, sha, branch: 'main', event: 'push', build_id: id, file: `runs/${id}.json`, summary: { total: 1 } })
  it('prunes old runs, but keeps the runs of a sha together', () => {
    const runs = [
      entry('old', '2026-01-01T00:00:00.000Z', 'a'),
      entry('old-shared', '2026-01-02T00:00:00.000Z', 'b'),
      entry('old-nosha', '2026-01-03T00:00:00.000Z', null),
      entry('new-shared', '2026-03-01T00:00:00.000Z', 'b'),
      entry('new', '2026-03-02T00:00:00.000Z', 'c')
    ]
    expect(planPrune(runs, 30, '2026-03-02T00:00:00.000Z').map((r) => r.id)).toEqual(['old', 'old-nosha'])
    expect(planPrune(runs, 0, '2026-03-02T00:00:00.000Z')).toEqual([])
  })
  it('counts from the present or the run being stored, never from a future one', () => {
    const now = new Date('2026-03-02T00:00:00Z')
    expect(retentionAnchor(now, [{ created: '2099-01-01T00:00:00.000Z' }])).toBe(now.toISOString())
    expect(retentionAnchor(now, [{ created: '2025-06-01T00:00:00.000Z' }])).toBe('2025-06-01T00:00:00.000Z')
    expect(retentionAnchor(now)).toBe(now.toISOString())
  })
})

describe('defaults', () => {
  it('builds the remote from the server URL and the repository', async () => {
    const { defaultRemote } = await import('../../src/history/index.js')
    expect(defaultRemote('https://github.com/', 'acme/shop')).toBe('https://github.com/acme/shop.git')
  })
})

describe('flaky evidence', () => {
  const sha = 'f'.repeat(40)
  const nodeid = 't.py::flips'
  const built = (created: string, build: string, outcome: Outcome, branch = 'main') => {
    const { info, run } = makeRun({ created, build, sha, branch, tests: [nodeid], outcomes: { [nodeid]: outcome } })
    return buildRun({ ...info, id: makeRunId(created, build) } as RunInfo, run)
  }
  /** Applies the runs in the given order, each compared with the runs of its sha applied before it. */
  const rollupOf = (runs: ReturnType<typeof built>[]) => {
    const state = emptyState()
    const applied: ShaPeer[] = []
    for (const r of runs) {
      applyRun(state, r.runFile, r.suite, { file: `runs/${r.runFile.run.id}.json`, sameSha: applied })
      applied.push(peerOf(r.runFile, r.suite))
    }
    return state
  }
  const a = built('2026-01-01T00:00:00.000Z', '1', 'failed', 'feature/a')
  const b = built('2026-01-02T00:00:00.000Z', '2', 'passed')
  const c = built('2026-01-03T00:00:00.000Z', '3', 'rerun', 'feature/a')
  const d = built('2026-01-04T00:00:00.000Z', '4', 'error')

  it('records one entry per differing pair on the later run, naming the earlier, whatever the order of arrival', () => {
    const want = [
      ['2026-01-02T00:00:00.000Z', b.runFile.run.id, sha, a.runFile.run.id],
      // a rerun is its own evidence, and pairs as a pass: with the failure of a, not with the pass of b
      ['2026-01-03T00:00:00.000Z', c.runFile.run.id, sha, null],
      ['2026-01-03T00:00:00.000Z', c.runFile.run.id, sha, a.runFile.run.id],
      ['2026-01-04T00:00:00.000Z', d.runFile.run.id, sha, b.runFile.run.id],
      ['2026-01-04T00:00:00.000Z', d.runFile.run.id, sha, c.runFile.run.id]
    ]
    const inOrder = rollupOf([a, b, c, d])
    expect(inOrder.rollup.tests[nodeid].flaky).toEqual(want)
    expect(rollupOf([d, b, c, a]).rollup).toEqual(inOrder.rollup)
    expect(rollupOf([c, a, d, b]).rollup).toEqual(inOrder.rollup)
  })

  it('encodes the other run as a distance back, and reads entries without one (older histories) as other = null', () => {
    const state = rollupOf([a, b, c, d])
    const text = encodeState(state)
    expect(text).toContain('"flaky":"1/1 1 0/2 1/2 0/1"')
    expect(decodeState(text, 'rollup.json', 'rollup')).toEqual(state)
    const old = decodeState(text.replace('"flaky":"1/1 1 0/2 1/2 0/1"', '"flaky":"1 1"'), 'rollup.json', 'rollup')
    expect(old.rollup.tests[nodeid].flaky).toEqual([
      ['2026-01-02T00:00:00.000Z', b.runFile.run.id, sha, null],
      ['2026-01-03T00:00:00.000Z', c.runFile.run.id, sha, null]
    ])
    for (const bad of ['"flaky":"1/0"', '"flaky":"1/9"', '"flaky":"1/x"']) {
      expect(() => decodeState(text.replace('"flaky":"1/1 1 0/2 1/2 0/1"', bad), 'rollup.json', 'rollup')).toThrow(InputError)
    }
  })
})
