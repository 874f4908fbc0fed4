/**
 * The documents' links lead somewhere: every link to a section (`#anchor`, in the same file or in
 * another one of the repository) names a heading that exists, every link to a file names a file
 * that exists, and the README's table of contents lists its sections in order. A section dropped by
 * an edit (or by a script that rewrites part of the README) leaves a dead link behind; this finds it.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'

const DOCUMENTS = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'BENCHMARKS.md', 'docs/CONTRACT.md', 'docs/FORMATS.md']

/** The text outside fenced code blocks (a `# comment` in a shell block is no heading). */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, each space a hyphen. */
function githubAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

/** The anchors of a document's headings, with GitHub's -1, -2 ... for repeated ones. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const match of prose(markdown).matchAll(/^#{1,6} +(.+?) *#* *$/gm)) {
    const base = githubAnchor(match[1])
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    anchors.add(count === 0 ? base : `${base}-${count}`)
  }
  return anchors
}

/** The link targets of a document, outside code blocks and code spans; web addresses left out. */
function localLinks(markdown: string): string[] {
  const text = prose(markdown).replace(/`[^`\n]*`/g, '')
  return [...text.matchAll(/\]\(([^)\s]+)(?: "[^"]*")?\)/g)].map((m) => m[1]).filter((target) => !/^[a-z][a-z+.-]*:/i.test(target))
}

describe('links between and inside the documents', () => {
  it.each(DOCUMENTS)('%s: every local link names a file and a heading that exist', (document) => {
    const broken: string[] = []
    for (const target of localLinks(readFileSync(document, 'utf8'))) {
      const [file, anchor] = target.split('#') as [string, string | undefined]
      const path = file === '' ? document : normalize(join(dirname(document), decodeURIComponent(file)))
      if (!existsSync(path)) {
        broken.push(`${target}: no file ${path}`)
        continue
      }
      if (anchor !== undefined && path.endsWith('.md') && !anchorsOf(readFileSync(path, 'utf8')).has(anchor)) broken.push(`${target}: no heading with that anchor in ${path}`)
    }
    expect(broken).toEqual([])
  })

  it("the README's table of contents lists every section, in order", () => {
    const readme = readFileSync('README.md', 'utf8')
    const toc = /<!-- toc -->\n([\s\S]*?)<!-- tocstop -->/.exec(readme)?.[1] ?? ''
    const listed = [...toc.matchAll(/^- \[(.+)\]\(#(.+)\)$/gm)].map((m) => ({ title: m[1], anchor: m[2] }))
    const sections = [...prose(readme).matchAll(/^## +(.+)$/gm)].map((m) => ({ title: m[1], anchor: githubAnchor(m[1]) }))
    expect(listed).toEqual(sections)
  })

  it('anchors are made as GitHub makes them', () => {
    expect(githubAnchor('Fork pull requests and read-only tokens')).toBe('fork-pull-requests-and-read-only-tokens')
    expect(githubAnchor('Open coverage gaps (1), oldest first')).toBe('open-coverage-gaps-1-oldest-first')
    expect(githubAnchor('`history --compact` and `--rebuild`')).toBe('history---compact-and---rebuild')
    expect(anchorsOf('## Setup\n```sh\n# not a heading\n```\n## Setup\n')).toEqual(new Set(['setup', 'setup-1']))
  })
})
