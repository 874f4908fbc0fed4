/** Reading pytest reports for `ingest`: loaded only when there are reports to read (`ingest --saved` needs none of it). */
import { readReports, loadComponentMap } from '../report/index.js'
import { newRun } from '../run-info.js'
import { judgeCompleteness } from '../report/completeness.js'
import type { TestRun } from '../report/types.js'
import type { NewRun } from '../history/index.js'
import { InputError } from '../errors.js'
import { readManifest } from './manifest.js'
import { dateOption, stringOption } from './args.js'
import { parseFormat } from './parse.js'

/** The runs of the report files (one run) or of a backfill manifest (one run per entry). */
export async function runsFrom(values: Record<string, unknown>, positionals: string[], manifestPath: string | undefined): Promise<NewRun[]> {
  const format = parseFormat(stringOption(values, 'format'))
  const mapPath = stringOption(values, 'component-map')
  const componentMap = mapPath ? await loadComponentMap(mapPath) : null
  const timestamp = dateOption(values, 'timestamp')
  const now = new Date()
  const origin = {
    repository: null,
    ref: null,
    event: 'cli',
    workflow: null,
    job: null
  }
  const runs: NewRun[] = []
  if (manifestPath) {
    for (const entry of await readManifest(manifestPath)) {
      const run = await readReports([entry.file], { format, componentMap, cwd: process.cwd() })
      const unfinished = unfinishedReason(run)
      // a backfill goes on without the report of a session that did not finish, and says so
      if (unfinished) {
        console.error(`warning: a manifest entry was not stored: pytest did not finish (${unfinished}).`)
        continue
      }
      runs.push(newRun(run, { ...origin, sha: entry.sha, branch: entry.branch, build_id: entry.build_id, created: entry.created }, now))
    }
  } else {
    const run = await readReports(positionals, { format, componentMap, cwd: process.cwd() })
    const unfinished = unfinishedReason(run)
    if (unfinished) {
      throw new InputError(
        `Not stored: pytest did not finish (${unfinished}), so the report lists only some tests and would count the rest as absent. Store the report of a session that ran to the end.`
      )
    }
    runs.push(
      newRun(
        run,
        {
          ...origin,
          sha: stringOption(values, 'sha') ?? null,
          branch: stringOption(values, 'branch-name') ?? null,
          build_id: stringOption(values, 'build-id') ?? `cli-${now.getTime()}`,
          created: timestamp?.toISOString() ?? null
        },
        now
      )
    )
  }
  return runs
}

/** Why a run must not be stored (its pytest session did not finish), or null. */
function unfinishedReason(run: TestRun): string | null {
  const completeness = judgeCompleteness(run)
  return completeness.finished ? null : completeness.reason
}
