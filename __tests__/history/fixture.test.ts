import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { InputError } from '../../src/errors.js'
import { appendRuns, openHistory, rebuildRollup } from '../../src/history/index.js'
import type { Outcome } from '../../src/report/types.js'
import { makeRun } from '../support/git-history-runs.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../__fixtures__/history')
const FIXTURE = path.join(FIXTURES, 'v1')
/** The v1 history as written before flaky entries named the other run of their pair (never regenerated). */
const FIXTURE_3FIELD = path.join(FIXTURES, 'v1-3field')
/** Where UPDATE_HISTORY_FIXTURE=1 writes a history with the current code (the v1 fixtures stay as they were written). */
const FIXTURE_CURRENT = path.join(FIXTURES, 'current')

let work: string
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'history-fixture-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A bare repository whose `test-history` branch holds exactly the files of `tree`. */
function repoWithTree(name: string, tree: string): string {
  const bare = path.join(work, `${name}.git`)
  const src = path.join(work, `${name}-src`)
  execFileSync('git', ['init', '-q', '--bare', bare])
  cpSync(tree, src, { recursive: true })
  const git = (...args: string[]) => execFileSync('git', ['-C', src, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args])
  git('init', '-q', '-b', 'test-history')
  git('add', '-A')
  git('commit', '-q', '-m', 'fixture')
  git('push', '-q', bare, 'test-history')
  return bare
}

/** Writes the fixture with the current code (run with UPDATE_HISTORY_FIXTURE=1 after a schema change). */
async function writeFixture(): Promise<void> {
  const bare = path.join(work, 'gen.git')
  execFileSync('git', ['init', '-q', '--bare', bare])
  const clone = await openHistory({ remote: bare, tempDir: work })
  const tests = ['tests/test_cart.py::test_total', 'tests/test_cart.py::test_discount', 'tests/test_pay.py::test_timeout']
  const days = ['2026-01-02T09:00:00Z', '2026-01-09T09:00:00Z', '2026-01-09T10:00:00Z', '2026-02-20T09:00:00Z']
  for (const [i, created] of days.entries()) {
    const outcomes: Record<string, Outcome> = i === 1 ? { 'tests/test_pay.py::test_timeout': 'failed' } : i === 3 ? { 'tests/test_cart.py::test_discount': 'rerun' } : {}
    await appendRuns(clone, [makeRun({ created, build: `${900 + i}-1`, sha: i === 2 ? '1'.repeat(40) : `${i}`.repeat(40).slice(0, 40), tests, outcomes })], { retentionDays: 30 })
  }
  await clone.dispose()
  rmSync(FIXTURE_CURRENT, { recursive: true, force: true })
  mkdirSync(FIXTURE_CURRENT, { recursive: true })
  execFileSync('sh', ['-c', `git -C "${bare}" archive test-history | tar -x -C "${FIXTURE_CURRENT}"`])
}

