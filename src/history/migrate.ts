import { InputError } from '../errors.js'
import { HISTORY_SCHEMA_VERSION } from './types.js'

/** A file written by a newer action: never rebuilt around or skipped, the reader stops. */
export class NewerSchemaError extends InputError {}

/** The kinds of files on the data branch; each has its own chain of migrations. */
export type HistoryFileKind = 'run' | 'suite' | 'rollup' | 'archive'

type Doc = Record<string, unknown>
/** Turns a document of version `n` into one of version `n + 1` (in memory only). */
type Step = (doc: Doc) => Doc

/** Schema 1 rollups and archives: their failures carry no run tags (marked `?`); `ran` reads as `seen`. */
function untaggedFailures(doc: Doc): Doc {
  const tests = doc.tests
  if (tests === null || typeof tests !== 'object') return { ...doc, schema_version: 2 }
  const out: Record<string, unknown> = {}
  for (const [nodeid, t] of Object.entries(tests as Record<string, Record<string, unknown>>)) {
    out[nodeid] =
      t && typeof t.failures === 'string'
        ? { ...t, failures: t.failures.split(' ').map((token) => `${token}?`).join(' ') }
        : t
  }
  return { ...doc, tests: out, schema_version: 2 }
}

const sameShape: Step = (doc) => ({ ...doc, schema_version: (doc.schema_version as number) + 1 })

/**
 * STEPS[kind][n] upgrades version n to n + 1.
 * 1 -> 2: run ids gained job, matrix leg and a content hash (old ids stay as they are), failures in
 * the rollup carry the run's tags and tests a `ran` presence; old rollups are rebuilt from the run
 * files when read (store.ts), old archives keep untagged failures.
 */
const STEPS: Record<HistoryFileKind, Record<number, Step>> = {
  run: { 1: sameShape },
  suite: { 1: sameShape },
  rollup: { 1: untaggedFailures },
  archive: { 1: untaggedFailures }
}

/**
 * Brings a parsed history file to the current schema version. Older versions are migrated in
 * memory (the file on the branch is rewritten only when it is written anyway); a newer version
 * stops: this code cannot know what the newer fields mean.
 */
export function migrateDocument(kind: HistoryFileKind, raw: unknown, where: string): Doc {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputError(`The history file ${where} is not a JSON object; the data branch is damaged. Restore it from the branch's git history, or delete the file and rebuild.`)
  }
  let doc = raw as Doc
  const version = doc.schema_version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new InputError(`The history file ${where} has no valid schema_version; the data branch is damaged. Restore it from the branch's git history.`)
  }
  if (version > HISTORY_SCHEMA_VERSION) {
    throw new NewerSchemaError(
      `this history was written by a newer version of the action (${version}); upgrade ` +
        `(the file ${where} has schema_version ${version}, this version of the action reads up to ${HISTORY_SCHEMA_VERSION}).`
    )
  }
  for (let v = version; v < HISTORY_SCHEMA_VERSION; v++) {
    const step = STEPS[kind][v]
    if (!step) throw new Error(`no migration of ${kind} files from schema_version ${v}`)
    doc = step(doc)
  }
  return doc
}
