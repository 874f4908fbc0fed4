/**
 * The repository speaks to its users and contributors: no notes addressed to the people or tools
 * that built it, no paths of the machine it was built on, no pointers outside the repository from
 * its documentation and code, and every local link of its markdown leads to a file it holds.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'

const THIS_FILE = '__tests__/docs/internal-notes.test.ts'
// generated bundles and the lockfile hold third-party text
const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter((f) => f !== '' && f !== THIS_FILE && !f.startsWith('dist/') && f !== 'package-lock.json' && existsSync(f))
const text = (file: string): string | null => {
  const buffer = readFileSync(file)
  return buffer.includes(0) ? null : buffer.toString('utf8')
}

/** Lines of tracked text files matching a pattern, as `file:line: text`. */
function findings(pattern: RegExp, files = tracked): string[] {
  const found: string[] = []
  for (const file of files) {
    const content = text(file)
    if (content === null) continue
    content.split('\n').forEach((line, i) => {
      if (pattern.test(line)) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 160)}`)
    })
  }
  return found
}

describe('tracked files', () => {
  it('hold no paths of the machine they were written on (a GitHub runner path such as /home/runner/work/ is fine)', () => {
    expect(findings(/(?<![\w.~-])\/(?:work|tmp\/issues)\//)).toEqual([])
  })

  it('hold no briefs or notes addressed to helpers, agents or sessions', () => {
    const addressed = [
      String.raw`\b(?:helper|agent)[-_ ]?brief\b`,
      String.raw`\b(?:every|each|other|all) (?:helpers?|agents?|sub-?agents?)\b`,
      String.raw`\b(?:brief|instructions?|notes?|report) (?:to|for) (?:the )?(?:lead|helpers?|agents?|sessions?)\b`,
      String.raw`\bthe lead (?:commits|wires|merges|decides|integrates)\b`,
      String.raw`\b(?:filed|written|started) by a session\b`
    ]
    expect(findings(new RegExp(addressed.join('|'), 'i'))).toEqual([])
    expect(readdirSync('docs').filter((f) => /brief/i.test(f))).toEqual([])
  })

  it('do not send readers outside the repository (only the pytest test looks for plugins beside it)', () => {
    const outside = tracked.filter((f) => !f.startsWith('__tests__/') && f !== 'CONTRIBUTING.md')
    expect(findings(/(?:^|[\s`'"(])\.\.\/(?:shared|main|wt)\//, outside)).toEqual([])
  })

  it('have markdown links that lead to files in the repository', () => {
    const broken: string[] = []
    for (const file of tracked.filter((f) => f.endsWith('.md'))) {
      const content = text(file) ?? ''
      for (const [, target] of content.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(?:[a-z]+:|#|mailto:)/i.test(target)) continue
        const path = normalize(join(dirname(file), decodeURI(target.split('#')[0])))
        if (!existsSync(path)) broken.push(`${file}: ${target}`)
      }
    }
    expect(broken).toEqual([])
  })
})
