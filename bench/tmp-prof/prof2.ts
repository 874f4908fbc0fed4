import { readReportFile } from '../../src/report/index.js'
async function main() {
  for (let i = 0; i < 20; i++) await readReportFile('/tmp/bw/s.json', { format: 'auto', componentMap: null, cwd: '/' })
}
void main()
