/**
 * `npm run bench [-- --quick] [-- --only NAME,...]`: runs benchmark sections (`-- --assemble` only
 * rewrites BENCHMARKS.md from the stored results). Each full run of a
 * section is kept in bench/results/<name>.json with its date, machine and command, and BENCHMARKS.md
 * is assembled from the latest full result of every section (so a long section need not be re-run
 * to refresh another). Quick runs only print.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs'
import { cpus, totalmem, tmpdir, loadavg } from 'node:os'
import { join } from 'node:path'
import read from './read.js'
import history, { historyRead, year as historyYear } from './history.js'
import analysis from './analysis.js'
import incidents from './incidents.js'
import startup from './startup.js'
import verdicts from './verdicts.js'
import type { BenchModule, BenchSection } from './types.js'
import { serveGit } from './git-server-process.js'

const SECTIONS: Record<string, BenchModule> = { startup, read, analysis, history, 'history-read': historyRead, 'history-year': historyYear, incidents, verdicts }
const RESULTS = 'bench/results'

interface StoredResult {
  section: BenchSection
  date: string
  command: string
  machine: string
}

function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${process.platform}`
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args[0] === '--serve-git') return serveGit(args.slice(1))
  if (args[0] === '--assemble') {
    // BENCHMARKS.md again from the stored results and bench/NOTES.md, measuring nothing
    writeFileSync('BENCHMARKS.md', assemble())
    return
  }
  const quick = args.includes('--quick')
  const onlyAt = args.indexOf('--only')
  const only = onlyAt >= 0 ? args[onlyAt + 1].split(',') : Object.keys(SECTIONS)
  const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`
  for (const name of only) {
    const module = SECTIONS[name]
    if (!module) throw new Error(`no bench section ${name}; there are ${Object.keys(SECTIONS).join(', ')}`)
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
    writeFileSync('BENCHMARKS.md', assemble())
    console.error('wrote BENCHMARKS.md')
  }
}

function renderSection(r: StoredResult): string {
  const s = r.section
  const rows = s.figures.map((f) => `| ${f.name} | ${f.value} | ${f.target ?? ''} | ${f.met === undefined ? '' : f.met ? 'met' : '**missed**'} |`)
  return [
    `## ${s.title}`,
    '',
    `Measured on ${r.date} by \`${r.command}\` (${r.machine}).`,
    '',
    s.method,
    '',
    '| figure | value | target | |',
    '|---|---|---|---|',
    ...rows,
    '',
    ...s.notes.map((n) => `- ${n}`),
    ''
  ].join('\n')
}

function assemble(): string {
  const header = [
    '# Benchmarks',
    '',
    'Made by `npm run bench` (all sections) or `npm run bench -- --only NAME` (one section; the others',
    'keep their last full result, kept in bench/results/). These machines are noisy: figures are medians,',
    'and every ratio compares two things measured in the same run. `npm run bench -- --quick` is a',
    'small smoke run that only prints.',
    ''
  ].join('\n')
  const parts = Object.keys(SECTIONS)
    .map((name) => join(RESULTS, `${name}.json`))
    .filter((path) => existsSync(path))
    .map((path) => renderSection(JSON.parse(readFileSync(path, 'utf8')) as StoredResult))
  const extra = existsSync('bench/NOTES.md') ? `\n${readFileSync('bench/NOTES.md', 'utf8')}` : ''
  return `${header}\n${parts.join('\n')}${extra}`
}

await main()
