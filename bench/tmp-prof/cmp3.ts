import { readFileSync } from 'node:fs'
import { readReportFile } from '../../src/report/index.js'
async function main() {
  const p = '/tmp/bw/s.json'
  const o = { format: 'auto' as const, componentMap: null, cwd: '/' }
  const fns: Record<string, () => Promise<unknown>> = {
    parse: async () => JSON.parse(readFileSync(p, 'utf8')),
    buffer: () => readReportFile(p, o),
    stream: () => readReportFile(p, { ...o, streamThresholdBytes: 0 }),
  }
  const wall: Record<string, number[]> = {}, cpu: Record<string, number[]> = {}
  for (let r = 0; r < 15; r++) for (const [k, f] of Object.entries(fns)) {
    const s = process.cpuUsage(); const t = performance.now(); await f(); const w = performance.now() - t; const e = process.cpuUsage(s)
    ;(wall[k] ??= []).push(w); (cpu[k] ??= []).push((e.user + e.system) / 1000)
  }
  for (const k of Object.keys(fns)) { const a = wall[k].sort((x, y) => x - y), b = cpu[k].sort((x, y) => x - y); console.log(k, 'wall min', a[0].toFixed(0), 'med', a[7].toFixed(0), 'cpu min', b[0].toFixed(0), 'med', b[7].toFixed(0)) }
}
void main()
