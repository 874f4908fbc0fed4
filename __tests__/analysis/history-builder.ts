/**
 * Builds a Rollup by hand for the analysis tests, from runs described as plainly as possible: the
 * same shape the history store writes (seen per branch, failures oldest first, flaky evidence when
 * a sha both passed and failed or a rerun happened). It also keeps the raw runs, so a test can
 * derive expected findings independently of the rollup.
 */
import type { FailureEntry, Rollup, TestRollup } from '../../src/history/types.js'
import type { Incident } from '../../src/incidents/types.js'
import type { Outcome } from '../../src/report/types.js'

export interface Tags {
  component: string
  failure_mode?: string
  incident?: string | null
}

export type Result = Outcome | { o: Outcome; reruns: number }

export interface RawRun {
  id: string
  at: string
  sha: string | null
  branch: string | null
  results: Record<string, { o: Outcome; reruns: number }>
  /** the tags each test carried in this run */
  tags: Record<string, Tags>
}

export const DAY = 86_400_000
export const iso = (ms: number): string => new Date(ms).toISOString()
/** `base` plus `days` (fractions allowed), as ISO. */
export const plusDays = (base: string, days: number): string => iso(Date.parse(base) + days * DAY)

export class HistoryBuilder {
  readonly raw: RawRun[] = []
  private tags = new Map<string, Tags>()

  /**
   * @param newFields also write what newer stores record: each failure's component and failure
   * mode of its run (FailureEntry elements 3, 4) and `ran` (runs where the test was not skipped)
   */
  constructor(private readonly newFields = false) {}

  /** Sets the tags a test carries from now on (its most recent record wins, as in the store). */
  tag(nodeid: string, tags: Tags): this {
    this.tags.set(nodeid, tags)
    return this
  }

  /**
   * An empty run at `at` on main: the history starts there. Incidents detected less than
   * window-days after a history's first run are outside it (CONTRACT.md), so a test about an
   * incident needs its history to start early enough.
   */
  startsAt(at: string): this {
    return this.run('history-start', at, {}, {})
  }

  run(id: string, at: string, where: { sha?: string | null; branch?: string | null }, results: Record<string, Result>): this {
    const normalised: RawRun['results'] = {}
    const tagsNow: Record<string, Tags> = {}
    for (const [nodeid, r] of Object.entries(results)) {
      normalised[nodeid] = typeof r === 'string' ? { o: r, reruns: 0 } : r
      if (!this.tags.has(nodeid)) this.tags.set(nodeid, { component: 'unknown' })
      tagsNow[nodeid] = this.tags.get(nodeid)!
    }
    this.raw.push({ id, at: iso(Date.parse(at)), sha: where.sha ?? null, branch: where.branch === undefined ? 'main' : where.branch, results: normalised, tags: tagsNow })
    return this
  }

  build(): Rollup {
    const runs = [...this.raw].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1))
    const tests: Record<string, TestRollup> = {}
    const shaRuns = new Map<string, Array<{ id: string; cls: 'pass' | 'fail' }>>() // `${nodeid}\0${sha}` -> earlier runs
    for (const run of runs) {
      const branch = run.branch ?? ''
      for (const [nodeid, { o, reruns }] of Object.entries(run.results)) {
        const tags = this.tags.get(nodeid)!
        const t = (tests[nodeid] ??= {
          component: tags.component,
          failure_mode: tags.failure_mode ?? 'general',
          incident: tags.incident ?? null,
          tag_source: 'markers',
          file: nodeid.split('::')[0],
          line: null,
          seen: {},
          ...(this.newFields ? { ran: {} } : {}),
          counts: {},
          failures: [],
          flaky: [],
          duration_ms: null
        })
        const seen = (t.seen[branch] ??= { first: run.at, last: run.at, runs: 0 })
        seen.last = run.at
        seen.runs++
        t.counts[o] = (t.counts[o] ?? 0) + 1
        const runTags = run.tags[nodeid]
        const entry = <O extends 'failed' | 'error' | 'rerun'>(outcome: O): FailureEntry =>
          this.newFields ? [run.at, run.id, outcome, runTags.component, runTags.failure_mode ?? 'general'] : [run.at, run.id, outcome]
        for (let i = 0; i < reruns; i++) t.failures.push(entry('rerun'))
        if (o === 'failed' || o === 'error') t.failures.push(entry(o))
        if (this.newFields && o !== 'skipped' && o !== 'xfailed') {
          const ran = ((t.ran ??= {})[branch] ??= { first: run.at, last: run.at, runs: 0 })
          ran.last = run.at
          ran.runs++
        }
        if (!run.sha) continue
        // as the store: a rerun is its own evidence (other = null) and pairs as a pass (its final
        // outcome); each earlier run of the sha with the other class gives one entry naming it
        if (reruns > 0) t.flaky.push([run.at, run.id, run.sha, null])
        const cls = o === 'passed' ? 'pass' : o === 'failed' || o === 'error' ? 'fail' : null
        if (cls === null) continue
        const key = `${nodeid}\u0000${run.sha}`
        const earlier = shaRuns.get(key) ?? []
        const others = earlier.filter((e) => e.cls !== cls).map((e) => e.id)
        for (const other of others.sort()) t.flaky.push([run.at, run.id, run.sha, other])
        earlier.push({ id: run.id, cls })
        shaRuns.set(key, earlier)
      }
    }
    // tags of the most recent record: the builder's current tags
    for (const [nodeid, t] of Object.entries(tests)) {
      const tags = this.tags.get(nodeid)!
      t.component = tags.component
      t.failure_mode = tags.failure_mode ?? 'general'
      t.incident = tags.incident ?? null
    }
    return {
      schema_version: 1,
      updated_at: runs.length ? runs[runs.length - 1].at : null,
      runs: runs.map((r) => ({
        id: r.id,
        created: r.at,
        sha: r.sha,
        branch: r.branch,
        event: 'push',
        build_id: r.id,
        file: `runs/${r.id}.json`,
        summary: { total: Object.keys(r.results).length }
      })),
      tests
    }
  }
}

export function incident(id: string, component: string | null, detectedAt: string, failureMode = 'general'): Incident {
  return {
    id,
    title: `Incident ${id}`,
    url: null,
    component,
    failure_mode: failureMode,
    detected_at: iso(Date.parse(detectedAt)),
    started_at: null,
    resolved_at: null,
    issue_number: null,
    source: 'incidents.json',
    problems: []
  }
}
