/**
 * A metrics export for teams on another system (input `metrics-file`): CSV with a header row, or a
 * JSON array of objects, with the columns `service`, `timestamp` (ISO 8601 with a zone, or unix
 * seconds), `error_rate` (a fraction: 0.02 = 2 %) and `latency_p99` (milliseconds; the alias
 * `latency_p99_ms` works too). An empty cell is a missing sample. Other columns are ignored.
 */
import { readFile } from 'node:fs/promises'
import { InputError } from '../errors.js'
import type { MetricsSource, Point, SeriesKind } from './types.js'

interface ComponentSeries {
  error_rate: Point[]
  latency_p99: Point[]
}

const MAX_PROBLEMS = 5

export class FileSource implements MetricsSource {
  readonly kind = 'file' as const
  constructor(private readonly byComponent: Map<string, ComponentSeries>) {}

  static async read(path: string): Promise<FileSource> {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (e) {
      throw new InputError(`The metrics-file ${path} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the path (relative to the workspace).`)
    }
    return FileSource.parse(text, path)
  }

  static parse(text: string, path: string): FileSource {
    const rows = text.trimStart().startsWith('[') ? jsonRows(text, path) : csvRows(text, path)
    const byComponent = new Map<string, ComponentSeries>()
    const problems: string[] = []
    rows.forEach(({ where, get }) => {
      const service = get('service')?.trim()
      const time = parseTime(get('timestamp'))
      if (!service) return void problems.push(`${where}: no service`)
      if (time === null) return void problems.push(`${where}: timestamp ${JSON.stringify(get('timestamp') ?? '')} is not ISO 8601 with a zone or unix seconds`)
      const key = service.toLowerCase()
      const entry = byComponent.get(key) ?? { error_rate: [], latency_p99: [] }
      byComponent.set(key, entry)
      for (const [kind, names] of [['error_rate', ['error_rate']], ['latency_p99', ['latency_p99', 'latency_p99_ms']]] as const) {
        const raw = names.map((n) => get(n)).find((v) => v !== undefined && v.trim() !== '')
        if (raw === undefined) continue
        const value = Number(raw)
        if (!Number.isFinite(value) || value < 0) problems.push(`${where}: ${kind} ${JSON.stringify(raw)} is not a number >= 0`)
        else entry[kind].push([time, value])
      }
    })
    if (problems.length > 0) {
      const shown = problems.slice(0, MAX_PROBLEMS).join('; ')
      throw new InputError(`The metrics-file ${path} has ${problems.length} bad row(s): ${shown}${problems.length > MAX_PROBLEMS ? '; …' : ''}. Each row needs service, timestamp (ISO 8601 with a zone, or unix seconds), error_rate (a fraction) and latency_p99 (milliseconds).`)
    }
    for (const entry of byComponent.values()) {
      entry.error_rate.sort((a, b) => a[0] - b[0])
      entry.latency_p99.sort((a, b) => a[0] - b[0])
    }
    return new FileSource(byComponent)
  }

  async series(kind: SeriesKind, component: string, start: number, end: number): Promise<Point[]> {
    const points = this.byComponent.get(component.trim().toLowerCase())?.[kind] ?? []
    return points.slice(firstIndex(points, (t) => t >= start), firstIndex(points, (t) => t > end))
  }
}

type Row = { where: string; get: (name: string) => string | undefined }

function jsonRows(text: string, path: string): Row[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new InputError(`The metrics-file ${path} is not valid JSON (${(e as Error).message}); give an array of {service, timestamp, error_rate, latency_p99} objects, or CSV.`)
  }
  if (!Array.isArray(data)) throw new InputError(`The metrics-file ${path} must hold a JSON array of {service, timestamp, error_rate, latency_p99} objects.`)
  return data.map((item, index) => {
    const record = item && typeof item === 'object' ? (item as Record<string, unknown>) : {}
    return {
      where: `item ${index}`,
      get: (name) => {
        const v = record[name]
        return v === null || v === undefined ? undefined : String(v)
      }
    }
  })
}

function csvRows(text: string, path: string): Row[] {
  const lines = text.split(/\r?\n/)
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim().toLowerCase())
  for (const required of ['service', 'timestamp']) {
    if (!header.includes(required)) throw new InputError(`The metrics-file ${path} has no ${required} column; its first line must name the columns: service,timestamp,error_rate,latency_p99.`)
  }
  const rows: Row[] = []
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue
    const cells = splitCsvLine(lines[i])
    rows.push({ where: `line ${i + 1}`, get: (name) => { const at = header.indexOf(name); return at < 0 ? undefined : cells[at] } })
  }
  return rows
}

/** RFC 4180 fields on one line (quoted fields may hold commas and doubled quotes, not newlines). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      cells.push(cell)
      cell = ''
    } else cell += ch
  }
  cells.push(cell)
  return cells
}

function parseTime(raw: string | undefined): number | null {
  const text = raw?.trim() ?? ''
  if (/^\d{9,11}(\.\d+)?$/.test(text)) return Number(text)
  // a time without a zone would be a guess: refuse it, as the incidents file does
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) return null
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? null : ms / 1000
}

/** The first index whose time satisfies `after` (monotone over sorted points). */
function firstIndex(points: Point[], after: (t: number) => boolean): number {
  let lo = 0
  let hi = points.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (!after(points[mid][0])) lo = mid + 1
    else hi = mid
  }
  return lo
}
