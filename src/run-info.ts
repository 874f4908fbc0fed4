/** The run metadata the history records, from a TestRun and where it ran (the runner, or CLI flags). */
import type { NewRun, RunInfo } from './history/index.js'
import type { TestRun } from './report/types.js'

/** Where a run happened; `created` overrides the report's own time (a manifest's `created`, `--timestamp`). */
export type RunOrigin = Pick<RunInfo, 'repository' | 'sha' | 'branch' | 'ref' | 'event' | 'workflow' | 'job' | 'build_id'> & { created: string | null }

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
