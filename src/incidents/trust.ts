/**
 * Whose incidents count (`incident-authors`). On a public repository anybody can open an issue, and
 * an issue form applies the incident label itself; an incident from a stranger must not fail a
 * build, get production figures published or cost API calls. Only issues are judged: an incidents
 * file is committed by the team and always trusted.
 *
 * Syntax: entries separated by commas or new lines. An entry in capitals that GitHub uses as an
 * `author_association` (OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, ...) trusts every author with
 * that role; any other entry is a login (`octocat`, `@octocat`, `pagerduty[bot]`), compared without
 * case; `*` trusts everybody. Teams (`@org/team`) are not supported: list their logins.
 */
import type { Incident, UntrustedIncident } from './types.js'

export const ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'MANNEQUIN', 'NONE'] as const
export const DEFAULT_INCIDENT_AUTHORS = 'OWNER, MEMBER, COLLABORATOR'

export interface TrustPolicy {
  everybody: boolean
  associations: ReadonlySet<string>
  /** lower-case logins */
  logins: ReadonlySet<string>
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/

/** The policy of an `incident-authors` value, or the list of entries that are not valid. */
export function parseIncidentAuthors(text: string): { policy: TrustPolicy; invalid: string[] } {
  const associations = new Set<string>()
  const logins = new Set<string>()
  const invalid: string[] = []
  let everybody = false
  for (const raw of text.split(/[\n,]/)) {
    const entry = raw.trim()
    if (entry === '' || entry.startsWith('#')) continue
    if (entry === '*') everybody = true
    else if ((ASSOCIATIONS as readonly string[]).includes(entry)) associations.add(entry)
    else {
      const login = entry.replace(/^@/, '')
      if (LOGIN.test(login)) logins.add(login.toLowerCase())
      else invalid.push(entry)
    }
  }
  return { policy: { everybody, associations, logins }, invalid }
}

export function isTrusted(incident: Incident, policy: TrustPolicy): boolean {
  if (incident.issue_number === null || policy.everybody) return true
  if (incident.author && policy.logins.has(incident.author.toLowerCase())) return true
  return incident.author_association != null && policy.associations.has(incident.author_association)
}

/** The incidents to analyse, and the others as findings list them. */
export function partitionByTrust(incidents: readonly Incident[], policy: TrustPolicy): { trusted: Incident[]; untrusted: UntrustedIncident[] } {
  const trusted: Incident[] = []
  const untrusted: UntrustedIncident[] = []
  for (const incident of incidents) {
    if (isTrusted(incident, policy)) trusted.push(incident)
    else untrusted.push(untrustedEntry(incident))
  }
  return { trusted, untrusted }
}

export function untrustedEntry(incident: Incident): UntrustedIncident {
  return {
    incident_id: incident.id,
    title: incident.title,
    url: incident.url,
    author: incident.author ?? null,
    author_association: incident.author_association ?? null
  }
}

/** One line for the job log and summary: who opened it and how to trust such authors. */
export function describeUntrusted(u: UntrustedIncident): string {
  // no @: the summary must not mention (notify) the stranger
  const who = u.author ? `\`${u.author}\`` : 'an unknown author'
  return `${u.incident_id} was opened by ${who} (\`${u.author_association ?? 'no association'}\`), who is not in \`incident-authors\``
}
