/** The store's logger inside the action: workflow commands the runner understands (masking, debug, warnings). */
import * as core from '@actions/core'
import type { HistoryLogger } from '../history/logger.js'

export const actionsLogger: HistoryLogger = {
  secret: (value) => core.setSecret(value),
  debug: (message) => core.debug(message),
  warning: (message) => core.warning(message)
}
