/**
 * `npm run bench [-- --quick] [-- --only NAME,...]`: runs every benchmark section and writes
 * BENCHMARKS.md (the full run) or bench/out/BENCHMARKS.quick.md (the quick smoke run), with the
 * machine, node version, date and command.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { cpus, totalmem, tmpdir } from 'node:os'
import { join } from 'node:path'
import read from './read.js'
import history from './history.js'
import analysis from './analysis.js'
import incidents from './incidents.js'
import startup from './startup.js'
import type { BenchModule, BenchSection } from './types.js'

const SECTIONS: Record<string, BenchModule> = { startup, read, analysis, history, incidents }

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const quick = args.includes('--quick')
  const onlyAt = args.indexOf('--only')
  const only = onlyAt >= 0 ? args[onlyAt + 1].split(',') : Object.keys(SECTIONS)
  const sections: BenchSection[] = []
  for (const name of only) {
    const module = SECTIONS[name]
    if (!module) throw new Error(`no bench section ${name}; there are ${Object.keys(SECTIONS).join(', ')}`)
    const workDir = mkdtempSync(join(tmpdir(), `bench-${name}-`))
    console.error(`bench: ${name}${quick ? ' (quick)' : ''}...`)
    try {
      const section = await module({ quick, workDir })
      sections.push(section)
      console.error(render([section]))
    } finally {
      rmSync(workDir, { recursive: true, force: true })
    }
  }
  const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`
  const header = [
    '# Benchmarks',
    '',
    `Measured by \`${command}\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ` +
      `${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, node ${process.version}, ${process.platform}. ` +
      'These machines are noisy: figures are medians, and every ratio compares two things measured in the same run.',
    ''
  ].join('\n')
  const text = `${header}\n${render(sections)}`
  if (quick) {
    mkdirSync('bench/out', { recursive: true })
    writeFileSync('bench/out/BENCHMARKS.quick.md', text)
    console.error('wrote bench/out/BENCHMARKS.quick.md (quick figures are not for BENCHMARKS.md)')
  } else if (only.length === Object.keys(SECTIONS).length) {
    writeFileSync('BENCHMARKS.md', text)
    console.error('wrote BENCHMARKS.md')
  } else {
    mkdirSync('bench/out', { recursive: true })
    writeFileSync(`bench/out/BENCHMARKS.${only.join('-')}.md`, text)
    console.error(`wrote bench/out/BENCHMARKS.${only.join('-')}.md`)
  }
}

function render(sections: BenchSection[]): string {
  return sections
    .map((s) => {
      const rows = s.figures.map((f) => `| ${f.name} | ${f.value} | ${f.target ?? ''} | ${f.met === undefined ? '' : f.met ? 'met' : '**missed**'} |`)
      return [`## ${s.title}`, '', s.method, '', '| figure | value | target | |', '|---|---|---|---|', ...rows, '', ...s.notes.map((n) => `- ${n}`), ''].join('\n')
    })
    .join('\n')
}

await main()
