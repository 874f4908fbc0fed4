// Public API of the history store (see store.ts for the behaviour).
export {
  appendRuns,
  defaultRemote,
  defaultTempDir,
  openHistory,
  rebuildRollup,
  squashHistory,
  DEFAULT_BRANCH,
  DEFAULT_RETENTION_DAYS,
  HistoryClone,
  type AppendOptions,
  type AppendResult,
  type HistoryDescription,
  type NewRun,
  type OpenHistoryOptions,
  type SquashResult
} from './store.js'
export { formatDescription } from './describe.js'
export { makeRunId, sanitizePathSegment, validateBranchName } from './ids.js'
export { HISTORY_SCHEMA_VERSION } from './types.js'
export type * from './types.js'
