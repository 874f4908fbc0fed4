/** Everything the action leaves behind: the job summary, findings.json and the outputs. */
import * as core from '@actions/core'
import { appendFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Findings } from '../analysis/types.js'
import { InputError } from '../errors.js'
import type { RunnerContext } from '../context.js'
import { writeFindingsFile } from '../findings-output.js'
import type { Config } from '../inputs.js'
import type { TestRun } from '../report/types.js'
import { runTotals } from '../render/run-section.js'
import { firstRunAt, renderSummary } from '../render/summary.js'
import type { Rollup } from '../history/types.js'
import type { ProductionImpact } from '../metrics/index.js'

export interface Publication {
  run: TestRun | null
  status: string[]
  notices: string[]
  findings: Findings | null
  historyCommit: string | null
  historyRuns: number
  /** the trends section (render/trends.ts), when computed */
  trends?: string
  impact?: ProductionImpact | null
  /** what this run means (render/run-verdict.ts), shown first */
  runVerdict?: string
  /** when the analysed history begins: a figure needing a longer history says "no data" */
  historyStart?: string | null
}

export async function publish(config: Config, ctx: RunnerContext, p: Publication): Promise<void> {
  let findingsPath = p.findings ? findingsFilePath(config, ctx) : null
  let findingsProblem: string | null = null
  if (p.findings && findingsPath) {
    try {
      await writeFindingsFile(findingsPath, p.findings, p.impact ?? null)
      core.setOutput('findings-file', findingsPath)
    } catch (error) {
      if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error // not the file system: a bug
      findingsProblem = findingsFileProblem(config, findingsPath, error)
      findingsPath = null
    }
    core.setOutput('gap-count', p.findings.gap_count)
    core.setOutput('coverage-percentage', p.findings.coverage_percentage)
    core.setOutput('prediction-rate', p.findings.metrics.prediction_rate ?? '')
    core.setOutput('load-bearing-count', p.findings.load_bearing_tests.length)
    core.setOutput('flaky-count', p.findings.flaky_tests.length)
    core.setOutput('dead-weight-count', p.findings.dead_weight_tests.length)
  }
  if (p.run) {
    const totals = runTotals(p.run)
    for (const [name, value] of Object.entries(totals)) core.setOutput(name, value)
  }
  core.setOutput('history-commit', p.historyCommit ?? '')
  core.setOutput('history-runs', p.historyRuns)

  for (const line of [...p.status, ...p.notices]) core.info(line.replace(/`/g, ''))
  const { text, detail } = renderSummary({
    runVerdict: p.runVerdict,
    status: p.status,
    notices: p.notices,
    findings: p.findings,
    run: p.run,
    findingsPath,
    trends: p.trends,
    impact: p.impact,
    historyStart: p.historyStart ?? null,
    repositoryUrl: ctx.owner && ctx.repo ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}` : null
  })
  if (detail !== 'full') core.info(`The job summary was shortened (${detail}) to fit GitHub's 1 MiB limit.`)
  if (ctx.stepSummaryPath) await appendFile(ctx.stepSummaryPath, text)
  else core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.')
  // after the summary and the outputs: a bad path costs findings.json, nothing else
  if (findingsProblem) throw new InputError(findingsProblem)
}

/** `findings-file` relative to the workspace, or as given when absolute; else RUNNER_TEMP/findings.json. */
export function findingsFilePath(config: Config, ctx: RunnerContext): string {
  return config.findingsFile ? resolve(ctx.workspace, config.findingsFile) : join(ctx.runnerTemp, 'findings.json')
}

function findingsFileProblem(config: Config, path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  const what =
    code === 'EISDIR'
      ? 'is a directory'
      : code === 'ENOTDIR'
        ? 'has a file where a directory should be in its path'
        : code === 'EACCES' || code === 'EPERM'
          ? 'cannot be written (permission denied)'
          : `cannot be written (${code ?? (error as Error).message})`
  const named = config.findingsFile ? `The input \`findings-file\` (${config.findingsFile}) names ${path}, which ${what}` : `findings.json could not be written to ${path}: it ${what}`
  return (
    `${named}. Give a file path, e.g. \`findings-file: test-incident-loop/findings.json\` (relative to the workspace, or absolute). ` +
    'The job summary and the outputs were written; only findings.json is missing.'
  )
}

/** When the analysed history begins (its first run on the analysed branches), for the summary. */
export function historyStartOf(rollup: Rollup, findings: Findings): string | null {
  return firstRunAt(rollup.runs, findings.options.analysis_branches)
}
