import { tmpdir } from 'node:os'
import { compactHistory, formatDescription, openHistory, DEFAULT_BRANCH, DEFAULT_RETENTION_DAYS } from '../history/index.js'
import { cliLogger } from './logger.js'
import { numberOption, requiredOption, stringOption, UsageError, type Command } from './args.js'

const usage = `Usage: node dist/cli.js history --repo URL|PATH [--branch B] [--json]
       node dist/cli.js history --repo URL|PATH [--branch B] --rebuild | --compact [--retention-days N]

Says what the history branch holds: runs (by branch), their time span, tests, how far rollup.json
lags behind the run files, and any file that could not be read.

Options:
  --repo URL|PATH      the repository holding the history
  --branch B           the data branch (default ${DEFAULT_BRANCH})
  --json               print it as JSON
  --rebuild            recompute rollup.json from archive.json and every run file, and push it
                       (for a missing, damaged or stale rollup; no run file is removed)
  --compact            bring rollup.json up to date and apply retention (what writers do when due;
                       for a scheduled job)
  --retention-days N   with --compact: prune run files older than N days (default ${DEFAULT_RETENTION_DAYS}, 0 keeps all)
  Set GITHUB_TOKEN to read or push an https remote that needs it.`

export const historyCommand: Command = {
  usage,
  options: {
    repo: { type: 'string' },
    branch: { type: 'string' },
    json: { type: 'boolean' },
    rebuild: { type: 'boolean' },
    compact: { type: 'boolean' },
    'retention-days': { type: 'string' }
  },
  async run(values) {
    if (values.rebuild && values.compact) throw new UsageError(`Give --rebuild or --compact, not both.\n\n${usage}`)
    const clone = await openHistory({
      remote: requiredOption(values, 'repo', usage),
      branch: stringOption(values, 'branch') ?? DEFAULT_BRANCH,
      token: process.env.GITHUB_TOKEN,
      tempDir: tmpdir(),
      logger: await cliLogger()
    })
    try {
      if (values.rebuild || values.compact) {
        const result = await compactHistory(clone, {
          rebuild: values.rebuild === true,
          retentionDays: values.rebuild ? 0 : numberOption(values, 'retention-days', DEFAULT_RETENTION_DAYS)
        })
        if (result.status === 'compacted') console.log(`rollup.json now covers ${result.covered} run(s) (${result.pruned} run file(s) pruned) at ${result.commit}`)
        else console.log(`rollup.json was not rewritten: ${result.reason}`)
        return result.status === 'compacted' || result.status === 'unchanged' ? 0 : 1
      }
      const description = clone.describe()
      console.log(values.json ? JSON.stringify(description, null, 2) : formatDescription(description))
      return 0
    } finally {
      await clone.dispose()
    }
  }
}
