import { execFile } from 'node:child_process'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { analyze } from '../analysis/index.js'
import { InputError } from '../errors.js'
import { writeFindingsFile } from '../findings-output.js'
import { appendRuns, openHistory, type NewRun } from '../history/index.js'
import { readIncidentsFile } from '../incidents/file.js'
import { readReports } from '../report/index.js'
import { firstRunAt, renderSummary } from '../render/summary.js'
import { renderRunVerdict } from '../render/run-verdict.js'
import { computeRunVerdict } from '../run-verdict/index.js'
import { renderTrendsSection } from '../render/trends.js'
import { renderReview } from '../render/review.js'
import { buildReview } from '../review/index.js'
import { computeTrends } from '../trends/index.js'
import { metricsConfig, productionImpact } from '../metrics/index.js'
import { newRun } from '../run-info.js'
import { readManifest } from './manifest.js'
import { stringOption, type Command } from './args.js'
import { textSummary, writeComments } from './analyze.js'

const usage = `Usage: node dist/cli.js demo [--data DIR] [--out DIR]

Runs the whole loop offline on the bundled sample data: backfills the sample reports into a
throwaway local history (a bare git repository in a temporary folder), analyses it against the
sample incidents, and writes the job summary, findings.json, the incident comments and the
quarterly review.

Options:
  --data DIR   the sample data (default: demo/): manifest.json, incidents.json, metrics.csv, NOW, reports/
  --out DIR    where to write the results (default: demo-output/)`

export const demoCommand: Command = {
  usage,
  options: { data: { type: 'string' }, out: { type: 'string' } },
  async run(values) {
    const data = resolve(stringOption(values, 'data') ?? 'demo')
    const out = resolve(stringOption(values, 'out') ?? 'demo-output')
    const now = new Date((await readText(join(data, 'NOW'))).trim())
    const manifest = await readManifest(join(data, 'manifest.json'))
    const incidents = await readIncidentsFile(join(data, 'incidents.json'))

    const work = await mkdtemp(join(tmpdir(), 'test-incident-loop-demo-'))
    try {
      const remote = join(work, 'shop.git')
      await promisify(execFile)('git', ['init', '--quiet', '--bare', remote])
      const runs: NewRun[] = []
      for (const entry of manifest) {
        const run = await readReports([entry.file], { format: 'auto', componentMap: null, cwd: data })
        const origin = { repository: 'demo/shop', ref: 'refs/heads/main', event: 'push', workflow: 'tests', job: 'test' }
        runs.push(newRun(run, { ...origin, sha: entry.sha, branch: entry.branch, build_id: entry.build_id, created: entry.created }, now))
      }
      const clone = await openHistory({ remote, branch: 'test-history', tempDir: work })
      let findings, trends, review, impact, runVerdict, historyStart
      await mkdir(out, { recursive: true })
      try {
        // the latest run is stored on its own, so its verdict compares it with the runs before it
        const stored = await appendRuns(clone, runs.slice(0, -1), { retentionDays: 0, commitMessage: 'demo: backfill the sample reports' })
        if (stored.status !== 'stored') throw new InputError(`The demo could not write its throwaway history: ${stored.reason}`)
        const before = structuredClone(clone.rollup())
        const latest = await appendRuns(clone, runs.slice(-1), { retentionDays: 0, commitMessage: 'demo: the latest run' })
        if (latest.status !== 'stored') throw new InputError(`The demo could not write its throwaway history: ${latest.reason}`)
        const analysisOptions = { analysisBranches: ['main'] }
        findings = analyze(clone.rollup(), incidents, { now, ...analysisOptions })
        const verdict = computeRunVerdict({ run: runs[runs.length - 1].run, findings, history: before, defaultBranch: 'main', eventName: 'push' })
        runVerdict = renderRunVerdict(verdict, { details: 'details further down this summary' })
        historyStart = firstRunAt(clone.rollup().runs, findings.options.analysis_branches)
        trends = renderTrendsSection(computeTrends(clone.rollup(), incidents, { now, analysisOptions }))
        impact = await productionImpact(findings, incidents, metricsConfig({ metricsFile: join(data, 'metrics.csv'), sloLatencyP99Ms: 500, sloErrorRate: 0.01 }), { warn: (m) => console.error(`warning: ${m}`) }, { tests: clone.rollup().tests })
        review = renderReview(buildReview(clone.rollup(), incidents, { now, analysisOptions, runs: clone, repository: 'demo/shop' }))
      } finally {
        await clone.dispose()
      }

      const findingsPath = join(out, 'findings.json')
      await writeFindingsFile(findingsPath, findings, impact)
      const lastRun = runs[runs.length - 1].run
      const { text } = renderSummary({
        runVerdict,
        status: [`Backfilled ${runs.length} sample runs into a throwaway history branch; analysed as of ${now.toISOString()}.`],
        notices: [],
        findings,
        run: lastRun,
        findingsPath: 'demo-output/findings.json',
        trends,
        impact,
        historyStart
      })
      const summaryPath = join(out, 'summary.md')
      await writeFile(summaryPath, text)
      const comments = await writeComments(join(out, 'comments'), findings, impact)
      const reviewPath = join(out, 'review.md')
      await writeFile(reviewPath, review)
      console.log(textSummary(findings))
      console.log('')
      console.log(`job summary:     ${summaryPath}`)
      console.log(`findings.json:   ${findingsPath}`)
      console.log(`comments (${comments.length}):   ${join(out, 'comments')}/`)
      console.log(`quarterly review: ${reviewPath}`)
      return 0
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  }
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    throw new InputError(`The demo data is incomplete: ${path} is missing. Run the demo from the repository's root (npm run demo), or give --data.`)
  }
}
