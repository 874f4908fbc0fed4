/**
 * Incidents from GitHub issues: every issue, open or closed, carrying the incident label. Pull
 * requests (which the issues API lists too) are skipped. The number of pages read is bounded.
 */
import * as core from '@actions/core'
import type { GitHubClient } from '../github.js'
import { InputError } from '../errors.js'
import type { Incident } from './types.js'
import { incidentFromIssue, isPullRequest, type IssueLike } from './parse.js'

export interface FetchIncidentsOptions {
  owner: string
  repo: string
  /** the incident label (`incident-label`) */
  label: string
  componentPrefix: string
  failureModePrefix: string
  /** read at most this many pages of 100 issues (default 50: 5,000 incidents, 50 API calls) */
  maxPages?: number
  /** told when the page cap cut the list short (default: a warning in the job log) */
  warn?: (message: string) => void
}

const PER_PAGE = 100

export async function fetchIncidentIssues(octokit: GitHubClient, opts: FetchIncidentsOptions): Promise<Incident[]> {
  const maxPages = opts.maxPages ?? 50
  const warn = opts.warn ?? ((m: string) => core.warning(m))
  const issues: IssueLike[] = []
  let pages = 0
  try {
    const iterator = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
      owner: opts.owner,
      repo: opts.repo,
      labels: opts.label,
      state: 'all',
      sort: 'created',
      direction: 'asc',
      per_page: PER_PAGE
    })
    for await (const page of iterator) {
      pages += 1
      issues.push(...(page.data as IssueLike[]))
      if (pages >= maxPages && page.data.length === PER_PAGE) {
        warn(
          `Read the first ${maxPages * PER_PAGE} issues labelled "${opts.label}" of ${opts.owner}/${opts.repo} and stopped there ` +
            'to bound the API calls of one run; later incidents are left out of this analysis.'
        )
        break
      }
    }
  } catch (error) {
    throw explainFailure(error, opts)
  }
  return issues
    .filter((issue) => !isPullRequest(issue))
    .sort((a, b) => a.number - b.number)
    .map((issue) => incidentFromIssue(issue, { componentPrefix: opts.componentPrefix, failureModePrefix: opts.failureModePrefix }))
}

/** The API errors a user can fix become an InputError that says how; others stay as they are. */
export function explainFailure(error: unknown, opts: { owner: string; repo: string }): unknown {
  const status = (error as { status?: unknown }).status
  const where = `${opts.owner}/${opts.repo}`
  if (isRateLimit(error)) {
    return new Error(`GitHub's API rate limit stopped the reading of the incident issues of ${where}: ${messageOf(error)} Run again later.`)
  }
  switch (status) {
    case 401:
      return new InputError(
        `GitHub rejected the token while reading the incident issues of ${where} (HTTP 401). Pass a valid token as \`github-token\` ` +
          '(the default `${{ github.token }}` works), or use `incidents-file` instead of issues.'
      )
    case 403:
      return new InputError(
        `The token may not read the issues of ${where} (HTTP 403: ${messageOf(error)}). Give the job \`permissions: issues: read\` ` +
          '(or `issues: write` to comment), or use `incidents-file` instead of issues.'
      )
    case 404:
      return new InputError(
        `Could not read the incident issues of ${where}: GitHub answered 404 (the repository does not exist, or the token cannot see it). ` +
          'Check the repository name and give the token access to it (`permissions: issues: read`), or use `incidents-file` instead.'
      )
    case 410:
      return new InputError(
        `Issues are disabled on ${where} (HTTP 410), so there are no incident issues to read. Enable issues in the repository settings, ` +
          'or list the incidents in a file and pass it as `incidents-file`.'
      )
    default:
      return error
  }
}

function isRateLimit(error: unknown): boolean {
  const { status, response } = error as { status?: unknown; response?: { headers?: Record<string, unknown> } }
  if (status === 429) return true
  return status === 403 && (response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(messageOf(error)))
}

function messageOf(error: unknown): string {
  const message = (error as { message?: unknown }).message
  return typeof message === 'string' ? message.slice(0, 200) : 'forbidden'
}
