/**
 * git's pack format (gitformat-pack), read and written in memory. Reading resolves both kinds of
 * delta (by offset and by id) against objects of the same pack or already known, and checks the
 * pack's trailing SHA-1 and each object's id; writing stores objects whole (no deltas): the packs a
 * writer sends hold a run's few new objects, so deltas would save little and cost CPU.
 */
import { createHash } from 'node:crypto'
import { deflateSync, inflateSync } from 'node:zlib'
import { WireError } from './failure.js'

export type ObjectType = 'commit' | 'tree' | 'blob' | 'tag'

export interface GitObject {
  type: ObjectType
  body: Buffer
}

const TYPES: Record<number, ObjectType> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' }
const CODES: Record<ObjectType, number> = { commit: 1, tree: 2, blob: 3, tag: 4 }
const OFS_DELTA = 6
const REF_DELTA = 7

/** The id git gives an object: SHA-1 of `<type> <size>\0<body>`. */
export function objectId(type: ObjectType, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex')
}

/**
 * Every object of a pack, by id. `known` gives the bases of deltas whose base is not in the pack
 * (a server sends such thin packs only when asked; it is accepted all the same).
 */
export function readPack(pack: Buffer, known: (oid: string) => GitObject | undefined = () => undefined): Map<string, GitObject> {
  if (pack.length < 32 || pack.toString('latin1', 0, 4) !== 'PACK') throw new WireError('the packfile does not start with PACK')
  const version = pack.readUInt32BE(4)
  if (version !== 2 && version !== 3) throw new WireError(`packfile version ${version} is not supported`)
  const trailer = pack.subarray(pack.length - 20).toString('hex')
  if (createHash('sha1').update(pack.subarray(0, pack.length - 20)).digest('hex') !== trailer) throw new WireError('the packfile checksum does not match (a damaged transfer)')
  const count = pack.readUInt32BE(8)
  const byOffset = new Map<number, GitObject>()
  const objects = new Map<string, GitObject>()
  const deferred: Array<{ offset: number; base: number | string; delta: Buffer }> = []
  let at = 12
  for (let i = 0; i < count; i++) {
    const offset = at
    let byte = pack[at++]
    const code = (byte >> 4) & 7
    let size = byte & 15
    let shift = 4
    while (byte & 0x80) {
      byte = pack[at++]
      size += (byte & 0x7f) * 2 ** shift
      shift += 7
    }
    let base: number | string | null = null
    if (code === OFS_DELTA) {
      byte = pack[at++]
      let distance = byte & 0x7f
      while (byte & 0x80) {
        byte = pack[at++]
        distance = (distance + 1) * 128 + (byte & 0x7f)
      }
      base = offset - distance
    } else if (code === REF_DELTA) {
      base = pack.toString('hex', at, at + 20)
      at += 20
    } else if (!TYPES[code]) throw new WireError(`an object of unknown type ${code} at byte ${offset} of the packfile`)
    if (at >= pack.length - 20) throw new WireError('the packfile ends in the middle of an object')
    const { buffer: data, engine } = inflateSync(pack.subarray(at, pack.length - 20), { info: true }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } }
    if (data.length !== size) throw new WireError(`an object at byte ${offset} of the packfile inflates to ${data.length} bytes, not the ${size} its header gives`)
    at += engine.bytesWritten
    if (base === null) {
      const object = { type: TYPES[code], body: data }
      byOffset.set(offset, object)
      objects.set(objectId(object.type, object.body), object)
    } else deferred.push({ offset, base, delta: data })
  }
  if (at !== pack.length - 20) throw new WireError('the packfile holds more data than its objects')
  // deltas may build on deltas: resolve until nothing is left or no progress is made
  while (deferred.length > 0) {
    let progress = false
    for (let i = deferred.length - 1; i >= 0; i--) {
      const { offset, base, delta } = deferred[i]
      const source = typeof base === 'number' ? byOffset.get(base) : (objects.get(base) ?? known(base))
      if (!source) continue
      const object = { type: source.type, body: applyDelta(source.body, delta) }
      byOffset.set(offset, object)
      objects.set(objectId(object.type, object.body), object)
      deferred.splice(i, 1)
      progress = true
    }
    if (!progress) throw new WireError(`${deferred.length} delta(s) of the packfile refer to objects it does not hold`)
  }
  return objects
}

/** A pack of whole objects. */
export function writePack(objects: GitObject[]): Buffer {
  const header = Buffer.alloc(12)
  header.write('PACK', 0, 'latin1')
  header.writeUInt32BE(2, 4)
  header.writeUInt32BE(objects.length, 8)
  const parts: Buffer[] = [header]
  for (const { type, body } of objects) {
    const bytes: number[] = []
    let size = body.length
    let byte = (CODES[type] << 4) | (size & 15)
    size = Math.floor(size / 16)
    while (size > 0) {
      bytes.push(byte | 0x80)
      byte = size & 0x7f
      size = Math.floor(size / 128)
    }
    bytes.push(byte)
    parts.push(Buffer.from(bytes), deflateSync(body))
  }
  const content = Buffer.concat(parts)
  return Buffer.concat([content, createHash('sha1').update(content).digest()])
}

/** git's delta: the sizes of source and result, then copies from the source and inserted bytes. */
function applyDelta(source: Buffer, delta: Buffer): Buffer {
  let at = 0
  const varint = (): number => {
    let value = 0
    let shift = 0
    let byte: number
    do {
      byte = delta[at++]
      value += (byte & 0x7f) * 2 ** shift
      shift += 7
    } while (byte & 0x80)
    return value
  }
  if (varint() !== source.length) throw new WireError('a delta of the packfile does not fit its base')
  const result = Buffer.alloc(varint())
  let out = 0
  while (at < delta.length) {
    const op = delta[at++]
    if (op & 0x80) {
      let offset = 0
      let size = 0
      for (let bit = 0; bit < 4; bit++) if (op & (1 << bit)) offset += delta[at++] * 2 ** (8 * bit)
      for (let bit = 0; bit < 3; bit++) if (op & (1 << (4 + bit))) size += delta[at++] << (8 * bit)
      if (size === 0) size = 0x10000
      if (offset + size > source.length || out + size > result.length) throw new WireError('a delta of the packfile copies outside its base')
      source.copy(result, out, offset, offset + size)
      out += size
    } else if (op > 0) {
      if (at + op > delta.length || out + op > result.length) throw new WireError('a delta of the packfile inserts past its end')
      delta.copy(result, out, at, at + op)
      at += op
      out += op
    } else throw new WireError('a delta of the packfile holds a reserved instruction')
  }
  if (out !== result.length) throw new WireError('a delta of the packfile is shorter than the size it gives')
  return result
}
