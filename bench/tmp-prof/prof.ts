import { readFileSync } from 'node:fs'
import { isUtf8 } from 'node:buffer'
import { readReportFile } from '../../src/report/index.js'
import { dedupeTests } from '../../src/report/merge.js'
import { TestRun } from '../../src/report/types.js'
import { writePytestJsonReport } from '../../bench/read-data.js'
async function main() {
const p = '/tmp/bw/m.json'
writePytestJsonReport(p, 28000, 1)
const t = (label: string, fn: () => unknown) => { const times: number[] = []; let r; for (let i = 0; i < 7; i++) { const s = performance.now(); r = fn(); times.push(performance.now() - s) } times.sort((a,b)=>a-b); console.log(label, times[3].toFixed(1)); return r }
const ta = async (label: string, fn: () => Promise<unknown>) => { const times: number[] = []; let r; for (let i = 0; i < 7; i++) { const s = performance.now(); r = await fn(); times.push(performance.now() - s) } times.sort((a,b)=>a-b); console.log(label, times[3].toFixed(1)); return r }
t('readFileSync utf8 + parse', () => JSON.parse(readFileSync(p, 'utf8')))
t('readFileSync buffer', () => readFileSync(p))
const b = readFileSync(p)
t('isUtf8', () => isUtf8(b))
t('toString', () => b.toString('utf8'))
const s = b.toString('utf8')
t('parse', () => JSON.parse(s))
const run = await ta('readReportFile', () => readReportFile(p, { format: 'auto', componentMap: null, cwd: '/' })) as TestRun
t('dedupe', () => dedupeTests(run.tests))
t('TestRun.parse full', () => TestRun.parse(run))

}
void main()
import { readFile } from 'node:fs/promises'
import { readPytestJson } from '../../src/report/pytest-json.js'
async function main2() {
  const p = '/tmp/bw/m.json'
  const ta = async (label: string, fn: () => Promise<unknown>) => { const times: number[] = []; let r; for (let i = 0; i < 7; i++) { const s = performance.now(); r = await fn(); times.push(performance.now() - s) } times.sort((a,b)=>a-b); console.log(label, times[3].toFixed(1)); return r }
  await ta('fs.promises.readFile', () => readFile(p))
  await ta('readPytestJson', () => readPytestJson(p, { displayPath: 'x', componentMap: null }))
  await ta('readPytestJson stream', () => readPytestJson(p, { displayPath: 'x', componentMap: null }, 0))
}
setTimeout(() => void main2(), 5000)
import { mergeRuns } from '../../src/report/merge.js'
import { RunMeta, TestRecord } from '../../src/report/types.js'
async function main3() {
  const p = '/tmp/bw/m.json'
  const run = await readPytestJson(p, { displayPath: 'x', componentMap: null })
  const t = (label: string, fn: () => unknown) => { const times: number[] = []; let r; for (let i = 0; i < 7; i++) { const s = performance.now(); r = fn(); times.push(performance.now() - s) } times.sort((a,b)=>a-b); console.log(label, times[3].toFixed(1)); return r }
  t('merge', () => mergeRuns([run]))
  t('validate', () => { RunMeta.parse(run.meta); const step = Math.ceil(run.tests.length / 2000); for (let i = 0; i < run.tests.length; i += step) TestRecord.parse(run.tests[i]); for (const t of run.tests) { if (t.nodeid === '' || t.component === '' || t.failure_mode === '' || !(t.duration_ms >= 0)) TestRecord.parse(t) } })
}
setTimeout(() => void main3(), 9000)
