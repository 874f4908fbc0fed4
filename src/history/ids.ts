import { createHash } from 'node:crypto'
import { InputError } from '../errors.js'

/** Longest path segment we write; well below every file system's 255-byte limit. */
export const MAX_SEGMENT_LENGTH = 100

/**
 * Makes an id safe as one path segment: only [A-Za-z0-9._-], no leading dot (so never `.` or `..`),
 * bounded length. A shortened or rewritten id gets a short hash of the original appended, so two
 * different ids stay different.
 */
export function sanitizePathSegment(raw: string): string {
  let s = raw.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/\.{2,}/g, '_').replace(/^[.]+/, '_')
  if (s.length === 0) s = '_'
  if (s === raw && s.length <= MAX_SEGMENT_LENGTH) return s
  const tag = createHash('sha256').update(raw).digest('hex').slice(0, 8)
  return s.slice(0, MAX_SEGMENT_LENGTH - 9) + '-' + tag
}

/** `20260105T101500Z` for an ISO time (UTC, seconds). */
export function compactTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) throw new InputError(`The run time "${iso}" is not a valid ISO 8601 time; give times like 2026-01-05T10:15:00Z.`)
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/** Who made a run: the workflow run and attempt (build id), the job, the matrix leg. */
export interface RunIdentity {
  build_id: string
  job?: string | null
  matrix_leg?: string | null
}

/**
 * The id of a run: `<created yyyymmddThhmmssZ>-<build id>[-<job>][-<leg>]-<content hash>`, path-safe
 * and at most MAX_SEGMENT_LENGTH characters. Two jobs or matrix legs of one workflow run finishing
 * in the same second differ by job or leg (and by content when the leg is not known); the same
 * job attempt storing the same report twice gets the same id, so it is stored once.
 */
export function makeRunId(created: string, who: RunIdentity | string, contentHash?: string): string {
  const identity = typeof who === 'string' ? { build_id: who } : who
  const parts = [compactTime(created), identity.build_id]
  if (identity.job) parts.push(identity.job)
  if (identity.matrix_leg) parts.push(shortLeg(identity.matrix_leg))
  if (contentHash) parts.push(contentHash.slice(0, 10))
  return sanitizePathSegment(parts.join('-'))
}

/** A matrix leg as given (`0`, `3`, or a JSON object of the matrix values): short ones as they are, long ones hashed. */
function shortLeg(leg: string): string {
  const compact = leg.trim()
  if (/^[A-Za-z0-9._-]{1,24}$/.test(compact)) return compact
  return 'm' + createHash('sha256').update(compact).digest('hex').slice(0, 10)
}

/** Where pending runs of `branch` live on the server (pending.ts). */
export function pendingNamespace(branch: string): string {
  return `refs/test-history-pending/${branch}/`
}

/**
 * The ref that names the blob of the branch's rollup.json (objects.ts): a reader lists it with the
 * branch and fetches that blob with the trees, one request fewer. Only a hint: it is used when it
 * names the same blob as the tree.
 */
export function rollupRef(branch: string): string {
  return `refs/test-history-rollup/${branch}`
}

/** runs/<yyyy>/<mm>/<run id>.json */
export function runFilePath(created: string, id: string): string {
  const d = new Date(created)
  const yyyy = String(d.getUTCFullYear()).padStart(4, '0')
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0')
  return `runs/${yyyy}/${mm}/${sanitizePathSegment(id)}.json`
}

export function suiteFilePath(hash: string): string {
  if (!/^[0-9a-f]{16,64}$/.test(hash)) throw new Error(`not a suite hash: ${hash}`)
  return `suites/${hash}.json`
}

/**
 * Checks a branch name with the rules of `git check-ref-format` (for refs/heads/<name>), so a bad
 * input fails with a clear message before any git command runs.
 */
export function validateBranchName(name: string, inputName = 'history-branch'): string {
  const problem = branchNameProblem(name)
  if (problem) {
    throw new InputError(
      `The ${inputName} input "${name}" is not a valid git branch name: ${problem}. ` +
        'Use letters, digits, "-", "_", "." and "/" (for example "test-history").'
    )
  }
  return name
}

function branchNameProblem(name: string): string | null {
  if (name.length === 0) return 'it is empty'
  if (name.length > 200) return 'it is longer than 200 characters'
  if (name === '@') return 'it is "@"'
  if (name.startsWith('-')) return 'it starts with "-"'
  if (name.startsWith('/') || name.endsWith('/')) return 'it starts or ends with "/"'
  if (name.includes('//')) return 'it contains "//"'
  if (name.endsWith('.')) return 'it ends with "."'
  if (name.includes('..')) return 'it contains ".."'
  if (name.includes('@{')) return 'it contains "@{"'
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name)) return 'it contains a space, a control character or one of ~ ^ : ? * [ \\'
  for (const part of name.split('/')) {
    if (part.startsWith('.')) return `the part "${part}" starts with "."`
    if (part.endsWith('.lock')) return `the part "${part}" ends with ".lock"`
  }
  return null
}
