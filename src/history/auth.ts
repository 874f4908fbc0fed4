/**
 * Passes the token to git the way actions/checkout does: an `http.<origin>/.extraheader` with
 * `AUTHORIZATION: basic base64("x-access-token:<token>")`. Unlike a checkout, the header is never
 * written to a config file: it travels in the git child's environment (GIT_CONFIG_COUNT/KEY/VALUE),
 * so it is in no argv, on no disk, and gone with the process. Both forms are handed to the
 * logger as secrets (in Actions the runner masks them).
 */
import type { Git } from './git.js'
import type { HistoryLogger } from './logger.js'

/** `http.https://github.com/.extraheader` for an http(s) remote; null for local and file:// remotes. */
export function extraHeaderKey(remote: string): string | null {
  let url: URL
  try {
    url = new URL(remote)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  return `http.${url.protocol}//${url.host}/.extraheader`
}

export function basicCredential(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')
}

export function configureAuth(git: Git, remote: string, token: string | undefined, logger: HistoryLogger): void {
  const key = extraHeaderKey(remote)
  if (!token || !key) return
  const credential = basicCredential(token)
  logger.secret(token)
  logger.secret(credential)
  git.setEnvConfig([[key, `AUTHORIZATION: basic ${credential}`]])
}
