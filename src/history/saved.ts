/**
 * A run that could not be stored is kept in a file that `node dist/cli.js ingest --saved FILE`
 * stores later, as it was: the run file and its suite, with the branch it was meant for. The copy
 * is written before the push and removed once the run is on the branch, so a job killed at any
 * moment leaves either the stored run or the copy (or both: storing the copy again is a no-op).
 */
import { promises as fs, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { InputError } from '../errors.js'
import { migrateDocument } from './migrate.js'
import { hashSuiteText, type BuiltRun } from './runfile.js'
import { serializeLines } from './serialize.js'
import type { RunFile, SuiteFile } from './types.js'

export const SAVED_KIND = 'test-incident-loop unstored run'
export const SAVED_FOLDER = 'test-history-unstored'

interface SavedRunDocument {
  kind: typeof SAVED_KIND
  branch: string
  run: RunFile
  /** the suite file as it goes on the branch: its hash is the run's `suite` (copies written before 1.2 hold `suite`, the object) */
  suite_text?: string
  suite?: SuiteFile
}

export function savedRunPath(tempDir: string, runId: string): string {
  return path.join(tempDir, SAVED_FOLDER, `${runId}.json`)
}

export async function saveRun(tempDir: string, branch: string, built: BuiltRun): Promise<string> {
  const file = savedRunPath(tempDir, built.runFile.run.id)
  await fs.mkdir(path.dirname(file), { recursive: true })
  // the suite as its text: a later `ingest --saved` stores it as it is, without writing out thousands of test ids again
  const doc: SavedRunDocument = { kind: SAVED_KIND, branch, run: built.runFile, suite_text: built.suiteText }
  // written whole, then renamed: a reader never sees half a copy
  await fs.writeFile(`${file}.part`, JSON.stringify(doc))
  await fs.rename(`${file}.part`, file)
  return file
}

/** Reads a saved copy back as the run it was (same id, so storing it twice stores it once). */
export function readSavedRun(file: string): BuiltRun {
  let doc: SavedRunDocument
  try {
    doc = JSON.parse(readFileSync(file, 'utf8')) as SavedRunDocument
  } catch (e) {
    throw new InputError(`The saved run ${file} could not be read (${(e as Error).message}). Give the file the action named when it could not store the run.`)
  }
  if (doc?.kind !== SAVED_KIND || !doc.run || (typeof doc.suite_text !== 'string' && !doc.suite)) {
    throw new InputError(`The file ${file} is not a saved run of this action (it lacks "kind": "${SAVED_KIND}"). Give the file the action named when it could not store the run.`)
  }
  const runFile = migrateDocument('run', doc.run, file) as unknown as RunFile
  let suite: SuiteFile
  let suiteText: string
  if (typeof doc.suite_text === 'string') {
    suiteText = doc.suite_text
    try {
      suite = migrateDocument('suite', JSON.parse(suiteText), file) as unknown as SuiteFile
    } catch (e) {
      if (e instanceof InputError) throw e
      throw new InputError(`The saved run ${file} is damaged: its suite is not JSON (${(e as Error).message}).`)
    }
  } else {
    suite = migrateDocument('suite', doc.suite, file) as unknown as SuiteFile
    suiteText = serializeLines(suite, 2)
  }
  // the hash ties the suite text to the run: a text changed by hand does not match it
  const suiteHash = hashSuiteText(suiteText)
  if (suiteHash !== runFile.suite) throw new InputError(`The saved run ${file} is damaged: its suite does not match the run (hash ${suiteHash}, expected ${runFile.suite}).`)
  return { runFile, suite, suiteHash, runText: serializeLines(runFile, 2), suiteText }
}
