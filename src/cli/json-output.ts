/**
 * JSON to a stream without building the whole text first. JSON.stringify returns one string, and a
 * JavaScript string ends near 512 MB: a run of a few million tests (a 200 MB report) does not fit.
 * jsonChunks() walks the value with an explicit stack and hands out the text in chunks of about
 * CHUNK characters, byte for byte what JSON.stringify(value, null, indent) gives; writeJson() writes
 * them, waiting for the stream to drain, and stops when the reader has gone (`| head`).
 */
import type { Writable } from 'node:stream'

const CHUNK = 1 << 16

type Frame =
  | { kind: 'array'; items: unknown[]; next: number; depth: number }
  | { kind: 'object'; entries: Array<[string, unknown]>; next: number; depth: number }

/** The JSON text of `value` in chunks; undefined, functions and symbols are treated as JSON.stringify does. */
export function* jsonChunks(value: unknown, indent = 2): Generator<string> {
  let buffer = ''
  const pad = (depth: number) => (indent > 0 ? '\n' + ' '.repeat(indent * depth) : '')
  const colon = indent > 0 ? ': ' : ':'
  const stack: Frame[] = []

  // Writes a prepared value: a leaf at once, a non-empty container as its opening bracket plus a frame.
  const open = (v: unknown, depth: number): void => {
    if (v === undefined) {
      buffer += 'null' // array items (object members were filtered out before)
      return
    }
    if (Array.isArray(v)) {
      if (v.length === 0) buffer += '[]'
      else {
        buffer += '['
        stack.push({ kind: 'array', items: v, next: 0, depth: depth + 1 })
      }
      return
    }
    if (v !== null && typeof v === 'object') {
      const entries = Object.keys(v)
        .map((k): [string, unknown] => [k, prepare((v as Record<string, unknown>)[k], k)])
        .filter(([, member]) => member !== undefined)
      if (entries.length === 0) buffer += '{}'
      else {
        buffer += '{'
        stack.push({ kind: 'object', entries, next: 0, depth: depth + 1 })
      }
      return
    }
    buffer += JSON.stringify(v)
  }

  open(prepare(value, ''), 0)
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]
    const size = frame.kind === 'array' ? frame.items.length : frame.entries.length
    if (frame.next === size) {
      stack.pop()
      buffer += pad(frame.depth - 1) + (frame.kind === 'array' ? ']' : '}')
    } else {
      const index = frame.next++
      buffer += (index > 0 ? ',' : '') + pad(frame.depth)
      if (frame.kind === 'array') open(prepare(frame.items[index], String(index)), frame.depth)
      else {
        const [key, member] = frame.entries[index]
        buffer += JSON.stringify(key) + colon
        open(member, frame.depth)
      }
    }
    if (buffer.length >= CHUNK) {
      yield buffer
      buffer = ''
    }
  }
  if (buffer !== '') yield buffer
}

/** toJSON (dates) first; then what JSON.stringify leaves out or turns into null. */
function prepare(raw: unknown, key: string): unknown {
  let v = raw
  if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    v = (v as { toJSON: (key: string) => unknown }).toJSON(key)
  }
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return undefined
  if (typeof v === 'number' && !Number.isFinite(v)) return null
  if (v instanceof Number || v instanceof String || v instanceof Boolean) return v.valueOf()
  return v
}

/**
 * Writes `value` as JSON plus a newline. Resolves false, having written what it could, when the
 * stream was closed by its reader; never holds more than one chunk beyond what the stream buffers.
 */
export async function writeJson(stream: Writable, value: unknown, indent = 2): Promise<boolean> {
  for (const chunk of jsonChunks(value, indent)) {
    if (!(await writeChunk(stream, chunk))) return false
  }
  return writeChunk(stream, '\n')
}

async function writeChunk(stream: Writable, chunk: string): Promise<boolean> {
  if (stream.destroyed || stream.writableEnded) return false
  if (stream.write(chunk)) return true
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done)
      stream.off('close', done)
      stream.off('error', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('close', done)
    stream.on('error', done)
  })
  return !stream.destroyed
}
