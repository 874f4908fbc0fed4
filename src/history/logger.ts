/**
 * Where the store reports what is not an error: credentials to mask, debug lines, warnings. The
 * action passes `actionsLogger` (workflow commands the runner understands); the command line passes
 * `cliLogger()`, which prints warnings as plain text and never emits `::add-mask::` or `::debug::`
 * outside GitHub Actions.
 */
import * as core from '@actions/core'

export interface HistoryLogger {
  /** a value that must never appear in logs (the runner masks it) */
  secret(value: string): void
  debug(message: string): void
  warning(message: string): void
}

export const actionsLogger: HistoryLogger = {
  secret: (value) => core.setSecret(value),
  debug: (message) => core.debug(message),
  warning: (message) => core.warning(message)
}

/** Plain stderr warnings; secrets are never printed, so there is nothing to mask. */
export const plainLogger: HistoryLogger = {
  secret: () => undefined,
  debug: () => undefined,
  warning: (message) => process.stderr.write(`warning: ${message}\n`)
}

/** The command line's logger: the runner's commands only when the CLI itself runs inside a workflow. */
export function cliLogger(env: NodeJS.ProcessEnv = process.env): HistoryLogger {
  return env.GITHUB_ACTIONS === 'true' ? actionsLogger : plainLogger
}

/** Collects warnings (tests, and callers that show them elsewhere). */
export function collectingLogger(into: string[]): HistoryLogger {
  return { secret: () => undefined, debug: () => undefined, warning: (message) => void into.push(message) }
}
