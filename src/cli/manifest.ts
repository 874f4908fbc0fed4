/** The backfill manifest of CONTRACT.md: which old reports to ingest, with their commit and time. */
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { z } from 'zod'
import { InputError } from '../errors.js'

const isoWithZone = z
  .string()
  .refine((s) => /(Z|[+-]\d\d:?\d\d)$/i.test(s) && !Number.isNaN(Date.parse(s)), 'an ISO 8601 time with a zone, e.g. 2026-11-24T12:00:00Z')

const Entry = z.object({
  file: z.string().min(1, 'a report path'),
  build_id: z.union([z.string().min(1), z.number()]).transform(String),
  sha: z.string().min(1).nullable().optional(),
  branch: z.string().min(1).nullable().optional(),
  created: isoWithZone.optional()
})

export interface ManifestEntry {
  /** absolute path of the report */
  file: string
  build_id: string
  sha: string | null
  branch: string | null
  created: string | null
}

export async function readManifest(path: string): Promise<ManifestEntry[]> {
  let data: unknown
  try {
    data = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message
    throw new InputError(`Cannot read the backfill manifest ${path}: ${reason}.`)
  }
  if (!Array.isArray(data)) throw new InputError(`The backfill manifest ${path} must be a JSON array of {"file", "build_id", "sha", "branch", "created"} objects, oldest first.`)
  return data.map((item, index) => {
    const parsed = Entry.safeParse(item)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new InputError(`Entry ${index} of the backfill manifest ${path}: field \`${issue.path.join('.') || '(entry)'}\`: ${issue.message}.`)
    }
    const e = parsed.data
    return { file: resolve(dirname(path), e.file), build_id: e.build_id, sha: e.sha ?? null, branch: e.branch ?? null, created: e.created ? new Date(e.created).toISOString() : null }
  })
}
