import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readIncidentsFile, readIncidentsFileEntries } from '../../src/incidents/file.js'
import { InputError } from '../../src/errors.js'

const dir = mkdtempSync(join(tmpdir(), 'incidents-file-'))
let counter = 0
function file(content: unknown): string {
  const path = join(dir, `incidents-${counter++}.json`)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  return path
}

async function failure(path: string): Promise<string> {
  try {
    await readIncidentsFile(path)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}

describe('readIncidentsFile', () => {
  it('reads the format of CONTRACT.md, with defaults and times normalised to UTC', async () => {
    const path = file([
      {
        id: 'INC-101',
        component: 'checkout-service',
        failure_mode: 'gateway_5xx',
        detected_at: '2026-07-09T14:00:00Z',
        started_at: '2026-07-09T14:30:00+02:00',
        resolved_at: '2026-07-09T16:00:00Z',
        title: 'Checkout returned 502',
        url: 'https://status.example.com/INC-101'
      },
      { id: 'INC-102', component: ' search ', detected_at: '2026-07-10T08:00:00-05:00' }
    ])
    expect(await readIncidentsFile(path)).toEqual([
      {
        id: 'INC-101',
        title: 'Checkout returned 502',
        url: 'https://status.example.com/INC-101',
        component: 'checkout-service',
        failure_mode: 'gateway_5xx',
        detected_at: '2026-07-09T14:00:00.000Z',
        started_at: '2026-07-09T12:30:00.000Z',
        resolved_at: '2026-07-09T16:00:00.000Z',
        issue_number: null,
        source: path,
        problems: []
      },
      {
        id: 'INC-102',
        title: null,
        url: null,
        component: 'search',
        failure_mode: 'general',
        detected_at: '2026-07-10T13:00:00.000Z',
        started_at: null,
        resolved_at: null,
        issue_number: null,
        source: path,
        problems: []
      }
    ])
  })

  it('accepts an empty array and a byte-order mark', async () => {
    expect(await readIncidentsFile(file('\uFEFF[]'))).toEqual([])
  })

  it('notes unknown fields instead of failing (a typo must not pass silently)', async () => {
    const [incident] = await readIncidentsFile(file([{ id: 'A', component: 'x', detected_at: '2026-01-01T00:00:00Z', 'failure-mode': 'timeout' }]))
    expect(incident.failure_mode).toBe('general')
    expect(incident.problems).toEqual([expect.stringContaining('unknown field(s) `failure-mode` ignored')])
  })

  it('names the file, the entry, its id and the field of every mistake', async () => {
    const path = file([
      { id: 'INC-1', component: 'a', detected_at: '2026-07-09 14:00' },
      { id: 'INC-2', detected_at: '2026-07-09T14:00:00Z' },
      { id: 'INC-3', component: 'c', detected_at: '2026-07-09T14:00:00Z', resolved_at: 'soon' },
      { id: 'INC-1', component: 'd', detected_at: '2026-07-09T14:00:00Z' },
      'not an object',
      { component: 'e', detected_at: '2026-07-09T14:00:00Z', failure_mode: 3 }
    ])
    const message = await failure(path)
    expect(message).toContain(`No entry of the incidents file ${path} is usable:`)
    expect(message).toContain('entry 0 (id "INC-1"): field `detected_at` "2026-07-09 14:00" has no time zone; write it in ISO 8601 with a zone')
    expect(message).toContain('entry 1 (id "INC-2"): field `component` is required')
    expect(message).toContain('entry 2 (id "INC-3"): field `resolved_at` "soon" is not a date and time')
    expect(message).toContain('entry 3 (id "INC-1"): id "INC-1" is already used by entry 0')
    expect(message).toContain('entry 4: must be an object, not a string')
    expect(message).toContain('entry 5: field `id` is required, field `failure_mode` must be a string (the failure mode)')
  })

  it('analyses the good entries of a file with a bad one, and names the bad one with its field and fix', async () => {
    const path = file([
      { id: 'INC-1', component: 'checkout', detected_at: '2026-07-09T14:00:00Z' },
      { id: 'INC-2', component: 'search', detected_at: 'yesterday' },
      { id: 'INC-3', component: 'payments', detected_at: '2026-07-10T09:00:00+02:00' }
    ])
    const { incidents, skipped } = await readIncidentsFileEntries(path)
    expect(incidents.map((i) => i.id)).toEqual(['INC-1', 'INC-3'])
    expect(skipped).toEqual(['entry 1 (id "INC-2"): field `detected_at` "yesterday" is not a date and time in ISO 8601 with a zone, e.g. `2026-11-20T14:05:00Z` or `2026-11-20T15:05:00+01:00`'])
    const warnings: string[] = []
    expect((await readIncidentsFile(path, (m) => warnings.push(m))).map((i) => i.id)).toEqual(['INC-1', 'INC-3'])
    expect(warnings).toEqual([expect.stringContaining(`1 entry of the incidents file ${path} left out: entry 1 (id "INC-2")`)])
  })

  it('an empty array is no incidents, not a mistake', async () => {
    expect(await readIncidentsFileEntries(file([]))).toEqual({ incidents: [], skipped: [] })
  })

  it('explains a missing file, bad JSON and a non-array', async () => {
    expect(await failure(join(dir, 'missing.json'))).toMatch(/incidents file .*missing\.json \(`incidents-file`\): it does not exist/)
    expect(await failure(file('[{"id": '))).toMatch(/is not valid JSON/)
    expect(await failure(file({ id: 'x' }))).toMatch(/must be a JSON array of incidents .*, not a object\.|must be a JSON array of incidents .*, not an object\./)
  })
})
