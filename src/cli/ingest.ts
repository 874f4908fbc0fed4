import { tmpdir } from 'node:os'
import { appendBuiltRuns, buildRuns, openHistory, readSavedRun, saveRun, DEFAULT_BRANCH, DEFAULT_RETENTION_DAYS } from '../history/index.js'
import { cliLogger } from './logger.js'
import { numberOption, requiredOption, stringOption, UsageError, type Command } from './args.js'

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
    // the report readers (and the schemas they check runs against) load only when there are reports to read
    const built = values.saved ? positionals.map((file) => readSavedRun(file)) : buildRuns(await (await import('./report-runs.js')).runsFrom(values, positionals, manifestPath))
    const branch = stringOption(values, 'branch') ?? DEFAULT_BRANCH
    // saved before the first request: a process killed at any moment leaves the run stored or saved
    const saved = await Promise.all(built.map((b) => saveRun(tmpdir(), branch, b)))
    // storing needs the tree, not the rollup: its lag is caught up by the writers whose turn it is (compact.ts)
    const clone = await openHistory({ remote, branch, token: process.env.GITHUB_TOKEN, tempDir: tmpdir(), logger: await cliLogger(), read: false })
    try {
      const result = await appendBuiltRuns(clone, built, { retentionDays: numberOption(values, 'retention-days', DEFAULT_RETENTION_DAYS), saved })
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
