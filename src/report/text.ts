// Small text helpers shared by the readers: message capping, failure-text summaries, UTF-8 checks
// and line:column positions for error messages.
import { isUtf8 } from 'node:buffer'
import { createReadStream } from 'node:fs'
import { MESSAGE_CAP } from './constants.js'

/**
 * Caps a message at MESSAGE_CAP characters (an ellipsis marks the cut) without splitting a
 * surrogate pair. The result is a fresh flat string, so a capped slice never keeps a huge
 * source string (a 10 kB longrepr, or a whole parsed element) alive in memory.
 */
export function capMessage(text: string): string {
  if (text.length <= MESSAGE_CAP) return text
  let end = MESSAGE_CAP - 1
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return Buffer.from(text.slice(0, end) + '…', 'utf8').toString('utf8')
}

/**
 * The most telling line(s) of a pytest failure text (longrepr, JUnit element text): the `E   ...`
 * lines pytest prints for the exception, else the last non-empty line (a native traceback ends
 * with `ExcType: message`). Only the tail is looked at, so a huge text costs little.
 */
export function summariseFailureText(text: string): string | null {
  const tail = text.length > 65536 ? text.slice(text.length - 65536) : text
  const lines = tail.split('\n')
  const eLines: string[] = []
  for (const line of lines) {
    if (line.startsWith('E ')) eLines.push(line.slice(1).trim())
  }
  if (eLines.length > 0) return capMessage(eLines.join('\n'))
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim()
    if (line !== '') return capMessage(line)
  }
  return null
}

/** A skip reason from pytest's `(path, lineno, "Skipped: reason")` longrepr, as tuple text or array. */
export function skipReason(longrepr: unknown): string | null {
  if (Array.isArray(longrepr) && typeof longrepr[2] === 'string') return capMessage(stripSkipped(longrepr[2]))
  if (typeof longrepr !== 'string' || longrepr === '') return null
  // xdist prefixes the tuple with a `[gw0] linux -- Python ...` line
  const tuple = /(?:^|\n)\(.*?, \d+, (['"])([\s\S]*)\1\)\s*$/.exec(longrepr)
  return capMessage(stripSkipped(tuple ? tuple[2] : longrepr))
}

const stripSkipped = (reason: string): string => reason.replace(/^Skipped: /, '')

/**
 * Checks UTF-8 validity of a file read in chunks: a multi-byte character split between two
 * chunks is carried over instead of being reported as invalid.
 */
export class Utf8Checker {
  private carry: Buffer | null = null
  invalid = false

  push(chunk: Buffer): void {
    if (this.invalid) return
    const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk
    const cut = incompleteTailStart(data)
    this.carry = cut < data.length ? Buffer.from(data.subarray(cut)) : null
    if (!isUtf8(data.subarray(0, cut))) this.invalid = true
  }

  end(): void {
    if (this.carry) this.invalid = true
    this.carry = null
  }
}

/** Start of an unfinished UTF-8 sequence at the end of `data` (data.length when there is none). */
function incompleteTailStart(data: Buffer): number {
  for (let back = 1; back <= 3 && back <= data.length; back++) {
    const byte = data[data.length - back]
    if ((byte & 0xc0) === 0x80) continue // continuation byte: keep looking for the lead byte
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
    return need > back ? data.length - back : data.length
  }
  return data.length
}

export interface LineColumn {
  line: number
  column: number
}

/** 1-based line and column (in characters) of a character offset in a string. */
export function lineColumnInText(text: string, offset: number): LineColumn {
  const end = Math.max(0, Math.min(offset, text.length))
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: end - lineStart + 1 }
}

/**
 * 1-based line and column of a byte offset in a file, read as a stream (only used to word an
 * error message, so the extra pass over a huge file costs nothing on the happy path).
 */
export async function lineColumnInFile(path: string, byteOffset: number): Promise<LineColumn> {
  let line = 1
  let position = 0
  const lineTail: Buffer[] = []
  const stream = createReadStream(path, { highWaterMark: 1 << 20 })
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const limit = Math.min(chunk.length, byteOffset - position)
    let from = 0
    for (let i = chunk.indexOf(10); i !== -1 && i < limit; i = chunk.indexOf(10, i + 1)) {
      line++
      lineTail.length = 0
      from = i + 1
    }
    lineTail.push(chunk.subarray(from, Math.max(from, limit)))
    position += chunk.length
    if (position >= byteOffset) {
      stream.destroy()
      break
    }
  }
  // Columns count characters, not bytes; a line can be huge (compact JSON), so only decode it here.
  const column = Buffer.concat(lineTail).toString('utf8').length + 1
  return { line, column }
}

/**
 * The character offset a JSON.parse SyntaxError points at. V8 says "at position N" for most
 * errors; for an unexpected token it quotes up to 10 characters on each side instead
 * (`Unexpected token 'x', ..."context"... is not valid JSON`), which locates it too;
 * "Unexpected end of JSON input" means the end.
 */
export function jsonErrorOffset(error: unknown, text: string): number {
  const message = error instanceof Error ? error.message : String(error)
  const position = /at position (\d+)/.exec(message)
  if (position) return Number(position[1])
  const token = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message)
  if (token) {
    const [, char, cutBefore, context, cutAfter] = token
    if (!cutBefore && cutAfter) return Math.max(0, context.length - 10)
    if (cutBefore && !cutAfter) return text.length - context.length + 10
    const at = text.indexOf(context)
    if (cutBefore && at !== -1) return at + 10
    const own = text.indexOf(char)
    return own === -1 ? 0 : own
  }
  return text.length
}

/** The reason part of a JSON.parse error, without V8's quoted excerpt of the input. */
export function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '').replace(/ in JSON at position \d+[\s\S]*$/, '')
}

export const invalidUtf8Notice = (path: string): string =>
  `${path} contains bytes that are not valid UTF-8; they were read as U+FFFD (�).`
