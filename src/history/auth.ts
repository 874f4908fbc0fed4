/**
 * The token goes to the git server the way actions/checkout sends it: an Authorization header
 * `basic base64("x-access-token:<token>")`, to the remote's own origin only (wire/transport.ts).
 * It is in no argv and on no disk; both forms are handed to the logger as secrets (in Actions the
 * runner masks them).
 */
import type { HistoryLogger } from './logger.js'

/** Whether the remote is http(s), the only kind a token is sent to. */
function takesToken(remote: string): boolean {
  try {
    const { protocol } = new URL(remote)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

export function basicCredential(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')
}

/** The Authorization header for the remote (null for local and file:// remotes, or without a token). */
export function authorizationFor(remote: string, token: string | undefined, logger: HistoryLogger): string | null {
  if (!token) return null
  if (!takesToken(remote)) {
    logger.debug('the token is not used for a local or file:// remote')
    return null
  }
  const credential = basicCredential(token)
  logger.secret(token)
  logger.secret(credential)
  return `Basic ${credential}`
}
