/**
 * What a refused push means. Contention (another job pushed first) is retried; a branch rule or a
 * server hook that declines the push is answered at once, since retrying cannot change it; a
 * token that may not push gives the read-only path.
 */
import type { GitResult } from './git.js'

export type PushOutcome = 'pushed' | 'contention' | 'refused' | 'read-only' | 'failed'

const READ_ONLY = /returned error: 403|permission to \S+ denied|403 forbidden|write access to repository not granted/i
const REFUSED = /hook declined|GH006|GH013|protected branch|rule violations|declined due to|pre-receive hook/i
const CONTENTION = /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|stale info|incorrect old value|reference already exists|remote ref does not exist/i
export const AUTH_FAILED = /returned error: 401|authentication failed|could not read username|terminal prompts disabled/i

export function classifyPush(r: GitResult): PushOutcome {
  if (r.exitCode === 0) return 'pushed'
  const output = `${r.stderr}\n${r.stdout}`
  if (READ_ONLY.test(output)) return 'read-only'
  if (REFUSED.test(output)) return 'refused'
  if (CONTENTION.test(output)) return 'contention'
  return 'failed'
}

export function isReadOnly(r: GitResult): boolean {
  return READ_ONLY.test(`${r.stderr}\n${r.stdout}`)
}

/** The server's own words about a refusal (`remote:` lines and the rejected ref), for the message. */
export function refusalReason(r: GitResult): string {
  const lines = `${r.stderr}\n${r.stdout}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^remote:\s*\S/.test(l) || /rejected|declined/.test(l))
    .map((l) => l.replace(/^remote:\s*/, ''))
  return [...new Set(lines)].slice(0, 6).join(' / ') || 'no reason given'
}
