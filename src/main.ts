/**
 * The action. Two jobs, chosen by the event:
 * - a test run (push, pull_request, schedule, ...): read the report, store it in the history when
 *   that is wanted, analyse, and publish (summary, outputs, findings.json, changed incident comments);
 * - an `issues` event on an incident: analyse that incident against the history and keep its comment.
 * User mistakes fail the step with one paragraph; anything else is a bug and keeps its stack.
 */
import * as core from '@actions/core'
import { resolve } from 'node:path'
import { analyze, readRenamesFile } from './analysis/index.js'
import type { Findings } from './analysis/types.js'
import { readRunnerContext, record, shouldStoreRun, type RunnerContext } from './context.js'
import { isInputError } from './errors.js'
import { createOctokit, type GitHubClient } from './github.js'
import { incidentFromIssue } from './incidents/parse.js'
import { parseInputs, type Config } from './inputs.js'
import { loadComponentMap } from './report/index.js'
import { judgeCompleteness } from './report/completeness.js'
import type { TestRun } from './report/types.js'
import { newRun } from './run-info.js'
import { checkLoadBearing, protectedTests } from './action/protect.js'
import { readRunReport, testGateFailures } from './action/test-gate.js'
import { incidentNotices, loadIncidents, type IncidentLoad } from './action/incident-source.js'
import { describeUntrusted, isTrusted, untrustedEntry } from './incidents/trust.js'
import type { Incident } from './incidents/types.js'
import { knownComponents, unknownComponentProblem } from './incidents/components.js'
import type { PriorAnnotation } from './action/annotations.js'
import { reportRunVerdict } from './action/run-verdict-step.js'
import { openActionHistory, storeRun } from './action/history-step.js'
import { commentRenderer, describeComments, incidentsWithChangedComment, outsideHistoryReason, updateIncidentComments, upsertUnjudgedComment } from './action/comments.js'
import { impactFor } from './action/metrics.js'
import { historyStartOf, publish, type Publication } from './action/publish.js'
import type { Rollup } from './history/types.js'
import { reviewRun } from './action/review.js'
import { computeTrends } from './trends/index.js'
import { renderTrendsSection } from './render/trends.js'

export async function run(): Promise<void> {
  try {
    const config = parseInputs((name) => core.getInput(name))
    if (config.githubToken) core.setSecret(config.githubToken)
    const ctx = readRunnerContext()
    if (config.mode === 'review') await reviewMode(config, ctx)
    else if (ctx.eventName === 'issues') await incidentEvent(config, ctx)
    else await testRun(config, ctx)
  } catch (error) {
    if (isInputError(error)) core.setFailed(error.message)
    else core.setFailed(`Unexpected error (a bug in the action; please report it with this log): ${(error as Error).stack ?? String(error)}`)
  }
}

function analysisOptions(config: Config, defaultBranch: string, now: Date, workspace: string) {
  return {
    now,
    testRenames: config.testRenames ? readRenamesFile(resolve(workspace, config.testRenames)) : null,
    windowDays: config.windowDays,
    deadWeightDays: config.deadWeightDays,
    flakyDays: config.flakyDays,
    analysisBranches: config.analysisBranches.length > 0 ? config.analysisBranches : [defaultBranch]
  }
}

function octokitFor(config: Config, ctx: RunnerContext): GitHubClient | null {
  return config.githubToken ? createOctokit(config.githubToken, { baseUrl: ctx.apiUrl }) : null
}

/** The default branch: from the payload when it says, else from the API, else `main`. */
async function defaultBranchOf(ctx: RunnerContext, octokit: GitHubClient | null): Promise<string> {
  if (ctx.defaultBranch) return ctx.defaultBranch
  if (octokit) {
    try {
      return (await octokit.rest.repos.get({ owner: ctx.owner, repo: ctx.repo })).data.default_branch
    } catch (error) {
      core.warning(`Could not ask GitHub for the default branch (${(error as Error).message}); assuming \`main\`.`)
    }
  }
  return 'main'
}

