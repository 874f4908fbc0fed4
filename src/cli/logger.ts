import { plainLogger, type HistoryLogger } from '../history/logger.js'

/**
 * The command line's logger: the runner's commands only when the CLI itself runs inside a
 * workflow. Loaded on demand, so a command run elsewhere never loads @actions/core.
 */
export async function cliLogger(env: NodeJS.ProcessEnv = process.env): Promise<HistoryLogger> {
  return env.GITHUB_ACTIONS === 'true' ? (await import('../action/logger.js')).actionsLogger : plainLogger
}
