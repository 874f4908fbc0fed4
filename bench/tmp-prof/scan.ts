import { readFileSync } from 'node:fs'
const C = new Uint8Array(256); C[0x22] = 1; C[0x5c] = 2; C[0x7b] = 3; C[0x5b] = 3; C[0x7d] = 4; C[0x5d] = 4
function perByte(b: Buffer): number {
  let depth = 0, inS = false, count = 0
  for (let i = 0, n = b.length; i < n; i++) {
    const c = C[b[i]]
    if (inS) { if (c === 1) inS = false; else if (c === 2) i++ }
    else if (c === 1) inS = true
    else if (c === 3) depth++
    else if (c === 4) { if (--depth === 2) count++ }
  }
  return count
}
function withIndexOf(b: Buffer): number {
  let depth = 0, count = 0
  const n = b.length
  let i = 0
  while (i < n) {
    const c = C[b[i]]
    if (c === 1) {
      let j = i + 1
      for (;;) {
        const q = b.indexOf(0x22, j)
        let k = q - 1, bs = 0
        while (b[k] === 0x5c) { bs++; k-- }
        if ((bs & 1) === 0) { i = q + 1; break }
        j = q + 1
      }
      continue
    }
    if (c === 3) depth++
    else if (c === 4) { if (--depth === 2) count++ }
    i++
  }
  return count
}
function withIndexOfShort(b: Buffer): number {
  // per byte for the first 32 bytes of a string, then indexOf
  let depth = 0, count = 0
  const n = b.length
  let i = 0
  while (i < n) {
    const c = C[b[i]]
    if (c === 1) {
      i++
      const limit = Math.min(n, i + 32)
      let closed = false
      for (; i < limit; i++) {
        const d = C[b[i]]
        if (d === 1) { closed = true; i++; break }
        if (d === 2) i++
      }
      if (closed) continue
      for (;;) {
        const q = b.indexOf(0x22, i)
        let k = q - 1, bs = 0
        while (k >= i && b[k] === 0x5c) { bs++; k-- }
        if ((bs & 1) === 0) { i = q + 1; break }
        i = q + 1
      }
      continue
    }
    if (c === 3) depth++
    else if (c === 4) { if (--depth === 2) count++ }
    i++
  }
  return count
}
const b = readFileSync('/tmp/bw/s.json')
const fns = { perByte, withIndexOf, withIndexOfShort }
const res: Record<string, number[]> = {}
for (let r = 0; r < 12; r++) for (const [k, f] of Object.entries(fns)) { const s = process.cpuUsage(); const c = f(b); const e = process.cpuUsage(s); (res[k] ??= []).push((e.user + e.system) / 1000); if (r === 0) console.log(k, c) }
for (const [k, v] of Object.entries(res)) { v.sort((a, b) => a - b); console.log(k, v[6].toFixed(1)) }
const t = process.cpuUsage(); for (let r = 0; r < 5; r++) JSON.parse(b.toString()); const e = process.cpuUsage(t); console.log('parse', ((e.user + e.system) / 5000).toFixed(1))
