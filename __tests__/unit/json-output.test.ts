/** The streaming JSON writer: JSON.stringify's text, in chunks, with no limit on the total length. */
import { describe, expect, it } from '@jest/globals'
import { constants } from 'node:buffer'
import { PassThrough } from 'node:stream'
import { jsonChunks, writeJson } from '../../src/cli/json-output.js'

const whole = (value: unknown, indent = 2) => [...jsonChunks(value, indent)].join('')

describe('jsonChunks', () => {
  it('gives exactly what JSON.stringify gives, with and without indentation', () => {
    const values: unknown[] = [
      null,
      0,
      -1.5e-7,
      'text with "quotes", \\ and \n and \u2028 and 😀',
      [],
      {},
      [[], {}, [[]], { a: {} }],
      { a: 1, b: undefined, c: () => 1, d: Symbol('s'), e: [undefined, () => 1, NaN, Infinity], f: null },
      { when: new Date('2026-11-30T10:00:00Z'), nested: { deeper: { list: [1, 'two', { three: 3 }] } } },
      { toJSON: () => ({ replaced: true }) },
      [new Number(1), new String('s'), new Boolean(false)]
    ]
    for (const value of values) {
      for (const indent of [0, 2, 4]) expect(whole(value, indent)).toBe(JSON.stringify(value, null, indent))
    }
  })

  it('writes a document longer than the longest JavaScript string', () => {
    // 600 references to one 1 MB string: cheap to hold, more than 512 MB of JSON text
    const piece = 'x'.repeat(1 << 20)
    const document = { tests: Array.from({ length: 600 }, () => piece) }
    let length = 0
    let first = ''
    let last = ''
    for (const chunk of jsonChunks(document)) {
      if (first === '') first = chunk.slice(0, 21)
      length += chunk.length
      last = (last + chunk).slice(-16)
    }
    // {\n  "tests": [\n    "x…x",\n    … \n  ]\n}
    const element = 4 + piece.length + 2
    expect(length).toBe(2 + 2 + '"tests": ['.length + 600 * (1 + element) + (600 - 1) + 1 + 2 + 1 + 1 + 1)
    expect(length).toBeGreaterThan(constants.MAX_STRING_LENGTH)
    expect(first).toBe('{\n  "tests": [\n    "x')
    expect(last.endsWith('x"\n  ]\n}')).toBe(true)
  })
})

describe('writeJson', () => {
  it('waits for a slow reader and ends with a newline', async () => {
    const stream = new PassThrough({ highWaterMark: 1024 })
    const value = { rows: Array.from({ length: 5000 }, (_, i) => ({ i, name: `row ${i}` })) }
    const received: Buffer[] = []
    const reading = (async () => {
      for await (const chunk of stream) received.push(chunk as Buffer)
    })()
    expect(await writeJson(stream, value)).toBe(true)
    stream.end()
    await reading
    expect(Buffer.concat(received).toString()).toBe(`${JSON.stringify(value, null, 2)}\n`)
  })

  it('stops and says so when the stream is closed under it', async () => {
    const stream = new PassThrough({ highWaterMark: 16 })
    const value = { rows: Array.from({ length: 50000 }, (_, i) => i) }
    stream.once('data', () => stream.destroy())
    expect(await writeJson(stream, value)).toBe(false)
  })
})