async function testRun(config: Config, ctx: RunnerContext): Promise<void> {
  const now = new Date()
  const componentMap = config.componentMap ? await loadComponentMap(resolve(ctx.workspace, config.componentMap)) : null
  const report = await readRunReport(config, ctx.workspace, componentMap)
  if (report.run === null) {
    core.warning(report.missing)
    await publish(config, ctx, { run: null, status: [], notices: [report.missing], findings: null, historyCommit: null, historyRuns: 0 })
    return
  }
  const run = report.run
  const octokit = octokitFor(config, ctx)
  // the incidents are read while the run is stored (both mostly wait on GitHub); a mistake in the
  // incidents file fails the step below with the other failures, once the run is stored and summarised
  const incidentsLoading = loadIncidents(config, ctx, octokit).then(
    (load): { load: IncidentLoad | null; error: unknown } => ({ load, error: null }),
    (error: unknown) => ({ load: null, error })
  )
  const defaultBranch = await defaultBranchOf(ctx, octokit)
  const wanted = shouldStoreRun(config.storeHistory, ctx, defaultBranch)
  // A pytest that did not finish leaves a report of some tests only: never store it as a run.
  const completeness = judgeCompleteness(run)
  const unfinished = completeness.finished ? null : `pytest did not finish (${completeness.reason})`
  const decision = unfinished ? { store: false, why: unfinished } : wanted
  const origin = {
    repository: `${ctx.owner}/${ctx.repo}`,
    sha: ctx.sha,
    branch: ctx.branch,
    ref: ctx.ref,
    event: ctx.eventName || null,
    workflow: ctx.workflow,
    job: ctx.job,
    build_id: `${ctx.runId ?? 'local'}-${ctx.runAttempt ?? '1'}`,
    created: null
  }
  const history = await storeRun(config, ctx, newRun(run, origin, now), decision)
  const publication: Publication = { run, status: history.status, notices: history.notices, findings: null, historyCommit: history.commit, historyRuns: history.after?.runs.length ?? 0 }
  // mistakes in the files the analysis reads (incidents, test renames): each is named in the
  // summary, and fails the step once the run is stored and summarised
  const mistakes: string[] = []
  const noteMistake = (error: unknown): void => {
    if (!isInputError(error)) throw error
    mistakes.push(error.message)
    publication.notices.push(`No incidents were analysed: ${error.message}`)
  }
  try {
    const { load: incidentLoad, error } = await incidentsLoading
    if (incidentLoad === null) noteMistake(error)
    else {
      if (incidentLoad.problem) publication.notices.push(`No incidents were analysed: ${incidentLoad.problem}.`)
      publication.notices.push(...incidentNotices(incidentLoad))
    }
    let options: ReturnType<typeof analysisOptions> | null = null
    try {
      options = analysisOptions(config, defaultBranch, now, ctx.workspace)
    } catch (optionsError) {
      noteMistake(optionsError)
    }
    const rollup: Rollup | null = history.after
    if (rollup && incidentLoad && options) {
      // the untrusted issues are listed in the findings and never analysed
      const findings = analyze(rollup, incidentLoad.incidents, { ...options, untrustedIncidents: incidentLoad.untrusted })
      publication.findings = findings
      publication.historyStart = historyStartOf(rollup, findings)
      const components = knownComponents(rollup)
      const misspelt = incidentLoad.incidents.map((i) => unknownComponentProblem(i, components)).filter((p): p is string => p !== null)
      if (misspelt.length > 0) publication.notices.push(`Incident components to check: ${misspelt.slice(0, 5).join('; ')}${misspelt.length > 5 ? `; and ${misspelt.length - 5} more` : ''}`)
      publication.trends = renderTrendsSection(computeTrends(rollup, incidentLoad.incidents, { now, analysisOptions: options }))
      const protectedTests = protect(config, findings, run, rollup)
      const verdict = await reportRunVerdict(config, ctx, octokit, { run, findings, history: history.before, defaultBranch, prior: protectedTests })
      publication.runVerdict = verdict.summary
      publication.status.push(...verdict.status)
      publication.notices.push(...verdict.notices)
      publication.impact = await impactFor(config, ctx.workspace, findings, incidentLoad.incidents, rollup)
      if (history.stored && config.commentOnIncidents && octokit && incidentLoad.source === 'github' && !ctx.fromFork) {
        const before: Findings | null = history.before ? analyze(history.before, incidentLoad.incidents, options) : null
        const render = commentRenderer(publication.impact, incidentLoad.incidents, components)
        const changed = incidentsWithChangedComment(before, findings, render)
        const report = await updateIncidentComments(octokit, ctx, findings, incidentLoad.incidents, changed, config.maxIncidentComments, render)
        publication.status.push(describeComments(report))
        if (report.problem) publication.notices.push(`Incident comments were skipped: ${report.problem}.`)
      }
    }
    await publish(config, ctx, publication)
  } finally {
    await history.clone?.dispose()
  }
  for (const mistake of mistakes) core.setFailed(mistake)
  if (unfinished && wanted.store) {
    const message = `This run was not stored in the history: ${unfinished}. Fix the pytest step so the session finishes; the stored history is unchanged.`
    if (config.failOnStoreError) core.setFailed(message)
    else core.warning(message)
  }
  if (history.storeError) {
    const message = `The run could not be stored in the history: ${history.storeError}`
    if (config.failOnStoreError) core.setFailed(message)
    else core.warning(message)
  }
  for (const failure of testGateFailures(config, run)) core.setFailed(failure)
}

