import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { encodeState } from '../../src/history/codec.js'
import { appendRuns, openHistory, type NewRun } from '../../src/history/index.js'
import { applyRun, compareKeys, emptyState, peerOf, type ShaPeer } from '../../src/history/rollup.js'
import { buildRun } from '../../src/history/runfile.js'
import type { RunInfo } from '../../src/history/types.js'
import type { Outcome } from '../../src/report/types.js'
import { makeRun, seeded } from '../support/git-history-runs.js'

let work: string
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'history-rebuild-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/**
 * 36 runs over ten weeks: reruns of the same sha, a test that flips on one sha, a `rerun` outcome,
 * a broken test, tests added and removed, two branches, runs with no sha, some runs delivered late.
 */
function scenario(): NewRun[] {
  const rnd = seeded(7)
  const runs: NewRun[] = []
  const start = Date.parse('2026-01-01T08:00:00Z')
  for (let i = 0; i < 36; i++) {
    const created = new Date(start + i * 2 * 86_400_000 + Math.floor(rnd() * 3_600_000)).toISOString()
    const shaIndex = i % 6 === 1 ? i - 1 : i // every sixth run re-runs the previous commit
    const sha = i % 11 === 5 ? null : shaIndex.toString(16).padStart(40, '0')
    const tests = ['t/a.py::ok', 't/a.py::flips', 't/a.py::broken', 't/b.py::rerunner', 't/b.py::slow']
    if (i >= 10) tests.push('t/c.py::added_later')
    if (i < 20) tests.push('t/c.py::removed_later')
    const outcomes: Record<string, Outcome> = {}
    if (i >= 12 && i < 18) outcomes['t/a.py::broken'] = 'failed'
    if (i % 6 === 1) outcomes['t/a.py::flips'] = 'failed' // fails on the re-run of a sha that passed
    if (i % 7 === 3) outcomes['t/b.py::rerunner'] = 'rerun'
    if (i % 9 === 4) outcomes['t/a.py::ok'] = 'skipped'
    if (i % 13 === 8) outcomes['t/c.py::added_later'] = 'error'
    runs.push(
      makeRun({
        created,
        build: `${100 + i}-1`,
        sha,
        branch: i % 5 === 2 ? 'feature/x' : 'main',
        tests,
        outcomes,
        durations: { 't/b.py::slow': 1000 + i * 37 },
        component: (id) => (id.startsWith('t/a') ? 'checkout' : i > 25 ? 'payments' : 'billing')
      })
    )
  }
  return runs
}

/** The reference: every run applied in (created, id) order, nothing pruned. */
function replayAll(runs: NewRun[]) {
  const state = emptyState()
  const built = runs.map((r, i) => buildRun({ ...r.info, id: `r${i}`, created: new Date(r.info.created).toISOString() } as RunInfo, r.run))
  built.sort((a, b) => compareKeys(a.runFile.run, b.runFile.run))
  const bySha = new Map<string, ShaPeer[]>()
  for (const b of built) {
    const sha = b.runFile.run.sha
    applyRun(state, b.runFile, b.suite, { file: null, sameSha: sha ? (bySha.get(sha) ?? []) : [] })
    if (sha) bySha.set(sha, [...(bySha.get(sha) ?? []), peerOf(b.runFile, b.suite)])
  }
  return state
}

describe('rollup == rebuild', () => {
  it('holds after many ingests with reruns, flaky tests, retention pruning and late runs', async () => {
    const remote = path.join(work, 'many.git')
    execFileSync('git', ['init', '-q', '--bare', remote])
    const runs = scenario()
    // delivery order: mostly in time, but some runs arrive late, and two arrive together (backfill)
    const order = runs.map((_, i) => i)
    for (const [a, b] of [[3, 7], [14, 19], [27, 30]]) [order[a], order[b]] = [order[b], order[a]]
    const clone = await openHistory({ remote, tempDir: work })
    for (let k = 0; k < order.length; k++) {
      if (k === 20) {
        await appendRuns(clone, [runs[order[20]], runs[order[21]]], { retentionDays: 30 })
        k++
        continue
      }
      const res = await appendRuns(clone, [runs[order[k]]], { retentionDays: 30 })
      expect(res.status).toBe('stored')
    }
    await clone.dispose()

    const reader = await openHistory({ remote, tempDir: work })
    const rollup = reader.rollup()
    expect(rollup.runs).toHaveLength(36)
    const pruned = rollup.runs.filter((r) => r.file === null)
    expect(pruned.length).toBeGreaterThan(5) // retention really pruned
    const rebuilt = await reader.rebuildState()
    expect(rebuilt.rollup).toEqual(rollup)
    // the stored rollup.json, once compacted, is the encoding of the rebuilt state
    const stored = execFileSync('git', ['-C', remote, 'show', 'test-history:rollup.json'], { encoding: 'utf8' })
    if (reader.describe().uncovered_runs === 0) expect(encodeState(rebuilt)).toBe(stored)

    // and the same facts as replaying every run with nothing pruned
    const reference = replayAll(runs).rollup
    const ids = new Map(reference.runs.map((r, i) => [r.id, rollup.runs[i].id]))
    const renamed = JSON.parse(JSON.stringify(reference.tests).replace(/"r\d+"/g, (m) => JSON.stringify(ids.get(JSON.parse(m)))))
    expect(rollup.tests).toEqual(renamed)

    const flips = rollup.tests['t/a.py::flips']
    expect(flips.flaky.length).toBeGreaterThan(0)
    expect(flips.flaky.every(([, , sha]) => rollup.runs.filter((r) => r.sha === sha).length >= 2)).toBe(true)
    expect(rollup.tests['t/b.py::rerunner'].flaky.length).toBeGreaterThan(0)
    expect(rollup.tests['t/a.py::broken'].failures).toHaveLength(6)
    expect(rollup.tests['t/c.py::added_later'].component).toBe('payments')
    expect(rollup.updated_at).toBe(rollup.runs.at(-1)?.created)
    await reader.dispose()
  })

  it('gives the same state whatever order the runs are applied in', () => {
    const runs = scenario()
    const built = runs.map((r, i) => buildRun({ ...r.info, id: `r${String(i).padStart(2, '0')}`, created: new Date(r.info.created).toISOString() } as RunInfo, r.run))
    const encodings = new Set<string>()
    for (const seed of [1, 2, 3]) {
      const rnd = seeded(seed)
      const shuffled = [...built].sort(() => rnd() - 0.5)
      const state = emptyState()
      const applied: typeof built = []
      for (const b of shuffled) {
        const peers = applied.filter((o) => b.runFile.run.sha && o.runFile.run.sha === b.runFile.run.sha).map((o) => peerOf(o.runFile, o.suite))
        applyRun(state, b.runFile, b.suite, { file: null, sameSha: peers })
        applied.push(b)
      }
      encodings.add(encodeState(state))
    }
    expect(encodings.size).toBe(1)
  })
})
