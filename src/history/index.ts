// Public API of the history store (see store.ts for reading, append.ts for writing).
export { appendBuiltRuns, appendRuns, buildRuns, type AppendOptions, type AppendResult, type NewRun } from './append.js'
export { compactHistory, compactIfDue, COMPACT_LAG, type CompactResult } from './compact.js'
export { formatDescription } from './describe.js'
export { makeRunId, sanitizePathSegment, validateBranchName } from './ids.js'
export { collectingLogger, plainLogger, type HistoryLogger } from './logger.js'
export { readSavedRun, saveRun } from './saved.js'
export { squashHistory, type SquashResult } from './squash.js'
export {
  defaultRemote,
  defaultTempDir,
  openHistory,
  rebuildRollup,
  DEFAULT_BRANCH,
  DEFAULT_RETENTION_DAYS,
  HistoryClone,
  type HistoryDescription,
  type OpenHistoryOptions
} from './store.js'
export { HISTORY_SCHEMA_VERSION } from './types.js'
export type * from './types.js'
