/**
 * git's pkt-line framing (gitprotocol-common): each packet is its length in four hex digits
 * (counting those four) followed by its payload; `0000` ends a message (flush), `0001` separates
 * sections (delim, protocol v2) and `0002` ends a stateless response (response-end).
 */

import { WireError } from './failure.js'

export type Packet = { kind: 'data'; data: Buffer } | { kind: 'flush' } | { kind: 'delim' } | { kind: 'end' }

export const FLUSH = Buffer.from('0000')
export const DELIM = Buffer.from('0001')

const MAX_PAYLOAD = 65516

/** One data packet. */
export function pktLine(payload: string | Buffer): Buffer {
  const data = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload
  if (data.length > MAX_PAYLOAD) throw new Error(`a pkt-line payload of ${data.length} bytes is over git's limit of ${MAX_PAYLOAD}`)
  return Buffer.concat([Buffer.from((data.length + 4).toString(16).padStart(4, '0')), data])
}

/** Splits a whole message into packets; throws on a malformed length (the server is not speaking git). */
export function* packets(message: Buffer, start = 0): Generator<Packet & { end: number }> {
  let at = start
  while (at < message.length) {
    if (at + 4 > message.length) throw new WireError(`a truncated pkt-line at byte ${at}`)
    const header = message.toString('latin1', at, at + 4)
    if (!/^[0-9a-f]{4}$/.test(header)) throw new WireError(`an invalid pkt-line length "${printable(header)}" at byte ${at}`)
    const length = parseInt(header, 16)
    if (length === 0 || length === 1 || length === 2) {
      at += 4
      yield { kind: length === 0 ? 'flush' : length === 1 ? 'delim' : 'end', end: at }
      continue
    }
    if (length < 4 || at + length > message.length) throw new WireError(`a pkt-line of length ${length} that does not fit the message at byte ${at}`)
    yield { kind: 'data', data: message.subarray(at + 4, at + length), end: at + length }
    at += length
  }
}

/** A packet's payload as text without its trailing newline. */
export function lineOf(data: Buffer): string {
  const text = data.toString('utf8')
  return text.endsWith('\n') ? text.slice(0, -1) : text
}

function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?')
}
