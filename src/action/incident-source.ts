/** Where the action gets its incidents: the incidents file, or the repository's labelled issues. */
import { resolve } from 'node:path'
import type { Config } from '../inputs.js'
import type { RunnerContext } from '../context.js'
import type { GitHubClient } from '../github.js'
import { fetchIncidentIssues } from '../incidents/github.js'
import { readIncidentsFile } from '../incidents/file.js'
import type { Incident } from '../incidents/types.js'

export interface IncidentLoad {
  incidents: Incident[]
  /** 'file' or 'github'; null when none could be read */
  source: 'file' | 'github' | null
  /** why incidents could not be read (not fatal: the run summary is still worth writing) */
  problem: string | null
}

export async function loadIncidents(config: Config, ctx: RunnerContext, octokit: GitHubClient | null): Promise<IncidentLoad> {
  if (config.incidentsFile) {
    // A bad incidents file is the user's to fix: let its InputError fail the step.
    return { incidents: await readIncidentsFile(resolve(ctx.workspace, config.incidentsFile)), source: 'file', problem: null }
  }
  if (!octokit) return { incidents: [], source: null, problem: 'no `github-token`, so incident issues could not be read' }
  try {
    const incidents = await fetchIncidentIssues(octokit, {
      owner: ctx.owner,
      repo: ctx.repo,
      label: config.incidentLabel,
      componentPrefix: config.componentLabelPrefix,
      failureModePrefix: config.failureModeLabelPrefix
    })
    return { incidents, source: 'github', problem: null }
  } catch (error) {
    return { incidents: [], source: null, problem: `incident issues could not be read: ${(error as Error).message}` }
  }
}
