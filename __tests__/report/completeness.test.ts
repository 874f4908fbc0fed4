// Reports of a pytest that did not finish, made by a real pytest with the real plugins, are told
// apart from finished runs in all three formats; the real finished fixtures stay finished.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { judgeCompleteness } from '../../src/report/completeness.js'
import { readReportFile, readReports } from '../../src/report/index.js'
import { FINISHED_PROJECT, runPytestProject, UNFINISHED_PROJECTS, type PytestResult } from '../support/pytest-project.js'

const read = (dir: string, file: string) => readReportFile(file, { format: 'auto', componentMap: null, cwd: dir })

const runs = new Map<string, PytestResult>()

beforeAll(() => {
  for (const [name, project] of Object.entries(UNFINISHED_PROJECTS)) runs.set(name, runPytestProject(project.files, project.args))
  runs.set('finished', runPytestProject(FINISHED_PROJECT))
})

describe('reports of a pytest that did not finish', () => {
  const cases = Object.entries(UNFINISHED_PROJECTS).map(([name, p]) => [name, p.exit] as const)

  it.each(cases)('%s: pytest really exits with %i', (name, exit) => {
    expect(runs.get(name)?.status).toBe(exit)
  })

  it.each(cases)('%s (exit %i): the pytest-json-report is unfinished, with the exit code in the reason', async (name, exit) => {
    const r = runs.get(name)!
    const verdict = judgeCompleteness(await read(r.dir, r.json))
    expect(verdict).toEqual({ finished: false, reason: expect.stringContaining(`exit code ${exit}`) })
  })

  it.each(cases)('%s (exit %i): the pytest-reportlog file is unfinished, with the exit code in the reason', async (name, exit) => {
    const r = runs.get(name)!
    const verdict = judgeCompleteness(await read(r.dir, r.reportlog))
    expect(verdict).toEqual({ finished: false, reason: expect.stringContaining(`exit code ${exit}`) })
  })

  it.each(cases)('%s (exit %i): the JUnit XML (no exit code in it) is unfinished too', async (name) => {
    const r = runs.get(name)!
    const verdict = judgeCompleteness(await read(r.dir, r.junit))
    expect(verdict.finished).toBe(false)
  })

  it('names the reason of each JUnit case from what pytest left in it', async () => {
    const reason = async (name: string) => {
      const v = judgeCompleteness(await read(runs.get(name)!.dir, 'report.xml'))
      return v.finished ? '' : v.reason
    }
    expect(await reason('interrupted')).toMatch(/interrupted .*testcase without a name/)
    expect(await reason('internal-error')).toMatch(/internal error/)
    expect(await reason('usage-error')).toMatch(/lists no test/)
    expect(await reason('no-tests')).toMatch(/lists no test/)
  })

  it('the interrupted run would otherwise look like a clean pass: its listed tests all passed', async () => {
    const r = runs.get('interrupted')!
    const run = await read(r.dir, r.json)
    expect(run.tests.map((t) => t.outcome)).toEqual(['passed', 'passed'])
    expect(judgeCompleteness(run)).toMatchObject({ finished: false, reason: expect.stringContaining('report.json: pytest was interrupted') })
  })

  it('a summary that disagrees with the tests listed is unfinished (an edited or cut file)', async () => {
    const r = runs.get('finished')!
    const report = JSON.parse(readFileSync(join(r.dir, r.json), 'utf8'))
    report.summary.passed = 34
    writeFileSync(join(r.dir, 'edited.json'), JSON.stringify(report))
    const verdict = judgeCompleteness(await read(r.dir, 'edited.json'))
    expect(verdict).toEqual({ finished: false, reason: expect.stringMatching(/summary \(34 passed\) disagrees with the tests it lists \(1 passed\)/) })
  })

  it('a reportlog without its SessionFinish line (pytest killed) is unfinished', async () => {
    const r = runs.get('finished')!
    const lines = readFileSync(join(r.dir, r.reportlog), 'utf8').trimEnd().split('\n')
    expect(lines.at(-1)).toContain('SessionFinish')
    writeFileSync(join(r.dir, 'killed.jsonl'), lines.slice(0, -1).join('\n') + '\n')
    expect(judgeCompleteness(await read(r.dir, 'killed.jsonl'))).toMatchObject({ finished: false, reason: expect.stringContaining('no SessionFinish') })
  })
})

describe('finished runs', () => {
  it('a run with a failing test (exit 1) is finished in every format', async () => {
    const r = runs.get('finished')!
    expect(r.status).toBe(1)
    for (const file of [r.json, r.junit, r.reportlog]) expect(judgeCompleteness(await read(r.dir, file))).toEqual({ finished: true })
  })

  it('an empty shard (exit 5) beside a shard with tests is normal in a matrix', async () => {
    const empty = runs.get('no-tests')!
    const full = runs.get('finished')!
    const run = await readReports([join(empty.dir, empty.json), join(full.dir, full.json)], { format: 'auto', componentMap: null, cwd: '/' })
    expect(judgeCompleteness(run)).toEqual({ finished: true })
  })

  it('an interrupted shard makes the whole run unfinished', async () => {
    const broken = runs.get('interrupted')!
    const full = runs.get('finished')!
    const run = await readReports([join(full.dir, full.json), join(broken.dir, broken.json)], { format: 'auto', componentMap: null, cwd: '/' })
    expect(judgeCompleteness(run).finished).toBe(false)
  })

  const dir = join(process.cwd(), '__fixtures__', 'reports')
  const finished = readdirSync(dir).filter((f) => /\.(json|xml|jsonl)$/.test(f) && !f.includes('summary-only') && !f.startsWith('collect-error-demo.') )
  it.each(finished)('real fixture %s is finished', async (file) => {
    expect(judgeCompleteness(await read(dir, file))).toEqual({ finished: true })
  })

  it.each(['collect-error-demo.pretty.json', 'collect-error-demo.junit.xml', 'collect-error-demo.reportlog.jsonl'])(
    'real fixture %s (collection error, exit 2) is unfinished',
    async (file) => {
      expect(judgeCompleteness(await read(dir, file))).toMatchObject({ finished: false, reason: expect.stringContaining('collection error') })
    }
  )
})
