/** The bundled command line (`node dist/cli.js`), as a user runs it. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { DIST_CLI, spawnNode } from '../support/run-action.js'

const REPORTS = resolve('__fixtures__/reports')
const cli = (args: string[], cwd = process.cwd()) => spawnNode([DIST_CLI, ...args], { PATH: process.env.PATH, HOME: process.env.HOME }, cwd)

describe('cli parse', () => {
  it.each([
    ['markers-demo.exported.pretty.json', 'pytest-json'],
    ['markers-demo.exported.junit.xml', 'junit'],
    ['markers-demo.exported.reportlog.jsonl', 'reportlog']
  ])('reads %s as %s and prints the normalised run as JSON', async (file, format) => {
    const { code, stdout, stderr } = await cli(['parse', join(REPORTS, file), '--json'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const run = JSON.parse(stdout)
    expect(run.meta.format).toBe(format)
    expect(run.tests).toHaveLength(15)
    const gateway = run.tests.find((t: { nodeid: string }) => t.nodeid === 'test_checkout.py::test_gateway_5xx[adyen]')
    expect(gateway).toMatchObject({ outcome: 'failed', component: 'checkout-service', failure_mode: 'gateway_5xx' })
  })

  it('prints a short human summary without --json', async () => {
    const { code, stdout } = await cli(['parse', join(REPORTS, 'more-itertools-broken-ilen.junit.xml')])
    expect(code).toBe(0)
    expect(stdout).toContain('736 tests, 730 passed, 6 failed, 0 skipped')
    expect(stdout).toContain('tests/test_more.py::IlenTests::test_ilen')
  })

  it('exits 1 with a one-paragraph message (no stack) for a file that does not exist', async () => {
    const { code, stderr } = await cli(['parse', 'no-such-report.json'])
    expect(code).toBe(1)
    expect(stderr).toContain('no-such-report.json')
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('exits 2 on wrong usage and 0 with --help, for every command', async () => {
    expect((await cli(['parse'])).code).toBe(2)
    expect((await cli(['parse', 'x', '--bogus'])).code).toBe(2)
    expect((await cli(['frobnicate'])).code).toBe(2)
    for (const command of ['parse', 'ingest', 'history', 'analyze', 'demo']) {
      const help = await cli([command, '--help'])
      expect(help.code).toBe(0)
      expect(help.stdout).toContain(`Usage: node dist/cli.js ${command}`)
    }
  })
})

describe('cli ingest, history and analyze on a local repository', () => {
  it('backfills the demo manifest, describes the branch, and analyses it against the demo incidents', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'))
    const repo = join(dir, 'shop.git')
    execFileSync('git', ['init', '-q', '--bare', repo])
    const ingest = await cli(['ingest', '--repo', repo, '--manifest', resolve('demo/manifest.json')])
    expect(ingest.stderr).toBe('')
    expect(ingest.code).toBe(0)
    expect(ingest.stdout).toContain('stored 131 run(s)')

    const history = await cli(['history', '--repo', repo, '--json'])
    expect(history.code).toBe(0)
    expect(JSON.parse(history.stdout)).toMatchObject({ exists: true, runs: 131, tests: 18 })

    const now = readFileSync('demo/NOW', 'utf8').trim()
    const out = join(dir, 'findings.json')
    const analyze = await cli(['analyze', '--repo', repo, '--incidents', resolve('demo/incidents.json'), '--now', now, '--json', out, '--summary', join(dir, 'summary.md')])
    expect(analyze.stderr).toBe('')
    expect(analyze.code).toBe(0)
    const findings = JSON.parse(readFileSync(out, 'utf8'))
    // CONTRACT.md's keys, all present
    for (const key of ['schema_version', 'generated_at', 'now', 'incident_count', 'gap_count', 'coverage_percentage', 'coverage_gaps', 'load_bearing_tests', 'dead_weight_tests', 'flaky_tests', 'incidents', 'metrics']) {
      expect(findings).toHaveProperty(key)
    }
    expect(findings.incident_count).toBe(7)
    expect(findings.coverage_gaps.map((g: { incident: string }) => g.incident)).toEqual(['INC-104', 'INC-105', 'INC-107'])
    expect(findings.load_bearing_tests).toContain('tests/test_inventory.py::test_stock_race_two_buyers')
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('## Open coverage gaps (1), oldest first')

    // a user mistake in the incidents file: exit 1, the file named
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([{ id: 'X', component: 'a', detected_at: '2026-01-01T10:00:00' }]))
    const bad = await cli(['analyze', '--repo', repo, '--incidents', join(dir, 'bad.json')])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('bad.json')
    expect(bad.stderr).not.toMatch(/\n\s+at /)
    // the history is read while the incidents are: with both wrong, the incidents file is named
    const both = await cli(['analyze', '--repo', join(dir, 'no-such-repository'), '--incidents', join(dir, 'bad.json')])
    expect(both.code).toBe(1)
    expect(both.stderr).toBe(bad.stderr)
  })
})

describe('npm run demo', () => {
  it('runs the whole loop offline and writes the summary, findings.json and the comments', async () => {
    const out = mkdtempSync(join(tmpdir(), 'demo-'))
    const { code, stdout, stderr } = await cli(['demo', '--out', out])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain('7 incidents, 18 tests, 131 runs')
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain('## Tests to protect')
    // the latest sample run, read against the runs before it, leads the summary
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toMatch(/^# Test incident loop\n\n## What this run means\n\n\*\*No test failed\*\* \(18 tests in the report\)\.\n\n\*\*Open gaps\*\*: 1, oldest first: \[INC-107\]/)
    expect(existsSync(join(out, 'findings.json'))).toBe(true)
    expect(readFileSync(join(out, 'comments', 'INC-103.md'), 'utf8')).toContain('test_stock_race_two_buyers')
  })
})
