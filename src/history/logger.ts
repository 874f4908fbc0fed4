/**
 * Where the store reports what is not an error: credentials to mask, debug lines, warnings. The
 * action passes `actionsLogger` (src/action/logger.ts: workflow commands the runner understands);
 * the command line passes `cliLogger()` (src/cli/logger.ts), which prints warnings as plain text and
 * never emits `::add-mask::` or `::debug::` outside GitHub Actions.
 */

export interface HistoryLogger {
  /** a value that must never appear in logs (the runner masks it) */
  secret(value: string): void
  debug(message: string): void
  warning(message: string): void
}

/** Plain stderr warnings; secrets are never printed, so there is nothing to mask. */
export const plainLogger: HistoryLogger = {
  secret: () => undefined,
  debug: () => undefined,
  warning: (message) => process.stderr.write(`warning: ${message}\n`)
}

/** Collects warnings (tests, and callers that show them elsewhere). */
export function collectingLogger(into: string[]): HistoryLogger {
  return { secret: () => undefined, debug: () => undefined, warning: (message) => void into.push(message) }
}
