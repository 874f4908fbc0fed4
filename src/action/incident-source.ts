/**
 * Where the action gets its incidents: the incidents file, or the repository's labelled issues,
 * of which only those by trusted authors (`incident-authors`) are analysed.
 */
import { resolve } from 'node:path'
import type { UntrustedIncident } from '../incidents/types.js'
import type { Config } from '../inputs.js'
import type { RunnerContext } from '../context.js'
import type { GitHubClient } from '../github.js'
import { fetchIncidentIssues } from '../incidents/github.js'
import { readIncidentsFileEntries } from '../incidents/file.js'
import { describeUntrusted, partitionByTrust } from '../incidents/trust.js'
import type { Incident } from '../incidents/types.js'

export interface IncidentLoad {
  /** the incidents to analyse: from the file, or the issues of trusted authors */
  incidents: Incident[]
  /** issues whose authors are not in `incident-authors`: listed, never analysed */
  untrusted: UntrustedIncident[]
  /** 'file' or 'github'; null when none could be read */
  source: 'file' | 'github' | null
  /** why incidents could not be read (not fatal: the run summary is still worth writing) */
  problem: string | null
  /** incidents left out because a field they need is unreadable (Incident.unusable says why) */
  unusable: Incident[]
  /** entries of the incidents file that were left out, each with its index or id, field and fix */
  skipped: string[]
}

export async function loadIncidents(config: Config, ctx: RunnerContext, octokit: GitHubClient | null): Promise<IncidentLoad> {
  if (config.incidentsFile) {
    // A bad incidents file is the user's to fix: let its InputError fail the step.
    const file = await readIncidentsFileEntries(resolve(ctx.workspace, config.incidentsFile))
    return { ...usableOnly(file.incidents), untrusted: [], source: 'file', problem: null, skipped: file.skipped }
  }
  if (!octokit) return { ...NONE, problem: 'no `github-token`, so incident issues could not be read' }
  try {
    const all = await fetchIncidentIssues(octokit, {
      owner: ctx.owner,
      repo: ctx.repo,
      label: config.incidentLabel,
      componentPrefix: config.componentLabelPrefix,
      failureModePrefix: config.failureModeLabelPrefix
    })
    const { trusted, untrusted } = partitionByTrust(all, config.incidentAuthors)
    return { ...usableOnly(trusted), untrusted, source: 'github', problem: null, skipped: [] }
  } catch (error) {
    return { ...NONE, problem: `incident issues could not be read: ${(error as Error).message}` }
  }
}

const NONE: IncidentLoad = { incidents: [], untrusted: [], unusable: [], skipped: [], source: null, problem: null }

function usableOnly(incidents: Incident[]): { incidents: Incident[]; unusable: Incident[] } {
  return { incidents: incidents.filter((i) => !i.unusable), unusable: incidents.filter((i) => i.unusable) }
}

/** At most this many incidents are named in each summary list; findings.json and the log have the rest. */
const LISTED = 5

/**
 * Notices for the job summary about incidents that were left out or read with problems: untrusted
 * authors, unreadable fields, bad entries of the incidents file. Short lists; the summary escapes
 * notices as untrusted text.
 */
export function incidentNotices(load: IncidentLoad): string[] {
  const lines: string[] = []
  const list = (items: string[]) => items.slice(0, LISTED).join('; ') + (items.length > LISTED ? `; and ${items.length - LISTED} more (see the job log)` : '')
  if (load.untrusted.length > 0) {
    lines.push(
      `${load.untrusted.length} incident issue(s) by authors outside \`incident-authors\` were not analysed (no comment, no metrics): ${list(load.untrusted.map(describeUntrusted))}. ` +
        'Add trusted logins or roles to `incident-authors` if they should count.'
    )
  }
  if (load.unusable.length > 0) {
    lines.push(`${load.unusable.length} incident(s) left out because a field is unreadable: ${list(load.unusable.map((i) => i.unusable as string))}`)
  }
  if (load.skipped.length > 0) {
    lines.push(`${load.skipped.length} entr${load.skipped.length === 1 ? 'y' : 'ies'} of the incidents file left out: ${list(load.skipped)}. Fix ${load.skipped.length === 1 ? 'it' : 'them'} so ${load.skipped.length === 1 ? 'it takes' : 'they take'} part (README, "Incidents file").`)
  }
  const withProblems = load.incidents.filter((i) => i.component !== null && i.problems.length > 0)
  if (withProblems.length > 0) {
    lines.push(`Incident fields to check: ${list(withProblems.flatMap((i) => i.problems))}`)
  }
  return lines
}