async function reviewMode(config: Config, ctx: RunnerContext): Promise<void> {
  const octokit = octokitFor(config, ctx)
  const defaultBranch = await defaultBranchOf(ctx, octokit)
  const { now: _now, ...options } = analysisOptions(config, defaultBranch, new Date(), ctx.workspace)
  await reviewRun(config, ctx, octokit, options)
}

/** Annotates load-bearing tests that failed, were skipped or are missing; returns what it annotated. */
function protect(config: Config, findings: Findings, run: TestRun, rollup: Rollup): PriorAnnotation[] {
  if (config.protectLoadBearing === 'off') return []
  const problems = checkLoadBearing(protectedTests(findings, config.protectLevel), run, rollup)
  for (const p of problems) {
    const properties = { title: `Load-bearing test ${p.problem}`, file: p.file ?? undefined, startLine: p.line ?? undefined }
    if (config.protectLoadBearing === 'fail') core.error(p.message, properties)
    else core.warning(p.message, properties)
  }
  if (config.protectLoadBearing === 'fail' && problems.length > 0) {
    core.setFailed(`${problems.length} load-bearing test(s) failed, were skipped or are missing in this run (protect-load-bearing: fail).`)
  }
  return problems.map((p) => ({ nodeid: p.nodeid, level: config.protectLoadBearing === 'fail' ? 'error' : 'warning' }))
}

