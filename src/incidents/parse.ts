/**
 * One incident from one GitHub issue (from the REST API or an `issues` event payload). Pure: the
 * same issue always gives the same incident. Nothing here throws on bad content: what cannot be
 * read becomes a `problems` entry that tells the user how to fix the issue.
 */
import { DEFAULT_FAILURE_MODE } from '../report/constants.js'
import type { Incident } from './types.js'
import { readBody, type BodyFields } from './body.js'
import { cleanText, NAME_CAP, quote, safeUrl, TITLE_CAP } from './text.js'
import { parseZonedTime, TIME_HINT } from './time.js'

/** The fields of an issue this module reads; REST and webhook issues both fit. */
export interface IssueLike {
  number: number
  title?: string | null
  body?: string | null
  html_url?: string | null
  labels?: ReadonlyArray<string | { name?: string | null }> | null
  created_at?: string | null
  closed_at?: string | null
  /** present on pull requests, which the issues API lists too */
  pull_request?: unknown
  user?: { login?: string | null } | null
  author_association?: string | null
}

export interface IssueParseOptions {
  /** labels `<prefix><name>` give the component (default `component:`) */
  componentPrefix?: string
  /** labels `<prefix><name>` give the failure mode (default `failure-mode:`) */
  failureModePrefix?: string
}

export const DEFAULT_COMPONENT_PREFIX = 'component:'
export const DEFAULT_FAILURE_MODE_PREFIX = 'failure-mode:'

/** The issue-form headings and `Name:` lines read, for each field. */
const FIELD = {
  component: { pattern: /component/, label: 'Component' },
  failureMode: { pattern: /failure[ _-]?mode/, label: 'Failure mode' },
  detectedAt: { pattern: /detected[ _-]?at/, label: 'Detected at' },
  startedAt: { pattern: /started[ _-]?at/, label: 'Started at' },
  resolvedAt: { pattern: /resolved[ _-]?at/, label: 'Resolved at' }
} as const

export function isPullRequest(issue: { pull_request?: unknown }): boolean {
  return issue.pull_request !== undefined && issue.pull_request !== null
}

export function incidentFromIssue(issue: IssueLike, opts: IssueParseOptions = {}): Incident {
  const componentPrefix = opts.componentPrefix ?? DEFAULT_COMPONENT_PREFIX
  const failureModePrefix = opts.failureModePrefix ?? DEFAULT_FAILURE_MODE_PREFIX
  const ref = `issue #${issue.number}`
  const problems: string[] = []
  const body = readBody(issue.body)
  const labels = labelNames(issue.labels)

  const component = readName(labels, componentPrefix, body, FIELD.component, ref, problems)
  if (component === null) {
    problems.push(
      `${ref} has no component, so it is listed as unclassified and left out of the correlation: ` +
        `add a label \`${componentPrefix}<name>\`, or fill the "Component" field of the incident form ` +
        '(a `### Component` section), or add a line `Component: <name>` to its body.'
    )
  }
  const failureMode = readName(labels, failureModePrefix, body, FIELD.failureMode, ref, problems)

  const created = parseZonedTime(issue.created_at ?? '')
  const createdAt = created.ok ? created.iso : null
  const closed = issue.closed_at ? parseZonedTime(issue.closed_at) : null
  const closedAt = closed?.ok ? closed.iso : null

  // The creation time stands in only for an absent "Detected at": a written but unreadable one
  // keeps the incident out of the analysis until it is fixed (a guess could place it days off).
  const detected = readTime(body, FIELD.detectedAt, ref, problems, 'left out of the analysis until it is fixed')
  let detectedAt = detected.iso
  let unusable: string | null = detected.problem
  if (detected.absent) {
    if (createdAt === null) {
      unusable = `${ref} has no "Detected at" field and no readable creation time, so its detection time is unknown: add a "Detected at" field in ${TIME_HINT}.`
      problems.push(unusable)
    }
  }
  detectedAt ??= createdAt ?? new Date(0).toISOString()
  const startedAt = readTime(body, FIELD.startedAt, ref, problems, 'ignored').iso
  const resolved = readTime(body, FIELD.resolvedAt, ref, problems, closedAt ? "the issue's closing time is used instead" : 'ignored')
  const resolvedAt = resolved.iso ?? closedAt

  return {
    id: `#${issue.number}`,
    title: typeof issue.title === 'string' ? cleanText(issue.title, TITLE_CAP) || null : null,
    url: safeUrl(issue.html_url),
    component,
    failure_mode: failureMode ?? DEFAULT_FAILURE_MODE,
    detected_at: detectedAt,
    started_at: startedAt,
    resolved_at: resolvedAt,
    issue_number: issue.number,
    source: 'github',
    problems,
    unusable,
    detected_at_from: detected.absent ? 'issue_created' : 'field',
    author: typeof issue.user?.login === 'string' ? cleanText(issue.user.login, NAME_CAP) : null,
    author_association: typeof issue.author_association === 'string' ? cleanText(issue.author_association, NAME_CAP) : null
  }
}

function labelNames(labels: IssueLike['labels']): string[] {
  const names: string[] = []
  for (const label of labels ?? []) {
    const name = typeof label === 'string' ? label : label?.name
    if (typeof name === 'string') names.push(name)
  }
  return names
}

/** A name from a prefixed label, else the issue-form section, else a `Name: value` line. */
function readName(
  labels: string[],
  prefix: string,
  body: BodyFields,
  field: { pattern: RegExp; label: string },
  ref: string,
  problems: string[]
): string | null {
  const fromLabels = labels
    .filter((l) => l.toLowerCase().startsWith(prefix.toLowerCase()))
    .map((l) => cleanText(l.slice(prefix.length), NAME_CAP))
    .filter((v) => v !== '')
  const distinct = [...new Set(fromLabels)]
  if (distinct.length > 1) {
    problems.push(`${ref} has several \`${prefix}\` labels (${distinct.map(quote).join(', ')}); using the first, ${quote(distinct[0])}.`)
  }
  if (distinct.length > 0) return distinct[0]
  const written = body.section(field.pattern) ?? body.line(field.pattern)
  if (written === null) return null
  const value = cleanText(written, NAME_CAP)
  return value === '' ? null : value
}

/**
 * A time field of the body in UTC. Absent: `absent`. Unreadable: a problem that names the field,
 * quotes the value and says how to write it (and what happens meanwhile: `meanwhile`).
 */
function readTime(body: BodyFields, field: { pattern: RegExp; label: string }, ref: string, problems: string[], meanwhile: string): { iso: string | null; absent: boolean; problem: string | null } {
  const written = body.section(field.pattern) ?? body.line(field.pattern)
  if (written === null) return { iso: null, absent: true, problem: null }
  const parsed = parseZonedTime(written)
  if (parsed.ok) return { iso: parsed.iso, absent: false, problem: null }
  const what = parsed.reason === 'no-zone' ? 'has no time zone' : 'is not a date and time'
  const problem = `"${field.label}" of ${ref} (${quote(written)}) ${what}, so it is ${meanwhile.startsWith('left') ? meanwhile : `not read (${meanwhile})`}. Write it in ${TIME_HINT}.`
  problems.push(problem)
  return { iso: null, absent: false, problem }
}
