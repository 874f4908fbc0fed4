import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { readReportFile } from '../../src/report/index.js'
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
async function main() {
  const o = { format: 'auto' as const, componentMap: null, cwd: '/' }
  for (let r = 0; r < 20; r++) { gc(); const t = performance.now(); await readReportFile('/tmp/bw/q.json', o); if (r > 15) console.log((performance.now() - t).toFixed(0)) }
}
void main()