async function incidentEvent(config: Config, ctx: RunnerContext): Promise<void> {
  const now = new Date()
  const issue = record(ctx.payload.issue)
  const labels = Array.isArray(issue.labels) ? issue.labels.map((l) => (typeof l === 'string' ? l : String(record(l).name ?? ''))) : []
  const publication: Publication = { run: null, status: [], notices: [], findings: null, historyCommit: null, historyRuns: 0 }
  if (!labels.some((l) => l.toLowerCase() === config.incidentLabel.toLowerCase())) {
    publication.status.push(`Issue #${String(issue.number ?? '?')} does not carry the \`${config.incidentLabel}\` label: nothing to analyse.`)
    await publish(config, ctx, publication)
    return
  }
  const incident = incidentFromIssue(issue as unknown as Parameters<typeof incidentFromIssue>[0], {
    componentPrefix: config.componentLabelPrefix,
    failureModePrefix: config.failureModeLabelPrefix
  })
  // A stranger's incident costs nothing: no API call, no history read, no comment.
  if (!isTrusted(incident, config.incidentAuthors)) {
    publication.status.push(`Incident ${describeUntrusted(untrustedEntry(incident))}: not analysed, no comment written.`)
    await publish(config, ctx, publication)
    return
  }
  const octokit = octokitFor(config, ctx)
  // read side by side, none of them failing: the default branch, the history, and the other
  // incidents (they matter too: load-bearing strength, dead weight; the event's copy of this one is the freshest)
  const [defaultBranch, { clone, problem }, load] = await Promise.all([
    defaultBranchOf(ctx, octokit),
    openActionHistory(config, ctx),
    loadIncidents({ ...config, incidentsFile: null }, ctx, octokit)
  ])
  try {
    if (!clone) publication.notices.push(problem as string)
    if (load.problem) publication.notices.push(`Only this incident was analysed: ${load.problem}.`)
    if (incident.problems.length > 0) publication.notices.push(`Incident ${incident.id}: ${incident.problems.join(' ')}`)
    const incidents = [...load.incidents.filter((i) => i.id !== incident.id), incident]
    const rollup = clone?.rollup() ?? null
    publication.historyRuns = rollup?.runs.length ?? 0
    const comment = config.commentOnIncidents && octokit ? octokit : null
    if (incident.unusable) {
      publication.status.push(`Incident ${incident.id} was not analysed: a field it needs is unreadable.`)
      if (comment) await unjudgedComment(comment, ctx, publication, incident, incident.unusable, false)
    } else if (rollup && rollup.runs.length === 0) {
      publication.status.push(`Incident ${incident.id} was not analysed: the history has no runs yet.`)
      const reason = `the test history has no runs yet, so nothing can be judged. Runs are stored by the test jobs of the default branch (\`store-history\`); this comment is updated once there are some.`
      if (comment) await unjudgedComment(comment, ctx, publication, incident, reason, true)
    } else if (rollup) {
      const findings = analyze(rollup, incidents, { ...analysisOptions(config, defaultBranch, now, ctx.workspace), untrustedIncidents: load.untrusted })
      publication.findings = findings
      publication.historyStart = historyStartOf(rollup, findings)
      publication.status.push(`Analysed incident ${incident.id} against ${rollup.runs.length} stored run(s).`)
      const outside = findings.incidents_outside_history.find((o) => o.incident_id === incident.id)
      if (outside) {
        if (comment) await unjudgedComment(comment, ctx, publication, incident, outsideHistoryReason(outside), false)
      } else if (incident.component === null) {
        publication.notices.push(`Incident ${incident.id} has no component, so it was not correlated.`)
        if (comment) await unjudgedComment(comment, ctx, publication, incident, 'it has no component, so no test can be matched to it (see below).', false)
      } else {
        const components = knownComponents(rollup)
        const misspelt = unknownComponentProblem(incident, components)
        if (misspelt) publication.notices.push(`Incident ${incident.id}: ${misspelt}`)
        publication.impact = await impactFor(config, ctx.workspace, { ...findings, incidents: findings.incidents.filter((i) => i.incident_id === incident.id) }, [incident], rollup)
        if (comment) {
          const report = await updateIncidentComments(comment, ctx, findings, incidents, [incident.id], 1, commentRenderer(publication.impact, incidents, components))
          publication.status.push(describeComments(report))
          if (report.problem) publication.notices.push(`The incident comment was skipped: ${report.problem}.`)
        }
      }
    }
    await publish(config, ctx, publication)
  } finally {
    await clone?.dispose()
  }
}

/** The comment of an incident that cannot be judged; `keepExisting`: never replace an existing one. */
async function unjudgedComment(octokit: GitHubClient, ctx: RunnerContext, publication: Publication, incident: Incident, reason: string, keepExisting: boolean): Promise<void> {
  const report = await upsertUnjudgedComment(octokit, ctx, incident, reason, keepExisting)
  if (report.kept) {
    publication.notices.push(`The existing comment on ${incident.id} was kept as it is: this run cannot judge the incident (${reason.split('.')[0]}), and a comment is not replaced by a notice.`)
  } else {
    publication.status.push(describeComments(report))
  }
  if (report.problem) publication.notices.push(`The incident comment was skipped: ${report.problem}.`)
}
