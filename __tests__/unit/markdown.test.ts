import { describe, expect, it } from '@jest/globals'
import { code, escapeText, link, table, truncate } from '../../src/render/markdown.js'

const HOSTILE = 'a | b <img src=x onerror=alert(1)> **bold** [x](javascript:alert(1)) @octocat #12 `tick`\nnext line'

describe('escapeText', () => {
  it('keeps untrusted text on one line, with no HTML, no table break, no mention and no link', () => {
    const out = escapeText(HOSTILE)
    expect(out).not.toContain('\n')
    expect(out).not.toMatch(/<img/)
    expect(out).not.toMatch(/(^|[^\\])\|/)
    expect(out).not.toContain('@octocat')
    expect(out).not.toMatch(/#12/)
    expect(out).not.toMatch(/[^\\]\[x\]/)
    expect(out).toContain('\\*\\*bold\\*\\*')
  })

  it('caps 10 kB of text', () => {
    expect(escapeText('x'.repeat(10000), 300).length).toBeLessThanOrEqual(300)
  })
})

describe('code', () => {
  it('fences text that holds backticks and escapes pipes for tables', () => {
    expect(code('a`b|c')).toBe('``a`b\\|c``')
    expect(code('`start')).toBe('`` `start ``')
  })
})

describe('link', () => {
  it('links http(s) only', () => {
    expect(link('INC-1', 'https://tracker.example.com/1')).toBe('[INC-1](https://tracker.example.com/1)')
    expect(link('INC-1', 'javascript:alert(1)')).toBe('INC-1')
    expect(link('INC-1', null)).toBe('INC-1')
  })
})

describe('table and truncate', () => {
  it('builds a table and marks cuts', () => {
    expect(table(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |')
    expect(table(['a'], [])).toBe('')
    expect(truncate('abcdef', 4)).toBe('abc…')
  })
})

describe('narrow cells and links', () => {
  it('splits a nodeid into its name and its file, and links commits only to an http(s) repository', async () => {
    const { commitLink, testCell } = await import('../../src/render/markdown.js')
    expect(testCell('tests/a_b/test_x.py::TestC::test_d[1|2]')).toBe('`TestC::test_d[1\\|2]`<br><sub>tests/\u200ba\\_b/\u200btest\\_x.py</sub>')
    expect(commitLink('0123456789abcdef', 'https://github.com/o/r')).toBe('[`0123456`](https://github.com/o/r/commit/0123456789abcdef)')
    expect(commitLink('0123456789abcdef', 'javascript:alert(1)')).toBe('`0123456`')
    expect(commitLink('not a sha', 'https://github.com/o/r')).toBe('`not a s`')
  })
})
