import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { INPUT_DEFAULTS, parseInputs } from '../../src/inputs.js'
import { InputError } from '../../src/errors.js'
import { readActionYml } from '../support/action-yml.js'

const given = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('parseInputs', () => {
  it('gives every default when nothing is set', () => {
    const config = parseInputs(given({}))
    expect(config.reportPaths).toEqual(['.report.json'])
    expect(config.reportFormat).toBe('auto')
    expect(config.historyBranch).toBe('test-history')
    expect(config.historyRepository).toBeNull()
    expect(config.storeHistory).toBe('auto')
    expect(config.retentionDays).toBe(180)
    expect(config.windowDays).toBe(7)
    expect(config.deadWeightDays).toBe(180)
    expect(config.flakyDays).toBe(90)
    expect(config.analysisBranches).toEqual([])
    expect(config.protectLoadBearing).toBe('warn')
    expect(config.failOnStoreError).toBe(true)
    expect(config.failOnTestFailure).toBe(false)
    expect(config.requireTests).toBe(true)
    expect(config.squashHistory).toBe(false)
    expect(config.componentMap).toBeNull()
  })

  it('reads globs one per line, skipping blanks and comments, and lists of branches', () => {
    const config = parseInputs(given({ 'report-path': 'shard-1/.report.json\n\n# the second shard\n shard-2/*.json \n', 'analysis-branches': 'main, release/1.x\nnext' }))
    expect(config.reportPaths).toEqual(['shard-1/.report.json', 'shard-2/*.json'])
    expect(config.analysisBranches).toEqual(['main', 'release/1.x', 'next'])
  })

  it('accepts case-insensitive choices and booleans', () => {
    const config = parseInputs(given({ 'report-format': 'JUnit', 'protect-load-bearing': 'FAIL', 'squash-history': 'True' }))
    expect(config.reportFormat).toBe('junit')
    expect(config.protectLoadBearing).toBe('fail')
    expect(config.squashHistory).toBe(true)
  })

  it('names the input, the value and what is allowed, for every bad input at once', () => {
    let error: unknown
    try {
      parseInputs(given({ 'window-days': 'seven', 'report-format': 'xml', 'history-branch': 'bad..name', 'history-repository': 'not a repo', 'fail-on-store-error': 'yes' }))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    const message = (error as Error).message
    expect(message).toContain('input `window-days` is "seven": expected a whole number from 1 to 365')
    expect(message).toContain('input `report-format` is "xml": expected one of `auto`, `pytest-json`, `junit`, `reportlog`')
    expect(message).toContain('input `history-branch` is "bad..name": expected a valid git branch name')
    expect(message).toContain('input `history-repository` is "not a repo"')
    expect(message).toContain('input `fail-on-store-error` is "yes": expected `true` or `false`')
  })

  it('rejects numbers out of range', () => {
    expect(() => parseInputs(given({ 'window-days': '0' }))).toThrow('input `window-days` is "0": expected a whole number from 1 to 365')
    expect(() => parseInputs(given({ 'retention-days': '-1' }))).toThrow('input `retention-days` is "-1"')
  })
})

describe('action.yml and the README agree with the code', () => {
  const yml = readActionYml()
  const readme = readFileSync('README.md', 'utf8')

  it('declares exactly the inputs the code reads, with the same defaults', () => {
    const declared = Object.fromEntries([...yml.inputs].filter(([name]) => name !== 'github-token'))
    const { 'github-token': _token, ...code } = INPUT_DEFAULTS
    expect(declared).toEqual(code)
    expect(yml.inputs.get('github-token')).toBe('${{ github.token }}')
  })

  it('documents every input and output in the README', () => {
    for (const name of yml.inputs.keys()) expect(readme).toContain(`| \`${name}\` |`)
    for (const name of yml.outputs) expect(readme).toContain(`\`${name}\``)
  })
})
