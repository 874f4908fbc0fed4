/**
 * `npm run bench [-- --quick] [-- --only NAME,...]`: runs benchmark sections (`-- --assemble` only
 * rewrites BENCHMARKS.md from the stored results). Each full run of a
 * section is kept in bench/results/<name>.json with its date, machine and command, and BENCHMARKS.md
 * is assembled from the latest full result of every section (so a long section need not be re-run
 * to refresh another). Quick runs only print.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { cpus, totalmem, tmpdir, loadavg } from 'node:os'
import { join } from 'node:path'
import read from './read.js'
import history, { historyRead, year as historyYear } from './history.js'
import analysis from './analysis.js'
import incidents from './incidents.js'
import startup from './startup.js'
import verdicts from './verdicts.js'
import type { BenchModule } from './types.js'
import { serveGit } from './git-server-process.js'
import { assembleBenchmarks, renderSection, RESULTS, SECTION_NAMES, type SectionName, type StoredResult } from './assemble.js'

const SECTIONS: Record<SectionName, BenchModule> = { startup, read, analysis, history, 'history-read': historyRead, 'history-year': historyYear, incidents, verdicts }

function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${process.platform}`
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args[0] === '--serve-git') return serveGit(args.slice(1))
  if (args[0] === '--assemble') {
    // BENCHMARKS.md again from the stored results and bench/NOTES.md, measuring nothing
    writeFileSync('BENCHMARKS.md', assembleBenchmarks())
    return
  }
  const quick = args.includes('--quick')
  const onlyAt = args.indexOf('--only')
  const only = onlyAt >= 0 ? args[onlyAt + 1].split(',') : [...SECTION_NAMES]
  const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`
  for (const name of only) {
    const module: BenchModule | undefined = (SECTIONS as Record<string, BenchModule>)[name]
    if (!module) throw new Error(`no bench section ${name}; there are ${SECTION_NAMES.join(', ')}`)
    const workDir = mkdtempSync(join(tmpdir(), `bench-${name}-`))
    console.error(`bench: ${name}${quick ? ' (quick)' : ''}, load average ${loadavg()[0].toFixed(1)}...`)
    try {
      const section = await module({ quick, workDir })
      const result: StoredResult = { section, date: new Date().toISOString().slice(0, 10), command, machine: machine() }
      console.error(renderSection(result))
      if (!quick) {
        mkdirSync(RESULTS, { recursive: true })
        writeFileSync(join(RESULTS, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`)
      }
    } finally {
      rmSync(workDir, { recursive: true, force: true })
    }
  }
  if (!quick) {
    writeFileSync('BENCHMARKS.md', assembleBenchmarks())
    console.error('wrote BENCHMARKS.md')
  }
}

await main()
