import { tmpdir } from 'node:os'
import { formatDescription, openHistory, DEFAULT_BRANCH } from '../history/index.js'
import { requiredOption, stringOption, type Command } from './args.js'

const usage = `Usage: node dist/cli.js history --repo URL|PATH [--branch B] [--json]

Says what the history branch holds: runs (by branch), their time span, tests, size.

Options:
  --repo URL|PATH   the repository holding the history
  --branch B        the data branch (default ${DEFAULT_BRANCH})
  --json            print it as JSON`

export const historyCommand: Command = {
  name: 'history',
  summary: 'describe what the history branch holds',
  usage,
  options: { repo: { type: 'string' }, branch: { type: 'string' }, json: { type: 'boolean' } },
  async run(values) {
    const clone = await openHistory({
      remote: requiredOption(values, 'repo', usage),
      branch: stringOption(values, 'branch') ?? DEFAULT_BRANCH,
      token: process.env.GITHUB_TOKEN,
      tempDir: tmpdir()
    })
    try {
      const description = clone.describe()
      console.log(values.json ? JSON.stringify(description, null, 2) : formatDescription(description))
      return 0
    } finally {
      await clone.dispose()
    }
  }
}
