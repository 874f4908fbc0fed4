/** The run metadata the history records, from a TestRun and where it ran (the runner, or CLI flags). */
import type { NewRun } from './history/index.js'
import type { TestRun } from './report/types.js'

export interface RunOrigin {
  repository: string | null
  sha: string | null
  branch: string | null
  ref: string | null
  event: string | null
  workflow: string | null
  job: string | null
  build_id: string
  /** overrides the report's own time (a backfill manifest's `created`, `--timestamp`) */
  created: string | null
}

/** The run's time: the given one, else the report's, else now (reports without a time: JUnit xunit1 has one; reportlog has none). */
export function newRun(run: TestRun, origin: RunOrigin, now: Date): NewRun {
  const { created, ...rest } = origin
  return {
    info: {
      ...rest,
      created: created ?? run.meta.created ?? now.toISOString(),
      format: run.meta.format,
      files: run.meta.files,
      exit_code: run.meta.exit_code,
      duration_s: run.meta.duration_s,
      collection_errors: run.meta.collection_errors
    },
    run
  }
}
