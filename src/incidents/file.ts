/**
 * Incidents from a JSON file (CONTRACT.md "Incidents file"), for teams whose incidents live in
 * another tracker. Every mistake is reported at once, naming the file, the entry and the field.
 */
import { readFile } from 'node:fs/promises'
import { InputError } from '../errors.js'
import { DEFAULT_FAILURE_MODE } from '../report/constants.js'
import type { Incident } from './types.js'
import { cleanText, NAME_CAP, safeUrl, TITLE_CAP } from './text.js'
import { parseZonedTime, TIME_HINT } from './time.js'

const KNOWN_KEYS = ['id', 'component', 'failure_mode', 'detected_at', 'started_at', 'resolved_at', 'title', 'url'] as const
/** More errors than this are summarised: the first ones are enough to see the pattern. */
const MAX_LISTED_ERRORS = 10

/** A checked entry: the fields as the analysis takes them (names cleaned, times in UTC). */
interface FileIncident {
  id: string
  component: string
  failure_mode?: string
  detected_at: string
  started_at?: string | null
  resolved_at?: string | null
  title?: string | null
  url?: string | null
}

type FieldCheck = { ok: true; value: unknown } | { ok: false; message: string }
const ok = (value: unknown): FieldCheck => ({ ok: true, value })
const fail = (message: string): FieldCheck => ({ ok: false, message })

/** A name as the analysis takes it: cleaned and capped, and not empty once cleaned. */
function cleanedName(raw: string, emptyMessage: string): FieldCheck {
  const cleaned = cleanText(raw, NAME_CAP)
  return cleaned === '' ? fail(emptyMessage) : ok(cleaned)
}

const name = (what: string) => (v: unknown): FieldCheck =>
  typeof v === 'string' ? cleanedName(v, `must not be empty (the ${what})`) : fail(`must be a string (the ${what})`)

function zonedTime(v: unknown): FieldCheck {
  if (typeof v !== 'string') return fail(`must be a string in ${TIME_HINT}`)
  const parsed = parseZonedTime(v)
  if (parsed.ok) return ok(parsed.iso)
  return fail(parsed.reason === 'no-zone' ? `${JSON.stringify(v)} has no time zone; write it in ${TIME_HINT}` : `${JSON.stringify(v)} is not a date and time in ${TIME_HINT}`)
}

const optional = (check: (v: unknown) => FieldCheck, nullable: boolean) => (v: unknown): FieldCheck =>
  v === undefined || (nullable && v === null) ? ok(v) : check(v)

const text = (v: unknown): FieldCheck => (typeof v === 'string' ? ok(v) : fail('must be a string'))

function incidentId(v: unknown): FieldCheck {
  if (typeof v !== 'string' && !(typeof v === 'number' && Number.isInteger(v))) return fail('must be a string such as "INC-101"')
  return cleanedName(String(v), 'must not be empty')
}

/**
 * Each field's check, in the order mistakes are listed. Written out rather than declared with a
 * schema library: this is all the incidents file needs, and `analyze` then starts without one.
 */
const FIELD_CHECKS: ReadonlyArray<[keyof FileIncident, (v: unknown) => FieldCheck]> = [
  ['id', incidentId],
  ['component', name('component the incident happened in')],
  ['failure_mode', optional(name('failure mode'), false)],
  ['detected_at', zonedTime],
  ['started_at', optional(zonedTime, true)],
  ['resolved_at', optional(zonedTime, true)],
  ['title', optional(text, true)],
  ['url', optional(text, true)]
]

/** The entry's fields checked: its values, or one line per field to fix ("field `x` is required"). */
function checkEntry(entry: Record<string, unknown>): { incident: FileIncident; errors: [] } | { incident: null; errors: string[] } {
  const errors: string[] = []
  const fields: Record<string, unknown> = {}
  for (const [key, check] of FIELD_CHECKS) {
    const result = check(entry[key])
    if (result.ok) fields[key] = result.value
    else errors.push(`field \`${key}\` ${key in entry ? result.message : 'is required'}`)
  }
  return errors.length > 0 ? { incident: null, errors } : { incident: fields as unknown as FileIncident, errors: [] }
}

/** A file's usable incidents, and one line per entry left out (its index or id, the field, the fix). */
export interface IncidentsFileEntries {
  incidents: Incident[]
  skipped: string[]
}