describe('schema versions', () => {
  it('reads the committed schema_version 1 history, rebuilding its rollup so kept runs carry their tags', async () => {
    if (process.env.UPDATE_HISTORY_FIXTURE) await writeFixture()
    const remote = repoWithTree('v1', FIXTURE)
    const clone = await openHistory({ remote, tempDir: work })
    const rollup = clone.rollup()
    expect(rollup.schema_version).toBe(2)
    expect(clone.warnings).toEqual([]) // an old schema is no damage
    expect(rollup.runs.map((r) => r.build_id)).toEqual(['900-1', '901-1', '902-1', '903-1'])
    expect(rollup.runs.map((r) => r.file === null)).toEqual([true, true, true, false]) // retention: 30 days
    // a pruned run's failure (from archive.json) has no recorded tags; the kept run's failure has its suite's
    expect(rollup.tests['tests/test_pay.py::test_timeout'].failures).toEqual([['2026-01-09T09:00:00.000Z', '20260109T090000Z-901-1', 'failed']])
    expect(rollup.tests['tests/test_cart.py::test_discount'].failures).toEqual([['2026-02-20T09:00:00.000Z', '20260220T090000Z-903-1', 'rerun', 'checkout', 'general']])
    expect(rollup.tests['tests/test_pay.py::test_timeout'].flaky).toEqual([['2026-01-09T10:00:00.000Z', '20260109T100000Z-902-1', '1'.repeat(40), '20260109T090000Z-901-1']])
    expect(rollup.tests['tests/test_cart.py::test_discount'].flaky).toEqual([['2026-02-20T09:00:00.000Z', '20260220T090000Z-903-1', '3'.repeat(40), null]])
    expect(rollup.tests['tests/test_cart.py::test_total'].seen).toEqual({ main: { first: '2026-01-02T09:00:00.000Z', last: '2026-02-20T09:00:00.000Z', runs: 4 } })
    expect(rollup.tests['tests/test_cart.py::test_total'].ran).toEqual(rollup.tests['tests/test_cart.py::test_total'].seen)
    expect(await rebuildRollup(clone)).toEqual(rollup)

    // the next stored run writes a schema 2 rollup; old runs keep their ids
    const ids = rollup.runs.map((r) => r.id)
    await appendRuns(clone, [makeRun({ created: '2026-02-21T09:00:00Z', build: '904-1', sha: '4'.repeat(40), tests: ['tests/test_cart.py::test_total'] })], { retentionDays: 0 })
    await clone.dispose()
    const stored = JSON.parse(execFileSync('git', ['-C', remote, 'show', 'test-history:rollup.json'], { encoding: 'utf8' }))
    expect(stored.schema_version).toBe(2)
    expect(stored.runs.map((r: unknown[]) => r[0]).slice(0, 4)).toEqual(ids)
    const reader = await openHistory({ remote, tempDir: work })
    expect(reader.describe()).toMatchObject({ schema_version: 2, runs: 5, uncovered_runs: 0 })
    expect(reader.rollup().tests['tests/test_cart.py::test_discount'].failures).toEqual(rollup.tests['tests/test_cart.py::test_discount'].failures)
    await reader.dispose()
  })

  it('reads a v1 history whose flaky entries do not name the other run, and keeps adding to it', async () => {
    const remote = repoWithTree('v1-3field', FIXTURE_3FIELD)
    const clone = await openHistory({ remote, tempDir: work })
    const rollup = clone.rollup()
    // the pair's earlier run is unknown there: other = null, which readers treat as before
    expect(rollup.tests['tests/test_pay.py::test_timeout'].flaky).toEqual([['2026-01-09T10:00:00.000Z', '20260109T100000Z-902-1', '1'.repeat(40), null]])
    expect(await rebuildRollup(clone)).toEqual(rollup)
    await clone.dispose()

    // a failure on the sha of the kept `rerun` run pairs with it (a rerun pairs as a pass)
    const tests = ['tests/test_cart.py::test_total', 'tests/test_cart.py::test_discount', 'tests/test_pay.py::test_timeout']
    const writer = await openHistory({ remote, tempDir: work })
    await appendRuns(writer, [makeRun({ created: '2026-02-21T09:00:00Z', build: '904-1', sha: '3'.repeat(40), tests, outcomes: { 'tests/test_cart.py::test_discount': 'failed' } })], { retentionDays: 30 })
    await writer.dispose()
    const reader = await openHistory({ remote, tempDir: work })
    const after = reader.rollup()
    expect(after.tests['tests/test_pay.py::test_timeout'].flaky).toEqual(rollup.tests['tests/test_pay.py::test_timeout'].flaky)
    const added = after.runs.find((r) => r.build_id === '904-1')?.id as string
    expect(added).toMatch(/^20260221T090000Z-904-1-test-[0-9a-f]{10}$/)
    expect(after.tests['tests/test_cart.py::test_discount'].flaky).toEqual([
      ['2026-02-20T09:00:00.000Z', '20260220T090000Z-903-1', '3'.repeat(40), null],
      ['2026-02-21T09:00:00.000Z', added, '3'.repeat(40), '20260220T090000Z-903-1']
    ])
    expect(await rebuildRollup(reader)).toEqual(after)
    await reader.dispose()
  })

  it('stops on a history written by a newer version', async () => {
    const tree = path.join(work, 'v99')
    cpSync(FIXTURE, tree, { recursive: true })
    const rollupPath = path.join(tree, 'rollup.json')
    writeFileSync(rollupPath, readFileSync(rollupPath, 'utf8').replace('"schema_version":1', '"schema_version":99'))
    // never rebuilt around: the reader stops, and nothing is written
    const error = await openHistory({ remote: repoWithTree('v99', tree), tempDir: work }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(/^this history was written by a newer version of the action \(99\); upgrade/)
  })
})
