/**
 * Incidents from a JSON file (CONTRACT.md "Incidents file"), for teams whose incidents live in
 * another tracker. Every mistake is reported at once, naming the file, the entry and the field.
 */
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { InputError } from '../errors.js'
import { DEFAULT_FAILURE_MODE } from '../report/types.js'
import type { Incident } from './types.js'
import { cleanText, NAME_CAP, safeUrl, TITLE_CAP } from './text.js'
import { parseZonedTime, TIME_HINT } from './time.js'

const KNOWN_KEYS = ['id', 'component', 'failure_mode', 'detected_at', 'started_at', 'resolved_at', 'title', 'url'] as const
/** More errors than this are summarised: the first ones are enough to see the pattern. */
const MAX_LISTED_ERRORS = 10

const name = (what: string) =>
  z
    .string({ error: `must be a string (the ${what})` })
    .transform((s) => cleanText(s, NAME_CAP))
    .refine((s) => s !== '', `must not be empty (the ${what})`)

const zonedTime = z.string({ error: `must be a string in ${TIME_HINT}` }).transform((s, ctx) => {
  const parsed = parseZonedTime(s)
  if (parsed.ok) return parsed.iso
  ctx.addIssue({
    code: 'custom',
    message: parsed.reason === 'no-zone' ? `${JSON.stringify(s)} has no time zone; write it in ${TIME_HINT}` : `${JSON.stringify(s)} is not a date and time in ${TIME_HINT}`
  })
  return z.NEVER
})

const optionalTime = zonedTime.nullable().optional()
const optionalText = z.string({ error: 'must be a string' }).nullable().optional()

const FileIncident = z.object({
  id: z
    .union([z.string(), z.number().int()], { error: 'must be a string such as "INC-101"' })
    .transform((v) => cleanText(String(v), NAME_CAP))
    .refine((s) => s !== '', 'must not be empty'),
  component: name('component the incident happened in'),
  failure_mode: name('failure mode').optional(),
  detected_at: zonedTime,
  started_at: optionalTime,
  resolved_at: optionalTime,
  title: optionalText,
  url: optionalText
})

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
    const result = FileIncident.safeParse(entry)
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = issue.path[0]
        const field = key !== undefined ? `field \`${issue.path.join('.')}\`` : 'entry'
        const missing = issue.path.length === 1 && !(String(key) in entry)
        errors.push(`${field} ${missing ? 'is required' : issue.message}`)
      }
    }
    if (errors.length > 0 || !result.success) {
      skipped.push(`${where}: ${errors.join(', ')}`)
      return
    }
    const e = result.data
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