/**
 * The incidents of a file; entries with mistakes are left out and passed to `warn`. Throws an
 * InputError when the file cannot be read or parsed, or when it has entries and none is usable.
 */
export async function readIncidentsFile(path: string, warn: (message: string) => void = (m) => process.stderr.write(`warning: ${m}\n`)): Promise<Incident[]> {
  const { incidents, skipped } = await readIncidentsFileEntries(path)
  if (skipped.length > 0) warn(`${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} of the incidents file ${path} left out: ${skipped.join('; ')}.`)
  return incidents
}

export async function readIncidentsFileEntries(path: string): Promise<IncidentsFileEntries> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message
    throw new InputError(`Could not read the incidents file ${path} (\`incidents-file\`): ${why}. Give the path of a JSON file, relative to the workspace.`)
  }
  return parseIncidentsEntries(text.replace(/^\uFEFF/, ''), path)
}

/** The incidents of a file's text; `path` names the file in messages and becomes each incident's source. */
export function parseIncidentsJson(text: string, path: string): Incident[] {
  return parseIncidentsEntries(text, path).incidents
}

/**
 * Every usable entry of a file's text, and every other one named with what to fix. One bad entry
 * does not hide the others; only a file with entries of which none is usable is an error.
 */
export function parseIncidentsEntries(text: string, path: string): IncidentsFileEntries {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new InputError(`The incidents file ${path} is not valid JSON (${(error as Error).message}). It must be a JSON array of incidents; see the README, "Incidents file".`)
  }
  if (!Array.isArray(data)) {
    throw new InputError(
      `The incidents file ${path} must be a JSON array of incidents (\`[{"id": "INC-1", "component": "checkout", "detected_at": "2026-11-20T14:05:00Z"}]\`), not ${describe(data)}.`
    )
  }
  const skipped: string[] = []
  const incidents: Incident[] = []
  const seen = new Map<string, number>()
  data.forEach((entry, index) => {
    const where = `entry ${index}${entryId(entry)}`
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      skipped.push(`${where}: must be an object, not ${describe(entry)}`)
      return
    }
    const errors: string[] = []
    const rawId = (entry as { id?: unknown }).id
    if (typeof rawId === 'string' || typeof rawId === 'number') {
      const key = cleanText(String(rawId), NAME_CAP).toLowerCase()
      const first = seen.get(key)
      if (first !== undefined) errors.push(`id ${JSON.stringify(cleanText(String(rawId), 60))} is already used by entry ${first}; every incident needs its own id`)
      else seen.set(key, index)
    }
    const checked = checkEntry(entry as Record<string, unknown>)
    errors.push(...checked.errors)
    if (errors.length > 0 || checked.incident === null) {
      skipped.push(`${where}: ${errors.join(', ')}`)
      return
    }
    const e = checked.incident
    const unknown = Object.keys(entry).filter((k) => !(KNOWN_KEYS as readonly string[]).includes(k))
    incidents.push({
      id: e.id,
      title: e.title ? cleanText(e.title, TITLE_CAP) || null : null,
      url: safeUrl(e.url),
      component: e.component,
      failure_mode: e.failure_mode ?? DEFAULT_FAILURE_MODE,
      detected_at: e.detected_at,
      started_at: e.started_at ?? null,
      resolved_at: e.resolved_at ?? null,
      issue_number: null,
      source: path,
      problems: unknown.length > 0 ? [`incident ${e.id} in ${path}: unknown field(s) ${unknown.map((k) => `\`${cleanText(k, 40)}\``).join(', ')} ignored (known: ${KNOWN_KEYS.join(', ')}).`] : []
    })
  })
  if (skipped.length > 0 && incidents.length === 0) {
    const listed = skipped.slice(0, MAX_LISTED_ERRORS).join('; ')
    const more = skipped.length > MAX_LISTED_ERRORS ? `; and ${skipped.length - MAX_LISTED_ERRORS} more` : ''
    throw new InputError(
      `No entry of the incidents file ${path} is usable: ${listed}${more}. ` +
        'Each incident needs `id`, `component` and `detected_at`; see the README, "Incidents file".'
    )
  }
  return { incidents, skipped }
}

function entryId(entry: unknown): string {
  if (entry === null || typeof entry !== 'object') return ''
  const id = (entry as { id?: unknown }).id
  return typeof id === 'string' || typeof id === 'number' ? ` (id ${JSON.stringify(cleanText(String(id), 60))})` : ''
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return `a ${typeof value}`
}
