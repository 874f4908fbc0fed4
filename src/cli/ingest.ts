import { tmpdir } from 'node:os'
import { appendBuiltRuns, buildRuns, openHistory, readSavedRun, saveRun, DEFAULT_BRANCH, DEFAULT_RETENTION_DAYS, type NewRun } from '../history/index.js'
import { readReports, loadComponentMap } from '../report/index.js'
import { newRun } from '../run-info.js'
import { judgeCompleteness } from '../report/completeness.js'
import type { TestRun } from '../report/types.js'
import { InputError } from '../errors.js'
import { cliLogger } from './logger.js'
import { readManifest } from './manifest.js'
import { dateOption, numberOption, requiredOption, stringOption, UsageError, type Command } from './args.js'
import { parseFormat } from './parse.js'

const usage = `Usage: node dist/cli.js ingest --repo URL|PATH [--branch B] (--manifest FILE | --saved FILE... | REPORT...)
                               [--sha S] [--branch-name N] [--build-id ID] [--timestamp ISO]
                               [--component-map F] [--format F] [--retention-days N]

Appends runs to the history on a data branch. With REPORT... the files are one run (shards);
with --manifest, every report of a backfill manifest (a JSON array, oldest first, of
{"file", "build_id", "sha", "branch", "created"}) is a run, all stored in one commit; with
--saved, the runs the action could not store (it names the file) are stored as they were.

Options:
  --repo URL|PATH      the repository holding the history (a git URL or a local path)
  --branch B           the data branch (default ${DEFAULT_BRANCH})
  --manifest FILE      backfill many reports (paths relative to the manifest)
  --saved              the files given are saved runs (test-history-unstored/*.json)
  --sha S              commit the tests ran on
  --branch-name N      branch the tests ran on
  --build-id ID        the CI build id (default: cli-<time>)
  --timestamp ISO      the run's time (default: the report's own time)
  --component-map F    CODEOWNERS-style file mapping test paths to components
  --format F           auto (default), pytest-json, junit or reportlog
  --retention-days N   prune run files older than N days (default ${DEFAULT_RETENTION_DAYS}, 0 keeps all)
  Set GITHUB_TOKEN to push to an https remote that needs it.`

export const ingestCommand: Command = {
  usage,
  options: {
    repo: { type: 'string' },
    branch: { type: 'string' },
    manifest: { type: 'string' },
    saved: { type: 'boolean' },
    sha: { type: 'string' },
    'branch-name': { type: 'string' },
    'build-id': { type: 'string' },
    timestamp: { type: 'string' },
    'component-map': { type: 'string' },
    format: { type: 'string' },
    'retention-days': { type: 'string' }
  },
  async run(values, positionals) {
    const remote = requiredOption(values, 'repo', usage)
    const manifestPath = stringOption(values, 'manifest')
    if (manifestPath && positionals.length > 0) throw new UsageError(`Give either --manifest or report files, not both.\n\n${usage}`)
    if (!manifestPath && positionals.length === 0) throw new UsageError(`ingest needs --manifest FILE, --saved FILE... or report files.\n\n${usage}`)
    if (values.saved && manifestPath) throw new UsageError(`Give either --manifest or --saved, not both.\n\n${usage}`)
    const built = values.saved ? positionals.map((file) => readSavedRun(file)) : buildRuns(await runsFrom(values, positionals, manifestPath))
    const branch = stringOption(values, 'branch') ?? DEFAULT_BRANCH
    // saved before the first request: a process killed at any moment leaves the run stored or saved
    await Promise.all(built.map((b) => saveRun(tmpdir(), branch, b)))
    // storing needs the tree, not the rollup: its lag is caught up by the writers whose turn it is (compact.ts)
    const clone = await openHistory({ remote, branch, token: process.env.GITHUB_TOKEN, tempDir: tmpdir(), logger: await cliLogger(), read: false })
    try {
      const result = await appendBuiltRuns(clone, built, { retentionDays: numberOption(values, 'retention-days', DEFAULT_RETENTION_DAYS) })
      if (result.status === 'read-only') {
        console.error(`error: the history could not be written: ${result.reason}`)
        return 1
      }
      const stored = result.runIds.length
      const where = result.pending ? `as pending run(s) beside ${clone.branch} (another job was pushing; the next stored run takes them in)` : `in ${clone.branch} at ${result.commit}`
      console.log(`stored ${stored} run(s) ${where}` + (result.alreadyStored.length ? ` (${result.alreadyStored.length} already there)` : ''))
      // a pending writer read the branch before the jobs that pushed first: its count would be short
      if (!result.pending) console.log(`the history holds ${clone.layout.runs.size} run file(s)`)
      return 0
    } finally {
      await clone.dispose()
    }
  }
}

/** The runs of the report files (one run) or of a backfill manifest (one run per entry). */
async function runsFrom(values: Record<string, unknown>, positionals: string[], manifestPath: string | undefined): Promise<NewRun[]> {
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
