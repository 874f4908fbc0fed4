import bench from './bench/history.js'
import { mkdtempSync } from 'node:fs'
const quick = process.argv[2] === 'quick'
const t = Date.now()
const r = await bench({ quick, workDir: mkdtempSync('/tmp/hbench-') })
console.log(JSON.stringify(r, null, 1))
console.log('total', (Date.now() - t) / 1000)
