/**
 * What a refused push means. Contention (another job pushed first) is retried; a branch rule or a
 * server hook that declines the push is answered at once, since retrying cannot change it; a
 * token that may not push gives the read-only path.
 */
import type { PushResult } from './objects.js'
import { remoteError } from './remote-error.js'

export type PushOutcome = 'pushed' | 'contention' | 'refused' | 'read-only' | 'failed'

const READ_ONLY = /permission to \S+ denied|403 forbidden|write access to repository not granted/i
const REFUSED = /hook declined|GH006|GH013|protected branch|rule violations|declined due to|pre-receive hook/i
const CONTENTION = /non-fast-forward|fetch first|failed to update ref|cannot lock ref|stale info|incorrect old value|reference already exists|but expected/i

export function classifyPush(r: PushResult): PushOutcome {
  if (r.failure) return r.failure.kind === 'forbidden' ? 'read-only' : 'failed'
  if (r.report.ok) return 'pushed'
  const said = pushText(r)
  if (REFUSED.test(said)) return 'refused'
  if (r.report.stale || CONTENTION.test(said)) return 'contention'
  if (READ_ONLY.test(said)) return 'read-only'
  return 'failed'
}

/** The server's own words about a refusal (its messages and each rejected ref), for the message. */
export function refusalReason(r: PushResult): string {
  if (r.failure) return r.failure.message
  const lines = [...r.report.messages, ...[...r.report.rejected].map(([ref, why]) => (ref ? `${ref} rejected: ${why}` : why))]
  return [...new Set(lines)].slice(0, 6).join(' / ') || 'no reason given'
}

function pushText(r: PushResult): string {
  return r.report ? [...r.report.messages, ...r.report.rejected.values()].join('\n') : ''
}

/** The error for a push that failed for none of the reasons above. */
export function pushFailure(where: { branch: string; remote: string }, r: PushResult): Error {
  if (r.failure) return remoteError('push to', where, r.failure)
  return new Error(`The git server of ${where.remote} did not take the push to the history branch "${where.branch}": ${refusalReason(r)}.`)
}
