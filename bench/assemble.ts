/**
 * BENCHMARKS.md as it follows from the stored results: the latest full result of every section
 * (bench/results/<name>.json) in a fixed order, then bench/NOTES.md. BENCHMARKS.md is never edited
 * by hand: a test checks that it is exactly what this gives.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BenchSection } from './types.js'

/** the sections, in the order BENCHMARKS.md shows them */
export const SECTION_NAMES = ['startup', 'read', 'analysis', 'history', 'history-read', 'history-year', 'incidents', 'verdicts'] as const
export type SectionName = (typeof SECTION_NAMES)[number]

export const RESULTS = 'bench/results'

export interface StoredResult {
  section: BenchSection
  date: string
  command: string
  machine: string
}

export function renderSection(r: StoredResult): string {
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

export function assembleBenchmarks(): string {
  const header = [
    '# Benchmarks',
    '',
    'Made by `npm run bench` (all sections) or `npm run bench -- --only NAME` (one section; the others',
    'keep their last full result, kept in bench/results/). These machines are noisy: figures are medians,',
    'and every ratio compares two things measured in the same run. `npm run bench -- --quick` is a',
    'small smoke run that only prints.',
    ''
  ].join('\n')
  const parts = SECTION_NAMES.map((name) => join(RESULTS, `${name}.json`))
    .filter((path) => existsSync(path))
    .map((path) => renderSection(JSON.parse(readFileSync(path, 'utf8')) as StoredResult))
  const extra = existsSync('bench/NOTES.md') ? `\n${readFileSync('bench/NOTES.md', 'utf8')}` : ''
  return `${header}\n${parts.join('\n')}${extra}`
}
