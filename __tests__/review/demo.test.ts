/** The review on the bundled demo data (real pytest-json reports, March to October 2026), as the demo command builds it. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { readManifest } from '../../src/cli/manifest.js'
import { appendRuns, openHistory, type HistoryClone, type NewRun } from '../../src/history/index.js'
import { readIncidentsFile } from '../../src/incidents/file.js'
import type { Incident } from '../../src/incidents/types.js'
import { readReports } from '../../src/report/index.js'
import { renderReview } from '../../src/render/review.js'
import { buildReview } from '../../src/review/index.js'
import { renderTrendsSection } from '../../src/render/trends.js'
import { newRun } from '../../src/run-info.js'
import { computeTrends } from '../../src/trends/index.js'
import { mermaidCharts } from '../trends/xychart-check.js'
import { bareRepo } from './history.js'

const DATA = resolve('demo')
let work = ''
let clone: HistoryClone
let incidents: Incident[]
let now: Date

beforeAll(async () => {
  now = new Date((await readFile(join(DATA, 'NOW'), 'utf8')).trim())
  incidents = await readIncidentsFile(join(DATA, 'incidents.json'))
  const manifest = await readManifest(join(DATA, 'manifest.json'))
  const runs: NewRun[] = []
  for (const entry of manifest) {
    const run = await readReports([entry.file], { format: 'auto', componentMap: null, cwd: DATA })
    const origin = { repository: 'demo/shop', ref: 'refs/heads/main', event: 'push', workflow: 'tests', job: 'test' }
    runs.push(newRun(run, { ...origin, sha: entry.sha, branch: entry.branch, build_id: entry.build_id, created: entry.created }, now))
  }
  work = await mkdtemp(join(tmpdir(), 'review-demo-'))
  clone = await openHistory({ remote: await bareRepo(work), tempDir: work })
  expect((await appendRuns(clone, runs, { retentionDays: 0 })).status).toBe('stored')
})

afterAll(async () => {
  await clone?.dispose()
  await rm(work, { recursive: true, force: true })
})

describe('the review of the demo data', () => {
  it('fills every section for the current quarter, with well-formed charts', () => {
    const review = buildReview(clone.rollup(), incidents, { now, analysisOptions: { analysisBranches: ['main'] }, runs: clone, repository: 'demo/shop' })
    expect(review.quarter).toBe('2026Q4')
    const body = renderReview(review)
    expect(review.run_files_read).toBe(review.runs_in_quarter)
    expect(review.trends.quarters.filter((q) => q.has_data).map((q) => q.quarter)).toEqual(['2026Q1', '2026Q2', '2026Q3', '2026Q4'])
    expect(review.protect.length + review.dead_weight.length + review.flaky.length).toBeGreaterThan(0)
    expect(mermaidCharts(body).length).toBeGreaterThanOrEqual(5)
    expect(body.length).toBeLessThan(65_536)
    // the demo's samples run in milliseconds: no slowdown passes the noise thresholds
    expect(review.slowdowns).toEqual([])
  })

  it('keeps the job-summary trends section small', () => {
    const trends = computeTrends(clone.rollup(), incidents, { now, analysisOptions: { analysisBranches: ['main'] } })
    const text = renderTrendsSection(trends)
    expect(Buffer.byteLength(text)).toBeLessThan(10_000)
    expect(mermaidCharts(text).length).toBeGreaterThanOrEqual(4)
  })
})
