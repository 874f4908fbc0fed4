// Public API of the history store (see store.ts for the behaviour).
export { appendRuns, openHistory, rebuildRollup, squashHistory, DEFAULT_BRANCH, DEFAULT_RETENTION_DAYS, HistoryClone } from './store.js';
export { formatDescription } from './describe.js';
export { makeRunId, sanitizePathSegment, validateBranchName } from './ids.js';
export { HISTORY_SCHEMA_VERSION } from './types.js';
