// A streaming reader for one big JSON object, for reports larger than a JavaScript string can
// hold (V8 strings end near 512 MB) or than memory should hold at once. A byte-level scanner walks
// the top-level object; the elements of chosen array values (pytest-json-report's `tests`) are cut
// out by their byte ranges and JSON.parse'd one by one, so memory holds one element at a time plus
// whatever the caller keeps. Other top-level values are parsed whole. The scanner checks the
// structure it walks (commas, colons, brackets, strings); JSON.parse checks everything inside a
// value. Errors carry the byte offset; bytes that are not UTF-8 decode to U+FFFD.
import { isUtf8 } from 'node:buffer'
import { createReadStream } from 'node:fs'
import { jsonErrorOffset, jsonErrorReason, Utf8Checker } from './text.js'

export class JsonSyntaxError extends Error {
  constructor(
    reason: string,
    /** offset of the problem in the file, in bytes */
    readonly byteOffset: number
  ) {
    super(reason)
    this.name = 'JsonSyntaxError'
  }
}

/** The file is JSON but its top-level value is not an object. */
export class JsonNotObjectError extends Error {
  constructor(readonly found: 'array' | 'other') {
    super(`top-level JSON value is ${found === 'array' ? 'an array' : 'not an object'}`)
    this.name = 'JsonNotObjectError'
  }
}

export interface ObjectStreamHandlers {
  /** top-level keys whose array value is handed over element by element */
  arrayKeys: ReadonlySet<string>
  /** an `arrayKeys` value is an array (called before its elements, also when it is empty) */
  onArrayStart(key: string): void
  onElement(key: string, element: unknown, index: number): void
  /** every other top-level value (and an `arrayKeys` value that is not an array) */
  onValue(key: string, value: unknown): void
}

export interface ObjectStreamResult {
  /** top-level keys in file order */
  keys: string[]
  invalidUtf8: boolean
}

export async function streamTopLevelObject(
  path: string,
  handlers: ObjectStreamHandlers,
  chunkBytes = 4 << 20
): Promise<ObjectStreamResult> {
  const scanner = new TopLevelScanner(handlers)
  const utf8 = new Utf8Checker()
  const stream = createReadStream(path, { highWaterMark: chunkBytes })
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      utf8.push(chunk)
      scanner.feed(chunk)
    }
  } finally {
    stream.destroy()
  }
  utf8.end()
  scanner.end()
  return { keys: scanner.keys, invalidUtf8: utf8.invalid }
}

/** The same scan over a file already in memory (no stream, no value cut between reads). */
export function scanTopLevelObject(bytes: Buffer, handlers: ObjectStreamHandlers): ObjectStreamResult {
  const scanner = new TopLevelScanner(handlers)
  scanner.feed(bytes)
  scanner.end()
  return { keys: scanner.keys, invalidUtf8: !isUtf8(bytes) }
}

const enum State {
  Start,
  KeyOrEnd,
  Colon,
  Value,
  CommaOrEnd,
  ElementOrEnd,
  ElementCommaOrEnd,
  Capture,
  Done
}

const enum Kind {
  Container,
  String,
  Primitive
}

