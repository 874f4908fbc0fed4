/**
 * The action's use of the history: open the data branch, store this run when asked, and report
 * what happened in words for the summary. Reading problems are never fatal (the run summary is still
 * worth writing); a run that should have been stored and was not fails the step unless
 * `fail-on-store-error: false`.
 */
import * as core from '@actions/core'
import type { RunnerContext } from '../context.js'
import { appendRuns, openHistory, squashHistory, type AppendResult, type HistoryClone, type NewRun } from '../history/index.js'
import { actionsLogger } from './logger.js'
import type { Rollup } from '../history/types.js'
import type { Config } from '../inputs.js'

export interface HistoryOutcome {
  clone: HistoryClone | null
  before: Rollup | null
  after: Rollup | null
  commit: string | null
  stored: boolean
  /** lines for the summary's status list (our own markdown) */
  status: string[]
  notices: string[]
  /** a store failure the step must fail on (fail-on-store-error) */
  storeError: string | null
}

export function historyRemote(config: Config, ctx: RunnerContext): string {
  const repository = config.historyRepository ?? `${ctx.owner}/${ctx.repo}`
  return `${ctx.serverUrl}/${repository}.git`
}

export async function openActionHistory(config: Config, ctx: RunnerContext): Promise<{ clone: HistoryClone | null; problem: string | null }> {
  const remote = historyRemote(config, ctx)
  try {
    const clone = await openHistory({ remote, branch: config.historyBranch, token: config.githubToken || undefined, tempDir: ctx.runnerTemp, logger: actionsLogger })
    return { clone, problem: null }
  } catch (error) {
    return { clone: null, problem: `The history branch \`${config.historyBranch}\` of ${remote} could not be read: ${(error as Error).message}` }
  }
}

export async function storeRun(config: Config, ctx: RunnerContext, run: NewRun | null, decision: { store: boolean; why: string }): Promise<HistoryOutcome> {
  const outcome: HistoryOutcome = { clone: null, before: null, after: null, commit: null, stored: false, status: [], notices: [], storeError: null }
  const { clone, problem } = await openActionHistory(config, ctx)
  if (!clone) {
    outcome.notices.push(problem as string)
    if (decision.store && run) outcome.storeError = `${problem}. This run was not stored.`
    return outcome
  }
  outcome.clone = clone
  // a copy: storing updates the clone's rollup in place, and the comments compare before with after
  outcome.before = structuredClone(clone.rollup())
  outcome.after = clone.rollup()
  if (!decision.store || !run) {
    outcome.status.push(`History: not stored (${decision.why}); analysed the ${outcome.before.runs.length} stored run(s).`)
    return outcome
  }
  try {
    const leg = config.matrixLeg ? { ...run, info: { ...run.info, matrix_leg: config.matrixLeg } } : run
    const result = await appendRuns(clone, [leg], { retentionDays: config.retentionDays })
    if (result.status === 'read-only') {
      // this run should have been stored (the decision said so): a token that cannot push is a store error
      outcome.notices.push(`This run was not stored: ${result.reason}. The analysis below uses the stored history without it.`)
      // a fork's token is read-only whatever the workflow asks: that is expected, not an error
      if (ctx.fromFork) return outcome
      outcome.storeError =
        `the token may not push to the history branch \`${config.historyBranch}\` (the server answered 403), and this ${ctx.eventName || 'run'} run should be stored. ` +
        'Give this job `permissions: contents: write` (or set `store-history: never` for jobs that should only read). ' +
        `Nothing was lost: the run is saved at ${result.saved.join(', ')}.`
      return outcome
    }
    outcome.stored = result.runIds.length > 0
    outcome.commit = result.runIds.length > 0 ? result.commit : null
    outcome.after = clone.rollup()
    outcome.status.push(`History: ${whereStored(result, config.historyBranch)}; it holds ${outcome.after.runs.length} run(s).`)
  } catch (error) {
    outcome.storeError = (error as Error).message
    core.debug((error as Error).stack ?? String(error))
    return outcome
  }
  if (config.squashHistory && outcome.stored) await squash(clone, outcome)
  return outcome
}

/** The opt-in squash; the run is stored already, so a failure here is a notice, not a store error. */
async function squash(clone: HistoryClone, outcome: HistoryOutcome): Promise<void> {
  try {
    const result = await squashHistory(clone)
    if (result.status === 'squashed') {
      outcome.commit = result.commit
      outcome.status.push('History: squashed the data branch into one commit (`squash-history: true`).')
    } else {
      outcome.notices.push(`The history was not squashed: ${result.reason}.`)
    }
  } catch (error) {
    outcome.notices.push(`The history was not squashed: ${(error as Error).message}`)
  }
}

/** Where the run went, for the summary's history line. */
function whereStored(result: Extract<AppendResult, { status: 'stored' }>, branch: string): string {
  if (result.runIds.length === 0) return 'this run was already stored (a re-run of the same job attempt)'
  if (result.pending) return `stored this run beside \`${branch}\` as a pending run (another job pushed first; the next stored run takes it into the branch)`
  return `stored this run on \`${branch}\` (commit \`${result.commit.slice(0, 12)}\`${result.attempts > 1 ? `, after ${result.attempts} attempts: other jobs pushed first` : ''})`
}
