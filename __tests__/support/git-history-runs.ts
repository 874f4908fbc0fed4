/** Small, deterministic TestRuns for the history tests. */
import type { NewRun } from '../../src/history/index.js'
import type { Outcome, TestRecord, TestRun } from '../../src/report/types.js'

export interface RunSpec {
  created: string
  build: string
  sha?: string | null
  branch?: string | null
  /** the nodeids of the run (all pass unless listed in `outcomes`) */
  tests: string[]
  outcomes?: Record<string, Outcome>
  durations?: Record<string, number>
  component?: (nodeid: string) => string
}

export function record(nodeid: string, outcome: Outcome, duration_ms: number, component: string): TestRecord {
  return {
    nodeid,
    outcome,
    duration_ms,
    component,
    failure_mode: 'general',
    incident: null,
    tag_source: 'default',
    message: outcome === 'failed' || outcome === 'error' ? `AssertionError: ${nodeid} broke` : null,
    file: nodeid.split('::')[0],
    line: 1,
    reruns: outcome === 'rerun' ? 1 : 0
  }
}

export function makeRun(spec: RunSpec): NewRun {
  const tests = spec.tests.map((id) => record(id, spec.outcomes?.[id] ?? 'passed', spec.durations?.[id] ?? 5, spec.component?.(id) ?? 'checkout'))
  const run: TestRun = {
    meta: { created: spec.created, format: 'pytest-json', files: ['report.json'], exit_code: 0, duration_s: 1, collection_errors: 0 },
    tests,
    notices: []
  }
  return {
    info: {
      repository: 'acme/shop',
      sha: spec.sha === undefined ? 'a'.repeat(40) : spec.sha,
      branch: spec.branch === undefined ? 'main' : spec.branch,
      ref: 'refs/heads/main',
      event: 'push',
      workflow: 'ci',
      job: 'test',
      build_id: spec.build,
      created: spec.created,
      format: 'pytest-json',
      files: ['report.json'],
      exit_code: 0,
      duration_s: 1,
      collection_errors: 0
    },
    run
  }
}

/** The bench's deterministic PRNG, under the name these tests use. */
export { seededRandom as seeded } from '../../bench/prng.js'
