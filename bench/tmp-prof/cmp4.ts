import { readFileSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { readReportFile } from '../../src/report/index.js'
import { writePytestJsonReport } from '../read-data.js'
setFlagsFromString('--expose-gc'); if (process.env.NOFLUSH) setFlagsFromString('--no-flush-bytecode')
const gc = runInNewContext('gc') as () => void
async function main() {
  const p = '/tmp/bw/q.json'
  writePytestJsonReport(p, Number(process.argv[2] ?? 5600), 20261124)
  const o = { format: 'auto' as const, componentMap: null, cwd: '/' }
  const fns: Record<string, () => Promise<unknown>> = {
    parse: async () => JSON.parse(readFileSync(p, 'utf8')),
    buffer: () => readReportFile(p, o),
    stream: () => readReportFile(p, { ...o, streamThresholdBytes: 0 }),
  }
  const wall: Record<string, number[]> = {}, cpu: Record<string, number[]> = {}
  for (let r = 0; r < 11; r++) for (const [k, f] of Object.entries(fns)) {
    gc()
    const s = process.cpuUsage(); const t = performance.now(); await f(); const w = performance.now() - t; const e = process.cpuUsage(s)
    ;(wall[k] ??= []).push(w); (cpu[k] ??= []).push((e.user + e.system) / 1000)
  }
  for (const k of Object.keys(fns)) { const a = wall[k].sort((x, y) => x - y), b = cpu[k].sort((x, y) => x - y); console.log(k, 'wall min', a[0].toFixed(0), 'med', a[5].toFixed(0), 'cpu min', b[0].toFixed(0), 'med', b[5].toFixed(0)) }
}
void main()
