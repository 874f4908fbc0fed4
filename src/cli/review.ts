import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { openHistory, DEFAULT_BRANCH } from '../history/index.js'
import { readIncidentsFile } from '../incidents/file.js'
import { renderReview } from '../render/review.js'
import { buildReview } from '../review/index.js'
import { parseQuarter } from '../trends/index.js'
import { ANALYSIS_OPTIONS, analysisOptionsFrom, dateOption, requiredOption, stringOption, type Command } from './args.js'

const usage = `Usage: node dist/cli.js review --repo URL|PATH --incidents FILE [--branch B] [--quarter 2026Q4]
                               [--now ISO] [--branches LIST] [--out FILE]

Writes the quarterly test-suite health review (the markdown of the review issue the action keeps
with \`mode: review\`): metrics and trends against targets, the quarter's incidents and open gaps,
load-bearing tests to protect, dead-weight and flaky tests to triage, slowdowns.

Options:
  --repo URL|PATH    the repository holding the history
  --incidents FILE   a JSON incidents file
  --branch B         the data branch (default ${DEFAULT_BRANCH})
  --quarter Q        the quarter to review, e.g. 2026Q4 (default: the quarter of --now)
  --now ISO          review as of this time (default: now)
  --branches LIST    only runs of these branches (comma-separated; default: every branch)
  --window-days N    default 7; --dead-weight-days N default 180; --flaky-days N default 90
  --out FILE         write the markdown to FILE (default: standard output)`

export const reviewCommand: Command = {
  usage,
  options: {
    repo: { type: 'string' },
    incidents: { type: 'string' },
    branch: { type: 'string' },
    quarter: { type: 'string' },
    now: { type: 'string' },
    ...ANALYSIS_OPTIONS,
    out: { type: 'string' }
  },
  async run(values) {
    const remote = requiredOption(values, 'repo', usage)
    const incidents = await readIncidentsFile(requiredOption(values, 'incidents', usage))
    const quarterText = stringOption(values, 'quarter')
    const quarter = quarterText ? parseQuarter(quarterText, '--quarter') : undefined
    const now = dateOption(values, 'now') ?? new Date()
    const analysisOptions = analysisOptionsFrom(values)
    const clone = await openHistory({ remote, branch: stringOption(values, 'branch') ?? DEFAULT_BRANCH, token: process.env.GITHUB_TOKEN, tempDir: tmpdir() })
    try {
      await clone.fetchRunFiles()
      const markdown = renderReview(buildReview(clone.rollup(), incidents, { quarter, now, analysisOptions, runs: clone }))
      const out = stringOption(values, 'out')
      if (out) await writeFile(out, markdown)
      else process.stdout.write(markdown)
      return 0
    } finally {
      await clone.dispose()
    }
  }
}