const enum Target {
  Key,
  Value,
  Element
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d

const GUESS_PATIENCE = 16
const NEWLINE = 0x0a
const SPACE = 0x20
const COMPACT_NEXT = Buffer.from('}, {')
const COMPACT_LAST = Buffer.from('}]')
const closingLines = new Map<number, Buffer>()

/** Where the `{` at `start` probably ends (index after its `}`) from the layout, -1 when unknown in this chunk. */
function guessElementEnd(chunk: Buffer, start: number): number {
  let lineStart = start
  while (lineStart > 0 && chunk[lineStart - 1] === SPACE) lineStart--
  if (lineStart > 0 && chunk[lineStart - 1] === NEWLINE) {
    const indent = start - lineStart
    let closing = closingLines.get(indent)
    if (!closing) {
      closing = Buffer.from('\n' + ' '.repeat(indent) + '}')
      closingLines.set(indent, closing)
    }
    const at = chunk.indexOf(closing, start)
    return at === -1 ? -1 : at + closing.length
  }
  const next = chunk.indexOf(COMPACT_NEXT, start)
  const last = next === -1 ? chunk.indexOf(COMPACT_LAST, start) : -1
  const at = next !== -1 ? next : last
  return at === -1 ? -1 : at + 1
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]
/** first characters of a JSON string, number, true, false or null */
const STARTS_SCALAR = /^["\-0-9tfn]$/
const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09

// byte classes for the capture loop (0: nothing to do)
const QUOTE_CLASS = 1
const OPEN_CLASS = 2
const CLOSE_CLASS = 3
const BYTE_CLASS = new Uint8Array(256)
BYTE_CLASS[QUOTE] = QUOTE_CLASS
BYTE_CLASS[OPEN_BRACE] = OPEN_CLASS
BYTE_CLASS[OPEN_BRACKET] = OPEN_CLASS
BYTE_CLASS[CLOSE_BRACE] = CLOSE_CLASS
BYTE_CLASS[CLOSE_BRACKET] = CLOSE_CLASS

class TopLevelScanner {
  readonly keys: string[] = []
  private state = State.Start
  /** absolute offset of the current chunk's first byte */
  private chunkOffset = 0
  private afterComma = false
  private key = ''
  private elementIndex = 0
  /** wrong guesses of an element's end allowed in a row before the fast path is given up */
  private guessesLeft = GUESS_PATIENCE

  // the value being cut out
  private kind = Kind.Primitive
  private target = Target.Value
  private depth = 0
  private inString = false
  private escapePending = false
  private captureStart = 0
  private parts: Buffer[] = []

  constructor(private readonly handlers: ObjectStreamHandlers) {}

  feed(chunk: Buffer): void {
    const n = chunk.length
    let i = 0
    // start of the capture inside this chunk (0 when it began in an earlier chunk)
    let captureFrom = 0
    let end: number
    while (i < n) {
      if (this.state === State.Capture) {
        const end = this.continueCapture(chunk, i)
        if (end === -1) break
        this.finishCapture(chunk, captureFrom, end)
        i = end
        continue
      }
      const b = chunk[i]
      if (isSpace(b)) {
        i++
        continue
      }
      switch (this.state) {
        case State.Start:
          if (this.chunkOffset + i < 3 && b === UTF8_BOM[this.chunkOffset + i]) i++
          else if (b === OPEN_BRACE) {
            this.state = State.KeyOrEnd
            this.afterComma = false
            i++
          } else if (b === OPEN_BRACKET) throw new JsonNotObjectError('array')
          else if (STARTS_SCALAR.test(String.fromCharCode(b))) throw new JsonNotObjectError('other')
          else this.fail(`Unexpected token '${String.fromCharCode(b)}'`, i)
          break
        case State.KeyOrEnd:
          if (b === QUOTE) {
            captureFrom = i
            this.startCapture(Target.Key, b, i)
            i++
          } else if (b === CLOSE_BRACE && !this.afterComma) {
            this.state = State.Done
            i++
          } else this.fail('Expected double-quoted property name', i)
          break
        case State.Colon:
          if (b !== COLON) this.fail("Expected ':' after property name", i)
          this.state = State.Value
          i++
          break
        case State.Value:
          if (b === OPEN_BRACKET && this.handlers.arrayKeys.has(this.key)) {
            this.state = State.ElementOrEnd
            this.afterComma = false
            this.elementIndex = 0
            this.guessesLeft = GUESS_PATIENCE // each array gets its own chance at the fast path
            this.handlers.onArrayStart(this.key)
            i++
          } else {
            captureFrom = i
            this.startCapture(Target.Value, b, i)
            if (this.kind !== Kind.Primitive) i++
          }
          break
        case State.CommaOrEnd:
          if (b === COMMA) {
            this.state = State.KeyOrEnd
            this.afterComma = true
          } else if (b === CLOSE_BRACE) this.state = State.Done
          else this.fail("Expected ',' or '}' after property value", i)
          i++
          break
        case State.ElementOrEnd:
          if (b === CLOSE_BRACKET && !this.afterComma) {
            this.state = State.CommaOrEnd
            i++
          } else if (b === CLOSE_BRACKET || b === COMMA) {
            this.fail('Unexpected token in array', i)
          } else if (b === OPEN_BRACE && this.guessesLeft > 0 && (end = this.tryGuessedElement(chunk, i)) !== -1) {
            this.state = State.ElementCommaOrEnd
            i = end
          } else {
            captureFrom = i
            this.startCapture(Target.Element, b, i)
            if (this.kind !== Kind.Primitive) i++
          }
          break
        case State.ElementCommaOrEnd:
          if (b === COMMA) {
            this.state = State.ElementOrEnd
            this.afterComma = true
          } else if (b === CLOSE_BRACKET) this.state = State.CommaOrEnd
          else this.fail("Expected ',' or ']' after array element", i)
          i++
          break
        case State.Done:
          this.fail('Unexpected non-whitespace character after JSON', i)
      }
    }
    if (this.state === State.Capture) this.parts.push(chunk.subarray(captureFrom))
    this.chunkOffset += n
  }

  end(): void {
    if (this.state !== State.Done) throw new JsonSyntaxError('Unexpected end of JSON input', this.chunkOffset)
  }

  /**
   * The fast path for the elements of a big array. Instead of walking an object byte by byte,
   * guess where it ends and let JSON.parse confirm: Python's json.dump writes an element of an
   * indented array as `<indent>{ ... \n<indent>}` (a raw newline never occurs inside a JSON
   * string), and a compact one as `{...}, {` or `{...}]`. A slice that starts at `{` and parses
   * is exactly one object, so a wrong guess can only fail to parse, never give a wrong element;
   * then the byte walk takes over. After a run of wrong guesses (unusual formatting) it stops
   * guessing. Returns the index after the element, or -1.
   */
  private tryGuessedElement(chunk: Buffer, start: number): number {
    const guess = guessElementEnd(chunk, start)
    if (guess === -1) return -1
    let value: unknown
    try {
      value = JSON.parse(chunk.toString('utf8', start, guess))
    } catch {
      this.guessesLeft--
      return -1
    }
    this.guessesLeft = GUESS_PATIENCE
    this.handlers.onElement(this.key, value, this.elementIndex++)
    return guess
  }

  private startCapture(target: Target, first: number, i: number): void {
    this.state = State.Capture
    this.target = target
    this.captureStart = this.chunkOffset + i
    this.parts = []
    this.inString = false
    this.escapePending = false
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      this.kind = Kind.Container
      this.depth = 1
    } else if (first === QUOTE) {
      this.kind = Kind.String
      this.inString = true
    } else this.kind = Kind.Primitive
  }

  /** Index just past the captured value in this chunk, or -1 when it goes on in the next one. */
  private continueCapture(chunk: Buffer, from: number): number {
    const n = chunk.length
    let i = from
    if (this.kind === Kind.Primitive) {
      for (; i < n; i++) {
        const b = chunk[i]
        if (b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET || isSpace(b)) return i
      }
      return -1
    }
    // the hot loop: a table lookup per byte outside strings; strings are skipped with indexOf
    let depth = this.depth
    const stringOnly = this.kind === Kind.String
    while (i < n) {
      if (this.inString) {
        const close = this.findStringEnd(chunk, i)
        if (close === -1) break
        this.inString = false
        i = close + 1
        if (stringOnly) return i
        continue
      }
      const c = BYTE_CLASS[chunk[i]]
      if (c === QUOTE_CLASS) this.inString = true
      else if (c === OPEN_CLASS) depth++
      else if (c === CLOSE_CLASS && --depth === 0) {
        this.depth = 0
        return i + 1
      }
      i++
    }
    this.depth = depth
    return -1
  }

  /** The closing quote of the string the scan is in, or -1 (remembering a dangling backslash). */
  private findStringEnd(chunk: Buffer, from: number): number {
    const n = chunk.length
    let i = from
    if (this.escapePending) {
      this.escapePending = false
      i++
    }
    for (;;) {
      const quote = i < n ? chunk.indexOf(QUOTE, i) : -1
      const stop = quote === -1 ? n : quote
      let backslashes = 0
      for (let k = stop - 1; k >= i && chunk[k] === BACKSLASH; k--) backslashes++
      if (quote === -1) {
        this.escapePending = (backslashes & 1) === 1
        return -1
      }
      if ((backslashes & 1) === 0) return quote
      i = quote + 1
    }
  }

  private finishCapture(chunk: Buffer, from: number, end: number): void {
    const piece = chunk.subarray(from, end)
    const bytes = this.parts.length > 0 ? Buffer.concat([...this.parts, piece]) : piece
    this.parts = []
    const text = bytes.toString('utf8')
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      const offset = jsonErrorOffset(error, text)
      throw new JsonSyntaxError(jsonErrorReason(error), this.captureStart + Buffer.byteLength(text.slice(0, offset)))
    }
    switch (this.target) {
      case Target.Key:
        this.key = value as string
        this.keys.push(this.key)
        this.state = State.Colon
        break
      case Target.Value:
        this.handlers.onValue(this.key, value)
        this.state = State.CommaOrEnd
        break
      case Target.Element:
        this.handlers.onElement(this.key, value, this.elementIndex++)
        this.state = State.ElementCommaOrEnd
        break
    }
  }

  private fail(reason: string, i: number): never {
    throw new JsonSyntaxError(reason, this.chunkOffset + i)
  }
}
