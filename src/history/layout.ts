/**
 * What the data branch may hold, checked on the tree listing before any blob is read: regular
 * files at the paths below, nothing else that matters. A symlink, a submodule or an executable
 * at any of them (or where one of their folders should be) is refused with an error naming it;
 * other files are ignored. Every kind of file has a size bound, checked before it is read.
 */
import { InputError } from '../errors.js'
import type { TreeEntry } from './objects.js'

export const ROLLUP_PATH = 'rollup.json'
export const ARCHIVE_PATH = 'archive.json'
export const README_PATH = 'README.md'

/** Largest file of each kind the store reads (bytes). */
export const SIZE_BOUNDS = {
  run: 16 * 1024 * 1024,
  suite: 64 * 1024 * 1024,
  rollup: 512 * 1024 * 1024,
  archive: 512 * 1024 * 1024
} as const

export type BoundedKind = keyof typeof SIZE_BOUNDS

const RUN_FILE = /^runs\/\d{4}\/\d{2}\/[A-Za-z0-9_-][A-Za-z0-9._-]*\.json$/
const SUITE_FILE = /^suites\/([0-9a-f]{16,64})\.json$/
const OWNED_ROOTS = ['runs', 'suites', ROLLUP_PATH, ARCHIVE_PATH, README_PATH]

/** A pending run as fetched: its ref on the server and the files its commit holds. */
export interface PendingRun {
  ref: string
  commit: string
  /** run file path -> blob id (one per ref as written; a ref by other hands may hold more) */
  runs: Map<string, string>
  /** suite hash -> blob id */
  suites: Map<string, string>
}

export interface BranchLayout {
  rollup: string | null
  archive: string | null
  readme: string | null
  /** run file path -> blob id */
  runs: Map<string, string>
  /** suite hash -> blob id */
  suites: Map<string, string>
  /** paths that are none of the above (left alone, reported once) */
  ignored: string[]
  /** runs pushed beside the branch (pending.ts); their files are in `runs` and `suites` too */
  pending: PendingRun[]
  /** the files of `runs` and `suites` that only a pending run holds: path -> blob id */
  fromPending: Map<string, string>
}

/** A layout with nothing in it (a branch that does not exist yet). */
export function emptyLayout(): BranchLayout {
  return { rollup: null, archive: null, readme: null, runs: new Map(), suites: new Map(), ignored: [], pending: [], fromPending: new Map() }
}

/**
 * Sorts a tree listing into the layout, or refuses it (InputError naming the offending path and
 * `holder`, what the tree belongs to: the branch, or a pending run of it).
 */
export function readLayout(entries: TreeEntry[], branch: string, holder = `The history branch "${branch}"`): BranchLayout {
  const layout = emptyLayout()
  for (const e of entries) {
    if (e.type === 'tree') continue // folders: their files are listed too
    const owned = OWNED_ROOTS.some((root) => e.path === root || e.path.startsWith(`${root}/`))
    if (!owned) {
      layout.ignored.push(e.path)
      continue
    }
    if (e.type !== 'blob' || e.mode !== '100644') throw refused(e, holder)
    if (e.path === ROLLUP_PATH) layout.rollup = e.oid
    else if (e.path === ARCHIVE_PATH) layout.archive = e.oid
    else if (e.path === README_PATH) layout.readme = e.oid
    else if (RUN_FILE.test(e.path)) layout.runs.set(e.path, e.oid)
    else if (SUITE_FILE.test(e.path)) layout.suites.set(SUITE_FILE.exec(e.path)?.[1] as string, e.oid)
    else if (e.path.startsWith(`${ROLLUP_PATH}/`) || e.path.startsWith(`${ARCHIVE_PATH}/`) || e.path.startsWith(`${README_PATH}/`)) {
      throw new InputError(
        `${holder} holds a folder where the file ${e.path.split('/')[0]} should be (found ${e.path}). ` +
          `The branch was changed by something other than this action; restore it from the branch's git history (git revert the commit that added ${e.path}).`
      )
    } else layout.ignored.push(e.path)
  }
  return layout
}

function refused(e: TreeEntry, holder: string): InputError {
  const what = e.mode === '120000' ? 'a symbolic link' : e.type === 'commit' ? 'a submodule' : e.mode === '100755' ? 'an executable file' : `an entry of mode ${e.mode}`
  return new InputError(
    `${holder} holds ${what} at ${e.path}; the action only reads regular files there and refuses to use the branch. ` +
      `Someone with push access changed the branch by hand or on purpose: remove ${e.path} from the branch (git rm it and push), or restore the branch from its git history, then run again.`
  )
}

/** Refuses a file larger than its bound, naming it. */
export function checkSize(kind: BoundedKind, file: string, size: number, branch: string): void {
  const bound = SIZE_BOUNDS[kind]
  if (size > bound) {
    throw new InputError(
      `The file ${file} on the history branch "${branch}" is ${size} bytes, more than the ${bound} bytes a ${kind} file may have; the action refuses to read it. ` +
        `Restore the file from the branch's git history, or delete it and run \`node dist/cli.js history --rebuild\`.`
    )
  }
}
