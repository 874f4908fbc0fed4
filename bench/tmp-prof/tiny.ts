import { readReportFile } from '../../src/report/index.js'
import { readFileSync } from 'node:fs'
async function main() {
  const p = '/work/main/__fixtures__/reports/markers-demo.exported.pretty.json'
  const o = { format: 'auto' as const, componentMap: null, cwd: '/' }
  for (let r = 0; r < 200; r++) await readReportFile(p, o)
  let t = performance.now(); for (let r = 0; r < 200; r++) await readReportFile(p, o); console.log('tiny read', ((performance.now() - t) / 200).toFixed(2))
  t = performance.now(); for (let r = 0; r < 200; r++) JSON.parse(readFileSync(p, 'utf8')); console.log('tiny parse', ((performance.now() - t) / 200).toFixed(2))
  const q = '/tmp/bw/q5600.json'
  for (let r = 0; r < 5; r++) await readReportFile(q, o)
  t = performance.now(); for (let r = 0; r < 10; r++) await readReportFile(q, o); console.log('5600 read', ((performance.now() - t) / 10).toFixed(2))
  t = performance.now(); for (let r = 0; r < 10; r++) JSON.parse(readFileSync(q, 'utf8')); console.log('5600 parse', ((performance.now() - t) / 10).toFixed(2))
}
void main()
